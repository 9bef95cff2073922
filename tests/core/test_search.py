"""Search in one transcript and across the library (FTS5, stems, results by event)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader.core import model, parse_bytes, parse_file
from reader.core.library import list_files, scan
from reader.core.model import Block, BlockKind, Source, Speaker, Transcript
from reader.core.query import MAX_PREFIXES, MAX_TERMS, compile_query
from reader.core.search import EventHit, SearchIndex, find_in_transcript, terms
from reader.core.stemming import TOKEN, Stems, fold

TALK = """Rufus Firefly: The teapot is warm. Teapots need care.

Ada Quill: Yes, the TEAPOT question. Ещё одна ёлка стоит у дома.

Rufus Firefly: Елка? Хорошо. The teapot again.
"""


def test_find_in_transcript_counts_folds_case_and_yo() -> None:
    t = parse_bytes(TALK.encode(), "talk.txt")
    assert len(find_in_transcript(t, "teapot")) == 4
    assert len(find_in_transcript(t, "ёлка")) == 2  # "ёлка" and "Елка"
    assert len(find_in_transcript(t, "teapot", speaker="ada-quill")) == 1
    assert find_in_transcript(t, "   ") == []


def test_terms_for_find_in_page() -> None:
    assert terms('Ёлка "Direct  Line" meet* OR (x)') == ["елка", "direct line", "meet*", "x"]


# --- the query language ----------------------------------------------------------------

@pytest.mark.parametrize(("query", "reason"), [
    ('"unclosed phrase', "quotation mark is not closed"),
    ("(trade teapot", "parenthesis is not closed"),
    ("trade) teapot", "closing parenthesis"),
    ("OR", "OR needs words on both sides"),
    ("trade AND", "AND needs words on both sides"),
    ("NOT teapot", "NOT needs words on both sides"),
    ("title:teapot", "column filters such as title: are not supported"),
])
def test_unreadable_queries_explain_and_search_the_words(query: str, reason: str) -> None:
    plan = compile_query(query, Stems())
    assert plan.notice is not None and reason in plan.notice
    assert "\n" not in plan.notice
    words = TOKEN.findall(fold(query))
    if words:
        assert plan.expression is not None
        assert all(f'"{Stems().word(w)}"' in plan.expression for w in words)
        assert not {"OR", "NOT", ":"} & set(plan.expression.split())
    else:
        assert plan.expression is None


def test_the_query_language_read_well() -> None:
    plan = compile_query('ёлки "Direct Lines" meet* OR (Путина NOT санкции)', Stems())
    assert plan.notice is None
    assert plan.expression == '(("елк" AND "direct line" AND "meet"*) OR ("путин" NOT "санкц"))'
    assert plan.exact == []  # under OR the stems decide


def test_huge_queries_are_capped_and_say_so() -> None:
    plan = compile_query(" ".join(f"word{i}*" for i in range(800)), Stems())
    assert plan.expression is not None and plan.expression.count("*") <= 2 * MAX_PREFIXES
    assert plan.notice == f"Only the first {MAX_PREFIXES} prefix words (word*) were searched."
    plan = compile_query(" ".join(f"w{i}" for i in range(100)), Stems())
    assert plan.expression is not None and plan.expression.count('"') == 2 * MAX_TERMS
    assert plan.notice == f"Only the first {MAX_TERMS} words were searched."
    plan = compile_query("a* " * 800, Stems())  # the same short prefix: one word
    assert plan.expression == '"a"' and plan.notice is not None \
        and "at least 3 letters" in plan.notice


# --- an index made in the test ---------------------------------------------------------

def _index(tmp_path: Path) -> tuple[SearchIndex, dict[str, Path]]:
    docs = {
        "common": "Rufus Firefly: We discussed trade and energy.\n\nAda Quill: Trade matters.\n",
        "rare": "Rufus Firefly: We discussed trade.\n\nAda Quill: The crimson teapot doctrine "
                "is new.\n",
        "ru": "Р.Светлячков: Ещё раз о торговле и губернаторах.\n\nА.Квиллова: Торговля "
              "растёт, сказал «Крымский чайник».\n",
    }
    paths = {}
    index = SearchIndex(tmp_path / "search.sqlite")
    for name, text in docs.items():
        p = tmp_path / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        st = p.stat()
        index.add(str(p), st.st_size, st.st_mtime_ns, parse_file(p))
        paths[name] = p
    return index, paths


def marked(hit_snippet: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [hit_snippet[a:b] for a, b in spans]


def test_hits_are_marked_by_spans_and_russian_quotes_survive(tmp_path: Path) -> None:
    index, _paths = _index(tmp_path)
    (event,) = index.search("чайник").events
    (hit,) = event.passages
    assert hit.snippet == "Торговля растёт, сказал «Крымский чайник»."
    assert marked(hit.snippet, hit.spans) == ["чайник"]
    assert hit.speaker == "А.Квиллова"


def test_word_forms_both_ways_in_both_languages(tmp_path: Path) -> None:
    index, paths = _index(tmp_path)
    for query in ("губернатор", "губернатором", "торговлю"):
        (event,) = index.search(query).events
        assert event.path == str(paths["ru"]), query
    (event,) = index.search("губернатор").events
    assert marked(event.passages[0].snippet, event.passages[0].spans) == ["губернаторах"]
    assert {e.path for e in index.search("teapots").events} == {str(paths["rare"])}
    assert {e.path for e in index.search("discussing").events} == \
        {str(paths["rare"]), str(paths["common"])}
    assert index.search("еще").events[0].passages[0].snippet.startswith("Ещё")  # ё = е
    assert {e.path for e in index.search("торгов*").events} == {str(paths["ru"])}


def test_a_phrase_matches_exactly(tmp_path: Path) -> None:
    index, _paths = _index(tmp_path)
    (event,) = index.search('"crimson teapot"').events
    assert marked(event.passages[0].snippet, event.passages[0].spans) == ["crimson teapot"]
    assert index.search('"crimson teapots"').events == []  # stems alike, words not
    assert index.search('"teapot crimson"').events == []
    assert index.search("trade teapot").events == []  # all words in one passage


def test_speaker_restriction_and_speaker_alone(tmp_path: Path) -> None:
    index, _paths = _index(tmp_path)
    res = index.search("trade", speaker="ada quill")
    assert {p.speaker for e in res.events for p in e.passages} == {"Ada Quill"}
    assert index.search("", speaker="Nobody At All").events == []
    for date in ("2031-01-01", "2031-03-01", "2031-02-01"):
        index.add(date, 1, 1, _transcript(date, "Talk", date, [
            Block(BlockKind.SPEECH, ("One.", "Two."), speaker="ada-quill", label="Ada Quill"),
            Block(BlockKind.SPEECH, ("Three.",), speaker="rufus-firefly", label="R"),
            Block(BlockKind.SPEECH, ("Four.",), speaker="ada-quill", label="Ada Quill")]))
    res = index.search("", speaker="Quill")  # every turn, newest first
    assert [(e.date, e.count) for e in res.events][:3] == \
        [("2031-03-01", 2), ("2031-02-01", 2), ("2031-01-01", 2)]
    assert [p.text for p in res.events[0].passages] == ["One.", "Four."]


def _transcript(path: str, title: str, date: str, blocks: list[Block],
                url: str | None = None) -> Transcript:
    return Transcript(title=title, date=date, time=None, place="Fredville", language="en",
                      lead="A fictional gathering.", source=Source(path, "text", url),
                      speakers=(Speaker("rufus-firefly", "Rufus Firefly", ("Chair",)),
                                Speaker("ada-quill", "Ada Quill")),
                      blocks=tuple(blocks))


def test_names_rank_speakers_first_then_mentions_and_speech_above_captions(
        tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "search.sqlite")
    speaks = _transcript("speaks.txt", "Budget talk", "2031-01-01", [
        Block(BlockKind.CAPTION, ("Rufus Firefly and the teapot.",)),
        Block(BlockKind.SPEECH, ("Nothing about names here.",), speaker="rufus-firefly",
              label="Rufus Firefly"),
        Block(BlockKind.SPEECH, ("Thank you, Rufus Firefly.",), speaker="ada-quill",
              label="Ada Quill")])
    mentions = _transcript("mentions.txt", "Another talk", "2031-02-01", [
        Block(BlockKind.NARRATION, ("Rufus Firefly was mentioned twice: Rufus Firefly.",))])
    index.add("mentions.txt", 1, 1, _without_speakers(mentions))
    index.add("speaks.txt", 1, 1, speaks)
    res = index.search("Rufus Firefly")
    assert [e.path for e in res.events] == ["speaks.txt", "mentions.txt"]
    first = res.events[0]
    assert "speakers" in first.matched
    # His own turns (found by his name), then speech that names him, then the caption.
    assert [(p.kind, p.speaker) for p in first.passages] == [
        ("speech", "Rufus Firefly"), ("speech", "Ada Quill"), ("caption", None)]
    titled = _transcript("titled.txt", "Firefly budget", "2031-03-01", [
        Block(BlockKind.NARRATION, ("A budget.",))])
    index.add("titled.txt", 1, 1, _without_speakers(titled))
    assert next(e.path for e in index.search("firefly budget").events) == "titled.txt"


def _without_speakers(t: Transcript) -> Transcript:
    from dataclasses import replace

    return replace(t, speakers=())


def test_twins_are_one_event_listing_their_files(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "search.sqlite")
    body = [Block(BlockKind.NARRATION, ("The crimson teapot.",))]
    index.add("a/page.html", 1, 1, _transcript("a/page.html", "Talk", "2031-01-01", body))
    index.add("b/copied.txt", 1, 1, _transcript("b/copied.txt", "Talk", "2031-01-01", body))
    index.add("c/other.txt", 1, 1, _transcript("c/other.txt", "Talk", "2031-05-05", body))
    index.add("d/x.txt", 1, 1, _transcript("d/x.txt", "Else", "2031-06-06", body, "http://u"))
    index.add("e/y.txt", 1, 1, _transcript("e/y.txt", "Other", "2031-06-07", body, "http://u"))
    events = index.search("teapot").events
    assert sorted(e.files for e in events) == [("a/page.html", "b/copied.txt"),
                                               ("c/other.txt",), ("d/x.txt", "e/y.txt")]


def test_index_follows_changed_and_removed_files(tmp_path: Path) -> None:
    index, paths = _index(tmp_path)
    p = paths["common"]
    p.write_text("Rufus Firefly: Nothing about commerce now.\n", encoding="utf-8")
    st = p.stat()
    assert not index.is_fresh(str(p), st.st_size, st.st_mtime_ns)
    index.add(str(p), st.st_size, st.st_mtime_ns, parse_file(p))
    assert str(p) not in {e.path for e in index.search("energy").events}
    assert [e.path for e in index.search("commerce").events] == [str(p)]
    index.remove([str(paths["rare"])])
    assert index.search("crimson").events == []
    assert index.count() == 2


def test_index_is_rebuilt_for_a_new_parser_or_stemmer(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    index, _ = _index(tmp_path)
    index.close()
    monkeypatch.setattr("reader.core.search.PARSER_VERSION", model.PARSER_VERSION + 1)
    again = SearchIndex(tmp_path / "search.sqlite")
    assert again.count() == 0 and again.search("trade").events == []
    again.close()
    monkeypatch.undo()
    index, _ = _index(tmp_path)
    index.close()
    monkeypatch.setattr("reader.core.search.stemmer_id", lambda: "another stemmer")
    assert SearchIndex(tmp_path / "search.sqlite").count() == 0


def test_a_common_query_is_ranked_among_its_first_matches(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index, paths = _index(tmp_path)
    monkeypatch.setattr("reader.core.search.COMMON", 1)
    (event,) = index.search("trade").events  # ranked among the first match only
    assert event.path == str(paths["common"])
    assert [e.path for e in index.search('"crimson teapot"').events] == [str(paths["rare"])]


def test_limit_must_be_positive(tmp_path: Path) -> None:
    index, _ = _index(tmp_path)
    with pytest.raises(ValueError, match="at least 1"):
        index.search("trade", limit=-5)


# --- over the corpus -------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    from tests.conftest import CORPUS, require_shared

    index = SearchIndex(tmp_path_factory.mktemp("idx") / "search.sqlite")
    for _batch in scan(list_files([require_shared(CORPUS)]), None, index):
        pass
    return index


def _turn_speakers(e: EventHit) -> set[str]:
    return {p.speaker for p in e.passages if p.speaker}


def test_corpus_an_interviewer_is_found_by_name(corpus_index: SearchIndex) -> None:
    for name, title in (("Megyn Kelly", "Interview to American TV channel NBC"),
                        ("Micklethwait", "Interview to Bloomberg")):
        first = corpus_index.search(name).events[0]
        assert first.title == title and "speakers" in first.matched
        assert any(name in s for s in _turn_speakers(first))
        assert first.count >= 40  # the interviewer's turns


def test_corpus_a_title_phrase_and_a_place(corpus_index: SearchIndex) -> None:
    first = corpus_index.search('"answers to media questions"').events[0]
    assert first.title == "Answers to media questions" and "title" in first.matched
    kremlin = corpus_index.search("Кремль").events
    assert kremlin and all(e.place and "Кремль" in e.place for e in kremlin[:3])


def test_corpus_russian_forms_and_twins(corpus_index: SearchIndex) -> None:
    events = corpus_index.search("губернатор").events
    words = {fold(p.snippet[a:b]) for e in events for p in e.passages for a, b in p.spans}
    assert len(words) >= 3 and all(w.startswith("губернатор") for w in words)
    assert "губернатором" in {fold(w) for w in words} | {
        fold(e.title or "").split()[2] for e in events if e.title and "губернатором" in
        fold(e.title)}
    nbc = corpus_index.search('"Megyn Kelly"').events[0]
    assert sorted(Path(f).name for f in nbc.files) == ["kremlin-en-news-57027.copied.txt",
                                                       "kremlin-en-news-57027.html"]


def test_corpus_phrase_is_exact(corpus_index: SearchIndex) -> None:
    events = corpus_index.search('"national projects"').events
    assert events
    for e in events:
        for p in e.passages:
            assert "national projects" in fold(p.text)


def test_search_command_line_json_by_event(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli import main

    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.txt").write_text(TALK, encoding="utf-8")
    args = ["search", "teapots", "--library", str(lib), "--index",
            str(tmp_path / "i" / "search.sqlite"), "--speaker", "Ada Quill", "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    (event,) = out["events"]
    assert event["path"] == str(lib / "a.txt") and event["count"] == 1
    (p,) = event["passages"]
    assert (p["speaker"], p["block"], p["kind"]) == ("Ada Quill", 1, "speech")
    assert [p["snippet"][a:b] for a, b in p["spans"]] == ["TEAPOT"]
    (lib / "a.txt").unlink()
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["events"] == []


def test_long_events_are_stored_in_pieces_and_removed_whole(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "search.sqlite")
    paragraphs = tuple(f"Paragraph number {i} about teapot{i}." for i in range(70))
    t = _transcript("long.txt", "Long", "2031-01-01", [
        Block(BlockKind.SPEECH, paragraphs, speaker="ada-quill", label="Ada Quill")])
    index.add("long.txt", 1, 1, t)
    (event,) = index.search("teapot69").events
    assert [p.text for p in event.passages] == ["Paragraph number 69 about teapot69."]
    assert (event.passages[0].block, event.passages[0].paragraph) == (0, 69)
    index.add("long.txt", 2, 2, t)  # again: the old words and pieces go first
    assert index.search("teapot33").events[0].passages[0].paragraph == 33
    index.remove(["long.txt"])
    assert index.search("paragraph").events == [] and index.count() == 0
    assert index.size_report()[1] == 0


def test_a_name_in_either_language_finds_the_speaker(tmp_path: Path) -> None:
    index, paths = _index(tmp_path)  # "ru" has Р.Светлячков speaking
    (event,) = index.search("Svetlyachkov").events
    assert event.path == str(paths["ru"]) and "speakers" in event.matched
    assert [p.speaker for p in event.passages] == ["Р.Светлячков"]
    res = index.search("", speaker="Svetlyachkov")  # the speaker filter too
    assert [p.text for e in res.events for p in e.passages] == \
        ["Ещё раз о торговле и губернаторах."]


def test_corpus_a_latin_name_finds_where_the_russian_speaker_speaks(
        corpus_index: SearchIndex) -> None:
    first = corpus_index.search("Lukashenko").events[0]
    assert "А.Лукашенко" in first.speakers and "speakers" in first.matched
    assert first.passages[0].speaker == "А.Лукашенко"
