"""Bookmarks in the window: select, bookmark, note, restart, still there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from reader.app import AppPaths
from reader.core.paths import data_dir
from reader.core.themes import bundled_themes
from reader.ui import file_dialogs
from reader.ui.bookmark_panel import DATE, EVENT, NOTE
from reader.ui.main_window import MainWindow
from tests.helpers import MakeWindow, open_and_wait, write_fictional

QUOTE = "They were enjoyable."


def select(w: MainWindow, text: str) -> None:
    cursor = w.dialogue.document().find(text)
    assert not cursor.isNull(), text
    w.dialogue.setTextCursor(cursor)


def highlighted(w: MainWindow) -> list[tuple[str, str]]:
    return [(s.cursor.selectedText(), s.format.background().color().name().upper())
            for s in w.dialogue.extraSelections()]


def bookmark_the_quote(qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> MainWindow:
    """A shown window with the sample open and its QUOTE bookmarked (Ctrl+D)."""
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(seed_file)])
    select(w, QUOTE)
    w.commands.bookmark.trigger()
    return w


def test_select_bookmark_note_restart_still_there_and_jump(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> None:
    w = bookmark_the_quote(qtbot, make_window, seed_file)
    panel = w.bookmark_panel
    assert panel.proxy.rowCount() == 1
    note_index = panel.proxy.index(0, NOTE)
    assert panel.proxy.setData(note_index, "Putin on the Bahrain talks")
    assert highlighted(w) == [(QUOTE, bundled_themes()["light"].bookmark_colour("yellow"))]
    w.close()

    w2 = make_window()
    w2.show()
    open_and_wait(qtbot, w2, [str(seed_file)])
    panel = w2.bookmark_panel
    assert panel.proxy.rowCount() == 1
    row = [panel.proxy.index(0, c).data() for c in range(6)]
    assert row == [QUOTE, "Vladimir Putin", "Vladimir Putin arrived in Minsk", "2024-05-23",
                   "Putin on the Bahrain talks", "open"]
    assert highlighted(w2) == [(QUOTE, bundled_themes()["light"].bookmark_colour("yellow"))]
    w2.dialogue.verticalScrollBar().setValue(0)
    w2.dialogue.moveCursor(w2.dialogue.textCursor().MoveOperation.Start)
    panel.table.doubleClicked.emit(panel.proxy.index(0, 0))
    assert w2.dialogue.textCursor().selectedText() == QUOTE


def test_bookmark_a_whole_turn_and_delete_with_undo(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    select(w, "The President [of China] spoke")
    w.commands.bookmark_turn.trigger()
    marks = w.bookmarks.all()
    assert [m.anchor.quote for m in marks] == ["The President [of China] spoke highly of you."]
    panel = w.bookmark_panel
    panel.table.selectRow(0)
    panel.delete_action.trigger()
    assert panel.proxy.rowCount() == 0 and highlighted(w) == []
    w.commands.undo_delete.trigger()
    assert panel.proxy.rowCount() == 1
    assert [q for q, _ in highlighted(w)] == ["The President [of China] spoke highly of you."]


def test_orphaned_bookmark_is_shown_and_can_be_reattached(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    f = write_fictional(lib, "talk.txt", "Teapot talk", "2031-01-02",
                        ["Rufus Firefly", "Ada Quill"])
    w = make_window()
    open_and_wait(qtbot, w, [str(f)])
    select(w, "Paragraph 3 said by Ada Quill")
    w.commands.bookmark.trigger()
    text = f.read_text(encoding="utf-8").replace("Paragraph 3 said", "Paragraph three was said")
    f.write_text(text, encoding="utf-8")
    w.controller.open_path(str(f))
    panel = w.bookmark_panel
    assert panel.proxy.index(0, 5).data() == "passage not found"
    assert panel.proxy.index(0, 0).data() == "Paragraph 3 said by Ada Quill"
    assert highlighted(w) == []
    select(w, "Paragraph three was said by Ada Quill")
    w.bookmark_actions.reattach(w.bookmarks.all()[0].id)
    assert panel.proxy.index(0, 5).data() == "open"
    assert [q for q, _ in highlighted(w)] == ["Paragraph three was said by Ada Quill"]


def test_double_click_opens_another_transcript(qtbot: QtBot, make_window: MakeWindow,
                                               tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    a = write_fictional(lib, "a.txt", "First talk", "2031-01-02", ["Rufus Firefly", "Ada Quill"])
    b = write_fictional(lib, "b.txt", "Second talk", "2031-02-02", ["Tom Kettle", "Ada Quill"])
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    w.controller.open_path(str(a))
    select(w, "Paragraph 1 said by Ada Quill")
    w.commands.bookmark.trigger()
    w.controller.open_path(str(b))
    assert w.controller.current_path == str(b)
    panel = w.bookmark_panel
    panel.table.doubleClicked.emit(panel.proxy.index(0, 0))
    assert w.controller.current_path == str(a)
    assert w.dialogue.textCursor().selectedText() == "Paragraph 1 said by Ada Quill"


def test_copy_link_to_passage_gives_the_sites_masha_link(
        qtbot: QtBot, make_window: MakeWindow, corpus: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(corpus / "en" / "kremlin-en-news-60349.html")])
    select(w, "solid programme of cooperation")
    w.commands.copy_link.trigger()
    # Paragraph 8 of the page, words 43-46: "solid programme of cooperation".
    assert QApplication.clipboard().text() == \
        "http://en.kremlin.ru/events/president/news/60349#sel=8:43,8:46"


def test_export_and_import_between_two_libraries(qtbot: QtBot, make_window: MakeWindow,
                                                 seed_file: Path, tmp_path: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    select(w, QUOTE)
    w.commands.bookmark.trigger()
    out = tmp_path / "export.json"
    assert w.bookmarks.export(out, "json") == 1
    md = tmp_path / "export.md"
    w.bookmarks.export(md, "markdown")
    assert "— Vladimir Putin, President of Russia — Vladimir Putin arrived in Minsk, May 23, 2024, Minsk" in \
        md.read_text(encoding="utf-8")
    assert w.bookmarks.import_file(out) == (0, 1)
    assert len(json.loads(out.read_text())["bookmarks"]) == 1


def test_corrupt_bookmark_file_is_kept_aside_and_the_user_told(
        qtbot: QtBot, make_window: MakeWindow, app_paths: AppPaths,
        monkeypatch: pytest.MonkeyPatch, seed_file: Path) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    app_paths.data.mkdir(parents=True)
    (app_paths.data / "bookmarks.sqlite").write_bytes(b"garbage" * 500)
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    qtbot.waitUntil(lambda: bool(told))
    assert "bookmarks.sqlite" in told[0] and "kept as" in told[0]
    aside = [p for p in app_paths.data.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == b"garbage" * 500
    select(w, QUOTE)
    w.commands.bookmark.trigger()
    assert len(w.bookmarks.all()) == 1


def test_two_colour_schemes_underline_instead_of_a_third_colour(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    select(w, QUOTE)
    w.commands.bookmark.trigger()
    w.view_bar.theme_buttons["white-on-black"].click()
    sels = w.dialogue.extraSelections()
    assert len(sels) == 1 and sels[0].format.fontUnderline()
    assert sels[0].cursor.selectedText() == QUOTE
    w.view_bar.theme_buttons["dark"].click()
    assert highlighted(w) == [(QUOTE, bundled_themes()["dark"].bookmark_colour("yellow"))]


def test_command_line_finds_the_same_database_as_the_window(qapp: QApplication) -> None:
    qapp.setOrganizationName("transcript-reader")
    qapp.setApplicationName("transcript-reader")
    loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(loc) == data_dir()


def test_bookmarks_added_by_another_running_copy_appear(
        qtbot: QtBot, make_window: MakeWindow, app_paths: AppPaths, seed_file: Path) -> None:
    from reader.core import parse_file
    from reader.core.anchors import FlatText, make_anchor
    from reader.core.bookmarks import Bookmark, BookmarkStore

    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    other = BookmarkStore(app_paths.data / "bookmarks.sqlite")  # the other copy
    t = parse_file(seed_file)
    flat = FlatText(t)
    i = flat.text.index(QUOTE)
    other.add(Bookmark(anchor=make_anchor(t, flat.point(i), flat.point(i + len(QUOTE)))))
    # The window looks for the other copy's commits every two seconds.
    qtbot.waitUntil(lambda: highlighted(w) == [
        (QUOTE, bundled_themes()["light"].bookmark_colour("yellow"))], timeout=6000)
    assert w.bookmark_panel.proxy.rowCount() == 1


def test_a_new_bookmark_opens_its_note_for_typing(qtbot: QtBot, make_window: MakeWindow,
                                                  seed_file: Path) -> None:
    w = bookmark_the_quote(qtbot, make_window, seed_file)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.parent() is w.bookmark_panel.table.viewport()
    qtbot.keyClicks(editor, "A short answer")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next event
    qtbot.waitUntil(lambda: w.bookmarks.all()[0].note == "A short answer")
    assert w.bookmark_panel.proxy.index(0, NOTE).data() == "A short answer"
    # ... and back to the text, the passage still selected: reading (and Copy with
    # Citation) go on there.
    qtbot.waitUntil(w.dialogue.hasFocus)
    assert w.dialogue.textCursor().hasSelection()
    assert w.message_label.text() == ""  # "type a note…" is done with


def test_a_file_with_no_title_has_one_name_everywhere(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """No title or date in the text: the list, the reading view and the Bookmarks panel
    all name it by its file ("teapot talk 2031 02 03") and date it by its name."""
    lib = tmp_path / "lib"
    lib.mkdir()
    f = lib / "teapot-talk-2031-02-03.txt"
    f.write_text("Rufus Firefly: Good afternoon, colleagues. We shall talk about teapots.\n\n"
                 "Ada Quill: Thank you. Teapots matter to all of us.\n", encoding="utf-8")
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(lib)])
    w.controller.open_path(str(f))
    qtbot.waitUntil(lambda: w.controller.current_path == str(f))
    name = "teapot talk 2031 02 03"
    assert w.dialogue.document().firstBlock().text() == name
    month = w.events.view.model().index(0, 0)
    assert w.events.view.model().index(0, 1, month).data() == name
    w.dialogue.setTextCursor(w.dialogue.document().find("Teapots matter"))
    w.commands.bookmark.trigger()
    panel = w.bookmark_panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    assert panel.proxy.index(0, EVENT).data() == name
    assert panel.proxy.index(0, DATE).data() == "2031-02-03"


def test_the_menus_export_takes_every_bookmark_and_the_panels_the_chosen_ones(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A row highlighted in the panel (the last one added) made Bookmarks > Export
    Bookmarks… export only it, without a word."""

    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(seed_file)])
    for words in (QUOTE, "They were enjoyable."):
        select(w, words)
        w.commands.bookmark.trigger()
    panel = w.bookmark_panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2)
    panel.table.selectRow(0)  # one row chosen
    titles: list[str] = []
    out = tmp_path / "all.json"
    monkeypatch.setattr(file_dialogs, "save_file_name",
                        lambda _parent, title, *_a: (titles.append(title), (str(out), ""))[1])
    w.commands.export_bookmarks.trigger()
    assert titles[-1] == "Export all bookmarks"
    assert len(json.loads(out.read_text())["bookmarks"]) == 2
    panel.table.selectAll()
    out = tmp_path / "chosen.json"
    panel.export_button.click()
    assert titles[-1] == "Export 2 selected bookmarks"
    assert len(json.loads(out.read_text())["bookmarks"]) == 2


