"""The library: which files a folder holds, their events' metadata, a cache, filtering.

Pure Python (sqlite3, no Qt); the window runs :func:`scan` on a worker thread.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader.core.disposable import open_disposable
from reader.core.errors import ParseError
from reader.core.model import PARSER_VERSION, Transcript
from reader.core.parse import parse_file
from reader.core.search import SearchIndex

log = logging.getLogger(__name__)

#: File endings the library picks up in a folder (content decides the form).
SUFFIXES = (".txt", ".html", ".htm", ".json")


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One file of the library as the event list shows it."""

    path: str
    size: int
    mtime_ns: int
    title: str | None = None
    date: str | None = None
    time: str | None = None
    place: str | None = None
    language: str | None = None
    speakers: tuple[str, ...] = ()
    turns: int = 0
    error: str | None = None
    haystack: str = field(default="", compare=False, repr=False)

    @property
    def display_title(self) -> str:
        return self.title or Path(self.path).stem.replace("-", " ").replace("_", " ")

    @property
    def failed(self) -> bool:
        return self.error is not None

    def moved(self, path: str, size: int, mtime_ns: int) -> EventRecord:
        """The same event read from another file (a copy, a rename)."""
        return replace(self, path=path, size=size, mtime_ns=mtime_ns,
                       haystack=_haystack(self.title, self.place, self.speakers, path))

    def matches(self, text: str = "", date_from: str | None = None, date_to: str | None = None,
                speaker: str | None = None) -> bool:
        """Does this event pass the filters? ``text`` must be casefolded already."""
        if text and text not in self.haystack:
            return False
        if date_from and (not self.date or self.date < date_from):
            return False
        if date_to and (not self.date or self.date > date_to):
            return False
        return not (speaker and speaker not in self.speakers)


def _haystack(title: str | None, place: str | None, speakers: Iterable[str], path: str) -> str:
    # os.path.basename: a Path object per event costs more than the rest of the record.
    return " ".join([title or "", place or "", *speakers, os.path.basename(path)]).casefold()  # noqa: PTH119


def record_for(path: str, size: int, mtime_ns: int, t: Transcript) -> EventRecord:
    names = tuple(s.name for s in t.speakers if not s.generic)
    return EventRecord(path=path, size=size, mtime_ns=mtime_ns, title=t.title, date=t.date,
                       time=t.time, place=t.place, language=t.language, speakers=names,
                       turns=len(t.turns()), haystack=_haystack(t.title, t.place, names, path))


def failed_record(path: str, size: int, mtime_ns: int, reason: str) -> EventRecord:
    return EventRecord(path=path, size=size, mtime_ns=mtime_ns, error=reason,
                       haystack=_haystack(None, None, (), path))


def list_files(roots: Iterable[Path], errors: list[str] | None = None) -> list[Path]:
    """Every candidate file under the roots (files given directly are taken as they are).

    A ``.json`` beside a ``.txt`` of the same name is that record's sidecar, not a file of
    its own. Hidden files and folders are skipped; unreadable folders are reported."""
    out: list[Path] = []
    for root in roots:
        if root.is_file():
            out.append(root)
            continue
        stack = [str(root)]
        while stack:
            folder = stack.pop()
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                if errors is not None:
                    errors.append(f"{folder}: {exc.strerror or exc}")
                continue
            names = {e.name for e in entries}
            subdirs = []
            for e in entries:
                if e.name.startswith("."):
                    continue
                if e.is_dir(follow_symlinks=False):
                    subdirs.append(e.path)
                    continue
                stem, dot, ext = e.name.rpartition(".")
                if not dot or "." + ext.lower() not in SUFFIXES:
                    continue
                if ext.lower() == "json" and stem + ".txt" in names:
                    continue  # a record's sidecar
                out.append(Path(e.path))
            stack.extend(reversed(subdirs))
    return out


_SEP = "\x1f"


