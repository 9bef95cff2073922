"""Dataset records: a whole body on one line, labels mid-line, metadata in a sidecar."""

from __future__ import annotations

import bisect
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.decode import read_file
from reader.core.errors import ParseError
from reader.core.labels import MAX_LABEL_CHARS, parse_label
from reader.core.parse.assemble import Para
from reader.core.parse.dates import EN_MONTHS, RU_MONTHS, iso_date
from reader.core.speaker_words import RU_TITLE_WORDS

_FIELDS = {
    "title": ("title", "headline", "name", "заголовок"),
    "date": ("date", "datetime", "published", "дата"),
    "raw_date": ("raw_date",),
    "place": ("place", "location", "место"),
    "url": ("url", "link", "href"),
    "lead": ("summary", "lead", "description"),
    "body": ("body", "text", "article", "content"),
}
_NULLS = {"", "na", "n/a", "none", "null", "nan"}
# Where a label may start: after a sentence end, a break mark or an omission mark.
_BOUNDARY = re.compile(r"(?:(?<=[.!?…»\"”)\]>])|(?<=\* \* \*))\s+|^")
_COLON = re.compile(r"\s?:(?:\s|(?=[A-ZА-ЯЁ«\"“]))")
_BREAK = re.compile(r"\s*(\*\s*\*\s*\*|[<‹]\s*(?:…|\.\.\.)\s*[>›])\s*")
# Abbreviations after which a name goes on the same label or sentence ("Mr. Lavrov", "St.
# Petersburg", "V. Putin"). Not "No." (a one-word answer: "Vladimir Putin: No. Anna Berger:
# …") nor "Jr."/"Sr." (they end a name: "George Bush Sr. Vladimir Putin: …").
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|vs|[A-ZА-ЯЁ])\.)$")
# A hover card after a name in any case: "Михаила Владимировича Мишустина Мишустин Михаил
# Владимирович Председатель Правительства" (the card's surname is the text's, undeclined).
_HOVER = re.compile(
    r"(\b([А-ЯЁ][а-яё-]{3,}?)[а-яё]{0,3}) \2[а-яё]{0,2} [А-ЯЁ][а-яё]+ "
    r"[А-ЯЁ][а-яё]+(?:вич|вна|ична|инична)\b")
# What a card's position may hold after the name: capitalised words, «names», (acronyms),
# lower-case title nouns, and "–" or "," before another title noun.
_CARD_TOKEN = re.compile(
    r"\s?(«[^»]{1,60}»|\([^()]{1,20}\)|[А-ЯЁA-Z](?:[\w-]|\.(?=\w))*|[а-яё-]+|[–,])"
    r"(?=[\s,.;:!?]|$)")
_CARD_WORDS = RU_TITLE_WORDS | {
    "правления", "правительства", "развития", "корпорации", "компании", "банка", "совета",
    "директоров", "федерации", "республики", "края", "области", "округа", "фонда", "общества",
    "партии", "комитета", "министерства", "службы", "агентства", "академии", "университета",
    "наук", "палаты", "думы", "собрания", "администрации", "государственной", "федерального",
    "президента", "управления", "учреждения", "центра", "института", "исполнительный",
    "председатель", "директор", "заместитель",
}


@dataclass
class RecordMeta:
    title: str | None = None
    date: str | None = None
    time: str | None = None
    place: str | None = None
    url: str | None = None
    lead: str | None = None
    raw_date: str | None = None
    body: str | None = None


def _field(data: dict[str, Any], name: str) -> str | None:
    for key in _FIELDS[name]:
        value = data.get(key)
        if isinstance(value, str) and value.strip().casefold() not in _NULLS:
            return " ".join(value.split())
    return None


def read_sidecar(data: dict[str, Any]) -> RecordMeta:
    meta = RecordMeta(
        title=_field(data, "title"), place=_field(data, "place"), url=_field(data, "url"),
        lead=_field(data, "lead"), raw_date=_field(data, "raw_date"),
    )
    meta.date, meta.time = iso_date(_field(data, "date"))
    if meta.date is None and meta.raw_date:
        meta.date, meta.time = iso_date(meta.raw_date)
    body = data.get("body") or data.get("text")
    meta.body = body if isinstance(body, str) else None
    return meta


def sidecar_for(path: Path) -> Path | None:
    side = path.with_suffix(".json")
    return side if side != path and side.is_file() else None


