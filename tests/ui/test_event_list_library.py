"""The event list as a reader's library: what the filter matches, the Title column, Clear
Filters, the current event after a restart, an outline without sections."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from reader.ui.date_range import ANY_DATE
from reader.ui.library_model import details
from reader.ui.main_window import MainWindow
from tests.helpers import MakeWindow, open_and_wait, write_fictional


def shown(w: MainWindow) -> list[str]:
    return sorted(w.controller.model.visible_paths())


def test_the_filter_matches_event_details_and_file_names_only_as_a_last_resort(
        qtbot: QtBot, make_window: MakeWindow, corpus: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(corpus)])
    model = w.controller.model
    records = {r.path: r for r in model.records()}
    named = [p for p, r in records.items()
             if "kremlin" in Path(p).name.casefold() and "kremlin" not in details(r)]
    assert named  # many files are named kremlin-…: the filter must not list them all
    w.events.filter_edit.setText("kremlin")
    hits = shown(w)
    assert hits and len(hits) < len(records)
    for p in hits:
        assert "kremlin" in details(records[p]), records[p]
    assert not set(named) & set(hits)
    assert not model.by_file_name
    assert "file name" not in w.events.status.text()
    # Nothing has "csvrec" in its details: the file names answer, and the list says so.
    w.events.filter_edit.setText("csvrec")
    hits = shown(w)
    assert hits and all("csvrec" in Path(p).name for p in hits)
    assert model.by_file_name
    assert "by file name" in w.events.status.text()


def test_the_title_column_takes_the_room(qtbot: QtBot, make_window: MakeWindow,
                                         seed_file: Path) -> None:
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(seed_file)])
    view = w.events.view
    w.splitter.setSizes([400, 800])
    qtbot.waitUntil(lambda: w.events.width() < 450)
    narrow = [view.columnWidth(c) for c in range(4)]
    w.splitter.setSizes([800, 400])
    qtbot.waitUntil(lambda: w.events.width() > 700)
    wide = [view.columnWidth(c) for c in range(4)]
    assert wide[1] > narrow[1] + 300  # the title grew
    assert wide[3] == narrow[3]  # "Speakers · turns" did not take the room


def test_clear_filters(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    write_fictional(lib, "a.txt", "Teapot talk", "2031-01-02", ["Rufus Firefly", "Ada Quill"])
    write_fictional(lib, "b.txt", "Kettle talk", "2032-02-02", ["Tom Kettle", "Ada Quill"])
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    e = w.events
    e.filter_edit.setText("talk")
    e.date_from.setDate(QDate(2032, 1, 1))
    e.speaker_box.setEditText("Tom Kettle")
    assert len(shown(w)) == 1
    w.commands.clear_filters.trigger()
    assert len(shown(w)) == 2
    assert e.filter_edit.text() == "" and e.speaker_box.currentText() == ""
    assert e.date_from.date() == ANY_DATE and e.date_to.date() == ANY_DATE
    assert e.date_from.text() == "any"


def test_the_current_event_is_selected_after_a_restart(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    for i in range(30):
        write_fictional(lib, f"e{i:02}.txt", f"Talk {i}", f"2031-01-{i % 28 + 1:02}",
                        ["Rufus Firefly", "Ada Quill"])
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    oldest = str(lib / "e00.txt")
    w.controller.open_path(oldest)
    w.close()
    w2 = make_window()
    w2.show()
    open_and_wait(qtbot, w2, [])
    assert w2.controller.current_path == oldest
    index = w2.events.view.currentIndex()
    assert index.isValid() and w2.events.view.selectionModel().isSelected(index)
    assert index.siblingAtColumn(1).data() == "Talk 0"
    assert w2.events.view.visualRect(index).intersects(w2.events.view.viewport().rect())


def test_an_outline_without_sections_says_so(qtbot: QtBot, make_window: MakeWindow,
                                             tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    f.write_text("Rufus Firefly: Good morning. We have a lot to talk about today.\n\n"
                 "Ada Quill: Good morning. Yes, we do.\n", encoding="utf-8")
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(f)])
    qtbot.waitUntil(lambda: w.outline.count() > 0)
    assert [w.outline.item(i).text() for i in range(w.outline.count())] == ["No sections"]
