"""Shared pieces of the benchmarks: timing, table rows, the generated library."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent.parent / "shared" / "corpus"
LARGEST = "en/kremlin-en-news-60795.html"
HEADER = ["| what | median | baseline (same run) | ratio | target |", "|---|---|---|---|---|"]


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def row(what: str, value: str, baseline: str, ratio: str, target: str) -> str:
    return f"| {what} | {value} | {baseline} | {ratio} | {target} |"


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


