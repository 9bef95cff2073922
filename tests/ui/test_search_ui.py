"""Find in transcript and library search, as a user sees them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot
from reader.app import AppPaths
from reader.ui.main_window import MainWindow
from reader.ui.search_panel import SearchPanel
from reader.ui.search_results import Role
from tests.helpers import MakeWindow, long_transcript_window, open_and_wait, write_fictional


def find_highlights(w: MainWindow) -> list[tuple[str, str]]:
    return [(s.cursor.selectedText(), s.format.background().color().name().upper())
            for s in w.dialogue.extraSelections()]


def test_find_bar_counts_highlights_and_steps(qtbot: QtBot, make_window: MakeWindow,
                                              seed_file: Path) -> None:
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(seed_file)])
    w.commands.find.trigger()
    assert w.find_bar.isVisible()
    qtbot.keyClicks(w.find_bar.edit, "talks")
    theme = w.theme()
    marks = find_highlights(w)
    assert [m for m, _ in marks] == ["talks"] * 4
    assert [c for _, c in marks].count(theme.colours["find_current"]) == 1
    assert [c for _, c in marks].count(theme.colours["find"]) == 3
    assert w.find_bar.count.text() == "1 of 4"
    qtbot.keyClick(w.find_bar.edit, Qt.Key.Key_Return)
    assert w.find_bar.count.text() == "2 of 4"
    assert w.dialogue.textCursor().selectedText() == "talks"
    qtbot.keyClick(w.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert w.find_bar.count.text() == "1 of 4"
    w.find_bar.speaker.setCurrentIndex(w.find_bar.speaker.findData("vladimir-putin"))
    assert w.find_bar.count.text() == "1 of 2"
    w.find_bar.edit.setText("no such words")
    assert w.find_bar.count.text() == "No matches" and find_highlights(w) == []
    qtbot.keyClick(w.find_bar.edit, Qt.Key.Key_Escape)
    assert not w.find_bar.isVisible()


def test_after_find_the_caret_stays_on_the_match(qtbot: QtBot, make_window: MakeWindow,
                                                 seed_file: Path) -> None:
    """Esc leaves the match selected in the text: Shift+End (and a bookmark) go on from
    there, not from the top of the view."""
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(seed_file)])
    w.commands.find.trigger()
    qtbot.keyClicks(w.find_bar.edit, "talks")
    qtbot.keyClick(w.find_bar.edit, Qt.Key.Key_Return)
    start = w.dialogue.textCursor().selectionStart()
    qtbot.keyClick(w.find_bar.edit, Qt.Key.Key_Escape)
    assert not w.find_bar.isVisible() and w.dialogue.hasFocus()
    assert w.dialogue.textCursor().selectedText() == "talks"
    qtbot.keyClick(w.dialogue, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    c = w.dialogue.textCursor()
    assert c.selectionStart() == start and c.selectedText().startswith("talks")
    # Opened again, the bar finds its words again: Enter goes on to the next match.
    w.commands.find.trigger()
    assert w.find_bar.edit.text() == "talks" and len(find_highlights(w)) == 4
    count = w.find_bar.count.text()
    qtbot.keyClick(w.find_bar.edit, Qt.Key.Key_Return)
    assert w.find_bar.count.text() != count


def test_find_folds_russian_yo(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    f = tmp_path / "ru.txt"
    f.write_text("Р.Светлячков: Ещё одна ёлка.\n\nА.Квиллова: Елка красивая. Еще бы.\n",
                 encoding="utf-8")
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(f)])
    w.find_bar.open_bar("елка")
    assert w.find_bar.count.text() == "1 of 2"
    assert [m for m, _ in find_highlights(w)] == ["ёлка", "Елка"]


def _library(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    write_fictional(lib, "a.txt", "Teapot summit", "2031-01-02", ["Rufus Firefly", "Ada Quill"])
    write_fictional(lib, "b.txt", "Kettle forum", "2031-02-03", ["Tom Kettle", "Ada Quill"])
    (lib / "c.txt").write_text(
        "Документ /\n\nCrimson meeting\n\nMarch 3, 2031, Fredville\n\nA meeting.\n\n* * *\n\n"
        "Rufus Firefly: Good day.\n\nTom Kettle: The crimson teapot doctrine is ours.\n",
        encoding="utf-8")
    return lib


def run_search(qtbot: QtBot, panel: SearchPanel, query: str, speaker: str = "") -> None:
    panel.query.setText(query)
    panel.speaker.setText(speaker)
    with qtbot.waitSignal(panel.results_shown):  # queries run off the GUI thread
        panel.run()


def events_shown(panel: SearchPanel) -> list[str]:
    m = panel.model
    return [m.index(r, 0).data().split("\n")[0] for r in range(m.rowCount())]


def passages_shown(panel: SearchPanel, row: int = 0) -> list[str]:
    m = panel.model
    parent = m.index(row, 0)
    return [m.index(r, 0, parent).data() for r in range(m.rowCount(parent))]


def test_library_search_shows_events_over_passages_and_opens_one(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = _library(tmp_path)
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(lib)])
    w.commands.search.trigger()
    panel = w.search_panel
    qtbot.keyClicks(panel.query, '"crimson teapot"')
    with qtbot.waitSignal(panel.results_shown):
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert events_shown(panel) == ["Crimson meeting"]
    line = panel.model.index(0, 0).data().split("\n")[1]
    assert line == "2031-03-03, Fredville · Rufus Firefly, Tom Kettle · 1 passage"
    assert passages_shown(panel) == ["Tom Kettle: The crimson teapot doctrine is ours."]
    assert panel.table.isExpanded(panel.model.index(0, 0))
    html = panel.model.index(0, 0, panel.model.index(0, 0)).data(Role.HTML)
    assert "<b><u>crimson teapot</u></b>" in html
    assert panel.status.text().startswith("1 event, 1 passage (")
    panel.table.activated.emit(panel.model.index(0, 0, panel.model.index(0, 0)))
    assert w.controller.current_path == str(lib / "c.txt")
    assert w.find_bar.isVisible() and w.find_bar.count.text() == "1 of 1"
    assert w.dialogue.textCursor().selectedText() == "crimson teapot"


def test_names_find_where_people_speak_and_speaker_alone_lists_turns(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = _library(tmp_path)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    panel = w.search_panel
    run_search(qtbot, panel, "Tom Kettle")
    assert set(events_shown(panel)) == {"Kettle forum", "Crimson meeting"}  # he speaks
    run_search(qtbot, panel, "", speaker="Tom Kettle")  # newest first
    assert events_shown(panel) == ["Crimson meeting", "Kettle forum"]
    assert passages_shown(panel) == ["Tom Kettle: The crimson teapot doctrine is ours."]


def test_russian_quotes_survive_and_bad_syntax_is_explained(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = _library(tmp_path)
    (lib / "ru.txt").write_text("Р.Светлячков: Он сказал «Крымский чайник» губернаторам.\n",
                                encoding="utf-8")
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(lib)])
    panel = w.search_panel
    run_search(qtbot, panel, "губернатор")
    assert passages_shown(panel) == ["Р.Светлячков: Он сказал «Крымский чайник» губернаторам."]
    html = panel.model.index(0, 0, panel.model.index(0, 0)).data(Role.HTML)
    assert "«Крымский чайник» <b><u>губернаторам</u></b>." in html
    panel.table.activated.emit(panel.model.index(0, 0, panel.model.index(0, 0)))
    assert w.controller.current_path == str(lib / "ru.txt")
    assert w.find_bar.count.text() == "1 of 1"  # the form the text has, not the query's
    assert w.dialogue.textCursor().selectedText() == "губернаторам"
    assert panel.notice.isHidden()
    run_search(qtbot, panel, '"crimson teapot')
    assert not panel.notice.isHidden()
    assert panel.notice.text() == \
        "Searched for the words only: a quotation mark is not closed."
    assert events_shown(panel) == ["Crimson meeting"]


def test_library_search_follows_changed_and_removed_files(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = _library(tmp_path)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    panel = w.search_panel

    def found(q: str) -> int:
        run_search(qtbot, panel, q)
        return panel.model.rowCount()

    assert found("doctrine") == 1
    c = lib / "c.txt"
    c.write_text(c.read_text(encoding="utf-8").replace("doctrine", "principle"),
                 encoding="utf-8")
    qtbot.waitUntil(lambda: found("principle") == 1, timeout=10000)
    assert found("doctrine") == 0
    c.unlink()
    qtbot.waitUntil(lambda: found("principle") == 0, timeout=10000)


def test_only_events_in_the_list(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = _library(tmp_path)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    panel = w.search_panel
    run_search(qtbot, panel, "Ada")
    assert set(events_shown(panel)) == {"Teapot summit", "Kettle forum"}
    w.events.filter_edit.setText("kettle")
    with qtbot.waitSignal(panel.results_shown):
        panel.in_list.setChecked(True)
    assert events_shown(panel) == ["Kettle forum"]


def test_result_and_bookmark_models_pass_the_model_tester(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, qtmodeltester: object) -> None:
    lib = _library(tmp_path)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    run_search(qtbot, w.search_panel, "Paragraph")
    assert w.search_panel.model.rowCount() > 0
    qtmodeltester.check(w.search_panel.model)  # type: ignore[attr-defined]
    w.controller.open_path(str(lib / "c.txt"))
    cursor = w.dialogue.document().find("crimson teapot")
    w.dialogue.setTextCursor(cursor)
    w.commands.bookmark.trigger()
    assert w.bookmark_panel.model.rowCount() == 1
    qtmodeltester.check(w.bookmark_panel.model)  # type: ignore[attr-defined]
    qtmodeltester.check(w.bookmark_panel.proxy)  # type: ignore[attr-defined]


def test_library_search_by_date_range(qtbot: QtBot, make_window: MakeWindow,
                                      tmp_path: Path) -> None:
    from PySide6.QtCore import QDate

    lib = _library(tmp_path)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    panel = w.search_panel
    run_search(qtbot, panel, "Ada")
    assert panel.model.rowCount() > 0
    with qtbot.waitSignal(panel.results_shown):
        panel.dates.date_from.setDate(QDate(2031, 2, 1))  # runs the search again
    assert events_shown(panel) == ["Kettle forum"]


def test_damaged_caches_are_rebuilt_the_list_fills_and_the_reader_is_told(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, app_paths: AppPaths) -> None:
    import sqlite3

    lib = _library(tmp_path)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    w.close()
    w.controller.scanner.shutdown()
    with sqlite3.connect(app_paths.cache / "search.sqlite") as db:
        db.execute("DROP TABLE passages_fts")
    with sqlite3.connect(app_paths.cache / "library.sqlite") as db:
        db.execute("DROP TABLE events")
        db.execute("CREATE TABLE events (x)")
    again = make_window()
    with qtbot.waitSignal(again.controller.scanner.notice) as told:
        open_and_wait(qtbot, again, [str(lib)])
    assert told.args is not None and told.args[0].startswith(
        "The library cache was damaged (table events lacks")
    assert again.controller.model.total_count() == 3
    panel = again.search_panel
    run_search(qtbot, panel, '"crimson teapot"')
    assert events_shown(panel) == ["Crimson meeting"]
    assert panel.notice.text().startswith(
        "The search index was damaged (table passages_fts is missing)")
    run_search(qtbot, panel, '"crimson teapot"')
    assert panel.notice.isHidden()  # told once


def test_a_folder_vanishing_while_the_library_is_listed(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import shutil

    lib = _library(tmp_path)
    for name in ("a", "b"):
        (lib / name).mkdir()
        write_fictional(lib / name, "x.txt", f"Talk {name}", "2031-04-04", ["Ada Quill"])
    real = os.scandir

    raced: list[str] = []

    def racing(path: str) -> object:  # the first sub-folder walked removes the other
        for mine, other in (("a", "b"), ("b", "a")):
            if str(path) == str(lib / mine) and not raced:
                raced.append(other)
                shutil.rmtree(lib / other)
        return real(path)

    monkeypatch.setattr(os, "scandir", racing)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    # a.txt, b.txt, c.txt and the sub-folder that stayed
    assert sorted(Path(p).relative_to(lib).as_posix() for p in
                  w.controller.model.visible_paths()) == \
        sorted(["a.txt", "b.txt", "c.txt", ("a" if raced == ["b"] else "b") + "/x.txt"])


def test_an_opened_result_shows_who_says_it(qtbot: QtBot, make_window: MakeWindow,
                                           tmp_path: Path) -> None:
    """A passage deep in a long turn opens with the start of that turn (the speaker's
    name) in sight, not at the very top with the name scrolled away."""
    lib = tmp_path / "lib"
    lib.mkdir()
    lines = ["Teapot hearings", "", "January 2, 2031, Fredville", ""]
    for i in range(30):
        lines += [f"Rufus Firefly: Question {i} about teapots and kettles, asked at length.", ""]
    lines += ["Ada Quill: The first part of a long answer about kettles.", "",
              "The second part, still about kettles.", "",
              "The third part mentions zanzibar once.", ""]
    lines += ["Rufus Firefly: Thank you.", ""] * 20
    (lib / "hearings.txt").write_text("\n".join(lines), encoding="utf-8")
    w = make_window()
    w.resize(1000, 600)
    w.show()
    open_and_wait(qtbot, w, [str(lib)])
    panel = w.search_panel
    run_search(qtbot, panel, "zanzibar")
    panel.table.activated.emit(panel.model.index(0, 0, panel.model.index(0, 0)))
    assert w.dialogue.textCursor().selectedText() == "zanzibar"
    d = w.dialogue
    name = d.document().find("Ada Quill: The first part")
    top = d.cursorRect(name).top()
    assert 0 <= top < d.viewport().height()  # the turn's start, with the name, in sight
    assert d.verticalScrollBar().value() > 0  # (the turn is far down the transcript)


def test_a_result_opened_right_after_a_restart_is_shown(
        qtbot: QtBot, make_window: MakeWindow, corpus: Path) -> None:
    """The last transcript reopens at its place; a search result opened in it is scrolled
    to, even while the view is still settling its size (the place kept was put back over
    the jump: the find bar said "7 of 15" and the text stayed at the top)."""
    from PySide6.QtWidgets import QApplication

    long = str(corpus / "en" / "kremlin-en-news-60795.html")
    first = make_window()
    first.show()
    open_and_wait(qtbot, first, [long])
    first.close()
    w = make_window()
    w.restore()
    w.show()
    open_and_wait(qtbot, w, [])  # the last transcript, at its place (the top)
    assert w.controller.current_path == long
    panel = w.search_panel
    w.search.open()
    run_search(qtbot, panel, '"national projects"')
    event = panel.model.index(0, 0)
    assert panel.model.rowCount(event) > 4
    panel.table.activated.emit(panel.model.index(4, 0, event))
    for _ in range(10):
        QApplication.processEvents()
    d = w.dialogue
    assert d.textCursor().selectedText().casefold() == "national projects"
    assert 0 <= d.cursorRect(d.textCursor()).top() < d.viewport().height()


def test_the_last_search_comes_back_after_a_restart(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = _library(tmp_path)
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(lib)])
    w.search.open()
    run_search(qtbot, w.search_panel, "teapot")
    shown = events_shown(w.search_panel)
    assert shown
    w.close()  # the Search panel left open
    again = make_window()
    again.restore()
    again.show()
    panel = again.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=20000):
        open_and_wait(qtbot, again, [])
    assert panel.query.text() == "teapot"
    assert events_shown(panel) == shown


def test_words_that_match_nothing_bring_the_text_back_to_the_readers_place(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Finding as you type moved the text to the first match of "Paragraph 4" and, once
    the words matched nothing, left it there: the reader lost their place."""
    w, _ = long_transcript_window(qtbot, make_window, tmp_path)
    w.dialogue.scroll_to_block(20)
    place = w.dialogue.first_visible_block()
    assert place >= 15
    w.commands.find.trigger()
    qtbot.keyClicks(w.find_bar.edit, "Paragraph 4")
    qtbot.waitUntil(lambda: w.dialogue.first_visible_block() > place + 10)  # moved on
    qtbot.keyClicks(w.find_bar.edit, "zzz")
    assert w.find_bar.count.text() == "No matches"
    assert w.dialogue.first_visible_block() == place
    # After Enter, finding goes on from the match Enter went to.
    w.find_bar.edit.setText("said by Ada")
    qtbot.keyClick(w.find_bar.edit, Qt.Key.Key_Return)
    there = w.find_bar.hits[w.find_bar.current][0].block
    w.find_bar.edit.setText("said by Ada Quill")
    assert w.find_bar.hits[w.find_bar.current][0].block == there


