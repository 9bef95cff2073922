"""The reading view as a value: rows and position mapping, without a widget."""

from __future__ import annotations

import pytest
from reader.core import parse_file
from reader.core.anchors import Point
from reader.core.model import Block, BlockKind, Source, Speaker, Transcript
from reader.core.rendered import Rendered, RowKind
from reader.core.speaker_style import Pattern, speaker_style
from reader.core.themes import bundled_themes
from tests.helpers import CORPUS, require_shared


def _corpus_files() -> list[str]:
    if not CORPUS.exists():
        return ["<corpus absent>"]
    return sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*")
                  if p.suffix in (".txt", ".html", ".htm"))


def _fictional() -> Transcript:
    ann = Speaker("ann-example", "Ann Example", ("Mayor of Fredville",))
    bob = Speaker("bob-sample", "Bob Sample")
    q = Speaker("question", "Question", generic=True)
    blocks = (
        Block(BlockKind.NARRATION, ("Ann Example met Bob Sample.",)),
        Block(BlockKind.SECTION_BREAK),
        Block(BlockKind.SPEECH, ("Good morning.", "Second paragraph 😀 with an emoji."),
              "ann-example", "retranslated", "Mayor of Fredville Ann Example"),
        Block(BlockKind.CAPTION, ("A photo of the square.",)),
        Block(BlockKind.SPEECH, ("Thank you.",), "bob-sample", None, "Bob Sample"),
        Block(BlockKind.OMISSION),
        Block(BlockKind.SPEECH, ("A question?",), "question", None, "Question"),
        Block(BlockKind.SPEECH, ("Again.",), "ann-example", None, "Ann Example"),
    )
    return Transcript("A fictional meeting", "2024-05-23", None, "Fredville", "en",
                      "The lead.", Source("x.txt", "text", "http://example.invalid/1"),
                      (ann, bob, q), blocks)


LOOKS = {"ann-example": 0, "bob-sample": 1, "question": None}


def test_rows_show_names_titles_markers_and_header() -> None:
    r = Rendered(_fictional(), LOOKS)
    shown = [row.shown for row in r.rows]
    assert shown[:4] == ["A fictional meeting", "May 23, 2024, Fredville", "The lead.",
                         "http://example.invalid/1"]
    assert "Mayor of Fredville Ann Example (retranslated): Good morning." in shown
    assert "Ann Example: Again." in shown  # the title only on the first turn
    assert "Photo: A photo of the square." in shown
    kinds = [row.kind for row in r.rows]
    assert kinds[:4] == [RowKind.TITLE, RowKind.DATELINE, RowKind.LEAD, RowKind.LINK]
    assert r.turn_blocks("ann-example") == [2, 7]
    assert [row.look for row in r.rows if row.turn_start] == [0, 1, None, 0]


def test_a_caption_is_led_in_in_the_transcripts_own_language() -> None:
    from dataclasses import replace

    ru = replace(_fictional(), language="ru")
    assert "Фото: A photo of the square." in [row.shown for row in Rendered(ru, LOOKS).rows]
    given = Rendered(ru, LOOKS, caption_lead_in="Image: ")
    assert "Image: A photo of the square." in [row.shown for row in given.rows]


def test_hidden_captions_have_no_row_and_no_position() -> None:
    r = Rendered(_fictional(), LOOKS, show_captions=False)
    assert all(row.kind is not RowKind.CAPTION for row in r.rows)
    assert r.position_of(Point(3, 0, 0)) is None
    assert r.rows[r.row_for_block(3)].block == 4  # scrolling there lands on the next turn


def test_positions_count_utf16_units_as_a_text_document_does() -> None:
    r = Rendered(_fictional(), LOOKS)
    i = r.row_of_paragraph(2, 1)
    assert i is not None
    after_emoji = len("Second paragraph 😀 ")
    pos = r.position_of(Point(2, 1, after_emoji))
    # the emoji is two code units in the document, one character in Python
    assert pos == r.starts[i] + after_emoji + 1
    assert r.point_at(pos, True) == Point(2, 1, after_emoji)
    assert r.starts[i + 1] == r.starts[i] + len(r.rows[i].shown) + 2


def test_a_selection_starting_on_a_name_starts_at_the_speech() -> None:
    r = Rendered(_fictional(), LOOKS)
    i = r.row_of_paragraph(2, 0)
    assert i is not None
    assert r.point_at(r.starts[i] + 2, is_start=True) == Point(2, 0, 0)
    # a break between turns: the start moves on, the end moves back
    brk = r.row_of_paragraph(5, 0)
    assert brk is not None
    assert r.point_at(r.starts[brk], is_start=True) == Point(6, 0, 0)
    assert r.point_at(r.starts[brk], is_start=False) == Point(4, 0, len("Thank you."))


@pytest.mark.parametrize("rel", _corpus_files())
def test_position_mapping_round_trips_on_the_corpus(rel: str) -> None:
    t = parse_file(require_shared(CORPUS) / rel)
    looks: dict[str, int | None] = {s.id: (None if s.generic else i % 6)
                                    for i, s in enumerate(t.speakers)}
    r = Rendered(t, looks)
    paragraphs = 0
    for bi, b in enumerate(t.blocks):
        if b.kind in (BlockKind.SECTION_BREAK, BlockKind.OMISSION):
            continue
        texts = b.paragraphs if b.kind in (BlockKind.SPEECH, BlockKind.NARRATION) \
            else (b.text,)
        for pi, text in enumerate(texts):
            paragraphs += 1
            for offset in {0, len(text) // 2, len(text)}:
                point = Point(bi, pi, offset)
                pos = r.position_of(point)
                assert pos is not None, point
                # paragraph -> position -> paragraph
                assert r.point_at(pos, is_start=True) == point
                row = r.rows[r.row_at(pos)]
                assert (row.block, row.paragraph) == (bi, pi)
                assert row.shown[len(row.prefix) + offset:].startswith(text[offset:])
    assert paragraphs > 0
    # position -> point -> position, for every position inside a paragraph's text
    for i, row in enumerate(r.rows):
        if not row.holds_text:
            continue
        first = r.starts[i] + len(row.prefix)
        for pos in (first, first + len(row.text) // 3, first + len(row.text)):
            point = r.point_at(pos, is_start=True)
            assert point is not None and r.position_of(point) == pos


def test_one_speaker_style_for_every_scheme() -> None:
    themes = bundled_themes()
    bw, light = themes["black-on-white"], themes["light"]
    assert speaker_style(bw, 0).name_colour == bw.text
    patterns = [speaker_style(bw, s).pattern for s in (*range(6), None)]
    assert len(set(patterns)) == 7  # six slots and the neutral voices, all different
    assert speaker_style(light, 1).name_colour == light.speakers[1]
    assert speaker_style(light, 1).pattern is Pattern.SOLID
    neutral = speaker_style(light, None)
    assert (neutral.name_colour, neutral.stripe_colour) == (light.text, light.muted)


