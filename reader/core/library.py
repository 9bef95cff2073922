"""The library: which files a folder holds, their events' metadata, a cache, filtering.

Pure Python (sqlite3, no Qt); the window runs :func:`scan` on a worker thread.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from reader.core.disposable import Layout, open_disposable
from reader.core.library_records import (
    EventRecord,
    failed_record,
    haystack,
    record_for,
)
from reader.core.model import PARSER_VERSION
from reader.core.reading import Job, read_files, read_many, workers_for
from reader.core.search import SearchIndex

log = logging.getLogger(__name__)

#: File endings the library picks up in a folder (content decides the form).
SUFFIXES = (".txt", ".html", ".htm", ".json")


__all__ = ["SUFFIXES", "EventRecord", "MetaCache", "failed_record", "list_files",
           "list_folders", "read_event", "record_for", "scan"]


def _entries(folder: str, errors: list[str] | None) -> list[os.DirEntry[str]]:
    """A folder's entries by name; a folder that vanished, loops or cannot be read is
    reported (when ``errors`` is given) and taken as empty."""
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        if errors is not None:
            errors.append(f"{folder}: {exc.strerror or exc}")
        return []


def _is_dir(e: os.DirEntry[str]) -> bool:
    try:
        return e.is_dir(follow_symlinks=False)
    except OSError:  # gone since the folder was listed
        return False


def _is_file(root: Path) -> bool:
    try:
        return root.is_file()
    except OSError:
        return False


def list_folders(roots: Iterable[Path]) -> list[str]:
    """Every folder under the roots (hidden ones skipped), tolerating folders that vanish
    or loop while they are walked; symbolic links to folders are not followed."""
    out: list[str] = []
    for root in roots:
        if _is_file(root):
            continue
        stack = [str(root)]
        while stack:
            folder = stack.pop()
            entries = _entries(folder, None)
            if not entries and not Path(folder).is_dir():
                continue
            out.append(folder)
            stack.extend(reversed([e.path for e in entries
                                   if not e.name.startswith(".") and _is_dir(e)]))
    return out


def list_files(roots: Iterable[Path], errors: list[str] | None = None) -> list[Path]:
    """Every candidate file under the roots (files given directly are taken as they are).

    A ``.json`` beside a ``.txt`` of the same name is that record's sidecar, not a file of
    its own. Hidden files and folders are skipped; unreadable folders are reported. Files
    and folders that vanish or change while the walk goes on are taken as they are found
    (a vanished file is reported when it is read)."""
    out: list[Path] = []
    for root in roots:
        if _is_file(root):
            out.append(root)
            continue
        stack = [str(root)]
        while stack:
            folder = stack.pop()
            entries = _entries(folder, errors)
            names = {e.name for e in entries}
            subdirs = []
            for e in entries:
                if e.name.startswith("."):
                    continue
                if _is_dir(e):
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

    The cache is disposable: a damaged one, or one of another layout, is started afresh
    (``notice`` says so once), never trusted. With ``owned`` False (a path the reader
    named) an existing file that is not our cache is refused, never overwritten."""

    LAYOUT = Layout(3, {"events": frozenset({
        "path", "size", "mtime_ns", "parser_version", "title", "date", "time", "place",
        "language", "speakers", "turns", "error", "url", "tags", "form"})})

    def __init__(self, path: Path | None, *, owned: bool = True) -> None:
        self.path = path
        self.notice: str | None = None

        def rebuilt(reason: str) -> None:
            if reason.startswith("schema version"):
                return  # a cache of an older release: read again, nothing to tell
            self.notice = (f"The library cache was damaged ({reason}) and has been started "
                           "afresh.")

        self._db = open_disposable(path, self._setup, "metadata cache", self.LAYOUT,
                                   owned=owned, on_rebuild=rebuilt)

    @staticmethod
    def _setup(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE events (path TEXT PRIMARY KEY, size INTEGER, "
                   "mtime_ns INTEGER, parser_version INTEGER, title TEXT, date TEXT, "
                   "time TEXT, place TEXT, language TEXT, speakers TEXT, turns INTEGER, "
                   "error TEXT, url TEXT, tags TEXT, form TEXT)")

    @staticmethod
    def _record(row: tuple[object, ...]) -> EventRecord:
        (path, size, mtime, title, date, time, place, language, speakers, turns, error, url,
         tags, form) = row
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
            haystack=haystack(title if isinstance(title, str) else None,
                               place if isinstance(place, str) else None, names, str(path)),
            url=url if isinstance(url, str) else None,
            tags=tuple(str(tags).split(_SEP)) if tags else (),
            form=form if isinstance(form, str) else None)

    _SELECT = ("SELECT path, size, mtime_ns, title, date, time, place, language, speakers, "
               "turns, error, url, tags, form FROM events")

    def snapshot(self) -> dict[str, tuple[object, ...]]:
        """Every entry of this parser version at once (one query, not one per file)."""
        rows = self._db.execute(self._SELECT + " WHERE parser_version=?", (PARSER_VERSION,))
        return {str(r[0]): r for r in rows}

    def put_many(self, records: Iterable[EventRecord]) -> None:
        rows = [(r.path, r.size, r.mtime_ns, PARSER_VERSION, r.title, r.date, r.time, r.place,
                 r.language, _SEP.join(r.speakers), r.turns, r.error, r.url,
                 _SEP.join(r.tags), r.form) for r in records]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO events VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def close(self) -> None:
        self._db.close()


