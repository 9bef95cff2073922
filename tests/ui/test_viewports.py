"""The viewports the app creates itself (reader.ui.viewports) are set up as Qt sets up
its own: the same colours, the same attributes, the same pointer, for every kind of view
the app gives one."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QListWidget,
    QTextBrowser,
    QTextEdit,
    QTreeView,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from reader.ui.viewports import python_viewport


def _setup(v: QWidget) -> dict[str, Any]:
    got: dict[str, Any] = {
        "name": v.objectName(), "background": v.backgroundRole(),
        "foreground": v.foregroundRole(), "fills": v.autoFillBackground(),
        "tracks mouse": v.hasMouseTracking(), "accepts drops": v.acceptDrops(),
        "cursor": v.cursor().shape(), "focus": v.focusPolicy(),
        "context menu": v.contextMenuPolicy(), "parent": v.parent(),
        "focus proxy": v.focusProxy(),
    }
    for attribute in Qt.WidgetAttribute:
        got[attribute.name] = v.testAttribute(attribute)
    return got


@pytest.mark.parametrize("kind", [QTreeView, QTreeWidget, QListWidget, QTextBrowser,
                                  QTextEdit])
def test_a_python_viewport_is_set_up_as_qts_own(qtbot: QtBot,
                                                  kind: type[QAbstractScrollArea]) -> None:
    theirs, ours = kind(), kind()
    qtbot.addWidget(theirs)
    qtbot.addWidget(ours)
    own = python_viewport(ours)
    assert ours.viewport() is own
    expected, got = _setup(theirs.viewport()), _setup(own)
    expected["parent"], expected["focus proxy"] = ours, ours  # each belongs to its view
    assert {k: v for k, v in got.items() if expected[k] != v} == {}
    # Under the view's scroll bars and header, as Qt's own (created first) is.
    assert next(c for c in ours.children() if isinstance(c, QWidget)) is own
    assert next(c for c in theirs.children() if isinstance(c, QWidget)) is theirs.viewport()
    for view in (theirs, ours):
        view.resize(200, 150)
        view.show()
    qtbot.waitExposed(ours)
    assert ours.viewport().isVisible() and ours.viewport().width() > 100
    assert ours.viewport().grab().toImage().pixelColor(50, 50) == \
        theirs.viewport().grab().toImage().pixelColor(50, 50)  # the same base colour


def test_a_text_browser_with_a_python_viewport_lays_out_and_shows_its_text(
        qtbot: QtBot) -> None:
    """Its document measures on the new viewport (on Qt's deleted one it crashed)."""
    view = QTextBrowser()
    qtbot.addWidget(view)
    own = python_viewport(view)
    assert view.document().documentLayout().paintDevice() is own
    view.setPlainText("Speaker One: the first words.\n" * 40)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    assert view.document().size().height() > own.height()  # laid out at the view's width
    assert view.verticalScrollBar().maximum() > 0
    view.setDocument(QTextDocument("Another text", view))  # as the app shows a transcript
    assert view.toPlainText() == "Another text"
