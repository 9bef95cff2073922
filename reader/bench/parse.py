"""Parsing: the largest page and the whole corpus."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from reader.bench.common import LARGEST, median_ms, row
from reader.core import ParseError, parse_file
from reader.core.parse import parse_bytes

#: Pages that made the parser quadratic (issue 17), generated here, refused in linear time.
HOSTILE = {
    "200,000 unclosed <div>": "<html><body><h1>T</h1>" + "<div>x" * 200_000,
    "100,000 nested elements": "<html><body><h1>T</h1>" + "<div>" * 100_000 + "</div>" * 100_000,
    "5,000 nested <li> in the tags": (
        '<html><body><h1>T</h1><div class="read__tagscol"><h3>Persons</h3>'
        + "<ul><li><a>Ada Quill</a>" * 5_000 + "</div>"),
}


def _refuse(page: bytes) -> None:
    try:
        parse_bytes(page, "hostile.html")
    except ParseError:
        return
    raise SystemExit("a hostile page was not refused")


def bench_parse(corpus: Path, runs: int) -> list[str]:
    from selectolax.lexbor import LexborHTMLParser

    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".html"))
    if not files:
        raise SystemExit(f"no corpus files under {corpus}")
    largest = corpus / LARGEST
    data = largest.read_bytes()

    def baseline_largest() -> None:
        LexborHTMLParser(largest.read_bytes().decode("utf-8", "replace")).css_first("h1")

    parse_ms = median_ms(lambda: parse_bytes(largest.read_bytes(), str(largest)), runs)
    base_ms = median_ms(baseline_largest, runs)

    total_bytes = sum(p.stat().st_size for p in files)

    def all_files() -> None:
        for p in files:
            parse_file(p)

    def read_all() -> None:
        for p in files:
            p.read_bytes()

    corpus_ms = median_ms(all_files, max(3, runs // 5))
    read_ms = median_ms(read_all, max(3, runs // 5))
    mb_s = total_bytes / 1e6 / (corpus_ms / 1000)
    hostile = []
    for what, text in HOSTILE.items():
        page = text.encode()
        ms = median_ms(partial(_refuse, page), max(3, runs // 5))
        hostile.append(row(f"refuse {what} ({len(page) // 1024} KB)", f"{ms:.0f} ms",
                           f"{base_ms:.1f} ms (largest page, bare HTML parse)",
                           f"{ms / base_ms:.0f}x", "<= 10 s (was 7-80 s)"))
    return [
        row(f"parse the largest page ({LARGEST}, {len(data) // 1024} KB)",
             f"{parse_ms:.1f} ms", f"{base_ms:.1f} ms (read + bare HTML parse)",
             f"{parse_ms / base_ms:.1f}x", "<= 30 ms"),
        row(f"parse the whole corpus ({len(files)} files, {total_bytes / 1e6:.1f} MB)",
             f"{corpus_ms:.0f} ms ({mb_s:.1f} MB/s)", f"{read_ms:.1f} ms (read the bytes)",
             f"{corpus_ms / max(read_ms, 0.001):.0f}x", "well under 1 s"),
        *hostile,
    ]


