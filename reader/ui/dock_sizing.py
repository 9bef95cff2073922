"""The first size of a bottom panel (Bookmarks, Search): small, so that the text keeps
the room, yet with a few rows to read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


def first_height(window: QMainWindow, panel: QWidget, least: int) -> int:
    """The panel's first height: its size hint, within a quarter of the window, never
    under ``least`` (what shows a few rows)."""
    return max(least, min(panel.sizeHint().height(), window.height() // 4))


def size_dock(window: QMainWindow, dock: QDockWidget, panel: QWidget, height: int) -> None:
    """Size ``dock`` so that its ``panel`` gets ``height``: the dock's title, and the
    tabs it may share with another panel, come on top."""
    title = dock.sizeHint().height() - panel.sizeHint().height()
    window.resizeDocks([dock], [height + title], Qt.Orientation.Vertical)
    layout = window.layout()
    if layout is not None and dock.isVisible():
        layout.activate()  # lays the docks out now: what the panel got can be read
        short = height - panel.height()
        if short > 0:
            window.resizeDocks([dock], [height + title + short], Qt.Orientation.Vertical)
