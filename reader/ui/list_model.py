"""A table model over a Python list: the rows, named columns and their headers."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


def header(columns: tuple[str, ...], section: int, orientation: Qt.Orientation,
           role: int, context: str = "") -> Any:
    """The horizontal header text of a column (shared by every model of ours), in the
    interface language when the model names the translation ``context`` of its
    columns (marked with QT_TRANSLATE_NOOP)."""
    if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
            and 0 <= section < len(columns):
        text = columns[section]
        return QCoreApplication.translate(context, text) if context else text
    return None


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Rows are ``self.items``; subclasses give ``columns`` and ``data``."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[T] = []

    def set_items(self, items: list[T]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def append_items(self, items: list[T]) -> None:
        """New rows at the end (no reset: selection and scroll stay)."""
        if items:
            n = len(self.items)
            self.beginInsertRows(QModelIndex(), n, n + len(items) - 1)
            self.items.extend(items)
            self.endInsertRows()

    def replace_item(self, row: int, item: T) -> None:
        """One row's data changed."""
        self.items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def remove_rows(self, rows: list[int]) -> None:
        """Remove these rows, each run of neighbours at once (bottom up, so that the
        row numbers still to remove stay right)."""
        for first, last in reversed(_runs(sorted(set(rows)))):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self.items[first:last + 1]
            self.endRemoveRows()

    def item(self, index: Index) -> T | None:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        return self.items[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header(self.columns, section, orientation, role)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of neighbours."""
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and runs[-1][1] == r - 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs
