"""Exports are whole or absent and carry no home path; imports are checked item by item,
all or nothing, and never end in a traceback (issue 17)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reader.cli import main
from reader.core import atomic as atomic_mod
from reader.core import parse_bytes
from reader.core.anchors import FlatText, make_anchor
from reader.core.bookmark_io import (
    BookmarkImportError,
    bookmarks_from_export,
    export_json,
    load_export,
    write_export,
)
from reader.core.bookmarks import Bookmark, BookmarkStore
from tests.conftest import ROOT
from tests.disk import fill, small_tmpfs

TEXT = "Rufus Firefly: Good afternoon. We shall talk about teapots today.\n"


def mark(path: str = "/library/a.txt", note: str = "") -> Bookmark:
    t = parse_bytes(TEXT.encode(), path)
    flat = FlatText(t)
    i = flat.text.index("teapots")
    return Bookmark(anchor=make_anchor(t, flat.point(i), flat.point(i + 7)), note=note)


_BASE = json.dumps(mark().to_json())


def item(**changes: Any) -> dict[str, Any]:
    d: dict[str, Any] = json.loads(_BASE)
    for key, value in changes.items():
        target = d
        *parents, last = key.split(".")
        for p in parents:
            target = target[p]
        target[last] = value
    return d


# --- import ----------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "why"), [
    ({"note": None, "anchor.quote": None}, "item 2: anchor.quote: missing"),
    ({"anchor.start.block": float("nan")}, "item 2: anchor.start.block: not a number (nan)"),
    ({"anchor.end.offset": 2**64}, "item 2: anchor.end.offset: out of range "
                                   "(18446744073709551616)"),
    ({"anchor.parser_version": 2**63}, "item 2: anchor.parser_version: out of range"),
    ({"note": {"nested": ["value"]}}, "item 2: note: must be text, not an object"),
    ({"anchor.title": [1, [2, [3]]]}, "item 2: anchor.title: must be text, not a list"),
    ({"anchor.start": None}, "item 2: anchor.start: missing"),
    ({"anchor.start.offset": -1}, "item 2: anchor.start.offset: out of range (-1)"),
    ({"anchor.start.block": True}, "item 2: anchor.start.block: must be a whole number, "
                                   "not true/false"),
    ({"colour": "<b>red</b>"}, "item 2: colour: unknown"),
    ({"id": None}, "item 2: id: missing"),
])
def test_a_refused_item_is_named_with_its_reason_and_nothing_is_imported(
        tmp_path: Path, changes: dict[str, Any], why: str) -> None:
    """Issue 17: items with null fields or NaN were dropped and counted "already there";
    integers over 2**63 and nested values ended in tracebacks."""
    good = mark(note="good").to_json()
    data = {"bookmarks": [good, item(**changes)]}
    store = BookmarkStore(tmp_path / "b.sqlite")
    with pytest.raises(BookmarkImportError) as err:
        store.import_json(json.loads(json.dumps(data)))
    assert err.value.problems[0].startswith(why)
    assert err.value.problems[-1] == "nothing imported: 1 of 2 items refused"
    assert "already" not in str(err.value)
    assert store.count() == 0  # the good one neither: all or nothing


def test_a_duplicate_id_in_the_file_is_refused() -> None:
    b = mark().to_json()
    with pytest.raises(BookmarkImportError) as err:
        bookmarks_from_export([b, b])
    assert err.value.problems[0] == "item 2: id: the same as item 1"


def test_a_good_export_is_taken_whole_and_again_counted_as_there(tmp_path: Path) -> None:
    marks = [mark(note="one"), mark(note="two")]
    f = tmp_path / "e.json"
    f.write_text(export_json(marks), encoding="utf-8")
    store = BookmarkStore(tmp_path / "b.sqlite")
    assert store.add_many(load_export(f)) == (2, 0)
    assert store.add_many(load_export(f)) == (0, 2)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, timeout=120, env=env, cwd=ROOT, check=False)


@pytest.mark.parametrize(("content", "why"), [
    ("[" * 100_000 + "]" * 100_000, "not a bookmark export (JSON nested too deeply)"),
    ('{"bookmarks": [' + "1" * 5000 + "]}", "not JSON (Exceeds the limit"),
    ('{"bookmarks": [{"id": ', "not JSON (Expecting value"),
    ('{"bookmarks": 5}', "not a bookmark export (no list of bookmarks)"),
    ("\udcff", "not UTF-8 text"),
])
def test_malformed_files_are_one_line_on_the_command_line(
        tmp_path: Path, content: str, why: str) -> None:
    f = tmp_path / "bad.json"
    f.write_bytes(content.encode("utf-8", errors="surrogateescape"))
    db = tmp_path / "b.sqlite"
    res = run_cli("bookmarks", "import", str(f), "--db", str(db))
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    assert res.stderr.startswith(f"transcript-reader: {f}: {why}")
    assert len(res.stderr.splitlines()) == 1
    assert not db.exists()  # the file is checked before the database is touched


def test_each_refused_item_is_a_line_on_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "e.json"
    f.write_text(json.dumps({"bookmarks": [
        item(**{"anchor.start.block": None}), mark().to_json(),
        item(**{"anchor.end.paragraph": 2**70}), item(note=["x"])]}))
    assert main(["bookmarks", "import", str(f), "--db", str(tmp_path / "b.sqlite")]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"transcript-reader: {f}: item 1: anchor.start.block: missing",
        f"transcript-reader: {f}: item 3: anchor.end.paragraph: out of range "
        "(1180591620717411303424)",
        f"transcript-reader: {f}: item 4: note: must be text, not a list",
        f"transcript-reader: {f}: nothing imported: 3 of 4 items refused",
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_importing_a_fifo_does_not_block(tmp_path: Path) -> None:
    f = tmp_path / "e.json"
    os.mkfifo(f)
    res = run_cli("bookmarks", "import", str(f), "--db", str(tmp_path / "b.sqlite"))
    assert res.returncode == 2
    assert res.stderr == (f"transcript-reader: {f}: not a regular file (a named pipe "
                          "(FIFO)); not read\n")


# --- export ----------------------------------------------------------------------------

def test_json_exports_carry_paths_relative_to_home(tmp_path: Path) -> None:
    home = tmp_path / "home" / "ann"
    inside = mark(str(home / "transcripts" / "a.txt"))
    outside = mark("/srv/shared/b.txt")
    text = export_json([inside, outside], home=home)
    paths = [b["anchor"]["path"] for b in json.loads(text)["bookmarks"]]
    assert paths == ["~/transcripts/a.txt", "/srv/shared/b.txt"]
    assert str(home) not in text
    back = bookmarks_from_export(json.loads(text), home=home)
    assert [b.anchor.path for b in back] == [str(home / "transcripts" / "a.txt"),
                                            "/srv/shared/b.txt"]


def test_the_default_export_uses_the_real_home(tmp_path: Path) -> None:
    b = mark(str(Path.home() / "x" / "a.txt"))
    assert json.loads(export_json([b]))["bookmarks"][0]["anchor"]["path"] == "~/x/a.txt"


def test_an_export_that_fails_leaves_the_old_file_and_no_temporary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 17: an export onto a full disk left a truncated JSON file."""
    target = tmp_path / "bookmarks.json"
    target.write_text("the earlier export", encoding="utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_mod.os, "fsync", full)
    with pytest.raises(OSError, match="No space left"):
        write_export(target, export_json([mark()] * 50))
    assert target.read_text(encoding="utf-8") == "the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bookmarks.json"]