def load_sidecar(path: Path) -> tuple[RecordMeta | None, str | None]:
    """The sidecar's metadata, or a warning saying why it could not be used."""
    side = sidecar_for(path)
    if side is None:
        return None, None
    try:
        data = json.loads(read_file(side).decode("utf-8-sig"))  # bounded, regular files
    except ParseError as exc:
        return None, f"sidecar {side.name} ignored: {exc.reason}"
    except (UnicodeDecodeError, ValueError) as exc:
        return None, f"sidecar {side.name} ignored: {exc}"
    if not isinstance(data, dict):
        return None, f"sidecar {side.name} ignored: not a JSON object"
    return read_sidecar(data), None


# The site's chrome that a scraper flattened into the body: the tags block before
# "Статус материала" at the end, and "Смотрите также" / "Дополнительно" boxes of dated
# links in the middle.
_STATUS = re.compile(r"\s(?:Статус материала|Publication status)\s+(?:Опубликован|Published)\b")
_TAG_HEAD = re.compile(r"(?:(?<=\s)|^)(Смотрите также|Дополнительно|География|Темы|Лица|See also"
                       r"|Geography|Topics|Persons)\s")
_SENTENCE_END = re.compile(r"[.!?…»\")](?=\s)")
_RU_DATE = "|".join(RU_MONTHS)
_EN_DATE = "|".join(m.capitalize() for m in EN_MONTHS)
_SEE_ALSO = re.compile(
    rf"\s(?:Смотрите также|Дополнительно|See also)"
    rf"(?:\s(?=[А-ЯЁA-Z«\"])(?:(?!\s(?:Смотрите также|Дополнительно|See also)\s)[^.!?]){{1,240}}?"
    rf"(?:\d{{1,2}} (?:{_RU_DATE}) \d{{4}} года|(?:{_EN_DATE}) \d{{1,2}}, \d{{4}})"
    rf"(?:, \d{{1,2}}:\d{{2}})?)+(?=\s|$)")
_PERSON_RU = re.compile(
    r"[А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё]+(?:вич|вна|ична|инична|оглы|кызы)\b")


def strip_footer(body: str) -> tuple[str, list[str]]:
    """Cut the site's tags block and publication status from the end of a flat body;
    return the body and the persons the tags name ("Солодов Владимир Викторович")."""
    found = list(_STATUS.finditer(body, max(0, len(body) - 3000)))
    if not found:
        return body, []
    status = found[-1]
    window_start = max(0, status.start() - 1500)
    window = body[window_start:status.start()]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    after = ends[-1] if ends else 0
    head = _TAG_HEAD.search(window, after)
    cut = window_start + (head.start() if head else len(window))
    block = body[cut:status.start()]
    persons: list[str] = []
    at = block.find("Лица ")
    if at >= 0:
        persons = _PERSON_RU.findall(block, at)
    return body[:cut].rstrip(), persons


def drop_see_also(body: str) -> str:
    """Remove "Смотрите также <title> <date> …" boxes from the middle of a flat body."""
    if "Смотрите также" not in body and "Дополнительно" not in body and "See also" not in body:
        return body
    return _SEE_ALSO.sub("", body)


