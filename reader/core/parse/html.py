"""Saved kremlin.ru pages (2009–2020 template) and their print version."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from reader.core.parse.archive import strip_archive
from reader.core.parse.assemble import Para
from reader.core.parse.dates import norm_time

_SKIP_TAGS = {"script", "style", "noscript", "template", "iframe", "frame", "object",
              "embed", "svg", "img", "video", "audio", "source", "track", "meta", "button",
              "form", "input", "select", "textarea"}
_HIDDEN_CLASSES = {"masha-ignore", "hidden", "read__tooltip", "tooltip__text"}
_TAG_HEADS = {"geography": "regions", "география": "regions", "topics": "themes",
              "темы": "themes", "persons": "persons", "персоны": "persons", "лица": "persons"}
_TITLE_SUFFIX = re.compile(r"\s*[•|–-]\s*(President of Russia|Президент России)\s*$")


def looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:8192].lower():
        return True
    return "<body" in head or ("<p>" in head and "</p>" in text[:65536].lower())


@dataclass
class HtmlParts:
    title: str | None = None
    date: str | None = None
    time: str | None = None
    place: str | None = None
    lead: str | None = None
    url: str | None = None
    language: str | None = None
    tags: dict[str, list[str]] = field(default_factory=dict)
    paras: list[Para] = field(default_factory=list)
    has_article: bool = False


def _text(node: Any) -> str:
    return " ".join((node.text(deep=True) or "").split()) if node is not None else ""


def _own_text(node: Any) -> str:
    """The text of a list item without the lists nested in it (each text taken once:
    a column of thousands of nested items is not quadratic)."""
    out: list[str] = []
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            out.append(child.text(deep=False) or "")
        elif child.tag not in ("ul", "ol", "li"):
            out.append(child.text(deep=True) or "")
    return " ".join(" ".join(out).split())


def _classes(node: Any) -> set[str]:
    cls = node.attributes.get("class") if node.attributes else None
    return set(cls.split()) if cls else set()


def _runs(node: Any, bold: bool, out: list[tuple[str, bool]]) -> None:
    """Flatten a paragraph into (text, is_bold) runs, leaving hidden blocks out."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            t = child.text(deep=False)
            if t:
                out.append((t, bold))
        elif tag == "br":
            out.append((" ", bold))
        elif tag in _SKIP_TAGS or (_classes(child) & _HIDDEN_CLASSES):
            continue
        else:
            _runs(child, bold or tag in ("b", "strong"), out)


_PLAIN_TAGS = {"-text", "i", "em", "sup", "sub", "br", "u", "s", "small", "big"}


def _simple(node: Any) -> bool:
    """No bold at the start and nothing that may hide text (links with tooltips, classes)."""
    first = True
    for child in node.iter(include_text=True):
        tag = child.tag
        if (first and tag != "-text") or (first and (child.text(deep=False) or "").strip()):
            if tag in ("b", "strong"):
                return False
            first = False
        if tag not in _PLAIN_TAGS or (tag != "-text" and child.attributes):
            return False
    return True


def _paragraph(node: Any) -> Para | None:
    if _simple(node):
        # Fast path: no leading bold (so no label) and nothing hidden inside.
        text = " ".join((node.text(deep=True) or "").split())
        return Para(text, detect=False) if text else None
    runs: list[tuple[str, bool]] = []
    _runs(node, False, runs)
    full = "".join(t for t, _ in runs)
    if not full.strip():
        return None
    bold_text = "".join(t for t, b in runs if b)
    # A label: leading bold text (plus parenthesised markers) up to a colon.
    prefix: list[str] = []
    depth = 0
    seen_bold = False
    for i, (t, b) in enumerate(runs):
        for j, ch in enumerate(t):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif ch == ":" and depth == 0 and seen_bold:
                label = "".join(prefix) + t[:j]
                rest = t[j + 1:] + "".join(x for x, _ in runs[i + 1:])
                return Para(rest.strip(), label=" ".join(label.split()))
            elif not b and depth == 0 and not ch.isspace():
                return _plain(full, bold_text)
            elif b and not ch.isspace():
                seen_bold = True
        prefix.append(t)
    return _plain(full, bold_text)


def _plain(full: str, bold_text: str) -> Para:
    text = " ".join(full.split())
    if bold_text.strip() and " ".join(bold_text.split()) == text:
        return Para(text, heading=True, detect=False)
    return Para(text, detect=False)


def _content_paras(content: Any, out: list[Para]) -> None:
    for child in content.iter(include_text=False):
        tag = child.tag
        classes = _classes(child)
        if "media" in classes:
            title = child.css_first(".media__title")
            if title is not None and _text(title):
                out.append(Para(_text(title), caption=True, detect=False))
            continue
        if tag in _SKIP_TAGS or classes & _HIDDEN_CLASSES:
            continue
        if tag in ("p", "h2", "h3", "h4", "h5", "h6", "li"):
            para = _paragraph(child)
            if para is not None:
                if tag.startswith("h") and para.label is None:
                    para = Para(para.text, heading=True, detect=False)
                out.append(para)
        elif tag in ("blockquote", "div", "ul", "ol", "section", "figure", "table", "tbody",
                     "tr", "td"):
            _content_paras(child, out)


def read_html(text: str) -> HtmlParts:
    """Extract metadata and body paragraphs from a saved page."""
    doc = LexborHTMLParser(strip_archive(text))  # a web.archive.org copy: the page inside
    parts = HtmlParts()
    root = doc.css_first("html")
    if root is not None and root.attributes.get("lang"):
        parts.language = (root.attributes.get("lang") or "")[:2].lower() or None
    h1 = doc.css_first("h1.entry-title") or doc.css_first("h1")
    parts.title = _text(h1) or None
    if not parts.title:
        t = doc.css_first("title")
        parts.title = _TITLE_SUFFIX.sub("", _text(t)) or None
    published = doc.css_first("time.read__published")
    if published is not None:
        parts.date = (published.attributes.get("datetime") or "")[:10] or None
    parts.time = norm_time(_text(doc.css_first("div.read__time")))
    parts.place = _text(doc.css_first("div.read__place")) or None
    lead = doc.css_first("div.read__lead")
    parts.lead = _text(lead) or None
    for sel, attr in (("#material_link", None), ('meta[property="og:url"]', "content"),
                      ('link[rel="canonical"]', "href"), ("div.read", "data-href")):
        node = doc.css_first(sel)
        if node is None:
            continue
        value = _text(node) if attr is None else (node.attributes.get(attr) or "")
        if value.startswith("http"):
            parts.url = value.strip()
            break
    for col in doc.css("div.read__tagscol"):
        head = _key(_text(col.css_first("h3")))
        kind = _TAG_HEADS.get(head)
        if kind:
            parts.tags[kind] = [t for t in (_own_text(li) for li in col.css("li")) if t]
    content = doc.css_first("div.read__internal_content") or doc.css_first("div.entry-content")
    if content is not None:
        parts.has_article = True
    else:
        content = doc.css_first("article") or doc.body
    if content is not None:
        _content_paras(content, parts.paras)
    return parts


def _key(s: str) -> str:
    return " ".join(s.split()).casefold()
