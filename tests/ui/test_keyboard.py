"""Keyboard only (WCAG 2.1.1, 2.1.2, 2.4.3): the real window, walked with Tab and Shift+Tab
until focus comes back; F6 between areas; the transcript's Ctrl+Home / Ctrl+End; date
fields typed and cleared; lists and tables one Tab stop each."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QMenu,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from reader.ui.keyboard import takes_tab
from reader.ui.main_window import MainWindow
from tests.helpers import MakeWindow, open_and_wait

DIRECT_LINE = Path("../shared/corpus/en/kremlin-en-news-60795.html").resolve()


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow) -> MainWindow:
    return open_direct_line(qtbot, make_window)


def open_direct_line(qtbot: QtBot, make_window: MakeWindow) -> MainWindow:
    """The real window, shown, with a Direct Line (60 speakers) open."""
    w = make_window()
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    open_and_wait(qtbot, w, [str(DIRECT_LINE)])
    qtbot.waitUntil(lambda: w.legend.topLevelItemCount() > 0)
    return w


def focus() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def walk(w: MainWindow, key: Qt.Key) -> list[QWidget]:
    """Press the key until focus comes back to where it started; every stop."""
    w.events.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    start = focus()
    stops = [start]
    for _ in range(200):
        before = focus()
        QTest.keyClick(before, key)
        now = focus()
        assert now is not before, f"{key.name} left focus on {now.objectName() or now}"
        assert now.isVisible(), f"focus went to a hidden {type(now).__name__}"
        # Not behind another dock's tab either (Qt keeps those "visible", off screen).
        assert not now.visibleRegion().isEmpty(), f"focus went off screen: {name(now)}"
        assert now.window() is w
        if now is start:
            return stops
        stops.append(now)
    raise AssertionError(f"{key.name} never came back to the filter field")


def name(w: QWidget) -> str:
    return w.accessibleName() or w.objectName() or type(w).__name__


def controls(w: MainWindow) -> set[QWidget]:
    """Every visible control that takes Tab focus (not the inner editors of combos)."""
    out = set()
    for c in w.findChildren(QWidget):
        if not takes_tab(c) or c.window() is not w or c.visibleRegion().isEmpty():
            continue
        parent = c.parentWidget()
        if isinstance(parent, QComboBox) or type(parent).__name__ in ("DateField",):
            continue
        if isinstance(c.parentWidget(), QWidget) and c.parentWidget().inherits(
                "QAbstractScrollArea") and c is not c.parentWidget():
            continue  # a viewport or scroll bar
        out.add(c)
    return out


@pytest.mark.parametrize("dock", ["bookmarks", "search"])
def test_tab_and_shift_tab_go_round_every_control_and_come_back(
        qtbot: QtBot, window: MainWindow, dock: str) -> None:
    (window.bookmarks_dock if dock == "bookmarks" else window.search_dock).raise_()
    qtbot.waitUntil((window.search_panel if dock == "search"
                             else window.bookmark_panel).isVisible)
    forward = walk(window, Qt.Key.Key_Tab)
    backward = walk(window, Qt.Key.Key_Backtab)
    assert set(forward) == set(backward)
    assert backward[1:] == forward[1:][::-1]
    missing = controls(window) - set(forward)
    assert not missing, [name(m) for m in missing]
    # Reading order: event list, transcript, side panels, bottom dock.
    order = [window.events.filter_edit, window.events.date_from, window.events.date_to,
             window.events.speaker_box, window.events.view, window.dialogue,
             window.legend, window.outline]
    bottom = window.bookmark_panel if dock == "bookmarks" else window.search_panel
    first_bottom = next(i for i, s in enumerate(forward) if bottom.isAncestorOf(s))
    positions = [forward.index(s) if s in forward else
                 next(i for i, f in enumerate(forward) if s.isAncestorOf(f)) for s in order]
    assert positions == sorted(positions)
    assert positions[-1] < first_bottom
    if dock == "bookmarks":  # along the row above the table, then the table
        p = window.bookmark_panel
        assert [s for s in forward if p.isAncestorOf(s)] == [
            p.filter_edit, p.colour_box, p.current_box, p.import_button, p.export_button,
            p.table]


def test_every_toolbar_control_has_a_menu_action_or_a_tab_stop(window: MainWindow) -> None:
    in_menus = set()
    stack = list(window.menuBar().actions())
    while stack:
        a = stack.pop()
        in_menus.add(a)
        if a.menu() is not None:
            stack.extend(a.menu().actions())
    chain = set(walk(window, Qt.Key.Key_Tab))
    for bar in window.findChildren(QToolBar):
        for a in bar.actions():
            if a.isSeparator() or not a.isVisible():
                continue
            button = bar.widgetForAction(a)
            inner = list(button.findChildren(QAbstractButton) if button else [])
            reachable = a in in_menus or button in chain or (
                isinstance(button, QAbstractButton) and button.defaultAction() in in_menus)
            assert reachable or all(c in chain for c in inner), a.text() or button


def test_f6_moves_between_the_main_areas(qtbot: QtBot, window: MainWindow) -> None:
    window.events.filter_edit.setFocus()
    seen = []
    for _ in range(5):
        QTest.keyClick(focus(), Qt.Key.Key_F6)
        seen.append(focus())
    assert seen[0] is window.dialogue
    assert seen[1] is window.legend
    assert seen[2] is window.outline
    assert window.bookmark_panel.isAncestorOf(seen[3])  # the dock tab showing
    assert window.events.isAncestorOf(seen[4])
    QTest.keyClick(focus(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.bookmark_panel.isAncestorOf(focus())
    window.search_dock.raise_()  # the focus in the panel now hidden moves to the one shown
    qtbot.waitUntil(lambda: window.search_panel.isAncestorOf(QApplication.focusWidget()))
    QTest.keyClick(focus(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is window.outline
    QTest.keyClick(focus(), Qt.Key.Key_F6)
    assert window.search_panel.isAncestorOf(focus())


def test_ctrl_end_and_ctrl_home_in_the_transcript(qtbot: QtBot, window: MainWindow) -> None:
    d = window.dialogue
    d.setFocus()
    QTest.keyClick(d, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert d.complete
    bar = d.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    last = d.document().lastBlock().text()
    assert last and last in d.toPlainText()[-len(last) - 5:]
    assert d.textCursor().position() == d.document().characterCount() - 1
    QTest.keyClick(d, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0 and d.textCursor().position() == 0
    # The caret selects with the keyboard (to bookmark a passage without a mouse).
    QTest.keyClick(d, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert d.textCursor().hasSelection()


def test_date_fields_take_typed_dates_and_go_back_to_any(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    field = window.events.date_from
    field.setFocus()
    QTest.keyClicks(field, "2019-06-01")
    assert window.events.dates.range() == ("2019-06-01", None)
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "any"
    assert window.events.dates.range() == (None, None)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert focus() is window.events.date_to


def test_a_year_alone_means_the_whole_year_and_a_retyped_date_stays_in_its_field(
        qtbot: QtBot, window: MainWindow) -> None:
    dates = window.events.dates
    dates.date_from.setFocus()
    QTest.keyClicks(dates.date_from, "2019")  # over "any": from the year's first day
    QTest.keyClick(dates.date_from, Qt.Key.Key_Tab)
    assert focus() is dates.date_to
    QTest.keyClicks(dates.date_to, "2019")  # ... to its last
    assert dates.range() == ("2019-01-01", "2019-12-31")
    # Typed over a date that is there (selected all): the dashes move within the field,
    # never out of it.
    dates.date_to.lineEdit().selectAll()
    QTest.keyClicks(dates.date_to, "2018-12-30")
    assert dates.range() == ("2019-01-01", "2018-12-30")
    assert focus() is dates.date_to
    dates.date_to.lineEdit().selectAll()
    QTest.keyClick(dates.date_to, Qt.Key.Key_Delete)  # back to "any"
    QTest.keyClicks(dates.date_to, "2018-06")  # a month: to its last day
    assert dates.range() == ("2019-01-01", "2018-06-30")


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_alt_down_opens_the_speaker_list_and_the_calendar(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    """Qt's own key for a drop-down, not the window's "next turn by this speaker"."""
    box = window.events.speaker_box
    box.setFocus()
    QTest.keyClick(focus(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(box.view().isVisible)
    box.hidePopup()
    field = window.events.date_from
    field.setFocus()
    QTest.keyClick(focus(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    QTest.keyClick(calendar, Qt.Key.Key_Escape)


def test_the_bookmarks_come_back_in_front_of_search_by_a_key(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    """The two share one place; Search the Library brings its panel in front, and
    Go to Bookmarks (Ctrl+Shift+B) brings the bookmarks back, focus in their list."""
    window.bookmarks_dock.show()
    window.search.open()
    qtbot.waitUntil(lambda: not window.search_panel.visibleRegion().isEmpty())
    assert window.bookmark_panel.visibleRegion().isEmpty()  # behind the Search tab
    QTest.keyClick(focus(), Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not window.bookmark_panel.visibleRegion().isEmpty())
    assert focus() is window.bookmark_panel.table


def test_enter_opens_a_bookmark_from_any_column(qtbot: QtBot, window: MainWindow) -> None:
    from reader.ui.bookmark_panel import NOTE

    window.dialogue.setFocus()
    window.turns.go(3)
    window.commands.bookmark_turn.trigger()
    panel = window.bookmark_panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.proxy.index(0, NOTE))  # where a new note leaves it
    with qtbot.waitSignal(panel.open_requested, timeout=2000):
        QTest.keyClick(table, Qt.Key.Key_Return)


def test_down_goes_from_a_field_to_its_list(qtbot: QtBot, window: MainWindow) -> None:
    """From the library filter to the event list, from the search query to the results."""
    window.events.filter_edit.setFocus()
    QTest.keyClick(focus(), Qt.Key.Key_Down)
    assert focus() is window.events.view
    assert window.events.view.currentIndex().isValid()
    window.search.open()
    panel = window.search_panel
    QTest.keyClicks(panel.query, "housing")
    with qtbot.waitSignal(panel.results_shown, timeout=20000):
        QTest.keyClick(panel.query, Qt.Key.Key_Return)
    QTest.keyClick(panel.query, Qt.Key.Key_Down)
    assert focus() is panel.table


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_shift_f10_opens_the_context_menu_of_the_text_and_of_the_bookmarks(
        qtbot: QtBot, window: MainWindow) -> None:
    """As the Menu key does: many keyboards have only Shift+F10."""
    from PySide6.QtGui import QTextCursor

    shown: list[list[str]] = []

    def read_and_close_the_menu() -> None:  # runs inside the menu's own event loop
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        shown.append([a.text().replace("&", "") for a in menu.actions()])
        menu.close()

    d = window.dialogue
    d.setFocus()
    c = d.textCursor()
    c.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor)
    d.setTextCursor(c)
    QTimer.singleShot(0, read_and_close_the_menu)
    QTest.keyClick(focus(), Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert shown and "Copy with Citation" in shown[-1]  # the window's commands too
    window.turns.go(1)
    window.commands.bookmark_turn.trigger()
    table = window.bookmark_panel.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    QTimer.singleShot(0, read_and_close_the_menu)
    QTest.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert len(shown) == 2 and "Open Passage" in shown[-1]


def test_a_table_is_one_tab_stop(qtbot: QtBot, window: MainWindow) -> None:
    window.search.open()
    panel = window.search_panel
    QTest.keyClicks(panel.query, "housing")
    with qtbot.waitSignal(panel.results_shown, timeout=20000):
        QTest.keyClick(panel.query, Qt.Key.Key_Return)
    table = panel.table
    table.expandAll()  # events over their passages
    assert table.model().rowCount() + table.model().rowCount(table.model().index(0, 0)) > 3
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert focus() is not table


@pytest.mark.parametrize(("locale", "typed"), [("ru_RU", "02.01.2031"), ("en_US", "1/2/31"),
                                               ("en_US", "01/02/2031"), ("de_DE", "2.1.31")])
def test_date_fields_take_the_locales_short_form_typed_or_pasted(
        qtbot: QtBot, locale: str, typed: str) -> None:
    from PySide6.QtCore import QLocale
    from reader.ui.date_range import DateRange

    QLocale.setDefault(QLocale(locale))
    try:
        dates = DateRange()
        qtbot.addWidget(dates)
        dates.show()
        field = dates.date_from
        field.setFocus()
        QTest.keyClicks(field, typed)
        assert dates.range() == ("2031-01-02", None)
        assert field.text() == "2031-01-02"  # shown as the list gives dates
        field.selectAll()
        QTest.keyClick(field, Qt.Key.Key_Delete)
        assert dates.range() == (None, None)
        field.lineEdit().selectAll()
        field.lineEdit().insert(typed)  # pasted
        assert dates.range() == ("2031-01-02", None)
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_back_returns_from_finding_and_from_the_ends(qtbot: QtBot,
                                                     window: MainWindow) -> None:
    """Finding words and Ctrl+End move the reader: Back (Alt+Left) returns to where they
    were, as after a jump by the outline or a bookmark."""
    d = window.dialogue
    d.setFocus()
    window.commands.next_turn.trigger()
    window.commands.next_turn.trigger()
    for _ in range(5):
        QApplication.processEvents()
    before = d.top_place()[:2]
    window.commands.find.trigger()
    QTest.keyClicks(window.find_bar.edit, "inflation")
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert d.top_place()[:2] != before
    window.commands.back.trigger()
    qtbot.waitUntil(lambda: d.top_place()[:2] == before)
    QTest.keyClick(d, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert d.top_place()[:2] != before
    window.commands.back.trigger()
    qtbot.waitUntil(lambda: d.top_place()[:2] == before)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_f10_opens_the_first_menu_whatever_the_layout(qtbot: QtBot, window: MainWindow) -> None:
    """In the Russian interface the menus' access keys are Cyrillic letters: with a Latin
    keyboard layout active, Alt with them opened nothing, and no key reached the menus."""
    from reader.ui.help import ShortcutsDialog

    opened: list[object] = []

    def look() -> None:
        popup = QApplication.activePopupWidget()
        opened.append(popup)
        if popup is not None:
            popup.close()

    window.dialogue.setFocus()
    QTimer.singleShot(0, look)
    QTest.keyClick(focus(), Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [window.menus["file"]]
    assert "F10" in [row[1] for row in ShortcutsDialog([], window).moving_keys()]


def test_back_after_finding_from_the_end_returns_to_the_end(
        qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+End, then finding a word, then Back with the find bar still open: Back went
    to the top (where Ctrl+End started), not to the end where finding started."""
    d = window.dialogue

    def settle() -> None:  # as between a reader's key presses
        for _ in range(5):
            QApplication.processEvents()

    d.setFocus()
    QTest.keyClick(d, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle()
    end = d.top_place()[:2]
    window.commands.find.trigger()
    settle()
    QTest.keyClicks(window.find_bar.edit, "inflation")
    settle()
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    settle()
    assert d.top_place()[:2] != end
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: d.top_place()[:2] == end)
    # Forward returns to the match.
    window.commands.forward.trigger()
    qtbot.waitUntil(lambda: d.top_place()[:2] != end)
