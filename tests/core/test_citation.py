"""Each citation style on a fixture against a hand-written expected string."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reader.core.citation import CiteSource, cite, quote_with_citation

LINK = "http://en.kremlin.ru/events/president/news/99999#sel=4:3,4:9"
ACCESSED = dt.date(2031, 2, 3)
SRC = CiteSource(speaker="Rufus Firefly", speaker_title="Chancellor of Freedonia",
                 title="Meeting with the Teapot Guild", date="2031-01-02", place="Fredville",
                 url=LINK, language="en", accessed=ACCESSED)
QUOTE = "We will  discuss\nthe teapots tomorrow."


def test_plain() -> None:
    assert quote_with_citation("plain", QUOTE, SRC) == (
        "“We will discuss the teapots tomorrow.”\n"
        "— Rufus Firefly, Chancellor of Freedonia — Meeting with the Teapot Guild, "
        "January 2, 2031, Fredville. President of Russia, en.kremlin.ru. "
        f"{LINK} (accessed 2031-02-03)")


def test_chicago_note_and_bibliography() -> None:
    assert quote_with_citation("chicago", QUOTE, SRC) == (
        "“We will discuss the teapots tomorrow.”\n\n"
        "1. Rufus Firefly, “Meeting with the Teapot Guild,” President of Russia, "
        f"January 2, 2031, Fredville, accessed February 3, 2031, {LINK}.\n\n"
        "Firefly, Rufus. “Meeting with the Teapot Guild.” President of Russia, "
        f"January 2, 2031, Fredville. Accessed February 3, 2031. {LINK}.")


def test_apa7() -> None:
    assert quote_with_citation("apa", QUOTE, SRC) == (
        "“We will discuss the teapots tomorrow.” (Firefly, 2031)\n\n"
        "Firefly, R. (2031, January 2). Meeting with the Teapot Guild [Transcript, Fredville]. "
        f"President of Russia. Retrieved February 3, 2031, from {LINK}")


def test_bibtex_misc() -> None:
    assert cite("bibtex", SRC) == (
        "@misc{firefly2031meeting,\n"
        "  author       = {Firefly, Rufus},\n"
        "  title        = {Meeting with the Teapot Guild},\n"
        "  publisher    = {President of Russia},\n"
        "  howpublished = {en.kremlin.ru},\n"
        "  year         = {2031},\n"
        "  month        = jan,\n"
        "  date         = {2031-01-02},\n"
        "  address      = {Fredville},\n"
        f"  url          = {{{LINK}}},\n"
        "  urldate      = {2031-02-03},\n"
        "  note         = {Accessed February 3, 2031}\n"
        "}")


def test_russian_page_names_the_site_in_russian_and_narration_has_the_site_as_author(
        ) -> None:
    src = CiteSource(speaker=None, speaker_title=None, title="Встреча с гильдией чайников",
                     date="2031-01-02", place="Фредвиль",
                     url="http://kremlin.ru/events/president/news/99999#sel=2:1,2:5",
                     language="ru", accessed=ACCESSED)
    assert cite("plain", src) == (
        "Встреча с гильдией чайников, 2 января 2031 г., Фредвиль. Президент России, kremlin.ru. "
        "http://kremlin.ru/events/president/news/99999#sel=2:1,2:5 (дата обращения: 03.02.2031)")
    assert cite("apa", src).startswith("Президент России. (2031, January 2). ")
    assert cite("bibtex", src).startswith("@misc{kremlin203199999,\n"
                                          "  author       = {{Президент России}},\n")
    assert quote_with_citation("plain", "Мы  обсудим", src).startswith("«Мы обсудим»\n— ")


@pytest.mark.parametrize("style", ["plain", "chicago", "apa", "bibtex"])
def test_every_style_names_everything(style: str) -> None:
    text = quote_with_citation(style, QUOTE, SRC)
    for part in ("Firefly", "Meeting with the Teapot Guild", "2031", "Fredville",
                 "President of Russia", LINK, "2031"):
        assert part in text, (style, part)
    assert "February 3, 2031" in text or "2031-02-03" in text


def test_generic_voice_is_not_an_author() -> None:
    src = CiteSource(speaker="Question", speaker_title=None, title="Teapot talk",
                     date="2031-01-02", place=None, url=None, language="en",
                     accessed=ACCESSED)
    assert cite("apa", src) == "President of Russia. (2031, January 2). Teapot talk [Transcript]."


def test_without_a_link_the_site_is_named() -> None:
    src = CiteSource(speaker="Rufus Firefly", speaker_title=None, title="Teapot talk",
                     date="2031-01-02", place="Fredville", url=None, language="en",
                     accessed=ACCESSED)
    assert cite("chicago", src) == (
        "Rufus Firefly, “Teapot talk,” President of Russia (en.kremlin.ru), January 2, 2031, "
        "Fredville, accessed February 3, 2031.\n\n"
        "Firefly, Rufus. “Teapot talk.” President of Russia (en.kremlin.ru), January 2, 2031, "
        "Fredville. Accessed February 3, 2031.")
    assert cite("apa", src) == ("Firefly, R. (2031, January 2). Teapot talk [Transcript, "
                                "Fredville]. President of Russia (en.kremlin.ru).")


def test_a_file_without_a_header_is_cited_by_the_name_and_date_the_list_shows(
        tmp_path: Path) -> None:
    """Plain text from elsewhere has no title or dateline: its citation named only the
    speaker ("— Tucker Carlson. President of Russia, en.kremlin.ru.")."""
    from reader.core import parse_file
    from reader.core.anchors import Point
    from reader.core.citation import source_for

    f = tmp_path / "teapot-talk-2031-05-06.txt"
    f.write_text("Rufus Firefly: The crimson kettle is ready.\n\nAda Quill: Good.\n",
                 encoding="utf-8")
    t = parse_file(f)
    assert t.title is None and t.date is None
    src = source_for(t, Point(0, 0, 0), None, ACCESSED)
    assert cite("plain", src).startswith(
        "Rufus Firefly — teapot talk 2031 05 06, May 6, 2031.")
    assert "year         = {2031}" in cite("bibtex", src)
