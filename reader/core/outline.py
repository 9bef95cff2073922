"""What the legend, the outline and "Copy with citation" show, computed from a Transcript."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.model import BlockKind, Transcript

QUESTION_WORDS = ("question", "вопрос")


@dataclass(frozen=True, slots=True)
class SpeakerStats:
    speaker_id: str
    name: str
    title: str | None
    turns: int
    words: int
    share: float  # of all spoken words, 0..1


def speaker_stats(t: Transcript) -> list[SpeakerStats]:
    """Turns and share of words per speaker, in order of first appearance."""
    turns: dict[str, int] = {}
    words: dict[str, int] = {}
    for b in t.blocks:
        if b.kind is not BlockKind.SPEECH or b.speaker is None:
            continue
        if b.label is not None:
            turns[b.speaker] = turns.get(b.speaker, 0) + 1
        words[b.speaker] = words.get(b.speaker, 0) + sum(len(p.split()) for p in b.paragraphs)
    total = sum(words.values()) or 1
    return [
        SpeakerStats(s.id, s.name, s.titles[0] if s.titles else None, turns.get(s.id, 0),
                     words.get(s.id, 0), words.get(s.id, 0) / total)
        for s in t.speakers
    ]


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    block: int
    text: str
    level: int  # 0 section/heading, 1 question
    section: int = 0  # for a section break: its number (the text is "Section N: lead…")
    lead: str = ""  # … and the start of its first paragraph (for a translated label)


def outline(t: Transcript) -> list[OutlineEntry]:
    """Sections (headings, breaks) and questions with who asked them."""
    out: list[OutlineEntry] = []
    section = 1
    main = _main_speakers(t)
    if any(b.kind is BlockKind.SECTION_BREAK for b in t.blocks):
        # The part before the first break is section 1 (a way back to the start).
        start = next((i for i, b in enumerate(t.blocks) if b.paragraphs), None)
        if start is not None:
            lead = t.blocks[start].paragraphs[0][:60]
            out.append(OutlineEntry(start, f"Section 1: {lead}…", 0, 1, lead))
    for i, b in enumerate(t.blocks):
        if b.kind is BlockKind.HEADING:
            out.append(OutlineEntry(i, b.text[:90], 0))
        elif b.kind is BlockKind.SECTION_BREAK and i + 1 < len(t.blocks):
            section += 1
            nxt = t.blocks[i + 1]
            first = nxt.paragraphs[0][:60] if nxt.paragraphs else ""
            out.append(OutlineEntry(i, f"Section {section}: {first}…", 0, section, first))
        elif b.kind is BlockKind.SPEECH and b.label is not None and b.speaker not in main:
            sp = t.speaker(b.speaker or "")
            text = b.paragraphs[0] if b.paragraphs else ""
            if sp is not None and ((sp.generic and sp.name.casefold() in QUESTION_WORDS)
                                   or "?" in text):
                out.append(OutlineEntry(i, f"{sp.name}: {_snippet(text)}", 1))
    return out


def _main_speakers(t: Transcript) -> set[str]:
    """The speaker who answers (most words), not counted as an asker."""
    words: dict[str, int] = {}
    for b in t.blocks:
        if b.kind is BlockKind.SPEECH and b.speaker is not None:
            words[b.speaker] = words.get(b.speaker, 0) + sum(p.count(" ") + 1
                                                             for p in b.paragraphs)
    return {max(words, key=lambda k: words[k])} if words else set()


def _snippet(text: str, n: int = 70) -> str:
    q = text.find("?")
    if 0 < q < 200:
        start = max(0, text.rfind(".", 0, q) + 1)
        text = text[start:q + 1].strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def citation(t: Transcript, speaker_id: str | None) -> str:
    """"Vladimir Putin, President of Russia — Title, May 23, 2024, Minsk. <url>"."""
    parts = []
    sp = t.speaker(speaker_id) if speaker_id else None
    if sp is not None:
        parts.append(sp.name + (f", {sp.titles[0]}" if sp.titles else ""))
    event = ", ".join(x for x in (t.title, t.date, t.place) if x)
    if event:
        parts.append(event)
    line = " — ".join(parts)
    if t.source.url:
        line += f". {t.source.url}"
    return line
