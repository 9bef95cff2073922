"""Benchmarks: ``python -m reader.bench parse [--corpus DIR] [--runs N]``.

Every figure is printed beside a baseline measured in the same run, because this
machine is shared and noisy: the ratio matters more than the milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reader.core import parse_file
from reader.core.parse import parse_bytes

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
LARGEST = "en/kremlin-en-news-60795.html"


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _row(what: str, value: str, baseline: str, ratio: str, target: str) -> str:
    return f"| {what} | {value} | {baseline} | {ratio} | {target} |"


def bench_parse(corpus: Path, runs: int) -> list[str]:
    from selectolax.lexbor import LexborHTMLParser

    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".html"))
    if not files:
        raise SystemExit(f"no corpus files under {corpus}")
    largest = corpus / LARGEST
    data = largest.read_bytes()

    def baseline_largest() -> None:
        LexborHTMLParser(largest.read_bytes().decode("utf-8", "replace")).css_first("h1")

    parse_ms = _median_ms(lambda: parse_bytes(largest.read_bytes(), str(largest)), runs)
    base_ms = _median_ms(baseline_largest, runs)

    total_bytes = sum(p.stat().st_size for p in files)

    def all_files() -> None:
        for p in files:
            parse_file(p)

    def read_all() -> None:
        for p in files:
            p.read_bytes()

    corpus_ms = _median_ms(all_files, max(3, runs // 5))
    read_ms = _median_ms(read_all, max(3, runs // 5))
    mb_s = total_bytes / 1e6 / (corpus_ms / 1000)
    return [
        "| what | median | baseline (same run) | ratio | target |",
        "|---|---|---|---|---|",
        _row(f"parse the largest page ({LARGEST}, {len(data) // 1024} KB)",
             f"{parse_ms:.1f} ms", f"{base_ms:.1f} ms (read + bare HTML parse)",
             f"{parse_ms / base_ms:.1f}x", "<= 30 ms"),
        _row(f"parse the whole corpus ({len(files)} files, {total_bytes / 1e6:.1f} MB)",
             f"{corpus_ms:.0f} ms ({mb_s:.1f} MB/s)", f"{read_ms:.1f} ms (read the bytes)",
             f"{corpus_ms / max(read_ms, 0.001):.0f}x", "well under 1 s"),
    ]


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--window-size=1280,800"]


def _chromium_ms(page: Path, runs: int) -> float | None:
    """Headless Chromium opening the saved page to a screenshot (a first paint)."""
    import shutil
    import subprocess
    import tempfile

    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        return None
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}",
                   f"--screenshot={tmp}/shot.png", page.resolve().as_uri()]
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, timeout=60, check=False)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def bench_window(corpus: Path, runs: int) -> list[str]:
    """Open the largest transcript to first paint in the real window."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from reader.app import AppPaths, build_window

    app = QApplication.instance() or QApplication([])
    largest = corpus / LARGEST
    with tempfile.TemporaryDirectory() as tmp:
        window = build_window(AppPaths(Path(tmp) / "s.ini", Path(tmp) / "d", Path(tmp) / "c"))
        window.resize(1400, 860)
        window.show()
        app.processEvents()

        def open_and_paint() -> None:
            window.controller.open_path(str(largest))
            window.dialogue.viewport().repaint()

        open_ms = _median_ms(open_and_paint, runs)
        from dataclasses import replace

        from reader.core.viewsettings import ViewSettings

        window.controller.open_path(str(largest))
        sizes = iter([130, 100] * runs * 2)
        themes = iter(["sepia", "light"] * runs * 2)

        def change_size() -> None:
            window.apply_view(replace(window.view, font_percent=next(sizes)))
            window.dialogue.viewport().repaint()

        def change_theme() -> None:
            window.apply_view(replace(window.view, theme=next(themes)))
            window.dialogue.viewport().repaint()

        def no_change() -> None:
            window.dialogue.viewport().repaint()

        size_ms = _median_ms(change_size, runs)
        theme_ms = _median_ms(change_theme, runs)
        repaint_ms = _median_ms(no_change, runs)
        window.apply_view(ViewSettings())
        plain = QPlainTextEdit()
        plain.resize(900, 800)
        plain.show()
        text = parse_file(largest)
        body = "\n\n".join(p for b in text.blocks for p in b.paragraphs)

        def plain_paint() -> None:
            plain.setPlainText(body)
            plain.viewport().repaint()

        plain_ms = _median_ms(plain_paint, runs)
        window.close()
        plain.close()
    chromium = _chromium_ms(largest, max(3, runs // 4))
    change_rows = [
        _row("change the font size on the largest transcript", f"{size_ms:.0f} ms",
             f"{repaint_ms:.1f} ms (the same repaint, no change)",
             f"{size_ms / max(repaint_ms, 0.01):.0f}x", "<= 50 ms"),
        _row("change the colour scheme on the largest transcript", f"{theme_ms:.0f} ms",
             f"{repaint_ms:.1f} ms (the same repaint, no change)",
             f"{theme_ms / max(repaint_ms, 0.01):.0f}x", "<= 50 ms"),
    ]
    rows = [_row("open the largest transcript to first paint (parse + render + paint)",
                 f"{open_ms:.0f} ms", f"{plain_ms:.0f} ms (QPlainTextEdit, same text)",
                 f"{open_ms / plain_ms:.1f}x", "<= 100 ms")]
    if chromium is not None:
        rows.append(_row("  the same against headless Chromium opening the saved page",
                         f"{open_ms:.0f} ms", f"{chromium:.0f} ms (chromium --screenshot)",
                         f"{chromium / open_ms:.1f}x faster", ">= 5x faster"))
    return rows + change_rows


def make_library(corpus: Path, target: Path, events: int) -> list[Path]:
    """Copies of the corpus files under varied names (sidecars travel with records)."""
    sources = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".html")
                     and not p.name.endswith(".json"))
    made: list[Path] = []
    i = 0
    while len(made) < events:
        src = sources[i % len(sources)]
        folder = target / f"{(i // 1000):03d}"
        folder.mkdir(parents=True, exist_ok=True)
        dst = folder / f"event-{i:05d}-{src.name}"
        dst.write_bytes(src.read_bytes())
        side = src.with_suffix(".json")
        if side.exists():
            dst.with_suffix(".json").write_bytes(side.read_bytes())
        made.append(dst)
        i += 1
    return made


