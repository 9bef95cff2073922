"""Command line: ``transcript-reader [PATH...]`` opens the window;
``transcript-reader parse FILE... [--json]`` prints what the parser reads, with no
display and no Qt."""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__
from reader.core.paths import bookmarks_path, bundled_library, cache_dir, private_app_dir
from reader.core.themes import ORDER as THEMES
from reader.core.viewsettings import parse_font_size

if TYPE_CHECKING:
    from reader.core.model import Transcript

COMMANDS = ("parse", "bookmarks", "search", "export")


def _parse_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="transcript-reader parse",
        description="Parse transcript files (copied text, saved pages, plain text, "
                    "dataset records) and print them.",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true",
                   help="print the JSON form (one document per file, a list for several)")
    return p


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="transcript-reader",
        description="Read transcripts from kremlin.ru. Commands: parse FILE... [--json]; "
                    "bookmarks list|export|import; search QUERY; export FILE --format "
                    "pdf|md|txt; fetch URL...; feed (see 'transcript-reader COMMAND --help').",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders to open (default: the bundled sample library)")
    p.add_argument("--screenshot", metavar="OUT.png",
                   help="render the window with PATH selected to a PNG and exit")
    p.add_argument("--theme", choices=THEMES, metavar="NAME",
                   help="colour scheme for this run: " + ", ".join(THEMES))
    p.add_argument("--font-size", type=_font_size, metavar="STEP|PERCENT",
                   help="small, normal, large, or a percentage (70-300) for this run")
    p.add_argument("--install-desktop", action="store_true",
                   help="add the reader to the desktop's menu (a desktop entry and the icon "
                        "in the user's XDG folders) and exit")
    p.add_argument("--uninstall-desktop", action="store_true",
                   help="remove what --install-desktop added and exit")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


#: What the window's parser makes of no arguments, the usual start (from a launcher),
#: without building the parser (about 1 ms); a test holds the two equal.
NO_ARGUMENTS = argparse.Namespace(paths=[], screenshot=None, theme=None, font_size=None,
                                  install_desktop=False, uninstall_desktop=False)


def _font_size(text: str) -> int:
    try:
        return parse_font_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def summary(t: Transcript) -> str:
    """A readable summary of a parsed transcript."""
    from reader.core.model import BlockKind

    turns = t.turns()
    counts: dict[str, int] = {}
    for b in turns:
        if b.speaker:
            counts[b.speaker] = counts.get(b.speaker, 0) + 1
    lines = [
        t.title or "(untitled)",
        "  " + ", ".join(x for x in (t.date, t.time, t.place) if x) if (t.date or t.place) else "",
        f"  {t.source.format}, {t.language}, {len(t.blocks)} blocks, {len(turns)} turns, "
        f"{len(t.speakers)} speakers"
        + (f", {sum(1 for b in t.blocks if b.kind is BlockKind.OMISSION)} omissions"
           if any(b.kind is BlockKind.OMISSION for b in t.blocks) else ""),
    ]
    if t.source.url:
        lines.append(f"  {t.source.url}")
    for sp in t.speakers:
        title = f" ({'; '.join(sp.titles)})" if sp.titles else ""
        lines.append(f"    {counts.get(sp.id, 0):4d}  {sp.name}{title}")
    for w in t.warnings:
        lines.append(f"  warning: {w}")
    return "\n".join(x for x in lines if x)


def cmd_parse(args: argparse.Namespace) -> int:
    # The parser only for the commands that use it: the window starts without it.
    from reader.core import ParseError, parse_file

    docs: list[Transcript] = []
    failed = False
    for f in args.files:
        try:
            docs.append(parse_file(f))
        except ParseError as exc:
            print(f"transcript-reader: {exc}", file=sys.stderr)
            failed = True
    if args.json:
        if len(args.files) == 1:
            if docs:
                print(json.dumps(docs[0].to_json(), ensure_ascii=False, indent=2))
        else:
            print(json.dumps([d.to_json() for d in docs], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(summary(d) for d in docs))
    return 2 if failed else 0


def _bookmarks_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="transcript-reader bookmarks",
        description="The window's bookmarks from the command line (JSON on stdout).")
    p.add_argument("action", choices=["list", "export", "import"])
    p.add_argument("file", nargs="?", metavar="FILE", help="the export to import")
    p.add_argument("--db", type=Path, default=None,
                   help=f"bookmark database (default: {bookmarks_path()})")
    p.add_argument("--format", choices=["json", "markdown"], default="json",
                   help="export format (default json; markdown cites each passage)")
    p.add_argument("--style", choices=["plain", "chicago", "apa", "bibtex"], default="plain",
                   help="citation style of the markdown export (default plain)")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                   help="write the export to FILE (whole or not at all) instead of stdout")
    return p


