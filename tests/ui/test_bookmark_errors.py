"""A full disk in the window (issue 17): Ctrl+D used to save nothing and say nothing (an
uncaught "cannot rollback" hid the real error). Every failed write says why in the status
bar and a typed note stays, to be saved by editing it again."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from pytestqt.qtbot import QtBot
from reader.app import AppPaths, install_translations
from reader.core.bookmarks import BookmarkStore
from reader.ui.bookmark_panel import NOTE
from reader.ui.main_window import MainWindow
from tests.helpers import english_words, open_and_wait
from tests.ui.conftest import MakeWindow

QUOTE = "They were enjoyable."


def select(w: MainWindow, text: str) -> None:
    cursor = w.dialogue.document().find(text)
    assert not cursor.isNull(), text
    w.dialogue.setTextCursor(cursor)


class Disk:
    """A switch for the simulated disk: full or not."""

    full = False


class FullAtCommit(sqlite3.Connection):
    """COMMIT fails as on a full disk, after SQLite has ended the transaction itself."""

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        if sql == "COMMIT" and Disk.full:
            super().execute("ROLLBACK")
            exc = sqlite3.OperationalError("database or disk is full")
            exc.sqlite_errorcode = 13  # type: ignore[attr-defined]
            raise exc
        return super().execute(sql, *args)


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> type[Disk]:
    monkeypatch.setattr(BookmarkStore, "connection_factory", FullAtCommit)
    monkeypatch.setattr(Disk, "full", False)
    return Disk


def bookmark_on_a_full_disk(qtbot: QtBot, w: MainWindow, seed_file: Path,
                            disk: type[Disk]) -> str:
    """Ctrl+D on the sample's QUOTE with the disk full: what the status bar says."""
    open_and_wait(qtbot, w, [str(seed_file)])
    select(w, QUOTE)
    disk.full = True
    w.commands.bookmark.trigger()
    return w.message_label.text()


def test_ctrl_d_on_a_full_disk_says_so(qtbot: QtBot, make_window: MakeWindow,
                                       seed_file: Path, disk: type[Disk]) -> None:
    w = make_window()
    text = bookmark_on_a_full_disk(qtbot, w, seed_file, disk)
    assert "the bookmark was not saved: the disk is full" in text
    assert "rollback" not in text
    assert w.bookmark_panel.proxy.rowCount() == 0
    disk.full = False  # space freed: the same keys work
    w.commands.bookmark.trigger()
    assert w.bookmark_panel.proxy.rowCount() == 1


def test_a_note_that_cannot_be_saved_is_kept_to_retry(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path, disk: type[Disk]) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    select(w, QUOTE)
    w.commands.bookmark.trigger()
    panel = w.bookmark_panel
    disk.full = True
    panel.proxy.setData(panel.proxy.index(0, NOTE), "typed on a full disk")
    assert "the note was not saved: the disk is full" in w.message_label.text()
    assert "edit it again to retry" in w.message_label.text()
    w.bookmarks.check_for_others()
    w.bookmarks.changed.emit()  # any reload of the panel
    assert panel.proxy.index(0, NOTE).data() == "typed on a full disk"
    disk.full = False
    assert panel.proxy.setData(panel.proxy.index(0, NOTE), "typed on a full disk")
    w.close()
    assert [b.note for b in BookmarkStore(w.bookmarks.store.path).all()] == [
        "typed on a full disk"]


def test_an_export_onto_a_full_disk_keeps_the_old_file(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from reader.core import atomic

    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    select(w, QUOTE)
    w.commands.bookmark.trigger()
    out = tmp_path / "marks.json"
    out.write_text("earlier", encoding="utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    assert w.bookmarks.export(out, "json") == 0
    assert w.message_label.text() == ("marks.json: not exported (the disk is full (No space "
                                      "left on device)); an earlier file there is unchanged")
    assert out.read_text(encoding="utf-8") == "earlier"


def test_in_russian_a_full_disk_is_told_in_russian(
        qtbot: QtBot, make_window: MakeWindow, app_paths: AppPaths, seed_file: Path,
        disk: type[Disk]) -> None:
    """The bookmark file's reasons came in English into the Russian status bar."""
    QSettings(str(app_paths.settings), QSettings.Format.IniFormat).setValue(
        "interface/language", "ru")
    try:
        w = make_window()
        text = bookmark_on_a_full_disk(qtbot, w, seed_file, disk)
        assert "закладка не сохранена: диск заполнен (database or disk is full)" in text
        assert english_words(text.split("(database")[0].split(": ", 2)[-1]) == []
        w.close()
    finally:
        install_translations(QCoreApplication.instance(), QLocale("en_US"))  # type: ignore[arg-type]
