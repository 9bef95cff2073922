"""Screen readers (WCAG 4.1.2, 1.3.2): every control the Tab key reaches has a name, the
legend and the outline a description, and the transcript is read in order with each
turn's speaker — checked through Qt's accessibility interface, as a screen reader asks."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from reader.core.model import BlockKind
from reader.ui.main_window import MainWindow
from reader.ui.side_panels import SPEAKER_ROLE
from tests.helpers import MakeWindow
from tests.ui.test_keyboard import open_direct_line, walk


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow) -> MainWindow:
    return open_direct_line(qtbot, make_window)


def spoken(w: object, what: QAccessible.Text) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    assert iface is not None
    return iface.text(what)


def test_every_tab_stop_has_an_accessible_name(window: MainWindow) -> None:
    for dock in (window.bookmarks_dock, window.search_dock):
        dock.raise_()
        for stop in walk(window, Qt.Key.Key_Tab):
            assert spoken(stop, QAccessible.Text.Name).strip(), stop


def test_legend_and_outline_are_named_and_described(window: MainWindow) -> None:
    for panel in (window.legend, window.outline, window.events.view):
        assert spoken(panel, QAccessible.Text.Name)
        assert len(spoken(panel, QAccessible.Text.Description)) > 20


def test_the_transcript_is_read_in_order_with_speaker_names(window: MainWindow) -> None:
    iface = QAccessible.queryAccessibleInterface(window.dialogue)
    assert iface is not None and iface.textInterface() is not None
    text = iface.textInterface().text(0, iface.textInterface().characterCount())
    t = window.controller.current
    assert t is not None and text.startswith(t.title or "")
    turns = [(t.speaker(b.speaker).name, b.paragraphs[0][:30]) for b in t.blocks
             if b.kind is BlockKind.SPEECH and b.label is not None and b.speaker][:40]
    at = 0
    for name, words in turns:
        found = re.compile(rf"{re.escape(name)}[^\n]*: {re.escape(words)}").search(text, at)
        assert found, (name, words)
        at = found.end()


def test_enter_on_the_legend_highlights_a_speakers_turns(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    legend = window.legend
    legend.setFocus()
    legend.setCurrentItem(legend.topLevelItem(1))
    QTest.keyClick(legend, Qt.Key.Key_Return)
    assert window.dialogue.highlight_speaker == legend.topLevelItem(1).data(0, SPEAKER_ROLE)
    QTest.keyClick(legend, Qt.Key.Key_Return)
    assert window.dialogue.highlight_speaker is None
