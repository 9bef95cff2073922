"""What went wrong with a database, in words a reader understands.

SQLite reports a full disk, a lock held by another program, a read-only file and a
damaged file all as ``sqlite3.DatabaseError``; only the last is a reason to set a file
aside. :func:`problem` tells them apart by SQLite's own error code (the message text only
when there is no code), so that a healthy file is never taken for a broken one.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class Problem(Enum):
    DAMAGED = "damaged"
    FULL = "full"
    LOCKED = "locked"
    READ_ONLY = "read-only"
    PERMISSION = "permission"
    CANNOT_OPEN = "cannot-open"
    IO = "io"
    OTHER = "other"


# SQLite's primary result codes (the low byte of an extended code).
_CODES = {
    3: Problem.PERMISSION,  # SQLITE_PERM
    5: Problem.LOCKED,  # SQLITE_BUSY
    6: Problem.LOCKED,  # SQLITE_LOCKED
    8: Problem.READ_ONLY,  # SQLITE_READONLY
    10: Problem.IO,  # SQLITE_IOERR
    11: Problem.DAMAGED,  # SQLITE_CORRUPT
    13: Problem.FULL,  # SQLITE_FULL
    14: Problem.CANNOT_OPEN,  # SQLITE_CANTOPEN
    23: Problem.PERMISSION,  # SQLITE_AUTH
    26: Problem.DAMAGED,  # SQLITE_NOTADB
}
_WORDS = (
    ("disk is full", Problem.FULL),
    ("database is locked", Problem.LOCKED),
    ("database table is locked", Problem.LOCKED),
    ("readonly database", Problem.READ_ONLY),
    ("read-only", Problem.READ_ONLY),
    ("malformed", Problem.DAMAGED),
    ("not a database", Problem.DAMAGED),
    ("unable to open", Problem.CANNOT_OPEN),
    ("disk i/o error", Problem.IO),
)
_REASONS = {
    Problem.DAMAGED: "the file is damaged",
    Problem.FULL: "the disk is full",
    Problem.LOCKED: "another program keeps the file locked",
    Problem.READ_ONLY: "the file or its folder is read-only",
    Problem.PERMISSION: "permission denied",
    Problem.CANNOT_OPEN: "the file cannot be opened (no permission, or its folder is missing)",
    Problem.IO: "the disk reported an input/output error (full, removed or failing?)",
}


def problem(exc: BaseException) -> Problem:
    """The kind of a database or file-system error."""
    if isinstance(exc, PermissionError):
        return Problem.PERMISSION
    if isinstance(exc, OSError):
        import errno

        if exc.errno == errno.ENOSPC:
            return Problem.FULL
        if exc.errno == errno.EROFS:
            return Problem.READ_ONLY
        return Problem.IO
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _CODES:
        return _CODES[code & 0xFF]
    text = str(exc).lower()
    return next((kind for words, kind in _WORDS if words in text), Problem.OTHER)


def reason(exc: BaseException) -> str:
    """The reason in words, with SQLite's own message when it adds something."""
    kind = problem(exc)
    if kind is Problem.OTHER:
        return str(exc) or type(exc).__name__
    detail = getattr(exc, "strerror", None) or str(exc)
    words = _REASONS[kind]
    return words if not detail or detail.lower() in words else f"{words} ({detail})"


class StoreError(Exception):
    """The bookmark database cannot be used (or not as asked); the message names the file
    and the reason. ``kind`` says which :class:`Problem` it is."""

    def __init__(self, path: Path | str, why: str, kind: Problem = Problem.OTHER) -> None:
        super().__init__(f"{path}: {why}")
        self.path = str(path)
        self.reason = why
        self.kind = kind

    @classmethod
    def from_exception(cls, path: Path | str, exc: BaseException, doing: str = ""
                       ) -> StoreError:
        why = reason(exc)
        return cls(path, f"{doing}: {why}" if doing else why, problem(exc))


class StoreWriteError(StoreError):
    """A change was not saved; the store is as it was before the change."""
