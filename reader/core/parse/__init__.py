"""Parsing entry points: detect the form from the content and build a Transcript.

``parse_file`` and ``parse_bytes`` either return a :class:`Transcript` or raise
:class:`ParseError` naming the file and the reason; nothing else escapes.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import replace
from pathlib import Path

from reader.core.decode import MAX_BYTES, decode
from reader.core.errors import ParseError
from reader.core.model import Source, Speaker, Tags, Transcript
from reader.core.parse.assemble import Para, assemble
from reader.core.parse.html import looks_like_html, read_html
from reader.core.parse.limits import markup_problem
from reader.core.parse.record import (
    RecordMeta,
    drop_see_also,
    is_flat,
    load_sidecar,
    read_sidecar,
    remove_hover_cards,
    sidecar_for,
    split_flat,
    strip_chrome,
    strip_footer,
)
from reader.core.parse.text import clean, read_text
from reader.core.persons import name_from_tags, transliterate

log = logging.getLogger(__name__)

__all__ = ["detect_language", "parse_bytes", "parse_file", "parse_text"]

#: Text with no title and no speaker shorter than this is not taken for a transcript.
MIN_WORDS = 20

_CYR = re.compile(r"[а-яёА-ЯЁ]")
_LAT = re.compile(r"[a-zA-Z]")


def detect_language(text: str) -> str:
    sample = text[:6000]
    return "ru" if len(_CYR.findall(sample)) > len(_LAT.findall(sample)) else "en"


def parse_file(path: str | os.PathLike[str]) -> Transcript:
    """Parse a file of any supported form."""
    p = Path(path)
    name = str(p)
    try:
        if p.is_dir():
            raise ParseError(name, "is a folder, not a file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ParseError(name, f"the file is too large ({size // (1024 * 1024)} MB)")
        data = p.read_bytes()
    except ParseError:
        raise
    except FileNotFoundError:
        raise ParseError(name, "the file does not exist (moved or deleted?)") from None
    except PermissionError:
        raise ParseError(name, "permission denied") from None
    except OSError as exc:
        raise ParseError(name, f"cannot be read ({exc.strerror or exc})") from None
    return parse_bytes(data, name)


def parse_bytes(data: bytes, path: str = "<input>") -> Transcript:
    """Parse the bytes of a file; ``path`` names it in messages and finds a sidecar."""
    try:
        decoded = decode(data, path)
        return parse_text(decoded.text, path, encoding=decoded.encoding,
                          warnings=list(decoded.warnings))
    except ParseError:
        raise
    except RecursionError:
        raise ParseError(path, "the document is nested too deeply to read") from None
    except Exception as exc:  # the parser's promise: one error type, never a crash
        log.exception("unexpected parser failure on %s", path)
        raise ParseError(path, f"could not be parsed ({type(exc).__name__}: {exc})") from None


def parse_text(text: str, path: str = "<input>", *, encoding: str = "utf-8",
               warnings: list[str] | None = None) -> Transcript:
    """Parse already-decoded text (any form)."""
    warnings = list(warnings or [])
    stripped = text.lstrip()
    if re.match(r"\{\s*(\"|\}|$)", stripped):
        return _parse_json(text, path, encoding, warnings)
    if looks_like_html(text):
        return _parse_html(text, path, encoding, warnings)
    cleaned = clean(text)
    has_sidecar = not path.startswith("<") and sidecar_for(Path(path)) is not None
    if is_flat(cleaned) or (has_sidecar and is_flat(cleaned, min_length=1)):
        meta, warning = load_sidecar(Path(path)) if has_sidecar else (None, None)
        if warning:
            warnings.append(warning)
        return _parse_record(cleaned, meta, path, encoding, warnings)
    return _parse_plain(text, path, encoding, warnings)


def _finish(*, title: str | None, date: str | None, time: str | None, place: str | None,
            lead: str | None, language: str | None, paras: list[Para], source: Source,
            tags: dict[str, list[str]], warnings: list[str], body_text: str) -> Transcript:
    blocks, speakers = assemble(paras)
    if tags.get("persons"):
        speakers = _with_tag_names(speakers, tags["persons"])
    if not title and not speakers:
        words = sum(len(p.split()) for b in blocks for p in b.paragraphs)
        if words < MIN_WORDS:
            raise ParseError(source.path, f"no transcript in it ({words} words of text, with "
                                          "no title, date or speaker labels)")
    return Transcript(
        title=title, date=date, time=time, place=place,
        language=language if language in ("en", "ru") else detect_language(body_text),
        lead=lead, source=source, speakers=speakers, blocks=blocks,
        tags=Tags(themes=tuple(tags.get("themes", ())), persons=tuple(tags.get("persons", ())),
                  regions=tuple(tags.get("regions", ()))),
        warnings=tuple(warnings),
    )


def _with_tag_names(speakers: tuple[Speaker, ...], persons: list[str]) -> tuple[Speaker, ...]:
    """"А.Лукашенко" is spelt in Latin as the whole name the page's tags give."""
    out = []
    for sp in speakers:
        whole = None if sp.generic else name_from_tags(sp.name, persons)
        out.append(replace(sp, latin=transliterate(whole)) if whole else sp)
    return tuple(out)


