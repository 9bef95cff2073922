"""Speaker looks: distinct within a transcript, kept across the library, main speakers
first, a shared neutral look only for the rare ones (a Direct Line has 60 speakers)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from reader.core import parse_file
from reader.core.model import Block, BlockKind, Source, Speaker, Transcript
from reader.core.palette import (
    MARKERS,
    N_LOOKS,
    LookAssigner,
    speaker_key,
    words_by_speaker,
)
from reader.core.speaker_style import SLOT_PATTERNS, speaker_style
from reader.core.themes import bundled_themes

CORPUS = Path("../shared/corpus/en")
BIG = {
    "Direct Line 2019": CORPUS / "kremlin-en-news-60795.html",
    "annual news conference 2017": CORPUS / "kremlin-en-news-56378.html",
    "news conference 2012 (Question speaks most after Putin)": CORPUS / "kremlin-en-news-17173.html",
}


def fictional(*speakers: tuple[str, int], generic: tuple[str, ...] = ()) -> Transcript:
    """A transcript where each (name, words) speaks one turn of that many words."""
    people = [Speaker(id=name.lower().replace(" ", "-"), name=name, generic=name in generic)
              for name, _ in speakers]
    blocks = [Block(kind=BlockKind.SPEECH, speaker=p.id, paragraphs=("word " * n,))
              for p, (_, n) in zip(people, speakers, strict=True)]
    return Transcript(title="A fictional meeting", date=None, time=None, place=None,
                      language="en", lead=None, source=Source("fictional.txt", "text"),
                      speakers=tuple(people), blocks=tuple(blocks))


@pytest.mark.parametrize("name", list(BIG))
def test_main_speakers_of_a_big_event_never_share_a_look(name: str, tmp_path: Path) -> None:
    t = parse_file(BIG[name])
    assert len(t.speakers) >= 25
    looks = LookAssigner(tmp_path / "looks.json").looks_for(t)
    assert set(looks) == {s.id for s in t.speakers}
    words = words_by_speaker(t)
    top = sorted(t.speakers, key=lambda s: -words[s.id])[:10]
    top_looks = [looks[s.id] for s in top]
    # Among the ten who speak most no two share a look ...
    assert None not in top_looks
    assert len(set(top_looks)) == 10
    # ... and none of them shares a look with any other speaker.
    others = Counter(looks[s.id] for s in t.speakers if s not in top)
    assert not set(top_looks) & set(others)
    # Every distinct look is used once at most; the rest share the neutral one.
    distinct = [v for v in looks.values() if v is not None]
    assert len(distinct) == len(set(distinct)) == min(N_LOOKS, len(t.speakers))


def test_a_person_keeps_their_look_across_transcripts_and_runs(tmp_path: Path) -> None:
    store = tmp_path / "looks.json"
    first = LookAssigner(store).looks_for(fictional(("Anna Fictiva", 50), ("Boris Nominov", 40)))
    later = LookAssigner(store).looks_for(
        fictional(("Clara Imaginova", 90), ("Boris Nominov", 30), ("Anna Fictiva", 10)))
    assert later["anna-fictiva"] == first["anna-fictiva"]
    assert later["boris-nominov"] == first["boris-nominov"]
    assert later["clara-imaginova"] not in {first["anna-fictiva"], first["boris-nominov"]}
    assert json.loads(store.read_text(encoding="utf-8"))  # remembered on disk


def test_main_speaker_wins_a_clash_and_the_other_keeps_theirs_elsewhere() -> None:
    looks = LookAssigner(None)
    # Two people first seen in different big meetings end up with the same look.
    a = looks.looks_for(fictional(("Anna Fictiva", 100),
                                  *[(f"Filler {i}", 1) for i in range(N_LOOKS - 1)]))
    b = looks.looks_for(fictional(("Boris Nominov", 100),
                                  *[(f"Other {i}", 1) for i in range(N_LOOKS - 1)]))
    shared = a["anna-fictiva"]
    assert b["boris-nominov"] == shared
    both = looks.looks_for(fictional(("Anna Fictiva", 10), ("Boris Nominov", 500)))
    assert both["boris-nominov"] == shared  # the main speaker keeps it
    assert both["anna-fictiva"] not in {shared, None}  # the other borrows a free one
    assert looks.remembered("Anna Fictiva") == shared  # and keeps hers elsewhere
    assert looks.looks_for(fictional(("Anna Fictiva", 5)))["anna-fictiva"] == shared


def test_when_looks_run_out_only_rare_speakers_share_the_neutral_look() -> None:
    many = [(f"Speaker {chr(65 + i)}", 1000 - i * 10) for i in range(N_LOOKS + 8)]
    t = fictional(*many, ("Question", 5000), generic=("Question",))
    looks = LookAssigner(None).looks_for(t)
    ranked = ["question"] + [name.lower().replace(" ", "-") for name, _ in many]
    assert None not in [looks[s] for s in ranked[:N_LOOKS]]  # "Question" speaks most
    assert len({looks[s] for s in ranked[:N_LOOKS]}) == N_LOOKS
    assert all(looks[s] is None for s in ranked[N_LOOKS:])


def test_generic_voices_are_not_remembered_as_people(tmp_path: Path) -> None:
    store = tmp_path / "looks.json"
    LookAssigner(store).looks_for(fictional(("Question", 50), ("Anna Fictiva", 10),
                                            generic=("Question",)))
    assert list(json.loads(store.read_text(encoding="utf-8"))) == [speaker_key("Anna Fictiva")]


def test_every_look_has_a_pattern_and_a_marker_of_its_own() -> None:
    assert len(set(SLOT_PATTERNS)) == len(set(MARKERS)) == N_LOOKS
    for tid, theme in bundled_themes().items():
        looks = [speaker_style(theme, look) for look in (*range(N_LOOKS), None)]
        cue = [(s.pattern, s.marker) if theme.two_colour else (s.name_colour, s.marker)
               for s in looks]
        assert len(set(cue)) == N_LOOKS + 1, tid


def test_an_unreadable_store_starts_afresh(tmp_path: Path) -> None:
    store = tmp_path / "looks.json"
    store.write_text("{not json", encoding="utf-8")
    looks = LookAssigner(store).looks_for(fictional(("Anna Fictiva", 3)))
    assert looks == {"anna-fictiva": 0}


def test_one_person_keeps_one_look_in_both_languages(tmp_path: Path) -> None:
    """В.Петров on kremlin.ru and Ivan Petrov on en.kremlin.ru are one person: the look
    remembered for one is the other's, also in the next run."""
    from reader.core.palette import speaker_key

    assert speaker_key("И.Петров") == speaker_key("Ivan Petrov") == speaker_key("И. Петров")
    assert speaker_key("И.Петров") != speaker_key("П.Иванов")
    store = tmp_path / "looks.json"
    english = fictional(("Anna Berger", 500), ("Ivan Petrov", 900))
    looks = LookAssigner(store)
    petrov = looks.looks_for(english)[english.speakers[1].id]
    russian = fictional(("И.Петров", 300), ("Ф.Сидоров", 800))
    again = LookAssigner(store)
    assert again.looks_for(russian)[russian.speakers[0].id] == petrov
