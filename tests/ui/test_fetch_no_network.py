"""Nothing reaches the network unless the reader asks: starting the app, opening a
transcript (a saved page full of remote images and scripts), searching and bookmarking
make no connection at all."""

from __future__ import annotations

import shutil
import socket
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from reader.app import start
from tests.helpers import MakeWindow

INET = (socket.AF_INET, socket.AF_INET6)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every attempt to reach the network is recorded and fails."""
    attempts: list[object] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in INET:
            attempts.append(address)
            raise OSError("the test forbids network connections")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if self.family in INET:
            attempts.append(address)
            raise OSError("the test forbids network connections")
        return real_connect_ex(self, address)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("the test forbids network connections")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_the_guard_catches_a_connection(no_network: list[object]) -> None:
    with pytest.raises(OSError, match="forbids"):
        socket.create_connection(("127.0.0.1", 9))
    with socket.socket() as s, pytest.raises(OSError, match="forbids"):
        s.connect(("127.0.0.1", 9))
    assert len(no_network) == 2


def test_start_open_search_bookmark_make_no_connection(
        qtbot: QtBot, make_window: MakeWindow, no_network: list[object], corpus: Path,
        seed_file: Path, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    shutil.copy(seed_file, lib / seed_file.name)
    # A saved page with remote images, scripts and style sheets (copied for the test only).
    page = lib / "kremlin-en-news-54152.html"
    shutil.copy(corpus / "en" / "kremlin-en-news-54152.html", page)
    w = make_window()
    w.show()
    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        start(w, [str(lib)])
    with qtbot.waitSignal(w.controller.transcript_opened, timeout=10000):
        w.controller.open_path(str(page))
    assert w.controller.current is not None
    assert w.controller.current.title == "Meeting with President of Iceland Gudni Johannesson"
    w.commands.search.trigger()
    panel = w.search_panel
    qtbot.keyClicks(panel.query, "Arkhangelsk")
    with qtbot.waitSignal(panel.results_shown, timeout=10000):
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.model.rowCount() >= 1
    cursor = w.dialogue.document().find("colleagues, let me welcome you")
    assert not cursor.isNull()
    w.dialogue.setTextCursor(cursor)
    w.commands.bookmark.trigger()
    assert w.bookmark_panel.proxy.rowCount() == 1
    w.close()
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
