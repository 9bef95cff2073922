"""Non-text contrast as drawn (WCAG 1.4.11, 2.4.7): in every scheme the fields show their
border, checkboxes their box, scrollbars their thumb, focus a thick frame — in the
scheme's own colours, read back from screenshots of the widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from reader.core.themes import ORDER
from reader.ui.main_window import MainWindow
from tests.helpers import MakeWindow, open_and_wait


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> MainWindow:
    w = make_window()
    w.show()
    qtbot.waitExposed(w)
    open_and_wait(qtbot, w, [str(seed_file)])
    return w


def shot(w: QWidget) -> QImage:
    return w.grab().toImage()


def edge_colours(img: QImage, depth: int = 3) -> set[str]:
    """Colours on the outer `depth` pixels of the middle of each side."""
    out = set()
    cx, cy = img.width() // 2, img.height() // 2
    for d in range(depth):
        for x, y in ((d, cy), (img.width() - 1 - d, cy), (cx, d), (cx, img.height() - 1 - d)):
            out.add(QColor(img.pixel(x, y)).name().upper())
    return out


def colours_in(img: QImage) -> set[str]:
    return {QColor(img.pixel(x, y)).name().upper()
            for x in range(0, img.width()) for y in range(0, img.height())}


@pytest.mark.parametrize("tid", ORDER)
def test_the_filter_field_shows_its_border_in_every_scheme(
        qtbot: QtBot, window: MainWindow, tid: str) -> None:
    window.view_bar.theme_buttons[tid].click()
    theme = window.themes[tid]
    window.dialogue.setFocus()
    qtbot.waitUntil(lambda: not window.events.filter_edit.hasFocus())
    edges = edge_colours(shot(window.events.filter_edit))
    assert theme.colours["border"] in edges
    # Focused, the field wears the focus frame instead, three pixels deep.
    window.events.filter_edit.setFocus()
    qtbot.waitUntil(window.events.filter_edit.hasFocus)
    img = shot(window.events.filter_edit)
    cy = img.height() // 2
    assert [QColor(img.pixel(x, cy)).name().upper() for x in (0, 1, 2)] == \
        [theme.colours["focus"]] * 3


@pytest.mark.parametrize("tid", ["white-on-black", "light", "dark", "green-on-dark-brown"])
def test_checkbox_box_date_field_and_scrollbar_thumb_are_visible(
        qtbot: QtBot, window: MainWindow, tid: str) -> None:
    window.view_bar.theme_buttons[tid].click()
    c = window.themes[tid].colours
    window.dialogue.setFocus()
    box = window.bookmark_panel.findChild(QWidget, "this-transcript") or next(
        w for w in window.bookmark_panel.findChildren(QWidget)
        if type(w).__name__ == "QCheckBox")
    assert c["border"] in colours_in(shot(box))
    assert c["border"] in edge_colours(shot(window.events.date_from))
    bar = window.dialogue.verticalScrollBar()
    assert bar.maximum() > 0
    assert c["thumb"] in colours_in(shot(bar))


@pytest.mark.parametrize("tid", ORDER)
def test_the_current_row_of_a_list_is_framed_in_every_scheme(
        qtbot: QtBot, window: MainWindow, tid: str) -> None:
    window.view_bar.theme_buttons[tid].click()
    c = window.themes[tid].colours
    legend = window.legend
    qtbot.waitUntil(lambda: legend.topLevelItemCount() > 1)
    legend.setFocus()
    item = legend.topLevelItem(1)
    legend.setCurrentItem(item)
    rect = legend.visualItemRect(item)
    img = shot(legend.viewport())
    frame = {c["focus"], c["current_row"]}
    top = [QColor(img.pixel(x, rect.top())).name().upper() for x in range(rect.width())]
    bottom = [QColor(img.pixel(x, rect.bottom())).name().upper() for x in range(rect.width())]
    assert sum(p in frame for p in top) > 0.9 * rect.width()
    assert sum(p in frame for p in bottom) > 0.9 * rect.width()
    # The view itself shows it has the focus: a frame round it in the focus colour.
    edges = edge_colours(shot(legend), depth=2)
    assert c["focus"] in edges


@pytest.mark.parametrize("tid", ["white-on-black", "dark", "green-on-dark-brown"])
def test_a_disabled_button_stays_in_the_scheme(qtbot: QtBot, window: MainWindow,
                                               tid: str) -> None:
    """A dialog's disabled button (Open before a file is chosen): the scheme's panel and
    a tone apart from its text, not Qt's light grey under a light text."""
    from PySide6.QtWidgets import QPushButton

    window.view_bar.theme_buttons[tid].click()
    theme = window.themes[tid]
    button = QPushButton("Open")
    qtbot.addWidget(button)
    button.setEnabled(False)
    button.resize(160, 40)
    button.show()
    qtbot.waitExposed(button)
    img = shot(button)
    inside = QColor(img.pixel(img.width() // 2, img.height() // 2))
    # The style shades the face a little: near the panel's colour, far from Qt's grey.
    assert abs(inside.lightness() - QColor(theme.colours["panel"]).lightness()) <= 64, \
        inside.name()
    c = theme.colours
    # Its muted tone; in the two-colour schemes (muted is the text's) the second tone.
    assert (c["muted"] if c["muted"] != c["text"] else c["placeholder"]) in colours_in(img)


@pytest.mark.parametrize("tid", ORDER)
def test_a_disabled_menu_entry_looks_disabled_in_every_scheme(
        qtbot: QtBot, window: MainWindow, tid: str) -> None:
    """In the site's two-colour schemes a disabled entry (File > Update from the Site
    with nothing to update) was drawn in the text's own colour: it looked usable."""
    from PySide6.QtWidgets import QMenu
    from reader.core.colour import contrast

    window.view_bar.theme_buttons[tid].click()
    theme = window.themes[tid].colours
    menu = QMenu()
    qtbot.addWidget(menu)
    on, off = menu.addAction("Enabled entry"), menu.addAction("Disabled entry")
    off.setEnabled(False)
    menu.adjustSize()
    img = shot(menu)
    text_on = colours_in(img.copy(menu.actionGeometry(on)))
    text_off = colours_in(img.copy(menu.actionGeometry(off)))
    assert theme["text"].upper() in text_on
    assert theme["text"].upper() not in text_off  # drawn in another tone...
    drawn = window.palette().color(window.palette().ColorGroup.Disabled,
                                   window.palette().ColorRole.Text).name().upper()
    assert drawn in text_off
    assert contrast(drawn, theme["background"]) >= 4.5  # ... still readable


@pytest.mark.parametrize("tid", ORDER)
def test_a_focused_button_wears_the_thick_focus_frame(
        qtbot: QtBot, window: MainWindow, tid: str) -> None:
    """Fusion marks a focused push button (Manage Folders' Remove, a dialog's Close) by
    a lighter edge only: in white on black, the white every button's edge has."""
    from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton

    window.view_bar.theme_buttons[tid].click()
    focus = window.themes[tid].colours["focus"].upper()
    dialog = QDialog(window)
    row = QHBoxLayout(dialog)
    pair = [QPushButton("Remove"), QPushButton("Close")]
    for b in pair:
        b.setMinimumSize(160, 40)
        row.addWidget(b)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    pair[0].setFocus()
    qtbot.waitUntil(pair[0].hasFocus)

    def ring(b: QPushButton) -> set[str]:  # the pixels 2 to 3 in from each side's middle
        img = shot(b)
        cx, cy = img.width() // 2, img.height() // 2
        return {QColor(img.pixel(x, y)).name().upper() for d in (2, 3) for x, y in (
            (d, cy), (img.width() - 1 - d, cy), (cx, d), (cx, img.height() - 1 - d))}

    assert ring(pair[0]) == {focus}
    assert ring(pair[1]) != {focus}
