"""Text copied from a page (regular site or the version for the visually impaired)
and plain text without a header."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.parse.assemble import Para, is_omission, is_section_break, split_label
from reader.core.parse.dates import Dateline, norm_time, parse_dateline

# Lines of the site's own chrome that precede the title when a page is copied.
_CHROME = {
    "view settings", "font size:", "site colours:", "site colors:", "images:",
    "official website of the president of russia", "документ /", "document /",
    "events", "news", "transcripts", "события", "новости", "стенограммы",
    "настройки отображения", "размер шрифта:", "цвета сайта:", "изображения:",
    "официальный сайт президента россии", "president of russia", "президент россии",
    "version for people with disabilities", "версия для людей с ограниченными возможностями",
}
_CHROME_RX = re.compile(r"^(presidential executive office|администрация президента россии)\s*\d*$")
# Lines that begin the page's footer after the text.
_FOOTER = {
    "geography", "topics", "persons", "publication status", "text version",
    "география", "темы", "персоны", "статус публикации", "текстовая версия",
    "лица", "статус материала",
}
_FOOTER_RX = re.compile(
    r"^(publication date|direct link|дата публикации|прямая ссылка|ссылка на материал"
    r"|опубликован в разделах?)\s*:")
_TAG_HEADS = {"geography": "regions", "география": "regions", "topics": "themes",
              "темы": "themes", "persons": "persons", "персоны": "persons", "лица": "persons"}
_URL_RX = re.compile(r"^https?://(?:en\.)?kremlin\.ru/\S+$")
_SEE_ALSO = {"see also", "смотрите также", "see also:", "дополнительно"}
_SENTENCE_END = ("." , "!", "?", "…", ":", "»", "\"", "”", ")", "]", ">")
_HEADER_WINDOW = 400


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


@dataclass
class TextHeader:
    title: str | None = None
    lead: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    url: str | None = None
    tags: dict[str, list[str]] = field(default_factory=dict)


def clean(text: str) -> str:
    """Normalise line ends, non-breaking and zero-width spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    return re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", text)


def _find_header(lines: list[str]) -> tuple[TextHeader, int] | None:
    """Locate title, lead and dateline at the top; return them and the body's first line."""
    limit = min(len(lines), _HEADER_WINDOW)
    for d in range(limit):
        dl = parse_dateline(lines[d])
        if dl is None:
            continue
        before = lines[:d]
        chrome_end = -1
        for i, line in enumerate(before):
            k = _key(line)
            if k in _CHROME or _CHROME_RX.match(k):
                chrome_end = i
        region = [ln.strip() for ln in before[chrome_end + 1:] if ln.strip()]
        if chrome_end < 0 and (len(region) > 6 or any(split_label(r, set()) for r in region)):
            return None  # a date deep in plain text, not a header
        header = TextHeader(dateline=dl)
        if region:
            header.title = region[0]
            header.lead = region[1:]
        body = d + 1
        # Copied from the regular site: time and place on their own lines.
        if body < len(lines) and norm_time(lines[body]):
            header.dateline = Dateline(dl.date, norm_time(lines[body]), dl.place)
            body += 1
        if (header.dateline and header.dateline.place is None and body < len(lines)
                and lines[body].strip() and len(lines[body]) <= 80
                and not lines[body].rstrip().endswith(_SENTENCE_END)):
            header.dateline = Dateline(dl.date, header.dateline.time, lines[body].strip())
            body += 1
        if header.title is None:
            return None
        return header, body
    return None


def _cut_footer(lines: list[str], header: TextHeader) -> list[str]:
    for i, line in enumerate(lines):
        k = _key(line)
        if k in _FOOTER or _FOOTER_RX.match(k):
            _read_footer(lines[i:], header)
            return lines[:i]
    return lines


def _read_footer(lines: list[str], header: TextHeader) -> None:
    current: str | None = None
    for line in lines:
        k = _key(line)
        if k in _TAG_HEADS:
            current = _TAG_HEADS[k]
            continue
        if not k or k in _FOOTER or _FOOTER_RX.match(k):
            current = None
            continue
        if current:
            header.tags.setdefault(current, []).append(line.strip())
        elif header.url is None and _URL_RX.match(line.strip()):
            header.url = line.strip()


def split_paragraphs(lines: list[str]) -> list[str]:
    """Blank lines end paragraphs; a line that ends a sentence or starts a label does too.

    This reads text with a blank line between paragraphs, one paragraph per line, and
    hard-wrapped lines alike.
    """
    paras: list[str] = []
    cur: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        if cur and (cur[-1].endswith(_SENTENCE_END) or is_section_break(line)
                    or is_omission(line) or split_label(line, set())):
            paras.append(" ".join(cur))
            cur = []
        cur.append(line)
    if cur:
        paras.append(" ".join(cur))
    return paras


def _drop_see_also(lines: list[str]) -> list[str]:
    """Drop the site's "See also" boxes (a heading line and links up to a blank line)."""
    out: list[str] = []
    skipping = False
    for line in lines:
        if _key(line) in _SEE_ALSO:
            skipping = True
            continue
        if skipping:
            if not line.strip():
                skipping = False
            continue
        out.append(line)
    return out


@dataclass
class TextParts:
    header: TextHeader
    paras: list[Para]


def read_text(text: str) -> TextParts:
    """Split copied or plain text into its header and paragraphs."""
    lines = clean(text).split("\n")
    found = _find_header(lines)
    if found:
        header, body = found
        lines = lines[body:]
    else:
        header = TextHeader()
    lines = _cut_footer(lines, header)
    lines = _drop_see_also(lines)
    paras = split_paragraphs(lines)
    # The page ends with its dateline again (the version for the visually impaired).
    while paras and header.dateline and parse_dateline(paras[-1]) is not None:
        paras.pop()
    if not header.lead and header.dateline and paras and not _starts_dialogue(paras[0]):
        header.lead = [paras.pop(0)]
    return TextParts(header, [Para(p) for p in paras])


def _starts_dialogue(p: str) -> bool:
    return is_section_break(p) or is_omission(p) or split_label(p, set()) is not None
