"""``python -m reader.bench [all|parse|window|library] [--quick]``: one table, every
figure beside a baseline measured in the same run (the machine is shared and noisy)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from reader.bench.common import DEFAULT_CORPUS, HEADER
from reader.core.paths import cache_dir


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m reader.bench", description=__doc__)
    p.add_argument("what", nargs="?", default="all",
                   choices=["all", "parse", "window", "library"])
    p.add_argument("--events", type=int, default=35000,
                   help="size of the generated library (default: the real site's 35,000)")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--workdir", type=Path, default=cache_dir() / "bench",
                   help="where the generated library and its index are kept between runs")
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--quick", action="store_true",
                   help="a small version of the same table (a 1,000-event library, fewer "
                        "runs)")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not args.corpus.is_dir():
        print(f"python -m reader.bench: no corpus at {args.corpus} (use --corpus)",
              file=sys.stderr)
        return 2
    runs = 5 if args.quick else args.runs
    events = min(args.events, 1000) if args.quick else args.events
    rows = list(HEADER)
    if args.what in ("all", "parse"):
        from reader.bench.parse import bench_parse

        rows += bench_parse(args.corpus, runs)
    if args.what in ("all", "window"):
        from reader.bench.window import bench_startup, bench_window

        rows += bench_window(args.corpus, runs, quick=args.quick)
        rows += bench_startup(runs)
    if args.what in ("all", "library"):
        from reader.bench.library import bench_library

        rows += bench_library(args.corpus, args.workdir, events, runs, args.quick)
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
