"""Twins: the files of one event, and the form badge of each."""

from __future__ import annotations

from pathlib import Path

from reader.core.library import EventRecord
from reader.core.twins import form_of, preferred, twin_key


def test_forms(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "r.txt").write_text("x", encoding="utf-8")
    (tmp_path / "r.json").write_text("{}", encoding="utf-8")
    assert form_of(str(tmp_path / "p.HTML")) == "page"
    assert form_of(str(tmp_path / "p.htm")) == "page"
    assert form_of(str(tmp_path / "a.txt")) == "text"
    assert form_of(str(tmp_path / "r.txt")) == "record"


def test_twin_key_is_title_and_date_and_none_without_them() -> None:
    def rec(title: str | None, date: str | None, error: str | None = None) -> EventRecord:
        return EventRecord(path="/x", size=0, mtime_ns=0, title=title, date=date, error=error)

    assert twin_key(rec("Talks  with Ada", "2031-01-02")) == twin_key(rec("talks with ada",
                                                                          "2031-01-02"))
    assert twin_key(rec("Talks", "2031-01-02")) != twin_key(rec("Talks", "2031-01-03"))
    assert twin_key(rec(None, "2031-01-02")) == twin_key(rec("Talks", None)) == ""
    assert twin_key(rec("Talks", "2031-01-02", error="binary")) == ""


def test_the_page_opens_first() -> None:
    forms = {"/b.txt": "text", "/a.txt": "record", "/z.html": "page"}
    assert preferred(forms, forms) == "/z.html"
    del forms["/z.html"]
    assert preferred(forms, forms) == "/b.txt"


def test_a_page_and_its_translation_are_one_event() -> None:
    """kremlin.ru and en.kremlin.ru number an event alike: the Russian original and the
    English translation (different titles) are one event in the list."""
    def rec(title: str, url: str | None, date: str = "2031-01-02") -> EventRecord:
        return EventRecord(path=f"/x/{title}", size=0, mtime_ns=0, title=title, date=date,
                           url=url)

    en = rec("Talks with Ada Quill", "http://en.kremlin.ru/events/president/news/99901")
    ru = rec("Переговоры с Адой Квилл", "http://kremlin.ru/events/president/news/99901")
    copied = rec("Talks with Ada Quill", "http://en.kremlin.ru/events/president/news/99901")
    other = rec("Talks with Ada Quill", "http://en.kremlin.ru/events/president/news/99902")
    assert twin_key(en) == twin_key(ru) == twin_key(copied)
    assert twin_key(other) != twin_key(en)
    # The same number on another day is not the same event.
    assert twin_key(rec("Talks", "http://kremlin.ru/events/president/news/99901",
                        "2031-05-05")) != twin_key(en)
