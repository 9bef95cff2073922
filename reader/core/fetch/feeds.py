"""The site's Atom feeds (transcripts and news, English and Russian): the newest
entries, each marked when its event is already in the library."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from reader.core.fetch.errors import FetchError, FetchErrorKind
from reader.core.fetch.links import Link, parse_link

if TYPE_CHECKING:  # the HTTP stack is imported when a client is made
    from reader.core.fetch.client import HttpClient

KINDS = ("transcripts", "news")
LANGUAGES = ("en", "ru")


@dataclass(frozen=True, slots=True)
class Feed:
    language: str
    kind: str

    @property
    def url(self) -> str:
        host = "en.kremlin.ru" if self.language == "en" else "kremlin.ru"
        return f"http://{host}/events/president/{self.kind}/feed"


@dataclass(frozen=True, slots=True)
class FeedEntry:
    title: str
    url: str
    link: Link | None  # None when the entry's address is not an event page
    published: str | None  # ISO date and time, UTC
    summary: str
    feed: Feed
    in_library: bool = False

    @property
    def date(self) -> str | None:
        return self.published[:10] if self.published else None


def parse_feed(data: bytes, feed: Feed) -> list[FeedEntry]:
    """The entries of a feed document (bytes as fetched), newest first."""
    import feedparser  # only when a feed is read (it takes ~25 ms to import)

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise FetchError(FetchErrorKind.NOT_TRANSCRIPT_PAGE, feed.url,
                         f"not a feed ({parsed.get('bozo_exception') or 'unreadable'})")
    out: list[FeedEntry] = []
    for e in parsed.entries:
        url = str(e.get("link") or e.get("id") or "")
        try:
            link: Link | None = parse_link(url)
        except FetchError:
            link = None
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = (datetime.fromtimestamp(calendar.timegm(stamp), UTC)
                     .isoformat(timespec="minutes").replace("+00:00", "Z") if stamp else None)
        out.append(FeedEntry(title=" ".join(str(e.get("title") or "").split()), url=url,
                             link=link, published=published,
                             summary=" ".join(str(e.get("summary") or "").split()), feed=feed))
    out.sort(key=lambda x: x.published or "", reverse=True)
    return out


def mark(entries: Iterable[FeedEntry], have: Collection[tuple[str, int]]) -> list[FeedEntry]:
    """Mark the entries whose (language, event id) the library holds."""
    return [replace(e, in_library=e.link is not None and e.link.key in have) for e in entries]


def fetch_feeds(client: HttpClient, feeds: Iterable[Feed], have: Collection[tuple[str, int]],
                progress: Callable[[int, int, str], None] | None = None
                ) -> tuple[list[FeedEntry], list[FetchError]]:
    """Fetch the feeds one after the other; entries newest first, duplicates once."""
    todo = list(feeds)
    entries: list[FeedEntry] = []
    errors: list[FetchError] = []
    seen: set[tuple[str, int] | str] = set()
    for i, feed in enumerate(todo):
        if progress is not None:
            progress(i, len(todo), feed.url)
        try:
            response = client.get(feed.url)
            for entry in parse_feed(response.body, feed):
                key = entry.link.key if entry.link else entry.url
                if key not in seen:
                    seen.add(key)
                    entries.append(entry)
        except FetchError as exc:
            errors.append(exc)
            if exc.kind is FetchErrorKind.CANCELLED:
                break
    if progress is not None:
        progress(len(todo), len(todo), "")
    entries.sort(key=lambda x: x.published or "", reverse=True)
    return mark(entries, have), errors
