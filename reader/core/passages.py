"""Where a bookmarked passage is, without the window: the bookmark's transcript is
re-parsed on demand (cached by path, size and modification time) and the anchor
resolved in it. Gives each bookmark's status and its passage link on the official site,
the same for the Bookmarks panel, the Markdown export and the command line."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reader.core.anchors import Anchor, FlatText, Point, resolve
from reader.core.errors import ParseError
from reader.core.masha import masha_link
from reader.core.model import Transcript


def _parse_file(path: str) -> Transcript:
    from reader.core.parse import parse_file  # loaded with the first passage looked up

    return parse_file(path)


class Status(StrEnum):
    """What became of a bookmark's passage."""

    OPEN = "open"  # in the transcript open in the window
    FOUND = "found"  # its file is there and the passage is in it
    FILE_MISSING = "file missing"  # the file is gone or cannot be read
    NOT_FOUND = "passage not found"  # the file is there, the passage is not


class TranscriptCache:
    """Parsed transcripts by path, re-parsed when the file's size or mtime changes.
    Thread-safe: the panel fills its Status column on a worker thread."""

    def __init__(self, capacity: int = 64,
                 parse: Callable[[str], Transcript] | None = None) -> None:
        self.capacity = capacity
        self._parse = parse or _parse_file
        self._items: OrderedDict[str, tuple[tuple[int, int], Transcript, FlatText]] = \
            OrderedDict()
        self._lock = threading.Lock()

    def get(self, path: str) -> Transcript:
        """The transcript of a file; raises ParseError when it is missing or unreadable."""
        return self.get_with_text(path)[0]

    def get_with_text(self, path: str) -> tuple[Transcript, FlatText]:
        """The transcript and its flat text (for resolving anchors), parsed once."""
        try:
            st = Path(path).stat()
        except OSError as exc:
            raise ParseError(path, f"cannot be read ({exc.strerror or exc})") from None
        key = (st.st_size, st.st_mtime_ns)
        with self._lock:
            hit = self._items.get(path)
            if hit is not None and hit[0] == key:
                self._items.move_to_end(path)
                return hit[1], hit[2]
        t = self._parse(path)
        flat = FlatText(t)
        with self._lock:
            self._items[path] = (key, t, flat)
            self._items.move_to_end(path)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)
        return t, flat


def belongs(anchor: Anchor, t: Transcript) -> bool:
    """The anchor names this transcript by one of its identities."""
    return (anchor.fingerprint == t.fingerprint() or anchor.path == t.source.path
            or (anchor.url is not None and anchor.url == t.source.url)
            or (anchor.title is not None and anchor.title == t.title
                and anchor.date == t.date))


@dataclass(frozen=True, slots=True)
class Located:
    """A bookmark's passage: its status, and where it is when it was found."""

    status: Status
    transcript: Transcript | None = None
    start: Point | None = None
    end: Point | None = None
    reason: str = ""

    @property
    def link(self) -> str | None:
        """The official page's link with the passage selected (MaSha), if it has one."""
        if self.transcript is None or self.start is None or self.end is None:
            return None
        return masha_link(self.transcript, self.start, self.end)


class Passages:
    """Locates bookmarks' passages. ``find`` may name another file for a bookmark whose
    file has moved (the window looks in its library); the default looks nowhere else."""

    def __init__(self, cache: TranscriptCache | None = None,
                 find: Callable[[Anchor], str | None] | None = None) -> None:
        self.cache = cache or TranscriptCache()
        self.find = find

    def locate(self, anchor: Anchor, open_transcript: Transcript | None = None) -> Located:
        if open_transcript is not None and belongs(anchor, open_transcript):
            where = resolve(open_transcript, anchor)
            if where is None:
                return Located(Status.NOT_FOUND, open_transcript)
            return Located(Status.OPEN, open_transcript, *where)
        path: str | None = anchor.path
        if not Path(anchor.path).is_file():
            path = self.find(anchor) if self.find is not None else None
        if path is None:
            return Located(Status.FILE_MISSING, reason=f"{anchor.path}: not found")
        try:
            t, flat = self.cache.get_with_text(path)
        except ParseError as exc:
            return Located(Status.FILE_MISSING, reason=str(exc))
        where = resolve(t, anchor, flat)
        if where is None:
            return Located(Status.NOT_FOUND, t)
        return Located(Status.FOUND, t, *where)

    def link(self, anchor: Anchor, open_transcript: Transcript | None = None) -> str | None:
        return self.locate(anchor, open_transcript).link
