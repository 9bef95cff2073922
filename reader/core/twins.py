"""Twins: files of one event (a saved page and the text copied from it, a dataset record)
listed as one event. Pure data: the event list's model groups by :func:`twin_key` and
shows the file :func:`preferred` picks, with every file's form as its badge."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.library_records import EventRecord

#: A file's form, as the badge says it (the model translates them), best first.
FORMS = ("page", "text", "record")
#: The badge for the parser's source format (reader.core.model.Source.format).
FORM_OF_SOURCE = {"html": "page", "text": "text", "record": "record"}


def form_of(path: str) -> str:
    """"page" (saved HTML), "record" (a dataset record: a .txt with a .json sidecar) or
    "text" (copied from a page, or plain text), told by the file's name (records read by
    this release carry the parser's own word: see FORM_OF_SOURCE)."""
    root, ext = os.path.splitext(path)  # noqa: PTH122
    ext = ext.lower()
    if ext in (".html", ".htm"):
        return "page"
    if ext == ".json" or os.path.isfile(root + ".json"):  # noqa: PTH113
        return "record"
    return "text"


def twin_key(rec: EventRecord) -> str:
    """Files with the same key are one event: the same event of the site on the same date
    (its number, which kremlin.ru and en.kremlin.ru share: a page and its translation are
    one event in both languages), else the same title on the same date, or (without them)
    the same page link. Empty for a file that cannot have twins."""
    if rec.failed:
        return ""
    from reader.core.persons import event_id  # (its name tables load with the first file)

    number = event_id(rec.url)
    if number and rec.date:
        return f"{rec.date}\x1fevent\x1f{number}"
    if rec.title and rec.date:
        return f"{rec.date}\x1f{' '.join(rec.title.casefold().split())}"
    return f"link\x1f{rec.url}" if rec.url else ""


def preferred(paths: Iterable[str], form: dict[str, str]) -> str:
    """The file an event opens: a page before text before a record, then by path."""
    return min(paths, key=lambda p: (FORMS.index(form[p]), p))
