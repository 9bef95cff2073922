"""The Bookmarks panel: every bookmark across transcripts, filtered, sorted, editable."""

from __future__ import annotations

from enum import IntEnum
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.bookmarks import COLOURS, Bookmark
from reader.ui.bookmark_controller import BookmarkController
from reader.ui.list_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Quote", "Speaker", "Event", "Date", "Note", "Status")
NOTE = 4


class BRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    COLOUR = Qt.ItemDataRole.UserRole + 2
    HAYSTACK = Qt.ItemDataRole.UserRole + 3
    CURRENT = Qt.ItemDataRole.UserRole + 4


class BookmarkModel(ListTableModel[Bookmark]):
    """A thin adapter over the controller's bookmarks."""

    columns = COLUMNS

    def __init__(self, controller: BookmarkController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        # Rows follow each change; only a reload (another window, an import) resets.
        controller.added.connect(self.append_items)
        controller.updated.connect(self._updated)
        controller.removed.connect(self._removed)
        controller.reloaded.connect(self.reload)
        controller.placed_changed.connect(self._statuses_changed)
        self.reload()

    def reload(self) -> None:
        self.set_items(self.controller.all())

    def _updated(self, b: Bookmark) -> None:
        row = next((i for i, x in enumerate(self.items) if x.id == b.id), None)
        if row is not None:
            self.replace_item(row, b)

    def _removed(self, ids: list[str]) -> None:
        gone = set(ids)
        self.remove_rows([i for i, x in enumerate(self.items) if x.id in gone])

    def _statuses_changed(self) -> None:
        if self.items:  # the Status column and "this transcript" filter
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1,
                                                                len(self.columns) - 1))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return f | Qt.ItemFlag.ItemIsEditable if index.column() == NOTE else f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        b = self.item(index)
        if b is None:
            return None
        a = b.anchor
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            quote = " ".join(a.quote.split())
            return (quote if len(quote) <= 120 else quote[:119] + "…", b.speaker or "",
                    a.title or a.path, a.date or "", b.note,
                    self.controller.status(b.id))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"“{' '.join(a.quote.split())}”\n{a.title or ''}\n{a.path}"
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QColor(SWATCH[b.colour] if b.colour in SWATCH else SWATCH["yellow"])
        if role == BRole.ID:
            return b.id
        if role == BRole.COLOUR:
            return b.colour
        if role == BRole.HAYSTACK:
            return " ".join((a.quote, b.note, b.speaker or "", a.title or "")).casefold()
        if role == BRole.CURRENT:
            return self.controller.status(b.id) != ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != NOTE:
            return False
        b = self.item(index)
        if b is None:
            return False
        self.controller.set_note(b.id, str(value))  # the row changes with `updated`
        return True


#: Swatches in the panel (the text highlight uses each scheme's own tones).
SWATCH = {"yellow": "#F2C200", "green": "#3FA34D", "blue": "#3A7BD5", "pink": "#D6407F",
          "orange": "#E67E22"}


class BookmarkFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.colour = ""
        self.current_only = False
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter(self, text: str, colour: str, current_only: bool) -> None:
        self.beginFilterChange()
        self.text, self.colour, self.current_only = text.casefold().strip(), colour, current_only
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        src = self.sourceModel()
        idx = src.index(row, 0, parent)
        if self.text and self.text not in str(idx.data(BRole.HAYSTACK)):
            return False
        if self.colour and idx.data(BRole.COLOUR) != self.colour:
            return False
        return not (self.current_only and not idx.data(BRole.CURRENT))


class BookmarkPanel(QWidget):
    """Filters above the list; double-click (or Enter) opens a bookmark's passage."""

    open_requested = Signal(str)
    copy_link_requested = Signal(str)
    reattach_requested = Signal(str)
    export_requested = Signal()
    import_requested = Signal()

    def __init__(self, controller: BookmarkController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarks")
        self.controller = controller
        self.model = BookmarkModel(controller, self)
        self.proxy = BookmarkFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter bookmarks: quote, note, speaker, event")
        self.filter_edit.setAccessibleName("Filter bookmarks")
        self.filter_edit.setClearButtonEnabled(True)
        self.colour_box = QComboBox()
        self.colour_box.setAccessibleName("Bookmark colour filter")
        self.colour_box.addItem("All colours", "")
        for c in COLOURS:
            self.colour_box.addItem(c.capitalize(), c)
        self.current_box = QCheckBox("This transcript")
        self.current_box.setAccessibleName("Only bookmarks of the open transcript")
        self.table = QTableView()
        self.table.setObjectName("bookmark-table")
        self.table.setAccessibleName("Bookmarks")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.export_button = QPushButton("Export…")
        self.import_button = QPushButton("Import…")
        self.delete_action = QAction("Delete Bookmark", self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.delete_action)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.colour_box)
        top.addWidget(self.current_box)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.filter_edit.textChanged.connect(self._refilter)
        self.colour_box.currentIndexChanged.connect(self._refilter)
        self.current_box.toggled.connect(self._refilter)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated.connect(self._double_clicked)
        self.table.customContextMenuRequested.connect(self._menu)
        self.delete_action.triggered.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_requested)
        self.import_button.clicked.connect(self.import_requested)

    def _refilter(self) -> None:
        self.proxy.set_filter(self.filter_edit.text(), str(self.colour_box.currentData()),
                              self.current_box.isChecked())

    def selected_ids(self) -> list[str]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [str(self.proxy.index(r, 0).data(BRole.ID)) for r in sorted(rows)]

    def edit_note(self, bookmark_id: str) -> None:
        """Select a bookmark and start editing its note (right after bookmarking)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, NOTE)
            if index.data(BRole.ID) == bookmark_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                self.table.edit(index)
                return

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.delete(ids)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == NOTE:
            return  # editing the note
        self.open_requested.emit(str(index.data(BRole.ID)))

    def _menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        bid = str(index.data(BRole.ID))
        menu = QMenu(self)
        menu.addAction("Open Passage", lambda: self.open_requested.emit(bid))
        menu.addAction("Edit Note", lambda: self.table.edit(index.siblingAtColumn(NOTE)))
        colours = menu.addMenu("Colour")
        for name in COLOURS:
            colours.addAction(name.capitalize(), partial(self.controller.set_colour, bid, name))
        menu.addAction("Copy Link to Passage", lambda: self.copy_link_requested.emit(bid))
        menu.addAction("Re-attach to Selection", lambda: self.reattach_requested.emit(bid))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
