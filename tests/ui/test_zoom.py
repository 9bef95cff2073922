"""Zoom the whole window (WCAG 1.4.4, 1.4.10): one interface scale for lists, panels,
tables, menus and toolbar up to 200%, the text alone on to 300%, nothing clipped, no
horizontal scrolling in the transcript."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolBar, QToolButton
from pytestqt.qtbot import QtBot
from reader.app import AppPaths
from reader.ui.main_window import MainWindow
from reader.ui.theming import desktop_font
from tests.helpers import MakeWindow, open_and_wait


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> Iterator[MainWindow]:
    base = desktop_font()
    w = make_window()
    w.resize(1400, 900)
    w.show()
    open_and_wait(qtbot, w, [str(seed_file)])
    yield w
    QApplication.setFont(base)  # the next test starts at the desktop's size


def zoom_to(w: MainWindow, percent: int) -> None:
    w.commands.zoom_reset.trigger()
    while w.view.font_percent < percent:
        w.commands.zoom_in.trigger()
        QApplication.processEvents()  # as between two key presses
    assert w.view.font_percent == percent
    QApplication.processEvents()  # anything posted by the font change has arrived


def test_at_200_percent_the_whole_window_is_twice_the_size(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    base = window.base_points
    assert window.events.view.font().pointSizeF() == pytest.approx(base)
    legend_width = window.legend_dock.width()
    zoom_to(window, 200)
    # The panels grow with their contents, the text keeps the most room.
    assert window.legend_dock.width() > 1.3 * legend_width
    assert window.dialogue.width() > 0.4 * window.width()
    for dock in (window.legend_dock, window.bookmarks_dock):  # titles too
        assert dock.font().pointSizeF() == pytest.approx(2 * base, abs=0.1)
    for widget in (window.events.view, window.events.filter_edit, window.legend,
                   window.outline, window.bookmark_panel.table, window.search_panel.query,
                   window.view_bar, window.menuBar()):
        assert widget.font().pointSizeF() == pytest.approx(2 * base, abs=0.1), widget
    menu = QMenu(window)
    assert menu.font().pointSizeF() == pytest.approx(2 * base, abs=0.1)
    assert window.dialogue.document().defaultFont().pointSizeF() == pytest.approx(2 * base,
                                                                                  abs=0.1)
    # Rows grow with the font: the dates are not cut.
    view = window.events.view
    fm = view.fontMetrics()
    assert view.columnWidth(0) >= fm.horizontalAdvance("2024-05-23") + view.indentation()
    index = view.model().index(0, 0)
    assert view.visualRect(index).height() >= fm.height()
    # No toolbar text is clipped: each control is at least as wide as its text needs.
    qtbot.waitUntil(window.view_bar.isVisible)
    for bar in window.findChildren(QToolBar):
        for child in bar.findChildren(QToolButton) + bar.findChildren(QLabel):
            if not child.isVisible() or not child.text():
                continue
            need = child.fontMetrics().horizontalAdvance(child.text())
            assert child.width() >= need, (child.text(), child.width(), need)
            assert child.height() >= child.fontMetrics().height()
    # ... and every view setting is on screen, none behind the overflow button.
    assert_all_view_buttons_shown(window)


def assert_all_view_buttons_shown(window: MainWindow) -> None:
    bar = window.view_bar
    inside = window.rect()
    buttons = [bar.widget_for(a) for a in bar.all_actions() if a not in (
        *bar.font_actions.values(), *bar.spacing_actions.values())]
    buttons.append(bar.settings_button)
    assert len(buttons) == 3 + len(bar.theme_actions) + 3
    for b in buttons:
        assert b is not None and b.isVisible(), b
        # Within the window, not cut at its right edge.
        right = b.mapTo(window, b.rect().topRight())
        assert inside.contains(right), (b.text(), right, inside)


def test_in_russian_at_200_percent_the_view_settings_take_a_second_row(
        qtbot: QtBot, app_paths: AppPaths, seed_file: Path, qapp: QApplication) -> None:
    """Russian names are longer: at 200% in a 1400-pixel window "Стандартные настройки"
    was behind the toolbar's overflow button. The images, font and standard-settings
    buttons go to a row of their own when the row is too narrow, and come back beside the
    rest when there is room."""
    from PySide6.QtCore import QLocale, QSettings
    from reader.app import build_window, install_translations

    base = desktop_font()
    QSettings(str(app_paths.settings), QSettings.Format.IniFormat).setValue(
        "interface/language", "ru")
    try:
        w = build_window(app_paths)
        qtbot.addWidget(w)
        w.resize(1400, 900)
        w.show()
        open_and_wait(qtbot, w, [str(seed_file)])
        assert not w.toolBarBreak(w.view_bar.more)  # one row at 100%
        assert w.view_bar.more.y() == w.view_bar.y()
        zoom_to(w, 200)
        assert w.view_bar.standard_button.text() == "Стандартные настройки"
        assert w.toolBarBreak(w.view_bar.more)
        qtbot.waitUntil(lambda: w.view_bar.more.y() > w.view_bar.y())
        assert_all_view_buttons_shown(w)
        w.commands.zoom_reset.trigger()
        qtbot.waitUntil(lambda: w.view_bar.more.y() == w.view_bar.y())
        assert_all_view_buttons_shown(w)
        # View > Toolbars > View settings hides and shows both rows.
        w.view_bar.toggleViewAction().trigger()
        assert not w.view_bar.isVisible() and not w.view_bar.more.isVisible()
        w.view_bar.toggleViewAction().trigger()
        assert w.view_bar.isVisible() and w.view_bar.more.isVisible()
    finally:
        install_translations(qapp, QLocale("en_US"))
        QApplication.setFont(base)


def test_the_text_goes_on_to_300_percent_alone_without_horizontal_scrolling(
        qtbot: QtBot, window: MainWindow) -> None:
    base = window.base_points
    zoom_to(window, 300)
    assert window.dialogue.document().defaultFont().pointSizeF() == pytest.approx(3 * base,
                                                                                  abs=0.1)
    assert window.events.view.font().pointSizeF() == pytest.approx(2 * base, abs=0.1)
    assert window.dialogue.horizontalScrollBar().maximum() == 0
    window.commands.zoom_reset.trigger()
    assert window.events.view.font().pointSizeF() == pytest.approx(base, abs=0.1)


def test_at_200_percent_the_search_panel_opens_with_room_for_results(
        qtbot: QtBot, window: MainWindow) -> None:
    zoom_to(window, 200)
    window.commands.search.trigger()
    panel = window.search_panel
    lines = panel.table.fontMetrics().lineSpacing()
    # Three results of two lines at the zoomed size (it opened with room for one line).
    qtbot.waitUntil(lambda: panel.table.height() >= 3 * 2 * lines - 4)


def test_at_200_percent_the_find_field_shows_what_is_typed(
        qtbot: QtBot, window: MainWindow) -> None:
    zoom_to(window, 200)
    window.commands.find.trigger()
    edit = window.find_bar.edit
    qtbot.keyClicks(edit, "sanctions")
    qtbot.waitUntil(edit.isVisible)
    # The whole word, and room for more (it showed "ctions").
    assert edit.width() >= edit.fontMetrics().horizontalAdvance("sanctions" * 2)


def test_back_to_100_percent_every_panel_has_its_size_again(
        qtbot: QtBot, window: MainWindow) -> None:
    """Scaled step by step (each panel capped at 30% of the room, held at its least size),
    the panels drifted: after 300% and Ctrl+0 the event list stayed wider and a tabbed
    bottom panel lost its tab bar's height at each change."""
    window.bookmarks_dock.show()  # a tabbed bottom panel
    qtbot.waitUntil(lambda: window.bookmarks_dock.height() > 50)

    def sizes() -> list[int]:
        return [window.splitter.sizes()[0], window.legend_dock.width(),
                window.outline_dock.width(), window.bookmarks_dock.height()]

    before = sizes()
    zoom_to(window, 300)
    qtbot.waitUntil(lambda: window.legend_dock.width() > before[1])
    window.commands.zoom_reset.trigger()
    qtbot.waitUntil(lambda: all(abs(a - b) <= 2 for a, b in zip(sizes(), before, strict=True)),
                    timeout=3000)
    # Keys pressed in quick succession: only where they end counts.
    for _ in range(3):
        window.commands.zoom_in.trigger()
    for _ in range(3):
        window.commands.zoom_out.trigger()
    qtbot.waitUntil(lambda: all(abs(a - b) <= 2 for a, b in zip(sizes(), before, strict=True)),
                    timeout=3000)
    for _ in range(5):  # anything still posted by the six steps has run: nothing moved
        QApplication.processEvents()
    assert all(abs(a - b) <= 2 for a, b in zip(sizes(), before, strict=True)), (sizes(), before)


