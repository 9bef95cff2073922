"""Search in one transcript and across the library (FTS5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader.core import model, parse_bytes, parse_file
from reader.core.search import SearchIndex, find_in_transcript, fts_query, snippet, terms

TALK = """Rufus Firefly: The teapot is warm. Teapots need care.

Ada Quill: Yes, the TEAPOT question. Ещё одна ёлка стоит у дома.

Rufus Firefly: Елка? Хорошо. The teapot again.
"""


def test_find_in_transcript_counts_folds_case_and_yo() -> None:
    t = parse_bytes(TALK.encode(), "talk.txt")
    assert len(find_in_transcript(t, "teapot")) == 4
    assert len(find_in_transcript(t, "ёлка")) == 2  # "ёлка" and "Елка"
    assert len(find_in_transcript(t, "елка")) == 2
    assert len(find_in_transcript(t, "teapot", speaker="ada-quill")) == 1
    hits = find_in_transcript(t, "teapot")
    assert hits == sorted(hits)
    assert find_in_transcript(t, "   ") == []


def test_query_syntax() -> None:
    assert fts_query('Ёлка "Direct  Line" meet*') == '"елка" "direct line" "meet"*'
    assert terms('Ёлка "Direct Line" meet*') == ["елка", "direct line", "meet*"]
    assert fts_query('"" * :') is None
    assert snippet("Meetings and a meeting.", ["meet*"]) == "«Meetings» and a «meeting»."


def _index(tmp_path: Path) -> tuple[SearchIndex, dict[str, Path]]:
    docs = {
        "common": "Rufus Firefly: We discussed trade and energy.\n\nAda Quill: Trade matters.\n",
        "rare": "Rufus Firefly: We discussed trade.\n\nAda Quill: The crimson teapot doctrine "
                "is new.\n",
        "ru": "Р.Светлячков: Ещё раз о торговле.\n\nА.Квиллова: Торговля растёт.\n",
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


def test_rare_phrase_ranks_its_document_first(tmp_path: Path) -> None:
    index, paths = _index(tmp_path)
    hits = index.search('"crimson teapot"')
    assert [h.path for h in hits] == [str(paths["rare"])]
    assert hits[0].speaker == "Ada Quill" and "«crimson teapot»" in hits[0].snippet
    # All words must occur in the passage; the shortest passage ranks first (bm25).
    assert index.search("trade teapot") == []
    assert index.search("trade")[0].text == "Trade matters."


def test_speaker_restriction_and_prefixes(tmp_path: Path) -> None:
    index, paths = _index(tmp_path)
    assert {h.speaker for h in index.search("trade")} == {"Rufus Firefly", "Ada Quill"}
    assert {h.speaker for h in index.search("trade", speaker="ada quill")} == {"Ada Quill"}
    assert {h.path for h in index.search("торгов*")} == {str(paths["ru"])}


def test_russian_e_finds_yo(tmp_path: Path) -> None:
    index, paths = _index(tmp_path)
    hits = index.search("еще")
    assert [h.path for h in hits] == [str(paths["ru"])]
    assert hits[0].snippet.startswith("«Ещё»")


def test_index_follows_changed_and_removed_files(tmp_path: Path) -> None:
    index, paths = _index(tmp_path)
    p = paths["common"]
    p.write_text("Rufus Firefly: Nothing about commerce now.\n", encoding="utf-8")
    st = p.stat()
    assert not index.is_fresh(str(p), st.st_size, st.st_mtime_ns)
    index.add(str(p), st.st_size, st.st_mtime_ns, parse_file(p))
    assert str(p) not in {h.path for h in index.search("energy")}
    assert [h.path for h in index.search("commerce")] == [str(p)]
    index.remove([str(paths["rare"])])
    assert index.search("crimson") == []
    assert index.count() == 2


def test_index_is_rebuilt_for_a_new_parser(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    index, _ = _index(tmp_path)
    index.close()
    monkeypatch.setattr("reader.core.search.PARSER_VERSION", model.PARSER_VERSION + 1)
    again = SearchIndex(tmp_path / "search.sqlite")
    assert again.count() == 0 and again.search("trade") == []


def test_search_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli import main

    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.txt").write_text(TALK, encoding="utf-8")
    args = ["search", "teapot", "--library", str(lib), "--index",
            str(tmp_path / "i" / "search.sqlite"), "--speaker", "Ada Quill", "--json"]
    assert main(args) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["speaker"], h["block"]) for h in hits] == [("Ada Quill", 1)]
    (lib / "a.txt").unlink()
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_broken_cache_files_are_rebuilt_not_trusted(tmp_path: Path) -> None:
    from reader.core.library import MetaCache

    for name in ("search.sqlite", "library.sqlite"):
        (tmp_path / name).write_bytes(b"not a database" * 100)
    index = SearchIndex(tmp_path / "search.sqlite")
    assert index.count() == 0 and index.search("anything") == []
    cache = MetaCache(tmp_path / "library.sqlite")
    assert cache.snapshot() == {}


def test_a_common_query_is_ranked_among_its_first_matches(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index, paths = _index(tmp_path)
    monkeypatch.setattr("reader.core.search.COMMON", 2)
    hits = index.search("trade")
    assert len(hits) == 2  # the first two matches, best first
    assert hits[0].score <= hits[1].score
    assert [h.path for h in index.search('"crimson teapot"')] == [str(paths["rare"])]
