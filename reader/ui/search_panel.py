"""Library search: events across every transcript, each over its best passages."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from reader.core.search import Hit, Results, SearchIndex
from reader.ui.date_range import DateRange
from reader.ui.keyboard import DownToList
from reader.ui.search_results import ResultModel, ResultTree, Role
from reader.ui.worker import Worker

#: Events whose passages are shown at once (the others open on request).
EXPANDED = 5


def _timed(query: Callable[[], Results]) -> tuple[Results, float]:
    t0 = time.perf_counter()
    results = query()
    return results, (time.perf_counter() - t0) * 1000


class SearchPanel(QWidget):
    """Query, speaker, dates and "events in the list" restrictions, and the results:
    one row per event over its best passages."""

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
        self.query.setPlaceholderText(
            self.tr('Search the library: words, names, "a phrase", prefix*'))
        self.query.setAccessibleName(self.tr("Search the library"))
        self.query.setClearButtonEnabled(True)
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText(self.tr("Speaker"))
        self.speaker.setAccessibleName(
            self.tr("Only passages spoken by (alone: every turn of this person)"))
        self.dates = DateRange()
        self.in_list = QCheckBox(self.tr("Only events in the list"))
        self.in_list.setAccessibleName(self.tr("Only events that pass the event list's filters"))
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # it may name files
        self.notice.setObjectName("search-notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # errors quote the query
        self.status.setObjectName("search-status")
        self.model = ResultModel(self)
        self.table = ResultTree()
        self.table.setObjectName("search-results")
        self.table.setAccessibleName(self.tr("Search results: events and their passages"))
        self.table.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(self.query, 3)
        top.addWidget(self.speaker, 1)
        top.addWidget(self.dates)
        top.addWidget(self.in_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        DownToList(self.query, self.table)
        self.query.returnPressed.connect(self.run)
        self.speaker.returnPressed.connect(self.run)
        self.in_list.toggled.connect(self.run)
        self.dates.changed.connect(self.run)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            # The scanner checks every page at open; reading here only checks the schema,
            # so that the first query is answered at once.
            self._index = SearchIndex(self.index_path, full_check=False)
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
        who = self.speaker.text().strip() or None
        if not text and not who:
            self._show(self._generation, Results([]), 0.0)
            return
        restrict = self.in_list.isChecked()
        # Its own dates, narrowed further by the event list's when restricted to it.
        date_from, date_to = self.dates.range()
        if restrict:
            date_from = max(filter(None, (date_from, self.date_range[0])), default=None)
            date_to = min(filter(None, (date_to, self.date_range[1])), default=None)
        query = partial(self.index.search, text, speaker=who,
                        date_from=date_from, date_to=date_to,
                        paths=set(self.visible_paths) if restrict and self.visible_paths
                        is not None else None)
        self.status.setText(self.tr("Searching…"))
        self._worker.submit(partial(_timed, query), partial(self._shown, self._generation),
                            partial(self._failed, self._generation))

    def _shown(self, generation: int, result: tuple[Results, float]) -> None:
        self._show(generation, *result)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.model.set_events([])
            self.status.setText(self.tr("Search failed: {0}").format(exc))
            self.results_shown.emit()

    def _show(self, generation: int, results: Results, ms: float) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self.notice.setText(results.notice or "")
        self.notice.setVisible(bool(results.notice))
        if not self.query.text().strip() and not self.speaker.text().strip():
            self.model.set_events([])
            self.status.setText("")
            self.results_shown.emit()
            return
        self.model.set_events(results.events)
        for row in range(min(EXPANDED, len(results.events))):
            self.table.expand(self.model.index(row, 0))
        if results.events:
            events = self.tr("%n events", "", len(results.events))
            passages = self.tr("%n passages", "", results.passage_total)
            self.status.setText(self.tr("{0}, {1} ({2} ms)").format(
                events, passages, f"{ms:.0f}"))
        else:
            self.status.setText(self.tr("Nothing found ({0} ms)").format(f"{ms:.0f}"))
        self.results_shown.emit()

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(Role.HIT)
        if isinstance(hit, Hit):
            self.open_requested.emit(hit)