def read_event(p: Path) -> EventRecord:
    """The event of one file, parsed here (no cache, no index)."""
    try:
        st = p.stat()
    except OSError as exc:
        return failed_record(str(p), 0, 0, f"cannot be read ({exc.strerror or exc})")
    return read_files([(str(p), st.st_size, st.st_mtime_ns)], False)[0][0]


def scan(files: Iterable[Path], cache: MetaCache | None, index: SearchIndex | None = None,
         batch: int = 64, cancelled: Callable[[], bool] = lambda: False, *,
         workers: int | None = None) -> Iterator[list[EventRecord]]:
    """Read every file's event (and keep the index up to date), yielding them in batches
    so that the list fills as it goes: first those the cache knows, then the rest as they
    are parsed (in worker processes when there are many: ``workers`` None chooses, 0
    parses here). New records go to the cache and the index per batch."""
    cache_snapshot = cache.snapshot() if cache is not None else {}
    index_snapshot = index.snapshot() if index is not None else {}
    out: list[EventRecord] = []
    fresh: list[EventRecord] = []
    stale: list[Job] = []
    known: dict[str, EventRecord] = {}  # from the cache, parsed for the index only
    for p in files:
        if cancelled():
            return
        path = str(p)
        try:
            st = p.stat()
        except OSError as exc:  # vanished or unreadable since it was listed
            rec = failed_record(path, 0, 0, f"cannot be read ({exc.strerror or exc})")
            out.append(rec)
            fresh.append(rec)
            continue
        stamp = (st.st_size, st.st_mtime_ns)
        row = cache_snapshot.get(path)
        cached = MetaCache._record(row) if row is not None and (row[1], row[2]) == stamp \
            else None
        if cached is not None and (index is None or index_snapshot.get(path) == stamp):
            out.append(cached)
        else:
            stale.append((path, *stamp))
            if cached is not None:
                known[path] = cached
        if len(out) >= batch:
            yield from _flush(out, fresh, cache)
            out, fresh = [], []
    yield from _flush(out, fresh, cache)
    out, fresh = [], []
    for chunk in read_many(stale, index is not None,
                           workers_for(len(stale)) if workers is None else workers, cancelled):
        if index is not None:
            index.add_many([(rec.path, rec.size, rec.mtime_ns, pl) for rec, pl in chunk])
        for rec, _pl in chunk:
            if rec.path in known:
                out.append(known[rec.path])
            else:
                out.append(rec)
                fresh.append(rec)
        if len(out) >= batch:
            yield from _flush(out, fresh, cache)
            out, fresh = [], []
    yield from _flush(out, fresh, cache)


def _flush(out: list[EventRecord], fresh: list[EventRecord], cache: MetaCache | None
           ) -> Iterator[list[EventRecord]]:
    if cache is not None and fresh:
        cache.put_many(fresh)
    if out:
        yield out
