"""A bookmark whose file is gone: Locate… or Search the Library, then the passage."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from reader.ui import file_dialogs
from reader.ui.main_window import MainWindow
from tests.helpers import MakeWindow, open_and_wait, write_fictional

PASSAGE = "Paragraph 3 said by Ada Quill"


def bookmarked(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> tuple[MainWindow, Path]:
    lib = tmp_path / "lib"
    lib.mkdir()
    a = write_fictional(lib, "a.txt", "Teapot talk", "2031-01-02", ["Rufus Firefly", "Ada Quill"])
    write_fictional(lib, "b.txt", "Kettle talk", "2031-02-02", ["Tom Kettle", "Ada Quill"])
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    w.controller.open_path(str(a))
    w.dialogue.setTextCursor(w.dialogue.document().find(PASSAGE))
    w.commands.bookmark.trigger()
    w.controller.open_path(str(lib / "b.txt"))
    return w, a


def answer(monkeypatch: pytest.MonkeyPatch, button: str, asked: list[str]) -> None:
    """The missing-file question, answered by clicking one of its buttons."""
    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_locate_a_moved_bookmarked_file(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    w, a = bookmarked(qtbot, make_window, tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    moved = elsewhere / "renamed.txt"
    a.rename(moved)
    asked: list[str] = []
    answer(monkeypatch, "&Locate…", asked)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *args, **kw: str(moved))
    panel = w.bookmark_panel
    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        panel.table.doubleClicked.emit(panel.proxy.index(0, 0))
    assert asked and str(a) in asked[0] and "Teapot talk" in asked[0]
    assert w.controller.current_path == str(moved)
    assert w.dialogue.textCursor().selectedText() == PASSAGE
    # The located file joined the library (the Opened files group).
    assert str(moved) in w.controller.library.opened_files()
    assert str(moved) in {r.path for r in w.controller.model.records()}
    # The bookmark follows its file: it names the new place, in the file too, and is
    # no longer "file missing" once another transcript is open; using it again opens
    # the file without asking.
    store = w.bookmarks.store
    assert store is not None and [b.anchor.path for b in store.all()] == [str(moved)]
    assert "1 bookmark now follows this transcript" in w.message_label.text()
    w.controller.open_path(str(a.parent / "b.txt"))
    row = [panel.proxy.index(0, c).data() for c in range(panel.proxy.columnCount())]
    assert "file missing" not in row
    asked.clear()
    with qtbot.waitSignal(w.controller.transcript_opened, timeout=20000):
        panel.table.doubleClicked.emit(panel.proxy.index(0, 0))
    assert asked == [] and w.controller.current_path == str(moved)
    assert w.dialogue.textCursor().selectedText() == PASSAGE


def test_a_bookmark_keeps_its_file_when_a_copy_of_it_is_opened(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Its own file is still there: a copy elsewhere shows the passage, and the bookmark
    still names its own file."""
    w, a = bookmarked(qtbot, make_window, tmp_path)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(a.read_bytes())
    w.controller.open_path(str(copy))
    assert [p.bookmark.anchor.path for p in w.bookmarks.placed] == [str(a)]
    store = w.bookmarks.store
    assert store is not None and [b.anchor.path for b in store.all()] == [str(a)]


def test_search_the_library_finds_the_event_by_its_text(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    w, a = bookmarked(qtbot, make_window, tmp_path)
    # The same transcript saved again under another title: only its text is the same.
    copy = a.parent / "saved-again.txt"
    copy.write_text(a.read_text(encoding="utf-8").replace("Teapot talk", "Talk about teapots"),
                    encoding="utf-8")
    a.unlink()
    qtbot.waitUntil(lambda: str(copy) in {r.path for r in w.controller.model.records()}
                    and str(a) not in {r.path for r in w.controller.model.records()},
                    timeout=10000)
    asked: list[str] = []
    answer(monkeypatch, "&Search the Library", asked)
    panel = w.bookmark_panel
    with qtbot.waitSignal(w.controller.transcript_opened, timeout=20000):
        panel.table.doubleClicked.emit(panel.proxy.index(0, 0))
    assert w.controller.current_path == str(copy)
    assert w.dialogue.textCursor().selectedText() == PASSAGE


def test_an_untitled_transcript_gone_is_looked_for_by_its_bookmarked_words(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A file with no title, no date and no link (a text pasted from a page): Search the
    Library had searched for its empty title. It searches for the bookmarked words."""
    lib = tmp_path / "lib"
    lib.mkdir()
    words = "The teapot doctrine was settled at dawn by the whole committee"
    untitled = lib / "notes.txt"
    untitled.write_text(f"Rufus Firefly: Good morning.\n\nAda Quill: {words}.\n\n"
                        "Rufus Firefly: Thank you.\n", encoding="utf-8")
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    w.controller.open_path(str(untitled))
    assert w.controller.current is not None and w.controller.current.title is None
    w.dialogue.setTextCursor(w.dialogue.document().find(words))
    w.commands.bookmark.trigger()
    # Edited and saved again under another name (another text: no fingerprint match).
    edited = lib / "notes-edited.txt"
    edited.write_text(untitled.read_text(encoding="utf-8").replace("Thank you", "Thanks"),
                      encoding="utf-8")
    untitled.unlink()
    qtbot.waitUntil(lambda: {r.path for r in w.controller.model.records()} == {str(edited)},
                    timeout=10000)
    w.controller.open_path(str(edited))
    asked: list[str] = []
    answer(monkeypatch, "&Search the Library", asked)
    panel = w.bookmark_panel
    status = panel.proxy.index(0, panel.proxy.columnCount() - 1)
    qtbot.waitUntil(lambda: status.data() == "file missing", timeout=10000)
    panel.table.doubleClicked.emit(panel.proxy.index(0, 0))
    assert asked and "notes.txt" in asked[0]
    qtbot.waitUntil(lambda: "bookmarked words" in w.message_label.text(), timeout=10000)
    assert w.search_panel.query.text() == '"The teapot doctrine was settled at dawn by"'
    panel = w.search_panel
    with qtbot.waitSignal(panel.results_shown):
        panel.run()
    # The edited file, found by the words (its name stands for the title it lacks).
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data() == "notes edited\nRufus Firefly, Ada Quill · 1 passage"
