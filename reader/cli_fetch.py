"""``transcript-reader fetch URL...`` and ``transcript-reader feed``: getting transcripts
from the site on the command line (no Qt). Exit status 2, and one line on stderr per
failure, when anything failed."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.core.fetch import (
    Added,
    DownloadStore,
    Feed,
    Fetcher,
    FetchError,
    HttpClient,
    Site,
    fetch_feeds,
    parse_links,
)
from reader.core.fetch.feeds import KINDS, LANGUAGES
from reader.core.fetch.store import default_folder

COMMANDS = ("fetch", "feed")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--library", type=Path, default=None, metavar="DIR",
                   help=f"the download folder (default: {default_folder()})")
    p.add_argument("--site", default=None, metavar="BASE",
                   help="ask a mirror instead of the site's hosts, paths unchanged "
                        "(http://host:port, or http://host/{host} for one folder per host)")


def fetch_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="transcript-reader fetch",
        description="Add transcripts by their links (any form: en.kremlin.ru or kremlin.ru, "
                    "/print, the special version, /d/ID, web.archive.org copies). A link "
                    "already in the folder is not fetched again unless --refresh.")
    p.add_argument("urls", nargs="+", metavar="URL", help="links; '-' reads them from stdin")
    p.add_argument("--refresh", action="store_true", help="fetch again even when stored")
    p.add_argument("--json", action="store_true", help="print what was added as JSON")
    _common(p)
    return p


def feed_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="transcript-reader feed",
        description="The newest entries of the site's feeds; '*' marks what is in the "
                    "download folder already.")
    p.add_argument("--lang", choices=LANGUAGES, action="append",
                   help="en or ru (repeatable; default both)")
    p.add_argument("--kind", choices=KINDS, action="append",
                   help="transcripts or news (repeatable; default transcripts)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--add", action="store_true", help="add every entry not yet stored")
    _common(p)
    return p


def make_client(site: str | None) -> HttpClient:
    """The client the command line uses (tests replace this to shorten the pauses)."""
    return HttpClient(site=Site(site))


def _setup(args: argparse.Namespace) -> tuple[Fetcher, DownloadStore] | None:
    try:
        client = make_client(args.site)
    except ValueError as exc:
        print(f"transcript-reader: {exc}", file=sys.stderr)
        return None
    store = DownloadStore(args.library or default_folder())
    return Fetcher(store, client), store


def _report(results: list[Added | FetchError], as_json: bool) -> int:
    failed = 0
    rows = []
    for r in results:
        if isinstance(r, FetchError):
            failed += 1
            print(f"transcript-reader: {r}", file=sys.stderr)
            continue
        t = r.transcript
        rows.append({"path": str(r.path), "url": r.link.canonical, "language": r.link.language,
                     "event": r.link.event_id, "fetched": r.fetched, "title": t.title,
                     "date": t.date, "sel": r.link.sel})
        if not as_json:
            state = "fetched" if r.fetched else "in library"
            print(f"{state:10}  {r.path}  {t.date or '----------'}  {t.title or ''}")
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    return 2 if failed else 0


def cmd_fetch(args: argparse.Namespace) -> int:
    setup = _setup(args)
    if setup is None:
        return 2
    fetcher, _store = setup
    text = "\n".join(sys.stdin.read() if u == "-" else u for u in args.urls)
    links, errors = parse_links(text)
    results: list[Added | FetchError] = [*errors]
    results += fetcher.add_many(links, refresh=args.refresh)
    return _report(results, args.json)


def cmd_feed(args: argparse.Namespace) -> int:
    setup = _setup(args)
    if setup is None:
        return 2
    fetcher, store = setup
    feeds = [Feed(lang, kind) for lang in (args.lang or LANGUAGES)
             for kind in (args.kind or ["transcripts"])]
    entries, errors = fetch_feeds(fetcher.client, feeds, store.keys())
    for err in errors:
        print(f"transcript-reader: {err}", file=sys.stderr)
    if args.json:
        print(json.dumps([{"title": e.title, "url": e.url, "published": e.published,
                           "language": e.feed.language, "kind": e.feed.kind,
                           "event": e.link.event_id if e.link else None,
                           "in_library": e.in_library} for e in entries],
                         ensure_ascii=False, indent=2))
    else:
        for entry in entries:
            mark = "*" if entry.in_library else " "
            print(f"{mark} {entry.date or '----------'}  {entry.feed.language}  {entry.title}  "
                  f"{entry.url}")
    status = 2 if errors else 0
    if args.add:
        new = [e.link for e in entries if e.link is not None and not e.in_library]
        results = fetcher.add_many(new)
        if args.json:
            # The listing above was the JSON document; failures still go to stderr.
            for r in results:
                if isinstance(r, FetchError):
                    print(f"transcript-reader: {r}", file=sys.stderr)
                    status = 2
        else:
            status = max(status, _report(results, False))
    return status


def main(argv: Sequence[str]) -> int:
    """Run ``fetch`` or ``feed`` (``argv[0]``) with its arguments."""
    if argv[0] == "fetch":
        return cmd_fetch(fetch_parser().parse_args(argv[1:]))
    return cmd_feed(feed_parser().parse_args(argv[1:]))
