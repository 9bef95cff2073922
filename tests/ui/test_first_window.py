"""The first window: sized from the screen, the text gets the room, a welcome while the
library holds only the sample, the application's icon."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reader.app import set_icon
from reader.ui.main_window import MainWindow
from tests.helpers import MakeWindow, open_and_wait, write_fictional


def widths(w: MainWindow) -> dict[str, int]:
    return {"reading": w.dialogue.width(), "events": w.events.width(),
            "speakers": w.legend_dock.width(), "outline": w.outline_dock.width()}


def first_window(qtbot: QtBot, make_window: MakeWindow) -> MainWindow:
    """The window of a first start (nothing saved) on a 1600 x 1000 screen, shown."""
    w = make_window()
    w.restore()  # nothing saved yet
    w.first_layout(QRect(0, 0, 1600, 1000))
    open_and_wait(qtbot, w, [])
    w.show()
    qtbot.waitExposed(w)
    return w


def restarted(qtbot: QtBot, make_window: MakeWindow) -> MainWindow:
    """The window of the next start: as the user left it, shown."""
    w = make_window()
    w.restore()
    w.show()
    qtbot.waitExposed(w)
    return w


def starts_small(qtbot: QtBot, w: MainWindow) -> None:
    """The Bookmarks panel as it first opens: four rows, within about a quarter of the
    window; the text keeps the rest."""
    table = w.bookmark_panel.table
    rows = table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: w.bookmark_panel.height() <= w.height() // 4
                    and table.viewport().height() >= 4 * rows)
    assert w.reading.height() > 0.55 * w.height()


def test_the_first_window_at_1600_by_1000_gives_the_text_the_room(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    w = first_window(qtbot, make_window)
    assert (w.width(), w.height()) == (1280, 800)
    sizes = widths(w)
    assert sizes["reading"] == max(sizes.values()), sizes
    assert sizes["reading"] > 560  # room for about ten words a line
    assert w.legend_dock.isVisible() and w.outline_dock.isVisible()
    # No bookmarks yet: the Bookmarks and Search panels wait until they are used.
    assert not w.bookmarks_dock.isVisible() and not w.search_dock.isVisible()
    assert w.dialogue.height() > 0.6 * w.height()
    w.grab().save(str(tmp_path / "first-window.png"))
    # The first bookmark brings its panel.
    cursor = w.dialogue.document().find("Mr Putin, thank you")
    w.dialogue.setTextCursor(cursor)
    w.commands.bookmark.trigger()
    assert w.bookmarks_dock.isVisible()
    starts_small(qtbot, w)


def test_the_bookmarks_panel_opened_from_the_view_menu_starts_small(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    w = first_window(qtbot, make_window)
    w.bookmarks_dock.toggleViewAction().trigger()  # View > Bookmarks
    starts_small(qtbot, w)


def test_the_search_panel_opens_with_room_for_results_and_the_text_keeps_most(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    w = first_window(qtbot, make_window)
    w.commands.search.trigger()  # Search the Library
    panel = w.search_panel
    lines = panel.table.fontMetrics().lineSpacing()
    # Three results of two lines (it opened squeezed to its query row and a sliver).
    qtbot.waitUntil(lambda: panel.table.height() >= 3 * 2 * lines - 4)
    assert w.reading.height() > 0.55 * w.height()


def test_after_a_restart_a_closed_panel_opens_small_and_an_open_one_keeps_its_size(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    first_window(qtbot, make_window).close()  # a first session without bookmarks
    w = restarted(qtbot, make_window)
    open_and_wait(qtbot, w, [])
    cursor = w.dialogue.document().find("Mr Putin, thank you")
    w.dialogue.setTextCursor(cursor)
    w.commands.bookmark.trigger()
    starts_small(qtbot, w)  # not squeezed to its least, nor a third of the window
    # The reader makes it taller and leaves it open: it comes back so.
    w.resizeDocks([w.bookmarks_dock], [w.height() // 3], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: w.bookmarks_dock.height() >= w.height() // 3 - 2)
    tall = w.bookmarks_dock.height()
    w.close()
    again = restarted(qtbot, make_window)
    qtbot.waitUntil(again.bookmarks_dock.isVisible)
    assert abs(again.bookmarks_dock.height() - tall) <= 2


def test_a_welcome_while_only_the_sample_is_in_the_library(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    w = make_window()
    w.show()
    # Already in the first paint, before the sample is read (nothing moves when it is).
    assert w.welcome.isVisible()
    open_and_wait(qtbot, w, [])  # the first start: the sample
    assert w.welcome.isVisible()
    text = w.welcome.text.text()
    assert "Ctrl+Shift+O" in text and "drag" in text
    assert "en.kremlin.ru/events/president/transcripts" in text
    assert w.controller.current is not None  # the sample is shown below it
    # The welcome's button is the window's Add Folder.
    lib = tmp_path / "lib"
    lib.mkdir()
    write_fictional(lib, "a.txt", "Teapot talk", "2031-01-02", ["Rufus Firefly", "Ada Quill"])
    w.files.open_paths([str(lib)])
    assert not w.welcome.isVisible()
    w.controller.library.remove([str(lib)])
    assert w.welcome.isVisible()
    w.welcome.hide_button.click()
    assert not w.welcome.isVisible()
    w.close()
    w2 = make_window()
    w2.show()
    open_and_wait(qtbot, w2, [])
    assert not w2.welcome.isVisible()  # hidden for good


def test_the_application_icon(qapp: QApplication) -> None:
    set_icon(qapp)
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().pixmap(32, 32).width() == 32


def test_on_a_small_screen_the_side_panels_wait_and_the_text_keeps_half(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    w = make_window()
    w.first_layout(QRect(0, 0, 1024, 700))
    open_and_wait(qtbot, w, [])
    w.show()
    qtbot.waitExposed(w)
    assert not w.legend_dock.isVisible() and not w.outline_dock.isVisible()
    assert w.dialogue.width() >= w.width() // 2 - 20
    assert w.commands.named("open").isEnabled()  # nothing lost: the panels are in View
    assert not w.legend_dock.toggleViewAction().isChecked()


def test_the_split_between_list_and_text_is_kept(qtbot: QtBot, make_window: MakeWindow) -> None:
    w = make_window()
    w.resize(780, 700)  # within the offscreen screen (800×800), so the geometry is kept
    w.show()
    w.splitter.setSizes([330, 140])
    kept = w.splitter.sizes()
    w.close()
    assert restarted(qtbot, make_window).splitter.sizes() == kept


def test_first_layout_arithmetic() -> None:
    from reader.ui.first_window import first_layout

    big = first_layout(1600, 1000, 280, 330)
    assert (big.width, big.height) == (1280, 800)
    assert big.side_width >= 280 and big.text_width > big.list_width > 0
    assert big.text_width > big.side_width
    small = first_layout(1024, 700, 280, 330)
    assert small.side_width == 0 and small.text_width >= small.width // 2 - 1


def test_the_welcomes_links_follow_the_scheme(qtbot: QtBot, make_window: MakeWindow) -> None:
    from dataclasses import replace

    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [])
    w.apply_view(replace(w.view, theme="white-on-black"))
    image = w.welcome.text.grab().toImage()
    colours = {image.pixelColor(x, y).getRgb()[:3]
               for x in range(image.width()) for y in range(image.height())}
    # White on black has white links: no blue left from the default link colour.
    assert not [c for c in colours if c[2] > c[0] + 60]
    assert (255, 255, 255) in colours
