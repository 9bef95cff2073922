"""``transcript-reader parse``: JSON or a summary; exit 2 with one line per bad file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from reader.cli import main
from tests.conftest import ROOT

SAMPLE = next((ROOT / "transcripts").glob("*.txt"))


def test_parse_json_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", str(SAMPLE)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["title"] == "Vladimir Putin arrived in Minsk"
    assert doc["date"] == "2024-05-23" and doc["place"] == "Minsk"
    assert doc["source"]["format"] == "text"
    assert [s["id"] for s in doc["speakers"]] == ["alexander-lukashenko", "vladimir-putin"]
    speech = [b for b in doc["blocks"] if b["kind"] == "speech"]
    assert len(speech) == 10 and speech[1]["speaker"] == "vladimir-putin"


def test_parse_several_files_and_a_bad_one(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["parse", "--json", str(SAMPLE), str(empty), str(SAMPLE)]) == 2
    out = capsys.readouterr()
    assert len(json.loads(out.out)) == 2
    assert out.err.strip().splitlines() == [f"transcript-reader: {empty}: the file is empty"]


def test_parse_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Vladimir Putin arrived in Minsk" in out
    assert "10 turns" in out and "Alexander Lukashenko (President of Belarus)" in out


def test_python_m_reader_parse_runs_as_a_program() -> None:
    out = subprocess.run([sys.executable, "-m", "reader", "parse", "--json", str(SAMPLE)],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["language"] == "en"


def test_bookmarks_command_lists_exports_and_imports(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from reader.core import parse_file
    from reader.core.anchors import FlatText, make_anchor
    from reader.core.bookmarks import Bookmark, BookmarkStore

    t = parse_file(SAMPLE)
    flat = FlatText(t)
    i = flat.text.index("They were enjoyable.")
    db = tmp_path / "bookmarks.sqlite"
    store = BookmarkStore(db)
    store.add(Bookmark(anchor=make_anchor(t, flat.point(i), flat.point(i + 20)),
                       note="n", speaker="Vladimir Putin", place="Minsk"))
    store.close()
    assert main(["bookmarks", "list", "--db", str(db)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["quote"], b["note"], b["speaker"]) for b in listed] == \
        [("They were enjoyable.", "n", "Vladimir Putin")]
    assert main(["bookmarks", "export", "--db", str(db)]) == 0
    export = capsys.readouterr().out
    assert main(["bookmarks", "export", "--db", str(db), "--format", "markdown"]) == 0
    assert "> They were enjoyable." in capsys.readouterr().out
    f = tmp_path / "export.json"
    f.write_text(export, encoding="utf-8")
    other = tmp_path / "other.sqlite"
    assert main(["bookmarks", "import", str(f), "--db", str(other)]) == 0
    assert json.loads(capsys.readouterr().out) == {"added": 1, "existing": 0}
    assert main(["bookmarks", "import", str(f), "--db", str(other)]) == 0
    assert json.loads(capsys.readouterr().out) == {"added": 0, "existing": 1}
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    assert main(["bookmarks", "import", str(bad), "--db", str(other)]) == 2
    assert "not a bookmark export" in capsys.readouterr().err


def test_no_arguments_mean_what_the_windows_parser_makes_of_none() -> None:
    """The usual start skips building the parser: the same settings either way."""
    from reader.cli import NO_ARGUMENTS, _gui_parser

    assert vars(NO_ARGUMENTS) == vars(_gui_parser().parse_args([]))
