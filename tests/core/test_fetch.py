"""Adding transcripts by link against a local stand-in for the site (never the internet)."""

from __future__ import annotations

import configparser
from collections.abc import Iterator
from pathlib import Path

import pytest
from reader.core.anchors import Point, make_anchor, resolve
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.fetch import (
    DownloadStore,
    Fetcher,
    FetchError,
    FetchErrorKind,
    HttpClient,
    Site,
    Timeouts,
    parse_link,
)
from reader.core.parse import parse_bytes, parse_file
from tests.fetch_site import (
    CAPTCHA,
    CUT,
    EN,
    FLAKY,
    FORBIDDEN,
    GOOD,
    GZIP,
    NOT_FOUND,
    PRINT_ONLY,
    RU,
    SLOW,
    TO_FRONT,
    WRONG_CHARSET,
    FakeSite,
    running_site,
)

FAST = Timeouts(connect=1.0, read=0.25)


@pytest.fixture
def site() -> Iterator[FakeSite]:
    with running_site() as fake:
        yield fake


def client_for(site: FakeSite, base: str | None = None, **kw: object) -> HttpClient:
    options: dict[str, object] = {"timeouts": FAST, "min_interval": 0.0, "backoff": 0.01}
    options.update(kw)
    return HttpClient(site=Site(base or site.host_base), **options)  # type: ignore[arg-type]


@pytest.fixture
def fetcher(site: FakeSite, tmp_path: Path) -> Fetcher:
    return Fetcher(DownloadStore(tmp_path / "downloads"), client_for(site))


def stored_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


LINK_FORMS = [
    ("http://en.kremlin.ru/events/president/news/60795", EN, "/events/president/news/60795"),
    ("https://en.kremlin.ru/events/president/transcripts/60795", EN,
     "/events/president/transcripts/60795"),
    ("en.kremlin.ru/events/president/news/60795/print", EN, "/events/president/news/60795"),
    ("http://en.special.kremlin.ru/events/president/news/60795", EN,
     "/events/president/news/60795"),
    ("https://www.en.kremlin.ru/d/60795#sel=1:1,1:5", EN, "/d/60795"),
    ("https://web.archive.org/web/20200101000000/http://en.kremlin.ru/events/president/news/60795",
     "web.archive.org", "/web/20200101000000/http://en.kremlin.ru/events/president/news/60795"),
]


@pytest.mark.parametrize(("address", "host", "first_path"), LINK_FORMS)
def test_each_link_form_fetches_the_page(site: FakeSite, fetcher: Fetcher, tmp_path: Path,
                                         address: str, host: str, first_path: str,
                                         corpus: Path) -> None:
    added = fetcher.add(address)
    assert added.fetched
    assert (site.requests[0].host, site.requests[0].path) == (host, first_path)
    assert added.path == tmp_path / "downloads" / "kremlin-en-60795.html"
    served = site.page(GOOD)
    expected = parse_file(corpus / "en" / "kremlin-en-news-60795.html")
    assert added.transcript.title == expected.title
    assert added.transcript.to_json()["blocks"] == expected.to_json()["blocks"]
    if host != "web.archive.org":
        # stored byte for byte as the site sent it
        assert added.path.read_bytes() == served
    assert added.transcript.title == "Direct Line with Vladimir Putin"


RU_FORMS = [
    ("http://special.kremlin.ru/events/president/news/57027",
     [(RU, "/events/president/news/57027")]),
    ("www.kremlin.ru/events/president/transcripts/57027/print",
     [(RU, "/events/president/transcripts/57027")]),
    ("https://web.archive.org/web/2020/http://kremlin.ru/d/57027#sel=1:1,1:2",
     [("web.archive.org", "/web/2020/http://kremlin.ru/d/57027"),
      ("web.archive.org", "/web/2020/http://kremlin.ru/events/president/transcripts/57027")]),
]


@pytest.mark.parametrize(("address", "asked"), RU_FORMS)
def test_russian_link_forms(site: FakeSite, fetcher: Fetcher, address: str,
                            asked: list[tuple[str, str]]) -> None:
    added = fetcher.add(address)
    assert [(r.host, r.path) for r in site.requests] == asked
    assert added.path.name == "kremlin-ru-57027.html"
    assert added.transcript.language == "ru"
    assert added.transcript.title == "Встреча с вымышленным собеседником"
    assert added.transcript.source.url == "http://kremlin.ru/events/president/news/57027"


