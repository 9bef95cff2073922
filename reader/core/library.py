"""The library: which files a folder holds, their events' metadata, a cache, filtering.

Pure Python (sqlite3, no Qt); the window runs :func:`scan` on a worker thread.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reader.core.errors import ParseError
from reader.core.model import PARSER_VERSION, Transcript
from reader.core.parse import parse_file

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
    return " ".join([title or "", place or "", *speakers, Path(path).name]).casefold()


def record_for(path: str, size: int, mtime_ns: int, t: Transcript) -> EventRecord:
    names = tuple(s.name for s in t.speakers if not s.generic)
    return EventRecord(path=path, size=size, mtime_ns=mtime_ns, title=t.title, date=t.date,
                       time=t.time, place=t.place, language=t.language, speakers=names,
                       turns=len(t.turns()), haystack=_haystack(t.title, t.place, names, path))


def failed_record(path: str, size: int, mtime_ns: int, reason: str) -> EventRecord:
    return EventRecord(path=path, size=size, mtime_ns=mtime_ns, error=reason,
                       haystack=_haystack(None, None, (), path))


def sidecar_of_record(p: Path) -> bool:
    """A ``.json`` beside a ``.txt`` of the same name is that record's metadata."""
    return p.suffix == ".json" and p.with_suffix(".txt").is_file()


def list_files(roots: Iterable[Path], errors: list[str] | None = None) -> list[Path]:
    """Every candidate file under the roots (files are taken as they are)."""
    out: list[Path] = []
    for root in roots:
        if root.is_file():
            out.append(root)
            continue

        def onerror(exc: OSError) -> None:
            if errors is not None:
                errors.append(f"{exc.filename}: {exc.strerror or exc}")

        for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                p = Path(dirpath) / name
                if name.startswith(".") or p.suffix.lower() not in SUFFIXES:
                    continue
                if sidecar_of_record(p):
                    continue
                out.append(p)
    return out


class MetaCache:
    """Parsed metadata keyed by path, size, mtime and parser version (SQLite)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._db = self._open(path)

    def _open(self, path: Path | None) -> sqlite3.Connection:
        target = str(path) if path is not None else ":memory:"
        try:
            db = sqlite3.connect(target, check_same_thread=False)
            db.execute("CREATE TABLE IF NOT EXISTS meta (path TEXT PRIMARY KEY, size INTEGER, "
                       "mtime_ns INTEGER, parser_version INTEGER, record TEXT)")
            return db
        except sqlite3.DatabaseError as exc:
            # A cache is disposable: a broken one is replaced, never trusted.
            log.warning("metadata cache %s unusable (%s); starting a new one", path, exc)
            if path is not None and path.exists():
                path.unlink()
            db = sqlite3.connect(target, check_same_thread=False)
            db.execute("CREATE TABLE IF NOT EXISTS meta (path TEXT PRIMARY KEY, size INTEGER, "
                       "mtime_ns INTEGER, parser_version INTEGER, record TEXT)")
            return db

    def get(self, path: str, size: int, mtime_ns: int) -> EventRecord | None:
        row = self._db.execute(
            "SELECT record FROM meta WHERE path=? AND size=? AND mtime_ns=? AND parser_version=?",
            (path, size, mtime_ns, PARSER_VERSION)).fetchone()
        if row is None:
            return None
        try:
            data = json.loads(row[0])
            data["speakers"] = tuple(data["speakers"])
            return EventRecord(**data)
        except (ValueError, TypeError, KeyError):
            return None

    def put_many(self, records: Iterable[EventRecord]) -> None:
        rows = [(r.path, r.size, r.mtime_ns, PARSER_VERSION, json.dumps(asdict(r)))
                for r in records]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?, ?, ?, ?)", rows)

    def close(self) -> None:
        self._db.close()


def read_record(p: Path, cache: MetaCache | None) -> tuple[EventRecord, bool]:
    """The event for one file, from the cache when fresh; (record, came_from_cache)."""
    path = str(p)
    try:
        st = p.stat()
    except OSError as exc:
        return failed_record(path, 0, 0, f"cannot be read ({exc.strerror or exc})"), False
    if cache is not None:
        hit = cache.get(path, st.st_size, st.st_mtime_ns)
        if hit is not None:
            return hit, True
    try:
        t = parse_file(p)
    except ParseError as exc:
        return failed_record(path, st.st_size, st.st_mtime_ns, exc.reason), False
    return record_for(path, st.st_size, st.st_mtime_ns, t), False


def scan(files: Iterable[Path], cache: MetaCache | None,
         batch: int = 64) -> Iterator[list[EventRecord]]:
    """Read every file's event, yielding them in batches (the list fills as it goes)."""
    out: list[EventRecord] = []
    fresh: list[EventRecord] = []
    for p in files:
        rec, cached = read_record(p, cache)
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
