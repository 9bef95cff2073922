"""The dialogue view: a transcript's turns, each speaker's name in that person's colour,
with a stripe beside each turn as a second cue. What it shows is a
:class:`reader.core.rendered.Rendered` value; this widget only puts it on screen and keeps
the reader's place. Its parts: the stripes (reader.ui.stripes), bookmarks and find hits
(``highlights``, reader.ui.highlights); moving by turns is reader.ui.turns, copying with
a citation reader.ui.cite_actions."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from reader.core.rendered import Rendered, Row, paragraph_count
from reader.core.themes import FALLBACK, Theme
from reader.ui.highlights import Highlights
from reader.ui.keyboard import give_access_keys
from reader.ui.stripes import GUTTER, Stripes, first_block_at
from reader.ui.viewports import python_viewport

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextBlock

    from reader.core.anchors import Point
    from reader.core.model import Transcript

#: Transcripts longer than this (in paragraphs) show their first HEAD_ROWS at once and
#: the rest right after that first paint.
PROGRESSIVE_ROWS = 300
HEAD_ROWS = 90


#: The fewest characters a line of the text keeps (three or four words).
MIN_LINE_CHARS = 20
#: The document's margin round the text, in pixels.
MARGIN = 12


class DialogueView(QTextBrowser):
    """Shows one transcript. Text is selectable; links open nothing by themselves."""

    position_changed = Signal(int)  # first visible transcript block
    rendered = Signal()  # the whole transcript is in the document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialogue")
        python_viewport(self)  # (no class search by PySide6 before the first paint)
        self.setAccessibleName(self.tr("Transcript text"))
        self.setOpenLinks(False)  # the page link opens in the user's browser (below)
        self.setUndoRedoEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportMargins(GUTTER, 0, 0, 0)
        self.transcript: Transcript | None = None
        self.view: Rendered | None = None  # what is shown, built once per transcript
        self._shown = 0  # rows in the document (fewer while a long one completes)
        self.style_: Theme = FALLBACK
        self.show_captions = True
        self.reading_font = QFont(self.font())
        self.slots: dict[str, int | None] = {}
        self.highlights = Highlights(self)
        self._rendering = False
        self._generation = 0
        #: The window's actions offered in the text's context menu (see set_context_actions).
        self._context_actions: list[QAction] = []
        # The reading position is reported once scrolling pauses, not on every pixel.
        self._position_timer = QTimer(self, singleShot=True, interval=400)
        self._position_timer.timeout.connect(
            lambda: self.position_changed.emit(self.first_visible_block()))
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.anchorClicked.connect(self._open_link)
        self.gutter = Stripes(self)

    def _open_link(self, url: QUrl) -> None:
        """Open the page link in the browser: only the site's pages (a file's link may
        say file:///… or javascript:…; such a link is shown as text, never opened)."""
        from reader.core.links import site_link

        if site_link(url.toString()) is not None:
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)

    # --- content -----------------------------------------------------------------------
    @property
    def rows(self) -> list[Row]:
        """The rows in the document now."""
        return self.view.rows[:self._shown] if self.view is not None else []

    @property
    def shown_rows(self) -> int:
        return self._shown

    @property
    def highlight_speaker(self) -> str | None:
        return self.gutter.highlight_speaker

    def show_transcript(self, t: Transcript | None, slots: dict[str, int | None],
                        position: int = 0) -> None:
        """Show a transcript at a block (0: the top). A long one shows its beginning at
        once and completes right after that first paint."""
        self.transcript, self.slots = t, slots
        self.gutter.highlight_speaker = None
        self._generation += 1
        self._build_view()
        if t is not None and position <= 0 and paragraph_count(t) > PROGRESSIVE_ROWS:
            self._render(rows=HEAD_ROWS)
            QTimer.singleShot(0, partial(self._complete, self._generation))
            return
        self._render()
        if position > 0:
            self.scroll_to_block(position)
        else:
            self.verticalScrollBar().setValue(0)
        self.rendered.emit()

    def _build_view(self) -> None:
        t = self.transcript
        if t is None:
            self.view = None
        else:
            from reader.core.library_records import shown_title  # (with a transcript)

            self.view = Rendered(
                t, self.slots, show_captions=self.show_captions,
                untitled=shown_title(None, t.source.path) or self.tr("Untitled transcript"))
        self.gutter.set_styles(self.style_, set(self.slots.values()) | {None})

    def _complete(self, generation: int) -> None:
        if generation != self._generation or self.transcript is None or self.complete:
            return  # another transcript was opened meanwhile, or a jump completed it
        at_top = self.verticalScrollBar().value() == 0
        cursor = self.textCursor()
        anchor, pos = cursor.anchor(), cursor.position()
        self._render(keep_position=not at_top)
        if at_top:
            self.verticalScrollBar().setValue(0)
        if anchor != pos or pos:  # the beginning's positions are the whole's
            c = QTextCursor(self.document())
            c.setPosition(anchor)
            c.setPosition(pos, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(c)
        self.rendered.emit()

    def ensure_complete(self) -> None:
        """Render the rest of a long transcript now (before jumping into it)."""
        if not self.complete and not self._rendering:
            self._complete(self._generation)

    @property
    def complete(self) -> bool:
        """The whole transcript is in the document (not only its beginning)."""
        return self.view is None or self._shown >= len(self.view)

    def set_view_style(self, style: Theme, show_captions: bool = True) -> None:
        """A new colour scheme or images setting. A scheme alone recolours the document
        in place (names, muted lines, markers); the images setting rebuilds it."""
        rebuild = show_captions != self.show_captions or self.view is None
        self.style_, self.show_captions = style, show_captions
        if rebuild:
            self._build_view()
            self._render(keep_position=True)
        else:
            self.gutter.set_styles(style, set(self.slots.values()) | {None})
            if self.view is not None:
                from reader.ui.document import recolour

                recolour(self.document(), self.rows, self.view.starts, style)
            self.highlights.apply()

    def set_reading_font(self, font: QFont) -> None:
        """Font, size or spacing: only the layout changes; the text is not rebuilt."""
        block = self.first_visible_block()
        self.reading_font = font
        self.document().setDefaultFont(font)
        # Lines of a few words at least, whatever the zoom and the window: the side panels
        # and the window's least width give way first (a narrow window at 200% had cut
        # the text to a letter or two a line).
        self.setMinimumWidth(QFontMetrics(font).averageCharWidth() * MIN_LINE_CHARS
                             + 2 * MARGIN + GUTTER + self.verticalScrollBar().sizeHint().width())
        if block:
            self.scroll_to_block(block)
        self.gutter.update()

    def _render(self, keep_position: bool = False, rows: int | None = None) -> None:
        block = self.first_visible_block() if keep_position else 0
        self._rendering = True
        try:
            doc = QTextDocument(self)
            doc.setDocumentMargin(MARGIN)
            doc.setDefaultFont(self.reading_font)
            all_rows = self.view.rows if self.view is not None else []
            self._shown = len(all_rows) if rows is None else min(rows, len(all_rows))
            if all_rows:  # (nothing to lay out before the first transcript)
                from reader.ui.document import build_html, stylesheet

                doc.setDefaultStyleSheet(stylesheet(self.style_))
                doc.setHtml(build_html(all_rows[:self._shown], self.style_))
            self.setDocument(doc)  # the previous document, our child, is deleted by Qt
            self.highlights.apply()
            if keep_position:
                self.scroll_to_block(block)
        finally:
            self._rendering = False
        self.gutter.update()

    # --- positions ---------------------------------------------------------------------
    def row_of(self, block: QTextBlock) -> Row | None:
        i = block.blockNumber()
        return self.view.rows[i] if self.view is not None and 0 <= i < self._shown else None

    def _text_block(self, transcript_block: int, paragraph: int) -> QTextBlock | None:
        self.ensure_complete()
        if self.view is None:
            return None
        return self.document().findBlockByNumber(self.view.row_for_block(transcript_block,
                                                                          paragraph))

    def block_top(self, transcript_block: int, paragraph: int = 0) -> int | None:
        """Where this transcript block starts, in the document's coordinates (the scroll
        bar's value that puts it at the top of the view)."""
        tb = self._text_block(transcript_block, paragraph)
        if tb is None:
            return None
        return int(self.document().documentLayout().blockBoundingRect(tb).top())

    def scroll_to_block(self, transcript_block: int, paragraph: int = 0) -> None:
        """Scroll so that this transcript block is at the top of the view."""
        tb = self._text_block(transcript_block, paragraph)
        if tb is None:
            return
        y = int(self.document().documentLayout().blockBoundingRect(tb).top())
        self.verticalScrollBar().setValue(y)
        self.setTextCursor(QTextCursor(tb))

    def top_place(self) -> tuple[int, int, int]:
        """The paragraph at the top of the view — transcript block, paragraph — and how
        many pixels of it are scrolled past: what a change of font, scheme, images or
        window size must keep (header rows: block -1)."""
        y = self.verticalScrollBar().value()
        block = first_block_at(self.document(), y + 1)
        top = int(self.document().documentLayout().blockBoundingRect(block).top())
        row = self.row_of(block)
        if row is None:
            return -1, max(block.blockNumber(), 0), max(y - top, 0)
        return row.block, row.paragraph, max(y - top, 0)

    def scroll_to_place(self, block: int, paragraph: int, offset: int = 0) -> None:
        """Put this paragraph at the top again, ``offset`` pixels into it (at most its
        height, which a new font changes)."""
        if self.view is None:
            return
        if block < 0:  # a header row: its number does not change
            number = paragraph
        else:
            self.ensure_complete()
            number = self.view.row_for_block(block, paragraph)
        if number >= self._shown:
            self.ensure_complete()
        tb = self.document().findBlockByNumber(number)
        if not tb.isValid():
            return
        rect = self.document().documentLayout().blockBoundingRect(tb)
        # Never past its end: a smaller font makes the paragraph shorter than the offset
        # kept, and the next one would then be read as the top (top_place looks a pixel in).
        inside = max(0, int(rect.height()) - 2)
        self.verticalScrollBar().setValue(int(rect.top()) + min(offset, inside))

    def first_visible_block(self) -> int:
        """The transcript block at the top of the view (0 in the header)."""
        if self.view is None:
            return 0
        i = first_block_at(self.document(), self.verticalScrollBar().value() + 4).blockNumber()
        return next((r.block for r in self.rows[max(i, 0):] if r.block >= 0), 0)

    def _scrolled(self, _value: int) -> None:
        # A new document resets the scroll bar: that is not the reader moving.
        if self.transcript is not None and not self._rendering:
            self._position_timer.start()

    # --- passages: selection <-> transcript points, highlights ---------------------------
    def selection_points(self) -> tuple[Point, Point] | None:
        """The selected passage as transcript points (names and headers left out)."""
        c = self.textCursor()
        if self.view is None or not c.hasSelection():
            return None
        start = self.view.point_at(c.selectionStart(), is_start=True)
        end = self.view.point_at(c.selectionEnd(), is_start=False)
        if start is None or end is None or end <= start:
            return None
        return start, end

    # --- context menu ---------------------------------------------------------------
    def set_context_actions(self, actions: list[QAction]) -> None:
        """The window's commands (borrowed from its actions) that the context menu offers
        after the standard ones."""
        self._context_actions = list(actions)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, at: QPoint) -> QMenu:
        """The menu for a point of the text on screen: Qt's entries for what is there (a
        link's), then the window's commands."""
        # Qt asks for a point of the document: the screen's point plus the scrolling (a
        # plain word of a scrolled text had offered the title's link).
        scrolled = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        menu = self.createStandardContextMenu(at + scrolled)
        if self._context_actions:
            menu.addSeparator()
            menu.addActions(self._context_actions)
        # Qt's own entries have none in some languages, or ours' keys.
        give_access_keys(menu, keep=self._context_actions)
        return menu
