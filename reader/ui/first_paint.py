"""Running work right after a window's first paint: the reader sees the window at once,
and the library, the bookmarks and the last transcript follow a moment later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

#: If the window is never exposed (started minimised, on another virtual desktop), the
#: work runs anyway after this long.
FALLBACK_MS = 1000


class _AfterExpose(QObject):
    """Watches the window's native surface for its first Expose: Qt paints the widgets
    while it handles that event, so a zero timer posted then runs after the paint."""

    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._work: Callable[[], None] | None = work
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        self._fallback.start(FALLBACK_MS)
        self._window = window
        handle: QWindow | None = window.windowHandle()  # None until it is first shown
        if handle is None:
            window.installEventFilter(self)  # its Show gives the surface to watch
        else:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._work is None:
            return False
        kind = event.type()
        if kind == QEvent.Type.Show and watched is self._window:
            watched.removeEventFilter(self)
            handle: QWindow | None = self._window.windowHandle()
            if handle is not None:
                handle.installEventFilter(self)
        elif kind == QEvent.Type.Expose and watched is not self._window:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        self._fallback.stop()
        if work is not None:
            work()
        self.deleteLater()


def after_first_paint(window: QWidget, work: Callable[[], None]) -> None:
    """Call ``work`` once, just after ``window`` first paints (shown now or later)."""
    _AfterExpose(window, work)
