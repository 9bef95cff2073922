"""The transcript data model: frozen dataclasses and their JSON form (DESIGN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

#: Bumped whenever the parser's output for the same input may change.
#: Bookmarks store it with their anchors; caches are keyed by it.
PARSER_VERSION = 4


class BlockKind(StrEnum):
    """What a block of a transcript is."""

    HEADING = "heading"
    NARRATION = "narration"
    SPEECH = "speech"
    SECTION_BREAK = "section_break"
    OMISSION = "omission"
    CAPTION = "caption"


TEXT_KINDS = frozenset({BlockKind.HEADING, BlockKind.NARRATION, BlockKind.CAPTION})


@dataclass(frozen=True, slots=True)
class Speaker:
    """One person (or a generic voice such as "Question") within a transcript."""

    id: str
    name: str
    titles: tuple[str, ...] = ()
    generic: bool = False
    #: The same for every spelling of one person in either language ("putin v" for
    #: "В.Путин" and "Vladimir Putin"); None for generic voices. See reader.core.persons.
    person: str | None = None
    #: A Russian name as the English site spells it ("V. Putin"); None for Latin names.
    latin: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "titles": list(self.titles),
            "generic": self.generic,
            "person": self.person,
            "latin": self.latin,
        }


@dataclass(frozen=True, slots=True)
class Block:
    """One block in document order.

    ``paragraphs`` holds the text of text-bearing kinds (speech, narration, heading,
    caption); breaks and omissions have none. For speech, ``speaker`` is a speaker id,
    ``label`` the label as printed (with its title, without the colon) when the turn
    began with one, and ``marker`` the turn's marker ("retranslated", "In English.").
    A speech block with ``label`` None continues the same speaker after an omission
    or a caption.
    """

    kind: BlockKind
    paragraphs: tuple[str, ...] = ()
    speaker: str | None = None
    marker: str | None = None
    label: str | None = None
    #: The label as printed before the first paragraph's text, colon and markers
    #: included ("Donald Trump: (In English.)"); empty when the label stood alone in
    #: its own paragraph (``label_alone``). The site's passage links count its words.
    printed: str = ""
    label_alone: bool = False

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": str(self.kind)}
        if self.kind is BlockKind.SPEECH:
            out["speaker"] = self.speaker
            out["marker"] = self.marker
            out["label"] = self.label
            out["label_alone"] = self.label_alone
            out["paragraphs"] = list(self.paragraphs)
        elif self.kind in TEXT_KINDS:
            out["text"] = self.text
            out["paragraphs"] = list(self.paragraphs)
        return out


@dataclass(frozen=True, slots=True)
class Source:
    """Where a transcript came from."""

    path: str
    format: str  # "text" | "html" | "record"
    url: str | None = None
    encoding: str = "utf-8"

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "format": self.format, "url": self.url,
                "encoding": self.encoding}


@dataclass(frozen=True, slots=True)
class Tags:
    """The page's tags: themes (topics), persons and regions (geography)."""

    themes: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()

    def to_json(self) -> dict[str, list[str]]:
        return {"themes": list(self.themes), "persons": list(self.persons),
                "regions": list(self.regions)}


@dataclass(frozen=True, slots=True)
class Transcript:
    """A parsed transcript. Build it with :func:`reader.core.parse_file`."""

    title: str | None
    date: str | None  # ISO date
    time: str | None  # "HH:MM"
    place: str | None
    language: str  # "en" | "ru"
    lead: str | None
    source: Source
    speakers: tuple[Speaker, ...]
    blocks: tuple[Block, ...]
    tags: Tags = field(default_factory=Tags)
    warnings: tuple[str, ...] = ()
    parser_version: int = PARSER_VERSION

    def speaker(self, speaker_id: str) -> Speaker | None:
        for sp in self.speakers:
            if sp.id == speaker_id:
                return sp
        return None

    def turns(self) -> list[Block]:
        """Speech blocks that begin a turn (those with a printed label)."""
        return [b for b in self.blocks if b.kind is BlockKind.SPEECH and b.label is not None]

    def fingerprint(self) -> str:
        """A hash of the transcript's text, independent of the file it came from."""
        import hashlib  # (not needed before a transcript is open)

        # Paragraphs come out of the parser with their white space already folded.
        h = hashlib.sha256()
        h.update("\x00".join(p for b in self.blocks for p in b.paragraphs).encode("utf-8"))
        return h.hexdigest()[:32]

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": self.date,
            "time": self.time,
            "place": self.place,
            "language": self.language,
            "lead": self.lead,
            "source": self.source.to_json(),
            "tags": self.tags.to_json(),
            "speakers": [s.to_json() for s in self.speakers],
            "blocks": [b.to_json() for b in self.blocks],
            "warnings": list(self.warnings),
            "parser_version": self.parser_version,
            "fingerprint": self.fingerprint(),
        }
