"""File > Open Recent: files and folders opened lately (those gone from disk are dropped),
then Clear Recent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyle, QWidget

from reader.settings import Settings


class RecentMenu(QMenu):
    """Refilled from the settings each time it opens; ``open_requested`` with a path."""

    open_requested = Signal(str)

    def __init__(self, settings: Settings, clear: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open &Recent"))
        self.settings = settings
        self.clear_action = clear
        # Not a slot of this menu: removing an action from a menu (clear()) disconnects
        # it from every slot of the menu.
        clear.triggered.connect(lambda: self.clear_recent())  # noqa: PLW0108
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        recent = self.settings.recent_paths()
        gone = [p for p in recent if not Path(p).exists()]
        if gone:
            self.settings.remove_recent(gone)
            recent = [p for p in recent if p not in gone]
        self.clear()
        for path in recent:
            a = self.addAction(path)
            a.setObjectName("recent-entry")
            folder = Path(path).is_dir()
            kind = self.tr("Folder") if folder else self.tr("File")
            a.setStatusTip(self.tr("{kind}: {path}").format(kind=kind, path=path))
            a.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon if folder
                                                else QStyle.StandardPixmap.SP_FileIcon))
            a.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        self.addSeparator()
        self.addAction(self.clear_action)
        self.clear_action.setEnabled(bool(recent))
        self.setEnabled(bool(recent))

    def entries(self) -> list[str]:
        """The paths listed, in order."""
        return [a.text() for a in self.actions() if a.objectName() == "recent-entry"]

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self.fill()
