"""The event list's model: events grouped by month, newest first, filtered as you type.

A thin adapter over :class:`reader.core.library.EventRecord`; filtering is plain Python
over precomputed casefolded text, so a keystroke at 35,000 events stays quick.
"""

from __future__ import annotations

from collections import Counter
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.library import EventRecord, month_of, sort_key
from reader.ui.list_model import header

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    PATH = Qt.ItemDataRole.UserRole + 1
    RECORD = Qt.ItemDataRole.UserRole + 2
    IS_MONTH = Qt.ItemDataRole.UserRole + 3


COLUMNS = ("Date", "Title", "Place", "Speakers · turns")


class _Key:
    """Sort key wrapper: newest first."""

    __slots__ = ("k", "rec")

    def __init__(self, rec: EventRecord) -> None:
        self.rec = rec
        self.k = sort_key(rec)

    def __lt__(self, other: _Key) -> bool:
        return self.k > other.k


def month_label(month: str) -> str:
    if not month:
        return "Undated"
    year, mon = month.split("-")
    return f"{QLocale().standaloneMonthName(int(mon))} {year}"


class LibraryModel(QAbstractItemModel):
    """Months (top level) and their events (children)."""

    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[_Key] = []
        self._by_path: dict[str, _Key] = {}
        self._groups: list[tuple[str, list[EventRecord]]] = []
        self._filter: tuple[str, str | None, str | None, str | None] = ("", None, None, None)
        # Parallel to _all, rebuilt when records change: what text filtering searches.
        self._hay: list[str] = []
        self._months: list[str] = []
        self._visible: list[int] = []

    # --- data in -------------------------------------------------------------------
    def add_records(self, records: list[EventRecord]) -> None:
        replaced = set()
        for rec in records:
            old = self._by_path.pop(rec.path, None)
            if old is not None:
                replaced.add(id(old))
            key = _Key(rec)
            self._all.append(key)
            self._by_path[rec.path] = key
        if replaced:
            self._all = [k for k in self._all if id(k) not in replaced]
        self._all.sort()  # Timsort: cheap on the already sorted bulk
        self._reindex()
        self._regroup()

    def remove_paths(self, paths: list[str]) -> None:
        gone = [self._by_path.pop(p) for p in paths if p in self._by_path]
        if gone:
            drop = {id(k) for k in gone}
            self._all = [k for k in self._all if id(k) not in drop]
            self._reindex()
            self._regroup()

    def clear(self) -> None:
        self._all, self._by_path = [], {}
        self._reindex()
        self._regroup()

    def _reindex(self) -> None:
        self._hay = [k.rec.haystack for k in self._all]
        self._months = [month_of(k.rec) for k in self._all]

    def set_filter(self, text: str = "", date_from: str | None = None,
                   date_to: str | None = None, speaker: str | None = None) -> None:
        new = (text.strip().casefold(), date_from or None, date_to or None, speaker or None)
        if new != self._filter:
            old = self._filter
            self._filter = new
            # Typing on narrows what is already shown: search only that.
            narrowing = new[1:] == old[1:] and new[0].startswith(old[0])
            self._regroup(narrowing)
            self.filter_changed.emit()

    def _regroup(self, narrowing: bool = False) -> None:
        text, dfrom, dto, speaker = self._filter
        candidates = self._visible if narrowing else range(len(self._all))
        hay = self._hay
        if text:
            candidates = [i for i in candidates if text in hay[i]]
        if dfrom or dto or speaker:
            candidates = [i for i in candidates
                          if self._all[i].rec.matches("", dfrom, dto, speaker)]
        self._visible = list(candidates)
        groups: list[tuple[str, list[EventRecord]]] = []
        current = None
        bucket: list[EventRecord] = []
        months, keys = self._months, self._all
        for i in self._visible:
            m = months[i]
            if m != current:
                bucket = []
                groups.append((m, bucket))
                current = m
            bucket.append(keys[i].rec)
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()

    # --- data out ------------------------------------------------------------------
    def records(self) -> list[EventRecord]:
        return [k.rec for k in self._all]

    def visible_paths(self) -> set[str]:
        return {self._all[i].rec.path for i in self._visible}

    def date_filter(self) -> tuple[str | None, str | None]:
        return self._filter[1], self._filter[2]

    def visible_count(self) -> int:
        return sum(len(g) for _, g in self._groups)

    def total_count(self) -> int:
        return len(self._all)

    def speakers(self) -> list[tuple[str, int]]:
        """Speaker names in the library with the number of events, most frequent first."""
        c: Counter[str] = Counter()
        for k in self._all:
            c.update(k.rec.speakers)
        return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))

    def index_of_path(self, path: str) -> QModelIndex:
        for g, (_, recs) in enumerate(self._groups):
            for r, rec in enumerate(recs):
                if rec.path == path:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    # --- QAbstractItemModel ----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        g = parent.row()
        if g >= len(self._groups) or row >= len(self._groups[g][1]):
            return QModelIndex()
        return self.createIndex(row, column, g + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header(COLUMNS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            month, recs = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{month_label(month)} ({len(recs)})"
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            if role == Role.IS_MONTH:
                return True
            return None
        rec = self._groups[index.internalId() - 1][1][index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return rec.date or ""
            if col == 1:
                return rec.display_title + (" — failed" if rec.failed else "")
            if col == 2:
                return rec.place or ""
            if col == 3:
                return "" if rec.failed else f"{len(rec.speakers)} · {rec.turns}"
        elif role == Qt.ItemDataRole.ToolTipRole:
            if rec.failed:
                return f"{rec.path}\nCould not be read: {rec.error}"
            return f"{rec.display_title}\n{rec.path}"
        elif role == Qt.ItemDataRole.ForegroundRole and rec.failed:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.palette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text)
        elif role == Role.PATH:
            return rec.path
        elif role == Role.RECORD:
            return rec
        elif role == Role.IS_MONTH:
            return False
        return None
