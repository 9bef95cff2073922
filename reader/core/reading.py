"""Reading many files at once: parse (and prepare for the index) in worker processes,
a bounded number of files in flight, results in the order given.

Workers are forked from a single-threaded process (the command line); from a process
with threads (the window's scanner thread) they come from a "forkserver" instead, since
forking a process with threads is unsafe. A forkserver imports the main module again:
entry points guard their work with ``if __name__ == "__main__"``."""

from __future__ import annotations

import functools
import logging
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from reader.core.errors import ParseError
from reader.core.indexing import Payload, payload
from reader.core.library_records import EventRecord, failed_record, record_for
from reader.core.parse import parse_file
from reader.core.stemming import Stems

if TYPE_CHECKING:  # the process pool's modules load only when a pool starts (not at
    # every start-up of the window: a small library is read in the scanner's thread)
    import multiprocessing.context
    from concurrent.futures import Future

log = logging.getLogger(__name__)

#: Below this many files a pool costs more to start than it saves.
POOL_MIN = 24
#: Files per task sent to a worker.
CHUNK = 8

Job = tuple[str, int, int]  # path, size, mtime_ns
Read = tuple[EventRecord, Payload | None]


@functools.cache
def _process_stems() -> Stems:
    """One set of stemmers per process, with its memory of words (a worker reads many
    chunks; stemming a word once per process is what makes indexing quick)."""
    return Stems()


def read_files(jobs: Sequence[Job], with_payload: bool) -> list[Read]:
    """Parse each file into its event record (and index payload). Runs in a worker."""
    stems = _process_stems() if with_payload else None
    out: list[Read] = []
    for path, size, mtime_ns in jobs:
        try:
            t = parse_file(path)
        except ParseError as exc:
            out.append((failed_record(path, size, mtime_ns, exc.reason), None))
            continue
        except Exception as exc:  # a worker must answer for every file, whatever happens
            log.exception("reading %s", path)
            out.append((failed_record(path, size, mtime_ns, f"could not be read ({exc})"),
                        None))
            continue
        out.append((record_for(path, size, mtime_ns, t),
                    payload(t, stems) if stems is not None else None))
    return out


def workers_for(count: int) -> int:
    """How many worker processes suit this many files (0: read them here). A frozen
    build (PyInstaller) reads in its own process: it cannot start workers of itself."""
    if count < POOL_MIN or getattr(sys, "frozen", False):
        return 0
    return max(1, min(os.cpu_count() or 1, 8))


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    alone = threading.current_thread() is threading.main_thread() \
        and threading.active_count() == 1
    if alone and "fork" in methods:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def read_many(jobs: Sequence[Job], with_payload: bool, workers: int,
              cancelled: Callable[[], bool] = lambda: False) -> Iterator[list[Read]]:
    """Results per chunk of CHUNK files, in order; at most a few chunks per worker in
    flight, so memory stays flat whatever the library's size."""
    chunks = [list(jobs[i:i + CHUNK]) for i in range(0, len(jobs), CHUNK)]
    if workers <= 0:
        for chunk in chunks:
            if cancelled():
                return
            yield read_files(chunk, with_payload)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
        pending: deque[tuple[list[Job], Future[list[Read]]]] = deque()
        todo = iter(chunks)
        try:
            for chunk in todo:
                pending.append((chunk, pool.submit(read_files, chunk, with_payload)))
                if len(pending) < 3 * workers:
                    continue
                yield _result(*pending.popleft())
                if cancelled():
                    break
            while pending and not cancelled():
                yield _result(*pending.popleft())
        finally:
            for _chunk, f in pending:
                f.cancel()


def _result(chunk: list[Job], future: Future[list[Read]]) -> list[Read]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        # A worker died (killed, out of memory): its files are reported, not retried
        # here, where the same file could take the whole application down.
        return [(failed_record(path, size, mtime_ns,
                               "the reading process stopped while reading this file"), None)
                for path, size, mtime_ns in chunk]
