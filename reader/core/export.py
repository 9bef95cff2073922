"""A transcript (or a passage of it) as a document to print or save: header (title,
date, place, link), speaker names, and bookmarked passages marked with their notes as
footnotes. One layout (:class:`Layout`) rendered as Markdown or plain text here and as
rich text for print and PDF in ``reader/ui/printing.py``. Also the Markdown export of
bookmarks, each passage with its link and citation."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from reader.core.anchors import FlatText, Point, resolve
from reader.core.bookmarks import Bookmark
from reader.core.citation import (
    CiteSource,
    cite,
    language_of,
    long_date,
    quote_with_citation,
    source_for,
)
from reader.core.library_records import shown_title
from reader.core.masha import masha_link
from reader.core.model import BlockKind, Transcript
from reader.core.passages import Passages

FORMATS = ("pdf", "md", "txt")
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")


@dataclass(frozen=True, slots=True)
class Mark:
    """A bookmarked passage to mark in the document, with its note."""

    start: Point
    end: Point
    note: str = ""
    colour: str = "yellow"


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a paragraph; ``marked`` inside a bookmark; ``notes`` are the footnote
    numbers of the bookmarks that end right after it."""

    text: str
    marked: bool = False
    colour: str = ""
    notes: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph: kind is a BlockKind value; ``speaker`` the name shown before a
    turn's first paragraph (with the title at the person's first turn), ``speaker_id``
    the speaker's id, ``marker`` a turn marker such as "retranslated"."""

    kind: str
    spans: tuple[Span, ...] = ()
    speaker: str | None = None
    speaker_id: str | None = None
    marker: str | None = None

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    note: str
    quote: str
    link: str | None


@dataclass(frozen=True, slots=True)
class Layout:
    title: str
    dateline: str
    url: str | None
    lead: str | None
    paras: tuple[Para, ...]
    footnotes: tuple[Footnote, ...] = field(default=())
    excerpt: bool = False  # a passage, not the whole transcript
    language: str = "en"  # the transcript's: the words "Excerpt" and "Notes" follow it

    @property
    def words(self) -> tuple[str, str]:
        """("Excerpt", "Notes") in the transcript's language."""
        return ("Фрагмент", "Примечания") if self.language == "ru" else ("Excerpt", "Notes")


def dateline(t: Transcript) -> str:
    """"May 23, 2024, Minsk" / "23 мая 2024 года, Минск", as the site writes it."""
    when = long_date(t.date, "en") if t.language != "ru" else (
        long_date(t.date, "ru").replace(" г.", " года"))
    return ", ".join(x for x in (when, t.time, t.place) if x)


def _pieces(text: str, bi: int, pi: int, marks: list[tuple[int, Mark]]) -> tuple[Span, ...]:
    """Split a paragraph at the edges of the marks that touch it."""
    here = (bi, pi)
    cover: list[tuple[int, int, int, str, bool]] = []  # from, to, number, colour, ends here
    for number, m in marks:
        first, last = (m.start.block, m.start.paragraph), (m.end.block, m.end.paragraph)
        if not first <= here <= last:
            continue
        a = m.start.offset if first == here else 0
        b = m.end.offset if last == here else len(text)
        a, b = max(0, min(a, len(text))), max(0, min(b, len(text)))
        if b > a:
            cover.append((a, b, number, m.colour, last == here))
    if not cover:
        return (Span(text),) if text else ()
    cuts = sorted({0, len(text), *(c[0] for c in cover), *(c[1] for c in cover)})
    merged: list[Span] = []
    for x, y in itertools.pairwise(cuts):
        inside = [c for c in cover if c[0] <= x and y <= c[1]]
        notes = tuple(c[2] for c in cover if c[4] and c[1] == y)
        span = Span(text[x:y], bool(inside), inside[0][3] if inside else "", notes)
        prev = merged[-1] if merged else None
        if prev is not None and (prev.marked, prev.colour) == (span.marked, span.colour) \
                and not prev.notes:
            merged[-1] = Span(prev.text + span.text, span.marked, span.colour, span.notes)
        else:
            merged.append(span)
    return tuple(merged)


