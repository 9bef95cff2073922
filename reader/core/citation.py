"""Citations of passages in four styles: the app's plain one, Chicago (notes and
bibliography), APA 7 and a BibTeX ``@misc`` entry. Each names the speaker, the event's
title, date and place, the site as publisher, the page link with the passage (MaSha
``#sel=``) and the date of access. Pure functions of a :class:`CiteSource`."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from reader.core.anchors import Point
from reader.core.library_records import shown_date, shown_title
from reader.core.model import BlockKind, Transcript

#: Style ids, in the order the Settings menu lists them.
STYLES = ("plain", "chicago", "apa", "bibtex")
DEFAULT_STYLE = "plain"
#: Labels of generic voices: not authors.
GENERIC = frozenset({"question", "remark", "вопрос", "реплика", "narration"})

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")
BIB_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
              "dec")


@dataclass(frozen=True, slots=True)
class CiteSource:
    """Everything a citation names. ``speaker`` None: the site itself is the author."""

    speaker: str | None
    speaker_title: str | None
    title: str | None
    date: str | None  # ISO date of the event
    place: str | None
    url: str | None  # the page link, with the passage when known
    language: str  # "en" | "ru": whose name the publisher goes by
    accessed: dt.date

    @property
    def publisher(self) -> str:
        return "Президент России" if self.language == "ru" else "President of Russia"

    @property
    def publisher_and_site(self) -> str:
        """"President of Russia" — with the site's name when no link names it."""
        return self.publisher if self.url else f"{self.publisher} ({self.site})"

    @property
    def site(self) -> str:
        if self.url:
            m = re.match(r"[a-z]+://([^/#?]+)", self.url)
            if m:
                return m.group(1).removeprefix("www.")
        return "kremlin.ru" if self.language == "ru" else "en.kremlin.ru"


def language_of(url: str | None, text: str = "") -> str:
    """A page's language from its link (en.kremlin.ru is English), else its text."""
    if url and "en.kremlin.ru" in url:
        return "en"
    if url and "kremlin.ru" in url:
        return "ru"
    cyrillic = sum(1 for ch in text if "а" <= ch.casefold() <= "я" or ch in "ёЁ")
    latin = sum(1 for ch in text if "a" <= ch.casefold() <= "z")
    return "ru" if cyrillic > latin else "en"


def source_for(t: Transcript, start: Point | None, link: str | None,
               accessed: dt.date) -> CiteSource:
    """The citation source of a passage of a transcript (its speaker from the block)."""
    speaker = title = None
    if start is not None and 0 <= start.block < len(t.blocks):
        b = t.blocks[start.block]
        sp = t.speaker(b.speaker) if b.kind is BlockKind.SPEECH and b.speaker else None
        if sp is not None and not sp.generic:
            speaker, title = sp.name, (sp.titles[0] if sp.titles else None)
    # A file without a header (plain text from elsewhere) is named and dated as the event
    # list names it: by its file name and a date written in it.
    path = t.source.path
    return CiteSource(speaker=speaker, speaker_title=title, title=shown_title(t.title, path),
                      date=shown_date(t.date, path), place=t.place,
                      url=link or t.source.url, language=t.language, accessed=accessed)


def _ymd(iso: str | None) -> tuple[int, int, int] | None:
    if not iso:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    return (y, mo, d) if 1 <= mo <= 12 else None


def long_date(iso: str | None, language: str = "en") -> str:
    """"May 23, 2024" (or "23 мая 2024 г."); the ISO text itself when it is not a date."""
    ymd = _ymd(iso)
    if ymd is None:
        return iso or ""
    y, m, d = ymd
    if language == "ru":
        return f"{d} {MONTHS_RU[m - 1]} {y} г."
    return f"{MONTHS_EN[m - 1]} {d}, {y}"


def _en(d: dt.date) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _name_parts(name: str) -> tuple[str, str]:
    """(given names, surname): "Vladimir Putin", "В.Путин", "В. Путин"."""
    name = " ".join(name.replace(".", ". ").split())
    if " " not in name:
        return "", name
    given, surname = name.rsplit(" ", 1)
    return given, surname


def _inverted(name: str) -> str:
    given, surname = _name_parts(name)
    return f"{surname}, {given}" if given else surname


def _initials(name: str) -> str:
    given, surname = _name_parts(name)
    if not given:
        return surname
    parts = [p for p in re.split(r"[\s.]+", given) if p]
    initials = " ".join(f"{p[0]}." for p in parts)
    return f"{surname}, {initials}"


def _ends(text: str, punct: str) -> str:
    """Text followed by punct, unless it already ends with a stop."""
    return text if text.endswith((".", "?", "!", "…")) else text + punct


def _person(src: CiteSource) -> str | None:
    if src.speaker and src.speaker.casefold() not in GENERIC:
        return src.speaker
    return None


def plain(src: CiteSource) -> str:
    """Speaker, title — event, date, place. Publisher, site. Link (accessed …)."""
    person = _person(src)
    who = f"{person}, {src.speaker_title}" if person and src.speaker_title else person
    event = ", ".join(x for x in (src.title, long_date(src.date, src.language), src.place) if x)
    line = " — ".join(x for x in (who, event) if x)
    line = _ends(line, ".") + f" {src.publisher}, {src.site}."
    if src.url:
        if src.language == "ru":  # as Russian references give it (ГОСТ Р 7.0.100-2018)
            line += f" {src.url} (дата обращения: {src.accessed.strftime('%d.%m.%Y')})"
        else:
            line += f" {src.url} (accessed {src.accessed.isoformat()})"
    return line