def test_the_command_line_export_on_a_full_disk_is_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "b.sqlite"
    store = BookmarkStore(db)
    store.add(mark())
    store.close()
    out = tmp_path / "out.json"
    assert main(["bookmarks", "export", "--db", str(db), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["bookmarks"][0]["note"] == ""
    monkeypatch.setattr(atomic_mod.os, "fsync",
                        lambda _fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space")))
    before = out.read_bytes()
    assert main(["bookmarks", "export", "--db", str(db), "-o", str(out),
                 "--format", "markdown"]) == 2
    assert capsys.readouterr().err == (f"transcript-reader: {out}: not written (the disk is "
                                       "full (No space)); nothing was changed\n")
    assert out.read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_replaced_export_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "e.md"
    target.write_text("old")
    target.chmod(0o640)
    write_export(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="mounting a tmpfs needs root; the simulation above covers it")
def test_an_export_onto_a_really_full_disk(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", "256k") as disk:
        target = disk / "bookmarks.json"
        target.write_text("the earlier export", encoding="utf-8")
        fill(disk)
        with pytest.raises(OSError) as err:
            write_export(target, export_json([mark(note="n" * 5000)] * 20))
        assert err.value.errno == errno.ENOSPC
        assert target.read_text(encoding="utf-8") == "the earlier export"
        assert sorted(p.name for p in disk.iterdir()) == ["bookmarks.json", "filler"]


def _json_values() -> st.SearchStrategy[Any]:
    leaves = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
                       st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20))
    return st.recursive(leaves, lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=5)),
        max_leaves=30)


def _mutated_item() -> st.SearchStrategy[Any]:
    """A real export item with some fields replaced by arbitrary JSON values."""
    keys = st.sampled_from(["id", "note", "colour", "speaker", "place", "created", "anchor",
                            "anchor.path", "anchor.quote", "anchor.fingerprint",
                            "anchor.parser_version", "anchor.start", "anchor.start.block",
                            "anchor.end.offset", "anchor.url", "anchor.title"])
    return st.dictionaries(keys, _json_values(), max_size=4).map(lambda ch: item(**{
        k: v for k, v in ch.items()
        if not (k.count(".") == 2 and k.rsplit(".", 1)[0] in ch)
        and not (k.startswith("anchor.") and "anchor" in ch)}))


@settings(max_examples=100, deadline=None)
@given(st.one_of(_json_values(), st.lists(_mutated_item(), max_size=4),
                 st.lists(_mutated_item(), max_size=3).map(lambda b: {"bookmarks": b})))
def test_any_json_gives_bookmarks_or_a_refusal(data: Any) -> None:
    """Never a traceback: every import is taken whole or refused with reasons."""
    try:
        marks = bookmarks_from_export(data)
    except BookmarkImportError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
    else:
        assert all(isinstance(b, Bookmark) for b in marks)
        export_json(marks)  # and what was taken can be written out again
