"""The reader window as a user sees it (pytest-qt, offscreen)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reader.app import AppPaths
from reader.core.palette import SLOTS
from reader.ui.library_model import LibraryModel, Role
from tests.helpers import (
    MakeWindow,
    long_transcript_window,
    open_and_wait,
    turn_names,
    write_fictional,
)


def test_seed_opens_with_ten_alternating_turns_in_two_colours(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    names = turn_names(w.dialogue)
    assert [n for n, _ in names] == [
        "President of Belarus Alexander Lukashenko", "President of Russia Vladimir Putin",
        *["Alexander Lukashenko", "Vladimir Putin"] * 4]
    luk = {c for n, c in names if "Lukashenko" in n}
    put = {c for n, c in names if "Putin" in n}
    assert len(luk) == 1 and len(put) == 1 and luk != put
    light = {s[0] for s in SLOTS}
    assert luk | put <= light
    text = w.dialogue.toPlainText()
    assert text.startswith("Vladimir Putin arrived in Minsk\nMay 23, 2024, Minsk")
    assert "View settings" not in text


def test_speaker_keeps_the_same_colour_after_a_restart(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    a = write_fictional(lib, "a.txt", "First meeting", "2031-01-02",
                        ["Rufus Firefly", "Ada Quill"])
    w = make_window()
    open_and_wait(qtbot, w, [str(a)])
    before = dict(turn_names(w.dialogue))
    w.close()
    b = write_fictional(lib, "b.txt", "Second meeting", "2031-02-03",
                        ["Tom Kettle", "Ada Quill", "Rufus Firefly"])
    w2 = make_window()
    open_and_wait(qtbot, w2, [str(b)])
    after = dict(turn_names(w2.dialogue))
    assert after["Rufus Firefly"] == before["Rufus Firefly"]
    assert after["Ada Quill"] == before["Ada Quill"]
    assert len({after["Tom Kettle"], after["Ada Quill"], after["Rufus Firefly"]}) == 3


def test_legend_counts_turns_and_words(qtbot: QtBot, make_window: MakeWindow,
                                       seed_file: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    rows = [(w.legend.topLevelItem(i).text(0), w.legend.topLevelItem(i).text(1))
            for i in range(w.legend.topLevelItemCount())]
    assert rows == [("Alexander Lukashenko — President of Belarus", "5"),
                    ("Vladimir Putin — President of Russia", "5")]
    shares = [int(w.legend.topLevelItem(i).text(2).rstrip("%")) for i in range(2)]
    assert 95 <= sum(shares) <= 101


def test_choosing_a_speaker_and_the_same_speaker_shortcuts(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    f = write_fictional(lib, "long.txt", "Long talk", "2031-03-04",
                        ["Rufus Firefly", "Ada Quill", "Tom Kettle"], turns=60)
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(f)])
    item = w.legend.topLevelItem(1)  # Ada Quill
    assert item.text(0).startswith("Ada Quill")
    qtbot.mouseClick(w.legend.viewport(), Qt.MouseButton.LeftButton,
                     pos=w.legend.visualItemRect(item).center())
    assert w.dialogue.highlight_speaker == "ada-quill"
    ada_turns = w.turns.blocks("ada-quill")
    assert w.dialogue.first_visible_block() == ada_turns[0]
    w.commands.next_same.trigger()
    assert w.dialogue.first_visible_block() == ada_turns[1]
    w.commands.previous_same.trigger()
    assert w.dialogue.first_visible_block() == ada_turns[0]


def _library(tmp_path: Path) -> Path:
    lib = tmp_path / "library"
    lib.mkdir()
    write_fictional(lib, "quill.txt", "Meeting with Ada Quill", "2031-05-06",
                    ["Rufus Firefly", "Ada Quill"])
    write_fictional(lib, "kettle.txt", "Talks with Tom Kettle", "2030-04-05",
                    ["Rufus Firefly", "Tom Kettle"])
    write_fictional(lib, "forum.txt", "Teapot forum", "2031-05-20",
                    ["Tom Kettle", "Ada Quill"])
    (lib / "broken.txt").write_bytes(b"")
    return lib


def _titles(model: LibraryModel) -> list[str]:
    out = []
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        for r in range(model.rowCount(parent)):
            out.append(model.index(r, 1, parent).data())
    return out


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # the names offered
def test_filter_narrows_the_list_and_failed_file_shows_its_reason(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = _library(tmp_path)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    model = w.controller.model
    assert _titles(model) == ["Teapot forum", "Meeting with Ada Quill", "Talks with Tom Kettle",
                              "broken.txt — failed"]  # its whole name: empty.txt, empty.html
    assert model.index(0, 0).data() == "May 2031 (2)"
    failed = [model.index(r, 1, model.index(g, 0))
              for g in range(model.rowCount()) for r in range(model.rowCount(model.index(g, 0)))
              if model.index(r, 1, model.index(g, 0)).data(Role.RECORD).failed]
    assert len(failed) == 1
    assert "the file is empty" in failed[0].data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClicks(w.events.filter_edit, "kettle")
    assert _titles(model) == ["Teapot forum", "Talks with Tom Kettle"]
    assert w.events.status.text() == "2 of 4 events"
    qtbot.keyClick(w.events.filter_edit, Qt.Key.Key_Escape)  # Esc empties the filter
    assert w.events.filter_edit.text() == "" and len(_titles(model)) == 4
    w.events.speaker_box.setEditText("Ada Quill (2)")
    assert _titles(model) == ["Teapot forum", "Meeting with Ada Quill"]
    w.events.speaker_box.setEditText("")
    # A surname, typed, finds the same; the box offers the names that contain it.
    w.events.speaker_box.setFocus()
    qtbot.keyClicks(w.events.speaker_box.lineEdit(), "quill")
    assert _titles(model) == ["Teapot forum", "Meeting with Ada Quill"]
    completer = w.events.speaker_box.completer()
    assert completer is not None and completer.completionCount() == 1
    assert completer.currentCompletion() == "Ada Quill (2)"
    w.events.speaker_box.setEditText("")
    box = w.events.speaker_box
    offered = [box.itemText(i) for i in range(box.count())]
    assert "Tom Kettle (2)" in offered and "Rufus Firefly (2)" in offered
    w.events.date_from.setDate(w.events.date_from.date().fromString("2031-01-01", "yyyy-MM-dd"))
    assert _titles(model) == ["Teapot forum", "Meeting with Ada Quill"]
    # Who speaks between the dates: the counts follow them.
    offered = [box.itemText(i) for i in range(box.count())]
    assert "Tom Kettle (1)" in offered and "Rufus Firefly (1)" in offered
    assert "Ada Quill (2)" in offered
    # A "to" before the "from": an empty list that says why.
    w.events.date_to.setDate(w.events.date_to.date().fromString("2030-01-01", "yyyy-MM-dd"))
    assert _titles(model) == []
    assert w.events.status.text() == "0 of 4 events — the “to” date is before the “from” date"


def test_folder_watcher_picks_up_added_changed_and_removed_files(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = _library(tmp_path)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    model = w.controller.model
    write_fictional(lib, "new.txt", "A new event", "2032-01-01", ["Ada Quill", "Tom Kettle"])
    qtbot.waitUntil(lambda: "A new event" in _titles(model), timeout=10000)
    (lib / "kettle.txt").unlink()
    qtbot.waitUntil(lambda: "Talks with Tom Kettle" not in _titles(model), timeout=10000)
    assert model.total_count() == 4


def test_last_transcript_and_position_are_restored_after_a_restart(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    f = write_fictional(lib, "long.txt", "Long talk", "2031-03-04",
                        ["Rufus Firefly", "Ada Quill"], turns=80)
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(lib)])
    qtbot.waitUntil(lambda: w.controller.current_path == str(f))
    w.dialogue.scroll_to_block(40)
    assert w.dialogue.first_visible_block() == 40
    w.close()
    w2 = make_window()
    w2.show()
    open_and_wait(qtbot, w2, [])
    assert w2.controller.current_path == str(f)
    assert w2.dialogue.first_visible_block() == 40


def test_copy_with_citation(qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    doc = w.dialogue.document()
    # Nothing selected: Copy and Copy with Citation are greyed (Copy was not).
    assert not w.commands.copy.isEnabled() and not w.commands.copy_citation.isEnabled()
    cursor = doc.find("They were enjoyable.")
    assert not cursor.isNull()
    w.dialogue.setTextCursor(cursor)
    assert w.commands.copy.isEnabled() and w.commands.copy_citation.isEnabled()
    w.commands.copy.trigger()
    assert QApplication.clipboard().text() == "They were enjoyable."
    w.commands.copy_citation.trigger()
    assert QApplication.clipboard().text() == (
        "“They were enjoyable.”\n— Vladimir Putin, President of Russia — "
        "Vladimir Putin arrived in Minsk, May 23, 2024, Minsk. President of Russia, en.kremlin.ru.")


def test_library_model_passes_the_model_tester(qtmodeltester: object, tmp_path: Path,
                                               qtbot: QtBot, make_window: MakeWindow) -> None:
    lib = _library(tmp_path)
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    model = w.controller.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_filter("quill")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.parent(QModelIndex()) == QModelIndex()


def test_screenshot_command_writes_a_png(tmp_path: Path, app_paths: AppPaths,
                                         seed_file: Path, qapp: QApplication) -> None:
    from reader.app import run

    out = tmp_path / "shot.png"
    assert run([str(seed_file)], screenshot=str(out), app_paths=app_paths) == 0
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert (img.width(), img.height()) == (1400, 860)
    # The window is drawn, not blank: its pixels hold many colours (text, speaker names,
    # panels), and the transcript's two speakers' colours among them.
    colours = {QColor(img.pixel(x, y)).name().upper()
               for x in range(0, 1400, 2) for y in range(0, 860, 2)}
    assert len(colours) > 20
    assert {SLOTS[0][0], SLOTS[1][0]} <= colours


def test_corpus_folder_opens_with_failed_and_good_files(
        qtbot: QtBot, make_window: MakeWindow, corpus: Path, tmp_path: Path) -> None:
    lib = tmp_path / "mixed"
    shutil.copytree(corpus / "en-copied", lib)
    (lib / "junk.txt").write_bytes(b"\x00\x01\x02binary")
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    recs = w.controller.model.records()
    assert len(recs) == 42
    assert [r.error for r in recs if r.failed] == ["binary data, not text"]


def test_drag_and_drop_and_recent_files(qtbot: QtBot, make_window: MakeWindow,
                                        seed_file: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    w = make_window()
    w.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_file))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        w.dropEvent(event)
    assert w.controller.current_path == str(seed_file)
    assert w.recent_menu.entries() == [str(seed_file)]


def test_first_start_follows_the_desktops_dark_mode(
        qtbot: QtBot, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    # The offscreen platform has no colour scheme of its own: stand in for the desktop.
    from PySide6.QtGui import QStyleHints
    from reader.app import build_window

    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    w = build_window(app_paths)
    qtbot.addWidget(w)
    assert w.view.theme == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Base).name().upper() == "#1E1E1E"
    w.view_bar.theme_buttons["sepia"].click()
    w.close()
    w2 = build_window(app_paths)  # a saved choice wins over the desktop from then on
    qtbot.addWidget(w2)
    assert w2.view.theme == "sepia"
    w2.close()


def test_a_long_transcript_shows_its_beginning_then_completes(
        qtbot: QtBot, make_window: MakeWindow, corpus: Path) -> None:
    w = make_window()
    w.show()
    big = corpus / "en" / "kremlin-en-news-60795.html"
    with qtbot.waitSignal(w.dialogue.rendered, timeout=20000):
        w.controller.open_path(str(big))
        assert not w.dialogue.complete  # the first screens are on show already
        assert w.dialogue.toPlainText().startswith("Direct Line with Vladimir Putin")
        assert len(w.dialogue.rows) < 100
    assert w.dialogue.complete
    assert len(w.dialogue.rows) > 1000
    last = w.controller.current.blocks[-1].paragraphs[-1]  # type: ignore[union-attr]
    assert w.dialogue.toPlainText().rstrip().endswith(last)
    assert w.dialogue.verticalScrollBar().value() == 0


def test_jumping_into_a_long_transcript_completes_it_first(
        qtbot: QtBot, make_window: MakeWindow, corpus: Path) -> None:
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(corpus / "en" / "kremlin-en-news-60795.html")])
    last_turn = w.controller.current.turns()[-1]  # type: ignore[union-attr]
    block = w.controller.current.blocks.index(last_turn)  # type: ignore[union-attr]
    w.dialogue.scroll_to_block(block)
    assert w.dialogue.complete
    assert w.dialogue.first_visible_block() == block


def test_a_big_file_is_parsed_off_the_gui_thread(qtbot: QtBot, make_window: MakeWindow,
                                                  seed_file: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reader.ui.controller.BIG_FILE", 100)  # the seed counts as big
    w = make_window()
    shown: list[str] = []
    with qtbot.waitSignal(w.controller.transcript_opened, timeout=20000):
        assert w.controller.open_path(str(seed_file), then=lambda: shown.append("then"))
        assert w.controller.current is None  # not yet: a worker is parsing it
        assert "Opening" in w.message_label.text()
    assert w.controller.current_path == str(seed_file)
    assert shown == ["then"]
    assert w.dialogue.toPlainText().startswith("Vladimir Putin arrived in Minsk")


def test_last_file_outside_the_library_is_listed_after_a_restart(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    write_fictional(lib, "a.txt", "Teapot talk", "2031-01-02", ["Rufus Firefly", "Ada Quill"])
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])  # the library folder
    open_and_wait(qtbot, w, [str(seed_file)])  # then a single file from elsewhere
    w.close()
    w2 = make_window()
    open_and_wait(qtbot, w2, [])
    assert w2.controller.current_path == str(seed_file)
    paths = {r.path for r in w2.controller.model.records()}
    assert paths == {str(lib / "a.txt"), str(seed_file)}


def test_next_turn_from_the_top_goes_to_the_first_turn(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """With the title and lead above it, the first turn was skipped: Ctrl+Home, then
    Next Turn, went to the second."""
    f = tmp_path / "talk.txt"  # the first block of the transcript is a turn
    f.write_text("Документ /\n\nTeapot talk\n\nMarch 3, 2031, Fredville\n\n" + "\n\n".join(
        f"{('Rufus Firefly', 'Ada Quill')[i % 2]}: Turn {i}. " + "More words. " * 30
        for i in range(30)), encoding="utf-8")
    w = make_window()
    w.resize(1200, 700)
    w.show()
    open_and_wait(qtbot, w, [str(f)])
    turns = w.turns.blocks()
    assert turns[0] == 0
    w.commands.go_start.trigger()
    assert w.dialogue.verticalScrollBar().value() == 0
    w.commands.next_turn.trigger()
    assert w.dialogue.first_visible_block() == turns[0]
    w.commands.next_turn.trigger()
    assert w.dialogue.first_visible_block() == turns[1]
    w.commands.previous_turn.trigger()
    assert w.dialogue.first_visible_block() == turns[0]


def test_a_transcript_changed_on_disk_is_shown_again_where_the_reader_is(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Its new text was shown from the title, the reader's place lost, without a word."""
    lib = tmp_path / "lib"
    lib.mkdir()
    w, f = long_transcript_window(qtbot, make_window, lib)
    w.dialogue.scroll_to_block(40)
    assert w.dialogue.first_visible_block() == 40
    with qtbot.waitSignal(w.controller.transcript_opened, timeout=15000), \
            f.open("a", encoding="utf-8") as out:
        out.write("\nRufus Firefly: One more line at the end.\n")
    assert w.controller.current is not None
    assert w.controller.current.blocks[-1].paragraphs == ("One more line at the end.",)
    assert w.dialogue.first_visible_block() == 40
    assert w.message_label.text() == "The file changed on disk: its new text is shown"


def test_the_open_transcripts_file_deleted_is_said(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """It left the list and stayed on screen with no word why."""
    lib = tmp_path / "lib"
    lib.mkdir()
    f = write_fictional(lib, "talk.txt", "Teapot talk", "2031-03-04",
                        ["Rufus Firefly", "Ada Quill"])
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    qtbot.waitUntil(lambda: w.controller.current_path == str(f))
    f.unlink()
    qtbot.waitUntil(lambda: w.controller.model.total_count() == 0, timeout=10000)
    assert w.message_label.text() == \
        "talk.txt was moved or deleted: the text shown is as it was read"
    assert w.controller.current is not None  # still readable
