"""The View menu carries every view setting (WCAG 2.1.1: the toolbar's buttons are its
actions), with the customary keys: Ctrl+= as well as Ctrl++ zoom in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from reader.core.themes import ORDER
from reader.ui.main_window import MainWindow
from tests.helpers import MakeWindow, open_and_wait


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> MainWindow:
    w = make_window()
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    open_and_wait(qtbot, w, [str(seed_file)])
    yield w
    w.commands.zoom_reset.trigger()


def submenu(w: MainWindow, name: str) -> QMenu:
    menu = w.menus["view"].findChild(QMenu, name) or next(
        a.menu() for a in w.menus["view"].actions()
        if a.menu() is not None and a.menu().objectName() == name)
    assert isinstance(menu, QMenu)
    return menu


def checked(actions: list[QAction]) -> list[str]:
    return [a.text() for a in actions if a.isChecked()]


def test_every_view_setting_is_in_the_view_menu(window: MainWindow) -> None:
    view = window.menus["view"]
    texts = [a.text() for a in view.actions()]
    assert {"Zoom &In", "Zoom &Out", "&Reset Zoom", "&Font size", "Site &colours",
            "Font and &Spacing", "Show I&mages", "S&tandard Settings"} <= set(texts)
    sizes = submenu(window, "menu-font-size").actions()
    assert [a.text() for a in sizes] == ["&Small", "&Normal", "&Large"]
    assert all(a.isCheckable() for a in sizes) and checked(sizes) == ["&Normal"]
    sizes[2].trigger()
    assert window.view.font_percent == 130 and checked(sizes) == ["&Large"]
    schemes = submenu(window, "menu-site-colours").actions()
    assert len(schemes) == len(ORDER) == 8
    # Each with its own access key: the keyboard reaches every scheme in the menu.
    keys = [a.text()[a.text().index("&") + 1].casefold() for a in schemes]
    assert len(set(keys)) == 8, [a.text() for a in schemes]
    group = schemes[0].actionGroup()
    assert group is not None and group.isExclusive()
    assert all(a.actionGroup() is group and a.isCheckable() for a in schemes)
    for tid, a in zip(ORDER, schemes, strict=True):
        a.trigger()
        assert window.view.theme == tid
        assert checked(schemes) == [a.text()]
        assert window.view_bar.theme_buttons[tid].isChecked()  # the toolbar is the same
    spacing = submenu(window, "menu-font-spacing").actions()
    # Every entry has an access key, the ones set by the menu itself too.
    assert all("&" in a.text() for a in spacing if not a.isSeparator() and a.text())
    next(a for a in spacing if a.text().replace("&", "") == "Times New Roman (serif)").trigger()
    next(a for a in spacing if a.text().replace("&", "") == "Medium").trigger()
    assert (window.view.font, window.view.spacing) == ("serif", "medium")
    images = next(a for a in view.actions() if a.text() == "Show I&mages")
    assert images.isChecked()
    images.trigger()
    assert not window.view.images and window.view_bar.images_button.text() == "Images: off"
    next(a for a in view.actions() if a.text() == "S&tandard Settings").trigger()
    v = window.view
    assert (v.theme, v.font_percent, v.font, v.spacing, v.images) == \
        ("light", 100, "sans", "standard", True)


@pytest.mark.parametrize(("key", "modifiers"), [
    (Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier),  # Ctrl+= (US keyboards)
    (Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier),  # the platform's Ctrl++
])
def test_ctrl_equals_and_ctrl_plus_both_zoom_in(qtbot: QtBot, window: MainWindow,
                                                key: Qt.Key,
                                                modifiers: Qt.KeyboardModifier) -> None:
    window.dialogue.setFocus()
    qtbot.waitUntil(window.dialogue.hasFocus)
    QTest.keyClick(window.dialogue, key, modifiers)
    assert window.view.font_percent == 110
    QTest.keyClick(window.events.view, key, modifiers)  # wherever the focus is
    assert window.view.font_percent == 120
    QTest.keyClick(window.dialogue, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font_percent == 100
    QApplication.processEvents()


def test_the_transcript_ends_are_in_the_go_menu(window: MainWindow) -> None:
    go = [a.text() for a in window.menus["go"].actions()]
    assert "&Start of the Transcript" in go and "&End of the Transcript" in go
    window.commands.go_end.trigger()
    bar = window.dialogue.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    window.commands.go_start.trigger()
    assert bar.value() == 0
