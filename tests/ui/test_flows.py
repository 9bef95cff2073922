"""Data flows change rows, not whole models; background work reports success and
failure; a failed scan leaves the scanner ready for the next one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot
from reader.core import library as library_module
from reader.core.library import EventRecord
from reader.ui import scanner as scanner_module
from reader.ui.library_model import LibraryModel, Role, month_label
from reader.ui.worker import Worker
from tests.helpers import MakeWindow, open_and_wait, write_fictional


class Spy:
    """Counts a model's resets and row changes."""

    def __init__(self, model: object) -> None:
        self.resets = self.inserted = self.removed = self.changed = 0
        model.modelReset.connect(self._reset)  # type: ignore[attr-defined]
        model.rowsInserted.connect(self._inserted)  # type: ignore[attr-defined]
        model.rowsRemoved.connect(self._removed)  # type: ignore[attr-defined]
        model.dataChanged.connect(self._changed)  # type: ignore[attr-defined]

    def _reset(self) -> None:
        self.resets += 1

    def _inserted(self, *_: object) -> None:
        self.inserted += 1

    def _removed(self, *_: object) -> None:
        self.removed += 1

    def _changed(self, *_: object) -> None:
        self.changed += 1


def test_bookmarks_change_rows_without_a_reset_or_reading_the_store_again(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_fictional(tmp_path, "meeting.txt", "A fictional meeting", "2024-03-01",
                           ["Ann Example", "Bob Sample"])
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(path)])
    model, table = w.bookmark_panel.model, w.bookmark_panel.table
    store = w.bookmarks.store
    assert store is not None
    reads: list[str] = []
    real_all = store.all
    monkeypatch.setattr(store, "all", lambda: reads.append("all") or real_all())
    spy = Spy(model)
    first = w.bookmarks.add_turn(next(i for i, b in enumerate(w.controller.current.blocks)
                                      if b.speaker))
    assert first is not None
    assert (spy.resets, spy.inserted, model.rowCount()) == (0, 1, 1)
    second = w.bookmarks.add_turn(max(i for i, b in enumerate(w.controller.current.blocks)
                                      if b.speaker))
    assert second is not None
    assert model.rowCount() == 2 and spy.inserted == 2
    # the new bookmarks are highlighted in the text and shown "open"
    assert len(w.dialogue.extraSelections()) == 2
    assert "open" in [model.index(r, 5).data() for r in range(2)]
    # select the first row; editing the second keeps the selection
    table.selectRow(0)
    selected = w.bookmark_panel.selected_ids()
    w.bookmarks.set_note(second.id, "A note typed later")
    w.bookmarks.set_colour(second.id, "green")
    assert spy.resets == 0
    notes = {model.index(r, 4).data() for r in range(model.rowCount())}
    assert "A note typed later" in notes
    assert w.bookmark_panel.selected_ids() == selected
    # delete and undo: a row goes and comes back, still no reset
    w.bookmarks.delete([second.id])
    assert (model.rowCount(), spy.removed) == (1, 1)
    assert len(w.dialogue.extraSelections()) == 1
    w.bookmarks.undo_delete()
    assert model.rowCount() == 2
    assert spy.resets == 0
    assert reads == []  # every change was applied to the rows, not read back
    # a new window reads what was written
    w2 = make_window()
    assert {b.note for b in w2.bookmarks.all()} == {"", "A note typed later"}


def _record(i: int, date: str) -> EventRecord:
    return EventRecord(path=f"/library/event-{i}.txt", size=1, mtime_ns=1,
                       title=f"Fictional event {i}", date=date, turns=2,
                       haystack=f"fictional event {i}")


