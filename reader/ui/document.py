"""A transcript as the dialogue view's rich text (Qt's HTML subset), with a row per
paragraph that ties each text block back to its place in the transcript."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from reader.core.model import BlockKind, Transcript
from reader.core.themes import Theme

#: Rows shown in the muted colour, and the marker after a speaker's name.
MUTED_ROWS = frozenset({"dateline", "narration", "section_break", "omission", "caption"})


@dataclass(frozen=True, slots=True)
class Row:
    """What one text block of the view shows: -1 for header lines."""

    block: int
    paragraph: int
    kind: str
    speaker: str | None = None
    slot: int | None = None
    turn_start: bool = False
    prefix: int = 0  # characters shown before the paragraph's own text (the name)


EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")


def human_date(iso: str | None, language: str) -> str | None:
    """"May 23, 2024" or "23 мая 2024 года", as the site writes them."""
    if not iso:
        return None
    try:
        y, m, d = (int(x) for x in iso.split("-"))
    except ValueError:
        return iso
    if language == "ru":
        return f"{d} {RU_MONTHS[m - 1]} {y} года"
    return f"{EN_MONTHS[m - 1]} {d}, {y}"


CAPTION_PREFIX = "Photo: "


def _dateline(t: Transcript) -> str:
    return ", ".join(x for x in (human_date(t.date, t.language), t.time, t.place) if x)


def stylesheet(style: Theme) -> str:
    """The document's default style sheet: paragraphs refer to these classes, so the
    HTML carries no per-paragraph style (setHtml parses it much faster)."""
    return (
        # No colour for ordinary text: it follows the palette, so a new scheme needs no
        # new document (see DialogueView.set_view_style).
        "p { margin-top: 4px; margin-bottom: 4px; }"
        f"p.t {{ margin-top: 14px; }}"
        f"p.m {{ color: {style.muted}; }}"
        f"p.s {{ font-size: small; }}"
        f"p.c {{ color: {style.muted}; text-align: center; }}"
        f"p.cap {{ color: {style.muted}; font-size: small; }}"
        f"p.h {{ font-size: large; }}"
        f"span.mk {{ color: {style.muted}; }}"
        f"a {{ color: {style.colours['link']}; }}"
    )


def build_html(t: Transcript, style: Theme, slots: dict[str, int | None],
               show_captions: bool = True, max_rows: int | None = None
               ) -> tuple[str, list[Row]]:
    """Rich text for the view and one Row per paragraph, in document order (only the
    first ``max_rows`` paragraphs when given: the beginning of a long transcript)."""
    parts, rows = _build(t, style, slots, show_captions, max_rows)
    return "".join(parts), rows


def paragraph_count(t: Transcript) -> int:
    return sum(max(1, len(b.paragraphs)) for b in t.blocks)


def _build(t: Transcript, style: Theme, slots: dict[str, int | None],
           show_captions: bool, max_rows: int | None) -> tuple[list[str], list[Row]]:
    out: list[str] = []
    rows: list[Row] = []
    seen: set[str] = set()

    def para(body: str, row: Row, css: str = "") -> None:
        out.append(f'<p class="{css}">{body}</p>' if css else f"<p>{body}</p>")
        rows.append(row)

    muted = "m"
    para(f'<span style="font-size:x-large;font-weight:bold">'
         f"{escape(t.title or 'Untitled transcript')}</span>", Row(-1, 0, "title"))
    if _dateline(t):
        para(escape(_dateline(t)), Row(-1, 1, "dateline"), "m")
    if t.lead:
        para(f"<i>{escape(t.lead)}</i>", Row(-1, 2, "lead"))
    if t.source.url:
        para(f'<a href="{escape(t.source.url)}">{escape(t.source.url)}</a>', Row(-1, 3, "link"),
             "s")
    for bi, b in enumerate(t.blocks):
        if max_rows is not None and len(rows) >= max_rows:
            break
        kind = str(b.kind)
        if b.kind is BlockKind.SECTION_BREAK:
            para("*&nbsp;&nbsp;*&nbsp;&nbsp;*", Row(bi, 0, kind), "c")
        elif b.kind is BlockKind.OMISSION:
            para("&lt;…&gt;", Row(bi, 0, kind), muted)
        elif b.kind is BlockKind.CAPTION:
            if show_captions:
                para(f"<i>{CAPTION_PREFIX}{escape(b.text)}</i>",
                     Row(bi, 0, kind, prefix=len(CAPTION_PREFIX)), "cap")
        elif b.kind is BlockKind.HEADING:
            para(f"<b>{escape(b.text)}</b>", Row(bi, 0, kind), "h")
        elif b.kind is BlockKind.NARRATION:
            for pi, p in enumerate(b.paragraphs):
                para(f"<i>{escape(p)}</i>", Row(bi, pi, kind), muted)
        elif b.kind is BlockKind.SPEECH:
            sp = t.speaker(b.speaker or "")
            slot = slots.get(b.speaker or "")
            colour = style.speaker_colour(slot)
            for pi, p in enumerate(b.paragraphs or ("",)):
                start = pi == 0 and b.label is not None
                body = escape(p)
                prefix = 0
                if start and sp is not None:
                    name = sp.name
                    if sp.id not in seen and sp.titles:
                        name = f"{sp.titles[0]} {name}"
                    seen.add(sp.id)
                    marker = f" ({b.marker})" if b.marker else ""
                    prefix = len(name) + len(marker) + 2
                    body = (f'<b style="color:{colour}">{escape(name)}</b>'
                            f'<span class="mk"><i>{escape(marker)}</i></span>: {body}')
                para(body, Row(bi, pi, kind, b.speaker, slot, start, prefix),
                     "t" if start else "")
    return out, rows
