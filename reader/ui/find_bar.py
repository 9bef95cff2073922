"""Find in transcript: every hit highlighted, the current one distinct, "3 of 17"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from reader.ui.dialogue import DialogueView
from reader.ui.theming import StackWhenZoomed

if TYPE_CHECKING:
    from reader.core.anchors import Point
    from reader.core.model import Transcript


class FindBar(QWidget):
    opened = Signal()  # shown (it was hidden)
    closed = Signal()

    def __init__(self, view: DialogueView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.view = view
        self.hits: list[tuple[Point, Point]] = []
        self.current = -1
        # Where finding starts from: the reader's place when the bar opened, then the
        # match Enter went to. Words that match nothing bring the text back there.
        self.origin: int | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("find-text")
        self.edit.setPlaceholderText(self.tr("Find in transcript"))
        self.edit.setAccessibleName(self.tr("Find in transcript"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("find-count")
        self.count.setMinimumWidth(90)
        self.speaker = QComboBox()
        self.speaker.setAccessibleName(self.tr("Only in the turns of"))
        # Long names give way to the words typed (zoomed in, the row is short of room).
        self.speaker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.speaker.setMinimumContentsLength(12)
        self.prev_button = QToolButton()
        self.prev_button.setText("▲")
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        words = QHBoxLayout()
        words.addWidget(QLabel(self.tr("Find:")))
        words.addWidget(self.edit, 1)
        words.addWidget(self.count)
        words.addWidget(self.prev_button)
        words.addWidget(self.next_button)
        who = QHBoxLayout()
        who.addWidget(QLabel(self.tr("in", "find: words in the turns of a speaker")))
        who.addWidget(self.speaker, 1)
        who.addWidget(self.close_button)
        # One row; two once the interface is zoomed (the words typed keep their room).
        self.rows = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.rows.setContentsMargins(4, 2, 4, 2)
        self.rows.addLayout(words, 3)
        self.rows.addLayout(who, 2)
        StackWhenZoomed(self, self.rows)
        self.edit.textChanged.connect(self.refresh)
        self.speaker.currentIndexChanged.connect(self.refresh)
        self.edit.returnPressed.connect(self.next)
        self.next_button.clicked.connect(self.next)
        self.prev_button.clicked.connect(self.previous)
        self.close_button.clicked.connect(self.close_bar)
        # Keys of the bar itself (they work while it has the focus); the window's
        # Keyboard Shortcuts list shows them with the window's own.
        self.close_action = self._key_action(
            self.tr("Close the Find Bar"), [QKeySequence(Qt.Key.Key_Escape)], self.close_bar)
        self.previous_action = self._key_action(
            self.tr("Previous Match"), [QKeySequence("Shift+Return"),
                                        QKeySequence("Shift+Enter")], self.previous)
        self.hide()

    def _key_action(self, text: str, keys: list[QKeySequence], slot: Callable[[], None]
                    ) -> QAction:
        a = QAction(text, self)
        a.setShortcuts(keys)
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.setStatusTip(self.tr("In the find bar"))
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def set_transcript(self, t: Transcript | None) -> None:
        self.origin = None  # another transcript: from where it opens
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem(self.tr("all turns"), None)
        if t is not None:
            for sp in t.speakers:
                self.speaker.addItem(sp.name, sp.id)
        self.speaker.blockSignals(False)
        self.refresh()

    def open_bar(self, text: str | None = None) -> None:
        if not self.isVisible():
            self.origin = self.view.first_visible_block()
            self.opened.emit()
        self.show()
        if text is not None and text != self.edit.text():
            self.edit.setText(text)  # finds it (textChanged)
        else:
            self.refresh()  # the words kept from last time are found again
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar; the text gets the focus with the current match selected, so that
        Shift+arrows, a bookmark or a link go on from it."""
        current = self.hits[self.current] if 0 <= self.current < len(self.hits) else None
        # The focus first: hidden with the focus in it, the bar would pass it on by Tab,
        # and the text, focused by Tab, puts its caret at the top of the view.
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.hide()
        self.hits, self.current = [], -1
        self.view.highlights.set_hits([], -1)
        c = self.view.highlights.cursor_for(*current) if current is not None else None
        if c is not None:
            self.view.setTextCursor(c)
        self.closed.emit()

    def refresh(self) -> None:
        t = self.view.transcript
        query = self.edit.text()
        if t is None or not query.strip() or not self.isVisible():
            self.hits, self.current = [], -1
            self.count.setText("")
            self.view.highlights.set_hits([], -1)
            return
        from reader.core.search import find_in_transcript  # with the first search

        self.hits = find_in_transcript(t, query, self.speaker.currentData())
        here = self.origin if self.origin is not None else self.view.first_visible_block()
        self.current = next((i for i, (s, _) in enumerate(self.hits) if s.block >= here),
                            0 if self.hits else -1)
        self._show()
        if not self.hits and self.origin is not None:
            self.view.scroll_to_block(self.origin)  # nothing found: back to the reader's place

    def show_current(self) -> None:
        self._show()

    def _show(self) -> None:
        n = len(self.hits)
        locale = QLocale()
        self.count.setText(self.tr("{current} of {total}").format(
            current=locale.toString(self.current + 1), total=locale.toString(n))
            if n else self.tr("No matches"))
        self.view.highlights.set_hits(self.hits, self.current)

    def next(self) -> None:
        if self.hits:
            self.current = (self.current + 1) % len(self.hits)
            self._moved()

    def previous(self) -> None:
        if self.hits:
            self.current = (self.current - 1) % len(self.hits)
            self._moved()

    def _moved(self) -> None:
        self.origin = self.hits[self.current][0].block  # finding goes on from here
        self._show()
