"""Background work with a result or an error: one helper for parsing, searching and
scanning, so that no slow job runs on the GUI thread and no failure goes unnoticed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import count
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class _Executor(QObject):
    """Lives on the worker's thread and runs what it is given, one job at a time."""

    finished = Signal(int, bool, object)  # job, succeeded, result or exception

    @Slot(int, object)
    def run(self, job_id: int, job: Callable[[], Any]) -> None:
        try:
            result = job()
        except Exception as exc:  # every failure goes back to whoever asked
            log.warning("background job failed", exc_info=True)
            self.finished.emit(job_id, False, exc)
            return
        self.finished.emit(job_id, True, result)


class Worker(QObject):
    """A thread of its own that runs jobs in the order given. Each job's ``done`` gets
    its result, or ``failed`` its exception, on the thread that owns the Worker (the
    GUI thread). Jobs keep to one thread, so a job may use an SQLite connection that an
    earlier job of the same worker opened.

    A job may emit signals of GUI-thread objects to report progress: they arrive,
    queued, before its ``done``."""

    _submit = Signal(int, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._submit.connect(self._executor.run)
        self._executor.finished.connect(self._finished)
        self._thread.finished.connect(self._executor.deleteLater)
        self._callbacks: dict[int, tuple[Done, Failed]] = {}
        self._ids = count(1)
        # Deleted with its parent (a panel, the window): the thread must stop before Qt
        # deletes it. ``destroyed`` comes before the children go.
        thread = self._thread
        self.destroyed.connect(lambda: _stop(thread, 5000))
        app = QCoreApplication.instance()
        if app is not None:  # however the application ends, the thread stops first
            app.aboutToQuit.connect(self.shutdown)

    @property
    def pending(self) -> int:
        """Jobs given and not yet reported back."""
        return len(self._callbacks)

    def submit(self, job: Callable[[], Any], done: Done, failed: Failed) -> None:
        if not self._thread.isRunning():  # started on first use: most never are
            self._thread.start()
        job_id = next(self._ids)
        self._callbacks[job_id] = (done, failed)
        self._submit.emit(job_id, job)

    @Slot(int, bool, object)
    def _finished(self, job_id: int, ok: bool, result: object) -> None:
        done, failed = self._callbacks.pop(job_id)
        if ok:
            done(result)
        else:
            assert isinstance(result, Exception)
            failed(result)

    def shutdown(self, wait_ms: int = 1000) -> None:
        """Stop after the job in hand (jobs should watch their own cancel flag)."""
        _stop(self._thread, wait_ms)


def _stop(thread: QThread, wait_ms: int) -> None:
    thread.quit()
    thread.wait(wait_ms)
