"""From a site passage link's ``#sel=B:W,B:W`` part to a place in our transcript
(the reverse of :func:`reader.core.masha.masha_link`)."""

from __future__ import annotations

import re

from reader.core.anchors import Point
from reader.core.masha import WORD, page_paragraphs
from reader.core.model import Transcript

_SEL = re.compile(r"^(\d+):(\d+),(\d+):(\d+)$")


def _point(t: Transcript, paras: list[tuple[str, tuple[int, int] | None]], index: int,
           word: int, at_end: bool) -> Point | None:
    if not 1 <= index <= len(paras):
        return None
    text, where = paras[index - 1]
    if where is None:  # a label alone: the passage starts with the next paragraph
        return _point(t, paras, index + 1, 1, at_end) if not at_end else None
    block, paragraph = where
    b = t.blocks[block]
    shift = len(b.printed) + 1 if (paragraph == 0 and b.printed) else 0
    words = list(WORD.finditer(text))
    if not words:
        return None
    w = words[min(max(word, 1), len(words)) - 1]
    offset = (w.end() if at_end else w.start()) - shift
    length = len(b.paragraphs[paragraph])
    return Point(block, paragraph, min(max(offset, 0), length))


def resolve_sel(t: Transcript, sel: str) -> tuple[Point, Point] | None:
    """The passage a ``sel`` value (``"3:1,4:12"``) marks, or None when it is not in
    this transcript."""
    m = _SEL.match(sel.strip().removeprefix("sel="))
    if not m:
        return None
    b1, w1, b2, w2 = (int(x) for x in m.groups())
    paras = page_paragraphs(t)
    start = _point(t, paras, b1, w1, at_end=False)
    end = _point(t, paras, b2, w2, at_end=True)
    if start is None or end is None or end <= start:
        return None
    return start, end
