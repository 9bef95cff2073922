"""The dialogue view: a transcript's turns, each speaker's name in that person's colour,
with a coloured stripe beside each turn as a second cue."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QFont,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit, QWidget

from reader.core.anchors import Point
from reader.core.model import Transcript
from reader.core.outline import citation
from reader.core.themes import FALLBACK, Theme
from reader.ui.document import MUTED_ROWS, Row, build_html, paragraph_count, stylesheet
from reader.ui.theming import PATTERNS, bookmark_format, find_format

#: Rows that show a transcript paragraph (and so can hold a bookmarked passage).
TEXT_ROWS = frozenset({"speech", "narration", "heading", "caption"})
#: Transcripts longer than this (in paragraphs) show their first HEAD_ROWS at once and
#: the rest right after that first paint.
PROGRESSIVE_ROWS = 300
HEAD_ROWS = 90
STRIPE = 6
GUTTER = 16



class DialogueView(QTextBrowser):
    """Shows one transcript. Text is selectable; links open nothing by themselves."""

    position_changed = Signal(int)  # first visible transcript block
    rendered = Signal()  # the whole transcript is in the document
    copied_with_citation = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialogue")
        self.setAccessibleName("Transcript text")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportMargins(GUTTER, 0, 0, 0)
        self.transcript: Transcript | None = None
        self.rows: list[Row] = []
        self.style_: Theme = FALLBACK
        self.show_captions = True
        self.reading_font = QFont(self.font())
        self.slots: dict[str, int | None] = {}
        self.highlight_speaker: str | None = None
        self._rendering = False
        self._head = False
        self._generation = 0
        #: The window's actions offered in the text's context menu (see set_context_actions).
        self._context_actions: list[QAction] = []
        #: Copy with Citation's text for the selection, set by the window (the chosen
        #: citation style); None copies the plain citation.
        self.citer: Callable[[], str | None] | None = None
        self._text_block: dict[tuple[int, int], int] = {}
        self._marks: list[tuple[Point, Point, str]] = []
        self._hits: list[tuple[Point, Point]] = []
        self._current_hit = -1
        # The reading position is reported once scrolling pauses, not on every pixel.
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(400)
        self._position_timer.timeout.connect(
            lambda: self.position_changed.emit(self.first_visible_block()))
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        # The page link opens in the user's browser when clicked (the reader itself makes
        # no network requests).
        self.anchorClicked.connect(QDesktopServices.openUrl)
        self.gutter = _Gutter(self)
        self.verticalScrollBar().valueChanged.connect(self.gutter.update)

    # --- content ---------------------------------------------------------------------
    def show_transcript(self, t: Transcript | None, slots: dict[str, int | None],
                        position: int = 0) -> None:
        """Show a transcript at a block (0: the top). A long one shows its beginning at
        once and completes right after that first paint."""
        self.transcript = t
        self.slots = slots
        self.highlight_speaker = None
        self._generation += 1
        if t is not None and position <= 0 and paragraph_count(t) > PROGRESSIVE_ROWS:
            self._render(head=True)
            QTimer.singleShot(0, partial(self._complete, self._generation))
            return
        self._render()
        if position > 0:
            self.scroll_to_block(position)
        else:
            self.verticalScrollBar().setValue(0)
        self.rendered.emit()

    def _complete(self, generation: int) -> None:
        if generation != self._generation or self.transcript is None:
            return  # another transcript was opened meanwhile
        at_top = self.verticalScrollBar().value() == 0
        cursor = self.textCursor()
        anchor, pos = cursor.anchor(), cursor.position()
        self._render(keep_position=not at_top)
        if at_top:
            self.verticalScrollBar().setValue(0)
        if anchor != pos or pos:
            c = QTextCursor(self.document())
            c.setPosition(min(anchor, self.document().characterCount() - 1))
            c.setPosition(min(pos, self.document().characterCount() - 1),
                          QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(c)
        self.rendered.emit()

    def ensure_complete(self) -> None:
        """Render the rest of a long transcript now (before jumping into it)."""
        if self._head and not self._rendering:
            self._complete(self._generation)

    @property
    def complete(self) -> bool:
        """The whole transcript is in the document (not only its beginning)."""
        return not self._head

    def set_view_style(self, style: Theme, show_captions: bool = True) -> None:
        """A new colour scheme or images setting. A scheme alone recolours the document
        in place (names, muted lines, markers); the images setting rebuilds it."""
        rebuild = show_captions != self.show_captions or not self.rows
        self.style_ = style
        self.show_captions = show_captions
        if rebuild:
            self._render(keep_position=True)
        else:
            self._recolour()
            self._apply_highlights()
            self.gutter.update()

    def _recolour(self) -> None:
        theme = self.style_
        doc = self.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        muted = QTextCharFormat()
        muted.setForeground(QColor(theme.muted))
        link = QTextCharFormat()
        link.setForeground(QColor(theme.colours["link"]))

        def paint(start: int, length: int, fmt: QTextCharFormat) -> None:
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

        block = doc.begin()
        while block.isValid():
            row = self.row_of(block)
            if row is None:
                pass
            elif row.kind in MUTED_ROWS:
                paint(block.position(), block.length() - 1, muted)
            elif row.kind == "link":
                paint(block.position(), block.length() - 1, link)
            elif row.turn_start:
                it = block.begin()
                name = QTextCharFormat()
                name.setForeground(QColor(self._name_colour(row)))
                if not it.atEnd():
                    frag = it.fragment()
                    paint(frag.position(), frag.length(), name)
                    it += 1
                    if not it.atEnd() and it.fragment().text().startswith(" ("):
                        paint(it.fragment().position(), it.fragment().length(), muted)
            block = block.next()
        cursor.endEditBlock()

    def _name_colour(self, row: Row) -> str:
        sp = self.transcript.speaker(row.speaker or "") if self.transcript else None
        return self.style_.speaker_colour(None if sp is None or sp.generic else row.slot)

    def set_reading_font(self, font: QFont) -> None:
        """Font, size or spacing: only the layout changes; the text is not rebuilt."""
        block = self.first_visible_block()
        self.reading_font = font
        self.document().setDefaultFont(font)
        if block:
            self.scroll_to_block(block)
        self.gutter.update()

    def _render(self, keep_position: bool = False, head: bool = False) -> None:
        block = self.first_visible_block() if keep_position else 0
        self._rendering = True
        self._head = head
        try:
            self._render_document(block, keep_position, head)
        finally:
            self._rendering = False

    def _render_document(self, block: int, keep_position: bool, head: bool) -> None:
        doc = QTextDocument(self)
        doc.setDocumentMargin(12)
        doc.setDefaultFont(self.reading_font)
        if self.transcript is None:
            self.rows = []
            doc.setHtml("")
        else:
            html, self.rows = build_html(self.transcript, self.style_, self.slots,
                                         self.show_captions, HEAD_ROWS if head else None)
            doc.setDefaultStyleSheet(stylesheet(self.style_))
            doc.setHtml(html)
            b = doc.begin()
            i = 0
            self._text_block = {}
            while b.isValid():
                b.setUserState(i)
                row = self.rows[i] if i < len(self.rows) else None
                if row is not None and row.block >= 0:
                    self._text_block[(row.block, row.paragraph)] = b.blockNumber()
                b = b.next()
                i += 1
        self.setDocument(doc)  # the previous document, our child, is deleted by Qt
        self._apply_highlights()
        if keep_position:
            self.scroll_to_block(block)
        self.gutter.update()

    # --- positions ---------------------------------------------------------------------
    def row_of(self, block: QTextBlock) -> Row | None:
        i = block.userState()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def text_block_for(self, transcript_block: int, paragraph: int = 0) -> QTextBlock:
        b = self.document().begin()
        while b.isValid():
            row = self.row_of(b)
            if row is not None and row.block == transcript_block and row.paragraph >= paragraph:
                return b
            if row is not None and row.block > transcript_block:
                return b
            b = b.next()
        return self.document().lastBlock()

    def scroll_to_block(self, transcript_block: int, paragraph: int = 0) -> None:
        """Scroll so that this transcript block is at the top of the view."""
        self.ensure_complete()
        tb = self.text_block_for(transcript_block, paragraph)
        layout = self.document().documentLayout()
        y = int(layout.blockBoundingRect(tb).top())
        self.verticalScrollBar().setValue(y)
        cursor = QTextCursor(tb)
        self.setTextCursor(cursor)

    def _first_block_at(self, y: int) -> QTextBlock:
        """The first text block whose bottom is below document y (layout order)."""
        layout = self.document().documentLayout()
        b = self.document().begin()
        while b.isValid():
            if layout.blockBoundingRect(b).bottom() > y:
                return b
            b = b.next()
        return self.document().lastBlock()

    def first_visible_block(self) -> int:
        b = self._first_block_at(self.verticalScrollBar().value() + 4)
        while b.isValid():
            row = self.row_of(b)
            if row is not None and row.block >= 0:
                return row.block
            b = b.next()
        return 0

    def _scrolled(self, _value: int) -> None:
        # A new document resets the scroll bar: that is not the reader moving.
        if self.transcript is not None and not self._rendering:
            self._position_timer.start()

    def turn_blocks(self, speaker: str | None = None) -> list[int]:
        """Transcript block indexes of turn starts (of one speaker, or all)."""
        self.ensure_complete()
        return [r.block for r in self.rows
                if r.turn_start and (speaker is None or r.speaker == speaker)]

    def highlight(self, speaker: str | None) -> None:
        """Bring out one speaker's turns (the others' stripes fade) and go to the first;
        None shows everyone again."""
        self.highlight_speaker = speaker
        self.gutter.update()
        if speaker is not None:
            blocks = self.turn_blocks(speaker)
            if blocks:
                self.scroll_to_block(blocks[0])

    def current_speaker(self) -> str | None:
        """The speaker chosen in the legend, else the one whose turn holds the cursor."""
        if self.highlight_speaker is not None:
            return self.highlight_speaker
        row = self.row_of(self.textCursor().block())
        return row.speaker if row is not None else None

    def go_to_turn(self, step: int, speaker: str | None = None) -> bool:
        """Next (+1) or previous (-1) turn: of this speaker, or any turn when None."""
        here = self.first_visible_block()
        blocks = self.turn_blocks(speaker)
        targets = [b for b in blocks if (b > here if step > 0 else b < here)]
        if not targets:
            return False
        self.scroll_to_block(targets[0] if step > 0 else targets[-1])
        return True

    # --- passages: selection <-> transcript points, highlights ---------------------------
    def _paragraph_row(self, block: QTextBlock, forward: bool) -> tuple[QTextBlock, Row] | None:
        while block.isValid():
            row = self.row_of(block)
            if row is not None and row.block >= 0 and row.kind in TEXT_ROWS:
                return block, row
            block = block.next() if forward else block.previous()
        return None

    def point_at(self, position: int, is_start: bool) -> Point | None:
        """The transcript point for a document position (names and headers skipped)."""
        block = self.document().findBlock(position)
        row = self.row_of(block)
        if row is None or row.block < 0 or row.kind not in TEXT_ROWS:
            found = self._paragraph_row(block, forward=is_start)
            if found is None:
                return None
            block, row = found
            offset = 0 if is_start else len(block.text()) - row.prefix
        else:
            offset = position - block.position() - row.prefix
        assert self.transcript is not None
        text = self.transcript.blocks[row.block].paragraphs[row.paragraph] \
            if self.transcript.blocks[row.block].paragraphs else ""
        return Point(row.block, row.paragraph, max(0, min(len(text), offset)))

    def selection_points(self) -> tuple[Point, Point] | None:
        c = self.textCursor()
        if self.transcript is None or not c.hasSelection():
            return None
        start = self.point_at(c.selectionStart(), True)
        end = self.point_at(c.selectionEnd(), False)
        if start is None or end is None or end <= start:
            return None
        return start, end

    def position_of(self, point: Point) -> int | None:
        number = self._text_block.get((point.block, point.paragraph))
        if number is None:
            return None
        block = self.document().findBlockByNumber(number)
        row = self.row_of(block)
        return block.position() + (row.prefix if row else 0) + point.offset

    def cursor_for(self, start: Point, end: Point) -> QTextCursor | None:
        a, b = self.position_of(start), self.position_of(end)
        if a is None or b is None:
            return None
        c = QTextCursor(self.document())
        c.setPosition(a)
        c.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        return c

    def set_marks(self, marks: list[tuple[Point, Point, str]]) -> None:
        """Bookmarked passages to highlight: (start, end, colour name)."""
        self._marks = marks
        self._apply_highlights()

    def set_find_hits(self, hits: list[tuple[Point, Point]], current: int) -> None:
        """Find results to highlight, the current one distinct; scrolls to it."""
        if hits:
            self.ensure_complete()
        self._hits, self._current_hit = hits, current
        self._apply_highlights()
        if 0 <= current < len(hits):
            c = self.cursor_for(*hits[current])
            if c is not None:
                self.setTextCursor(c)
                self.ensureCursorVisible()

    def _apply_highlights(self) -> None:
        selections = []
        for start, end, colour in self._marks:
            c = self.cursor_for(start, end)
            if c is None:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.cursor = c
            sel.format = bookmark_format(self.style_, colour)
            selections.append(sel)
        for i, (start, end) in enumerate(self._hits):
            c = self.cursor_for(start, end)
            if c is None:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.cursor = c
            sel.format = find_format(self.style_, current=i == self._current_hit)
            selections.append(sel)
        self.setExtraSelections(selections)

    def show_passage(self, start: Point, end: Point) -> None:
        """Scroll to a passage and select it."""
        self.ensure_complete()
        c = self.cursor_for(start, end)
        if c is None:
            return
        self.scroll_to_block(start.block, start.paragraph)
        self.setTextCursor(c)
        self.ensureCursorVisible()

    # --- copying -----------------------------------------------------------------------
    def selected_speaker(self) -> str | None:
        row = self.row_of(self.document().findBlock(self.textCursor().selectionStart()))
        return row.speaker if row is not None else None

    def copy_with_citation(self) -> None:
        if self.transcript is None or not self.textCursor().hasSelection():
            return
        out = self.citer() if self.citer is not None else None
        if out is None:
            text = self.textCursor().selection().toPlainText().strip()
            out = f"“{text}”\n— {citation(self.transcript, self.selected_speaker())}"
        QApplication.clipboard().setText(out)
        self.copied_with_citation.emit(out)

    def set_context_actions(self, actions: list[QAction]) -> None:
        """The window's commands (borrowed from its actions) that the context menu offers
        after the standard ones."""
        self._context_actions = list(actions)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._context_actions:
            menu.addSeparator()
            menu.addActions(self._context_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # --- stripes -------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.gutter.setGeometry(QRect(self.frameWidth(), self.frameWidth(), GUTTER,
                                       self.viewport().height()))

    def visible_rows(self) -> list[tuple[Row, int, int]]:
        """(row, top, bottom) in viewport pixels for the blocks on screen."""
        out = []
        layout = self.document().documentLayout()
        offset = self.verticalScrollBar().value()
        b = self._first_block_at(offset)
        height = self.viewport().height()
        while b.isValid():
            rect = layout.blockBoundingRect(b)
            top = int(rect.top()) - offset
            if top > height:
                break
            row = self.row_of(b)
            if row is not None:
                out.append((row, top, int(rect.bottom()) - offset))
            b = b.next()
        return out


class _Gutter(QWidget):
    """The margin left of the text where each turn's stripe is painted."""

    def __init__(self, view: DialogueView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("stripes")

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        style = self.view.style_
        p.fillRect(self.rect(), QColor(style.background))
        rows = self.view.visible_rows()
        for i, (row, top, block_bottom) in enumerate(rows):
            if row.kind != "speech" or row.speaker is None:
                continue
            # One unbroken stripe per turn: reach down to the next paragraph of the turn.
            same_turn = i + 1 < len(rows) and rows[i + 1][0].block == row.block
            bottom = rows[i + 1][1] if same_turn else block_bottom
            sp = self.view.transcript.speaker(row.speaker) if self.view.transcript else None
            if sp is None or sp.generic:
                colour = QColor(style.muted)
            else:
                colour = QColor(style.speaker_colour(row.slot))
            dim = self.view.highlight_speaker not in (None, row.speaker)
            if dim:
                colour.setAlpha(60)
            rect = QRect(GUTTER - STRIPE - 3, top, STRIPE, bottom - top)
            if style.two_colour and row.slot is not None:
                # Colour cannot tell speakers apart here: each slot has its own pattern.
                p.fillRect(rect, QBrush(colour, PATTERNS[row.slot % len(PATTERNS)]))
                p.setPen(colour)
                p.drawRect(rect.adjusted(0, 0, -1, -1))
            else:
                p.fillRect(rect, colour)
        p.end()
