"""Find in transcript and library search, as a user sees them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from reader.ui.main_window import MainWindow
from tests.helpers import MakeWindow, open_and_wait, write_fictional


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


def test_library_search_opens_the_passage_with_hits_marked(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = _library(tmp_path)
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(lib)])
    w.commands.search.trigger()
    panel = w.search_panel
    qtbot.keyClicks(panel.query, '"crimson teapot"')
    with qtbot.waitSignal(panel.results_shown):  # queries run off the GUI thread
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 1
    assert [panel.model.index(0, c).data() for c in range(1, 4)] == \
        ["Tom Kettle", "Crimson meeting", "2031-03-03"]
    assert panel.model.index(0, 0).data().startswith("The crimson teapot doctrine")
    panel.table.activated.emit(panel.model.index(0, 0))
    assert w.controller.current_path == str(lib / "c.txt")
    assert w.find_bar.isVisible() and w.find_bar.count.text() == "1 of 1"
    assert w.dialogue.textCursor().selectedText() == "crimson teapot"
    panel.query.setText("Paragraph")
    panel.speaker.setText("Tom Kettle")
    with qtbot.waitSignal(panel.results_shown):
        panel.run()
    assert {panel.model.index(r, 1).data() for r in range(panel.model.rowCount())} == \
        {"Tom Kettle"}


def test_library_search_follows_changed_and_removed_files(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = _library(tmp_path)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    panel = w.search_panel

    def found(q: str) -> int:
        panel.query.setText(q)
        with qtbot.waitSignal(panel.results_shown):
            panel.run()
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
    panel.query.setText("Ada")
    with qtbot.waitSignal(panel.results_shown):
        panel.run()
    assert {panel.model.index(r, 2).data() for r in range(panel.model.rowCount())} == \
        {"Teapot summit", "Kettle forum"}
    w.events.filter_edit.setText("kettle")
    with qtbot.waitSignal(panel.results_shown):
        panel.in_list.setChecked(True)
    assert {panel.model.index(r, 2).data() for r in range(panel.model.rowCount())} == \
        {"Kettle forum"}


def test_result_and_bookmark_models_pass_the_model_tester(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, qtmodeltester: object) -> None:
    lib = _library(tmp_path)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    w.search_panel.query.setText("Paragraph")
    with qtbot.waitSignal(w.search_panel.results_shown):
        w.search_panel.run()
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
    panel.query.setText("Ada")
    with qtbot.waitSignal(panel.results_shown):
        panel.run()
    assert panel.model.rowCount() > 0
    with qtbot.waitSignal(panel.results_shown):
        panel.dates.date_from.setDate(QDate(2031, 2, 1))  # runs the search again
    assert {panel.model.index(r, 3).data() for r in range(panel.model.rowCount())} == \
        {"2031-02-03"}
