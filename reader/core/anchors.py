"""Anchoring passages so that bookmarks find them again (DESIGN.md §4).

A passage is anchored three ways: the transcript's identity (fingerprint, path, link,
title and date), the position (block, paragraph, character offset at both ends) and
the quote with some text before and after it (as the W3C TextQuoteSelector does).
Re-attaching tries the position, then the quote (tolerant of white space, typographic
quotes and dashes), and otherwise says the passage is orphaned — it never drops it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.model import Transcript

CONTEXT = 40
#: Characters of the old surroundings that must agree for a passage found elsewhere.
CONTEXT_NEEDED = 8
#: A quote this long, found once, is the passage wherever it now is.
DISTINCT_QUOTE = 40


@dataclass(frozen=True, slots=True, order=True)
class Point:
    """A place in a transcript: block, paragraph in the block, character in it."""

    block: int
    paragraph: int
    offset: int


@dataclass(frozen=True, slots=True)
class Anchor:
    fingerprint: str
    path: str
    url: str | None
    title: str | None
    date: str | None
    parser_version: int
    start: Point
    end: Point
    quote: str
    prefix: str
    suffix: str


class FlatText:
    """A transcript's paragraphs as one string, with the map back to (block, paragraph)."""

    def __init__(self, t: Transcript) -> None:
        parts: list[str] = []
        self.starts: list[tuple[int, int, int]] = []  # (flat offset, block, paragraph)
        pos = 0
        for bi, b in enumerate(t.blocks):
            for pi, p in enumerate(b.paragraphs):
                self.starts.append((pos, bi, pi))
                parts.append(p)
                pos += len(p) + 1
        self.text = "\n".join(parts)
        self._index = {(bi, pi): off for off, bi, pi in self.starts}

    def offset(self, point: Point) -> int | None:
        base = self._index.get((point.block, point.paragraph))
        if base is None:
            return None
        return base + point.offset

    def point(self, offset: int) -> Point:
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid][0] <= offset:
                lo = mid
            else:
                hi = mid - 1
        base, bi, pi = self.starts[lo] if self.starts else (0, 0, 0)
        return Point(bi, pi, offset - base)


def make_anchor(t: Transcript, start: Point, end: Point) -> Anchor:
    """Anchor the passage from start to end (end exclusive)."""
    flat = FlatText(t)
    a, b = flat.offset(start), flat.offset(end)
    if a is None or b is None or b <= a:
        raise ValueError("the passage is empty or not in this transcript")
    text = flat.text
    return Anchor(
        fingerprint=t.fingerprint(), path=t.source.path, url=t.source.url, title=t.title,
        date=t.date, parser_version=t.parser_version, start=start, end=end,
        quote=text[a:b], prefix=text[max(0, a - CONTEXT):a], suffix=text[b:b + CONTEXT])


_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
    "–": "-", "—": "-", "‑": "-", "\u00a0": " ", "\u202f": " ", "ё": "е", "Ё": "Е",
})


def _normalise(s: str) -> tuple[str, list[int]]:
    """Fold quotes, dashes, white space and case; keep a map to the original offsets."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(s.translate(_FOLD)):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        out.append(ch.casefold()[:1] or ch)
        where.append(i)
    where.append(len(s))
    return "".join(out), where


def same_text(a: str, b: str) -> bool:
    return _normalise(a)[0].strip() == _normalise(b)[0].strip()


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_agrees(text: str, a: int, b: int, anchor: Anchor, need: int = 8) -> bool:
    """Some of the text before or after still matches (a short quote like "Yes" is
    found at the old position only when its surroundings are the same)."""
    before = _normalise(text[max(0, a - CONTEXT):a])[0]
    after = _normalise(text[b:b + CONTEXT])[0]
    prefix = _normalise(anchor.prefix)[0]
    suffix = _normalise(anchor.suffix)[0]
    if not prefix and not suffix:
        return True
    return (_common_suffix(before, prefix) >= min(need, len(prefix)) and bool(prefix)) or \
        (_common_prefix(after, suffix) >= min(need, len(suffix)) and bool(suffix))


def resolve(t: Transcript, anchor: Anchor, flat: FlatText | None = None
            ) -> tuple[Point, Point] | None:
    """Where the anchored passage is in this transcript, or None when it is orphaned."""
    flat = flat or FlatText(t)
    text = flat.text
    a, b = flat.offset(anchor.start), flat.offset(anchor.end)
    if a is not None and b is not None and 0 <= a < b <= len(text) \
            and same_text(text[a:b], anchor.quote) and _context_agrees(text, a, b, anchor):
        return anchor.start, anchor.end
    norm, where = _normalise(text)
    quote = _normalise(anchor.quote)[0].strip()
    if not quote:
        return None
    # (The white space between the quote and its surroundings is left out on both sides:
    # the stored context is normalised alone, and loses it.)
    prefix = _normalise(anchor.prefix)[0].rstrip()
    suffix = _normalise(anchor.suffix)[0].lstrip()
    best: tuple[int, int] | None = None
    best_score = -1
    found = 0
    i = norm.find(quote)
    while i >= 0:
        found += 1
        j = i + len(quote)
        score = _common_suffix(norm[max(0, i - len(prefix) - 1):i].rstrip(), prefix) + \
            _common_prefix(norm[j:j + len(suffix) + 1].lstrip(), suffix)
        if score > best_score:
            best, best_score = (i, j), score
        i = norm.find(quote, i + 1)
    if best is None:
        return None
    # Elsewhere than it was, the passage is taken only when it is surely the same: its
    # surroundings partly agree, or it is a long quote found once. A few words found
    # elsewhere with other surroundings are another passage (the bookmark is then shown
    # as not found, to be re-attached, never silently moved to them).
    if (prefix or suffix) and best_score < CONTEXT_NEEDED \
            and not (found == 1 and len(quote) >= DISTINCT_QUOTE):
        return None
    start, end = where[best[0]], where[best[1] - 1] + 1
    return flat.point(start), flat.point(end)


def _is_word_char(ch: str) -> bool:
    """A letter or digit, or an apostrophe or hyphen inside a word ("don't", "Xi-Jinping")."""
    return ch.isalnum() or ch in "'’‐‑-_"


def snap_to_words(t: Transcript, start: Point, end: Point) -> tuple[Point, Point]:
    """The passage extended to whole words at both ends, as a word processor does when a
    selection is dragged over words; white space at either end is left out. The points
    stay in their paragraphs. Points outside the transcript come back unchanged."""

    def text_of(p: Point) -> str | None:
        if not 0 <= p.block < len(t.blocks):
            return None
        paras = t.blocks[p.block].paragraphs
        return paras[p.paragraph] if 0 <= p.paragraph < len(paras) else None

    a_text, b_text = text_of(start), text_of(end)
    if a_text is None or b_text is None:
        return start, end
    a = max(0, min(start.offset, len(a_text)))
    b = max(0, min(end.offset, len(b_text)))
    same = (start.block, start.paragraph) == (end.block, end.paragraph)
    limit = b if same else len(a_text)
    while a < limit and a_text[a].isspace():
        a += 1
    floor = a if same else 0
    while b > floor and b_text[b - 1].isspace():
        b -= 1
    while 0 < a < len(a_text) and _is_word_char(a_text[a - 1]) and _is_word_char(a_text[a]):
        a -= 1
    while 0 < b < len(b_text) and _is_word_char(b_text[b - 1]) and _is_word_char(b_text[b]):
        b += 1
    new_start = Point(start.block, start.paragraph, a)
    new_end = Point(end.block, end.paragraph, b)
    if new_end <= new_start:
        return start, end
    return new_start, new_end
