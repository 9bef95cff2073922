"""Where a query's words are in a text, as character spans (the text itself is never
changed: Russian quotation marks « » stay what they are), and a snippet around them."""

from __future__ import annotations

from reader.core.query import Marks
from reader.core.stemming import Stems

Span = tuple[int, int]


def spans(text: str, marks: Marks, stems: Stems) -> list[Span]:
    """The character spans of every word (or phrase) of the text the query matched."""
    if not (marks.stems or marks.prefixes or marks.phrases):
        return []
    toks = list(stems.tokens(text))
    out: list[Span] = []
    for i, (a, b, _w, s) in enumerate(toks):
        if s in marks.stems or any(s.startswith(p) for p in marks.prefixes):
            out.append((a, b))
        for phrase in marks.phrases:
            n = len(phrase)
            if s == phrase[0] and tuple(t[3] for t in toks[i:i + n]) == phrase:
                out.append((a, toks[i + n - 1][1]))
    return _merge(out)


def _merge(found: list[Span]) -> list[Span]:
    out: list[Span] = []
    for a, b in sorted(found):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def snippet(text: str, found: list[Span], width: int = 240) -> tuple[str, list[Span]]:
    """A piece of the text around the first hit (whole words, "…" where cut) and the
    hits' spans within it."""
    if len(text) <= width:
        return text, list(found)
    first = found[0][0] if found else 0
    start = max(0, first - width // 4)
    if start > 0:  # begin at a word
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > max(start, found[0][1] if found else start) else end
    lead = "…" if start > 0 else ""
    piece = lead + text[start:end].rstrip() + ("…" if end < len(text) else "")
    shift = len(lead) - start
    inside = [(a + shift, b + shift) for a, b in found if a >= start and b <= end]
    return piece, inside
