"""Where the app keeps user data, computed without Qt so that the command line can find
the same bookmark database as the window (Qt's AppDataLocation for the app's names)."""

from __future__ import annotations

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
