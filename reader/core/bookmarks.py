"""Bookmarks: user data that must never be lost.

SQLite in the user's data folder (the path is injected), WAL so that two windows or two
running copies can add bookmarks at once, every change in a transaction, a schema
version with migrations that back the file up first, and a damaged file kept aside
under a new name (never overwritten). Only damage sets a file aside: a full disk, a
lock, a read-only file or a refused permission is reported as what it is, the file is
left as it was, and the store opens read-only when it can. Every failed change raises
:class:`StoreWriteError` with the reason, the database as before the change. Exports and
imports: :mod:`reader.core.bookmark_io`.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from reader.core.anchors import Anchor, Point
from reader.core.bookmark_io import (
    bookmarks_from_export,
    citation_line,
    export_json,
    export_markdown,
)
from reader.core.bookmark_model import COLOURS, Bookmark, now
from reader.core.paths import private_file
from reader.core.store_errors import Problem, StoreError, StoreWriteError, problem, reason

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
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
    """The bookmark database.

    ``recovered`` says when a damaged file was set aside; ``read_only`` (with the reason
    in ``problem``) when the file could be read but not written (a full disk, a
    read-only file or folder): then every change raises :class:`StoreWriteError`.
    ``notice`` is what the reader must be told at start, if anything."""

    #: Tests put a subclass here to simulate SQLite's errors (a full disk, a lock).
    connection_factory: type[sqlite3.Connection] = sqlite3.Connection
    #: How long a change waits for another copy of the app to finish its own (seconds).
    BUSY_TIMEOUT = 30.0
    #: How long the switch to write-ahead logging is tried again while another copy
    #: creates or opens the file (it takes milliseconds); a lock held longer is told.
    JOURNAL_WAIT = 2.0

    def __init__(self, path: Path) -> None:
        self.path = path
        self.recovered: str | None = None
        self.problem: str | None = None
        self.read_only = False
        try:
            self._db = self._open_or_recover()
        except StoreError:
            raise
        except (sqlite3.Error, OSError) as exc:
            self._db = self._open_read_only(exc)

    @property
    def notice(self) -> str | None:
        return self.recovered or self.problem

    # --- opening, migrating, recovering ---------------------------------------------------
    def _open_or_recover(self) -> sqlite3.Connection:
        private_file(self.path)  # 0600 in a 0700 folder; -wal and -shm take its mode
        try:
            return self._open()
        except _DamagedError as exc:
            why = str(exc)
        except sqlite3.DatabaseError as exc:
            if problem(exc) is not Problem.DAMAGED:
                raise
            why = reason(exc)
        aside = self._set_aside()
        self.recovered = (f"The bookmark file {self.path} could not be read ({why}). It was "
                          f"kept as {aside.name}; a new, empty one was started.")
        log.error("%s", self.recovered)
        private_file(self.path)
        return self._open()

    def _connect(self, uri: str | None = None) -> sqlite3.Connection:
        return sqlite3.connect(uri or str(self.path), timeout=self.BUSY_TIMEOUT,
                               isolation_level=None, check_same_thread=False,
                               factory=self.connection_factory, uri=uri is not None)

    def _open(self) -> sqlite3.Connection:
        db = self._connect()
        try:
            db.execute(f"PRAGMA busy_timeout={int(self.BUSY_TIMEOUT * 1000)}")
            ok = db.execute("PRAGMA quick_check").fetchone()
            if ok is None or ok[0] != "ok":
                raise _DamagedError(f"integrity check failed: {ok[0] if ok else 'no answer'}")
            # Before anything is written (even the journal mode): is the file ours? Both
            # read in one transaction: another copy of the app creating the file at this
            # moment must not be seen half done (its tables, not yet its version), which
            # would set its healthy new file aside.
            db.execute("BEGIN")
            try:
                foreign = self._version(db) == 0 and bool(_tables(db))
            finally:
                _rollback(db)
            if foreign:
                raise _DamagedError("it holds tables that are not bookmarks "
                                    "(another program's file?)")
            self._set_wal(db)
            db.execute("PRAGMA synchronous=FULL")
            self._migrate(db)
            self._check_schema(db)
        except BaseException:
            db.close()
            raise
        return db

    def _set_wal(self, db: sqlite3.Connection) -> None:
        """Write-ahead logging. Changing the journal mode needs the file to itself and
        SQLite does not wait for that (the busy timeout does not apply): while another
        copy of the app creates or opens the file, "database is locked" comes at once.
        Tried again for a moment (JOURNAL_WAIT)."""
        deadline = time.monotonic() + self.JOURNAL_WAIT
        while True:
            try:
                db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if problem(exc) is not Problem.LOCKED or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _open_read_only(self, exc: BaseException) -> sqlite3.Connection:
        """After an error that is not damage: the file as it is, read-only, if it can be
        read at all; else :class:`StoreError` with the reason (the file untouched)."""
        why = reason(exc)
        try:
            empty = self.path.stat().st_size == 0
            wal = Path(f"{self.path}-wal")
            no_journal = not wal.exists() or wal.stat().st_size == 0
        except OSError:
            empty, no_journal = True, False
        if empty:
            raise StoreError(self.path, f"cannot be created: {why}", problem(exc)) from None
        uri = self.path.absolute().as_uri()  # percent-encoded: '?' or '#' in a name
        attempts = [f"{uri}?mode=ro"]
        if no_journal:
            # Without a journal to replay, the file alone is the whole truth; immutable
            # reads it with no lock files (which a full disk cannot make).
            attempts.append(f"{uri}?immutable=1")
        for uri in attempts:
            try:
                db = self._connect(uri)
            except sqlite3.Error:
                continue
            try:
                ok = db.execute("PRAGMA quick_check").fetchone()
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if ok and ok[0] == "ok" and version == SCHEMA_VERSION:
                    self._check_schema(db)
                    self.read_only = True
                    self.problem = (f"The bookmark file {self.path} can be read but not "
                                    f"changed: {why}. Bookmarks are shown; new ones and "
                                    "changes cannot be saved until that is fixed.")
                    log.warning("%s", self.problem)
                    return db
            except (sqlite3.Error, _DamagedError):
                pass
            db.close()
        raise StoreError(self.path, f"cannot be opened: {why} (the file was not changed)",
                         problem(exc)) from None

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = self._version(db)
        if version == SCHEMA_VERSION:
            return
        # Under the write lock, and read again there: two copies starting at once must
        # not both migrate (nor take the other's fresh file for a broken one).
        db.execute("BEGIN IMMEDIATE")
        try:
            version = self._version(db)
            if version > 0 and version < SCHEMA_VERSION:
                self.backup(f"before-v{SCHEMA_VERSION}")
            for v in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[v].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version={v}")
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
            raise

    def _version(self, db: sqlite3.Connection) -> int:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(self.path, f"made by a newer version of the app (schema "
                                        f"{version}); not opened, so nothing in it is lost")
        return version

    @staticmethod
    def _check_schema(db: sqlite3.Connection) -> None:
        """The tables and columns this version reads, not only the version number."""
        cols = {r[1] for r in db.execute("PRAGMA table_info(bookmarks)")}
        if not cols:
            raise _DamagedError("its bookmarks table is missing")
        missing = [c for c in _COLUMNS if c not in cols]
        if missing:
            raise _DamagedError(f"its bookmarks table lacks column(s) {', '.join(missing)}")

    def backup(self, label: str) -> Path:
        """A consistent copy of the database beside it (SQLite's online backup)."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.{label}-{stamp}{self.path.suffix}")
        src = sqlite3.connect(str(self.path))
        try:
            dst = sqlite3.connect(str(private_file(target)))
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
        try:
            return int(self._db.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return -1  # unreadable for now (a lock, the disk): looked at again next time

    # --- changes: each one a transaction --------------------------------------------------
    def _write(self, doing: str, work: Callable[[sqlite3.Connection], int]) -> int:
        """Run ``work`` in one transaction; StoreWriteError (nothing changed) if it fails."""
        if self.read_only:
            raise StoreWriteError(self.path, f"{doing}: the file is open read-only "
                                             f"({self.problem})", Problem.READ_ONLY)
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                n = work(db)
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
        except sqlite3.Error as exc:
            err = StoreWriteError.from_exception(self.path, exc, doing)
            log.error("%s", err)
            raise err from None
        return n

    def _tx(self, doing: str, sql: str, params: Iterable[Any] = ()) -> int:
        return self._write(doing, lambda db: db.execute(sql, tuple(params)).rowcount)

    def add(self, b: Bookmark) -> Bookmark:
        self._tx("the bookmark was not saved",
                 f"INSERT INTO bookmarks ({_COLS}) VALUES ({', '.join('?' * 22)})", _row(b))
        return b

    def update(self, b: Bookmark) -> Bookmark:
        b = replace(b, modified=now())
        self._tx("the change was not saved",
                 f"INSERT OR REPLACE INTO bookmarks ({_COLS}) VALUES ({', '.join('?' * 22)})",
                 _row(b))
        return b

    def set_note(self, bookmark_id: str, note: str) -> None:
        self._tx("the note was not saved", "UPDATE bookmarks SET note=?, modified=? WHERE id=?",
                 (note, now(), bookmark_id))

    def set_colour(self, bookmark_id: str, colour: str) -> None:
        if colour not in COLOURS:
            raise ValueError(f"unknown bookmark colour {colour!r}")
        self._tx("the colour was not saved",
                 "UPDATE bookmarks SET colour=?, modified=? WHERE id=?",
                 (colour, now(), bookmark_id))

    def move_to(self, bookmark_ids: list[str], path: str) -> int:
        """The transcript of these bookmarks is now at ``path`` (its file was moved): one
        transaction; the number changed."""
        if not bookmark_ids:
            return 0
        marks = ", ".join("?" * len(bookmark_ids))
        return self._tx("the bookmarks still name the old place of their file",
                        f"UPDATE bookmarks SET path=? WHERE id IN ({marks})",
                        (path, *bookmark_ids))

    def delete(self, bookmark_id: str) -> Bookmark | None:
        """Delete one bookmark and return it (so that the window can undo)."""
        b = self.get(bookmark_id)
        if b is not None:
            self._tx("the bookmark was not deleted", "DELETE FROM bookmarks WHERE id=?",
                     (bookmark_id,))
        return b

    # --- reading --------------------------------------------------------------------------
    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError.from_exception(self.path, exc, "bookmarks could not be read"
                                            ) from None

    def get(self, bookmark_id: str) -> Bookmark | None:
        rows = self._read(f"SELECT {_COLS} FROM bookmarks WHERE id=?", (bookmark_id,))
        return _bookmark(rows[0]) if rows else None

    def all(self) -> list[Bookmark]:
        return [_bookmark(r) for r in self._read(f"SELECT {_COLS} FROM bookmarks "
                                                 "ORDER BY created, id")]

    def count(self) -> int:
        return int(self._read("SELECT COUNT(*) FROM bookmarks")[0][0])

    def for_transcript(self, fingerprint: str, path: str, url: str | None,
                       title: str | None, date: str | None) -> list[Bookmark]:
        """Bookmarks that belong to this transcript by any of its identities."""
        rows = self._read(
            f"SELECT {_COLS} FROM bookmarks WHERE fingerprint=? OR path=? "
            "OR (url IS NOT NULL AND url=?) OR (title IS NOT NULL AND title=? AND date IS ?) "
            "ORDER BY start_block, start_para, start_offset",
            (fingerprint, path, url, title, date))
        return [_bookmark(r) for r in rows]

    # --- import ---------------------------------------------------------------------------
    def add_many(self, marks: list[Bookmark]) -> tuple[int, int]:
        """Add validated bookmarks (see :mod:`reader.core.bookmark_io`) in one
        transaction; (added, already there by id). All or nothing."""
        sql = f"INSERT OR IGNORE INTO bookmarks ({_COLS}) VALUES ({', '.join('?' * 22)})"

        def work(db: sqlite3.Connection) -> int:
            return sum(db.execute(sql, _row(b)).rowcount for b in marks)

        added = self._write("nothing was imported", work)
        return added, len(marks) - added

    def import_json(self, data: Any) -> tuple[int, int]:
        """Validate a whole export, then add it: (added, already there). Raises
        ``BookmarkImportError`` (a ValueError) naming every refused item; nothing is added."""
        return self.add_many(bookmarks_from_export(data))


class _DamagedError(Exception):
    """The file is not a usable bookmark database (fails the integrity check, or holds
    something else): set it aside."""


_COLUMNS = tuple(c.strip() for c in _COLS.split(","))


def _tables(db: sqlite3.Connection) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]


def _rollback(db: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open. SQLite ends some failed transactions
    itself (a full disk at COMMIT); a second ROLLBACK would then raise "no transaction is
    active" and hide the real error."""
    if db.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")


__all__ = ["COLOURS", "Bookmark", "BookmarkStore", "StoreError", "StoreWriteError",
           "citation_line", "export_json", "export_markdown", "now"]