class MetaCache:
    """Parsed metadata keyed by path, size, mtime and parser version (SQLite).

    The cache is disposable: an unreadable one is replaced, never trusted."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db = open_disposable(path, self._setup, "metadata cache")

    @staticmethod
    def _setup(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE IF NOT EXISTS events (path TEXT PRIMARY KEY, size INTEGER, "
                   "mtime_ns INTEGER, parser_version INTEGER, title TEXT, date TEXT, "
                   "time TEXT, place TEXT, language TEXT, speakers TEXT, turns INTEGER, "
                   "error TEXT)")

    @staticmethod
    def _record(row: tuple[object, ...]) -> EventRecord:
        path, size, mtime, title, date, time, place, language, speakers, turns, error = row
        names = tuple(str(speakers).split(_SEP)) if speakers else ()
        return EventRecord(
            path=str(path), size=int(size), mtime_ns=int(mtime),  # type: ignore[call-overload]
            title=title if isinstance(title, str) else None,
            date=date if isinstance(date, str) else None,
            time=time if isinstance(time, str) else None,
            place=place if isinstance(place, str) else None,
            language=language if isinstance(language, str) else None,
            speakers=names, turns=int(turns or 0),  # type: ignore[call-overload]
            error=error if isinstance(error, str) else None,
            haystack=_haystack(title if isinstance(title, str) else None,
                               place if isinstance(place, str) else None, names, str(path)))

    _SELECT = ("SELECT path, size, mtime_ns, title, date, time, place, language, speakers, "
               "turns, error FROM events")

    def snapshot(self) -> dict[str, tuple[object, ...]]:
        """Every entry of this parser version at once (one query, not one per file)."""
        rows = self._db.execute(self._SELECT + " WHERE parser_version=?", (PARSER_VERSION,))
        return {str(r[0]): r for r in rows}

    def put_many(self, records: Iterable[EventRecord]) -> None:
        rows = [(r.path, r.size, r.mtime_ns, PARSER_VERSION, r.title, r.date, r.time, r.place,
                 r.language, _SEP.join(r.speakers), r.turns, r.error) for r in records]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO events VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def close(self) -> None:
        self._db.close()


def read_event(p: Path, cache_snapshot: dict[str, tuple[object, ...]] | None = None,
               index: SearchIndex | None = None,
               index_snapshot: dict[str, tuple[int, int]] | None = None
               ) -> tuple[EventRecord, bool]:
    """The event for one file, from the cache when fresh, and (with ``index``) its
    paragraphs in the search index when stale; the file is parsed at most once.
    Returns (record, came_from_cache); the snapshots save a query per file."""
    path = str(p)
    try:
        st = p.stat()
    except OSError as exc:
        return failed_record(path, 0, 0, f"cannot be read ({exc.strerror or exc})"), False
    stamp = (st.st_size, st.st_mtime_ns)
    row = (cache_snapshot or {}).get(path)
    rec = MetaCache._record(row) if row is not None and (row[1], row[2]) == stamp else None
    stale_index = index is not None and (index_snapshot or {}).get(path) != stamp
    if rec is not None and not stale_index:
        return rec, True
    t: Transcript | None
    try:
        t = parse_file(p)
        parsed = record_for(path, *stamp, t)
    except ParseError as exc:
        t = None
        parsed = failed_record(path, *stamp, exc.reason)
    if index is not None and stale_index:
        index.add(path, *stamp, t)
    return (rec, True) if rec is not None else (parsed, False)


def scan(files: Iterable[Path], cache: MetaCache | None, index: SearchIndex | None = None,
         batch: int = 64, cancelled: Callable[[], bool] = lambda: False
         ) -> Iterator[list[EventRecord]]:
    """Read every file's event (and keep the index up to date), yielding them in batches
    so that the list fills as it goes; new records are saved in the cache per batch."""
    out: list[EventRecord] = []
    fresh: list[EventRecord] = []
    cache_snapshot = cache.snapshot() if cache is not None else None
    index_snapshot = index.snapshot() if index is not None else None
    for p in files:
        if cancelled():
            break
        rec, cached = read_event(p, cache_snapshot, index, index_snapshot)
        out.append(rec)
        if not cached:
            fresh.append(rec)
        if len(out) >= batch:
            if cache is not None and fresh:
                cache.put_many(fresh)
                fresh = []
            yield out
            out = []
    if cache is not None and fresh:
        cache.put_many(fresh)
    if out:
        yield out


def sort_key(r: EventRecord) -> tuple[str, str, str]:
    """Newest first: sort descending on (date, time, title)."""
    return (r.date or "", r.time or "", r.display_title)


def month_of(r: EventRecord) -> str:
    return r.date[:7] if r.date else ""
