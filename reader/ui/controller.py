"""What the window does with files: open transcripts, follow the library, remember where
the reader was. No widgets here; the main window wires these signals to its views."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.errors import ParseError
from reader.core.palette import LookAssigner
from reader.settings import ReadingPlace, Settings
from reader.ui.core_messages import translated
from reader.ui.library_folders import LibraryFolders
from reader.ui.library_model import LibraryModel
from reader.ui.scanner import LibraryScanner
from reader.ui.worker import Worker

if TYPE_CHECKING:
    from reader.core.anchors import Anchor
    from reader.core.library_records import EventRecord
    from reader.core.model import Transcript

log = logging.getLogger(__name__)


#: Files larger than this are parsed on a worker thread (the largest real transcript,
#: the 2019 Direct Line page, is 356 KB and parses in about 30 ms).
BIG_FILE = 2 * 1024 * 1024


class ReaderController(QObject):
    transcript_opened = Signal(object, dict)  # Transcript, slots
    open_failed = Signal(str, str)  # path, reason
    message = Signal(str)
    #: The open transcript's file changed on disk: it is read again (``transcript_opened``
    #: follows), and the reader stays where they are.
    reloading = Signal()

    def __init__(self, settings: Settings, model: LibraryModel, scanner: LibraryScanner,
                 slots: LookAssigner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.model = model
        self.scanner = scanner
        self.slots = slots
        self.library = LibraryFolders(settings, self)
        self._followed: list[str] | None = None
        self.library.changed.connect(self.follow_library)
        self.current: Transcript | None = None
        self.current_path: str | None = None
        self.current_fingerprint = ""
        self._current_stamp: tuple[int, int] = (0, 0)
        self._opening: str | None = None
        self._then: Callable[[], None] | None = None
        self._parser = Worker("parser", self)
        # Records arrive in small batches; the list takes them at most every 250 ms so
        # that a library of tens of thousands of files fills without stalling the window.
        self._pending: list[EventRecord] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(250)
        self._flush_timer.timeout.connect(self._flush)
        scanner.records_ready.connect(self._records)
        scanner.records_removed.connect(self._removed)
        scanner.scan_finished.connect(self._flush)
        scanner.folder_error.connect(
            lambda e: self.message.emit(self.tr("Cannot read folder {0}").format(e)))
        scanner.scan_failed.connect(self.message)
        scanner.notice.connect(self.message)

    def _records(self, records: list[EventRecord]) -> None:
        first = self.model.total_count() == 0 and not self._pending
        self._pending.extend(records)
        if first:
            self._flush()  # the first events show at once
        elif not self._flush_timer.isActive():
            self._flush_timer.start()
        for rec in records:
            if rec.path == self.current_path and not rec.failed \
                    and (rec.size, rec.mtime_ns) != self._current_stamp:
                self.reloading.emit()
                self.open_path(rec.path, remember=False)  # changed on disk: show the new text

    def _flush(self) -> None:
        self._flush_timer.stop()
        if self._pending:
            batch, self._pending = self._pending, []
            self.model.add_records(batch)

    def _removed(self, paths: list[str]) -> None:
        self._flush()
        self.model.remove_paths(paths)
        if self.current_path in paths:  # the text stays on screen: say why it is not listed
            self.message.emit(self.tr("{name} was moved or deleted: the text shown is as it "
                                      "was read").format(name=Path(self.current_path).name))

    def open_library(self, paths: list[str]) -> None:
        """Add these folders and files to the library (never replacing what it holds) and
        follow it; an empty list follows the library as saved."""
        for p in paths:
            self.settings.add_recent(os.path.abspath(p))  # noqa: PTH100
        if not paths or not self.library.add(paths):
            self.follow_library()

    def follow_library(self) -> None:
        """Show the library's folders and opened files in the event list and follow them.
        The same roots are scanned again (changed and vanished files are found); other
        roots are read afresh (from the cache)."""
        roots = self.library.roots()
        if roots == self._followed:
            self.scanner.rescan()
            return
        self._followed = roots
        self._pending = []
        self.model.clear()
        self.scanner.set_roots(roots)

    def open_newest_when_scanned(self) -> None:
        """After the scan, show the newest event unless something is already shown."""
        def first() -> None:
            self.scanner.scan_finished.disconnect(first)
            if self.current is None:
                recs = [r for r in self.model.records() if not r.failed]
                if recs:
                    self.open_path(recs[0].path)
        self.scanner.scan_finished.connect(first)

    def open_path(self, path: str, remember: bool = True,
                  then: Callable[[], None] | None = None) -> bool:
        """Open a transcript: at once for ordinary files, off the GUI thread for big ones
        (then ``transcript_opened`` or ``open_failed`` follows, and ``then`` is called
        once it is shown). False if it failed at once."""
        # One spelling per file, as the list and the bookmarks have it: normalised ("..")
        # without resolving links.
        path = os.path.abspath(path)  # noqa: PTH100
        from reader.core.parse import parse_file  # the window paints before the parser loads

        try:
            size = os.stat(path).st_size  # noqa: PTH116
        except OSError:
            size = 0
        if size > BIG_FILE:
            self.message.emit(self.tr("Opening {0} ({1} MB)…").format(
                Path(path).name, f"{size / 1e6:.0f}"))
            self._opening, self._then = path, then
            self._parser.submit(partial(parse_file, path),
                                partial(self._parsed, path, remember),
                                partial(self._parse_failed, path))
            return True
        try:
            t = parse_file(path)
        except ParseError as exc:
            self._failed(path, exc)
            return False
        self._opened(path, t, remember)
        if then is not None:
            then()
        return True

    def _parsed(self, path: str, remember: bool, t: Transcript) -> None:
        if path != self._opening:
            return  # the user opened something else meanwhile
        self._opening = None
        then, self._then = self._then, None
        self._opened(path, t, remember)
        if then is not None:
            then()

    def _parse_failed(self, path: str, exc: Exception) -> None:
        if path != self._opening:
            return
        self._opening = self._then = None
        if not isinstance(exc, ParseError):  # a bug, not bad input: still one message
            exc = ParseError(path, self.tr("could not be read ({0})").format(exc))
        self._failed(path, exc)

    def _failed(self, path: str, exc: ParseError) -> None:
        reason = translated(exc.reason)  # the parser's English, in the interface's language
        self.open_failed.emit(path, reason)
        self.message.emit(f"{exc.path}: {reason}")

    def _opened(self, path: str, t: Transcript, remember: bool) -> None:
        self.current, self.current_path = t, path
        self.current_fingerprint = t.fingerprint()
        try:
            st = Path(path).stat()
            self._current_stamp = (st.st_size, st.st_mtime_ns)
        except OSError:
            self._current_stamp = (0, 0)
        if remember:
            self.settings.set_last_transcript(path)
            self.settings.add_recent(path)
        self.transcript_opened.emit(t, self.slots.looks_for(t))

    def find_transcript(self, anchor: Anchor) -> str | None:
        """The file of a bookmarked transcript: where it was, or a library file of the
        same event (moved, renamed, or another form of the same page)."""
        if Path(anchor.path).is_file():
            return anchor.path
        for rec in self.model.records():
            if rec.failed:
                continue
            if anchor.title and rec.title == anchor.title and rec.date == anchor.date \
                    and Path(rec.path).is_file():  # the list may not know yet it is gone
                return rec.path
        return None

    def shutdown(self) -> None:
        """Stop the background threads (the window is closing)."""
        self._parser.shutdown()
        self.scanner.shutdown()

    def remember_place(self, place: ReadingPlace) -> None:
        if self.current is not None:
            self.settings.set_reading_place(self.current_fingerprint, place)

    def place_of_current(self) -> ReadingPlace | None:
        """Where the reader left the transcript shown (by its fingerprint)."""
        if self.current is None:
            return None
        return self.settings.reading_place(self.current_fingerprint)
