"""The bookmark store never hides or loses bookmarks (issue 17): a full disk, a lock, a
read-only file or a refused permission is reported as what it is and the file is left
as it was; only real damage (the integrity check, a wrong schema) sets a file aside."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from reader.cli import main
from reader.core import parse_bytes
from reader.core.anchors import FlatText, make_anchor
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.store_errors import Problem, StoreError, StoreWriteError
from tests.conftest import ROOT
from tests.disk import fill, small_tmpfs

TEXT = "Rufus Firefly: Good afternoon. We shall talk about teapots today.\n"


def mark(note: str = "") -> Bookmark:
    t = parse_bytes(TEXT.encode(), "/library/a.txt")
    flat = FlatText(t)
    i = flat.text.index("teapots")
    return Bookmark(anchor=make_anchor(t, flat.point(i), flat.point(i + 7)), note=note)


def healthy(path: Path, n: int = 1) -> list[str]:
    store = BookmarkStore(path)
    ids = [store.add(mark(f"note {i}")).id for i in range(n)]
    store.close()
    return ids


def set_aside(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".corrupt-" in p.name)


def sqlite_error(code: int, message: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


def failing(statement: str, code: int, message: str) -> type[sqlite3.Connection]:
    """A connection on which one statement fails as SQLite fails it on a full disk, a
    read-only file, a lock... (the statement itself is not run)."""

    class Failing(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
            if sql.strip().upper() == statement:
                raise sqlite_error(code, message)
            return super().execute(sql, *args)

    return Failing


CASES = [
    (13, "database or disk is full", Problem.FULL, "the disk is full"),
    (8, "attempt to write a readonly database", Problem.READ_ONLY, "read-only"),
    (5, "database is locked", Problem.LOCKED, "locked"),
    (3, "access permission denied", Problem.PERMISSION, "permission denied"),
    (10, "disk I/O error", Problem.IO, "input/output error"),
]


@pytest.mark.parametrize(("code", "message", "kind", "words"), CASES)
def test_an_error_at_start_that_is_not_damage_keeps_the_file_and_reads_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str,
        kind: Problem, words: str) -> None:
    """Issue 17: at start on a full disk PRAGMA journal_mode=WAL failed, the healthy file
    was renamed .corrupt-* and the bookmarks vanished from the panel and the CLI."""
    db = tmp_path / "bookmarks.sqlite"
    ids = healthy(db)
    before = db.read_bytes()
    monkeypatch.setattr(BookmarkStore, "connection_factory",
                        failing("PRAGMA JOURNAL_MODE=WAL", code, message))
    monkeypatch.setattr(BookmarkStore, "JOURNAL_WAIT", 0.1)  # a lock that stays
    store = BookmarkStore(db)
    assert set_aside(tmp_path) == []
    assert store.recovered is None
    assert store.read_only
    assert store.notice is not None and words in store.notice and str(db) in store.notice
    assert sorted(b.id for b in store.all()) == sorted(ids)  # shown, read-only
    with pytest.raises(StoreWriteError, match="not saved") as err:
        store.add(mark("typed while the disk is full"))
    assert err.value.kind is Problem.READ_ONLY
    store.close()
    assert db.read_bytes() == before
    monkeypatch.undo()  # the disk has room again: everything is there
    assert [b.id for b in BookmarkStore(db).all()] == ids


def test_the_command_line_lists_read_only_and_says_why(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "bookmarks.sqlite"
    healthy(db)
    monkeypatch.setattr(BookmarkStore, "connection_factory",
                        failing("PRAGMA JOURNAL_MODE=WAL", 13, "database or disk is full"))
    assert main(["bookmarks", "list", "--db", str(db)]) == 0
    out = capsys.readouterr()
    assert '"note": "note 0"' in out.out
    assert out.err.startswith(f"transcript-reader: The bookmark file {db} can be read but "
                              "not changed: the disk is full")
    assert set_aside(tmp_path) == []


def test_a_full_disk_at_commit_says_so_and_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite ends the transaction itself when COMMIT fails on a full disk; the old code's
    ROLLBACK then raised "cannot rollback - no transaction is active" over the real error."""

    class FullAtCommit(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
            if sql == "COMMIT" and self.in_transaction and self.total_changes:
                super().execute("ROLLBACK")
                raise sqlite_error(13, "database or disk is full")
            return super().execute(sql, *args)

    db = tmp_path / "bookmarks.sqlite"
    ids = healthy(db)
    monkeypatch.setattr(BookmarkStore, "connection_factory", FullAtCommit)
    store = BookmarkStore(db)
    assert not store.read_only
    with pytest.raises(StoreWriteError) as err:
        store.add(mark())
    assert str(err.value) == (f"{db}: the bookmark was not saved: the disk is full "
                              "(database or disk is full)")
    assert "rollback" not in str(err.value)
    with pytest.raises(StoreWriteError, match="the note was not saved: the disk is full"):
        store.set_note(ids[0], "a new note")
    assert [(b.id, b.note) for b in store.all()] == [(ids[0], "note 0")]


def test_the_command_line_import_on_a_full_disk_is_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from reader.core.bookmark_io import export_json

    export = tmp_path / "export.json"
    export.write_text(export_json([mark()]), encoding="utf-8")
    db = tmp_path / "bookmarks.sqlite"
    healthy(db)
    monkeypatch.setattr(BookmarkStore, "connection_factory",
                        failing("BEGIN IMMEDIATE", 13, "database or disk is full"))
    assert main(["bookmarks", "import", str(export), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err == (f"transcript-reader: {db}: nothing was imported: the disk is full "
                   "(database or disk is full)\n")


# --- a real full disk (a small tmpfs; needs root) --------------------------------------

@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="mounting a tmpfs needs root; the simulation above covers it")
def test_a_real_full_disk_hides_no_bookmark(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk") as disk:
        db = disk / "data" / "bookmarks.sqlite"
        ids = healthy(db, 3)
        before = db.read_bytes()
        filler = fill(disk)
        store = BookmarkStore(db)
        assert set_aside(db.parent) == []
        assert store.read_only and store.notice is not None
        assert sorted(b.id for b in store.all()) == sorted(ids)
        with pytest.raises(StoreWriteError):
            store.add(mark())
        store.close()
        assert db.read_bytes() == before
        filler.unlink()
        store = BookmarkStore(db)
        assert not store.read_only and store.recovered is None
        assert sorted(b.id for b in store.all()) == sorted(ids)
        store.add(mark("after space was freed"))
        assert store.count() == 4
        store.close()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="mounting a tmpfs needs root; the simulation above covers it")
def test_a_disk_that_fills_while_the_app_runs(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk") as disk:
        db = disk / "bookmarks.sqlite"
        ids = healthy(db)
        store = BookmarkStore(db)
        fill(disk)
        with pytest.raises(StoreWriteError) as err:
            for _ in range(200):  # until a page must be added
                store.add(mark("x" * 2000))
        assert "rollback" not in str(err.value)
        assert err.value.kind in (Problem.FULL, Problem.IO)
        assert ids[0] in {b.id for b in store.all()}
        store.close()
        assert set_aside(disk) == []


# --- locks and two copies at once ------------------------------------------------------

def test_a_lock_held_by_another_program_is_not_damage(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "bookmarks.sqlite"
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # a new file, held by someone else
    monkeypatch.setattr(BookmarkStore, "BUSY_TIMEOUT", 0.2)
    with pytest.raises(StoreError) as err:
        BookmarkStore(db)
    assert err.value.kind is Problem.LOCKED
    assert str(err.value).startswith(f"{db}: cannot ")
    assert "locked" in str(err.value)
    assert set_aside(tmp_path) == [] and db.exists()
    other.execute("ROLLBACK")
    other.close()
    assert BookmarkStore(db).count() == 0


STARTER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from reader.core.bookmarks import BookmarkStore
    store = BookmarkStore(Path(sys.argv[1]))
    print(store.recovered or "ok", flush=True)
""")


def test_copies_creating_the_database_at_once_set_nothing_aside(tmp_path: Path) -> None:
    """Issue 17: a transient "database is locked" was taken for corruption and a healthy
    file set aside, three times over in one run."""
    for run in range(3):
        db = tmp_path / f"run{run}" / "bookmarks.sqlite"
        procs = [subprocess.Popen([sys.executable, "-c", STARTER, str(db)], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(6)]
        outs = [p.communicate(timeout=120) for p in procs]
        assert [o[0].strip() for o in outs] == ["ok"] * 6, outs
        assert set_aside(db.parent) == []


def test_a_copy_creating_the_file_between_two_reads_is_not_taken_for_damage(
        tmp_path: Path) -> None:
    """The race behind the test above, made to happen every time: another copy of the app
    creates the tables and commits while this one checks whether the file is ours. Read
    in one transaction, the check never sees the other's tables without their version."""
    from reader.core.bookmarks import MIGRATIONS, SCHEMA_VERSION

    db_path = tmp_path / "bookmarks.sqlite"

    class OtherCopyCommitsMeanwhile(sqlite3.Connection):
        done = False

        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
            if sql.startswith("SELECT name FROM sqlite_master") and not type(self).done:
                type(self).done = True
                other = sqlite3.connect(db_path, timeout=0.2, isolation_level=None)
                try:  # it waits for this copy's read to end, as a real copy would
                    other.execute("BEGIN IMMEDIATE")
                    for statement in MIGRATIONS[1].split(";"):
                        if statement.strip():
                            other.execute(statement)
                    other.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                    other.execute("COMMIT")
                except sqlite3.OperationalError:
                    pass  # locked out until this copy's read is over
                finally:
                    other.close()
            return super().execute(sql, *args)

    class Store(BookmarkStore):
        connection_factory = OtherCopyCommitsMeanwhile

    store = Store(db_path)
    assert OtherCopyCommitsMeanwhile.done
    assert store.recovered is None and set_aside(tmp_path) == []
    store.close()


def test_a_journal_mode_change_that_finds_the_file_busy_is_tried_again(
        tmp_path: Path) -> None:
    """Another copy creating the file: switching to write-ahead logging answers "database
    is locked" at once (SQLite does not wait for it). It failed the start: the bookmark
    file "cannot be created"; it is tried again until the other copy is done."""
    busy = {"left": 3}

    class BusyAtFirst(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
            if sql.strip().upper() == "PRAGMA JOURNAL_MODE=WAL" and busy["left"]:
                busy["left"] -= 1
                raise sqlite_error(5, "database is locked")  # SQLITE_BUSY
            return super().execute(sql, *args)

    class Store(BookmarkStore):
        connection_factory = BusyAtFirst

    store = Store(tmp_path / "bookmarks.sqlite")
    assert busy["left"] == 0 and store.notice is None and not store.read_only
    assert store.add(mark()).id
    store.close()


# --- real damage and wrong schemas -----------------------------------------------------

def test_damaged_pages_set_the_file_aside(tmp_path: Path) -> None:
    db = tmp_path / "bookmarks.sqlite"
    healthy(db, 40)
    data = bytearray(db.read_bytes())
    page = 4096
    data[page + 100: page * 2] = b"\xff" * (page - 100)  # scribble over the second page
    db.write_bytes(bytes(data))
    store = BookmarkStore(db)
    assert store.recovered is not None and str(db) in store.recovered
    assert len(set_aside(tmp_path)) == 1
    assert store.count() == 0


@pytest.mark.parametrize(("sql", "why"), [
    ("DROP TABLE bookmarks", "bookmarks table is missing"),
    ("ALTER TABLE bookmarks DROP COLUMN quote", "lacks column(s) quote"),
])
def test_right_version_wrong_schema_is_set_aside_and_told(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str, why: str) -> None:
    """Issue 17: the right user_version with a wrong or missing table crashed the window
    at every start and the command line with a traceback."""
    db = tmp_path / "bookmarks.sqlite"
    healthy(db)
    con = sqlite3.connect(db)
    con.execute("DROP INDEX IF EXISTS bookmarks_fingerprint")
    con.execute(sql)
    con.commit()
    con.close()
    kept = db.read_bytes()
    assert main(["bookmarks", "list", "--db", str(db)]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "[]"
    assert why in out.err and "was kept as bookmarks.corrupt-" in out.err
    aside = set_aside(tmp_path)
    assert len(aside) == 1 and (tmp_path / aside[0]).read_bytes() == kept
    assert BookmarkStore(db).recovered is None  # the new file is good


def test_another_programs_database_is_not_altered(tmp_path: Path) -> None:
    db = tmp_path / "bookmarks.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    kept = db.read_bytes()
    store = BookmarkStore(db)
    assert store.recovered is not None and "not bookmarks" in store.recovered
    aside = set_aside(tmp_path)
    assert (tmp_path / aside[0]).read_bytes() == kept


# --- permissions ---------------------------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_bookmarks_are_private(tmp_path: Path) -> None:
    db = tmp_path / "data" / "transcript-reader" / "bookmarks.sqlite"
    store = BookmarkStore(db)
    store.add(mark())
    for p in (db, Path(f"{db}-wal")):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    for folder in (db.parent, db.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_old_world_readable_file_is_made_private(tmp_path: Path) -> None:
    db = tmp_path / "bookmarks.sqlite"
    healthy(db)
    db.chmod(0o644)
    BookmarkStore(db).close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_backups_before_migration_are_private_too(tmp_path: Path) -> None:
    db = tmp_path / "bookmarks.sqlite"
    healthy(db)
    store = BookmarkStore(db)
    copy = store.backup("test")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_read_only_fallback_with_odd_characters_in_the_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "a?b#c %20 д"
    db = folder / "bookmarks.sqlite"
    ids = healthy(db)
    monkeypatch.setattr(BookmarkStore, "connection_factory",
                        failing("PRAGMA JOURNAL_MODE=WAL", 13, "database or disk is full"))
    store = BookmarkStore(db)
    assert store.read_only and [b.id for b in store.all()] == ids


def test_a_missing_file_on_a_full_disk_is_a_clear_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "bookmarks.sqlite"
    monkeypatch.setattr(BookmarkStore, "connection_factory",
                        failing("PRAGMA JOURNAL_MODE=WAL", 13, "database or disk is full"))
    with pytest.raises(StoreError) as err:
        BookmarkStore(db)
    assert str(err.value) == (f"{db}: cannot be created: the disk is full "
                              "(database or disk is full)")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_apps_own_folders_and_their_files_are_made_private(tmp_path: Path) -> None:
    from reader.core.paths import private_app_dir

    cache = tmp_path / "cache" / "transcript-reader"
    cache.mkdir(parents=True)
    cache.chmod(0o755)
    old = cache / "library.sqlite"
    old.write_bytes(b"")
    old.chmod(0o644)
    private_app_dir(cache)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    fresh = tmp_path / "data" / "transcript-reader" / "transcript-reader"
    private_app_dir(fresh)
    assert [stat.S_IMODE(p.stat().st_mode) for p in (fresh, fresh.parent, fresh.parent.parent)
            ] == [0o700] * 3


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_caches_are_private_from_their_first_start(tmp_path: Path) -> None:
    """The library cache and the search index hold what the reader reads: 0600 from the
    moment they are made, not only from the next start."""
    from reader.core.library import MetaCache
    from reader.core.search import SearchIndex

    cache = tmp_path / "cache" / "transcript-reader"
    MetaCache(cache / "library.sqlite").close()
    SearchIndex(cache / "search.sqlite").close()
    for name in ("library.sqlite", "search.sqlite"):
        assert stat.S_IMODE((cache / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
