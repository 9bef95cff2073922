"""The Bookmarks panel: every bookmark across transcripts, filtered, sorted, editable."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.bookmark_model import COLOURS, Bookmark
from reader.core.library_records import shown_date, shown_title
from reader.core.markup import rich_text_safe
from reader.core.passages import Passages, Status
from reader.ui.bookmark_controller import BookmarkController
from reader.ui.keyboard import PopupKeys, ShiftF10Menu, give_access_keys
from reader.ui.list_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Quote", "Speaker", "Event", "Date", "Note", "Status")
QUOTE, SPEAKER, EVENT, DATE, NOTE, STATUS = range(6)
# The panel shows this many rows when it first opens, fewer (never under FEWEST_ROWS) to
# keep it within a quarter of the window.
INITIAL_ROWS = 7
FEWEST_ROWS = 4


class BRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    COLOUR = Qt.ItemDataRole.UserRole + 2
    HAYSTACK = Qt.ItemDataRole.UserRole + 3
    CURRENT = Qt.ItemDataRole.UserRole + 4


class _Relay(QObject):
    done = Signal(int, dict)  # generation, bookmark id -> Status


class _StatusTask(QRunnable):
    """Locates bookmarks of transcripts that are not open (re-parsing their files)."""

    def __init__(self, generation: int, passages: Passages, marks: list[Bookmark],
                 relay: _Relay) -> None:
        super().__init__()
        self.generation, self.passages, self.marks, self.relay = \
            generation, passages, marks, relay

    def run(self) -> None:
        # One file after another, so that each is read once.
        found = {b.id: self.passages.locate(b.anchor).status
                 for b in sorted(self.marks, key=lambda m: m.anchor.path)}
        self.relay.done.emit(self.generation, found)


class BookmarkModel(ListTableModel[Bookmark]):
    """A thin adapter over the controller's bookmarks. The Status of bookmarks whose
    transcript is not open is found on a worker thread (their files are re-read)."""

    columns = COLUMNS
    #: Every row's Status is up to date (the worker's answer for the newest list came).
    statuses_found = Signal()

    def __init__(self, controller: BookmarkController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.statuses: dict[str, Status] = {}
        self._generation = 0
        # The pool first: children go in order, and its destructor waits for the task
        # before the relay it reports through is deleted.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._found)
        # Rows follow each change; only a reload (another window, an import) resets.
        controller.added.connect(self._added)
        controller.updated.connect(self._updated)
        controller.removed.connect(self._removed)
        controller.reloaded.connect(self.reload)
        controller.placed_changed.connect(self.refresh_statuses)
        self.reload()

    def reload(self) -> None:
        # Until the bookmark file is opened (after the window's first paint) the list is
        # empty; opening it reloads.
        self.set_items(self.controller.all() if self.controller.is_open else [])
        self.refresh_statuses()

    def _added(self, marks: list[Bookmark]) -> None:
        self.append_items(marks)
        self.refresh_statuses()

    def _updated(self, b: Bookmark) -> None:
        row = next((i for i, x in enumerate(self.items) if x.id == b.id), None)
        if row is not None:
            self.replace_item(row, b)

    def _removed(self, ids: list[str]) -> None:
        gone = set(ids)
        self.remove_rows([i for i, x in enumerate(self.items) if x.id in gone])

    def refresh_statuses(self) -> None:
        """Status of every row: at once for the open transcript's bookmarks, on the
        worker thread for the others (their files are read)."""
        old, self.statuses = self.statuses, {}
        elsewhere = []
        for b in self.items:
            placed = self.controller.placed_by_id(b.id)
            if placed is not None:
                self.statuses[b.id] = Status.NOT_FOUND if placed.orphaned else Status.OPEN
            else:
                elsewhere.append(b)
                if b.id in old and old[b.id] is not Status.OPEN:
                    self.statuses[b.id] = old[b.id]  # shown until the new answer comes
        self._generation += 1
        if elsewhere:
            self._pool.start(_StatusTask(self._generation, self.controller.passages,
                                         elsewhere, self._relay))
        self._status_column_changed()
        if not elsewhere:
            self.statuses_found.emit()

    def _status_column_changed(self) -> None:
        if self.items:  # Status, and the "This transcript" filter's role
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, STATUS))

    def _found(self, generation: int, found: dict[str, Status]) -> None:
        if generation != self._generation:
            return  # the list changed meanwhile; a newer task is on its way
        self.statuses.update(found)
        self._status_column_changed()
        self.statuses_found.emit()

    def status_text(self, bookmark_id: str) -> str:
        status = self.statuses.get(bookmark_id)
        if status is None:
            return self.tr("checking…")
        return {Status.OPEN: self.tr("open"), Status.FOUND: self.tr("found"),
                Status.FILE_MISSING: self.tr("file missing"),
                Status.NOT_FOUND: self.tr("passage not found")}[status]

    def status_explained(self, bookmark_id: str) -> str:
        """What a status means, for its tooltip."""
        status = self.statuses.get(bookmark_id)
        if status is None:
            return self.tr("Looking for the passage in its file")
        return {Status.OPEN: self.tr("The passage is in the transcript open now"),
                Status.FOUND: self.tr("The passage is in its file, which is not open now"),
                Status.FILE_MISSING: self.tr(
                    "The file is no longer where it was: open the bookmark to locate it or "
                    "to search the library for the event"),
                Status.NOT_FOUND: self.tr(
                    "The file is there but the passage is not in it (the transcript changed):"
                    " select the passage and choose Re-attach to Selection")}[status]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and section == STATUS:
            return self.tr("Where the passage is now: open, found (in its file), file "
                           "missing, or passage not found")
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (self.tr("Quote"), self.tr("Speaker"), self.tr("Event"), self.tr("Date"),
                      self.tr("Note"), self.tr("Status"))
            return titles[section] if 0 <= section < len(titles) else None
        return super().headerData(section, orientation, role)

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
                    shown_title(a.title, a.path) or "", shown_date(a.date, a.path) or "",
                    b.note, self.status_text(b.id))[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == STATUS:
            return self.status_explained(b.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Quote, title and path come from files: escaped, as tooltips read rich text.
            return rich_text_safe(f"“{' '.join(a.quote.split())}”\n{a.title or ''}\n{a.path}")
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QColor(SWATCH[b.colour] if b.colour in SWATCH else SWATCH["yellow"])
        if role == BRole.ID:
            return b.id
        if role == BRole.COLOUR:
            return b.colour
        if role == BRole.HAYSTACK:  # what the filter finds: what the row shows
            return " ".join((a.quote, b.note, b.speaker or "",
                             shown_title(a.title, a.path) or "")).casefold()
        if role == BRole.CURRENT:
            return self.controller.placed_by_id(b.id) is not None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != NOTE:
            return False
        b = self.item(index)
        if b is None:
            return False
        self.controller.set_note(b.id, str(value))  # the row changes with `updated`
        return True


# Swatches in the panel (the text highlight uses each scheme's own tones).
SWATCH = {"yellow": "#F2C200", "green": "#3FA34D", "blue": "#3A7BD5", "pink": "#D6407F",
          "orange": "#E67E22"}


def _reading_order(b: Bookmark) -> tuple[str, int, int, int, str]:
    s = b.anchor.start
    return b.anchor.path, s.block, s.paragraph, s.offset, b.created


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

    def lessThan(self, left: Index, right: Index) -> bool:
        """By the column's text; where that is the same (the bookmarks of one event under
        Date or Event, one speaker under Speaker), in the order the passages come in the
        transcript, whichever way the column sorts: a bookmark brought back by Undo returns
        to its place instead of the end."""
        a, b = str(left.data() or "").casefold(), str(right.data() or "").casefold()
        if a != b:
            return a < b
        src = self.sourceModel()
        if not isinstance(src, BookmarkModel):
            return left.row() < right.row()
        first, second = src.item(left), src.item(right)
        if first is None or second is None:
            return left.row() < right.row()
        ka, kb = _reading_order(first), _reading_order(second)
        return kb < ka if self.sortOrder() == Qt.SortOrder.DescendingOrder else ka < kb

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
        self.filter_edit.setPlaceholderText(
            self.tr("Filter bookmarks: quote, note, speaker, event"))
        self.filter_edit.setAccessibleName(self.tr("Filter bookmarks"))
        self.filter_edit.setClearButtonEnabled(True)
        self.colour_box = QComboBox()
        self.colour_box.setAccessibleName(self.tr("Bookmark colour filter"))
        self.colour_box.addItem(self.tr("All colours"), "")
        for c in COLOURS:
            self.colour_box.addItem(self.colour_name(c), c)
        self.current_box = QCheckBox(self.tr("This transcript"))
        self.current_box.setAccessibleName(self.tr("Only bookmarks of the open transcript"))
        self.table = QTableView()
        self.table.setObjectName("bookmark-table")
        self.table.setAccessibleName(self.tr("Bookmarks"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self._size_columns()
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.delete_action = QAction(self.tr("Delete Bookmark"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setStatusTip(self.tr("Delete the selected bookmarks (Undo Delete "
                                                "Bookmark brings them back)"))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.delete_action)

        # One row above the table: the rows get the panel's height.
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.colour_box)
        top.addWidget(self.current_box)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.model.modelReset.connect(self._fit_event)
        self.filter_edit.textChanged.connect(self._refilter)
        self.colour_box.currentIndexChanged.connect(self._refilter)
        self.current_box.toggled.connect(self._refilter)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated.connect(self._activated)
        self.table.customContextMenuRequested.connect(self._menu)
        ShiftF10Menu(self.table)
        PopupKeys([self.colour_box], self)  # Alt+Down opens it, as the key list says
        # F2 edits the note of the current row, whichever of its cells is current.
        self.note_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.table)
        self.note_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.note_key.activated.connect(self.edit_current_note)
        self.filter_edit.installEventFilter(self)  # Esc empties it, as in the event list
        self.delete_action.triggered.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_requested)
        self.import_button.clicked.connect(self.import_requested)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        return super().eventFilter(watched, event)

    def edit_current_note(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            note = self.proxy.index(current.row(), NOTE)
            self.table.setCurrentIndex(note)
            self.table.edit(note)

    def colour_name(self, colour: str) -> str:
        return {"yellow": self.tr("Yellow"), "green": self.tr("Green"), "blue": self.tr("Blue"),
                "pink": self.tr("Pink"), "orange": self.tr("Orange")}.get(colour, colour)

    def _size_columns(self) -> None:
        """Quote and Note share the spare width; the short columns fit their content;
        Event fits too, up to a limit (long titles show in full in the tooltip)."""
        head = self.table.horizontalHeader()
        mode = QHeaderView.ResizeMode
        for col in (SPEAKER, DATE, STATUS):
            head.setSectionResizeMode(col, mode.ResizeToContents)
        head.setSectionResizeMode(EVENT, mode.Interactive)
        head.setSectionResizeMode(QUOTE, mode.Stretch)
        head.setSectionResizeMode(NOTE, mode.Stretch)
        head.setStretchLastSection(False)
        self._fit_event()

    def _fit_event(self) -> None:
        chars = self.fontMetrics().averageCharWidth()
        widest = self.table.sizeHintForColumn(EVENT) if self.proxy.rowCount() else 0
        self.table.setColumnWidth(EVENT, max(12 * chars, min(widest + chars, 36 * chars)))

    def height_for(self, rows: int) -> int:
        """The panel's height that shows this many rows of the table."""
        top = max(self.filter_edit.sizeHint().height(), self.export_button.sizeHint().height())
        return (self.table.verticalHeader().defaultSectionSize() * rows
                + self.table.horizontalHeader().sizeHint().height()
                + 2 * self.table.frameWidth() + top + 16)

    def sizeHint(self) -> QSize:
        """Room for a few rows when the panel first opens (the user's size is restored
        after that)."""
        return QSize(super().sizeHint().width(), self.height_for(INITIAL_ROWS))

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
                # This row alone: the one bookmarked before must not stay selected too
                # (Delete would take both).
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                self.table.edit(index)
                return

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.delete(ids)

    def copy_citation(self, bookmark_id: str) -> str | None:
        """The bookmark's quote with its citation (the chosen style) on the clipboard."""
        b = next((m for m in self.model.items if m.id == bookmark_id), None)
        if b is None:
            return None
        from reader.core.export import bookmark_with_citation  # the export code when asked

        c = self.controller
        text = bookmark_with_citation(b, c.passages, c.citation_style, dt.date.today(),
                                      c.transcript)
        QApplication.clipboard().setText(text)
        return text

    def _activated(self, index: QModelIndex) -> None:
        """Enter opens the passage from any column (F2 edits the note); a double click
        on the note is for the note."""
        if index.column() == NOTE and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        self.open_requested.emit(str(index.data(BRole.ID)))

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
        menu.addAction(self.tr("Open Passage"), lambda: self.open_requested.emit(bid))
        menu.addAction(self.tr("Edit Note"), lambda: self.table.edit(index.siblingAtColumn(NOTE)))
        colours = menu.addMenu(self.tr("Colour"))
        for name in COLOURS:
            colours.addAction(self.colour_name(name),
                              partial(self.controller.set_colour, bid, name))
        menu.addAction(self.tr("Copy with Citation"), lambda: self.copy_citation(bid))
        menu.addAction(self.tr("Copy Link to Passage"), lambda: self.copy_link_requested.emit(bid))
        menu.addAction(self.tr("Re-attach to Selection"), lambda: self.reattach_requested.emit(bid))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        give_access_keys(menu)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
