"""The reading view puts the rendered transcript on screen as it says: positions agree
with the document; stripes and swatches come from the one speaker style."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from reader.core import parse_file
from reader.core.model import Block, BlockKind, Source, Speaker, Transcript
from reader.core.themes import Theme, bundled_themes
from reader.ui.dialogue import DialogueView
from reader.ui.stripes import speaker_swatch
from tests.helpers import CORPUS, require_shared


def _corpus_files() -> list[str]:
    if not CORPUS.exists():
        return ["<corpus absent>"]
    return sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*")
                  if p.suffix in (".txt", ".html", ".htm"))


@pytest.fixture(scope="module")
def shared_view() -> DialogueView:
    return DialogueView()


@pytest.mark.parametrize("rel", _corpus_files())
def test_the_document_shows_each_row_where_the_value_says(
        qapp: object, shared_view: DialogueView, rel: str) -> None:
    t = parse_file(require_shared(CORPUS) / rel)
    view = shared_view
    view.show_transcript(t, {s.id: i % 6 for i, s in enumerate(t.speakers)})
    view.ensure_complete()
    rendered = view.view
    assert rendered is not None
    doc = view.document()
    assert doc.blockCount() == len(rendered.rows)
    b = doc.begin()
    for i, row in enumerate(rendered.rows):
        assert b.text() == row.shown, (i, row)
        assert b.position() == rendered.starts[i]
        b = b.next()
    # point_at / position_of agree with the document: the text at a paragraph's
    # position is the paragraph's own text
    for i, row in enumerate(rendered.rows):
        if not row.holds_text or not row.text:
            continue
        point = rendered.point_at(rendered.starts[i] + len(row.prefix), is_start=True)
        assert point is not None
        pos = rendered.position_of(point)
        assert pos is not None
        block = doc.findBlock(pos)
        assert block.blockNumber() == i
        assert block.text()[pos - block.position():] == row.text


def _fictional(n_speakers: int) -> Transcript:
    people = tuple(Speaker(f"person-{i}", f"Person Number{i}") for i in range(n_speakers))
    blocks = tuple(Block(BlockKind.SPEECH, ("Words. " * 40,), p.id, None, p.name)
                   for p in people)
    return Transcript("Stripes", "2024-01-01", None, "Fredville", "en", None,
                      Source("x.txt", "text"), people, blocks)


def _stripe_pixels(view: DialogueView, speaker: str) -> list[tuple[int, ...]]:
    """The stripe of a speaker's turn: its pixel pattern over 8x8 pixels."""
    span = next(s for s in view.gutter.spans() if s.speaker == speaker)
    img = view.gutter.grab().toImage()
    x0, y0 = 16 - 6 - 3, span.top + 2
    return [tuple(img.pixelColor(x0 + dx, y0 + dy).name() for dx in range(6))  # type: ignore[misc]
            for dy in range(8)]


@pytest.mark.parametrize("scheme", ["black-on-white", "white-on-black"])
def test_two_colour_schemes_tell_speakers_apart_by_pattern(
        qtbot: QtBot, scheme: str) -> None:
    view = DialogueView()
    qtbot.addWidget(view)
    view.resize(700, 900)
    theme = bundled_themes()[scheme]
    view.set_view_style(theme)
    t = _fictional(3)
    view.show_transcript(t, {"person-0": 0, "person-1": 1, "person-2": 2})
    view.show()
    qtbot.waitExposed(view)
    patterns = [_stripe_pixels(view, f"person-{i}") for i in range(3)]
    assert patterns[0] != patterns[1] != patterns[2] != patterns[0]
    # two colours only: every stripe pixel is the text or the background colour
    colours = {c for p in patterns for line in p for c in line}
    assert colours <= {theme.text.lower(), theme.background.lower()}
    assert len(colours) == 2
    # the legend's swatch is the same pattern as the stripe
    swatches = [speaker_swatch(theme, i).pixmap(14, 14).toImage() for i in range(3)]
    rows = [[tuple(img.pixelColor(x, y).name() for x in range(2, 12)) for y in range(2, 12)]
            for img in swatches]
    assert rows[0] != rows[1] != rows[2]


def _view_in(qtbot: QtBot, scheme: str) -> tuple[DialogueView, Theme]:
    """A shown reading view in a colour scheme, with no transcript yet."""
    view = DialogueView()
    qtbot.addWidget(view)
    view.resize(700, 900)
    theme = bundled_themes()[scheme]
    view.set_view_style(theme)
    view.show()
    qtbot.waitExposed(view)
    return view, theme


def test_colour_schemes_paint_each_speaker_in_their_colour(qtbot: QtBot) -> None:
    view, theme = _view_in(qtbot, "light")
    view.show_transcript(_fictional(2), {"person-0": 0, "person-1": 1})
    for i in range(2):
        pixels = {c for line in _stripe_pixels(view, f"person-{i}") for c in line}
        assert pixels == {theme.speakers[i].lower()}


def test_the_margin_is_plain_before_a_transcript_and_striped_with_one(qtbot: QtBot) -> None:
    view, theme = _view_in(qtbot, "black-on-white")
    assert view.gutter.spans() == []  # nothing to measure yet
    img = view.gutter.grab().toImage()
    assert {img.pixelColor(x, y).name() for x in range(img.width())
            for y in range(0, img.height(), 7)} == {theme.background.lower()}
    view.show_transcript(_fictional(2), {"person-0": 0, "person-1": 1})
    assert [s.speaker for s in view.gutter.spans()] == ["person-0", "person-1"]
