"""Bookmarks: user data that must never be lost.

SQLite in the user's data folder (the path is injected), WAL so that two windows or two
running copies can add bookmarks at once, every change in a transaction, a schema
version with migrations that back the file up first, and a corrupt file kept aside
under a new name (never overwritten). Export and import as JSON and Markdown.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.core.anchors import Anchor, Point

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
#: A few named colours; each scheme gives them tones of its own.
COLOURS = ("yellow", "green", "blue", "pink", "orange")


def new_id() -> str:
    import uuid  # here: with the platform module it pulls in, it slows every start-up

    return uuid.uuid4().hex


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Bookmark:
    anchor: Anchor
    note: str = ""
    colour: str = "yellow"
    speaker: str | None = None  # the speaker's name, for lists and citations
    place: str | None = None  # the event's place, for citations
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now)
    modified: str = field(default_factory=now)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Bookmark:
        a = dict(d["anchor"])
        a["start"] = Point(**a["start"])
        a["end"] = Point(**a["end"])
        return cls(anchor=Anchor(**a), note=str(d.get("note") or ""),
                   colour=str(d.get("colour") or "yellow"), speaker=d.get("speaker"),
                   place=d.get("place"), id=str(d["id"]), created=str(d.get("created") or now()),
                   modified=str(d.get("modified") or now()))


class StoreError(Exception):
    """The bookmark database cannot be used; the message names the file and why."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS bookmarks (
    id TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    path TEXT NOT NULL,
    url TEXT,
    title TEXT,
    date TEXT,
    place TEXT,
    speaker TEXT,
    parser_version INTEGER NOT NULL,
    start_block INTEGER NOT NULL, start_para INTEGER NOT NULL, start_offset INTEGER NOT NULL,
    end_block INTEGER NOT NULL, end_para INTEGER NOT NULL, end_offset INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT 'yellow',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS bookmarks_fingerprint ON bookmarks(fingerprint);
CREATE INDEX IF NOT EXISTS bookmarks_url ON bookmarks(url);
CREATE INDEX IF NOT EXISTS bookmarks_path ON bookmarks(path);
"""
_COLS = ("id, fingerprint, path, url, title, date, place, speaker, parser_version, "
         "start_block, start_para, start_offset, end_block, end_para, end_offset, "
         "quote, prefix, suffix, note, colour, created, modified")

#: Migrations from version N-1 to N (index N). Each runs after a backup of the file.
MIGRATIONS: dict[int, str] = {1: _SCHEMA}


def _row(b: Bookmark) -> tuple[Any, ...]:
    a = b.anchor
    return (b.id, a.fingerprint, a.path, a.url, a.title, a.date, b.place, b.speaker,
            a.parser_version, a.start.block, a.start.paragraph, a.start.offset, a.end.block,
            a.end.paragraph, a.end.offset, a.quote, a.prefix, a.suffix, b.note, b.colour,
            b.created, b.modified)


def _bookmark(r: tuple[Any, ...]) -> Bookmark:
    (bid, fp, path, url, title, date, place, speaker, pv, sb, sp, so, eb, ep, eo, quote,
     prefix, suffix, note, colour, created, modified) = r
    anchor = Anchor(fingerprint=fp, path=path, url=url, title=title, date=date,
                    parser_version=pv, start=Point(sb, sp, so), end=Point(eb, ep, eo),
                    quote=quote, prefix=prefix, suffix=suffix)
    return Bookmark(anchor=anchor, note=note, colour=colour, speaker=speaker, place=place,
                    id=bid, created=created, modified=modified)


class BookmarkStore:
    """The bookmark database. ``recovered`` says when a broken file was set aside."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.recovered: str | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            aside = self._set_aside()
            self.recovered = (f"The bookmark file {path} could not be read ({exc}). It was "
                              f"kept as {aside.name}; a new, empty one was started.")
            log.error("%s", self.recovered)
            self._db = self._open()

    # --- opening, migrating, recovering ---------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None,
                             check_same_thread=False)
        try:
            db.execute("PRAGMA busy_timeout=30000")
            ok = db.execute("PRAGMA quick_check").fetchone()
            if ok is None or ok[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {ok}")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            self._migrate(db)
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: made by a newer version of the app (schema "
                             f"{version}); not opened, so nothing in it is lost")
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            self.backup(f"before-v{SCHEMA_VERSION}")
        for v in range(version + 1, SCHEMA_VERSION + 1):
            db.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[v].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version={v}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def backup(self, label: str) -> Path:
        """A consistent copy of the database beside it (SQLite's online backup)."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.{label}-{stamp}{self.path.suffix}")
        src = sqlite3.connect(str(self.path))
        try:
            dst = sqlite3.connect(str(target))
            with dst:
                src.backup(dst)
            dst.close()
        finally:
            src.close()
        return target

    def _set_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}{self.path.suffix}")
        n = 1
        while aside.exists():
            aside = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}-{n}{self.path.suffix}")
            n += 1
        shutil.move(str(self.path), aside)
        for extra in ("-wal", "-shm"):
            side = Path(str(self.path) + extra)
            if side.exists():
                shutil.move(str(side), str(aside) + extra)
        return aside

    def close(self) -> None:
        self._db.close()

    def data_version(self) -> int:
        """Changes when another connection (another window or copy of the app) commits."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    # --- changes: each one a transaction --------------------------------------------------
    def _tx(self, sql: str, params: Iterable[Any] = ()) -> int:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            cur = db.execute(sql, tuple(params))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return cur.rowcount

    def add(self, b: Bookmark) -> Bookmark:
        self._tx(f"INSERT INTO bookmarks ({_COLS}) VALUES ({', '.join('?' * 22)})", _row(b))
        return b

    def update(self, b: Bookmark) -> Bookmark:
        b = replace(b, modified=now())
        self._tx(f"INSERT OR REPLACE INTO bookmarks ({_COLS}) VALUES ({', '.join('?' * 22)})",
                 _row(b))
        return b

    def set_note(self, bookmark_id: str, note: str) -> None:
        self._tx("UPDATE bookmarks SET note=?, modified=? WHERE id=?", (note, now(), bookmark_id))

    def set_colour(self, bookmark_id: str, colour: str) -> None:
        if colour not in COLOURS:
            raise ValueError(f"unknown bookmark colour {colour!r}")
        self._tx("UPDATE bookmarks SET colour=?, modified=? WHERE id=?",
                 (colour, now(), bookmark_id))

    def delete(self, bookmark_id: str) -> Bookmark | None:
        """Delete one bookmark and return it (so that the window can undo)."""
        b = self.get(bookmark_id)
        if b is not None:
            self._tx("DELETE FROM bookmarks WHERE id=?", (bookmark_id,))
        return b

    # --- reading --------------------------------------------------------------------------
    def get(self, bookmark_id: str) -> Bookmark | None:
        r = self._db.execute(f"SELECT {_COLS} FROM bookmarks WHERE id=?",
                             (bookmark_id,)).fetchone()
        return None if r is None else _bookmark(r)

    def all(self) -> list[Bookmark]:
        rows = self._db.execute(f"SELECT {_COLS} FROM bookmarks ORDER BY created, id")
        return [_bookmark(r) for r in rows]

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM bookmarks").fetchone()[0])

    def for_transcript(self, fingerprint: str, path: str, url: str | None,
                       title: str | None, date: str | None) -> list[Bookmark]:
        """Bookmarks that belong to this transcript by any of its identities."""
        rows = self._db.execute(
            f"SELECT {_COLS} FROM bookmarks WHERE fingerprint=? OR path=? "
            "OR (url IS NOT NULL AND url=?) OR (title IS NOT NULL AND title=? AND date IS ?) "
            "ORDER BY start_block, start_para, start_offset",
            (fingerprint, path, url, title, date))
        return [_bookmark(r) for r in rows]

    # --- export and import ----------------------------------------------------------------
    def import_json(self, data: Any) -> tuple[int, int]:
        """Add the bookmarks of an export; (added, already there). All or nothing."""
        items = data.get("bookmarks") if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise ValueError("not a bookmark export (no list of bookmarks)")
        marks = [Bookmark.from_json(d) for d in items]
        db = self._db
        added = 0
        db.execute("BEGIN IMMEDIATE")
        try:
            for b in marks:
                cur = db.execute(f"INSERT OR IGNORE INTO bookmarks ({_COLS}) VALUES "
                                 f"({', '.join('?' * 22)})", _row(b))
                added += cur.rowcount
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return added, len(marks) - added


def export_json(marks: list[Bookmark]) -> str:
    return json.dumps({"format": "transcript-reader-bookmarks", "version": 1,
                       "bookmarks": [b.to_json() for b in marks]}, ensure_ascii=False,
                      indent=2)


def citation_line(b: Bookmark, link: str | None = None) -> str:
    a = b.anchor
    who = b.speaker or "Narration"
    event = ", ".join(x for x in (a.title, a.date, b.place) if x)
    out = f"— {who}, {event}" if event else f"— {who}"
    url = link or a.url
    return out + (f". {url}" if url else "")


def export_markdown(marks: list[Bookmark], links: dict[str, str] | None = None) -> str:
    """One quoted passage per bookmark, with its citation and note."""
    links = links or {}
    out = ["# Bookmarks", ""]
    for b in marks:
        quote = " ".join(b.anchor.quote.split())
        out.append(f"> {quote}")
        out.append(">")
        out.append(f"> {citation_line(b, links.get(b.id))}")
        if b.note:
            out.append("")
            out.append(f"Note: {b.note}")
        out.append("")
    return "\n".join(out)