def bench_library(corpus: Path, events: int, runs: int) -> list[str]:
    """Scan a generated library cold and warm; filter it per keystroke."""
    import os
    import tempfile

    from reader.core.library import EventRecord, MetaCache, list_files, read_record, scan

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reader.ui.library_model import LibraryModel

    QApplication.instance() or QApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        lib = Path(tmp) / "library"
        files = make_library(corpus, lib, events)
        cold_n = min(len(files), 1500)
        t0 = time.perf_counter()
        for batch in scan(files[:cold_n], MetaCache(Path(tmp) / "cold.sqlite")):
            del batch
        cold_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        for p in files[:cold_n]:
            p.read_bytes()
        read_s = time.perf_counter() - t0
        rows.append(_row(f"scan a library cold ({cold_n} of {len(files)} files, parse all)",
                         f"{cold_n / cold_s:.0f} files/s", f"{cold_n / read_s:.0f} files/s "
                         "(read the bytes)", f"{read_s and cold_s / read_s:.0f}x",
                         "report rate"))
        # Fill a cache for every file from the parsed originals (same content).
        cache = MetaCache(Path(tmp) / "warm.sqlite")
        by_source: dict[bytes, EventRecord] = {}
        records = []
        for p in files:
            data = p.read_bytes()
            key = data[:4096] + str(len(data)).encode()
            rec = by_source.get(key)
            if rec is None:
                rec, _ = read_record(p, None)
                by_source[key] = rec
            st = p.stat()
            records.append(rec.moved(str(p), st.st_size, st.st_mtime_ns))
        cache.put_many(records)
        t0 = time.perf_counter()
        listed = list_files([lib])
        loaded = [r for batch in scan(listed, cache) for r in batch]
        warm_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        for p in listed:
            p.read_bytes()
        read_all_s = time.perf_counter() - t0
        rows.append(_row(f"scan the library warm from the cache ({len(loaded)} events)",
                         f"{warm_s:.2f} s ({len(loaded) / warm_s:.0f} files/s)",
                         f"{read_all_s:.2f} s (read the bytes)",
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
        rows.append(_row(f"filter the event list per keystroke ({len(loaded)} events, "
                         f"typing '{typed}')", f"{statistics.median(per_key):.1f} ms "
                         f"(max {max(per_key):.1f})", "—", "—", "<= 30 ms"))
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m reader.bench", description=__doc__)
    p.add_argument("what", nargs="?", default="all",
                   choices=["all", "parse", "window", "library"])
    p.add_argument("--events", type=int, default=35000,
                   help="size of the generated library (default: the real site's 35,000)")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--quick", action="store_true", help="fewer runs")
    args = p.parse_args(argv)
    runs = 5 if args.quick else args.runs
    events = min(args.events, 2000) if args.quick else args.events
    rows = bench_parse(args.corpus, runs) if args.what in ("all", "parse") else [
        "| what | median | baseline (same run) | ratio | target |", "|---|---|---|---|---|"]
    if args.what in ("all", "window"):
        rows += bench_window(args.corpus, runs)
    if args.what in ("all", "library"):
        rows += bench_library(args.corpus, events, runs)
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