def test_short_link_follows_redirect_on_the_mirror(site: FakeSite, fetcher: Fetcher) -> None:
    added = fetcher.add("http://en.kremlin.ru/d/60795")
    # The site redirects to its own absolute address; the client stays on the mirror.
    assert [(r.host, r.path) for r in site.requests] == [
        (EN, "/d/60795"), (EN, "/events/president/news/60795")]
    assert added.link.path == "/events/president/news/60795"
    side = configparser.ConfigParser(interpolation=None)
    side.read(added.path.with_suffix(".url"), encoding="utf-8")
    assert side["InternetShortcut"]["URL"] == "http://en.kremlin.ru/events/president/news/60795"
    assert side["TranscriptReader"]["Fetched"].endswith("Z")
    assert side["TranscriptReader"]["FetchedFrom"] == \
        "http://en.kremlin.ru/events/president/news/60795"


def test_print_page_is_stored_as_served(site: FakeSite, fetcher: Fetcher, corpus: Path) -> None:
    added = fetcher.add(f"http://en.kremlin.ru/events/president/news/{PRINT_ONLY}/print")
    assert added.path.read_bytes() == site.page(PRINT_ONLY)
    assert added.transcript.to_json()["blocks"] == parse_file(
        corpus / "en" / "kremlin-en-news-62966-print.html").to_json()["blocks"]


def test_plain_site_base_with_forwarded_host(site: FakeSite, tmp_path: Path) -> None:
    fetcher = Fetcher(DownloadStore(tmp_path / "d"), client_for(site, base=site.base))
    added = fetcher.add("kremlin.ru/d/57027")
    assert [(r.host, r.path) for r in site.requests] == [
        (RU, "/d/57027"), (RU, "/events/president/transcripts/57027")]
    assert added.transcript.language == "ru"
    assert added.transcript.title == "Встреча с вымышленным собеседником"


def test_second_add_opens_the_stored_copy(site: FakeSite, fetcher: Fetcher) -> None:
    first = fetcher.add("http://en.kremlin.ru/events/president/news/60795")
    count = len(site.requests)
    again = fetcher.add("https://en.kremlin.ru/d/60795#sel=2:1,2:3")
    assert not again.fetched and again.path == first.path
    assert len(site.requests) == count  # no request at all
    assert again.link.sel == "2:1,2:3"


def test_refresh_fetches_again_and_bookmarks_reattach(site: FakeSite, fetcher: Fetcher,
                                                       tmp_path: Path) -> None:
    added = fetcher.add("http://en.kremlin.ru/events/president/news/60795")
    t = added.transcript
    speech = next(i for i, b in enumerate(t.blocks) if b.kind.value == "speech")
    para = t.blocks[speech].paragraphs[0]
    anchor = make_anchor(t, Point(speech, 0, 0), Point(speech, 0, min(40, len(para))))
    store = BookmarkStore(tmp_path / "bookmarks.sqlite")
    mark = store.add(Bookmark(anchor, note="keep me"))
    # The site changes the page a little: a paragraph added at the top of the body.
    original = site.page(GOOD)
    changed = original.replace(b'itemprop="articleBody">',
                               b'itemprop="articleBody"><p>An added line of narration '
                               b'with several words in it for the test.</p>', 1)
    assert changed != original
    site.en[GOOD] = tmp_path / "changed.html"
    site.en[GOOD].write_bytes(changed)
    refreshed = fetcher.refresh(added.path)
    assert refreshed.fetched and refreshed.path == added.path
    assert added.path.read_bytes() == changed
    kept = store.all()
    assert [b.id for b in kept] == [mark.id] and kept[0].note == "keep me"
    where = resolve(refreshed.transcript, kept[0].anchor)
    assert where is not None
    start, end = where
    text = refreshed.transcript.blocks[start.block].paragraphs[start.paragraph]
    assert text[start.offset:end.offset] == anchor.quote
    store.close()


def test_other_language_by_the_same_id(site: FakeSite, fetcher: Fetcher) -> None:
    en = fetcher.add("http://en.kremlin.ru/events/president/news/60795")
    ru = fetcher.add(en.link.other_language())
    # The same path on the other site (the two sites share event numbers).
    assert (site.requests[-1].host, site.requests[-1].path) == (
        RU, "/events/president/news/60795")
    assert ru.path.name == "kremlin-ru-60795.html"
    assert ru.transcript.language == "ru"
    assert ru.transcript.speakers[0].name in ("Иван Вымышленный", "Пётр Придуманный")
    assert fetcher.store.keys() == {("en", GOOD), ("ru", GOOD)}


def test_other_language_link_from_a_transcript_url(corpus: Path) -> None:
    t = parse_file(corpus / "en" / "kremlin-en-news-57027.html")
    assert t.source.url
    other = parse_link(t.source.url).other_language()
    assert other.source_url() == "http://kremlin.ru/events/president/news/57027"


