"""Paragraphs to blocks: the one place where turns, breaks and speakers are decided.

Every input form (copied text, saved page, plain text, dataset record) reduces its
input to a list of :class:`Para` and hands it to :func:`assemble`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.labels import Label, leading_marker, parse_label
from reader.core.model import Block, BlockKind, Speaker
from reader.core.speakers import SpeakerRegistry


def _untidy(text: str) -> bool:
    """White space that needs folding (plain substring tests: fast on long turns)."""
    return ("  " in text or "\n" in text or "\t" in text or "\r" in text
            or "\u00a0" in text or text[:1].isspace() or text[-1:].isspace())


_QUOTE_OPEN = ("“", "«", "\"", "„")
_BREAK = re.compile(r"^\s*\*\s*\*\s*\*\s*$")
_OMISSION = re.compile(r"^\s*[<‹〈]\s*(?:…|\.\.\.)\s*[>›〉]\s*$")
# A label ends at a colon followed by a space, the end, or (copied text that lost the
# space) a capital letter, a quotation mark or a parenthesis: "Ivan Petrov:Thank you."
_LABEL_HEAD = re.compile(r"^(.{1,240}?)\s*:(?:\s+|$|(?=[A-ZА-ЯЁ«\"“(]))")


def is_section_break(text: str) -> bool:
    return bool(_BREAK.match(text))


def is_omission(text: str) -> bool:
    return bool(_OMISSION.match(text))


@dataclass(slots=True)  # not frozen: built once per paragraph, frozen init costs more
class Para:
    """One paragraph as an input form found it.

    ``label`` is set when markup already told where the label ends (bold text in a
    saved page); ``heading`` for a bold paragraph that is not a label; ``caption`` for
    a photo or media caption.
    """

    text: str
    label: str | None = None
    heading: bool = False
    caption: bool = False
    #: Look for a "Name:" label in the text itself (plain text); a saved page marks
    #: its labels in bold, so unbolded "Perm Territory: ..." stays text there.
    detect: bool = True


def split_label(text: str, known: set[str]) -> tuple[Label, str, str] | None:
    """Find a speaker label at the start of a paragraph of plain text:
    (label, the text after it, the label as printed)."""
    m = _LABEL_HEAD.match(text)
    if not m:
        return None
    label = parse_label(m.group(1), known)
    if label is None:
        return None
    rest = text[m.end():].strip()
    if label.title and "," in label.raw and rest.startswith(_QUOTE_OPEN):
        return None  # "Verkhnyaya Salda, Sverdlovsk Region: “…”": a message from a place
    return label, rest, m.group(1).strip() + ":"


class _Builder:
    def __init__(self) -> None:
        self.registry = SpeakerRegistry()
        self.blocks: list[Block] = []
        self.narration: list[str] = []
        self.speech: list[str] = []
        self.speaker: str | None = None
        self.marker: str | None = None
        self.label: str | None = None
        self.printed = ""
        self.alone = False
        self.open_turn = False

    def flush(self) -> None:
        if self.narration:
            self.blocks.append(Block(BlockKind.NARRATION, tuple(self.narration)))
            self.narration = []
        if self.open_turn and (self.speech or self.label is not None):
            self.blocks.append(Block(BlockKind.SPEECH, tuple(self.speech), speaker=self.speaker,
                                     marker=self.marker, label=self.label,
                                     printed=self.printed, label_alone=self.alone))
        self.speech = []
        self.open_turn = False

    def start_turn(self, label: Label, first: str, printed: str) -> None:
        self.flush()
        self.speaker = self.registry.resolve(label)
        self.marker = label.marker
        self.label = " ".join(printed.rstrip(":").split())
        self.alone = not first
        if first and self.marker is None:
            self.marker, rest = leading_marker(first)
            if self.marker is not None:
                printed = f"{printed} {first[: len(first) - len(rest)].strip()}"
                first = rest
        self.printed = "" if self.alone else printed
        self.open_turn = True
        if first:
            self.speech.append(first)

    def text(self, text: str) -> None:
        if self.speaker is None:
            self.narration.append(text)
            return
        if not self.open_turn:
            # The same speaker goes on after an omission or a caption.
            self.open_turn = True
            self.label = None
            self.marker = None
            self.printed = ""
            self.alone = False
        self.speech.append(text)

    def standalone(self, block: Block, *, ends_turn: bool) -> None:
        self.flush()
        self.blocks.append(block)
        if ends_turn:
            self.speaker = None


def assemble(paras: list[Para]) -> tuple[tuple[Block, ...], tuple[Speaker, ...]]:
    """Turn paragraphs into blocks and the speakers they name."""
    b = _Builder()
    for para in paras:
        text = para.text
        if _untidy(text):
            text = " ".join(text.split())
        if not text and para.label is None:
            continue
        if is_section_break(text):
            b.standalone(Block(BlockKind.SECTION_BREAK), ends_turn=True)
            continue
        if is_omission(text):
            b.standalone(Block(BlockKind.OMISSION), ends_turn=False)
            continue
        if para.caption:
            b.standalone(Block(BlockKind.CAPTION, (text,)), ends_turn=False)
            continue
        known = b.registry.known()
        if para.label is not None:
            label = parse_label(para.label, known, lenient=True)
            if label is not None:
                b.start_turn(label, text, para.label + ":")
                continue
            # Bold text that names no one ("The message reads:") is ordinary text.
            text = " ".join(f"{para.label}: {text}".split()) if text else f"{para.label}:"
        elif para.heading:
            b.standalone(Block(BlockKind.HEADING, (text,)), ends_turn=True)
            continue
        elif para.detect:
            found = split_label(text, known)
            if found is not None:
                b.start_turn(*found)
                continue
        b.text(text)
    b.flush()
    ids = b.registry.final_ids()
    blocks = tuple(
        Block(blk.kind, blk.paragraphs, ids[blk.speaker], blk.marker, blk.label, blk.printed,
              blk.label_alone) if blk.speaker is not None else blk
        for blk in b.blocks
    )
    return blocks, b.registry.speakers()