def _parse_html(text: str, path: str, encoding: str, warnings: list[str]) -> Transcript:
    problem = markup_problem(text)
    if problem:
        raise ParseError(path, problem)
    parts = read_html(text)
    if not parts.paras and not parts.title:
        raise ParseError(path, "an HTML page without a transcript (no title, no text)")
    if not parts.has_article:
        warnings.append("not a kremlin.ru article page: read the whole page body")
    body = " ".join(p.text for p in parts.paras[:50])
    return _finish(title=parts.title, date=parts.date, time=parts.time, place=parts.place,
                   lead=parts.lead, language=parts.language, paras=parts.paras,
                   source=Source(path, "html", parts.url, encoding), tags=parts.tags,
                   warnings=warnings, body_text=body or (parts.title or ""))


def _parse_plain(text: str, path: str, encoding: str, warnings: list[str]) -> Transcript:
    parts = read_text(text)
    h = parts.header
    dl = h.dateline
    return _finish(title=h.title, date=dl.date if dl else None, time=dl.time if dl else None,
                   place=dl.place if dl else None, lead=" ".join(h.lead) or None,
                   language=None, paras=parts.paras, source=Source(path, "text", h.url, encoding),
                   tags=h.tags, warnings=warnings, body_text=text)


def _parse_record(text: str, meta: RecordMeta | None, path: str, encoding: str,
                  warnings: list[str]) -> Transcript:
    body, header_lead = strip_chrome(" ".join(text.split()), meta)
    body, persons = strip_footer(body)
    body = remove_hover_cards(drop_see_also(body), detect_language(body))
    meta = meta or RecordMeta()
    return _finish(title=meta.title, date=meta.date, time=meta.time, place=meta.place,
                   lead=meta.lead or header_lead, language=None, paras=split_flat(body),
                   source=Source(path, "record", meta.url, encoding),
                   tags={"persons": persons} if persons else {},
                   warnings=warnings, body_text=body)


def _is_json(path: Path) -> bool:
    """Does a (regular) file begin like a JSON object?"""
    try:
        with path.open("rb") as fh:
            head = fh.read(64)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _parse_json(text: str, path: str, encoding: str, warnings: list[str]) -> Transcript:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ParseError(path, f"invalid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ParseError(path, "JSON that is not a transcript record")
    meta = read_sidecar(data)
    body = meta.body
    if body is None and not path.startswith("<"):
        # A sidecar: the record's text is the file of the same name beside it, unless
        # that is the sidecar itself or another sidecar (which would name this one back).
        sibling = Path(path).with_suffix(".txt")
        if sibling != Path(path) and sibling.is_file() and not _is_json(sibling):
            return parse_file(sibling)
    if not body:
        raise ParseError(path, "JSON without a transcript text (no body/text field)")
    return _parse_record(clean(body), meta, path, encoding, warnings)