def test_gzip_and_wrong_charset(site: FakeSite, fetcher: Fetcher, corpus: Path) -> None:
    expected = parse_file(corpus / "en" / "kremlin-en-news-60795.html")
    zipped = fetcher.add(f"http://en.kremlin.ru/events/president/news/{GZIP}")
    assert zipped.path.read_bytes() == site.page(GOOD)  # stored unzipped, byte for byte
    assert site.requests[-1].headers.get("Accept-Encoding") == "gzip"
    wrong = fetcher.add(f"http://en.kremlin.ru/events/president/news/{WRONG_CHARSET}")
    assert wrong.path.read_bytes() == site.page(GOOD)
    # The declared windows-1251 is not believed: the text reads as the page's UTF-8.
    assert wrong.transcript.title == expected.title
    assert wrong.transcript.to_json()["blocks"] == expected.to_json()["blocks"]


def test_500_then_200_is_retried(site: FakeSite, fetcher: Fetcher) -> None:
    added = fetcher.add(f"http://en.kremlin.ru/events/president/news/{FLAKY}")
    assert site.flaky_calls == 2
    assert added.path.read_bytes() == site.page(GOOD)


ERRORS = [
    (NOT_FOUND, FetchErrorKind.NOT_FOUND, "404 not found"),
    (FORBIDDEN, FetchErrorKind.BLOCKED, "not reachable from some countries"),
    (CAPTCHA, FetchErrorKind.NOT_TRANSCRIPT_PAGE, "captcha"),
    (TO_FRONT, FetchErrorKind.NOT_TRANSCRIPT_PAGE, "not a transcript page"),
    (CUT, FetchErrorKind.INTERRUPTED, "interrupted"),
]


@pytest.mark.parametrize(("event", "kind", "words"), ERRORS)
def test_error_routes_say_why_and_store_nothing(site: FakeSite, fetcher: Fetcher,
                                                tmp_path: Path, event: int,
                                                kind: FetchErrorKind, words: str) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.add(f"http://en.kremlin.ru/events/president/news/{event}")
    assert info.value.kind is kind
    assert words in str(info.value)
    assert stored_files(tmp_path / "downloads") == []


def test_slow_answer_times_out_after_three_retries(site: FakeSite, fetcher: Fetcher,
                                                   tmp_path: Path) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.add(f"http://en.kremlin.ru/events/president/news/{SLOW}")
    assert info.value.kind is FetchErrorKind.TIMEOUT
    assert "timed out" in str(info.value)
    assert [r.path for r in site.requests].count(f"/events/president/news/{SLOW}") == 4
    assert stored_files(tmp_path / "downloads") == []


def test_offline(tmp_path: Path) -> None:
    # A port nobody listens on: connection refused, as when offline.
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = HttpClient(site=Site(f"http://127.0.0.1:{port}"), timeouts=FAST,
                        min_interval=0, backoff=0.01)
    fetcher = Fetcher(DownloadStore(tmp_path / "downloads"), client)
    with pytest.raises(FetchError) as info:
        fetcher.add("http://en.kremlin.ru/d/60795")
    assert info.value.kind is FetchErrorKind.OFFLINE
    assert "cannot reach the site" in str(info.value)
    assert stored_files(tmp_path / "downloads") == []


def test_too_large_answer_is_refused(site: FakeSite, tmp_path: Path) -> None:
    fetcher = Fetcher(DownloadStore(tmp_path / "downloads"), client_for(site, max_bytes=10000))
    with pytest.raises(FetchError) as info:
        fetcher.add("http://en.kremlin.ru/d/60795")
    assert info.value.kind is FetchErrorKind.TOO_LARGE
    assert stored_files(tmp_path / "downloads") == []


def test_a_failed_refresh_keeps_the_stored_page(site: FakeSite, fetcher: Fetcher) -> None:
    added = fetcher.add("http://en.kremlin.ru/events/president/news/60795")
    before = added.path.read_bytes()
    site.en.pop(GOOD)  # the page is gone from the site
    with pytest.raises(FetchError) as info:
        fetcher.refresh(added.path)
    assert info.value.kind is FetchErrorKind.NOT_FOUND
    assert added.path.read_bytes() == before


def test_polite_headers_no_cookies_and_one_host_spacing(site: FakeSite, tmp_path: Path) -> None:
    now = [100.0]
    waits: list[float] = []

    def clock() -> float:
        return now[0]

    def sleep(seconds: float) -> None:
        waits.append(round(seconds, 3))
        now[0] += seconds

    client = HttpClient(site=Site(site.host_base), timeouts=FAST, clock=clock, sleep=sleep)
    client.get("http://en.kremlin.ru/events/president/news/60795")
    now[0] += 0.25
    client.get("http://en.kremlin.ru/events/president/news/57027")
    assert waits == [0.75]  # at least one second between two requests to one host
    headers = site.requests[0].headers
    assert headers["User-Agent"].startswith("TranscriptReader/")
    assert "Cookie" not in site.requests[1].headers


