"""Add a transcript by its link: fetch it (or open the copy already stored), check that
it is a transcript page, store it, parse it. Pure Python; the window runs it on a worker
thread, the command line directly."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import ParseError
from reader.core.fetch.errors import FetchError, FetchErrorKind, blocked_reason
from reader.core.fetch.links import Link, link_from_final_url, parse_link
from reader.core.fetch.store import DownloadStore
from reader.core.model import Transcript
from reader.core.parse import parse_bytes, parse_file
from reader.core.parse.archive import strip_archive

if TYPE_CHECKING:  # the HTTP stack is imported when a client is made
    from reader.core.fetch.client import HttpClient, Response

log = logging.getLogger(__name__)

_ARTICLE = re.compile(r"class=\"[^\"]*\b(read__internal_content|entry-content)\b")
_CAPTCHA = re.compile(r"captcha|are you a robot|не робот|подтвердите, что вы", re.I)
_BLOCKING = re.compile(r"access denied|access to this (site|resource)|доступ (запрещ|огранич)"
                       r"|is not available in your (country|region)|blocked", re.I)


@dataclass(frozen=True, slots=True)
class Added:
    """A transcript that reached the library (``fetched``) or was found there already."""

    link: Link
    path: Path
    transcript: Transcript
    fetched: bool


Progress = Callable[[int, int, str], None]  # done, total, what is being fetched


class Fetcher:
    def __init__(self, store: DownloadStore, client: HttpClient) -> None:
        self.store = store
        self.client = client

    def add(self, link: Link | str, *, refresh: bool = False) -> Added:
        """The link's transcript: the stored copy, or fetched (always when ``refresh``)."""
        if isinstance(link, str):
            link = parse_link(link)
        stored = self.store.find(link.language, link.event_id)
        if stored is not None and not refresh:
            try:
                return Added(link, stored.path, parse_file(stored.path), fetched=False)
            except ParseError as exc:
                log.warning("stored copy unreadable, fetching again: %s", exc)
        address = link.source_url()
        response = self.client.get(address)
        final = self._final_link(link, response)
        transcript = check_page(response.body, final, response.url)
        page = self.store.save(final, response.body, response.url,
                               via=self.client.site.physical(response.url)[0]
                               if self.client.site.base else None)
        try:
            transcript = parse_file(page.path)
        except ParseError as exc:  # it parsed a moment ago from the same bytes
            raise FetchError(FetchErrorKind.STORAGE, str(page.path), exc.reason) from None
        return Added(final, page.path, transcript, fetched=True)

    def add_many(self, links: Iterable[Link], *, refresh: bool = False,
                 progress: Progress | None = None,
                 on_result: Callable[[Added | FetchError], None] | None = None
                 ) -> list[Added | FetchError]:
        """Each link in turn; a failure is reported in its place, the rest go on.
        ``on_result`` hears of each as it comes."""
        todo = list(links)
        out: list[Added | FetchError] = []
        for i, link in enumerate(todo):
            if progress is not None:
                progress(i, len(todo), link.canonical)
            result: Added | FetchError
            if self.client.cancelled:
                result = FetchError(FetchErrorKind.CANCELLED, link.canonical, "cancelled")
            else:
                try:
                    result = self.add(link, refresh=refresh)
                except FetchError as exc:
                    result = exc
            out.append(result)
            if on_result is not None:
                on_result(result)
        if progress is not None:
            progress(len(todo), len(todo), "")
        return out

    def refresh(self, path: Path) -> Added:
        """Fetch a stored page again (the file is replaced only by a good page)."""
        page = self.store.read(Path(path))
        if page is None:
            raise FetchError(FetchErrorKind.NOT_TRANSCRIPT_ADDRESS, str(path),
                             "not a page of the download folder")
        return self.add(page.link(), refresh=True)

    @staticmethod
    def _final_link(link: Link, response: Response) -> Link:
        if not response.redirects:
            return link_from_final_url(link, response.url)
        try:
            final = parse_link(response.url)
        except FetchError:
            raise FetchError(FetchErrorKind.NOT_TRANSCRIPT_PAGE, link.given or link.canonical,
                             f"the site sent this address on to {response.url}, which is "
                             "not a transcript page; nothing was stored") from None
        if final.key != link.key:
            raise FetchError(FetchErrorKind.NOT_TRANSCRIPT_PAGE, link.given or link.canonical,
                             f"the site sent this address on to another page "
                             f"({response.url}); nothing was stored")
        return link_from_final_url(link, response.url)


def check_page(body: bytes, link: Link, address: str) -> Transcript:
    """The transcript in a fetched page, or a :class:`FetchError` saying what the page
    is instead (a captcha, a blocking page, another page of the site)."""
    head = body[:300000].decode("utf-8", errors="replace")
    if not _ARTICLE.search(strip_archive(head)):
        if _CAPTCHA.search(head):
            raise FetchError(FetchErrorKind.NOT_TRANSCRIPT_PAGE, address,
                             "the site answered with a captcha (a check for robots) instead "
                             "of the page; open the link in a browser, or try later. "
                             "Nothing was stored")
        if _BLOCKING.search(head):
            raise FetchError(FetchErrorKind.BLOCKED, address, blocked_reason())
        raise FetchError(FetchErrorKind.NOT_TRANSCRIPT_PAGE, address,
                         "the page is not a transcript (no article text in it); "
                         "nothing was stored")
    try:
        return parse_bytes(body, f"{link.language}-{link.event_id}.html")
    except ParseError as exc:
        raise FetchError(FetchErrorKind.NOT_TRANSCRIPT_PAGE, address,
                         f"the page could not be read as a transcript ({exc.reason}); "
                         "nothing was stored") from None
