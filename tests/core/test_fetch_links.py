"""Every form of a transcript's address reads as (language, event id, page path)."""

from __future__ import annotations

import pytest
from reader.core.fetch import FetchError, FetchErrorKind, Site, parse_link, parse_links
from reader.core.parse import parse_text
from reader.core.parse.archive import strip_archive
from tests.fetch_site import archive_copy, russian_page

FORMS = [
    # (address, language, id, path, sel, archive)
    ("http://en.kremlin.ru/events/president/news/60795", "en", 60795,
     "/events/president/news/60795", None, None),
    ("https://en.kremlin.ru/events/president/transcripts/60795", "en", 60795,
     "/events/president/transcripts/60795", None, None),
    ("en.kremlin.ru/events/president/news/60795/print", "en", 60795,
     "/events/president/news/60795", None, None),
    ("http://en.special.kremlin.ru/events/president/news/60795", "en", 60795,
     "/events/president/news/60795", None, None),
    ("http://special.kremlin.ru/events/president/news/60795", "ru", 60795,
     "/events/president/news/60795", None, None),
    ("http://en.kremlin.ru/d/60795", "en", 60795, "/d/60795", None, None),
    ("kremlin.ru/d/60795", "ru", 60795, "/d/60795", None, None),
    ("http://www.kremlin.ru/events/president/news/60795", "ru", 60795,
     "/events/president/news/60795", None, None),
    ("https://www.en.kremlin.ru/events/president/news/60795/", "en", 60795,
     "/events/president/news/60795", None, None),
    ("https://kremlin.ru/events/security-council/60795", "ru", 60795,
     "/events/security-council/60795", None, None),
    ("  <http://en.kremlin.ru/events/president/news/60795#sel=3:1,4:12>  ", "en", 60795,
     "/events/president/news/60795", "3:1,4:12", None),
    ("http://en.kremlin.ru/events/president/news/60795#comments", "en", 60795,
     "/events/president/news/60795", None, None),
    ("https://web.archive.org/web/20200101000000/http://en.kremlin.ru/events/president/news/60795",
     "en", 60795, "/events/president/news/60795", None, "20200101000000"),
    ("web.archive.org/web/2019id_/en.kremlin.ru/d/60795#sel=1:1,1:3", "en", 60795,
     "/d/60795", "1:1,1:3", "2019id_"),
    ("https://web.archive.org/web/20200101000000/http:/kremlin.ru/events/president/news/60795",
     "ru", 60795, "/events/president/news/60795", None, "20200101000000"),
]


@pytest.mark.parametrize(("address", "lang", "event", "path", "sel", "archive"), FORMS)
def test_each_form_reads(address: str, lang: str, event: int, path: str, sel: str | None,
                         archive: str | None) -> None:
    link = parse_link(address)
    assert (link.language, link.event_id, link.path, link.sel, link.archive) == \
        (lang, event, path, sel, archive)


def test_canonical_and_fetch_addresses() -> None:
    link = parse_link("https://en.special.kremlin.ru/events/president/news/60795/print#sel=1:1,1:2")
    assert link.canonical == "http://en.kremlin.ru/events/president/news/60795"
    assert link.source_url() == "http://en.kremlin.ru/events/president/news/60795"
    archived = parse_link("web.archive.org/web/2020/https://kremlin.ru/d/5")
    assert archived.source_url() == "https://web.archive.org/web/2020/http://kremlin.ru/d/5"
    other = link.other_language()
    assert (other.language, other.event_id, other.host) == ("ru", 60795, "kremlin.ru")


@pytest.mark.parametrize("address", [
    "", "hello", "ftp://en.kremlin.ru/events/president/news/60795",
    "http://example.com/events/president/news/60795", "http://en.kremlin.ru/",
    "http://en.kremlin.ru/events/president/news", "http://en.kremlin.ru/events/president/trips/123",
    "http://kremlin.ru/catalog/persons/1/events", "https://web.archive.org/save/foo",
    "http://notkremlin.ru/d/5", "http://kremlin.ru.evil.example/d/5",
])
def test_not_a_transcript_address(address: str) -> None:
    with pytest.raises(FetchError) as info:
        parse_link(address)
    assert info.value.kind is FetchErrorKind.NOT_TRANSCRIPT_ADDRESS
    assert "not a transcript address" in str(info.value)


def test_several_links_one_a_line() -> None:
    links, errors = parse_links(
        "http://en.kremlin.ru/d/60795\n\nkremlin.ru/events/president/news/57027\n"
        "not-a-link\nhttps://en.kremlin.ru/events/president/news/60795/print\n")
    assert [(x.language, x.event_id) for x in links] == [("en", 60795), ("ru", 57027)]
    assert [e.address for e in errors] == ["not-a-link"]


def test_site_base_keeps_paths() -> None:
    plain = Site("http://127.0.0.1:9/")
    assert plain.physical("http://en.kremlin.ru/d/5") == (
        "http://127.0.0.1:9/d/5", {"X-Forwarded-Host": "en.kremlin.ru"})
    hosts = Site("http://127.0.0.1:9/mirror/{host}")
    assert hosts.physical("http://kremlin.ru/d/5")[0] == "http://127.0.0.1:9/mirror/kremlin.ru/d/5"
    # A redirect, relative or to the site's own address, stays a site address.
    assert hosts.follow("http://kremlin.ru/d/5", "http://127.0.0.1:9/mirror/kremlin.ru/d/5",
                        "/mirror/kremlin.ru/events/president/news/5") == \
        "http://kremlin.ru/events/president/news/5"
    assert hosts.follow("http://kremlin.ru/d/5", "http://127.0.0.1:9/mirror/kremlin.ru/d/5",
                        "/events/president/news/5") == "http://kremlin.ru/events/president/news/5"
    assert plain.follow("http://kremlin.ru/d/5", "http://127.0.0.1:9/d/5",
                        "/events/president/news/5") == "http://kremlin.ru/events/president/news/5"
    assert plain.follow("http://kremlin.ru/d/5", "http://127.0.0.1:9/d/5",
                        "http://kremlin.ru/events/president/news/5") == \
        "http://kremlin.ru/events/president/news/5"
    with pytest.raises(ValueError, match="site base"):
        Site("127.0.0.1:9")


def test_archive_copy_reads_like_the_page() -> None:
    page = russian_page(5)
    copy = archive_copy(page, "http://kremlin.ru/events/president/news/5").decode()
    assert "Wayback" in copy and "/web/20200101000000/http" in copy
    stripped = strip_archive(copy)
    assert "Wayback" not in stripped and "archive.org" not in stripped
    assert "FILE ARCHIVED ON" not in stripped
    a = parse_text(page.decode(), "page.html")
    b = parse_text(copy, "copy.html")
    assert b.to_json()["blocks"] == a.to_json()["blocks"]
    assert (b.title, b.date, b.source.url) == (a.title, a.date,
                                               "http://kremlin.ru/events/president/news/5")
    assert not any("Donate" in p for blk in b.blocks for p in blk.paragraphs)


def test_ordinary_text_is_not_touched_by_the_archive_step() -> None:
    text = "<html><body><p>See /web/2019/ on the archive</p></body></html>"
    assert strip_archive(text) == text
