"""Back and Forward between places visited by jumps (a bookmark, a search hit, the
outline, turn navigation), as a browser has them. Pure data: the window records a place
before each jump and asks for the previous or next one."""

from __future__ import annotations

from typing import NamedTuple

MAX_PLACES = 100


class Place(NamedTuple):
    """A transcript (by path) and the paragraph (document row) with an offset into it.
    The window uses the transcript block as ``row`` and ``paragraph`` for the paragraph
    within it (a document row moves when captions are shown or hidden)."""

    path: str
    row: int
    offset: int = 0
    paragraph: int = 0


class History:
    """A list of places and a cursor. ``visit`` drops what lay ahead (as after following a
    link in a browser); neighbouring duplicates are kept once."""

    def __init__(self, limit: int = MAX_PLACES) -> None:
        self._places: list[Place] = []
        self._at = -1
        self._limit = limit

    def visit(self, place: Place) -> None:
        """Record a place the reader is at (call before and after each jump)."""
        del self._places[self._at + 1:]
        if self._places and self._places[-1] == place:
            return
        self._places.append(place)
        if len(self._places) > self._limit:
            del self._places[0]
        self._at = len(self._places) - 1

    def current(self) -> Place | None:
        """The place the cursor is on (None while empty)."""
        return self._places[self._at] if self._places else None

    def can_go_back(self) -> bool:
        return self._at > 0

    def can_go_forward(self) -> bool:
        return self._at < len(self._places) - 1

    def back(self, here: Place | None = None) -> Place | None:
        """The place before the current one. ``here`` (where the reader scrolled to since
        the last jump) replaces the current entry, so Forward returns to it."""
        if not self.can_go_back():
            return None
        if here is not None:
            self._places[self._at] = here
        self._at -= 1
        return self._places[self._at]

    def forward(self, here: Place | None = None) -> Place | None:
        if not self.can_go_forward():
            return None
        if here is not None:
            self._places[self._at] = here
        self._at += 1
        return self._places[self._at]

    def forget(self, path: str) -> None:
        """Drop the places in a transcript that is gone; the cursor stays on the nearest
        remaining place at or before it (else the first)."""
        before = sum(1 for p in self._places[:self._at + 1] if p.path != path)
        self._places = [p for p in self._places if p.path != path]
        self._at = max(before - 1, 0) if self._places else -1