def _fail(*lines: str) -> int:
    for line in lines:
        print(f"transcript-reader: {line}", file=sys.stderr)
    return 2


def cmd_bookmarks(args: argparse.Namespace) -> int:
    from reader.core.bookmark_io import (
        BookmarkImportError,
        export_json,
        load_export,
        write_export,
    )
    from reader.core.bookmarks import BookmarkStore
    from reader.core.store_errors import StoreError, reason

    db = args.db or bookmarks_path()
    if args.action == "import" and not args.file:
        return _fail("bookmarks import needs a FILE")
    if args.action == "import":
        # The whole file is checked before the database is even opened.
        try:
            marks = load_export(Path(args.file))
        except BookmarkImportError as exc:
            return _fail(*(f"{args.file}: {p}" for p in exc.problems))
    try:
        if args.action != "import" and not db.exists():
            store = None
        else:
            store = BookmarkStore(db)
            if store.notice:
                print(f"transcript-reader: {store.notice}", file=sys.stderr)
        if args.action == "import":
            assert store is not None
            added, existing = store.add_many(marks)
            print(json.dumps({"added": added, "existing": existing}))
            return 0
        marks = store.all() if store is not None else []
    except StoreError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{db}: {reason(exc)}")
    if args.action == "list":
        text = json.dumps([{
            "id": b.id, "quote": b.anchor.quote, "note": b.note, "colour": b.colour,
            "speaker": b.speaker, "title": b.anchor.title, "date": b.anchor.date,
            "place": b.place, "path": b.anchor.path, "url": b.anchor.url,
            "created": b.created} for b in marks], ensure_ascii=False, indent=2)
    elif args.format == "markdown":
        from reader.cli_export import bookmarks_markdown_cli

        text = bookmarks_markdown_cli(marks, args.style)
    else:
        text = export_json(marks)
    if args.output is None:
        print(text)
        return 0
    try:
        write_export(args.output, text + "\n")
    except OSError as exc:
        return _fail(f"{args.output}: not written ({reason(exc)}); nothing was changed")
    return 0


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _search_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="transcript-reader search",
        description='Search a library: words (all must occur, any word form), "an exact '
                    'phrase", prefix*, OR, NOT, (groups). Results come one per event, best '
                    "first, with its best passages; an empty query with --speaker lists that "
                    "person's turns, newest first. The index is kept up to date in the "
                    "cache folder.")
    p.add_argument("query", nargs="*")
    p.add_argument("--library", type=Path, action="append",
                   help="folder or file to search (repeatable; default: the sample library)")
    p.add_argument("--speaker", help="only passages spoken by this person")
    p.add_argument("--limit", type=_positive, default=50, help="events to show (default 50)")
    p.add_argument("--passages", type=_positive, default=3,
                   help="passages to show per event (default 3)")
    p.add_argument("--index", type=Path, default=None,
                   help=f"index file (default: {cache_dir() / 'search.sqlite'}); an existing "
                        "file that is not an index of this program is refused")
    p.add_argument("--json", action="store_true",
                   help="print the events with their passages as JSON")
    return p


