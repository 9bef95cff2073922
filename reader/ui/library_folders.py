"""The library a reader keeps: the folders added to it and the single files opened from
elsewhere (the "Opened files" group). Both persist in the settings; adding never
replaces what is there."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reader.core.paths import bundled_library
from reader.settings import Settings


def _norm(path: str) -> str:
    # One spelling per path, as the list and the bookmarks have it: normalised ("..")
    # without resolving links.
    return os.path.abspath(path)  # noqa: PTH100


def is_inside(path: str, folder: str) -> bool:
    return Path(path).is_relative_to(folder)


class LibraryFolders(QObject):
    """Folders and opened files; ``changed`` after every change."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def folders(self) -> list[str]:
        return self.settings.library_folders()

    def opened_files(self) -> list[str]:
        return self.settings.opened_files()

    def roots(self) -> list[str]:
        """What the event list follows: the folders that exist, then the opened files
        that exist and lie outside them."""
        folders = [f for f in self.folders() if Path(f).is_dir()]
        files = [f for f in self.opened_files() if Path(f).is_file()
                 and not any(is_inside(f, d) for d in folders)]
        return folders + files

    def only_sample(self) -> bool:
        """Does the library hold nothing but the bundled sample (a new user's)?"""
        return self.folders() == [_norm(str(bundled_library()))] and not self.opened_files()

    def covers(self, path: str) -> bool:
        """Is this file or folder already in the library?"""
        path = _norm(path)
        return path in self.opened_files() or any(is_inside(path, d) for d in self.folders())

    def add(self, paths: list[str]) -> bool:
        """Add folders (as library folders) and files (to the opened files unless a folder
        holds them). True if anything was added."""
        folders, files = self.folders(), self.opened_files()
        added = False
        for raw in paths:
            p = _norm(raw)
            if Path(p).is_dir():
                if p not in folders:
                    # A folder inside one already there adds nothing; one around others
                    # takes their place.
                    if any(is_inside(p, d) for d in folders):
                        continue
                    folders = [d for d in folders if not is_inside(d, p)] + [p]
                    added = True
            elif p not in files and not any(is_inside(p, d) for d in folders):
                files.append(p)
                added = True
        if added or not self.settings.has_library():
            self.settings.set_library_folders(folders)
            self.settings.set_opened_files(files)
            self.changed.emit()
        return added

    def remove(self, paths: list[str]) -> None:
        """Take folders or opened files out of the library (the files stay on disk)."""
        gone = {_norm(p) for p in paths}
        self.settings.set_library_folders([d for d in self.folders() if d not in gone])
        self.settings.set_opened_files([f for f in self.opened_files() if f not in gone])
        self.changed.emit()

    def put_back(self, path: str, folder: bool) -> None:
        """Undo a removal: the entry returns to its group as it was (even a folder that is
        missing now: it is listed, "missing", as before)."""
        p = _norm(path)
        if folder and p not in self.folders():
            self.settings.set_library_folders([*self.folders(), p])
        elif not folder and p not in self.opened_files():
            self.settings.set_opened_files([*self.opened_files(), p])
        self.changed.emit()

    def relocate(self, old: str, new: str) -> None:
        """A file of the library found at a new place: follow it there."""
        files = [f for f in self.opened_files() if f != _norm(old)]
        self.settings.set_opened_files(files)
        self.add([new])
        self.changed.emit()
