"""``transcript-reader fetch`` and ``feed`` against the local stand-in for the site."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import reader.cli_fetch
from reader.cli import main
from reader.core.fetch import Feed, HttpClient, Site, Timeouts, parse_feed
from tests.fetch_site import EN, GOOD, NOT_FOUND, FakeSite, running_site


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSite]:
    with running_site() as fake:
        # Short pauses: the politeness pause itself is tested in test_fetch.py.
        monkeypatch.setattr(reader.cli_fetch, "make_client", lambda base: HttpClient(
            site=Site(base), timeouts=Timeouts(1, 0.25), min_interval=0, backoff=0.01))
        yield fake


def test_fetch_several_links_and_one_line_per_failure(
        site: FakeSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = tmp_path / "lib"
    status = main(["fetch", "http://en.kremlin.ru/d/60795",
                   f"http://en.kremlin.ru/events/president/news/{NOT_FOUND}",
                   "https://example.com/x", "kremlin.ru/events/president/news/57027",
                   "--library", str(lib), "--site", site.host_base])
    out, err = capsys.readouterr()
    assert status == 2
    assert sorted(p.name for p in lib.glob("*.html")) == ["kremlin-en-60795.html",
                                                          "kremlin-ru-57027.html"]
    assert "fetched" in out and "Direct Line with Vladimir Putin" in out
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0] == "transcript-reader: https://example.com/x: not a transcript address " \
                       "(not on kremlin.ru or en.kremlin.ru)"
    assert "404 not found" in lines[1]


def test_fetch_again_is_in_library_and_json(site: FakeSite, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    args = ["fetch", "http://en.kremlin.ru/events/president/news/60795#sel=2:1,2:4",
            "--library", str(tmp_path), "--site", site.host_base, "--json"]
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(args) == 0
    second = json.loads(capsys.readouterr().out)
    assert first[0]["fetched"] is True and second[0]["fetched"] is False
    assert second[0]["sel"] == "2:1,2:4" and second[0]["event"] == GOOD
    assert len([r for r in site.requests if r.host == EN]) == 1


def test_feed_marks_what_is_in_the_library(site: FakeSite, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--library", str(tmp_path), "--site", site.host_base]
    assert main(["fetch", "http://en.kremlin.ru/d/57027", *base]) == 0
    capsys.readouterr()
    assert main(["feed", "--lang", "en", "--json", *base]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [(e["event"], e["in_library"]) for e in entries] == [
        (GOOD, False), (57027, True), (17108, False)]
    assert entries[0]["title"] == "Direct Line with Vladimir Putin"
    assert main(["feed", "--lang", "en", *base]) == 0
    text = capsys.readouterr().out.splitlines()
    assert text[1].startswith("* 2019-06-19  en  ")
    assert text[0].startswith("  2019-06-20  en  Direct Line")


def test_feed_add_fetches_only_the_new(site: FakeSite, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--library", str(tmp_path), "--site", site.host_base]
    assert main(["fetch", "http://en.kremlin.ru/d/57027", *base]) == 0
    site.requests.clear()
    assert main(["feed", "--lang", "en", "--kind", "news", "--add", *base]) == 0
    asked = [r.path for r in site.requests]
    assert asked == ["/events/president/news/feed", f"/events/president/news/{GOOD}",
                     "/events/president/news/17108"]
    assert sorted(p.name for p in tmp_path.glob("*.html")) == [
        "kremlin-en-17108.html", "kremlin-en-57027.html", f"kremlin-en-{GOOD}.html"]
    capsys.readouterr()


def test_feed_failure_exit_status(site: FakeSite, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["feed", "--library", str(tmp_path), "--site", site.base + "/nothing/{host}"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 2 and all("404 not found" in line for line in err)


def test_russian_feed_parses(site: FakeSite) -> None:
    entries = parse_feed(site.feed("kremlin.ru", "transcripts"), Feed("ru", "transcripts"))
    assert [e.link.key if e.link else None for e in entries] == [("ru", GOOD), ("ru", 57027)]
    assert entries[0].title == f"Вымышленная встреча {GOOD}"
    assert entries[0].published == "2019-06-20T09:00Z"


def test_bad_site_base(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch", "http://en.kremlin.ru/d/1", "--site", "nowhere",
                 "--library", str(tmp_path)]) == 2
    assert "a site base must be an http(s) address" in capsys.readouterr().err


def test_help_names_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "fetch URL...; feed" in " ".join(capsys.readouterr().out.split())
    with pytest.raises(SystemExit):
        main(["fetch", "--help"])
    out = capsys.readouterr().out
    assert "--site BASE" in out and "--library DIR" in out and "--refresh" in out
