"""``transcript-reader export FILE --format pdf|md|txt [-o OUT]``: a transcript as a
document, with its bookmarked passages marked and their notes as footnotes; and the
Markdown of ``bookmarks export``, each passage with its link. Markdown and text need no
Qt; PDF is drawn with Qt (offscreen, no display needed)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from reader.core import ParseError, parse_file
from reader.core.anchors import Point, snap_to_words
from reader.core.bookmarks import Bookmark, BookmarkStore, StoreError
from reader.core.citation import STYLES
from reader.core.export import (
    FORMATS,
    Layout,
    bookmarks_markdown,
    cite_bookmarks,
    layout,
    to_markdown,
    to_text,
    transcript_marks,
)
from reader.core.model import Transcript
from reader.core.passages import Passages, belongs
from reader.core.paths import bookmarks_path
from reader.core.themes import ORDER as THEMES


def export_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="transcript-reader export",
        description="Save a transcript as PDF, Markdown or plain text: a header (title, "
                    "date, place, link), speaker names, and the passages you bookmarked "
                    "marked, with their notes as footnotes. Markdown and text need no Qt; "
                    "PDF is drawn with Qt (PySide6, installed with the app) and needs no "
                    "display.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="pdf, md or txt (default: from OUT's extension, else md)")
    p.add_argument("-o", "--output", metavar="OUT", type=Path,
                   help="file to write (md and txt default to standard output; pdf needs it)")
    p.add_argument("--no-bookmarks", action="store_true",
                   help="leave the bookmarked passages and their notes out")
    p.add_argument("--db", type=Path, default=None,
                   help=f"bookmark database (default: {bookmarks_path()})")
    p.add_argument("--from", dest="start", metavar="B:P:O", type=_point,
                   help="export only a passage: from block B, paragraph P, character O ...")
    p.add_argument("--to", dest="end", metavar="B:P:O", type=_point,
                   help="... to this point (exclusive); see 'parse FILE --json' for blocks")
    p.add_argument("--theme", choices=THEMES, metavar="NAME", default=None,
                   help="PDF in this colour scheme and the sans reading font (default: "
                        "print-friendly black on white, serif); one of " + ", ".join(THEMES))
    return p


def _point(text: str) -> Point:
    try:
        b, p, o = (int(x) for x in text.split(":"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not BLOCK:PARAGRAPH:OFFSET") from None
    return Point(b, p, o)


def _fail(message: str) -> int:
    print(f"transcript-reader: {message}", file=sys.stderr)
    return 2


def _bookmarks(db: Path) -> tuple[list[Bookmark], str | None]:
    if not db.exists():
        return [], None
    try:
        store = BookmarkStore(db)
    except (StoreError, OSError) as exc:
        return [], str(exc)
    try:
        return store.all(), store.recovered
    finally:
        store.close()


def cmd_export(args: argparse.Namespace) -> int:
    fmt = args.format or (args.output.suffix.lstrip(".").lower() if args.output else "md")
    fmt = {"markdown": "md", "text": "txt"}.get(fmt, fmt)
    if fmt not in FORMATS:
        return _fail(f"{args.output}: unknown format {fmt!r}; use --format pdf, md or txt")
    if fmt == "pdf" and args.output is None:
        return _fail("a PDF needs a file to go to: -o OUT.pdf")
    if (args.start is None) != (args.end is None):
        return _fail("--from and --to go together")
    try:
        t = parse_file(args.file)
    except ParseError as exc:
        return _fail(str(exc))
    marks = []
    if not args.no_bookmarks:
        found, problem = _bookmarks(args.db or bookmarks_path())
        if problem:
            print(f"transcript-reader: {problem}", file=sys.stderr)
        mine = [b for b in found if belongs(b.anchor, t)]
        marks = transcript_marks(t, mine)
    if args.start is not None:  # a passage, on whole words as in the window
        doc = layout(t, marks, *snap_to_words(t, args.start, args.end))
    else:
        doc = layout(t, marks)
    if fmt == "pdf":
        return _write_pdf(args, doc, t)
    text = to_markdown(doc) if fmt == "md" else to_text(doc)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        return _fail(f"{args.output}: cannot write ({exc.strerror or exc})")
    return 0


def _write_pdf(args: argparse.Namespace, doc: Layout, t: Transcript) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # drawing needs no display
    from reader.core.palette import LookAssigner
    from reader.core.paths import data_dir
    from reader.ui.printing import write_pdf_without_window

    # The colours the window gives these speakers (remembered per person).
    # Read only: the command line does not change what the window remembers.
    assigner = LookAssigner(data_dir() / "speaker-colours.json")
    assigner.path = None
    slots = assigner.looks_for(t)
    try:
        write_pdf_without_window(args.output, doc, slots, args.theme)
    except OSError as exc:
        return _fail(f"{args.output}: cannot write ({exc})")
    return 0


def bookmarks_markdown_cli(marks: list[Bookmark], style: str = "plain") -> str:
    """What ``bookmarks export --format markdown`` prints: the window's export."""
    if style not in STYLES:
        style = "plain"
    return bookmarks_markdown(cite_bookmarks(marks, Passages(), dt.date.today()), style)
