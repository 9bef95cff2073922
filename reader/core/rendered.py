"""A transcript as the reading view shows it, as a value: one row per shown paragraph,
the text each row shows, and the mapping between document positions (characters from
the start of the shown text, one separator between rows, as in a QTextDocument) and
transcript points. Built once per transcript; no Qt, so it is tested without a widget.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from reader.core.anchors import Point
    from reader.core.model import Transcript

EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")

#: What a section break and an omission show.
SECTION_BREAK_TEXT = "*\u00a0\u00a0*\u00a0\u00a0*"
OMISSION_TEXT = "<…>"


class RowKind(StrEnum):
    TITLE = "title"
    DATELINE = "dateline"
    LEAD = "lead"
    LINK = "link"
    HEADING = "heading"
    NARRATION = "narration"
    SPEECH = "speech"
    SECTION_BREAK = "section_break"
    OMISSION = "omission"
    CAPTION = "caption"


#: Rows that show a transcript paragraph (and so can hold a bookmarked passage).
TEXT_ROWS = frozenset({RowKind.SPEECH, RowKind.NARRATION, RowKind.HEADING, RowKind.CAPTION})
#: Rows shown in the muted colour.
MUTED_ROWS = frozenset({RowKind.DATELINE, RowKind.NARRATION, RowKind.SECTION_BREAK,
                        RowKind.OMISSION, RowKind.CAPTION})


def human_date(iso: str | None, language: str) -> str | None:
    """"May 23, 2024" or "23 мая 2024 года", as the site writes them (the transcript's
    language, not the interface's)."""
    if not iso:
        return None
    try:
        y, m, d = (int(x) for x in iso.split("-"))
    except ValueError:
        return iso
    if language == "ru":
        return f"{d} {RU_MONTHS[m - 1]} {y} года"
    return f"{EN_MONTHS[m - 1]} {d}, {y}"


def dateline(t: Transcript) -> str:
    return ", ".join(x for x in (human_date(t.date, t.language), t.time, t.place) if x)


def units(s: str) -> int:
    """Length in UTF-16 code units (a QTextDocument's positions count those)."""
    return len(s) if s.isascii() or max(s) <= "\uffff" else len(s.encode("utf-16-le")) // 2


def to_units(s: str, offset: int) -> int:
    return units(s[:offset])


def from_units(s: str, count: int) -> int:
    """The character offset of ``count`` UTF-16 code units into ``s``."""
    if units(s) == len(s):
        return count
    n = 0
    for i, ch in enumerate(s):
        if n >= count:
            return i
        n += 2 if ch > "\uffff" else 1
    return len(s)


class Row(NamedTuple):
    """One shown paragraph: ``block``/``paragraph`` in the transcript (block -1 for the
    header lines), the paragraph's own ``text`` and what is shown before it: the
    speaker's ``name`` and ``marker`` on a turn's first row, or a caption's lead-in.
    (A NamedTuple: a frozen dataclass costs over a millisecond at start-up.)"""

    kind: RowKind
    block: int
    paragraph: int
    text: str
    speaker: str | None = None
    look: int | None = None
    turn_start: bool = False
    name: str = ""
    marker: str = ""  # " (retranslated)", shown muted after the name
    lead_in: str = ""  # "Photo: " before a caption

    @property
    def prefix(self) -> str:
        """The shown characters before the paragraph's own text."""
        if self.name:
            return f"{self.name}{self.marker}: "
        return self.lead_in

    @property
    def shown(self) -> str:
        return self.prefix + self.text

    @property
    def holds_text(self) -> bool:
        return self.block >= 0 and self.kind in TEXT_ROWS


#: Before a photo's caption, in the transcript's language.
CAPTION_LEAD_IN = {"en": "Photo: ", "ru": "Фото: "}


class Rendered:
    """The rows of one transcript as shown (captions or not) and position mapping."""

    def __init__(self, t: Transcript, looks: Mapping[str, int | None], *,
                 show_captions: bool = True, untitled: str = "Untitled transcript",
                 caption_lead_in: str | None = None) -> None:
        """``caption_lead_in`` goes before a photo's caption; by default it is in the
        transcript's own language (the text is the site's, whatever the interface's)."""
        if caption_lead_in is None:
            caption_lead_in = CAPTION_LEAD_IN.get(t.language, CAPTION_LEAD_IN["en"])
        self.transcript = t
        self.looks = dict(looks)
        self.show_captions = show_captions
        self.rows: list[Row] = _rows(t, self.looks, show_captions, untitled, caption_lead_in)
        #: Document position of each row's first character.
        self.starts: list[int] = []
        pos = 0
        for r in self.rows:
            self.starts.append(pos)
            pos += units(r.shown) + 1
        self.length = pos
        self._row_of: dict[tuple[int, int], int] = {
            (r.block, r.paragraph): i for i, r in enumerate(self.rows) if r.block >= 0}

    def __len__(self) -> int:
        return len(self.rows)

    # --- rows ---------------------------------------------------------------------------
    def row_at(self, position: int) -> int:
        """The index of the row holding a document position."""
        return max(0, bisect_right(self.starts, position) - 1)

    def row_of_paragraph(self, block: int, paragraph: int) -> int | None:
        return self._row_of.get((block, paragraph))

    def row_for_block(self, block: int, paragraph: int = 0) -> int:
        """The first row at or after a transcript block and paragraph (for scrolling to
        a block that shows no row, such as a hidden caption)."""
        exact = self._row_of.get((block, paragraph))
        if exact is not None:
            return exact
        for i, r in enumerate(self.rows):
            if (r.block, r.paragraph) >= (block, paragraph):
                return i
        return max(0, len(self.rows) - 1)

    def turn_blocks(self, speaker: str | None = None) -> list[int]:
        """Transcript block indexes of turn starts (of one speaker, or of all)."""
        return [r.block for r in self.rows
                if r.turn_start and (speaker is None or r.speaker == speaker)]

    # --- positions <-> points -------------------------------------------------------------
    def _text_row(self, i: int, forward: bool) -> int | None:
        step = 1 if forward else -1
        while 0 <= i < len(self.rows):
            if self.rows[i].holds_text:
                return i
            i += step
        return None

    def point_at(self, position: int, is_start: bool) -> Point | None:
        """The transcript point at a document position. Outside a paragraph's own text
        (a name, a header line, a break), the start of a passage moves to the next
        paragraph and its end to the end of the previous one."""
        from reader.core.anchors import Point  # (the window paints without it)

        i = self.row_at(position)
        row = self.rows[i] if self.rows else None
        if row is None:
            return None
        if not row.holds_text:
            found = self._text_row(i, forward=is_start)
            if found is None:
                return None
            row = self.rows[found]
            return Point(row.block, row.paragraph, 0 if is_start else len(row.text))
        at = position - self.starts[i] - units(row.prefix)
        at = max(0, min(units(row.text), at))
        return Point(row.block, row.paragraph, from_units(row.text, at))

    def position_of(self, point: Point) -> int | None:
        """The document position of a transcript point; None when its paragraph is not
        shown (a hidden caption, a header)."""
        i = self._row_of.get((point.block, point.paragraph))
        if i is None:
            return None
        row = self.rows[i]
        offset = max(0, min(len(row.text), point.offset))
        return self.starts[i] + units(row.prefix) + to_units(row.text, offset)


def paragraph_count(t: Transcript) -> int:
    return sum(max(1, len(b.paragraphs)) for b in t.blocks)


def _rows(t: Transcript, looks: dict[str, int | None], show_captions: bool, untitled: str,
          caption_lead_in: str) -> list[Row]:
    from reader.core.model import BlockKind  # (a window paints without the model)

    rows = [Row(RowKind.TITLE, -1, 0, t.title or untitled)]
    if dateline(t):
        rows.append(Row(RowKind.DATELINE, -1, 1, dateline(t)))
    if t.lead:
        rows.append(Row(RowKind.LEAD, -1, 2, t.lead))
    if t.source.url:
        rows.append(Row(RowKind.LINK, -1, 3, t.source.url))
    seen: set[str] = set()
    for bi, b in enumerate(t.blocks):
        if b.kind is BlockKind.SECTION_BREAK:
            rows.append(Row(RowKind.SECTION_BREAK, bi, 0, SECTION_BREAK_TEXT))
        elif b.kind is BlockKind.OMISSION:
            rows.append(Row(RowKind.OMISSION, bi, 0, OMISSION_TEXT))
        elif b.kind is BlockKind.CAPTION:
            if show_captions:
                rows.append(Row(RowKind.CAPTION, bi, 0, b.text, lead_in=caption_lead_in))
        elif b.kind is BlockKind.HEADING:
            rows.append(Row(RowKind.HEADING, bi, 0, b.text))
        elif b.kind is BlockKind.NARRATION:
            rows.extend(Row(RowKind.NARRATION, bi, pi, p) for pi, p in enumerate(b.paragraphs))
        elif b.kind is BlockKind.SPEECH:
            sp = t.speaker(b.speaker or "")
            look = looks.get(b.speaker or "")
            for pi, p in enumerate(b.paragraphs or ("",)):
                start = pi == 0 and b.label is not None
                name = marker = ""
                if start and sp is not None:
                    name = sp.name
                    if sp.id not in seen and sp.titles:
                        name = f"{sp.titles[0]} {name}"
                    seen.add(sp.id)
                    marker = f" ({b.marker})" if b.marker else ""
                rows.append(Row(RowKind.SPEECH, bi, pi, p, b.speaker, look, start, name,
                                marker))
    return rows