def test_system_proxy_is_used(site: FakeSite, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    # The fake site also answers as an HTTP proxy (absolute addresses in the request line).
    monkeypatch.setenv("http_proxy", site.base)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    client = HttpClient(timeouts=FAST, min_interval=0)
    body = client.get("http://en.kremlin.ru/events/president/news/60795").body
    assert body == site.page(GOOD)
    assert site.requests[0].proxied and site.requests[0].host == EN


def test_stored_page_parses_like_the_corpus_file(site: FakeSite, fetcher: Fetcher,
                                                 corpus: Path) -> None:
    for event in (17108, 57027):
        added = fetcher.add(f"http://en.kremlin.ru/events/president/news/{event}")
        source = corpus / "en" / f"kremlin-en-news-{event}.html"
        assert added.path.read_bytes() == source.read_bytes()
        assert parse_bytes(added.path.read_bytes()).to_json()["blocks"] == \
            parse_file(source).to_json()["blocks"]


def test_relative_redirect_on_a_host_folder_mirror(site: FakeSite, fetcher: Fetcher) -> None:
    # kremlin.ru answers /d/ID with a relative address: it stays on the host asked.
    added = fetcher.add("kremlin.ru/d/57027")
    assert [(r.host, r.path) for r in site.requests] == [
        (RU, "/d/57027"), (RU, "/events/president/transcripts/57027")]
    assert added.link.path == "/events/president/transcripts/57027"
    assert added.path.name == "kremlin-ru-57027.html"


def test_a_failed_write_leaves_nothing_half_written(site: FakeSite, fetcher: Fetcher,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(FetchError) as info:
        fetcher.add("http://en.kremlin.ru/d/60795")
    assert info.value.kind is FetchErrorKind.STORAGE
    assert "No space left on device" in str(info.value)
    assert stored_files(tmp_path / "downloads") == []  # no page, no sidecar, no temp file


def test_cancel_cuts_a_slow_answer_short(site: FakeSite, tmp_path: Path) -> None:
    import threading

    # Long timeouts, and the slow route holds its answer until the test ends: only
    # shutting the socket down ends the wait.
    client = HttpClient(site=Site(site.host_base), timeouts=Timeouts(5, 120), min_interval=0)
    fetcher = Fetcher(DownloadStore(tmp_path / "downloads"), client)
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(fetcher.add(f"http://en.kremlin.ru/events/president/news/{SLOW}"))
        except FetchError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    arrived = threading.Event()
    for _ in range(1500):
        if any(r.path.endswith(str(SLOW)) for r in site.requests):
            break
        arrived.wait(0.02)
    client.cancel()
    worker.join(30)
    assert not worker.is_alive()
    assert isinstance(outcome[0], FetchError)
    assert outcome[0].kind is FetchErrorKind.CANCELLED
    assert str(outcome[0]).endswith(": cancelled")
    assert stored_files(tmp_path / "downloads") == []


def test_default_download_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from reader.core.fetch.store import default_folder

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))
    monkeypatch.setattr(Path, "home", staticmethod(lambda: home))
    assert default_folder().parent.name == "transcript-reader"  # no documents: data folder
    (home / "Documents").mkdir()
    assert default_folder() == home / "Documents" / "Transcript Reader"
    if sys.platform.startswith("linux"):
        (home / "Документы").mkdir()
        (home / ".config").mkdir()
        (home / ".config" / "user-dirs.dirs").write_text(
            'XDG_DESKTOP_DIR="$HOME/Desktop"\nXDG_DOCUMENTS_DIR="$HOME/Документы"\n',
            encoding="utf-8")
        assert default_folder() == home / "Документы" / "Transcript Reader"


def test_an_archive_copy_is_refreshed_from_the_archive(site: FakeSite, fetcher: Fetcher) -> None:
    address = ("https://web.archive.org/web/20200101000000/"
               "http://en.kremlin.ru/events/president/news/57027")
    added = fetcher.add(address)
    site.requests.clear()
    again = fetcher.refresh(added.path)
    assert again.fetched and again.path == added.path
    assert [(r.host, r.path) for r in site.requests] == [
        ("web.archive.org", "/web/20200101000000/http://en.kremlin.ru/events/president/news/57027")]
    # A page fetched from the site itself is refreshed from the site.
    fetcher.add("http://en.kremlin.ru/d/60795")
    site.requests.clear()
    fetcher.refresh(fetcher.store.path_for("en", GOOD))
    assert [(r.host, r.path) for r in site.requests] == [(EN, "/events/president/news/60795")]
