"""Bookmarks in and out: JSON and Markdown exports, and imports checked item by item.

An export is written all or nothing (:mod:`reader.core.atomic`) and carries paths under
the home folder as ``~/…`` (an export is shared; the reader's user name is not). An
import is validated whole before anything is added: every item that cannot be a
bookmark is named with the field and the reason, and then nothing is imported.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from reader.core.anchors import Anchor, Point
from reader.core.atomic import write_text_atomic
from reader.core.bookmark_model import COLOURS, Bookmark, now
from reader.core.decode import read_file
from reader.core.errors import ParseError

FORMAT = "transcript-reader-bookmarks"
#: An export of tens of thousands of bookmarks is a few MB; more is not an export.
MAX_IMPORT_BYTES = 64 * 1024 * 1024
_MAX_INT = 2**31 - 1  # positions and versions; SQLite would take 2**63 - 1, Qt not
_MAX_TEXT = 1_000_000
#: Items listed in a refusal; the rest are counted.
MAX_LISTED = 20


# --- export ---------------------------------------------------------------------------
def home_relative(path: str, home: Path | None = None) -> str:
    """``/home/ann/x.txt`` -> ``~/x.txt``; paths outside the home folder unchanged."""
    home = home or Path.home()
    try:
        rest = Path(path).relative_to(home)
    except ValueError:
        return path
    return "~" if str(rest) == "." else f"~/{rest.as_posix()}"


def expand_home(path: str, home: Path | None = None) -> str:
    if path == "~" or path.startswith("~/"):
        return str((home or Path.home()) / path[2:])
    return path


def export_json(marks: list[Bookmark], home: Path | None = None) -> str:
    items = []
    for b in marks:
        d = b.to_json()
        d["anchor"]["path"] = home_relative(b.anchor.path, home)
        items.append(d)
    return json.dumps({"format": FORMAT, "version": 1, "bookmarks": items},
                      ensure_ascii=False, indent=2)


def citation_line(b: Bookmark, link: str | None = None) -> str:
    a = b.anchor
    who = b.speaker or "Narration"
    event = ", ".join(x for x in (a.title, a.date, b.place) if x)
    out = f"— {who}, {event}" if event else f"— {who}"
    url = link or a.url
    return out + (f". {url}" if url else "")


def export_markdown(marks: list[Bookmark], links: dict[str, str] | None = None) -> str:
    """One quoted passage per bookmark, with its citation and note."""
    links = links or {}
    out = ["# Bookmarks", ""]
    for b in marks:
        quote = " ".join(b.anchor.quote.split())
        out.append(f"> {quote}")
        out.append(">")
        out.append(f"> {citation_line(b, links.get(b.id))}")
        if b.note:
            out.append("")
            out.append(f"Note: {b.note}")
        out.append("")
    return "\n".join(out)


def write_export(path: Path, text: str) -> None:
    """Write an export all or nothing; OSError (the old file untouched) otherwise."""
    write_text_atomic(path, text)


# --- import ---------------------------------------------------------------------------
class BookmarkImportError(ValueError):
    """Nothing was imported; ``problems`` says why, one line per refused item or for the
    file as a whole. ``str()`` is all of them, one a line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class _FieldError(Exception):
    pass


def _text(d: dict[str, Any], key: str, *, required: bool = False, where: str = "") -> str | None:
    name = f"{where}{key}"
    if key not in d or d[key] is None:
        if required:
            raise _FieldError(f"{name}: missing")
        return None
    value = d[key]
    if not isinstance(value, str):
        raise _FieldError(f"{name}: must be text, not {_kind(value)}")
    if len(value) > _MAX_TEXT:
        raise _FieldError(f"{name}: too long ({len(value)} characters)")
    if "\x00" in value:
        raise _FieldError(f"{name}: holds a NUL character")
    return value


def _int(d: dict[str, Any], key: str, where: str) -> int:
    name = f"{where}{key}"
    if key not in d or d[key] is None:
        raise _FieldError(f"{name}: missing")
    value = d[key]
    if isinstance(value, float) and not math.isfinite(value):
        raise _FieldError(f"{name}: not a number ({value})")
    if isinstance(value, bool) or not isinstance(value, int):
        raise _FieldError(f"{name}: must be a whole number, not {_kind(value)}")
    if not 0 <= value <= _MAX_INT:
        raise _FieldError(f"{name}: out of range ({_short(value)})")
    return value