def test_bookmarks_of_one_event_list_in_reading_order_and_undo_puts_one_back_in_place(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """The list sorts by event date: the bookmarks of one event tie, and came in the order
    they were made; a deleted one brought back by Undo went to the end."""
    f = write_fictional(tmp_path, "talk.txt", "Teapot talk", "2031-01-02",
                        ["Rufus Firefly", "Ada Quill"])
    w = make_window()
    open_and_wait(qtbot, w, [str(f)])
    for n in (5, 1, 3):  # made out of reading order
        select(w, f"Paragraph {n} said by")
        w.commands.bookmark.trigger()
    panel = w.bookmark_panel
    quotes = lambda: [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]  # noqa: E731
    expected = [f"Paragraph {n} said by" for n in (1, 3, 5)]
    assert quotes() == expected
    panel.table.sortByColumn(EVENT, Qt.SortOrder.AscendingOrder)
    assert quotes() == expected
    panel.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    panel.table.selectRow(1)
    panel.delete_action.trigger()
    assert quotes() == ["Paragraph 1 said by", "Paragraph 5 said by"]
    w.commands.undo_delete.trigger()
    assert quotes() == expected


def test_a_new_bookmark_is_selected_alone_so_delete_takes_only_it(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Each new bookmark's row was added to the panel's selection: Delete after two
    bookmarks deleted both."""
    f = write_fictional(tmp_path, "talk.txt", "Teapot talk", "2031-01-02",
                        ["Rufus Firefly", "Ada Quill"])
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(f)])
    assert w.commands.bookmark.shortcut().toString() == "Ctrl+D"
    for n in (1, 3):
        w.dialogue.setFocus()
        select(w, f"Paragraph {n} said by")
        # By its keys: Ctrl is held while the new row is selected (Qt's views read it).
        qtbot.keyClick(w.dialogue, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        editor = QApplication.focusWidget()
        assert editor is not None
        qtbot.keyClick(editor, Qt.Key.Key_Escape)  # the note editor: no note
    panel = w.bookmark_panel
    assert panel.selected_ids() == [w.bookmarks.all()[-1].id]
    panel.delete_action.trigger()
    assert [b.anchor.quote for b in w.bookmarks.all()] == ["Paragraph 1 said by"]


def test_the_bookmark_filter_finds_the_event_name_the_row_shows(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """A plain text file without a title: its rows show "teapot interview 2031 05 06",
    and typing "interview" in the filter found nothing."""
    f = tmp_path / "teapot-interview-2031-05-06.txt"
    f.write_text("Rufus Firefly: The crimson kettle is ready.\n\nAda Quill: Good.\n",
                 encoding="utf-8")
    w = make_window()
    open_and_wait(qtbot, w, [str(f)])
    select(w, "The crimson kettle")
    w.commands.bookmark.trigger()
    panel = w.bookmark_panel
    assert panel.proxy.index(0, EVENT).data() == "teapot interview 2031 05 06"
    panel.filter_edit.setText("interview")
    assert panel.proxy.rowCount() == 1


def test_bookmark_panel_keys_f2_edits_the_note_and_esc_empties_the_filter(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> None:
    """F2 on a row did nothing (its current cell was the quote); Esc in the filter did
    not empty it, as it does in the event list."""
    w = bookmark_the_quote(qtbot, make_window, seed_file)
    panel = w.bookmark_panel
    table = panel.table
    note_editor = QApplication.focusWidget()  # opened by Ctrl+D: no note this time
    assert note_editor is not None
    qtbot.keyClick(note_editor, Qt.Key.Key_Escape)
    table.setFocus()
    table.setCurrentIndex(panel.proxy.index(0, 0))  # the quote's cell
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClicks(editor, "Putin on the talks")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.bookmarks.all()[0].note == "Putin on the talks")
    panel.filter_edit.setText("nothing like this")
    assert panel.proxy.rowCount() == 0
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Escape)
    assert panel.filter_edit.text() == "" and panel.proxy.rowCount() == 1
