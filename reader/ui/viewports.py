"""Scroll areas whose viewport is created here, in Python, set up as Qt sets up its own.

Why: the first time PySide6 is handed a widget whose class is exactly ``QWidget`` and
that it did not create (a scroll area's own viewport, returned by ``viewport()``), it
looks for a better-fitting class among every widget class it knows, creating each of
them: about 9 ms of start-up before the first paint. A viewport created in Python is
already known to PySide6, so ``viewport()`` costs nothing. A test compares these
viewports with Qt's own for each kind of view the app uses, so a later Qt that sets up
its viewports differently is noticed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QTextEdit, QWidget

#: Qt's name for the viewport it creates (QAbstractScrollArea's constructor).
VIEWPORT_NAME = "qt_scrollarea_viewport"


def python_viewport(area: QAbstractScrollArea) -> QWidget:
    """Give ``area`` a viewport created here, before anything else is done with it. For
    a QTextEdit or QTextBrowser, also what their constructors set on their viewport:
    mouse tracking (links under the pointer), drops and the cursor."""
    viewport = QWidget(area)  # owned by the area (Qt deletes it with the area)
    viewport.setObjectName(VIEWPORT_NAME)
    # What QAbstractScrollArea's constructor sets on its viewport:
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setForegroundRole(QPalette.ColorRole.Text)
    viewport.setAutoFillBackground(True)
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    if isinstance(area, QTextEdit):
        # ... and what QTextEdit's and QTextBrowser's add.
        viewport.setMouseTracking(True)
        viewport.setAcceptDrops(True)
        viewport.setCursor(Qt.CursorShape.ArrowCursor if area.isReadOnly()
                           else Qt.CursorShape.IBeamCursor)
    area.setViewport(viewport)  # the area takes it over and deletes Qt's own
    viewport.lower()  # below the scroll bars and headers, where Qt's own was
    if isinstance(area, QTextEdit):
        # QTextEdit's constructor gave its document's layout Qt's viewport to measure
        # fonts on; that one is gone now (left there, the first layout crashes).
        area.document().documentLayout().setPaintDevice(viewport)
    return viewport
