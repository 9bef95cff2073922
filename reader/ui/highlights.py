"""Bookmarked passages and find hits over the reading view's document, as Qt's extra
selections (they change nothing in the text itself)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics, QTextCursor, QTextDocument
from PySide6.QtWidgets import QScrollBar, QTextEdit, QWidget

from reader.core.rendered import Rendered
from reader.core.themes import Theme
from reader.ui.theming import bookmark_format, find_format

if TYPE_CHECKING:
    from reader.core.anchors import Point


class _View(Protocol):
    """What highlighting needs of the reading view."""

    view: Rendered | None
    style_: Theme

    @property
    def shown_rows(self) -> int: ...
    def document(self) -> QTextDocument: ...
    def setExtraSelections(self, selections: list[QTextEdit.ExtraSelection]) -> None: ...
    def setTextCursor(self, cursor: QTextCursor) -> None: ...
    def ensureCursorVisible(self) -> None: ...
    def ensure_complete(self) -> None: ...
    def scroll_to_block(self, transcript_block: int, paragraph: int = 0) -> None: ...
    def cursorRect(self, cursor: QTextCursor) -> QRect: ...
    def viewport(self) -> QWidget: ...
    def verticalScrollBar(self) -> QScrollBar: ...


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
    """The passages marked in a view: bookmarks (with their colour names) and find
    hits, one of them current."""

    def __init__(self, view: _View) -> None:
        self._view = view
        self.marks: list[tuple[Point, Point, str]] = []
        self.hits: list[tuple[Point, Point]] = []
        self.current = -1

    def cursor_for(self, start: Point, end: Point) -> QTextCursor | None:
        v = self._view
        return cursor_for(v.document(), v.view, v.shown_rows, start, end)

    def set_marks(self, marks: list[tuple[Point, Point, str]]) -> None:
        self.marks = marks
        self.apply()

    def set_hits(self, hits: list[tuple[Point, Point]], current: int) -> None:
        """Find results, the current one distinct and scrolled to."""
        if hits:
            self._view.ensure_complete()
        self.hits, self.current = hits, current
        self.apply()
        if 0 <= current < len(hits):
            c = self.cursor_for(*hits[current])
            self._select(c)
            if c is not None:
                self._off_the_edges(c)

    def _off_the_edges(self, c: QTextCursor) -> None:
        """A match found by scrolling only as far as needed sat on the view's first or last
        line (just above the find bar): within three lines of an edge, it is brought to a
        third of the way down, with what comes before it in sight."""
        v = self._view
        r, height = v.cursorRect(c), v.viewport().height()
        margin = 3 * QFontMetrics(v.document().defaultFont()).height()  # the text's lines
        if height > 4 * margin and (r.top() < margin or r.bottom() > height - margin):
            bar = v.verticalScrollBar()
            bar.setValue(bar.value() + r.top() - height // 3)

    def show_passage(self, start: Point, end: Point) -> None:
        """Scroll to a passage and select it, with who says it in sight: from the start
        of its turn when the passage then fits in the view, else from a little above it."""
        self._view.ensure_complete()
        c = self.cursor_for(start, end)
        if c is not None:
            self._scroll_near(start, c)
            self._select(c)

    def _scroll_near(self, start: Point, c: QTextCursor) -> None:
        """Scroll to a passage (``c``, starting at ``start``) with who says it in sight:
        the start of its turn on top when the passage then fits in the view, else the
        passage a quarter of the view down."""
        v = self._view
        v.scroll_to_block(start.block, 0)
        if v.cursorRect(c).bottom() > v.viewport().height():
            v.scroll_to_block(start.block, start.paragraph)
            bar = v.verticalScrollBar()
            bar.setValue(bar.value() - v.viewport().height() // 4)

    def _select(self, c: QTextCursor | None) -> None:
        if c is not None:
            self._view.setTextCursor(c)
            self._view.ensureCursorVisible()

    def apply(self) -> None:
        """Put the marks and hits on the view's document as it is now."""
        theme = self._view.style_
        wanted = [(s, e, bookmark_format(theme, colour)) for s, e, colour in self.marks]
        wanted += [(s, e, find_format(theme, current=i == self.current))
                   for i, (s, e) in enumerate(self.hits)]
        out = []
        for start, end, fmt in wanted:
            c = self.cursor_for(start, end)
            if c is not None:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = c
                sel.format = fmt
                out.append(sel)
        self._view.setExtraSelections(out)
