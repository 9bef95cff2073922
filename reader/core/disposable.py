"""SQLite files that are caches: rebuilt when broken, never trusted."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)


def open_disposable(path: Path | None, setup: Callable[[sqlite3.Connection], None],
                    what: str, **connect: object) -> sqlite3.Connection:
    """Open (or create) a cache database; a broken one is deleted and started afresh.

    Never use this for user data: bookmarks are set aside instead (bookmarks.py)."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)

    def attempt() -> sqlite3.Connection:
        db: sqlite3.Connection = sqlite3.connect(
            str(path) if path else ":memory:", check_same_thread=False,
            **connect)  # type: ignore[call-overload]
        try:
            db.execute("PRAGMA journal_mode=WAL")
            # A cache can lose its last transactions in a power cut without harm (it is
            # rebuilt): no sync on every commit.
            db.execute("PRAGMA synchronous=NORMAL")
            setup(db)
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    try:
        return attempt()
    except sqlite3.DatabaseError as exc:
        log.warning("%s %s unusable (%s); starting a new one", what, path, exc)
        if path is not None:
            for extra in ("", "-wal", "-shm"):
                Path(str(path) + extra).unlink(missing_ok=True)
        return attempt()
