"""Leaving the application while a background thread is still busy.

Qt aborts the process ("QThread: Destroyed while thread … is still running") when a
running QThread is deleted, which happens when the window that owns it goes away after
the event loop ends. Every worker is asked to stop when the application is about to quit
(its cancel flag, then ``quit()`` and a bounded wait); a job that still has not returned
(a slow parse, a file system that does not answer) cannot be interrupted from outside, so
the process then ends at once with the application's exit code: settings and bookmarks
are already saved (every bookmark change is its own committed transaction) and nothing
else is lost.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time

from PySide6.QtCore import QObject, QThread

log = logging.getLogger(__name__)


def running_threads(owner: QObject) -> list[QThread]:
    return [t for t in owner.findChildren(QThread) if t.isRunning()]


def leave(owner: QObject, code: int, wait_ms: int = 1000) -> int:
    """``code`` once every thread under ``owner`` has stopped; if one is still busy after
    ``wait_ms``, end the process now with ``code`` rather than let Qt abort it."""
    threads = running_threads(owner)
    for t in threads:
        t.quit()
    deadline = time.monotonic() + wait_ms / 1000
    for t in threads:
        t.wait(max(0, int((deadline - time.monotonic()) * 1000)))
    busy = [t.objectName() or "worker" for t in threads if t.isRunning()]
    if not busy:
        return code
    log.warning("quitting while %s still busy: the process ends without waiting for it",
                ", ".join(busy))
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
