"""Scanning library folders off the GUI thread, and following them as files change."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QThread, QTimer, Signal, Slot

from reader.core.library import EventRecord, MetaCache, list_files, list_folders, scan
from reader.core.search import SearchIndex

log = logging.getLogger(__name__)

BATCH = 64
# Folders are always watched (added and removed files); files themselves (edits) only up
# to this many, to stay within the system's limit on watches.
MAX_FILE_WATCHES = 2000


class _Worker(QObject):
    """Runs in its own thread: lists files, reads their events (cache first)."""

    batch = Signal(list)  # list[EventRecord]
    removed = Signal(list)  # list[str]
    progress = Signal(int, int)  # done, total
    folder_error = Signal(str)
    notice = Signal(str)  # a damaged cache was started afresh
    finished = Signal(int)  # generation

    def __init__(self, cache_path: Path | None, index_path: Path | None) -> None:
        super().__init__()
        self._cache_path = cache_path
        self._index_path = index_path
        self._cache: MetaCache | None = None
        self._index: SearchIndex | None = None
        self.cancel = threading.Event()

    @Slot(int, list, dict)
    def scan(self, generation: int, roots: list[str], known: dict[str, tuple[int, int]]) -> None:
        if self._cache is None:
            self._cache = MetaCache(self._cache_path)
        if self._index is None:
            self._index = SearchIndex(self._index_path)
        # The index's notice stays with it: the search panel shows it at the next search.
        if self._cache.notice:
            self.notice.emit(self._cache.notice)
            self._cache.notice = None
        self.cancel.clear()
        errors: list[str] = []
        files = list_files([Path(r) for r in roots], errors)
        for e in errors:
            self.folder_error.emit(e)
        present = {str(p) for p in files}
        gone = [p for p in known if p not in present]
        if gone:
            self._index.remove(gone)
            self.removed.emit(gone)
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
        self.progress.emit(0, total)
        done = 0
        for batch in scan(todo, self._cache, self._index, BATCH, self.cancel.is_set):
            done += len(batch)
            self.batch.emit(batch)
            self.progress.emit(done, total)
        self.finished.emit(generation)


class LibraryScanner(QObject):
    """Owns the worker thread and the folder watcher; the window listens to its signals."""

    records_ready = Signal(list)
    records_removed = Signal(list)
    progress = Signal(int, int)
    folder_error = Signal(str)
    notice = Signal(str)
    scan_finished = Signal()
    _request = Signal(int, list, dict)

    def __init__(self, cache_path: Path | None, index_path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index_path = index_path
        self._thread = QThread(self)
        self._thread.setObjectName("library-scanner")
        self._worker = _Worker(cache_path, index_path)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.scan)
        self._worker.batch.connect(self._on_batch)
        self._worker.removed.connect(self._on_removed)
        self._worker.progress.connect(self.progress)
        self._worker.folder_error.connect(self.folder_error)
        self._worker.notice.connect(self.notice)
        self._worker.finished.connect(self._on_finished)
        self._thread.start()
        self._roots: list[str] = []
        self._known: dict[str, tuple[int, int]] = {}
        self._generation = 0
        self._busy = False
        self._again = False
        self._watched_files: set[str] = set()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.rescan)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_roots(self, roots: list[str]) -> None:
        """Scan these folders/files from scratch and follow them."""
        self._worker.cancel.set()
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
        # A walk that tolerates folders vanishing or looping meanwhile (not Path.rglob).
        dirs = list_folders([Path(r) for r in self._roots])
        if dirs:
            self._watcher.addPaths(dirs)

    @Slot()
    def rescan(self) -> None:
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._generation += 1
        self._request.emit(self._generation, self._roots, dict(self._known))

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

    @Slot(int)
    def _on_finished(self, generation: int) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.rescan()
            return
        self.scan_finished.emit()

    def shutdown(self) -> None:
        self._worker.cancel.set()
        self._thread.quit()
        self._thread.wait(5000)
