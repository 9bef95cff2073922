"""Scanning library folders off the GUI thread, and following them as files change."""

from __future__ import annotations

import logging
import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reader.ui.worker import Worker

if TYPE_CHECKING:
    from PySide6.QtCore import QFileSystemWatcher

    from reader.core.library import MetaCache
    from reader.core.library_records import EventRecord
    from reader.core.search import SearchIndex

log = logging.getLogger(__name__)

BATCH = 64
# Folders are always watched (added and removed files); files themselves (edits) only up
# to this many, to stay within the system's limit on watches.
MAX_FILE_WATCHES = 2000


def watched_folders(roots: list[str]) -> list[str]:
    """The folders to watch under these roots (hidden ones left out): a tree walk, run
    on the scanner's thread. It tolerates folders vanishing or looping meanwhile (unlike
    Path.rglob, which raised and stopped the window's start)."""
    from reader.core.library import list_folders

    return list_folders([Path(r) for r in roots])


class _ScanJob:
    """Runs on the scanner's thread: lists files, reads their events (cache first). The
    cache and index connections are opened there, on first use, and kept."""

    def __init__(self, cache_path: Path | None, index_path: Path | None,
                 scanner: LibraryScanner) -> None:
        self._cache_path = cache_path
        self._index_path = index_path
        self._cache: MetaCache | None = None
        self._index: SearchIndex | None = None
        self._scanner = scanner
        self._verified = False
        self.cancel = threading.Event()

    def open(self) -> tuple[MetaCache, SearchIndex]:
        """The cache and the index, opened (or created) on first use."""
        # Imported here, on the scanner's thread: the window paints without them.
        from reader.core.library import MetaCache
        from reader.core.search import SearchIndex

        if self._cache is None:
            self._cache = MetaCache(self._cache_path)
        if self._index is None:
            self._index = SearchIndex(self._index_path)
        # The index's notice stays with it: the search panel shows it at the next search.
        if self._cache.notice:
            self._scanner._notice.emit(self._cache.notice)
            self._cache.notice = None
        return self._cache, self._index

    def scan(self, roots: list[str], known: dict[str, tuple[int, int]]) -> None:
        from reader.core.library import list_files, scan

        self._cache, self._index = self.open()
        self.cancel.clear()
        out = self._scanner
        errors: list[str] = []
        files = list_files([Path(r) for r in roots], errors)
        for e in errors:
            out._folder_error.emit(e)
        present = {str(p) for p in files}
        gone = [p for p in known if p not in present]
        if gone:
            self._index.remove(gone)
            out._removed.emit(gone)
        todo = []
        for p in files:
            old = known.get(str(p))
            if old is not None:
                try:
                    st = p.stat()
                except OSError:
                    todo.append(p)
                    continue
                if (st.st_size, st.st_mtime_ns) == old:
                    continue
            todo.append(p)
        total = len(todo)
        out._progress.emit(0, total)
        done = 0
        for batch in scan(todo, self._cache, self._index, BATCH, self.cancel.is_set):
            done += len(batch)
            out._batch.emit(batch)
            out._progress.emit(done, total)
        if not self._verified and not self.cancel.is_set():
            # Every page of a large index is read once the list is filled (seconds at
            # the site's size); a damaged one starts afresh and is filled again.
            self._verified = True
            if not self._index.verify():
                for batch in scan(files, self._cache, self._index, BATCH, self.cancel.is_set):
                    out._batch.emit(batch)


class LibraryScanner(QObject):
    """Owns the worker thread and the folder watcher; the window listens to its signals."""

    records_ready = Signal(list)
    records_removed = Signal(list)
    progress = Signal(int, int)
    folder_error = Signal(str)
    scan_failed = Signal(str)  # what went wrong; the library stays as it was
    notice = Signal(str)  # a damaged cache was started afresh
    scan_finished = Signal()
    # Emitted on the scanner's thread, received (queued) on the GUI thread.
    _batch = Signal(list)
    _removed = Signal(list)
    _progress = Signal(int, int)
    _folder_error = Signal(str)
    _notice = Signal(str)

    def __init__(self, cache_path: Path | None, index_path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index_path = index_path
        self._worker = Worker("library-scanner", self)
        self._job = _ScanJob(cache_path, index_path, self)
        # The cache and the index are opened by the first scan, on the scanner's thread,
        # once the window has painted (nothing competes with building it).
        self._batch.connect(self._on_batch)
        self._removed.connect(self._on_removed)
        self._progress.connect(self.progress)
        self._folder_error.connect(self.folder_error)
        self._notice.connect(self.notice)
        self._roots: list[str] = []
        self._known: dict[str, tuple[int, int]] = {}
        self._busy = False
        self._again = False
        self._watched_files: set[str] = set()
        self._watching: QFileSystemWatcher | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.rescan)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def _watcher(self) -> QFileSystemWatcher:
        """What follows the library's folders and files, made when the first are followed
        (after the window's first paint)."""
        if self._watching is None:
            from PySide6.QtCore import QFileSystemWatcher

            self._watching = QFileSystemWatcher(self)
            self._watching.directoryChanged.connect(self._changed)
            self._watching.fileChanged.connect(self._changed)
        return self._watching

    def set_roots(self, roots: list[str]) -> None:
        """Scan these folders/files from scratch and follow them."""
        self._job.cancel.set()
        self._roots = list(roots)
        self._known = {}
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._watched_files = set()
        self._watch()
        self.rescan()

    def _watch(self) -> None:
        roots = list(self._roots)

        def watch(dirs: list[str]) -> None:
            if dirs and roots == self._roots:  # not for folders left meanwhile
                self._watcher.addPaths(dirs)

        self._worker.submit(partial(watched_folders, roots), watch,
                            lambda exc: log.warning("cannot watch %s: %s", roots, exc))

    @Slot()
    def rescan(self) -> None:
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._worker.submit(partial(self._job.scan, list(self._roots), dict(self._known)),
                            self._on_finished, self._on_failed)

    @Slot(str)
    def _changed(self, _path: str) -> None:
        self._debounce.start()

    @Slot(list)
    def _on_batch(self, records: list[EventRecord]) -> None:
        new_watch = []
        for r in records:
            self._known[r.path] = (r.size, r.mtime_ns)
            if r.path not in self._watched_files and len(self._watched_files) < MAX_FILE_WATCHES:
                self._watched_files.add(r.path)
                new_watch.append(r.path)
        if new_watch:
            self._watcher.addPaths(new_watch)
        self.records_ready.emit(records)

    @Slot(list)
    def _on_removed(self, paths: list[str]) -> None:
        for p in paths:
            self._known.pop(p, None)
        self.records_removed.emit(paths)

    def _on_finished(self, _result: object = None) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.rescan()
            return
        self.scan_finished.emit()

    def _on_failed(self, exc: Exception, finished: bool = True) -> None:
        """The scan broke off: say so, and stay ready for the next one."""
        self.scan_failed.emit(self.tr("Scanning the library failed: {0}").format(exc))
        if finished:
            self._on_finished()

    def shutdown(self) -> None:
        self._job.cancel.set()
        self._worker.shutdown()