def is_flat(text: str, min_length: int = 400) -> bool:
    """A whole transcript on one line (or very few very long lines)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return 0 < len(lines) <= 3 and max(len(ln) for ln in lines) >= min_length


def strip_chrome(body: str, meta: RecordMeta | None) -> tuple[str, str | None]:
    """Drop the page header a scraper glued before the text
    ("События <title> <lead> <date> <time> <place> …"); return the body and the lead
    found inside that header, if any."""
    body = body.strip()
    if meta is None:
        return body, None
    lead: str | None = None
    head = body[:3000]
    if meta.raw_date and (head.startswith(("События", "Events")) or
                          (meta.title and head.startswith(meta.title))):
        at = head.find(meta.raw_date)
        if at > 0:
            before = head[:at]
            for p in ("События", "Events", meta.title or ""):
                if p and before.startswith(p):
                    before = before[len(p):].lstrip()
            lead = before.strip() or None
            body = body[at:]
    prefixes = [p for p in ("События", "Events", meta.title, meta.raw_date, meta.place,
                            meta.lead, lead) if p]
    changed = True
    while changed:
        changed = False
        m = re.match(r"^\d{1,2}:\d{2}\s+", body)
        if m:
            body, changed = body[m.end():], True
        for p in prefixes:
            if body.startswith(p):
                body, changed = body[len(p):].lstrip(), True
    return body, lead


# Hover cards glued after a label, up to the label's colon:
# "Э.Рахмон Рахмон Эмомали Шарипович Президент Республики Таджикистан:",
# "Sergei Lavrov Lavrov SergeiForeign Minister of Russia :".
_HOVER_LABEL_RU = re.compile(
    r"((?:[А-ЯЁ]\.\s?){1,2}([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)) \2\b[^:()]{0,200}?"
    r"(?=\s*(?:\([^)]*\))?\s*:\s)")
_HOVER_LABEL_EN = re.compile(
    r"(\b([A-Z][a-z’'-]+) ([A-Z][a-z’'-]+)) \3 \2(?![a-z])[^:()]{0,200}?"
    r"(?=\s*(?:\([^)]*\))?\s*:\s)")


def remove_hover_cards(body: str, language: str) -> str:
    """Person hover cards glued after a name: "Александр Лукашенко Лукашенко Александр
    Григорьевич Президент Республики Беларусь" -> "Александр Лукашенко"."""
    if language == "ru":
        body = _HOVER_LABEL_RU.sub(lambda m: m.group(1), body)
        return _drop_cards(body)
    return _HOVER_LABEL_EN.sub(lambda m: m.group(1), body)


# Genitive endings of the words of a position ("Министр чайной промышленности Фредвиля").
_GENITIVE = ("ой", "ей", "ого", "его", "ых", "их", "ии", "ости", "ства", "ния", "ения", "ций")


def _drop_cards(body: str) -> str:
    out: list[str] = []
    pos = 0
    for m in _HOVER.finditer(body):
        if m.start() < pos:
            continue
        out.append(body[pos:m.end(1)])
        pos = _card_title_end(body, m.end())
    out.append(body[pos:])
    return "".join(out)


def _card_title_end(body: str, at: int) -> int:
    """Where the position printed on a hover card ends and the sentence goes on."""
    end = at
    pending = at  # after "–" or ",", only another title word goes on
    while (m := _CARD_TOKEN.match(body, pending)) is not None:
        token = m.group(1)
        if token in ("–", ","):
            pending = m.end()
            continue
        if token[:1].islower() and token not in _CARD_WORDS and not (
                pending == end and token.endswith(_GENITIVE)):
            break
        if pending != end and not (token in _CARD_WORDS or token.lower() in _CARD_WORDS):
            break
        end = pending = m.end()
    return end


def split_flat(body: str) -> list[Para]:
    """Cut a one-line body into paragraphs at labels, breaks and omission marks."""
    pieces: list[str] = []
    for chunk in _BREAK.split(body):
        if not chunk or not chunk.strip():
            continue
        if _BREAK.fullmatch(chunk):
            pieces.append(chunk.strip())
            continue
        pieces.extend(_split_at_labels(chunk))
    return [Para(p) for p in pieces if p.strip()]


def _split_at_labels(chunk: str) -> list[str]:
    starts: list[int] = [0]
    known: set[str] = set()
    # Where a label may start, found once for the whole chunk (a window searched per
    # colon made a long line of colons slow: 15 s for 5 MB).
    bounds = [(b.start(), b.end()) for b in _BOUNDARY.finditer(chunk)]
    bound_starts = [a for a, _ in bounds]
    for m in _COLON.finditer(chunk):
        colon = m.start()
        window_start = max(0, colon - MAX_LABEL_CHARS - 10)
        lo = bisect.bisect_left(bound_starts, window_start)
        hi = bisect.bisect_left(bound_starts, colon)
        candidates = [bounds[i][1] for i in range(lo, hi) if bounds[i][1] <= colon]
        for start in candidates:
            if start < starts[-1]:
                continue
            before = chunk[max(0, start - 12):start].rstrip()
            if _ABBREV.search(before):
                continue
            label = parse_label(chunk[start:colon], known)
            if label is not None:
                if start > starts[-1]:
                    starts.append(start)
                known.add(label.name.casefold())
                known.add(label.name.split()[-1].casefold())
                break
    starts.append(len(chunk))
    return [chunk[a:b].strip() for a, b in itertools.pairwise(starts)
            if chunk[a:b].strip()]