def test_a_result_that_matched_who_speaks_opens_at_that_passage(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """"Lavrov" found Sergei Lavrov's turns by his name; opening one went to the third
    place the word is *said* (in another speaker's turn) instead of the turn chosen."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "t.txt").write_text(
        "Документ /\n\nTeapot council\n\nMarch 3, 2031, Fredville\n\nA meeting.\n\n* * *\n\n"
        "Rufus Firefly: Good day. Ms Quill will report.\n\n"
        "Ada Quill: The teapots are ready for the winter.\n\n"
        "Tom Kettle: I agree with Ms Quill on every point.\n\n"
        "Ada Quill: Then we are done.\n", encoding="utf-8")
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(lib)])
    panel = w.search_panel
    run_search(qtbot, panel, "Quill")
    m = panel.model
    event = m.index(0, 0)
    rows = [m.index(r, 0, event) for r in range(m.rowCount(event))]
    texts = [i.data() for i in rows]
    chosen = next(i for i, t in zip(rows, texts, strict=True)
                  if t.startswith("Ada Quill: Then we are done"))
    panel.table.activated.emit(chosen)
    assert w.controller.current_path == str(lib / "t.txt")
    assert w.dialogue.textCursor().selectedText() == "Then we are done."
    assert not w.find_bar.isVisible()
    # A result that has the word in its text still goes to the word, with the find bar.
    said = next(i for i, t in zip(rows, texts, strict=True) if t.startswith("Tom Kettle"))
    panel.table.activated.emit(said)
    assert w.dialogue.textCursor().selectedText() == "Quill"
    assert w.find_bar.isVisible()


def test_a_file_without_a_header_is_named_and_dated_as_the_event_list_has_it(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """The list called it "teapot talk 2031 05 06" under May 2031; the search results
    "teapot-talk-2031-05-06.txt", with no date."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "teapot-talk-2031-05-06.txt").write_text(
        "Rufus Firefly: The crimson kettle is ready.\n\nAda Quill: Good.\n", encoding="utf-8")
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    panel = w.search_panel
    run_search(qtbot, panel, "crimson")
    assert events_shown(panel) == ["teapot talk 2031 05 06"]
    line = panel.model.index(0, 0).data().split("\n")[1]
    assert line.startswith("2031-05-06")


def test_a_match_found_is_not_left_on_the_last_line_of_the_view(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Finding scrolled only as far as needed: the match sat on the bottom line, just
    above the find bar, with nothing after it in sight."""
    w, _ = long_transcript_window(qtbot, make_window, tmp_path)
    w.commands.find.trigger()
    qtbot.keyClicks(w.find_bar.edit, "said by Ada")
    d = w.dialogue
    line = QFontMetrics(d.document().defaultFont()).height()
    for _ in range(6):
        qtbot.keyClick(w.find_bar.edit, Qt.Key.Key_Return)
        r = d.cursorRect(d.textCursor())
        assert 2 * line < r.top() and r.bottom() < d.viewport().height() - 2 * line, r
