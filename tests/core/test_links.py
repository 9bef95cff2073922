"""Only the site's own pages (and the archive's copies of them) are links (issue 17)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from reader.core.links import site_link


@pytest.mark.parametrize("url", [
    "http://kremlin.ru/events/president/news/73000",
    "https://en.kremlin.ru/events/president/transcripts/60795",
    "http://www.kremlin.ru/events/president/news/1",
    "HTTPS://WWW.EN.KREMLIN.RU/events/president/news/1",
    "http://en.special.kremlin.ru/events/president/news/60795",
    "http://special.kremlin.ru/events/president/news/60795#sel=2:1,2:5",
    "http://kremlin.ru:80/events/president/news/1?print=1",
    "https://web.archive.org/web/20200101000000/http://kremlin.ru/events/president/news/1",
    "https://web.archive.org/web/2020id_/en.kremlin.ru/events/president/news/1",
    "  http://kremlin.ru/events/president/news/73000\n",
])
def test_site_pages_are_links(url: str) -> None:
    assert site_link(url) == url.strip()


@pytest.mark.parametrize("url", [
    "file:///etc/passwd",
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)//http://kremlin.ru/",
    "data:text/html,<script>alert(1)</script>",
    "ftp://kremlin.ru/file",
    "http://kremlin.ru.evil.example/events",
    "http://evilkremlin.ru/",
    "http://static.kremlin.ru/media/events/photos/big/x.jpg",
    "http://kremlin.ru@evil.example/",
    "http://user:pw@kremlin.ru/",
    "http://kremlin.ru:8080/",
    "http://kremlin.ru\\@evil.example/",
    "http://kremlin.ru/\"><img src=x>",
    "http://kremlin.ru/events\x00",
    "//kremlin.ru/events",
    "kremlin.ru/events",
    "https://web.archive.org/web/2020/http://evil.example/kremlin.ru",
    "https://web.archive.org/save/http://kremlin.ru/",
    "https://web.archive.org.evil.example/web/2020/http://kremlin.ru/",
    "http://[::1]/", "http://kremlin.ru:99999/",
    "http://kremlin.ru/" + "a" * 3000,
    "", None, 42, ["http://kremlin.ru/"],
])
def test_anything_else_is_text(url: object) -> None:
    assert site_link(url) is None


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd",
                                 "http://example.com/events/president/news/1"])
def test_a_passage_link_is_made_only_from_a_site_link(url: str) -> None:
    """Markdown export, Copy Link to Passage and citations build on masha_link: a
    sidecar's foreign or script URL never becomes a passage link."""
    from reader.core import parse_bytes
    from reader.core.anchors import Point
    from reader.core.masha import masha_link

    t = parse_bytes(b"Rufus Firefly: Hello there, friends.\n\nAda Quill: Hello.\n", "a.txt")
    page = replace(t, source=replace(t.source, url=url))
    ok = replace(t, source=replace(t.source, url="http://en.kremlin.ru/events/president/news/1"))
    start, end = Point(0, 0, 0), Point(0, 0, 5)
    assert masha_link(page, start, end) is None
    assert masha_link(ok, start, end) is not None
