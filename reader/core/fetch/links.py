"""Every form of a transcript's address, reduced to (language, event id, page path).

Forms read: ``en.kremlin.ru`` and ``kremlin.ru``; the regular page of any event section
(``/events/president/news/60795``, ``/events/president/transcripts/…``, ``/events/
security-council/…``); its ``/print`` version; the version for the visually impaired
(``en.special.kremlin.ru``, ``special.kremlin.ru``); the short link ``/d/60795``; with
or without ``www``, ``http`` or ``https`` or any scheme at all; a MaSha passage part
``#sel=B:W,B:W``; and copies on ``web.archive.org/web/<timestamp>/<original>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from reader.core.fetch.errors import FetchError, FetchErrorKind

LANGUAGES = ("en", "ru")
_HOST = re.compile(r"^(?:www\.)?(?:(?P<lang>en)\.)?(?:(?P<special>special)\.)?kremlin\.ru\.?$")
_EVENT_PATH = re.compile(r"^(?P<page>/events(?:/[a-z0-9_-]+){1,3}/(?P<id>\d+))"
                         r"(?:/(?P<print>print))?/*$")
_SHORT_PATH = re.compile(r"^/d/(?P<id>\d+)/*$")
#: Sections whose numbers are not events (a trip lists several events).
_NOT_EVENTS = re.compile(r"^/events/[^/]+/(trips|by-date|section)/")
_ARCHIVE = re.compile(r"^/web/(?P<ts>\d{1,14}[a-z_]*)/(?P<original>.+)$")
_SEL = re.compile(r"^sel=(\d+:\d+,\d+:\d+)$")
ARCHIVE_HOST = "web.archive.org"


@dataclass(frozen=True, slots=True)
class Link:
    """One transcript's address. ``path`` is the regular page's path (``/d/ID`` while
    only the short link is known); ``archive`` the web.archive.org timestamp of a copy."""

    language: str
    event_id: int
    path: str
    sel: str | None = None
    archive: str | None = None
    given: str = ""

    @property
    def host(self) -> str:
        return "en.kremlin.ru" if self.language == "en" else "kremlin.ru"

    @property
    def canonical(self) -> str:
        """The page's address as the site itself prints it (its "Direct link")."""
        return f"http://{self.host}{self.path}"

    @property
    def key(self) -> tuple[str, int]:
        return self.language, self.event_id

    def source_url(self) -> str:
        """Where the page is fetched from, before any mirror is applied. Plain http, as
        the site prints its own links: its https answers time out from some places."""
        if self.archive:
            return f"https://{ARCHIVE_HOST}/web/{self.archive}/{self.canonical}"
        return self.canonical

    def other_language(self) -> Link:
        """The same event on the other site (the two sites share event numbers)."""
        lang = "ru" if self.language == "en" else "en"
        return Link(lang, self.event_id, self.path, None, None, "")


def _bad(text: str, why: str) -> FetchError:
    return FetchError(FetchErrorKind.NOT_TRANSCRIPT_ADDRESS, text or "(empty)",
                      f"not a transcript address ({why})")


def parse_link(text: str) -> Link:
    """Read one address, or raise :class:`FetchError` (NOT_TRANSCRIPT_ADDRESS)."""
    given = text.strip().strip("<>\"'")
    raw = given
    if not raw:
        raise _bad(text, "empty")
    if not re.match(r"^[a-z][a-z0-9+.-]*://", raw, re.IGNORECASE):
        raw = "http://" + raw
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").lower()
    except ValueError as exc:
        raise _bad(given, str(exc)) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise _bad(given, f"a {parts.scheme}: address")
    sel = None
    match = _SEL.match(parts.fragment)
    if match:
        sel = match.group(1)
    if host in (ARCHIVE_HOST, "www." + ARCHIVE_HOST):
        path = raw[raw.lower().index(ARCHIVE_HOST) + len(ARCHIVE_HOST):]
        m = _ARCHIVE.match(path)
        if not m:
            raise _bad(given, "a web.archive.org address without /web/<timestamp>/<page>")
        original = re.sub(r"^(https?):/(?!/)", r"\1://", m.group("original"))
        inner = parse_link(original)
        return replace(inner, archive=m.group("ts"), sel=inner.sel or sel, given=given)
    hm = _HOST.match(host)
    if not hm:
        raise _bad(given, "not on kremlin.ru or en.kremlin.ru")
    language = "en" if hm.group("lang") else "ru"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if _NOT_EVENTS.match(path):
        raise _bad(given, "a list of events, not one event")
    em = _EVENT_PATH.match(path)
    if em:
        return Link(language, int(em.group("id")), em.group("page"), sel, None, given)
    sm = _SHORT_PATH.match(path)
    if sm:
        return Link(language, int(sm.group("id")), f"/d/{sm.group('id')}", sel, None, given)
    raise _bad(given, "not the page of an event")


def parse_links(text: str) -> tuple[list[Link], list[FetchError]]:
    """Several addresses, one a line (or separated by white space); duplicates once."""
    links: list[Link] = []
    errors: list[FetchError] = []
    seen: set[tuple[str, int, str | None]] = set()
    for word in text.split():
        try:
            link = parse_link(word)
        except FetchError as exc:
            errors.append(exc)
            continue
        key = (link.language, link.event_id, link.archive)
        if key not in seen:
            seen.add(key)
            links.append(link)
    return links, errors


def link_from_final_url(link: Link, url: str) -> Link:
    """After a redirect (``/d/ID`` to the section page): learn the page's real path."""
    try:
        final = parse_link(url)
    except FetchError:
        return link
    if final.key == link.key and not final.path.startswith("/d/"):
        return replace(link, path=final.path)
    return link
