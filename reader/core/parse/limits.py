"""Bounds on the work a saved page may ask of the parser.

The HTML parser (lexbor) scans the stack of open elements for every block start tag,
so a page of 200,000 unclosed ``<div>`` (under 1 MB) takes minutes, and our own walk
over the tree recurses once per level. Real kremlin.ru pages are about 30 elements
deep and hold fewer than 5,000 tags; :func:`markup_problem` estimates depth and element
count in one linear pass over the raw text, before the tree is built, and names what
is wrong when a page asks for far more than any real page does. Pages with too few
start tags to nest harmfully (every real page) are not scanned at all.
"""

from __future__ import annotations

import re

#: Deeper than any real page by an order of magnitude; well inside Python's recursion limit.
MAX_DEPTH = 400
#: The largest page of the corpus has ~4,700 tags.
MAX_ELEMENTS = 150_000
#: Pages with no more start tags than this are not scanned (see markup_problem).
SHALLOW = 5_000

# Comments and raw-text elements are cut out first (an unclosed one runs to the end,
# matched once, so the scan stays linear); then start and end tags are counted.
_RAW = re.compile(
    r"<(?:!--.*?(?:-->|\Z)|(script|style|textarea|title|xmp)\b.*?(?:</\1\s*>|\Z))",
    re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                   "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame",
                   "keygen", "image"})
# Start tags that close an open <p> (HTML "in body" rules, simplified).
_CLOSES_P = frozenset({
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir",
    "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "ul", "li", "dd", "dt"})
# Elements that a start tag of the same kind closes (siblings, not children).
_SIBLINGS = {"li": ("ul", "ol"), "dd": ("dl",), "dt": ("dl",), "option": ("select",),
             "tr": ("table", "tbody", "thead", "tfoot"), "td": ("tr",), "th": ("tr",)}
_SIBLING_OF = {"dd": "dt", "dt": "dd", "td": "th", "th": "td"}
_LOOKBACK = 32


def markup_problem(text: str) -> str | None:
    """Why a page is too deep or too large to build a tree of, or None when it is fine.

    The estimate follows the HTML rules that matter for depth (void elements,
    ``<p>``, ``<li>``, table cells and end tags that close what was opened inside),
    so a sloppy but real page passes and a hostile one is refused in linear time.
    """
    if text.count("<") - text.count("</") <= SHALLOW:
        # Every start tag is a "<" not followed by "/": too few to nest deeply enough to
        # slow the HTML parser (5,000 nested lists parse in ~50 ms), and our own walk
        # turns deeper nesting into "nested too deeply". Real pages stay under 2,600.
        return None
    stack: list[str] = []
    open_count: dict[str, int] = {}
    elements = 0
    deepest = 0
    if _RAW.search(text):
        text = _RAW.sub(" ", text)
    for end, tag in _TAG.findall(text):
        name = tag.lower()
        if end:  # an end tag closes everything opened after its start tag
            if open_count.get(name):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
            continue
        elements += 1
        if elements > MAX_ELEMENTS:
            return f"too much markup to read (more than {MAX_ELEMENTS:,} elements)"
        if name in _VOID:
            continue
        closes: list[str] = []
        if name in _CLOSES_P and open_count.get("p"):
            closes.append("p")
        if name in _SIBLINGS:
            # The nearest open sibling, unless a container of its own lies in between.
            for top in reversed(stack[-_LOOKBACK:]):
                if top in (name, _SIBLING_OF.get(name)):
                    closes.append(top)
                    break
                if top in _SIBLINGS[name]:
                    break
        for c in closes:
            if open_count.get(c):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == c:
                        break
        stack.append(name)
        open_count[name] = open_count.get(name, 0) + 1
        if len(stack) > deepest:
            deepest = len(stack)
            if deepest > MAX_DEPTH:
                return f"the markup is nested too deeply (more than {MAX_DEPTH} levels)"
    return None
