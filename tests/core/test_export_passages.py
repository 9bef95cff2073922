"""Passages without the window (status, links), word snapping, transcript export."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from reader.core import parse_file
from reader.core.anchors import Point, make_anchor, snap_to_words
from reader.core.bookmarks import Bookmark
from reader.core.export import Mark, layout, to_markdown, to_text
from reader.core.masha import masha_link
from reader.core.passages import Passages, Status, TranscriptCache

TEXT = """Документ   /

Teapot talk

January 2, 2031, Fredville

Rufus Firefly met Ada Quill in Fredville.

* * *

Chancellor Rufus Firefly: Good morning. The teapots are ready.

Ada Quill: They were enjoyable, and well-made.

Rufus Firefly: Thank you.
"""


def write(tmp_path: Path, text: str = TEXT) -> Path:
    p = tmp_path / "talk.txt"
    p.write_text(text, encoding="utf-8")
    return p


def point_of(t: object, needle: str, after: int = 0) -> Point:
    from reader.core.anchors import FlatText

    flat = FlatText(t)  # type: ignore[arg-type]
    return flat.point(flat.text.index(needle) + after)


def test_selection_starting_mid_word_snaps_to_whole_words(tmp_path: Path) -> None:
    t = parse_file(write(tmp_path))
    start = point_of(t, "hey were")  # from inside "They"
    end = point_of(t, "enjoyable", 5)  # to inside "enjoyable"
    a, b = snap_to_words(t, start, end)
    assert make_anchor(t, a, b).quote == "They were enjoyable"
    # hyphenated words are one word; white space at the ends is left out
    a, b = snap_to_words(t, point_of(t, "ell-made"), point_of(t, "well-ma", 7))
    assert make_anchor(t, a, b).quote == "well-made"
    a, b = snap_to_words(t, point_of(t, " were"), point_of(t, "were ", 5))
    assert make_anchor(t, a, b).quote == "were"


def test_status_found_missing_not_found_and_open(tmp_path: Path) -> None:
    path = write(tmp_path)
    t = parse_file(path)
    anchor = make_anchor(t, point_of(t, "They"), point_of(t, "enjoyable", 9))
    passages = Passages(TranscriptCache())
    assert passages.locate(anchor).status is Status.FOUND
    assert passages.locate(anchor, t).status is Status.OPEN
    path.write_text(TEXT.replace("They were enjoyable", "It was fine"), encoding="utf-8")
    os.utime(path, ns=(1, 10**18))  # a new mtime even on coarse file systems
    assert passages.locate(anchor).status is Status.NOT_FOUND
    path.unlink()
    missing = passages.locate(anchor)
    assert missing.status is Status.FILE_MISSING and str(path) in missing.reason


def test_link_without_the_transcript_open_is_the_one_from_the_open_transcript(
        tmp_path: Path) -> None:
    t = parse_file(write(tmp_path))
    t = replace(t, source=replace(t.source, url="http://en.kremlin.ru/events/x/1"))
    start, end = point_of(t, "enjoyable"), point_of(t, "Thank", 5)
    anchor = make_anchor(t, start, end)
    found = Passages().locate(anchor, t)
    assert found.link == masha_link(t, start, end) == \
        "http://en.kremlin.ru/events/x/1#sel=2:5,3:3"  # "Ada Quill: They were enjoyable"


def test_export_marks_passages_with_notes_as_footnotes(tmp_path: Path) -> None:
    t = parse_file(write(tmp_path))
    marks = [Mark(point_of(t, "They"), point_of(t, "enjoyable", 9), "Ada liked it"),
             Mark(point_of(t, "Thank"), point_of(t, "you.", 4), "")]
    md = to_markdown(layout(t, marks))
    assert md.startswith("# Teapot talk\n\n*January 2, 2031, Fredville*\n")
    assert "**Chancellor Rufus Firefly**: Good morning. The teapots are ready." in md
    assert "**Ada Quill**: <mark>They were enjoyable</mark>[^1], and well-made." in md
    assert "**Rufus Firefly**: <mark>Thank you.</mark>[^2]" in md
    assert "[^1]: Ada liked it" in md and "[^2]: “Thank you.”" in md
    txt = to_text(layout(t, marks))
    assert "Ada Quill: [[They were enjoyable]][1], and well-made." in txt
    assert txt.endswith("Notes\n\n[1] Ada liked it\n[2] “Thank you.”\n")


def test_a_selection_is_exported_alone_with_its_speaker(tmp_path: Path) -> None:
    t = parse_file(write(tmp_path))
    start, end = point_of(t, "The teapots"), point_of(t, "enjoyable", 9)
    marks = [Mark(point_of(t, "were"), point_of(t, "and", 3), "cut at the end")]
    txt = to_text(layout(t, marks, start, end))
    assert txt == ("Teapot talk\n\nJanuary 2, 2031, Fredville\n\n(Excerpt)\n\n"
                   "Chancellor Rufus Firefly: The teapots are ready.\n\n"
                   "Ada Quill: They [[were enjoyable]][1]\n\nNotes\n\n[1] cut at the end\n")
    # Without a note the footnote quotes the whole bookmarked passage, not the cut part.
    marks = [Mark(point_of(t, "were"), point_of(t, "and", 3), "")]
    assert to_text(layout(t, marks, start, end)).endswith(
        "[1] “were enjoyable, and”\n")


def test_bookmarks_markdown_without_a_link_keeps_the_citation(tmp_path: Path) -> None:
    import datetime as dt

    from reader.core.export import bookmarks_markdown, cite_bookmarks

    t = parse_file(write(tmp_path))
    b = Bookmark(make_anchor(t, point_of(t, "They"), point_of(t, "enjoyable", 9)),
                 note="liked", speaker="Ada Quill", place="Fredville")
    md = bookmarks_markdown(cite_bookmarks([b], Passages(), dt.date(2031, 2, 3)))
    assert md == ("# Bookmarks\n\n> They were enjoyable\n>\n> — Ada Quill — Teapot talk, "
                  "January 2, 2031, Fredville. President of Russia, en.kremlin.ru.\n\n"
                  "Note: liked\n")


def test_transcripts_are_parsed_once_until_their_file_changes(tmp_path: Path) -> None:
    path = write(tmp_path)
    parsed: list[str] = []

    def counting(p: str) -> object:
        parsed.append(p)
        return parse_file(p)

    cache = TranscriptCache(parse=counting)  # type: ignore[arg-type]
    first = cache.get(str(path))
    assert cache.get(str(path)) is first and len(parsed) == 1
    path.write_text(TEXT.replace("Good morning", "Good evening"), encoding="utf-8")
    os.utime(path, ns=(1, 10**18))
    assert any("Good evening" in p for b in cache.get(str(path)).blocks for p in b.paragraphs)
    assert len(parsed) == 2


def test_a_file_without_a_title_is_exported_under_the_name_the_list_gives_it(
        tmp_path: Path) -> None:
    """Printed and exported, it was headed "Untitled transcript"."""
    from reader.core import parse_file
    from reader.core.export import layout

    f = tmp_path / "teapot-interview-2031-05-06.txt"
    f.write_text("Rufus Firefly: Hello.\n\nAda Quill: Good.\n", encoding="utf-8")
    assert layout(parse_file(f), []).title == "teapot interview 2031 05 06"
