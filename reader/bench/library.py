"""The library at the real site's size: scanning, filtering, searching, memory.

The generated library (copies of the corpus files under varied names and folders, no
invented text), its metadata cache and its search index are kept in a work folder and
reused by later runs of the same size, so that the slow one-off build is paid once."""

from __future__ import annotations

import contextlib
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from reader.bench.common import LARGEST, make_library, row
from reader.core.errors import ParseError
from reader.core.indexing import Payload, payload
from reader.core.library import (
    EventRecord,
    MetaCache,
    list_files,
    read_event,
    scan,
)
from reader.core.parse import parse_file
from reader.core.reading import workers_for
from reader.core.search import SCHEMA_VERSION, SearchIndex
from reader.core.stemming import Stems

#: 20 queries of the kinds readers type: names, title words, Russian word forms, phrases,
#: common words, prefixes, a speaker filter.
QUERIES = (
    ("Putin", None), ("Megyn Kelly", None), ("Micklethwait", None), ("Лукашенко", None),
    ('"direct line"', None), ('"national projects"', None), ('"media questions"', None),
    ("economy", None), ("губернатором", None), ("переговоры", None), ("санкц*", None),
    ("Кремль", None), ("the", None), ("и", None), ("sanctions Europe", None),
    ("Valdai", None), ("Crimea OR Крым", None), ("security", "Vladimir Putin"),
    ("вопрос", "В.Путин"), ("", "Megyn Kelly"),
)
FIRST_QUERY = """
import sys, time
t0 = time.perf_counter()
from reader.core.search import SearchIndex
index = SearchIndex(__import__("pathlib").Path(sys.argv[1]), full_check=False)
index.search(sys.argv[2])
print((time.perf_counter() - t0) * 1000)
"""


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
    done = work / f"ready-{events}-v{SCHEMA_VERSION}"
    if done.exists():
        # A new parser or stemmer empties the index when it is opened: build again then.
        index = SearchIndex(index_db, full_check=False)
        count = index.count()
        index.close()
        if count == events:
            return list_files([lib]), cache_db, index_db
    import shutil

    for p in (lib, cache_db.parent):
        shutil.rmtree(p, ignore_errors=True)
    files = make_library(corpus, lib, events)
    cache = MetaCache(cache_db)
    index = SearchIndex(index_db)
    stems = Stems()
    by_source: dict[bytes, tuple[EventRecord, Payload | None]] = {}
    records = []
    print(f"(building the {events}-event library, cache and index once in {work}…)",
          file=sys.stderr)
    work_batch: list[tuple[str, int, int, Payload | None]] = []
    for p in files:
        data = p.read_bytes()
        key = data[:4096] + str(len(data)).encode()
        if key not in by_source:
            rec = read_event(p)
            pl: Payload | None
            try:
                pl = payload(parse_file(p), stems)
            except ParseError:  # a failed file is indexed as empty, like the app does
                pl = None
            by_source[key] = (rec, pl)
        rec, pl = by_source[key]
        st = p.stat()
        records.append(rec.moved(str(p), st.st_size, st.st_mtime_ns))
        work_batch.append((str(p), st.st_size, st.st_mtime_ns, pl))
        if len(work_batch) >= 500:
            index.add_many(work_batch)
            work_batch = []
    index.add_many(work_batch)
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

    # Cold: parse and index a sample of distinct files into a fresh cache and index (in
    # worker processes), beside parsing the same files here, one by one (the floor).
    sample = files[: 300 if quick else 1500]
    fresh = work / "cold"
    import shutil

    cold, parse_only = [], []
    peak_growth = 0.0
    for _ in range(3 if quick else 2):
        shutil.rmtree(fresh, ignore_errors=True)
        cache, index = MetaCache(fresh / "library.sqlite"), SearchIndex(fresh / "search.sqlite")
        rss0 = proc_status_mb("VmRSS")
        peak = rss0
        t0 = time.perf_counter()
        for _batch in scan(sample, cache, index, batch=50):
            peak = max(peak, proc_status_mb("VmRSS"))
        cold.append(time.perf_counter() - t0)
        peak_growth = max(peak_growth, peak - rss0)
        index.close()
        cache.close()
        t0 = time.perf_counter()
        for p in sample:
            with contextlib.suppress(ParseError):
                parse_file(p)
        parse_only.append(time.perf_counter() - t0)
    cold_s, parse_s = statistics.median(cold), statistics.median(parse_only)
    workers = workers_for(len(sample))
    rows.append(row(f"scan and index a library cold ({len(sample)} files, {workers} worker "
                    "processes)", f"{len(sample) / cold_s:.0f} files/s",
                    f"{len(sample) / parse_s:.0f} files/s (parse only, one process)",
                    f"{parse_s / cold_s:.2f}x", ">= 150 files/s"))
    rows.append(row("  memory of the indexing process (growth at its highest)",
                    f"+{peak_growth:.0f} MB", "—", "—", "flat"))

    index = SearchIndex(index_db)
    disk, text = index.size_report()
    rows.append(row(f"index size at {len(files)} events", f"{disk / 1e6:.0f} MB",
                    f"{text / 1e6:.0f} MB of text indexed", f"{disk / text:.2f}x",
                    "<= 1.5x"))

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

    index = SearchIndex(index_db, full_check=False)
    times = []
    for _ in range(max(1, runs // 5)):
        for q, who in QUERIES:
            t0 = time.perf_counter()
            index.search(q, speaker=who)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
    rows.append(row(f"library search at {len(loaded)} events ({len(QUERIES)} queries)",
                    f"p95 {p95:.0f} ms (median {statistics.median(times):.0f})", "—", "—",
                    "p95 <= 100 ms"))
    first = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", FIRST_QUERY, str(index_db), "Putin"],
                             capture_output=True, text=True, check=True, timeout=600)
        first.append(float(out.stdout.strip().splitlines()[-1]))
    rows.append(row("  first query after start (a new process: open the index, search)",
                    f"{statistics.median(first):.0f} ms", "—", "—", "<= 300 ms"))
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
