"""Each view-settings control changes what a user sees, and it all survives a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot
from reader.app import AppPaths, build_window, start
from reader.core.palette import contrast
from reader.core.themes import ORDER
from reader.core.viewsettings import FONTS
from reader.ui.main_window import MainWindow
from tests.helpers import MakeWindow, open_and_wait, turn_names

CAPTIONED = "en/kremlin-en-news-17113.html"  # has a photo caption


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> MainWindow:
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(seed_file)])
    return w


def dialogue_points(w: MainWindow) -> float:
    return w.dialogue.document().defaultFont().pointSizeF()


def test_font_size_steps_and_zoom(window: MainWindow) -> None:
    base = window.base_points
    window.view_bar.size_buttons["large"].click()
    assert dialogue_points(window) == pytest.approx(base * 1.3, abs=0.1)
    assert window.view_bar.size_buttons["large"].isChecked()
    window.view_bar.size_buttons["small"].click()
    assert dialogue_points(window) == pytest.approx(base * 0.85, abs=0.1)
    for _ in range(40):
        window.commands.zoom_in.trigger()
    assert window.view.font_percent == 300
    assert dialogue_points(window) == pytest.approx(base * 3, abs=0.1)
    # The text reflows: no horizontal scrolling even at 300%.
    assert window.dialogue.horizontalScrollBar().maximum() == 0
    window.commands.zoom_reset.trigger()
    assert window.view.font_percent == 100
    for _ in range(10):
        window.commands.zoom_out.trigger()
    assert window.view.font_percent == 70


@pytest.mark.parametrize("tid", ORDER)
def test_colour_scheme_changes_the_whole_window(window: MainWindow, tid: str) -> None:
    window.view_bar.theme_buttons[tid].click()
    theme = window.themes[tid]
    pal = QApplication.palette()
    assert pal.color(QPalette.ColorRole.Base).name().upper() == theme.background
    assert pal.color(QPalette.ColorRole.Window).name().upper() == theme.colours["panel"]
    assert pal.color(QPalette.ColorRole.Highlight).name().upper() == theme.colours["selection"]
    assert window.events.view.palette().color(QPalette.ColorRole.Text).name().upper() == \
        theme.text
    names = turn_names(window.dialogue)
    colours = {c for _, c in names}
    narration = window.dialogue.document().find("had a brief conversation")
    assert narration.charFormat().foreground().color().name().upper() == theme.muted
    assert contrast(theme.muted, theme.background) >= 4.5
    for c in colours:
        assert contrast(c, theme.background) >= 4.5
    if theme.two_colour:
        assert colours == {theme.text}
    else:
        assert len(colours) == 2  # Lukashenko and Putin apart


def test_font_and_character_spacing(window: MainWindow) -> None:
    window.view_bar.font_actions["serif"].trigger()
    font = window.dialogue.document().defaultFont()
    assert font.families()[0] == "Times New Roman"
    # What the text is really drawn with: one of the serif fallbacks present on Linux.
    assert QFontInfo(font).family() in FONTS["serif"]
    window.view_bar.font_actions["sans"].trigger()
    assert QFontInfo(window.dialogue.document().defaultFont()).family() in FONTS["sans"]
    window.view_bar.spacing_actions["large"].trigger()
    font = window.dialogue.document().defaultFont()
    assert font.letterSpacingType() == QFont.SpacingType.PercentageSpacing
    assert font.letterSpacing() == 118
    window.view_bar.spacing_actions["standard"].trigger()
    assert window.dialogue.document().defaultFont().letterSpacing() == 100


def test_images_off_hides_captions(qtbot: QtBot, make_window: MakeWindow, corpus: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(corpus / CAPTIONED)])
    caption = "Photo: With President of Uganda Yoweri Museveni."
    assert caption in w.dialogue.toPlainText()
    w.view_bar.images_button.click()
    assert not w.view.images
    assert caption not in w.dialogue.toPlainText()
    assert "Two Presidents also exchanged views" in w.dialogue.toPlainText()


def test_settings_survive_a_restart_and_standard_settings_resets(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    w.view_bar.theme_buttons["sepia"].click()
    w.view_bar.size_buttons["large"].click()
    w.view_bar.spacing_actions["medium"].trigger()
    w.view_bar.font_actions["serif"].trigger()
    w.view_bar.images_button.click()
    w.close()
    w2 = make_window()
    open_and_wait(qtbot, w2, [str(seed_file)])
    v = w2.view
    assert (v.theme, v.font_percent, v.spacing, v.font, v.images) == \
        ("sepia", 130, "medium", "serif", False)
    assert dialogue_points(w2) == pytest.approx(w2.base_points * 1.3, abs=0.1)
    assert QApplication.palette().color(QPalette.ColorRole.Base).name().upper() == "#FBF5E6"
    assert w2.view_bar.theme_buttons["sepia"].isChecked()
    w2.view_bar.standard_button.click()
    v = w2.view
    assert (v.theme, v.font_percent, v.spacing, v.font, v.images) == \
        ("light", 100, "standard", "sans", True)


def test_command_line_overrides_do_not_persist(qtbot: QtBot, app_paths: AppPaths,
                                               seed_file: Path) -> None:
    w = build_window(app_paths, theme="white-on-black", font_size=200)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        start(w, [str(seed_file)])
    assert (w.view.theme, w.view.font_percent) == ("white-on-black", 200)
    assert dialogue_points(w) == pytest.approx(w.base_points * 2, abs=0.1)
    w.close()
    w2 = build_window(app_paths)
    qtbot.addWidget(w2)
    assert (w2.view.theme, w2.view.font_percent) == ("light", 100)
    w2.close()


def test_every_control_has_an_accessible_name_and_is_in_the_view_menu(
        window: MainWindow) -> None:
    """The toolbar's buttons are the View menu's actions (reachable by keyboard there)."""
    view_menu = window.menus["view"]
    in_menu = set()
    stack = list(view_menu.actions())
    while stack:
        a = stack.pop()
        in_menu.add(a)
        if a.menu() is not None:
            stack.extend(a.menu().actions())
    buttons = [b for bar in window.view_bar.toolbars() for b in bar.findChildren(QToolButton)]
    assert len(buttons) >= 3 + 8 + 3
    for b in buttons:
        if b.objectName() == "qt_toolbar_ext_button":
            continue
        assert b.accessibleName(), b.text()
        assert b.defaultAction() in in_menu, b.text()
    for a in window.view_bar.all_actions():
        assert a in in_menu
    checked = [a for a in window.view_bar.theme_actions.values() if a.isChecked()]
    assert checked == [window.view_bar.theme_actions[window.view.theme]]


def test_access_keys_go_to_the_first_free_letter() -> None:
    from reader.ui.view_settings import with_access_keys

    assert with_access_keys(["Light", "Sepia", "Dark", "Black on white", "Blue & gold",
                             "LS"]) == \
        ["&Light", "&Sepia", "&Dark", "&Black on white", "Bl&ue && gold", "LS"]
