"""Twins: files of one event (a saved page and the text copied from it, a dataset record)
listed as one event. Pure data: the event list's model groups by :func:`twin_key` and
shows the file :func:`preferred` picks, with every file's form as its badge."""

from __future__ import annotations

import os
from collections.abc import Iterable

from reader.core.library import EventRecord

#: A file's form, as the badge says it (the model translates them), best first.
FORMS = ("page", "text", "record")


def form_of(path: str) -> str:
    """"page" (saved HTML), "record" (a dataset record: a .txt with a .json sidecar) or
    "text" (copied from a page, or plain text)."""
    root, ext = os.path.splitext(path)  # noqa: PTH122
    ext = ext.lower()
    if ext in (".html", ".htm"):
        return "page"
    if ext == ".json" or os.path.isfile(root + ".json"):  # noqa: PTH113
        return "record"
    return "text"


def twin_key(rec: EventRecord) -> str:
    """Files with the same key are one event: the same title on the same date. Empty
    for a file that cannot have twins (no title or no date, or unreadable)."""
    if rec.failed or not rec.title or not rec.date:
        return ""
    return f"{rec.date}\x1f{' '.join(rec.title.casefold().split())}"


def preferred(paths: Iterable[str], form: dict[str, str]) -> str:
    """The file an event opens: a page before text before a record, then by path."""
    return min(paths, key=lambda p: (FORMS.index(form[p]), p))
