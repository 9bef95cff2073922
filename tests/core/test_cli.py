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
