"""Panels beside the dialogue: the speaker legend and the transcript's outline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidget,
    QTreeWidget,
    QWidget,
)

from reader.core.markup import rich_text_safe
from reader.core.themes import Theme
from reader.ui.stripes import speaker_swatch
from reader.ui.theming import look_description
from reader.ui.viewports import python_viewport
from reader.ui.wrapping import wrap_entries

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidgetItem, QTreeWidgetItem

    from reader.core.model import Transcript

SPEAKER_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 2


def share_text(locale: QLocale, share: float) -> str:
    """A speaker's share of the words: whole percents, a tenth under one percent ("0.4%");
    what rounds to 1% reads "1%" (it read "1.0%" beside another's "1%")."""
    percent = share * 100
    digits = 0 if percent >= 0.95 or percent == 0 else 1
    return locale.toString(percent, "f", digits) + "%"


class SpeakerLegend(QTreeWidget):
    """Colour, name, title, turns and share of words per speaker. Choosing a speaker
    highlights that speaker's turns; choosing it again clears the highlight."""

    speaker_chosen = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        python_viewport(self)  # (no class search by PySide6 before the first paint)
        self.setAccessibleName(self.tr("Speakers"))
        self.setAccessibleDescription(self.tr(
            "Each speaker's look, name, turns and share of words. Enter highlights the "
            "speaker's turns; Enter again clears the highlight."))
        self.setHeaderLabels([self.tr("Speaker"), self.tr("Turns"), self.tr("Words")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.itemClicked.connect(self._clicked)
        self._current: str | None = None

    def show_transcript(self, t: Transcript | None, slots: dict[str, int | None],
                        style: Theme) -> None:
        self.clear()
        self._current = None
        if t is None:
            return
        h = self.fontMetrics().height()
        self.setIconSize(QSize(2 * h, h))
        locale = QLocale()
        from PySide6.QtWidgets import QTreeWidgetItem

        from reader.core.outline import speaker_stats  # with the first transcript shown

        for st in speaker_stats(t):
            item = QTreeWidgetItem([
                st.name + (f" — {st.title}" if st.title else ""),
                locale.toString(st.turns),
                share_text(locale, st.share),
            ])
            item.setData(0, SPEAKER_ROLE, st.speaker_id)
            look = slots.get(st.speaker_id)
            item.setIcon(0, speaker_swatch(style, look, h))
            # Names and titles come from files: escaped, as tooltips read rich text.
            item.setToolTip(0, rich_text_safe(
                st.name + (f"\n{st.title}" if st.title else "")
                + "\n" + look_description(style, look) + "\n"
                + self.tr("Turns: {0} · words: {1}").format(item.text(1), item.text(2))))
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole,
                         look_description(style, look))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            self.addTopLevelItem(item)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Names first: when the panel is too narrow for a name beside the counts (a
        large font in a narrow panel), the counts step aside (they stay in the tooltip)."""
        fm = self.fontMetrics()
        room = self.viewport().width() - self.iconSize().width() - fm.height()
        counts = fm.horizontalAdvance(" 0000  00.0% ") + 2 * fm.averageCharWidth()
        narrow = room - counts < 12 * fm.averageCharWidth()
        for column in (1, 2):
            self.setColumnHidden(column, narrow)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        sid = item.data(0, SPEAKER_ROLE)
        self._current = None if sid == self._current else sid
        if self._current is None:
            self.clearSelection()
        self.speaker_chosen.emit(self._current)


class OutlineList(QListWidget):
    """Sections and, in news conferences, each question with who asked it."""

    block_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        python_viewport(self)
        self.setAccessibleName(self.tr("Outline"))
        self.setAccessibleDescription(self.tr(
            "Sections and questions of the transcript. Enter goes to one."))
        # Entries wrap to the panel's width: a question is read whole, never cut off
        # behind a horizontal scroll bar.
        wrap_entries(self)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def show_transcript(self, t: Transcript | None) -> None:
        self.clear()
        if t is None:
            return
        from PySide6.QtWidgets import QListWidgetItem

        from reader.core.outline import outline

        for entry in outline(t):
            text = (self.tr("Section {0}: {1}…").format(entry.section, entry.lead)
                    if entry.section else entry.text)
            item = QListWidgetItem(("    " * entry.level) + text)
            item.setData(BLOCK_ROLE, entry.block)
            item.setToolTip(rich_text_safe(text))
            self.addItem(item)
        if self.count() == 0:
            # Said, not left blank: the panel works, this transcript has no sections.
            none = QListWidgetItem(self.tr("No sections"))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(none)

    def _activated(self, item: QListWidgetItem) -> None:
        self.block_chosen.emit(int(item.data(BLOCK_ROLE)))

    def follow(self, block: int) -> None:
        """Mark the entry the reading is in (the last one at or before ``block``), in
        sight; not while the reader moves through the outline itself."""
        if self.hasFocus():
            return
        here = None
        for i in range(self.count()):
            item = self.item(i)
            at = item.data(BLOCK_ROLE) if item is not None else None
            if at is None or int(at) > block:
                break
            here = item
        if here is None:
            self.clearSelection()
            return
        self.setCurrentItem(here)
        self.scrollToItem(here)
