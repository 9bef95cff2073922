"""What the search index stores for one transcript, computed where it was parsed (in a
worker process when a library is indexed): the words of each field as stems, and the text
itself once, compressed."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from reader.core.model import BlockKind, Transcript
from reader.core.persons import latin_name
from reader.core.stemming import Stems

#: Passage kinds as stored (speech ranks above the others).
KINDS = (BlockKind.SPEECH, BlockKind.NARRATION, BlockKind.HEADING, BlockKind.CAPTION)
KIND_CODE = {k: i for i, k in enumerate(KINDS)}
SPEECH = 0

#: The event's fields, in the order of the field index's columns.
FIELDS = ("title", "lead", "place", "tags", "speakers")

_PARA, _FIELD = "\x1e", "\x1f"
_CYRILLIC = re.compile("[а-яёА-ЯЁ]")


@dataclass(frozen=True, slots=True)
class Passage:
    block: int
    paragraph: int
    kind: int
    speaker: str | None  # the speaker's name (speech only)


@dataclass(frozen=True, slots=True)
class Payload:
    """One transcript as the index takes it."""

    title: str | None
    date: str | None
    time: str | None
    place: str | None
    url: str | None
    speakers: tuple[str, ...]  # who speaks (names, generic voices left out)
    passages: tuple[Passage, ...]
    stemmed_passages: tuple[str, ...]
    stemmed_fields: tuple[str, ...]  # FIELDS
    parts: tuple[bytes, ...]  # compressed: the fields' text, then PART passages a piece
    text_bytes: int  # size of the indexed text (UTF-8), for the size report


def name_forms(name: str) -> str:
    """A speaker's name as printed and, for a Russian one, as the English site prints it
    ("А.Лукашенко A. Lukashenko"): a name typed in either language finds the speaker."""
    return f"{name} {latin_name(name)}" if _CYRILLIC.search(name) else name


def field_texts(t: Transcript) -> tuple[str, ...]:
    tags = t.tags
    who = []
    for sp in t.speakers:
        if not sp.generic:
            who.append(" ".join((*sp.titles, name_forms(sp.name))))
    return (t.title or "", t.lead or "", t.place or "",
            " ".join((*tags.themes, *tags.persons, *tags.regions)), " ; ".join(who))


#: Passages per stored piece: a result reads the pieces of its passages, not the whole
#: text of a long event.
PART = 32
#: A stored piece of text is found at (event id << PART_BITS) | piece (piece 0: the
#: fields). Files are at most decode.MAX_BYTES, far below PART << PART_BITS passages.
PART_BITS = 12
PART_MASK = (1 << PART_BITS) - 1


def pack(fields: tuple[str, ...], paragraphs: list[str]) -> tuple[bytes, ...]:
    """The fields' text, then the passages PART at a time, each compressed."""
    pieces = [_FIELD.join(fields)] + [_PARA.join(paragraphs[i:i + PART])
                                      for i in range(0, len(paragraphs), PART)]
    return tuple(zlib.compress(p.encode("utf-8"), 1) for p in pieces)


def unpack_fields(part: bytes) -> tuple[str, ...]:
    return tuple(zlib.decompress(part).decode("utf-8").split(_FIELD))


def unpack_passages(part: bytes) -> list[str]:
    return zlib.decompress(part).decode("utf-8").split(_PARA)


def payload(t: Transcript, stems: Stems) -> Payload:
    passages: list[Passage] = []
    paragraphs: list[str] = []
    names = {sp.id: sp.name for sp in t.speakers}
    for bi, b in enumerate(t.blocks):
        code = KIND_CODE.get(b.kind)
        if code is None:
            continue
        name = names.get(b.speaker) if b.speaker else None
        for pi, p in enumerate(b.paragraphs):
            passages.append(Passage(bi, pi, code, name))
            paragraphs.append(p)
    fields = field_texts(t)
    return Payload(
        title=t.title, date=t.date, time=t.time, place=t.place, url=t.source.url,
        speakers=tuple(sp.name for sp in t.speakers if not sp.generic),
        passages=tuple(passages),
        stemmed_passages=tuple(stems.index_texts(paragraphs)),
        stemmed_fields=tuple(stems.index_texts(list(fields))),
        parts=pack(fields, paragraphs),
        text_bytes=sum(len(p.encode("utf-8")) for p in paragraphs)
        + sum(len(f.encode("utf-8")) for f in fields))
