"""Bookmarked passages and find hits over the reading view's document, as Qt's extra
selections (they change nothing in the text itself)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from reader.core.anchors import Point
from reader.core.rendered import Rendered
from reader.core.themes import Theme
from reader.ui.theming import bookmark_format, find_format


def cursor_for(doc: QTextDocument, rendered: Rendered | None, shown: int,
               start: Point, end: Point) -> QTextCursor | None:
    """A cursor selecting a passage; None if either end is not in the document (a
    hidden caption, or past the part of a long transcript shown so far)."""
    if rendered is None:
        return None
    a, b = rendered.position_of(start), rendered.position_of(end)
    limit = rendered.starts[shown] if shown < len(rendered) else rendered.length
    if a is None or b is None or a >= limit or b >= limit:
        return None
    c = QTextCursor(doc)
    c.setPosition(a)
    c.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    return c


class Highlights:
    """The passages to mark: bookmarks (with their colour names) and find hits, one of
    them current."""

    def __init__(self) -> None:
        self.marks: list[tuple[Point, Point, str]] = []
        self.hits: list[tuple[Point, Point]] = []
        self.current = -1

    def selections(self, doc: QTextDocument, rendered: Rendered | None, shown: int,
                   theme: Theme) -> list[QTextEdit.ExtraSelection]:
        out = []
        wanted = [(s, e, bookmark_format(theme, colour)) for s, e, colour in self.marks]
        wanted += [(s, e, find_format(theme, current=i == self.current))
                   for i, (s, e) in enumerate(self.hits)]
        for start, end, fmt in wanted:
            c = cursor_for(doc, rendered, shown, start, end)
            if c is None:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.cursor = c
            sel.format = fmt
            out.append(sel)
        return out
