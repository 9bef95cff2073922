"""Open and Add Folder, Manage Library Folders, and files or folders dropped on the
window: what they add to the library and what they open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QWidget

from reader.ui.controller import ReaderController
from reader.ui.recent_menu import RecentMenu


def dialog_folder(current: str | None) -> Path:
    """Where the file dialogs open: the folder of the transcript being read, else the
    user's home (not the folder the app was started from)."""
    if current and Path(current).parent.is_dir():
        return Path(current).parent
    return Path.home()


class FileCommands(QObject):
    def __init__(self, window: QWidget, controller: ReaderController,
                 recent: RecentMenu) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.recent = recent

    def start_folder(self) -> str:
        return str(dialog_folder(self.controller.current_path))

    def open_files(self) -> None:
        from reader.ui import file_dialogs  # (QFileDialog after the first paint)

        paths = file_dialogs.open_file_names(
            self.window, self.tr("Open transcripts"), self.start_folder(),
            self.tr("Transcripts (*.txt *.html *.htm *.json);;All files (*)"))
        self.open_paths(paths)

    def open_folder(self) -> None:
        from reader.ui import file_dialogs

        folder = file_dialogs.existing_directory(
            self.window, self.tr("Add a folder to the library"), self.start_folder())
        if folder:
            self.open_paths([folder])

    def manage_folders(self) -> None:
        from reader.ui.folders_dialog import FoldersDialog  # built when asked for

        FoldersDialog(self.controller.library, self.window).exec()

    def open_paths(self, paths: list[str]) -> None:
        """Add files and folders to the library (never replacing it); the first file
        opens in the view, else the newest event once the list is read."""
        if not paths:
            return
        self.controller.open_library(paths)
        files = [p for p in paths if Path(p).is_file()]
        if files:
            self.controller.open_path(files[0])
        elif self.controller.current is None:
            self.controller.open_newest_when_scanned()
        self.recent.fill()

    @staticmethod
    def dropped_paths(mime: QMimeData) -> list[str]:
        """The local files and folders of a drop (a link to a page is not one)."""
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
