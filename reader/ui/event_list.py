"""The event list: the library's events with filters that apply as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.date_range import ANY_DATE, DateRange
from reader.ui.keyboard import DownToList, PopupKeys
from reader.ui.library_model import LibraryModel, Role
from reader.ui.viewports import python_viewport

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar


class EventList(QWidget):
    """Filters above a month-grouped list of events; emits the file a user opens."""

    open_requested = Signal(str)

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event-list")
        self.model = model
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, place, speaker or tag"))
        self.filter_edit.setAccessibleName(self.tr("Filter events"))
        self.filter_edit.setClearButtonEnabled(True)
        self.dates = DateRange()
        self.date_from, self.date_to = self.dates.date_from, self.dates.date_to
        self.speaker_box = QComboBox()
        self.speaker_box.setObjectName("speaker-filter")
        self.speaker_box.setAccessibleName(self.tr("Speaker filter"))
        self.speaker_box.setEditable(True)
        self.speaker_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = self.speaker_box.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Any speaker"))
            edit.setAccessibleName(self.tr("Speaker filter"))
        # A surname or part of a name offers the names that contain it (Qt's completer
        # offers only those that begin with it).
        completer = self.speaker_box.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.view = QTreeView()
        python_viewport(self.view)  # (no class search by PySide6 before the first paint)
        self.view.setObjectName("events")
        self.view.setAccessibleName(self.tr("Events"))
        self.view.setAccessibleDescription(self.tr(
            "Events of the library by month. Enter opens the event's transcript."))
        self.view.setModel(model)
        # The title takes the room the list is given (never less than 20 characters: a
        # narrow list scrolls instead); the other columns keep theirs.
        self.view.header().setStretchLastSection(False)
        self.view.setColumnWidth(4, self.view.fontMetrics().horizontalAdvance(
            self.tr("page + text") + "MM"))
        self.view.viewport().installEventFilter(self)
        self.filter_edit.installEventFilter(self)
        self.view.header().sectionResized.connect(self._column_resized)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setExpandsOnDoubleClick(False)
        self._size_columns()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # quotes the filter
        self.status.setObjectName("event-count")
        # Made when a scan first has progress to show (a Qt class fewer to make before the
        # first paint).
        self.progress: QProgressBar | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.dates)
        layout.addWidget(self.speaker_box)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        self._bottom = bottom
        layout.addLayout(bottom)

        PopupKeys([self.speaker_box, self.date_from, self.date_to], self)
        DownToList(self.filter_edit, self.view)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.dates.changed.connect(self.apply_filter)
        self.dates.changed.connect(self.refresh_speakers)
        self.speaker_box.currentTextChanged.connect(self.apply_filter)
        self.view.activated.connect(self._activated)
        model.modelReset.connect(self._after_reset)
        model.rowsInserted.connect(self._rows_inserted)
        model.rowsRemoved.connect(self._show_count)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()  # the interface scale changed

    def _size_columns(self) -> None:
        """Column widths in characters of the current font, so a zoomed list keeps its
        dates whole."""
        fm = self.view.fontMetrics()
        em = fm.horizontalAdvance("M")
        self.view.setIndentation(em)
        self.view.setColumnWidth(0, fm.horizontalAdvance("2024-12-31") + 3 * em)
        self.view.setColumnWidth(1, 20 * em)
        self.view.setColumnWidth(2, 10 * em)
        self._fit_title()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        elif watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()  # Esc empties the filter, as a search field does
                return True
        return super().eventFilter(watched, event)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column != 1:
            self._fit_title()

    def _fit_title(self) -> None:
        header = self.view.header()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != 1)
        least = 20 * self.view.fontMetrics().horizontalAdvance("M")
        self.view.setColumnWidth(1, max(least, self.view.viewport().width() - others))

    def apply_filter(self) -> None:
        speaker = self.speaker_box.currentText().strip()
        speaker = speaker.rsplit(" (", 1)[0] if speaker.endswith(")") else speaker
        self.model.set_filter(self.filter_edit.text(), *self.dates.range(), speaker or None)

    def clear_filters(self) -> None:
        """Every event again: no text, any date, any speaker."""
        for w in (self.filter_edit, self.speaker_box, self.date_from, self.date_to):
            w.blockSignals(True)
        self.filter_edit.clear()
        self.speaker_box.setEditText("")
        self.date_from.setDate(ANY_DATE)
        self.date_to.setDate(ANY_DATE)
        for w in (self.filter_edit, self.speaker_box, self.date_from, self.date_to):
            w.blockSignals(False)
        self.apply_filter()

    def refresh_speakers(self) -> None:
        current = self.speaker_box.currentText()
        self.speaker_box.blockSignals(True)
        self.speaker_box.clear()
        self.speaker_box.addItem("")
        for name, n in self.model.speakers(*self.dates.range()):  # who speaks then
            self.speaker_box.addItem(f"{name} ({n})")
        self.speaker_box.setEditText(current)
        self.speaker_box.blockSignals(False)

    def _after_reset(self) -> None:
        self.view.expandAll()
        for g in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(g, QModelIndex(), True)
        self._show_count()

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """Events added while the list is read or followed: a new month opens and spans
        the row, as after a reset; the count follows."""
        if not parent.isValid():
            for g in range(first, last + 1):
                self.view.setFirstColumnSpanned(g, QModelIndex(), True)
                self.view.expand(self.model.index(g, 0))
        self._show_count()

    def _show_count(self) -> None:
        text = self.count_text(self.model.visible_count(), self.model.total_count())
        if self.model.by_file_name:
            text = self.tr("{count} — by file name: no title, place, speaker or tag has "
                           "“{text}”").format(count=text, text=self.filter_edit.text().strip())
        start, end = self.dates.range()
        if start and end and end < start:
            text = self.tr("{count} — the “to” date is before the “from” date").format(
                count=text)
        elif self.model.visible_count() == 0 and self.model.total_count() > 0:
            # An empty list says why, and how to see everything again.
            text = self.tr("{count} — none matches the filters: Clear Filters "
                           "(Ctrl+Shift+Backspace) shows them all").format(count=text)
        self.status.setText(text)

    def count_text(self, shown: int, total: int) -> str:
        """"5 events", or "2 of 5 events" while a filter hides some."""
        if shown == total:
            return self.tr("%Ln event(s)", "", total)
        return self.tr("{shown} of %Ln event(s)", "", total).format(
            shown=QLocale().toString(shown))

    def _activated(self, index: QModelIndex) -> None:
        path = index.data(Role.PATH)
        if path:
            self.open_requested.emit(str(path))

    def select_path(self, path: str) -> None:
        idx = self.model.index_of_path(path)
        if idx.isValid():
            self.view.setCurrentIndex(idx)
            self.view.scrollTo(idx)

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0 or done >= total:
            if self.progress is not None:
                self.progress.hide()
            return
        if self.progress is None:
            from PySide6.QtWidgets import QProgressBar

            self.progress = QProgressBar()
            self.progress.setObjectName("scan-progress")
            self.progress.setTextVisible(True)
            self._bottom.addWidget(self.progress)
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Reading {done} of {total}").format(
            done=QLocale().toString(done), total=QLocale().toString(total)))
        self.progress.show()