def _dict(d: dict[str, Any], key: str, where: str = "") -> dict[str, Any]:
    value = d.get(key)
    if value is None:
        raise _FieldError(f"{where}{key}: missing")
    if not isinstance(value, dict):
        raise _FieldError(f"{where}{key}: must be an object, not {_kind(value)}")
    return value


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, float):
        return f"a number ({value})" if math.isfinite(value) else f"not a number ({value})"
    return {dict: "an object", list: "a list", int: "a number", str: "text"}.get(
        type(value), type(value).__name__)


def _short(value: int) -> str:
    digits = str(value)
    return digits if len(digits) <= 24 else f"{digits[:10]}… ({len(digits)} digits)"


def _point(a: dict[str, Any], key: str) -> Point:
    p = _dict(a, key, "anchor.")
    where = f"anchor.{key}."
    return Point(_int(p, "block", where), _int(p, "paragraph", where),
                 _int(p, "offset", where))


def bookmark_from_item(d: object, home: Path | None = None) -> Bookmark:
    """One export item as a bookmark, or ValueError saying which field is wrong."""
    try:
        return _bookmark(d, home)
    except _FieldError as exc:
        raise ValueError(str(exc)) from None


def _bookmark(d: object, home: Path | None) -> Bookmark:
    if not isinstance(d, dict):
        raise _FieldError(f"must be an object, not {_kind(d)}")
    a = _dict(d, "anchor")
    anchor = Anchor(
        fingerprint=_text(a, "fingerprint", required=True, where="anchor.") or "",
        path=expand_home(_text(a, "path", required=True, where="anchor.") or "", home),
        url=_text(a, "url", where="anchor."), title=_text(a, "title", where="anchor."),
        date=_text(a, "date", where="anchor."),
        parser_version=_int(a, "parser_version", "anchor."),
        start=_point(a, "start"), end=_point(a, "end"),
        quote=_text(a, "quote", required=True, where="anchor.") or "",
        prefix=_text(a, "prefix", where="anchor.") or "",
        suffix=_text(a, "suffix", where="anchor.") or "")
    if not anchor.quote.strip():
        raise _FieldError("anchor.quote: empty (no passage)")
    if anchor.end < anchor.start:
        raise _FieldError("anchor.end: before anchor.start")
    bid = _text(d, "id", required=True) or ""
    if not bid.strip() or len(bid) > 200:
        raise _FieldError("id: empty or too long")
    colour = _text(d, "colour") or "yellow"
    if colour not in COLOURS:
        raise _FieldError(f"colour: unknown ({colour[:20]!r}; one of {', '.join(COLOURS)})")
    return Bookmark(anchor=anchor, note=_text(d, "note") or "", colour=colour,
                    speaker=_text(d, "speaker"), place=_text(d, "place"), id=bid,
                    created=_text(d, "created") or now(),
                    modified=_text(d, "modified") or now())


def bookmarks_from_export(data: object, home: Path | None = None) -> list[Bookmark]:
    """Every bookmark of an export, or :class:`BookmarkImportError` listing each item that is
    not one (and why). Nothing is half taken."""
    items = data.get("bookmarks") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise BookmarkImportError(["not a bookmark export (no list of bookmarks)"])
    if items and not any(isinstance(item, dict) for item in items):
        raise BookmarkImportError(["not a bookmark export (its list holds no bookmarks)"])
    marks: list[Bookmark] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for n, item in enumerate(items, 1):
        try:
            b = _bookmark(item, home)
        except _FieldError as exc:
            problems.append(f"item {n}: {exc}")
            continue
        if b.id in seen:
            problems.append(f"item {n}: id: the same as item {seen[b.id]}")
            continue
        seen[b.id] = n
        marks.append(b)
    if problems:
        listed = problems[:MAX_LISTED]
        if len(problems) > MAX_LISTED:
            listed.append(f"… and {len(problems) - MAX_LISTED} more items refused")
        listed.append(f"nothing imported: {len(problems)} of {len(items)} items refused")
        raise BookmarkImportError(listed)
    return marks


def load_export(path: Path, home: Path | None = None) -> list[Bookmark]:
    """Read and validate an export file; :class:`BookmarkImportError` says what is wrong (the
    file unreadable, not JSON, nested too deeply, or which items and why)."""
    try:
        raw = read_file(path, MAX_IMPORT_BYTES)
    except ParseError as exc:
        raise BookmarkImportError([exc.reason]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BookmarkImportError([f"not UTF-8 text (byte {exc.start})"]) from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise BookmarkImportError(["not a bookmark export (JSON nested too deeply)"]) from None
    except ValueError as exc:
        raise BookmarkImportError([f"not JSON ({exc})"]) from None
    return bookmarks_from_export(data, home)

