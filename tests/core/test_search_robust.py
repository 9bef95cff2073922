"""Damaged caches are rebuilt and said so; other programs' files are never touched; the
walk over a library tolerates folders that vanish or loop; bad limits are refused."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from reader.cli import main
from reader.core.library import MetaCache, list_files, list_folders, scan
from reader.core.search import SearchIndex

TALK = "Rufus Firefly: The crimson teapot is warm.\n\nAda Quill: Yes, the teapot.\n"


def _library(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.txt").write_text(TALK, encoding="utf-8")
    return lib


def _indexed(tmp_path: Path) -> tuple[Path, Path]:
    lib = _library(tmp_path)
    index = SearchIndex(tmp_path / "search.sqlite")
    cache = MetaCache(tmp_path / "library.sqlite")
    for _batch in scan(list_files([lib]), cache, index):
        pass
    assert index.search("teapot").events
    index.close()
    cache.close()
    return lib, tmp_path / "search.sqlite"


def _search_again(lib: Path, path: Path) -> SearchIndex:
    index = SearchIndex(path)
    for _batch in scan(list_files([lib]), MetaCache(path.with_name("library.sqlite")), index):
        pass
    return index


def test_a_dropped_full_text_table_is_rebuilt_and_said_once(tmp_path: Path) -> None:
    lib, path = _indexed(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE passages_fts")
    index = _search_again(lib, path)
    first = index.search("teapot")
    assert first.events and first.notice is not None and "damaged" in first.notice
    assert "passages_fts" in first.notice
    assert index.search("teapot").notice is None  # told once


def test_damaged_pages_are_found_at_open_and_rebuilt(tmp_path: Path) -> None:
    lib, path = _indexed(tmp_path)
    with sqlite3.connect(path) as db:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    assert pages > 3
    data = bytearray(path.read_bytes())
    for page in range(2, pages):  # every page but the header's: garbage
        data[page * size: page * size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    index = _search_again(lib, path)
    res = index.search("teapot")
    assert res.events and res.notice is not None and "damaged" in res.notice


def test_a_wrong_table_in_the_library_cache_is_rebuilt(tmp_path: Path) -> None:
    lib, _path = _indexed(tmp_path)
    with sqlite3.connect(tmp_path / "library.sqlite") as db:
        db.execute("DROP TABLE events")
        db.execute("CREATE TABLE events (x)")
    cache = MetaCache(tmp_path / "library.sqlite")
    assert cache.notice is not None and "events lacks" in cache.notice
    records = [r for batch in scan(list_files([lib]), cache) for r in batch]
    assert [r.title for r in records] == [None] and records[0].turns == 2
    assert set(MetaCache(tmp_path / "library.sqlite").snapshot()) == {str(lib / "a.txt")}


def test_search_index_option_never_touches_a_file_that_is_not_ours(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = _library(tmp_path)
    text = tmp_path / "notes.txt"
    text.write_text("my notes", encoding="utf-8")
    beside = tmp_path / "library.sqlite"
    beside.write_bytes(b"somebody's file")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE mine (a)")
    before = other.read_bytes()
    for target in (text, other):
        assert main(["search", "teapot", "--library", str(lib), "--index", str(target)]) == 2
        err = capsys.readouterr().err
        assert f"{target}: this file is not a Transcript Reader cache; refusing" in err
    assert text.read_text(encoding="utf-8") == "my notes"
    assert other.read_bytes() == before
    assert beside.read_bytes() == b"somebody's file"
    # Our own index at a named path is used again, not refused.
    ours = tmp_path / "ours.sqlite"
    assert main(["search", "teapot", "--library", str(lib), "--index", str(ours)]) == 0
    assert main(["search", "teapot", "--library", str(lib), "--index", str(ours)]) == 0
    assert "1 events, 2 passages" in capsys.readouterr().out


def test_limit_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["search", "teapot", "--limit", "-5"])
    assert exc.value.code == 2
    assert "--limit: must be 1 or more, not -5" in capsys.readouterr().err


def test_a_symlink_loop_is_reported_not_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = _library(tmp_path)
    (lib / "loop.txt").symlink_to(lib / "loop.txt")
    (lib / "sub").mkdir()
    (lib / "sub" / "up").symlink_to(lib)
    (lib / "dirloop").symlink_to(lib / "dirloop")
    code = main(["search", "teapot", "--library", str(lib), "--library",
                 str(lib / "dirloop"), "--index", str(tmp_path / "i.sqlite")])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    assert code == 2 and "dirloop: no such file or folder" in out.err
    assert main(["search", "teapot", "--library", str(lib), "--index",
                 str(tmp_path / "i.sqlite")]) == 0
    assert "1 events, 2 passages" in capsys.readouterr().out


def test_the_walk_tolerates_a_folder_that_vanishes(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _library(tmp_path)
    for name in ("a", "b"):
        (lib / name).mkdir()
        (lib / name / "x.txt").write_text(TALK, encoding="utf-8")
    real = os.scandir

    def racing(path: str) -> object:  # "b" goes while the library is being walked
        if path == str(lib / "a"):
            (lib / "b" / "x.txt").unlink()
            (lib / "b").rmdir()
        return real(path)

    monkeypatch.setattr(os, "scandir", racing)
    errors: list[str] = []
    assert list_files([lib], errors) == [lib / "a.txt", lib / "a" / "x.txt"]
    assert errors and errors[0].startswith(str(lib / "b"))
    (lib / "b").mkdir()
    (lib / "b" / "x.txt").write_text(TALK, encoding="utf-8")
    assert list_folders([lib]) == [str(lib), str(lib / "a")]  # what the watcher follows


def test_hundreds_of_prefix_terms_answer_quickly(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    lib = _library(tmp_path)
    query = " ".join(f"word{i}*" for i in range(800)) + " tea*"
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "reader", "search", query, "--library", str(lib), "--index",
         str(tmp_path / "i.sqlite")], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        check=False)
    assert time.perf_counter() - t0 < 20  # a minute and more before the cap
    assert done.returncode == 0, done.stderr
    assert "Only the first 4 prefix words (word*) were searched." in done.stderr


def test_a_large_index_is_checked_after_opening_and_started_afresh(tmp_path: Path) -> None:
    lib, path = _indexed(tmp_path)
    with sqlite3.connect(path) as db:
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name='bodies'"
                          ).fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())  # the stored text's page only: the schema reads
    data[(root - 1) * size: (root - 1) * size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    index = SearchIndex(path, full_check=False)  # as for an index past CHECK_AT_OPEN
    assert index.notice is None
    assert index.verify() is False
    assert index.count() == 0 and index.verify() is True
    for _batch in scan(list_files([lib]), None, index):
        pass
    res = index.search("teapot")
    assert res.events and res.notice is not None and "damaged" in res.notice


def test_damage_found_while_searching_starts_the_index_afresh(tmp_path: Path) -> None:
    lib, path = _indexed(tmp_path)
    index = SearchIndex(path, full_check=False)
    with sqlite3.connect(path) as db:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for page in range(2, pages):
        data[page * size: page * size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    res = index.search("teapot")  # never a traceback
    assert res.events == [] and res.notice is not None and "damaged" in res.notice
    for _batch in scan(list_files([lib]), None, index):
        pass
    assert index.search("teapot").events
