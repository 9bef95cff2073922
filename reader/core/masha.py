"""The site's passage links (MaSha): ``URL#sel=B:W,B:W`` where B is the 1-based index of
a text paragraph of the article body and W the 1-based index of a word in it."""

from __future__ import annotations

import re

from reader.core.anchors import Anchor, Point
from reader.core.links import site_link
from reader.core.model import BlockKind, Transcript

#: A word: a run of characters other than white space and ,;:–.!?<>…*
WORD = re.compile(r"[^\s,;:–.!?<>…*]+")


def page_paragraphs(t: Transcript) -> list[tuple[str, tuple[int, int] | None]]:
    """The article body's text paragraphs as the page has them, each with the
    (block, paragraph) of ours it holds (None for a label on its own)."""
    out: list[tuple[str, tuple[int, int] | None]] = []
    for bi, b in enumerate(t.blocks):
        if b.kind is BlockKind.CAPTION:
            continue  # captions are outside the numbered text on the site
        if b.kind is BlockKind.SPEECH and b.label_alone and b.label:
            out.append((b.label + ":", None))
        for pi, p in enumerate(b.paragraphs):
            text = f"{b.printed} {p}" if (pi == 0 and b.printed) else p
            out.append((text, (bi, pi)))
    return [(text, where) for text, where in out if WORD.search(text)]


def _locate(paras: list[tuple[str, tuple[int, int] | None]], t: Transcript, point: Point,
            at_end: bool) -> tuple[int, int] | None:
    for index, (text, where) in enumerate(paras, 1):
        if where != (point.block, point.paragraph):
            continue
        block = t.blocks[point.block]
        shift = len(block.printed) + 1 if (point.paragraph == 0 and block.printed) else 0
        offset = point.offset + shift
        words = list(WORD.finditer(text))
        if not words:
            return None
        n = 0
        for k, w in enumerate(words, 1):
            if (w.start() < offset) if at_end else (w.end() > offset):
                n = k
                if not at_end:
                    break
        return index, max(n, 1)
    return None


def masha_link(t: Transcript, anchor_start: Point, anchor_end: Point) -> str | None:
    """The official page's link with the passage selected, or None without a page link."""
    page = site_link(t.source.url)  # never a file:// or javascript: "link"
    if page is None:
        return None
    paras = page_paragraphs(t)
    a = _locate(paras, t, anchor_start, at_end=False)
    b = _locate(paras, t, anchor_end, at_end=True)
    if a is None or b is None:
        return None
    url = page.split("#")[0]
    return f"{url}#sel={a[0]}:{a[1]},{b[0]}:{b[1]}"


def link_for(t: Transcript, anchor: Anchor) -> str | None:
    return masha_link(t, anchor.start, anchor.end)
