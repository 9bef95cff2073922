"""Finding a transcript's event among library files when its own file is gone: by the
content fingerprint, the page link, then the title and date. Pure Python (the window
runs :func:`find_event_file` off the GUI thread: it parses the candidates)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.errors import ParseError

#: At most this many files are read in one search.
MAX_CANDIDATES = 50


@dataclass(frozen=True)
class Wanted:
    """What is known of the lost transcript (a bookmark's anchor has all of it)."""

    fingerprint: str
    url: str | None
    title: str | None
    date: str | None


@dataclass(frozen=True)
class Listed:
    """A library file as the event list knows it (no parsing needed)."""

    path: str
    title: str | None
    date: str | None
    url: str | None = None


def candidates(wanted: Wanted, files: Iterable[Listed]) -> list[str]:
    """Files worth reading: the same page link first, then the same title and date, the
    same date, the same title."""
    def rank(f: Listed) -> int | None:
        if wanted.url and f.url == wanted.url:
            return -1
        same_title = bool(wanted.title) and f.title == wanted.title
        same_date = bool(wanted.date) and f.date == wanted.date
        if same_title and same_date:
            return 0
        if same_date:
            return 1
        if same_title:
            return 2
        return None

    ranked = sorted((r, f.path) for f in files if (r := rank(f)) is not None)
    return [p for _, p in ranked][:MAX_CANDIDATES]


def find_event_file(wanted: Wanted, paths: list[str]) -> str | None:
    """The first file whose transcript has the fingerprint or the page link; failing
    that, the first with the same title and date."""
    from reader.core.parse import parse_file  # loaded when a moved file is looked for

    fallback = None
    for p in paths:
        try:
            t = parse_file(p)
        except ParseError:
            continue
        if t.fingerprint() == wanted.fingerprint or (wanted.url and t.source.url == wanted.url):
            return p
        if fallback is None and wanted.title and (t.title, t.date) == (wanted.title,
                                                                         wanted.date):
            fallback = p
    return fallback
