"""Speaker labels: who is a person, name vs title, markers, one identity per person.
All names here are fictional."""

from __future__ import annotations

import pytest
from reader.core.labels import Label, parse_label
from reader.core.speakers import SpeakerRegistry


@pytest.mark.parametrize(
    ("raw", "name", "title"),
    [
        ("President of Freedonia Rufus Firefly", "Rufus Firefly", "President of Freedonia"),
        ("Rufus Firefly", "Rufus Firefly", None),
        ("Minister of Culture Ada Quill", "Ada Quill", "Minister of Culture"),
        ("Director-General of the International Teapot Organisation Tom Kettle", "Tom Kettle",
         "Director-General of the International Teapot Organisation"),
        ("Mira Lumen, reporter at Channel Nine", "Mira Lumen", "reporter at Channel Nine"),
        ("George Q. Pebble", "George Q. Pebble", None),
        ("Hans-Otto von Quirk", "Hans-Otto von Quirk", None),
    ],
)
def test_name_and_title_are_kept_apart(raw: str, name: str, title: str | None) -> None:
    label = parse_label(raw)
    assert label is not None
    assert (label.name, label.title) == (name, title)


def test_all_caps_label_is_title_cased() -> None:
    label = parse_label("DEPUTY HEAD OF THE TEAPOT OFFICE OSWALD BRIGHT")
    assert label is not None
    assert label.name == "Oswald Bright"
    assert label.title == "Deputy Head of the Teapot Office"


@pytest.mark.parametrize(("raw", "marker"), [
    ("Rufus Firefly (retranslated)", "retranslated"),
    ("Rufus Firefly (In English.)", "In English."),
    ("Р.Светлячков (как переведено)", "как переведено"),
    ("Rufus Firefly (responding to a remark from the audience)",
     "responding to a remark from the audience"),
])
def test_marker_belongs_to_the_turn_not_the_name(raw: str, marker: str) -> None:
    label = parse_label(raw)
    assert label is not None
    assert label.marker == marker
    assert "(" not in label.name


@pytest.mark.parametrize("raw", ["Question", "Remark", "Вопрос", "Реплика"])
def test_generic_speakers(raw: str) -> None:
    label = parse_label(raw)
    assert label is not None and label.generic


@pytest.mark.parametrize("raw", ["Р.Светлячков", "Р. Светлячков", "Р.Светлячков "])
def test_russian_initials_with_any_spacing(raw: str) -> None:
    label = parse_label(raw)
    assert label is not None
    assert label.name == "Р.Светлячков"


@pytest.mark.parametrize("raw", [
    "The message reads", "Statements following the meeting", "Article 5",
    "I said to the Teapot Director", "Mr President, my question is this",
    "In his speech, the President said", "Well", "Александр Петрович, такой вопрос",
])
def test_lines_ending_in_colon_that_are_not_people(raw: str) -> None:
    assert parse_label(raw) is None


def test_one_identity_per_person() -> None:
    reg = SpeakerRegistry()
    ids = [
        reg.resolve(lbl) for lbl in (
            parse_label("President of Freedonia Rufus Firefly"),
            parse_label("Rufus Firefly"),
            parse_label("Writer Ada Quill"),
            parse_label("Ada Quill"),
        ) if isinstance(lbl, Label)
    ]
    final = reg.final_ids()
    assert [final[i] for i in ids] == ["rufus-firefly", "rufus-firefly", "ada-quill", "ada-quill"]
    speakers = reg.speakers()
    assert [s.name for s in speakers] == ["Rufus Firefly", "Ada Quill"]
    assert speakers[0].titles == ("President of Freedonia",)
    assert speakers[1].titles == ("Writer",)


def test_initials_and_full_name_are_one_person() -> None:
    reg = SpeakerRegistry()
    a = reg.resolve(Label(raw="Н.Светлова", name="Н.Светлова"))
    b = reg.resolve(Label(raw="Нина Светлова", name="Нина Светлова"))
    assert a == b