def layout(t: Transcript, marks: list[Mark] | None = None, start: Point | None = None,
           end: Point | None = None) -> Layout:
    """The document of a transcript, or of the passage from start to end (end exclusive);
    marks become footnotes numbered in reading order."""
    ordered = sorted(marks or [], key=lambda m: (m.start, m.end))
    chosen = [m for m in ordered
              if (start is None or m.end > start) and (end is None or m.start < end)]
    # The footnote quotes and links the whole bookmarked passage; in the text the mark is
    # cut to the excerpt, so that its number stands where the excerpt's part of it ends.
    footnotes = [Footnote(n, m.note, _quote(t, m.start, m.end), masha_link(t, m.start, m.end))
                 for n, m in enumerate(chosen, 1)]
    numbered = [(n, Mark(max(m.start, start) if start else m.start,
                         min(m.end, end) if end else m.end, m.note, m.colour))
                for n, m in enumerate(chosen, 1)]
    paras: list[Para] = []
    seen: set[str] = set()
    for bi, b in enumerate(t.blocks):
        if (start is not None and bi < start.block) or (end is not None and bi > end.block):
            continue
        if b.kind is BlockKind.SECTION_BREAK:
            paras.append(Para("section_break", (Span("* * *"),)))
            continue
        if b.kind is BlockKind.OMISSION:
            paras.append(Para("omission", (Span("<…>"),)))
            continue
        sp = t.speaker(b.speaker) if b.kind is BlockKind.SPEECH and b.speaker else None
        for pi, p in enumerate(b.paragraphs):
            if start is not None and (bi, pi) < (start.block, start.paragraph):
                continue
            if end is not None and (bi, pi) > (end.block, end.paragraph):
                continue
            a = start.offset if start is not None and (bi, pi) == (start.block, start.paragraph) \
                else 0
            z = end.offset if end is not None and (bi, pi) == (end.block, end.paragraph) \
                else len(p)
            spans = _slice(_pieces(p, bi, pi, numbered), a, z)
            if not spans:
                continue
            name = None
            # A turn's first paragraph shows the name (with the title at the person's
            # first turn); so does an excerpt's first paragraph inside a turn.
            if sp is not None and ((pi == 0 and b.label is not None) or not paras):
                name = sp.name
                if sp.id not in seen and sp.titles and not sp.generic:
                    name = f"{sp.titles[0]} {name}"
                seen.add(sp.id)
            paras.append(Para(str(b.kind), spans, name, sp.id if sp else None,
                              b.marker if name else None))
    # A file without a title by the name the list and the reading view give it.
    title = shown_title(t.title, t.source.path) or "Untitled transcript"
    return Layout(title=title, dateline=dateline(t),
                  url=t.source.url, lead=None if start is not None else t.lead,
                  paras=tuple(paras), footnotes=tuple(footnotes),
                  excerpt=start is not None, language=t.language)


def _slice(spans: tuple[Span, ...], a: int, z: int) -> tuple[Span, ...]:
    out: list[Span] = []
    pos = 0
    for s in spans:
        x, y = pos, pos + len(s.text)
        pos = y
        lo, hi = max(x, a), min(y, z)
        if hi <= lo:
            continue
        out.append(Span(s.text[lo - x:hi - x], s.marked, s.colour,
                        s.notes if hi == y else ()))
    return tuple(out)


def _quote(t: Transcript, start: Point, end: Point) -> str:
    parts = []
    for bi in range(start.block, end.block + 1):
        if not 0 <= bi < len(t.blocks):
            continue
        for pi, p in enumerate(t.blocks[bi].paragraphs):
            if (bi, pi) < (start.block, start.paragraph) or (bi, pi) > (end.block, end.paragraph):
                continue
            a = start.offset if (bi, pi) == (start.block, start.paragraph) else 0
            z = end.offset if (bi, pi) == (end.block, end.paragraph) else len(p)
            parts.append(p[a:z])
    return " ".join(" ".join(parts).split())


# --- Markdown and plain text -----------------------------------------------------------

def _md_escape(text: str) -> str:
    out = text.replace("\\", "\\\\")
    for ch in "*_`[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out