def test_a_narrow_zoomed_window_keeps_lines_of_a_few_words(
        qtbot: QtBot, window: MainWindow) -> None:
    """At 200% in a window 900 pixels wide the side panels kept their widths and the
    text got 80 pixels: a letter or two a line."""
    from PySide6.QtGui import QFontMetrics
    from reader.ui.dialogue import MIN_LINE_CHARS

    for percent in (100, 200, 300):
        zoom_to(window, percent)
        window.resize(600, 900)
        qtbot.waitUntil(lambda: window.width() == window.minimumSizeHint().width())
        chars = window.dialogue.viewport().width() / QFontMetrics(
            window.dialogue.reading_font).averageCharWidth()
        assert chars >= MIN_LINE_CHARS, (percent, chars)
        window.resize(1400, 900)


def test_the_view_settings_labels_stay_while_there_is_room(
        qtbot: QtBot, window: MainWindow) -> None:
    """From 150% on, "Font size:" and "Site colours:" were dropped even in a window with
    room to spare; now they give way only when the row is too narrow for them."""
    bar = window.view_bar
    zoom_to(window, 200)
    window.resize(1900, 900)
    qtbot.waitUntil(lambda: bar.size_label.isVisible() and bar.colours_label.isVisible())
    window.resize(1000, 900)
    qtbot.waitUntil(lambda: not bar.size_label.isVisible())
    assert_all_view_buttons_shown(window)
    window.resize(1900, 900)
    qtbot.waitUntil(bar.size_label.isVisible)
    assert_all_view_buttons_shown(window)


def test_check_boxes_grow_with_the_interface(qtbot: QtBot, window: MainWindow) -> None:
    """At 200% the check boxes' squares (and small icons) kept their pixels, tiny beside
    the text; at 100% the plain style answers Qt's size questions (no Python in them)."""
    from PySide6.QtWidgets import QStyle
    from reader.ui.focus_style import AccessibleStyle, ScaledAccessibleStyle

    metric = QStyle.PixelMetric.PM_IndicatorWidth
    style = QApplication.style()
    assert type(style) is AccessibleStyle
    base = style.pixelMetric(metric)
    zoom_to(window, 200)
    style = QApplication.style()
    assert isinstance(style, ScaledAccessibleStyle)
    assert style.pixelMetric(metric) == round(2 * base)
    assert window.bookmark_panel.current_box.sizeHint().height() >= 2 * base
    window.commands.zoom_reset.trigger()
    assert type(QApplication.style()) is AccessibleStyle
