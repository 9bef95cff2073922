"""Getting transcripts from the site, only when the reader asks: links in every form,
a polite HTTP client, the download folder, the site's feeds. Pure Python (no Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.core.fetch.errors import FetchError, FetchErrorKind
from reader.core.fetch.feeds import Feed, FeedEntry, fetch_feeds, parse_feed
from reader.core.fetch.fetcher import Added, Fetcher, check_page
from reader.core.fetch.links import Link, parse_link, parse_links
from reader.core.fetch.passage import resolve_sel
from reader.core.fetch.site import Site
from reader.core.fetch.store import DownloadStore, StoredPage

__all__ = ["Added", "DownloadStore", "Feed", "FeedEntry", "FetchError", "FetchErrorKind",
           "Fetcher", "HttpClient", "Link", "Response", "Site", "StoredPage", "Timeouts",
           "check_page", "fetch_feeds", "parse_feed", "parse_link", "parse_links",
           "resolve_sel"]

if TYPE_CHECKING:
    from reader.core.fetch.client import HttpClient, Response, Timeouts


def __getattr__(name: str) -> Any:
    """The HTTP client on first use: the window starts without the HTTP stack."""
    if name in ("HttpClient", "Response", "Timeouts"):
        from reader.core.fetch import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