def chicago_note(src: CiteSource) -> str:
    person = _person(src)
    parts = [person] if person else []
    if src.title:
        parts.append(f"“{_ends(src.title, ',')}”")
    parts.append(src.publisher_and_site)
    parts += [x for x in (long_date(src.date), src.place) if x]
    text = ", ".join(parts)
    text = text.replace(",”,", ",”").replace("?”,", "?”").replace("!”,", "!”").replace(".”,", ".”")
    text += f", accessed {_en(src.accessed)}"
    if src.url:
        text += f", {src.url}"
    return text + "."


def chicago_bibliography(src: CiteSource) -> str:
    person = _person(src)
    out = [_ends(_inverted(person), ".")] if person else [f"{src.publisher}."]
    if src.title:
        out.append(f"“{_ends(src.title, '.')}”")
    tail = [src.publisher_and_site] if person else []
    tail += [x for x in (long_date(src.date), src.place) if x]
    if tail:
        out.append(", ".join(tail) + ".")
    out.append(f"Accessed {_en(src.accessed)}.")
    if src.url:
        out.append(f"{src.url}.")
    return " ".join(out)


def apa(src: CiteSource) -> str:
    person = _person(src)
    author = _ends(_initials(person), ".") if person else f"{src.publisher}."
    ymd = _ymd(src.date)
    when = f"({ymd[0]}, {MONTHS_EN[ymd[1] - 1]} {ymd[2]})" if ymd else "(n.d.)"
    what = f"[Transcript, {src.place}]" if src.place else "[Transcript]"
    title = f"{src.title} {what}" if src.title else what
    out = f"{author} {when}. {_ends(title, '.')}"
    if person:
        out += f" {src.publisher_and_site}."
    if src.url:
        out += f" Retrieved {_en(src.accessed)}, from {src.url}"
    return out


def apa_in_text(src: CiteSource) -> str:
    person = _person(src)
    who = _name_parts(person)[1] if person else src.publisher
    ymd = _ymd(src.date)
    return f"({who}, {ymd[0] if ymd else 'n.d.'})"


def _bib_escape(text: str) -> str:
    return re.sub(r"([&%$#_{}])", r"\\\1", text)


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.casefold())


_STOP = frozenset({"a", "an", "the", "of", "on", "in", "at", "to", "and", "with", "for"})


def bibtex_key(src: CiteSource) -> str:
    person = _person(src)
    who = _ascii_word(_name_parts(person)[1]) if person else "kremlin"
    ymd = _ymd(src.date)
    words = [_ascii_word(w) for w in (src.title or "").split()]
    word = next((w for w in words if w and w not in _STOP), "")
    if not word and src.url:  # a Russian title: the page's number keeps keys apart
        number = re.search(r"/(\d+)(?:[#?]|$)", src.url)
        word = number.group(1) if number else ""
    return f"{who or 'kremlin'}{ymd[0] if ymd else ''}{word}"


def bibtex(src: CiteSource) -> str:
    person = _person(src)
    fields: list[tuple[str, str]] = [
        ("author", f"{{{_bib_escape(_inverted(person))}}}" if person
         else f"{{{{{src.publisher}}}}}")]
    if src.title:
        fields.append(("title", f"{{{_bib_escape(src.title)}}}"))
    fields.append(("publisher", f"{{{src.publisher}}}"))
    fields.append(("howpublished", f"{{{src.site}}}"))
    ymd = _ymd(src.date)
    if ymd:
        fields += [("year", f"{{{ymd[0]}}}"), ("month", BIB_MONTHS[ymd[1] - 1]),
                   ("date", f"{{{src.date}}}")]
    if src.place:
        fields.append(("address", f"{{{_bib_escape(src.place)}}}"))
    if src.url:
        fields.append(("url", f"{{{src.url}}}"))
    fields.append(("urldate", f"{{{src.accessed.isoformat()}}}"))
    fields.append(("note", f"{{Accessed {_en(src.accessed)}}}"))
    width = max(len(k) for k, _ in fields)
    body = ",\n".join(f"  {k.ljust(width)} = {v}" for k, v in fields)
    return f"@misc{{{bibtex_key(src)},\n{body}\n}}"


def cite(style: str, src: CiteSource) -> str:
    """The reference alone, in a style (unknown styles fall back to plain)."""
    if style == "chicago":
        return f"{chicago_note(src)}\n\n{chicago_bibliography(src)}"
    if style == "apa":
        return apa(src)
    if style == "bibtex":
        return bibtex(src)
    return plain(src)


def quote_with_citation(style: str, quote: str, src: CiteSource) -> str:
    """A quoted passage with its citation, as Copy with Citation puts it on the clipboard."""
    quoted = f"“{' '.join(quote.split())}”"
    if style == "chicago":
        return f"{quoted}\n\n1. {chicago_note(src)}\n\n{chicago_bibliography(src)}"
    if style == "apa":
        return f"{quoted} {apa_in_text(src)}\n\n{apa(src)}"
    if style == "bibtex":
        return f"{quoted}\n\n{bibtex(src)}"
    if src.language == "ru":
        quoted = f"«{' '.join(quote.split())}»"
    return f"{quoted}\n— {plain(src)}"
