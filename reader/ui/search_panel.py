"""Library search: passages across every transcript, with the hit marked in a snippet."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.search import Hit, SearchIndex
from reader.ui.date_range import DateRange
from reader.ui.list_model import ListTableModel
from reader.ui.worker import Worker

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Passage", "Speaker", "Event", "Date")
HTML_ROLE = Qt.ItemDataRole.UserRole + 1


class HitModel(ListTableModel[Hit]):
    columns = COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        h = self.item(index)
        if h is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (h.snippet.replace("«", "").replace("»", ""), h.speaker or "",
                    h.title or Path(h.path).name, h.date or "")[index.column()]
        if role == HTML_ROLE and index.column() == 0:
            return html.escape(h.snippet).replace("«", "<b><u>").replace("»", "</u></b>")
        if role == Qt.ItemDataRole.ToolTipRole:
            return h.text
        return None


class SnippetDelegate(QStyledItemDelegate):
    """Draws the snippet with its hits in bold and underlined."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(HTML_ROLE)
        if text is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(text)
        doc.setTextWidth(option.rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() * 3)


def _timed(query: Callable[[], list[Hit]]) -> tuple[list[Hit], float]:
    t0 = time.perf_counter()
    hits = query()
    return hits, (time.perf_counter() - t0) * 1000


class SearchPanel(QWidget):
    """Query, speaker and "events in the list" restrictions, and the results."""

    open_requested = Signal(object)  # Hit
    results_shown = Signal()

    def __init__(self, index_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library-search")
        self.index_path = index_path
        self._index: SearchIndex | None = None
        self.visible_paths: set[str] | None = None
        # Queries run on one thread of the panel's own (one SQLite connection, never
        # used by two threads at once); a slow first query does not freeze the window.
        self._worker = Worker("library-search", self)
        self._generation = 0
        self.date_range: tuple[str | None, str | None] = (None, None)
        self.query = QLineEdit()
        self.query.setObjectName("search-query")
        self.query.setPlaceholderText('Search the library: words, "a phrase", prefix*')
        self.query.setAccessibleName("Search the library")
        self.query.setClearButtonEnabled(True)
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText("Speaker")
        self.speaker.setAccessibleName("Only passages spoken by")
        self.dates = DateRange()
        self.in_list = QCheckBox("Only events in the list")
        self.in_list.setAccessibleName("Only events that pass the event list's filters")
        self.status = QLabel()
        self.status.setObjectName("search-status")
        self.model = HitModel(self)
        self.table = QTableView()
        self.table.setObjectName("search-results")
        self.table.setAccessibleName("Search results")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(0, SnippetDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 460)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.query, 3)
        top.addWidget(self.speaker, 1)
        top.addWidget(self.dates)
        top.addWidget(self.in_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.query.returnPressed.connect(self.run)
        self.speaker.returnPressed.connect(self.run)
        self.in_list.toggled.connect(self.run)
        self.dates.changed.connect(self.run)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex(self.index_path)
        return self._index

    def set_list_filter(self, paths: set[str], date_from: str | None,
                        date_to: str | None) -> None:
        """The event list's current filter, for "only events in the list"."""
        self.visible_paths = paths
        self.date_range = (date_from, date_to)

    def run(self) -> None:
        """Search on the panel's own thread; the newest query's results are shown
        (``results_shown``), older ones still running are dropped."""
        self._generation += 1
        text = self.query.text().strip()
        if not text:
            self._show(self._generation, [], 0.0)
            return
        restrict = self.in_list.isChecked()
        # Its own dates, narrowed further by the event list's when restricted to it.
        date_from, date_to = self.dates.range()
        if restrict:
            date_from = max(filter(None, (date_from, self.date_range[0])), default=None)
            date_to = min(filter(None, (date_to, self.date_range[1])), default=None)
        query = partial(self.index.search, text, speaker=self.speaker.text().strip() or None,
                        date_from=date_from, date_to=date_to,
                        paths=set(self.visible_paths) if restrict and self.visible_paths
                        is not None else None)
        self.status.setText("Searching…")
        self._worker.submit(partial(_timed, query), partial(self._shown, self._generation),
                            partial(self._failed, self._generation))

    def _shown(self, generation: int, result: tuple[list[Hit], float]) -> None:
        self._show(generation, *result)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.model.set_items([])
            self.status.setText(self.tr("Search failed: {0}").format(exc))
            self.results_shown.emit()

    def _show(self, generation: int, hits: list[Hit], ms: float) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        if not self.query.text().strip():
            self.model.set_items([])
            self.status.setText("")
            self.results_shown.emit()
            return
        self.model.set_items(hits)
        self.table.resizeRowsToContents()
        events = len({h.path for h in hits})
        self.status.setText(f"{len(hits)} passages in {events} events ({ms:.0f} ms)"
                            if hits else f"No passages found ({ms:.0f} ms)")
        self.results_shown.emit()

    def _activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.model.items):
            self.open_requested.emit(self.model.items[index.row()])