def test_library_batches_insert_into_their_months_keeping_selection_and_scroll(
        qtbot: QtBot, qtmodeltester: object) -> None:
    model = LibraryModel()
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    model.add_records([_record(i, f"2024-0{1 + i % 3}-{10 + i % 15:02d}")
                       for i in range(120)])
    view.expandAll()
    view.show()
    qtbot.waitExposed(view)
    target = model.index_of_path("/library/event-60.txt")
    view.selectionModel().setCurrentIndex(
        target, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(target)
    scroll = view.verticalScrollBar().value()
    assert scroll > 0
    spy = Spy(model)
    # later events of known months, a new month, an undated one, and a changed record
    model.add_records([_record(200, "2024-03-30"), _record(201, "2024-01-01"),
                       _record(202, "2024-07-04"), _record(203, ""),
                       _record(5, "2024-02-02")])
    assert spy.resets == 0 and spy.inserted >= 5
    months = [model.index(g, 0).data() for g in range(model.rowCount())]
    assert months == [f"{month_label('2024-07')} (1)", f"{month_label('2024-03')} (40)",
                      f"{month_label('2024-02')} (41)", f"{month_label('2024-01')} (41)",
                      f"{month_label('')} (1)"]
    assert model.total_count() == 124
    assert model.visible_count() == 124
    current = view.selectionModel().currentIndex()
    assert current.data(Role.PATH) == "/library/event-60.txt"
    assert [i.data(Role.PATH) for i in view.selectionModel().selectedRows()] == \
        ["/library/event-60.txt"]
    assert view.verticalScrollBar().value() == scroll
    # newest first inside each month
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        dates = [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]
        assert dates == sorted(dates, reverse=True)
    model.remove_paths(["/library/event-202.txt", "/library/event-60.txt"])
    assert spy.resets == 0
    assert model.rowCount() == 4  # July went with its only event
    assert model.index(0, 0).data() == f"{month_label('2024-03')} (40)"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_filtered_list_takes_only_matching_records(qtbot: QtBot) -> None:
    model = LibraryModel()
    model.add_records([_record(i, "2024-01-10") for i in range(3)])
    model.set_filter("event 1")
    assert model.visible_count() == 1
    model.add_records([_record(10, "2024-01-11"), _record(20, "2024-01-12")])
    assert model.visible_count() == 2  # "fictional event 10" matches, 20 does not
    assert model.visible_paths() == {"/library/event-1.txt", "/library/event-10.txt"}


def test_worker_reports_results_and_failures_in_order(qtbot: QtBot) -> None:
    worker = Worker("test-worker")
    got: list[object] = []
    worker.submit(lambda: 6 * 7, got.append, got.append)
    worker.submit(lambda: 1 // 0, got.append, got.append)
    worker.submit(lambda: "after a failure", got.append, got.append)
    qtbot.waitUntil(lambda: len(got) == 3, timeout=10000)
    assert got[0] == 42
    assert isinstance(got[1], ZeroDivisionError)
    assert got[2] == "after a failure"
    assert worker.pending == 0
    worker.shutdown()


def test_a_failed_scan_reaches_the_status_bar_and_a_later_rescan_runs(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    write_fictional(folder, "one.txt", "The first fictional event", "2024-03-01",
                    ["Ann Example", "Bob Sample"])
    real = library_module.list_files
    calls: list[int] = []

    def broken_once(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("the disk went away")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library_module, "list_files", broken_once)  # read by the scan
    w = make_window()
    w.show()
    scanner = w.controller.scanner
    with qtbot.waitSignal(scanner.scan_failed, timeout=20000):
        w.controller.open_library([str(folder)])
    qtbot.waitUntil(lambda: "the disk went away" in w.message_label.text(), timeout=5000)
    assert "Scanning the library failed" in w.message_label.text()
    assert not scanner.busy
    assert w.controller.model.total_count() == 0
    with qtbot.waitSignal(scanner.scan_finished, timeout=20000):
        scanner.rescan()
    assert w.controller.model.total_count() == 1
    assert len(calls) == 2


def test_the_folder_watchers_tree_walk_runs_off_the_gui_thread(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lib" / "2024" / "05").mkdir(parents=True)
    walked: list[str] = []
    real = scanner_module.watched_folders

    def spy(roots: list[str]) -> list[str]:
        walked.append(threading.current_thread().name)
        return real(roots)

    monkeypatch.setattr(scanner_module, "watched_folders", spy)
    scanner = scanner_module.LibraryScanner(None, None)
    try:
        with qtbot.waitSignal(scanner.scan_finished, timeout=20000):
            scanner.set_roots([str(tmp_path / "lib")])
        qtbot.waitUntil(lambda: len(scanner._watcher.directories()) == 3, timeout=5000)
        assert walked and threading.main_thread().name not in walked
    finally:
        scanner.shutdown()
        # Deleted here, in the GUI thread: left to Python's garbage collector it could be
        # destroyed in whichever thread runs the collection next, and its folder watcher's
        # socket notifier would stay registered with this thread's event loop (a crash in
        # a later test's processEvents).
        with qtbot.waitSignal(scanner.destroyed, timeout=5000):
            scanner.deleteLater()


def test_a_failed_search_says_so_and_the_next_one_runs(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.search import SearchIndex
    from reader.ui.search_panel import SearchPanel

    panel = SearchPanel(tmp_path / "search.sqlite")
    qtbot.addWidget(panel)
    real = SearchIndex.search
    calls: list[int] = []

    def broken_once(self: SearchIndex, *args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the index is locked")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchIndex, "search", broken_once)
    panel.query.setText("fictional")
    with qtbot.waitSignal(panel.results_shown, timeout=10000):
        panel.run()
    assert "the index is locked" in panel.status.text()
    with qtbot.waitSignal(panel.results_shown, timeout=10000):
        panel.run()
    assert "locked" not in panel.status.text()
    assert len(calls) == 2


def test_work_after_the_first_paint_runs_once_after_it(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel
    from reader.ui.first_paint import after_first_paint

    label = QLabel("A fictional window")
    qtbot.addWidget(label)
    events: list[str] = []

    class Paints(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if obj is label and event.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    watch = Paints()
    label.installEventFilter(watch)
    label.show()
    after_first_paint(label, lambda: events.append("work"))
    qtbot.waitUntil(lambda: "work" in events)
    assert events[0] == "paint" and events.count("work") == 1
    label.update()
    qtbot.waitUntil(lambda: events.count("paint") >= 2)
    assert events.count("work") == 1


def test_the_bookmark_file_opens_when_first_needed_and_tells_its_problem_once(
        qtbot: QtBot, tmp_path: Path) -> None:
    from reader.app import open_bookmarks
    from reader.ui.bookmark_controller import BookmarkController

    path = tmp_path / "bookmarks.sqlite"
    path.write_bytes(b"not a database" * 100)
    calls: list[int] = []

    def opener() -> tuple[object, str | None]:
        calls.append(1)
        return open_bookmarks(path)  # type: ignore[return-value]

    c = BookmarkController(opener)  # type: ignore[arg-type]
    problems: list[str] = []
    c.problem.connect(problems.append)
    assert not c.is_open and calls == []  # building the window reads nothing
    with qtbot.waitSignals([c.opened, c.reloaded]):
        assert c.all() == []  # the first need opens it
    assert c.is_open and c.available and calls == [1]
    assert len(problems) == 1 and "bookmarks.sqlite" in problems[0] and "kept as" in problems[0]
    c.open_store()
    assert c.all() == [] and calls == [1] and len(problems) == 1
