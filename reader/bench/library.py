"""The library at the real site's size: scanning, filtering, searching, memory.

The generated library (copies of the corpus files under varied names and folders, no
invented text), its metadata cache and its search index are kept in a work folder and
reused by later runs of the same size, so that the slow one-off build is paid once."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from reader.bench.common import LARGEST, make_library, row
from reader.core.errors import ParseError
from reader.core.library import (
    EventRecord,
    MetaCache,
    list_files,
    read_event,
    scan,
)
from reader.core.model import Transcript
from reader.core.parse import parse_file
from reader.core.search import SearchIndex

QUERIES = ('"direct line"', "economy", "Putin", "санкц*", "переговоры", '"national projects"')


def proc_status_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak since exec) of this process, from /proc (Linux); the
    peak from getrusage would include the parent's memory at fork."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def prepare(corpus: Path, work: Path, events: int) -> tuple[list[Path], Path, Path]:
    """The generated library with a warm cache and a full index (built once, reused)."""
    lib = work / f"library-{events}"
    cache_db = work / f"cache-{events}" / "library.sqlite"
    index_db = work / f"cache-{events}" / "search.sqlite"
    done = work / f"ready-{events}"
    if done.exists():
        return list_files([lib]), cache_db, index_db
    import shutil

    for p in (lib, cache_db.parent):
        shutil.rmtree(p, ignore_errors=True)
    files = make_library(corpus, lib, events)
    cache = MetaCache(cache_db)
    index = SearchIndex(index_db)
    by_source: dict[bytes, tuple[EventRecord, Transcript | None]] = {}
    records = []
    print(f"(building the {events}-event library, cache and index once in {work}…)",
          file=sys.stderr)
    for p in files:
        data = p.read_bytes()
        key = data[:4096] + str(len(data)).encode()
        if key not in by_source:
            rec = read_event(p)
            t: Transcript | None
            try:
                t = parse_file(p)
            except ParseError:  # a failed file is indexed as empty, like the app does
                t = None
            by_source[key] = (rec, t)
        rec, t = by_source[key]
        st = p.stat()
        records.append(rec.moved(str(p), st.st_size, st.st_mtime_ns))
        index.add(str(p), st.st_size, st.st_mtime_ns, t)
    cache.put_many(records)
    done.write_text("ok")
    return files, cache_db, index_db


def bench_library(corpus: Path, work: Path, events: int, runs: int, quick: bool) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from reader.ui.library_model import LibraryModel

    QApplication.instance() or QApplication([])
    rows = []
    files, cache_db, index_db = prepare(corpus, work, events)

    # Cold: parse and index a sample of files into a fresh cache and index.
    sample = files[: 150 if quick else 1500]
    fresh = work / "cold"
    import shutil

    shutil.rmtree(fresh, ignore_errors=True)
    cache, index = MetaCache(fresh / "library.sqlite"), SearchIndex(fresh / "search.sqlite")
    rss0 = proc_status_mb("VmRSS")
    peak = rss0
    t0 = time.perf_counter()
    for _batch in scan(sample, cache, index, batch=50):
        peak = max(peak, proc_status_mb("VmRSS"))
    cold_s = time.perf_counter() - t0
    rss1 = max(peak, proc_status_mb("VmRSS"))
    t0 = time.perf_counter()
    for p in sample:
        p.read_bytes()
    read_s = time.perf_counter() - t0
    mb = sum(p.stat().st_size for p in sample) / 1e6
    rows.append(row(f"scan and index a library cold ({len(sample)} of {len(files)} files)",
                    f"{len(sample) / cold_s:.0f} files/s ({mb / cold_s:.1f} MB/s)",
                    f"{len(sample) / read_s:.0f} files/s (read the bytes)",
                    f"{cold_s / read_s:.0f}x", "report rate"))
    rows.append(row("  memory while indexing (highest RSS during the sample)",
                    f"{rss1:.0f} MB", f"{rss0:.0f} MB before", f"+{rss1 - rss0:.0f} MB",
                    "bounded"))

    # Warm: every file from the cache.
    cache = MetaCache(cache_db)
    t0 = time.perf_counter()
    listed = list_files([work / f"library-{events}"])
    loaded = [r for batch in scan(listed, cache) for r in batch]
    warm_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for p in listed:
        p.read_bytes()
    read_all_s = time.perf_counter() - t0
    rows.append(row(f"scan the library warm from the cache ({len(loaded)} events)",
                    f"{warm_s:.2f} s", f"{read_all_s:.2f} s (read the bytes)",
                    f"{warm_s / read_all_s:.1f}x", "<= 2 s"))

    model = LibraryModel()
    model.add_records(loaded)
    typed = "vladimir putin"
    per_key = []
    for _ in range(max(1, runs // 5)):
        for n in range(1, len(typed) + 1):
            t0 = time.perf_counter()
            model.set_filter(typed[:n])
            per_key.append((time.perf_counter() - t0) * 1000)
        model.set_filter("")
    rows.append(row(f"filter the event list per keystroke ({len(loaded)} events)",
                    f"{statistics.median(per_key):.1f} ms (max {max(per_key):.1f})", "—",
                    "—", "<= 30 ms"))

    index = SearchIndex(index_db)
    times = []
    for _ in range(max(1, runs // 5)):
        for q in QUERIES:
            t0 = time.perf_counter()
            index.search(q)
            times.append((time.perf_counter() - t0) * 1000)
    rows.append(row(f"library search at {len(loaded)} events ({len(QUERIES)} queries)",
                    f"{statistics.median(times):.0f} ms (max {max(times):.0f})", "—", "—",
                    "<= 100 ms"))
    rows += _memory_rows(corpus, work, events, cache_db.parent)
    return rows


MEMORY_CHILD = """
import os, sys, tempfile
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
if sys.argv[1] == "empty":
    w = QMainWindow(); w.resize(1400, 860); w.show(); app.processEvents(); w.grab()
else:
    from reader.app import AppPaths, build_window, start, wait_for_scan
    tmp = Path(tempfile.mkdtemp())
    w = build_window(AppPaths(tmp / "s.ini", tmp / "data", Path(sys.argv[3])))
    w.resize(1400, 860)
    start(w, [sys.argv[2]])
    w.show()
    wait_for_scan(w, 600000)
    w.controller.open_path(sys.argv[4])
    app.processEvents(); w.grab()
    print(w.controller.model.total_count(), file=sys.stderr)
    from reader.bench.library import proc_status_mb
    peak = proc_status_mb("VmHWM")
    w.close()
    print(int(peak))
    sys.exit(0)
from reader.bench.library import proc_status_mb
print(int(proc_status_mb("VmHWM")))
"""


def _memory_rows(corpus: Path, work: Path, events: int, cache_dir: Path) -> list[str]:
    def child(*args: str) -> int:
        out = subprocess.run([sys.executable, "-c", MEMORY_CHILD, *args], capture_output=True,
                             text=True, check=True, timeout=1200)
        return int(out.stdout.strip().splitlines()[-1])

    empty = child("empty")
    full = child("full", str(work / f"library-{events}"), str(cache_dir),
                 str(corpus / LARGEST))
    return [row(f"peak memory: {events} events listed and the largest transcript open",
                f"{full} MB", f"{empty} MB (an empty window)", f"{full / empty:.1f}x",
                "report")]
