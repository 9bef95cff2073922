"""One window per reader: a second start (a file opened from the file manager while the
window is open, the command run again) hands its files to the window already open and
ends, instead of opening a second window over the same settings and bookmarks.

A lock file tells whether a window is open (Qt Core: nothing more is loaded on a normal
start). Only then, or after the window's first paint, is Qt Network loaded: the open window
listens on a local socket, and a second start sends it the paths as one JSON line and
waits for the answer "ok". If nothing answers in time (a window still starting, or hung),
the second start opens its own window as before: nothing is lost either way."""

from __future__ import annotations

import json
import logging
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # Qt Network is loaded only when a second start happens (see above)
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

#: How long a second start waits for the open window to take its files.
ANSWER_MS = 2000


def server_name(data_dir: Path) -> str:
    """Per user and per data folder (tests and portable setups keep their own): a short
    name, as local socket names are file names on Unix and pipe names on Windows."""
    digest = zlib.crc32(str(data_dir.resolve()).encode())  # (zlib: no OpenSSL at start-up)
    return f"transcript-reader-{digest:08x}"


class SingleWindow(QObject):
    """The open window's side: ``open_requested(paths)`` for each second start."""

    open_requested = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(data_dir / "window.lock"))
        self._lock.setStaleLockTime(0)  # held as long as the window is open: stale only
        # when its process is gone (a crash), which QLockFile finds out by itself
        self.first = self._lock.tryLock(0)
        self._server: QLocalServer | None = None

    def hand_over(self, paths: list[str]) -> bool:
        """Another window is open: give it ``paths`` (possibly none: it comes to the front).
        True if it took them."""
        if self.first:
            return False
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(ANSWER_MS):
            log.info("no window answered on %s: %s", self.name, socket.errorString())
            return False
        socket.write(json.dumps({"open": paths}).encode() + b"\n")
        socket.flush()
        answered = socket.waitForReadyRead(ANSWER_MS) and bytes(
            socket.readAll().data()).strip() == b"ok"
        socket.disconnectFromServer()
        return answered

    def listen(self) -> bool:
        """Take second starts' files from now on (called after the first paint)."""
        if not self.first or self._server is not None:
            return False
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # left by a window that crashed
        if not server.listen(self.name):
            log.info("cannot listen on %s: %s", self.name, server.errorString())
            return False
        server.newConnection.connect(lambda: self._accept(server))
        self._server = server
        return True

    def _accept(self, server: QLocalServer) -> None:
        while (socket := server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            data = json.loads(line)
            paths = [str(p) for p in data["open"]]
        except (ValueError, KeyError, TypeError):
            log.warning("a second start sent what is not a request: %r", line[:200])
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.open_requested.emit(paths)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        if self.first:
            self._lock.unlock()
