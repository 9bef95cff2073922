"""SQLite files that are caches: checked at open, rebuilt when anything is wrong, never
trusted; and never mistaken for somebody else's file."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from reader.core.paths import private_file

log = logging.getLogger(__name__)

#: Written into every cache we create (PRAGMA application_id): "TRdr".
APPLICATION_ID = 0x54526472
_HEADER = b"SQLite format 3\x00"


class ForeignFileError(Exception):
    """The path holds a file that is not one of our caches: we leave it alone."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}; refusing to overwrite it")
        self.path, self.reason = path, reason


@dataclass(frozen=True, slots=True)
class Layout:
    """What a healthy cache holds: its schema version and each table's columns."""

    version: int
    tables: Mapping[str, frozenset[str]]


def is_ours(path: Path) -> bool:
    """Does the file carry our application id (whatever else is wrong with it)?"""
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except OSError:
        return False
    if len(head) == 100 and head[:16] == _HEADER and \
            int.from_bytes(head[68:72], "big") == APPLICATION_ID:
        return True
    if head[:16] != _HEADER and not (not head and Path(str(path) + "-wal").exists()):
        return False
    # The header may be newer in the write-ahead log than in the file: ask SQLite,
    # read-only.
    try:
        db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            return bool(db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID)
        finally:
            db.close()
    except sqlite3.Error:
        return False


def check_not_foreign(path: Path) -> None:
    """Raise ForeignFileError if ``path`` exists and is not a cache of ours."""
    if not path.exists() and not path.is_symlink():
        return
    if not path.is_file():
        raise ForeignFileError(path, "not a regular file")
    if not is_ours(path):
        raise ForeignFileError(path, "this file is not a Transcript Reader cache")


def problems(db: sqlite3.Connection, layout: Layout, full_check: bool) -> str | None:
    """What is wrong with an open cache, or None. ``full_check`` reads every page."""
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return "not made by this application"
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != layout.version:
        return f"schema version {version}, expected {layout.version}"
    for table, columns in layout.tables.items():
        found = {r[1] for r in db.execute(f"PRAGMA table_xinfo('{table}')")}
        if not found:
            return f"table {table} is missing"
        if not columns <= found:
            return f"table {table} lacks " + ", ".join(sorted(columns - found))
    if full_check:
        result = db.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            return f"damaged ({result})"
    return None


def _delete(path: Path) -> None:
    for extra in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + extra).unlink(missing_ok=True)


def open_disposable(path: Path | None, setup: Callable[[sqlite3.Connection], None],
                    what: str, layout: Layout, *, owned: bool = True,
                    full_check: bool = True, on_rebuild: Callable[[str], None] | None = None,
                    **connect: object) -> sqlite3.Connection:
    """Open (or create) a cache database. ``setup`` creates its tables on a new file.

    A cache that is damaged (``PRAGMA quick_check`` when ``full_check``), of another
    schema version, or lacks a table or a column is deleted and started afresh, and
    ``on_rebuild`` is told why. With ``owned`` False (a path the reader named) an existing
    file that is not one of our caches is refused with ForeignFileError, never touched.

    Never use this for user data: bookmarks are set aside instead (bookmarks.py)."""
    if path is not None:
        if not owned:
            check_not_foreign(path)
        if owned:  # in our cache folder (0700): created 0600 before SQLite opens it, and
            private_file(path)  # so its -wal and -shm files
        else:  # a path the reader named: their folder, their modes
            path.parent.mkdir(parents=True, exist_ok=True)

    def connect_() -> sqlite3.Connection:
        db: sqlite3.Connection = sqlite3.connect(
            str(path) if path else ":memory:", check_same_thread=False,
            **connect)  # type: ignore[call-overload]
        return db

    def create() -> sqlite3.Connection:
        db = connect_()
        try:
            new = db.execute("PRAGMA user_version").fetchone()[0] == 0 and not \
                db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
            if new:  # marked ours in the file itself, before the write-ahead log
                db.execute(f"PRAGMA application_id={APPLICATION_ID}")
                db.execute(f"PRAGMA user_version={layout.version}")
            db.execute("PRAGMA journal_mode=WAL")
            # A cache can lose its last transactions in a power cut without harm (it is
            # rebuilt): no sync on every commit.
            db.execute("PRAGMA synchronous=OFF")
            if new:
                setup(db)
            wrong = problems(db, layout, full_check and path is not None)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise _BrokenError(str(exc)) from None
        if wrong:
            db.close()
            raise _BrokenError(wrong)
        return db

    try:
        return create()
    except _BrokenError as exc:
        if path is None:
            raise sqlite3.DatabaseError(str(exc)) from None
        log.warning("%s %s unusable (%s); starting a new one", what, path, exc)
        _delete(path)
        db = create()
        if on_rebuild is not None:
            on_rebuild(str(exc))
        return db


class _BrokenError(Exception):
    pass
