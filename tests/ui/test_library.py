"""The library a reader keeps: folders and opened files that persist, Open Recent, the
place left in a transcript, Back and Forward."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from reader.settings import ReadingPlace
from reader.ui import file_dialogs
from reader.ui.folders_dialog import FoldersDialog
from reader.ui.main_window import MainWindow
from reader.ui.places import top_place
from tests.helpers import MakeWindow, capture_dialogs, open_and_wait, write_fictional

LONG = "kremlin-en-news-17173.copied.txt"  # a Direct Line: over a thousand paragraphs


def paths_listed(w: MainWindow) -> set[str]:
    return {r.path for r in w.controller.model.records()}


def library_of(tmp_path: Path, name: str, title: str, date: str) -> tuple[Path, Path]:
    folder = tmp_path / name
    folder.mkdir()
    f = write_fictional(folder, f"{name}.txt", title, date, ["Rufus Firefly", "Ada Quill"])
    return folder, f


def manage(qtbot: QtBot, w: MainWindow) -> FoldersDialog:
    with capture_dialogs() as opened:
        w.commands.manage_folders.trigger()
    dialog = opened[0]
    assert isinstance(dialog, FoldersDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_folders_and_opened_files_add_up_and_persist(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, a = library_of(tmp_path, "first", "Teapot talk", "2031-01-02")
    second, b = library_of(tmp_path, "second", "Kettle talk", "2031-02-03")
    w = make_window()
    open_and_wait(qtbot, w, [str(first)])
    open_and_wait(qtbot, w, [str(seed_file)])  # a single file from elsewhere
    assert paths_listed(w) == {str(a), str(seed_file)}  # the folder stays
    assert w.controller.current_path == str(seed_file)
    # Library > Add Folder… adds a second folder.
    monkeypatch.setattr(file_dialogs, "existing_directory", lambda *args, **kw: str(second))
    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        w.commands.open_folder.trigger()
    assert paths_listed(w) == {str(a), str(b), str(seed_file)}
    dialog = manage(qtbot, w)
    assert dialog.paths() == [str(first), str(second), str(seed_file)]
    texts = [dialog.list.item(i).text().strip() for i in range(dialog.list.count())]
    assert texts[0] == "Folders" and "Opened files" in texts
    # Remove the first folder: its events leave the list, the files stay on disk.
    dialog.list.setCurrentRow(texts.index(str(first)))
    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        dialog.remove_button.click()
    assert dialog.paths() == [str(second), str(seed_file)]
    assert paths_listed(w) == {str(b), str(seed_file)}
    assert a.exists()
    w.close()
    w2 = make_window()
    open_and_wait(qtbot, w2, [])  # a restart
    assert paths_listed(w2) == {str(b), str(seed_file)}
    assert manage(qtbot, w2).paths() == [str(second), str(seed_file)]


def test_a_folder_removed_by_mistake_comes_back_with_undo_remove(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Delete on the wrong row of Manage Folders took a folder out of the library with no
    way back but finding it again in a file dialog."""
    first, a = library_of(tmp_path, "first", "Teapot talk", "2031-01-02")
    second, b = library_of(tmp_path, "second", "Kettle talk", "2031-02-03")
    w = make_window()
    open_and_wait(qtbot, w, [str(first)])
    open_and_wait(qtbot, w, [str(second)])
    dialog = manage(qtbot, w)
    assert not dialog.undo_button.isEnabled()
    dialog.list.setCurrentRow(dialog.paths().index(str(first)) + 1)  # after the heading
    assert dialog.selected_path() == str(first)
    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert dialog.paths() == [str(second)]
    assert paths_listed(w) == {str(b)}
    assert str(first) in dialog.removed_label.text()
    assert dialog.selected_path() == str(second)  # Delete can go on down the list
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        dialog.undo_button.click()
    assert dialog.paths() == [str(second), str(first)]  # a folder again, not a file
    assert w.controller.library.folders() == [str(second), str(first)]
    assert paths_listed(w) == {str(a), str(b)}
    assert dialog.selected_path() == str(first)
    assert not dialog.undo_button.isEnabled()


