"""Item views whose entries wrap to the view's width. A QListView in list mode sizes its
items without a width, so its word wrap never takes effect; this delegate gives each
entry the height of its text wrapped to the viewport, and the view lays items out again
when it is resized (ResizeMode.Adjust)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

_PAD = 6  # above and below the text, so that wrapped entries do not touch


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = max(self._view.viewport().width() - 2 * self._view.spacing() - 8, 40)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, rect.height() + _PAD)


def wrap_entries(view: QListView) -> None:
    """Make the entries of ``view`` wrap to its width (no horizontal scrolling)."""
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setItemDelegate(WrappingDelegate(view))