def cmd_search(args: argparse.Namespace) -> int:
    import os

    from reader.core.disposable import ForeignFileError
    from reader.core.library import MetaCache, list_files, scan
    from reader.core.search import SearchIndex

    query = " ".join(args.query).strip()
    if not query and not (args.speaker and args.speaker.strip()):
        print("transcript-reader: search needs a QUERY, or --speaker NAME to list that "
              "person's turns", file=sys.stderr)
        return 2
    roots = args.library or [bundled_library()]
    for r in roots:
        if not r.exists():
            print(f"transcript-reader: {r}: no such file or folder", file=sys.stderr)
            return 2
    # In the cache folder, or beside the index the reader named (whose existing files
    # must be ours: another program's file is never overwritten).
    folder = cache_dir()
    named = args.index is not None
    if not named:
        private_app_dir(folder)  # 0700: the index quotes the library
    index_path = args.index if named else folder / "search.sqlite"
    meta_path = index_path.with_name(index_path.name + "-library") if named \
        else folder / "library.sqlite"
    try:
        index = SearchIndex(index_path, owned=not named)
        cache = MetaCache(meta_path, owned=not named)
    except ForeignFileError as exc:
        print(f"transcript-reader: {exc}", file=sys.stderr)
        return 2
    for said in (cache.notice, index.take_notice()):
        if said:
            print(f"transcript-reader: {said}", file=sys.stderr)
    errors: list[str] = []
    files = list_files(roots, errors)
    for err in errors:
        print(f"transcript-reader: cannot read folder {err}", file=sys.stderr)
    indexed = index.snapshot()
    for _batch in scan(files, cache, index):
        pass
    # realpath, not Path.resolve(): it never raises (a symbolic link loop stays as it is).
    present = {os.path.realpath(p) for p in files} | {str(p) for p in files}
    under = [os.path.realpath(r) for r in roots] + [str(r) for r in roots]
    gone = [p for p in indexed if p not in present and any(p.startswith(u) for u in under)]
    index.remove(gone)
    paths = {str(p) for p in files}
    res = index.search(query, speaker=args.speaker, paths=paths, limit=args.limit,
                       passages=args.passages)
    if res.notice:
        print(f"transcript-reader: {res.notice}", file=sys.stderr)
    if args.json:
        print(json.dumps({"query": query, "speaker": args.speaker, "notice": res.notice,
                          "events": [e.to_json() for e in res.events]},
                         ensure_ascii=False, indent=2))
        return 0
    for e in res.events:
        when = ", ".join(x for x in (e.date, e.place) if x)
        print(f"{e.title or Path(e.path).name}" + (f" ({when})" if when else ""))
        if e.speakers:
            print(f"  speakers: {', '.join(e.speakers[:8])}"
                  + (f" and {len(e.speakers) - 8} more" if len(e.speakers) > 8 else ""))
        print(f"  {e.count} passages" + (f"; matched in {', '.join(e.matched)}"
                                         if e.matched else ""))
        for f in e.files:
            print(f"  file: {f}")
        for h in e.passages:
            print(f"    {h.speaker or '(' + h.kind + ')'}: {_marked(h.snippet, h.spans)}")
        print()
    print(f"{len(res.events)} events, {res.passage_total} passages")
    return 0


def _marked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Hits in upper case on a terminal (no characters added to the text)."""
    out, pos = [], 0
    for a, b in spans:
        out += [text[pos:a], text[a:b].upper()]
        pos = b
    return "".join(out) + text[pos:]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("fetch", "feed"):
        from reader.cli_fetch import main as fetch_main

        return fetch_main(argv)
    if argv and argv[0] in COMMANDS:
        try:
            if argv[0] == "bookmarks":
                return cmd_bookmarks(_bookmarks_parser().parse_args(argv[1:]))
            if argv[0] == "export":
                from reader.cli_export import cmd_export, export_parser

                return cmd_export(export_parser().parse_args(argv[1:]))
            if argv[0] == "search":
                return cmd_search(_search_parser().parse_args(argv[1:]))
            return cmd_parse(_parse_parser().parse_args(argv[1:]))
        except BrokenPipeError:
            return 0
    args = _gui_parser().parse_args(argv) if argv else NO_ARGUMENTS
    if args.install_desktop or args.uninstall_desktop:
        from reader import desktop

        done = desktop.install() if args.install_desktop else desktop.uninstall()
        for f in done:
            print(("installed " if args.install_desktop else "removed ") + str(f))
        return 0
    from reader.syscheck import check

    missing = check()
    if missing is not None:
        print(missing.message(), file=sys.stderr)
        return 2
    from reader.pyside_start import skip_feature_scan

    skip_feature_scan()  # before the window's modules are imported
    # Until the window has painted, Python's cycle collector would only walk the
    # classes, enums and widgets being made (about 3% of the start); run() turns it
    # back on right after the first paint.
    gc.disable()
    try:
        from reader.app import run  # Qt is imported only for the window

        return run(args.paths, screenshot=args.screenshot, theme=args.theme,
                   font_size=args.font_size)
    finally:
        gc.enable()
