"""One file of the library as the event list shows it (pure data, no I/O)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.model import Transcript



@dataclass(frozen=True, slots=True)
class EventRecord:
    """One file of the library as the event list shows it."""

    path: str
    size: int
    mtime_ns: int
    title: str | None = None
    date: str | None = None
    time: str | None = None
    place: str | None = None
    language: str | None = None
    speakers: tuple[str, ...] = ()
    turns: int = 0
    error: str | None = None
    haystack: str = field(default="", compare=False, repr=False)
    url: str | None = None  # the page's link
    tags: tuple[str, ...] = ()  # themes, persons and regions of the page
    form: str | None = None  # "text", "html" or "record", as the parser read it

    @property
    def display_title(self) -> str:
        """The title; a file without one by its name ("carlson putin interview"), and a
        file that could not be read by its whole name ("empty.txt" and "empty.html" are
        two failures, told apart)."""
        if self.title:
            return self.title
        return os.path.basename(self.path) if self.failed else title_from_name(self.path)  # noqa: PTH119

    @property
    def failed(self) -> bool:
        return self.error is not None

    def moved(self, path: str, size: int, mtime_ns: int) -> EventRecord:
        """The same event read from another file (a copy, a rename)."""
        return replace(self, path=path, size=size, mtime_ns=mtime_ns,
                       haystack=haystack(self.title, self.place, self.speakers, path))

    def matches(self, text: str = "", date_from: str | None = None, date_to: str | None = None,
                speaker: str | None = None) -> bool:
        """Does this event pass the filters? ``text`` must be casefolded already."""
        if text and text not in self.haystack:
            return False
        if date_from and (not self.date or self.date < date_from):
            return False
        if date_to and (not self.date or self.date > date_to):
            return False
        return not speaker or speaker in self.speakers or speaker_in(speaker, self.speakers)


def speaker_in(typed: str, speakers: Iterable[str]) -> bool:
    """A typed name, or part of one ("putin", "Lavrov"), in one of the speakers' names,
    case aside (nothing typed: any speaker)."""
    part = typed.strip().casefold()
    return not part or any(part in name.casefold() for name in speakers)


def haystack(title: str | None, place: str | None, speakers: Iterable[str], path: str) -> str:
    # os.path.basename: a Path object per event costs more than the rest of the record.
    return " ".join([title or "", place or "", *speakers, os.path.basename(path)]).casefold()  # noqa: PTH119


def title_from_name(path: str) -> str:
    """What the list, the reading view and the Bookmarks panel call a transcript with no
    title: its file's name, words apart ("carlson putin interview 2024 02 09 en")."""
    return Path(path).stem.replace("-", " ").replace("_", " ")


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](\d\d)[-_.](\d\d)(?!\d)")


def date_in_name(path: str) -> str | None:
    """An ISO date written in a file's name ("…-interview-2024-02-09-en.txt"): where a
    plain text file has no dateline, the list places it by this rather than under
    "No date" (the transcript itself keeps no date: the parser reads only the text)."""
    m = _NAME_DATE.search(os.path.basename(path))  # noqa: PTH119
    if m is None:
        return None
    import datetime as dt  # (a window paints without it)

    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def shown_title(title: str | None, path: str) -> str | None:
    """The name a transcript goes by everywhere (list, reading view, search results,
    bookmarks, citations, exports): its title, else its file's name words apart; None
    for text that came from no file ("<input>")."""
    if title:
        return title
    return title_from_name(path) if path and not path.startswith("<") else None


def shown_date(date: str | None, path: str) -> str | None:
    """Its date, else a date written in its file's name."""
    return date or date_in_name(path)


def record_for(path: str, size: int, mtime_ns: int, t: Transcript) -> EventRecord:
    names = tuple(s.name for s in t.speakers if not s.generic)
    return EventRecord(path=path, size=size, mtime_ns=mtime_ns, title=t.title,
                       date=t.date or date_in_name(path),
                       time=t.time, place=t.place, language=t.language, speakers=names,
                       turns=len(t.turns()), haystack=haystack(t.title, t.place, names, path),
                       url=t.source.url, tags=(*t.tags.themes, *t.tags.persons, *t.tags.regions),
                       form=t.source.format)


def failed_record(path: str, size: int, mtime_ns: int, reason: str) -> EventRecord:
    return EventRecord(path=path, size=size, mtime_ns=mtime_ns, error=reason,
                       haystack=haystack(None, None, (), path))


def sort_key(r: EventRecord) -> tuple[str, str, str]:
    """Newest first: sort descending on (date, time, title)."""
    return (r.date or "", r.time or "", r.display_title)


def month_of(r: EventRecord) -> str:
    return r.date[:7] if r.date else ""