def test_the_first_start_offers_the_sample_and_a_removed_sample_stays_removed(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [])
    sample = w.controller.library.folders()
    assert len(sample) == 1 and paths_listed(w)
    w.controller.library.remove(sample)
    w.close()
    w2 = make_window()
    with qtbot.waitSignal(w2.controller.scanner.scan_finished, timeout=20000):
        from reader.app import start
        start(w2, [])
    assert w2.controller.library.folders() == []
    assert paths_listed(w2) == set()


def test_open_recent_lists_files_and_folders_drops_missing_ones_and_clears(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    folder, a = library_of(tmp_path, "lib", "Teapot talk", "2031-01-02")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    other = write_fictional(elsewhere, "other.txt", "Kettle talk", "2031-02-03",
                            ["Rufus Firefly", "Ada Quill"])
    w = make_window()
    open_and_wait(qtbot, w, [str(folder)])
    open_and_wait(qtbot, w, [str(other)])
    # The folder, the newest event shown from it, then the file from elsewhere.
    assert w.recent_menu.entries() == [str(other), str(a), str(folder)]
    other.unlink()
    w.recent_menu.aboutToShow.emit()
    assert w.recent_menu.entries() == [str(a), str(folder)]
    # A recent folder opens as a library folder again (here: already one; nothing lost).
    recent = next(x for x in w.recent_menu.actions() if x.text() == str(folder))
    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        recent.trigger()
    assert paths_listed(w) == {str(a)}
    w.commands.clear_recent.trigger()
    assert w.recent_menu.entries() == []
    assert not w.recent_menu.isEnabled()


def test_the_place_left_comes_back_after_a_restart(
        qtbot: QtBot, make_window: MakeWindow, corpus: Path, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    shutil.copy(corpus / "en-copied" / LONG, lib)
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(lib / LONG)])
    qtbot.waitUntil(lambda: w.dialogue.complete)
    rows = [r for r in w.dialogue.rows if r.kind == "speech" and r.block >= 0]
    middle = rows[len(rows) // 2]
    w.keeper.go_to(ReadingPlace(middle.block, middle.paragraph, 0))
    left = top_place(w.dialogue)
    assert (left.block, left.paragraph) == (middle.block, middle.paragraph)
    w.close()
    # The restart as the app does it: state restored, the transcript opened, then shown
    # (the text re-wraps at the window's real width after it is shown).
    w2 = make_window()
    w2.resize(700, 500)
    open_and_wait(qtbot, w2, [])
    assert w2.controller.current_path == str(lib / LONG)
    w2.show()
    w2.resize(1500, 900)
    qtbot.waitUntil(lambda: top_place(w2.dialogue) == left, timeout=5000)
    # It is the transcript's place (by fingerprint): a moved file keeps it.
    moved = tmp_path / "moved"
    moved.mkdir()
    shutil.move(lib / LONG, moved / LONG)
    w2.close()
    w3 = make_window()
    w3.show()
    open_and_wait(qtbot, w3, [str(moved / LONG)])
    qtbot.waitUntil(lambda: top_place(w3.dialogue) == left, timeout=5000)


def test_back_and_forward_between_jumps(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    f = write_fictional(lib, "long.txt", "Long talk", "2031-03-04",
                        ["Rufus Firefly", "Ada Quill"], turns=80)
    g = write_fictional(lib, "other.txt", "Other talk", "2031-03-05",
                        ["Tom Kettle", "Ada Quill"], turns=60)
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(f)])
    a = w.commands
    assert not a.back.isEnabled()
    w.outline.block_chosen.emit(30)  # a jump from the outline
    qtbot.waitUntil(lambda: w.dialogue.first_visible_block() == 30)
    a.next_turn.trigger()  # turn navigation is a jump too
    after_turn = top_place(w.dialogue)
    assert after_turn.block > 30
    assert a.back.isEnabled() and not a.forward.isEnabled()
    qtbot.keyClick(w.dialogue, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.dialogue.first_visible_block() == 30
    a.back.trigger()
    assert w.dialogue.verticalScrollBar().value() == 0  # the title at the top again
    assert not a.back.isEnabled() and a.forward.isEnabled()
    qtbot.keyClick(w.dialogue, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert w.dialogue.first_visible_block() == 30
    a.forward.trigger()
    assert top_place(w.dialogue) == after_turn
    # A jump into another transcript (a search hit, a bookmark): Back reopens the first.
    w.navigator.jump(lambda: w.controller.open_path(str(g)))
    assert w.controller.current_path == str(g)
    a.back.trigger()
    assert w.controller.current_path == str(f)
    assert top_place(w.dialogue) == after_turn


def test_manage_folders_by_keyboard_and_show_in_the_file_manager(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    first, a = library_of(tmp_path, "first", "Teapot talk", "2031-01-02")
    elsewhere, b = library_of(tmp_path, "elsewhere", "Kettle talk", "2031-02-03")
    w = make_window()
    open_and_wait(qtbot, w, [str(first)])
    open_and_wait(qtbot, w, [str(b)])
    dialog = manage(qtbot, w)
    shown: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: shown.append(url.toLocalFile()) or True))
    texts = [dialog.list.item(i).text().strip() for i in range(dialog.list.count())]
    dialog.list.setCurrentRow(texts.index(str(b)))
    dialog.show_button.click()  # a file: its folder opens
    assert shown == [str(elsewhere)]
    dialog.list.setFocus()
    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert dialog.paths() == [str(first)]
    assert paths_listed(w) == {str(a)}


def test_the_open_dialogs_start_where_the_reader_is(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Not in the folder the app was started from: beside the transcript being read, or
    in the home folder."""
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "open_file_names",
                        lambda *a: (asked.append(a[2]), [])[1])
    monkeypatch.setattr(file_dialogs, "existing_directory",
                        lambda *a: (asked.append(a[2]), "")[1])
    w = make_window()
    w.commands.open.trigger()
    assert asked == [str(Path.home())]
    lib = tmp_path / "lib"
    lib.mkdir()
    f = write_fictional(lib, "a.txt", "Teapot talk", "2031-01-02", ["Rufus Firefly", "Ada Quill"])
    open_and_wait(qtbot, w, [str(f)])
    w.commands.open.trigger()
    w.commands.open_folder.trigger()
    assert asked[1:] == [str(lib), str(lib)]
    # Export Transcript suggests the event's date and title, beside the transcript...
    from PySide6.QtWidgets import QDialog
    from reader.ui import export_actions

    monkeypatch.setattr(export_actions.OutputDialog, "exec",
                        lambda _self: QDialog.DialogCode.Accepted.value)
    out = tmp_path / "exports"
    out.mkdir()
    answer: list[str] = [""]
    monkeypatch.setattr(file_dialogs, "save_file_name",
                        lambda *a: (asked.append(a[2]), (answer[0], ""))[1])
    w.commands.export_transcript.trigger()
    assert Path(asked[-1]).parent == lib
    assert Path(asked[-1]).name == "2031-01-02 Teapot talk.pdf"
    # ... then where the last export went (it was the corpus folder every time).
    answer[0] = str(out / "talk.pdf")
    w.commands.export_transcript.trigger()
    assert (out / "talk.pdf").is_file()
    answer[0] = ""
    w.commands.export_transcript.trigger()
    assert Path(asked[-1]).parent == out


def test_an_exported_file_is_named_safely_after_the_event(tmp_path: Path) -> None:
    from reader.core import parse_bytes
    from reader.ui.export_actions import export_name

    t = parse_bytes("Документ /\n\nTeapots: what? a/b <c> \"d\" | e*\n\nMarch 3, 2031, "
                    "Fredville\n\nA meeting.\n\n* * *\n\nRufus Firefly: Hello.\n".encode(),
                    str(tmp_path / "x.txt"))
    assert export_name(t) == "2031-03-03 Teapots what a b c d e"
    long = parse_bytes(("Документ /\n\n" + "Teapot " * 40 + "\n\nRufus Firefly: Hi.\n").encode(),
                       str(tmp_path / "y.txt"))
    assert len(export_name(long)) <= 120
    bare = parse_bytes(b"Rufus Firefly: Hi.\n\nAda Quill: Hello.\n",
                       str(tmp_path / "talk-2031-05-06.txt"))
    assert export_name(bare) == "2031-05-06 talk 2031 05 06"
