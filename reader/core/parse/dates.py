"""Datelines: "May 23, 2024, Minsk", "23 мая 2024 года, Минск", "18:50"."""

from __future__ import annotations

import re
from dataclasses import dataclass

EN_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
RU_MONTHS = {m: i for i, m in enumerate(
    ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
     "сентября", "октября", "ноября", "декабря"], 1)}

_EN = re.compile(
    r"^(?P<month>[A-Z][a-z]+)\s+(?P<day>\d{1,2}),\s*(?P<year>\d{4})"
    r"(?:,?\s+(?P<time>\d{1,2}:\d{2}))?(?:,\s*(?P<place>.+?))?\s*$")
_RU = re.compile(
    r"^(?P<day>\d{1,2})\s+(?P<month>[а-яё]+)\s+(?P<year>\d{4})(?:\s+года)?"
    r"(?:,?\s+(?P<time>\d{1,2}:\d{2}))?(?:,\s*(?P<place>.+?))?\s*$")
TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True, slots=True)
class Dateline:
    date: str
    time: str | None
    place: str | None


def parse_dateline(line: str) -> Dateline | None:
    """Parse a line that is a date, optionally with time and place; else None."""
    line = " ".join(line.split())
    if len(line) > 200:
        return None
    for rx, months in ((_EN, EN_MONTHS), (_RU, RU_MONTHS)):
        m = rx.match(line)
        if not m:
            continue
        month = months.get(m.group("month").lower())
        day, year = int(m.group("day")), int(m.group("year"))
        if month is None or not 1 <= day <= 31 or not 1990 <= year <= 2100:
            return None
        place = m.group("place")
        if place and (len(place) > 80 or place.endswith((".", "!", "?"))):
            return None
        return Dateline(f"{year:04d}-{month:02d}-{day:02d}", norm_time(m.group("time")), place)
    return None


def norm_time(s: str | None) -> str | None:
    if not s:
        return None
    m = TIME.match(s)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def iso_date(s: str | None) -> tuple[str | None, str | None]:
    """ISO date (and time) from a dataset field: "2024-05-23", "2022-02-12T22:00:00Z"."""
    if not s:
        return None, None
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", s)
    if m:
        time = f"{m.group(4)}:{m.group(5)}" if m.group(4) else None
        if time == "00:00":
            time = None
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}", time
    d = parse_dateline(s)
    if d:
        return d.date, d.time
    return None, None
