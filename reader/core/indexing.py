"""What the search index stores for one transcript, computed where it was parsed (in a
worker process when a library is indexed): the words of each field as stems, and the text
itself once, compressed."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from reader.core.model import BlockKind, Transcript
from reader.core.stemming import Stems

#: Passage kinds as stored (speech ranks above the others).
KINDS = (BlockKind.SPEECH, BlockKind.NARRATION, BlockKind.HEADING, BlockKind.CAPTION)
KIND_CODE = {k: i for i, k in enumerate(KINDS)}
SPEECH = 0

#: The event's fields, in the order of the field index's columns.
FIELDS = ("title", "lead", "place", "tags", "speakers")

_PARA, _FIELD = "\x1e", "\x1f"


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
    body: bytes  # compressed: the fields' text, then every passage's text
    text_bytes: int  # size of the indexed text (UTF-8), for the size report


def field_texts(t: Transcript) -> tuple[str, ...]:
    tags = t.tags
    who = []
    for sp in t.speakers:
        if not sp.generic:
            who.append(" ".join((*sp.titles, sp.name)))
    return (t.title or "", t.lead or "", t.place or "",
            " ".join((*tags.themes, *tags.persons, *tags.regions)), " ; ".join(who))


def pack(fields: tuple[str, ...], paragraphs: list[str]) -> bytes:
    return zlib.compress((_FIELD.join(fields) + _PARA + _PARA.join(paragraphs))
                         .encode("utf-8"), 1)


def unpack(body: bytes) -> tuple[tuple[str, ...], list[str]]:
    """The fields' text and the passages' text of a stored body."""
    text = zlib.decompress(body).decode("utf-8")
    head, _, rest = text.partition(_PARA)
    return tuple(head.split(_FIELD)), (rest.split(_PARA) if rest else [])


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
        body=pack(fields, paragraphs),
        text_bytes=sum(len(p.encode("utf-8")) for p in paragraphs)
        + sum(len(f.encode("utf-8")) for f in fields))
