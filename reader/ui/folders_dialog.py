"""Library > Manage Folders: the folders of the library and the files opened from
elsewhere, with Add Folder, Remove and Show in File Manager. Changes apply at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.markup import rich_text_safe
from reader.ui import file_dialogs
from reader.ui.library_folders import LibraryFolders

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldersDialog(QDialog):
    def __init__(self, library: LibraryFolders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setObjectName("folders-dialog")
        self.setWindowTitle(self.tr("Library Folders"))
        self.resize(640, 420)
        intro = QLabel(self.tr("The event list shows the transcripts in these folders "
                               "(and their subfolders) and the files you opened from "
                               "elsewhere. Removing one leaves the files on disk."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("library-folders")
        self.list.setAccessibleName(self.tr("Library folders and opened files"))
        self.add_button = QPushButton(self.tr("&Add Folder…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Take it out of the library (Delete); the files "
                                              "stay on disk"))
        self.show_button = QPushButton(self.tr("&Show in File Manager"))
        # A removal is undone here, not confirmed first: Delete on the wrong row costs one
        # key, and the files never leave the disk.
        self.undo_button = QPushButton(self.tr("&Undo Remove"))
        self.undo_button.setEnabled(False)
        self.removed_label = QLabel()
        self.removed_label.setTextFormat(Qt.TextFormat.PlainText)  # it names a folder
        self.removed_label.setWordWrap(True)
        self._removed: list[tuple[str, bool]] = []  # (path, was a folder)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.show_button, self.undo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.removed_label)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.show_button.clicked.connect(self.show_selected)
        self.undo_button.clicked.connect(self.undo_remove)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.list.itemActivated.connect(lambda _i: self.show_selected())
        self.list.installEventFilter(self)  # Delete removes the selected entry
        library.changed.connect(self.refresh)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress \
                and event.matches(QKeySequence.StandardKey.Delete):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        self.list.clear()
        self._section(self.tr("Folders"), self.library.folders(), self.tr("No folders"))
        self._section(self.tr("Opened files"), self.library.opened_files(),
                      self.tr("No files opened from elsewhere"))
        first = next((i for i in range(self.list.count())
                      if self.list.item(i).data(PATH_ROLE)), None)
        if first is not None:
            self.list.setCurrentRow(first)
        self._enable()

    def _section(self, title: str, paths: list[str], empty: str) -> None:
        head = QListWidgetItem(title)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(head)
        for p in paths:
            missing = not Path(p).exists()
            text = self.tr("{path} (missing)").format(path=p) if missing else p
            item = QListWidgetItem("    " + text)
            item.setData(PATH_ROLE, p)
            item.setToolTip(rich_text_safe(p))  # a folder name may hold markup
            self.list.addItem(item)
        if not paths:
            none = QListWidgetItem("    " + empty)
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(none)

    def paths(self) -> list[str]:
        """Folders and files listed, in order."""
        return [str(self.list.item(i).data(PATH_ROLE)) for i in range(self.list.count())
                if self.list.item(i).data(PATH_ROLE)]

    def selected_path(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(PATH_ROLE) if item is not None else None
        return str(value) if value else None

    def _enable(self) -> None:
        path = self.selected_path()
        self.remove_button.setEnabled(path is not None)
        self.show_button.setEnabled(path is not None and Path(path).exists())

    def add_folder(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Add a folder to the library"))
        if folder:
            self.library.add([folder])

    def remove_selected(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        row = self.list.currentRow()
        self._removed.append((path, path in self.library.folders()))
        self.library.remove([path])
        self.removed_label.setText(self.tr(
            "Removed from the library: {path}. The files stay on disk; Undo Remove puts "
            "it back.").format(path=path))
        self.undo_button.setEnabled(True)
        # The next entry is selected, so that Delete can go on down the list.
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
            if self.selected_path() is None:
                self.refresh_selection()

    def undo_remove(self) -> None:
        """Put back the entry removed last (a folder as a folder, a file as an opened
        file)."""
        if not self._removed:
            return
        path, folder = self._removed.pop()
        self.library.put_back(path, folder)
        self.undo_button.setEnabled(bool(self._removed))
        self.removed_label.setText(self.tr("Back in the library: {path}").format(path=path))
        for i in range(self.list.count()):
            if self.list.item(i).data(PATH_ROLE) == path:
                self.list.setCurrentRow(i)
                break

    def refresh_selection(self) -> None:
        """The nearest entry that is a path (headings and "No folders" are not)."""
        rows = [i for i in range(self.list.count()) if self.list.item(i).data(PATH_ROLE)]
        if rows:
            here = self.list.currentRow()
            self.list.setCurrentRow(min(rows, key=lambda i: (abs(i - here), i)))

    def show_selected(self) -> None:
        """Open the folder (or a file's folder) in the desktop's file manager."""
        path = self.selected_path()
        if path is None:
            return
        folder = Path(path) if Path(path).is_dir() else Path(path).parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
