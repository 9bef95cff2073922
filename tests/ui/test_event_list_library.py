"""The event list as a reader's library: what the filter matches, the Title column, Clear
Filters, the current event after a restart, an outline without sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
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
    # Tags count: "foreign policy" is a theme of pages whose titles do not say it.
    w.events.filter_edit.setText("foreign policy")
    hits = shown(w)
    assert hits and not model.by_file_name
    assert all("foreign policy" in " ".join(records[p].tags).casefold() for p in hits)
    assert any("foreign policy" not in (records[p].title or "").casefold() for p in hits)
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
    narrow = [view.columnWidth(c) for c in range(5)]
    assert narrow[1] >= 20 * view.fontMetrics().horizontalAdvance("M")  # never squeezed
    w.resize(1600, w.height())  # room for a wide list beside the text's least width
    w.splitter.setSizes([900, 400])
    qtbot.waitUntil(lambda: w.events.width() > 800)
    wide = [view.columnWidth(c) for c in range(5)]
    assert wide[1] > narrow[1] + 100  # the title grew
    assert wide[1] == max(wide)
    assert [wide[c] for c in (0, 2, 3, 4)] == [narrow[c] for c in (0, 2, 3, 4)]
    assert sum(wide) == view.header().width()  # no room left unused


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
    # Filters that leave nothing say so, and how to see everything again.
    e.speaker_box.setEditText("Nobody Atall")
    assert len(shown(w)) == 0
    keys = w.commands.clear_filters.shortcut().toString()
    assert e.status.text() == (f"0 of 2 events — none matches the filters: Clear Filters "
                               f"({keys}) shows them all")
    w.commands.clear_filters.trigger()
    assert len(shown(w)) == 2
    assert e.status.text() == "2 events"
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


PAGE = """<html><head><title>Teapot talk</title></head><body>
<h1 class="entry-title">Teapot talk</h1>
<time class="read__published" datetime="2031-01-02">January 2, 2031</time>
<div class="read__place">Fredville</div>
<div class="read__internal_content">
<p><b>Rufus Firefly:</b> Paragraph 0 said by Rufus Firefly. More words here.</p>
<p><b>Ada Quill:</b> Paragraph 1 said by Ada Quill. More words here.</p>
</div></body></html>"""


def test_twins_of_one_event_are_one_row_with_their_forms(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    from reader.ui.library_model import Role

    lib = tmp_path / "lib"
    lib.mkdir()
    page = lib / "teapot.html"
    page.write_text(PAGE, encoding="utf-8")
    copied = write_fictional(lib, "teapot.copied.txt", "Teapot talk", "2031-01-02",
                             ["Rufus Firefly", "Ada Quill"])
    record = lib / "kettle.txt"
    record.write_text("Tom Kettle: Good morning. Ada Quill: Good morning to you.",
                      encoding="utf-8")
    (lib / "kettle.json").write_text('{"link": "http://en.kremlin.ru/events/president/'
                                     'news/1", "headline": "Kettle talk", "date": '
                                     '"2031-02-03T10:00:00Z", "location": "Fredville"}',
                                     encoding="utf-8")
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    model = w.controller.model
    rows = {model.index(r, 0, model.index(g, 0)).siblingAtColumn(1).data():
            model.index(r, 0, model.index(g, 0))
            for g in range(model.rowCount()) for r in range(model.rowCount(model.index(g, 0)))}
    assert sorted(rows) == ["Kettle talk", "Teapot talk"]  # one row for the two files
    teapot, kettle = rows["Teapot talk"], rows["Kettle talk"]
    assert teapot.siblingAtColumn(4).data() == "page + text"
    assert kettle.siblingAtColumn(4).data() == "record"
    assert teapot.data(Role.PATH) == str(page)  # the page opens first
    assert teapot.data(Role.FILES) == [str(page), str(copied)]
    assert str(copied) in teapot.data(Qt.ItemDataRole.ToolTipRole)
    assert w.events.status.text() == "2 events"
    # The copy is found through its event (the list selects the row when it is read).
    w.controller.open_path(str(copied))
    assert w.events.view.currentIndex().siblingAtColumn(1).data() == "Teapot talk"
    assert str(copied) in model.visible_paths()
    # Without the page, the copy is the event's one file.
    page.unlink()
    qtbot.waitUntil(lambda: str(page) not in {r.path for r in model.records()}, timeout=10000)
    teapot = model.index_of_path(str(copied))
    assert teapot.siblingAtColumn(4).data() == "text"
    assert teapot.data(Role.PATH) == str(copied)


def test_the_model_with_twins_passes_the_model_tester(qtmodeltester: object) -> None:
    from reader.core.library import EventRecord
    from reader.ui.library_model import LibraryModel

    def rec(path: str, title: str, date: str) -> EventRecord:
        return EventRecord(path=path, size=1, mtime_ns=1, title=title, date=date,
                           speakers=("Ada Quill",), turns=2)

    model = LibraryModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.add_records([rec("/x/a.html", "Talk", "2031-01-02"), rec("/x/b.txt", "Other", "2031-01-03")])
    model.add_records([rec("/x/a.txt", "Talk", "2031-01-02")])  # a twin arrives later
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.total_count() == 2 and model.visible_count() == 2
    model.set_filter("talk")
    assert model.visible_count() == 1
    model.remove_paths(["/x/a.html"])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index_of_path("/x/a.txt").isValid()
    assert model.total_count() == 2


# The offscreen platform cannot raise a popup or give it the keyboard; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_each_date_has_a_clear_button_and_the_calendar_opens_at_the_newest_month(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    write_fictional(lib, "a.txt", "Teapot talk", "2031-01-02", ["Rufus Firefly", "Ada Quill"])
    write_fictional(lib, "b.txt", "Kettle talk", "2032-05-06", ["Tom Kettle", "Ada Quill"])
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(lib)])
    dates = w.events.dates
    assert not dates.clear_from.isEnabled()
    dates.date_from.setDate(QDate(2032, 1, 1))
    assert len(shown(w)) == 1 and dates.clear_from.isEnabled()
    dates.clear_from.click()
    assert dates.date_from.date() == ANY_DATE and dates.date_from.text() == "any"
    assert len(shown(w)) == 2
    # The calendar of an "any" field opens at the library's newest month, not 1990.
    field = dates.date_to
    # A click on the field's drop-down arrow, as a user opens the calendar.
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton,
                     pos=QPoint(field.width() - 6, field.height() // 2))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2032, 5)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert dates.date_to.date() == ANY_DATE


def test_events_added_later_show_in_open_months_with_the_count(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    write_fictional(lib, "a.txt", "Teapot talk", "2031-01-02", ["Rufus Firefly", "Ada Quill"])
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(lib)])
    model, view = w.controller.model, w.events.view
    assert w.events.status.text() == "1 event"
    write_fictional(lib, "b.txt", "Kettle talk", "2032-05-06", ["Tom Kettle", "Ada Quill"])
    qtbot.waitUntil(lambda: model.total_count() == 2, timeout=10000)
    month = model.index(0, 0)  # May 2032, the newest, inserted into the list
    assert month.data().startswith("May 2032")
    assert view.isExpanded(month) and view.isFirstColumnSpanned(0, QModelIndex())
    assert w.events.status.text() == "2 events"
    (lib / "b.txt").unlink()
    qtbot.waitUntil(lambda: model.total_count() == 1, timeout=10000)
    assert w.events.status.text() == "1 event"


def test_a_scan_shows_its_progress_under_the_list_and_hides_it_when_done(
        qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QProgressBar
    from reader.ui.event_list import EventList
    from reader.ui.library_model import LibraryModel

    events = EventList(LibraryModel())
    qtbot.addWidget(events)
    events.show()
    qtbot.waitExposed(events)
    events.set_progress(0, 0)  # nothing to read: no bar
    assert events.findChildren(QProgressBar) == []
    events.set_progress(3, 1200)
    bar = events.findChild(QProgressBar, "scan-progress")
    assert bar is not None and bar.isVisible()
    assert bar.text() == "Reading 3 of 1,200"
    assert bar.geometry().top() >= events.view.geometry().bottom()  # under the list
    events.set_progress(1200, 1200)
    assert not bar.isVisible()
    events.set_progress(5, 1200)  # the next scan: the same bar again
    assert events.findChildren(QProgressBar) == [bar] and bar.isVisible()
