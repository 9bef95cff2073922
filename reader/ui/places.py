"""The place left in a transcript and the way back to places visited by jumps.

A place is the paragraph at the top of the reading view and the character offset of the
top line in it — not a scroll value, which changes with the window's width and the font.
:class:`PlaceKeeper` holds the reader's place while the view is resized or laid out again
(the window's first show, a panel opened, the progressive first paint), and
:class:`Navigator` keeps Back / Forward over :class:`reader.core.history.History`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QTextBlock, QTextCursor

from reader.core.history import History, Place
from reader.settings import ReadingPlace
from reader.ui.controller import ReaderController
from reader.ui.dialogue import DialogueView


def _line_top(block: QTextBlock, offset: int) -> float:
    """Document y of the line holding character ``offset`` of a text block."""
    layout = block.layout()
    line = layout.lineForTextPosition(offset) if offset > 0 else None
    if line is None or not line.isValid():
        return float(block.layout().position().y()) if offset > 0 else -1.0
    return float(layout.position().y() + line.y())


def top_place(view: DialogueView) -> ReadingPlace:
    """The transcript paragraph at the top of the view and the offset of its top line
    (block -1: one of the header lines above the transcript's first block)."""
    doc = view.document()
    top = view.verticalScrollBar().value()
    layout = doc.documentLayout()
    b = view.cursorForPosition(QPoint(4, 1)).block()
    rect = layout.blockBoundingRect(b)
    if not (rect.top() <= top + 1 < rect.bottom()):
        # The hit test can answer before the text is laid out (right after a new
        # document): walk from the beginning instead, laying out only up to the top.
        b = doc.begin()
        while b.isValid() and layout.blockBoundingRect(b).bottom() <= top + 1:
            b = b.next()
    offset = 0
    if b.isValid():
        lay = b.layout()
        y0 = lay.position().y()
        for i in range(lay.lineCount()):
            line = lay.lineAt(i)
            if y0 + line.y() + line.height() > top + 1:
                offset = line.textStart()
                break
    while b.isValid():
        row = view.row_of(b)
        if row is not None:  # header rows (title, dateline, lead) have block -1
            return ReadingPlace(row.block, max(row.paragraph, 0), offset)
        b, offset = b.next(), 0
    return ReadingPlace(-1, 0, 0)


def text_block_of(view: DialogueView, place: ReadingPlace) -> QTextBlock:
    """The view's text block showing the place's paragraph (or the next one shown)."""
    b = view.document().begin()
    while b.isValid():
        row = view.row_of(b)
        if row is not None and (row.block > place.block or (
                row.block == place.block and row.paragraph >= place.paragraph)):
            return b
        b = b.next()
    return view.document().lastBlock()


def go_to_place(view: DialogueView, place: ReadingPlace, caret: bool = True) -> None:
    """Scroll so that the place's line is the top line of the view, and (``caret``) put
    the caret there; kept where it is when only the view's size changed."""
    view.ensure_complete()
    b = text_block_of(view, place)
    row = view.row_of(b)
    exact = row is not None and (row.block, row.paragraph) == (place.block, place.paragraph)
    offset = min(place.offset, max(b.length() - 1, 0)) if exact else 0
    if caret:
        cursor = QTextCursor(b)
        cursor.setPosition(b.position() + offset)
        view.setTextCursor(cursor)
    y = _line_top(b, offset) if offset else -1.0
    if y < 0:  # the paragraph's top; the first one with the page's margin above it
        first = b.blockNumber() == 0
        y = 0.0 if first else view.document().documentLayout().blockBoundingRect(b).top()
    view.verticalScrollBar().setValue(round(y))


class PlaceKeeper(QObject):
    """Keeps the reader's place when the view changes size: the paragraph at the top
    stays at the top (a scroll value alone would land elsewhere once lines re-wrap)."""

    def __init__(self, view: DialogueView) -> None:
        super().__init__(view)
        self.view = view
        self.place: ReadingPlace | None = None
        self._holding = False
        view.viewport().installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        view.rendered.connect(self._reapply)
        self._track = QTimer(self)
        self._track.setSingleShot(True)
        self._track.setInterval(0)
        self._track.timeout.connect(self._take_place)

    def go_to(self, place: ReadingPlace | None) -> None:
        """Show this place (None: take the place the view shows now)."""
        self._track.stop()
        self.place = place
        if place is not None:
            self._apply()
        elif self.view.transcript is not None:
            self.place = top_place(self.view)

    def moved(self) -> None:
        """A jump moved the view: where it shows now is the place to keep, even while a
        change of size is being held (that would put the old place back)."""
        self._track.stop()
        if self.view.transcript is not None:
            self.place = top_place(self.view)

    def forget(self) -> None:
        """No place kept (another transcript is about to be shown)."""
        self._track.stop()
        self.place = None

    def current(self) -> ReadingPlace:
        """The place now (what is saved and what Back returns to)."""
        if self._track.isActive():
            self._track.stop()
            self._take_place()
        return self.place if self.place is not None else top_place(self.view)

    def _apply(self, caret: bool = True) -> None:
        if self.place is None or self.view.transcript is None:
            return
        self._holding = True
        try:
            go_to_place(self.view, self.place, caret)
        finally:
            self._holding = False

    def _scrolled(self, _value: int) -> None:
        # The reader moved (or a jump did): that is the place to keep from now on. It is
        # read once the event is handled: a scroll caused by a new document or a resize
        # comes while the text is still being laid out.
        if not self._holding and self.view.transcript is not None:
            self._track.start()

    def _take_place(self) -> None:
        if not self._holding and self.view.transcript is not None:
            self.place = top_place(self.view)

    def _reapply(self) -> None:
        if self.place is not None:
            self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._track.isActive():
            # The reader scrolled just before: the place is read now, while the text
            # still has its old layout (the view lays it out again after this filter).
            self._track.stop()
            self._take_place()
        if event.type() == QEvent.Type.Resize and self.place is not None:
            # The text re-wraps in the view's own handling of this event: hold the place
            # until then and put it back right after.
            self._holding = True
            QTimer.singleShot(0, self._release)
        return False

    def _release(self) -> None:
        self._holding = False
        self._track.stop()
        # The same text in another size: the caret and the selection stay (a passage
        # selected, a match found, must not jump to the top of the view).
        self._apply(caret=False)


class Navigator(QObject):
    """Back and Forward between places visited by jumps. The window calls :meth:`jump`
    around each jump (bookmark, search hit, outline, turn navigation)."""

    availability_changed = Signal(bool, bool)  # can go back, can go forward

    def __init__(self, controller: ReaderController, keeper: PlaceKeeper,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.keeper = keeper
        self.history = History()
        # Left by other means than a jump (finding words) and not arrived yet: where the
        # reader is now is a place of its own, not a change of the place they left.
        self._away = False

    def here(self) -> Place | None:
        path = self.controller.current_path
        if path is None or self.controller.current is None:
            return None
        p = self.keeper.current()
        return Place(path, p.block, p.offset, p.paragraph)

    def jump(self, go: Callable[[], Any]) -> None:
        """Record where the reader is, jump, and record where the jump led. A jump that
        opens another transcript records its arrival once it is shown."""
        self.leaving()
        go()
        self.arrived()

    def leaving(self) -> None:
        """Where the reader is: a place Back returns to (before a jump, or before they
        move by other means, finding words); :meth:`arrived` records where they end up."""
        before = self.here()
        if before is not None:
            self.history.visit(before)
            self._away = True
            self._changed()

    def arrived(self) -> None:
        """Record where a jump led (called again when a jump into a big transcript has
        shown it, off the GUI thread)."""
        self.keeper.moved()
        self._away = False
        there = self.here()
        if there is not None:
            self.history.visit(there)
        self._changed()

    def _here_for_step(self) -> Place | None:
        """Where the reader is, to replace the history's current entry; a transcript
        reached since (a jump still opening then) becomes an entry of its own."""
        here, current = self.here(), self.history.current()
        if here is not None and current is not None and (
                here.path != current.path or (self._away and here != current)):
            # (Back while the find bar is open: Back returns to where finding started.)
            self.history.visit(here)
        self._away = False
        return here

    def back(self) -> None:
        self._go(self.history.back(self._here_for_step()))

    def forward(self) -> None:
        self._go(self.history.forward(self._here_for_step()))

    def forget(self, path: str) -> None:
        self.history.forget(path)
        self._changed()

    def _go(self, place: Place | None) -> None:
        self._changed()
        if place is None:
            return
        target = ReadingPlace(place.row, place.paragraph, place.offset)
        if self.controller.current_path == place.path:
            self.keeper.go_to(target)
        elif not self.controller.open_path(place.path,
                                           then=lambda: self.keeper.go_to(target)):
            self.forget(place.path)

    def _changed(self) -> None:
        self.availability_changed.emit(self.history.can_go_back(),
                                       self.history.can_go_forward())
