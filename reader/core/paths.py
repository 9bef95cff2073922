"""Where the app keeps user data, computed without Qt so that the command line can find
the same bookmark database as the window (Qt's AppDataLocation for the app's names)."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

ORGANISATION = "transcript-reader"
APPLICATION = "transcript-reader"


def data_dir() -> Path:
    """The same folder as QStandardPaths.AppDataLocation for this application."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORGANISATION / APPLICATION


def cache_dir() -> Path:
    """The same folder as QStandardPaths.CacheLocation for this application."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / ORGANISATION / APPLICATION / "cache"
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / ORGANISATION / APPLICATION


def bundled_library() -> Path:
    """The sample library: beside the package in a checkout, inside it when installed."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "transcripts", here.parent / "transcripts"):
        if candidate.is_dir():
            return candidate
    return here.parent / "transcripts"


def bookmarks_path() -> Path:
    return data_dir() / "bookmarks.sqlite"


def private_dir(path: Path) -> Path:
    """Make ``path`` and any missing parents, the new ones readable by the user alone
    (0700); folders that exist are left as they are (they may be the user's own)."""
    missing = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made by another copy of the app meanwhile
        if os.name == "posix":
            folder.chmod(0o700)  # mkdir's mode is filtered by the umask
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty and readable by the user alone (0600) if it is missing; make
    an existing file of ours 0600 too (earlier versions left them 0644). Its folder is
    made with :func:`private_dir`. SQLite gives its -wal and -shm files the mode of the
    database, so creating the database this way covers them."""
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if os.name == "posix" and path.is_file() and path.stat().st_mode & 0o077:
            # Not ours to change (another owner, a read-only disk): still usable.
            with contextlib.suppress(OSError):
                path.chmod(0o600)
    else:
        os.close(fd)
    return path


def private_app_dir(path: Path) -> Path:
    """One of the app's own folders (data, cache, settings): made 0700, and made 0700
    again if an earlier version left it readable by others; the files in it (all ours:
    caches that SQLite made with the umask's mode, older bookmark files) made 0600."""
    private_dir(path)
    if os.name != "posix":
        return path
    with contextlib.suppress(OSError):
        if path.stat().st_uid != os.getuid():
            return path  # not ours after all: leave it as it is
        if path.stat().st_mode & 0o077:
            path.chmod(0o700)
        with os.scandir(path) as entries:
            for e in entries:
                with contextlib.suppress(OSError):
                    if e.is_file(follow_symlinks=False) and e.stat().st_mode & 0o077:
                        Path(e.path).chmod(0o600)
    return path