def to_markdown(doc: Layout) -> str:
    """Markdown: marked passages in <mark>, footnotes as [^n]."""
    out = [f"# {_md_escape(doc.title)}", ""]
    if doc.dateline:
        out += [f"*{_md_escape(doc.dateline)}*", ""]
    if doc.url:
        out += [f"<{doc.url}>", ""]
    if doc.excerpt:
        out += [f"*{doc.words[0]}*", ""]
    if doc.lead:
        out += [f"*{_md_escape(doc.lead)}*", ""]
    for p in doc.paras:
        if p.kind == "section_break":
            out += ["\\* \\* \\*", ""]
            continue
        if p.kind == "omission":
            out += ["\\<…\\>", ""]
            continue
        body = "".join(
            (f"<mark>{_md_escape(s.text)}</mark>" if s.marked else _md_escape(s.text))
            + "".join(f"[^{n}]" for n in s.notes) for s in p.spans)
        if p.kind == "heading":
            body = f"## {body}"
        elif p.kind in ("narration", "caption"):
            body = f"*{body}*" if not any(s.marked or s.notes for s in p.spans) else body
        if p.speaker:
            marker = f" *({_md_escape(p.marker)})*" if p.marker else ""
            body = f"**{_md_escape(p.speaker)}**{marker}: {body}"
        out += [body, ""]
    for f in doc.footnotes:
        text = _md_escape(f.note) if f.note else f"“{_md_escape(f.quote)}”"
        link = f" <{f.link}>" if f.link else ""
        out.append(f"[^{f.number}]: {text}{link}")
    return "\n".join(out).rstrip() + "\n"


def to_text(doc: Layout, width: int = 0) -> str:
    """Plain text: marked passages in [[ ]], footnote numbers in [n], notes at the end."""
    out = [doc.title, ""]
    if doc.dateline:
        out += [doc.dateline, ""]
    if doc.url:
        out += [doc.url, ""]
    if doc.excerpt:
        out += [f"({doc.words[0]})", ""]
    if doc.lead:
        out += [doc.lead, ""]
    for p in doc.paras:
        body = "".join((f"[[{s.text}]]" if s.marked else s.text)
                       + "".join(f"[{n}]" for n in s.notes) for s in p.spans)
        if p.speaker:
            marker = f" ({p.marker})" if p.marker else ""
            body = f"{p.speaker}{marker}: {body}"
        out += [body, ""]
    if doc.footnotes:
        out += [doc.words[1], ""]
        for f in doc.footnotes:
            text = f.note or f"“{f.quote}”"
            out.append(f"[{f.number}] {text}" + (f" {f.link}" if f.link else ""))
    return "\n".join(out).rstrip() + "\n"


# --- bookmarks ---------------------------------------------------------------------------

def bookmark_source(b: Bookmark, link: str | None, accessed: dt.date,
                    transcript: Transcript | None = None,
                    start: Point | None = None) -> CiteSource:
    """The citation source of a bookmark: from its transcript when it was found, else
    from what the bookmark stored."""
    if transcript is not None:
        return source_for(transcript, start, link or b.anchor.url, accessed)
    a = b.anchor
    return CiteSource(speaker=b.speaker, speaker_title=None, title=a.title, date=a.date,
                      place=b.place, url=link or a.url,
                      language=language_of(a.url, a.quote), accessed=accessed)


def bookmarks_markdown(items: list[tuple[Bookmark, CiteSource]], style: str = "plain") -> str:
    """One quoted passage per bookmark with its citation (in a style) and note."""
    out = ["# Bookmarks", ""]
    for b, src in items:
        quote = " ".join(b.anchor.quote.split())
        out.append(f"> {quote}")
        out.append(">")
        reference = cite(style, src)
        if style == "bibtex":
            out += ["", "```bibtex", reference, "```"]
        else:
            out += [f"> {line}" if line else ">" for line in
                    (("— " + reference) if style == "plain" else reference).split("\n")]
        if b.note:
            out += ["", f"Note: {b.note}"]
        out.append("")
    return "\n".join(out)


def cite_bookmarks(marks: list[Bookmark], passages: Passages, accessed: dt.date,
                   open_transcript: Transcript | None = None
                   ) -> list[tuple[Bookmark, CiteSource]]:
    """Each bookmark with its citation source, its passage located (re-parsing its
    transcript when it is not the open one) so that the link selects the passage."""
    out = []
    for b in marks:
        found = passages.locate(b.anchor, open_transcript)
        out.append((b, bookmark_source(b, found.link, accessed, found.transcript, found.start)))
    return out


def transcript_marks(t: Transcript, marks: list[Bookmark]) -> list[Mark]:
    """The bookmarks of a transcript that are found in it, as marks to print."""
    flat = FlatText(t)
    out = []
    for b in marks:
        where = resolve(t, b.anchor, flat)
        if where is not None:
            out.append(Mark(where[0], where[1], b.note, b.colour))
    return out


def bookmark_with_citation(b: Bookmark, passages: Passages, style: str, accessed: dt.date,
                           open_transcript: Transcript | None = None) -> str:
    """A bookmark's quote with its citation, as Copy with Citation gives it."""
    [(_, src)] = cite_bookmarks([b], passages, accessed, open_transcript)
    return quote_with_citation(style, b.anchor.quote, src)
