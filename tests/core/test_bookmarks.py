"""Bookmarks: anchoring, re-anchoring, the store's safety, export and import, MaSha links."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from reader.core import BlockKind, parse_bytes, parse_file
from reader.core import bookmarks as bm
from reader.core.anchors import FlatText, Point, make_anchor, resolve
from reader.core.bookmarks import Bookmark, BookmarkStore, export_json, export_markdown
from reader.core.masha import WORD, link_for
from selectolax.lexbor import LexborHTMLParser
from tests.conftest import ROOT

DIALOGUE = """Rufus Firefly met Ada Quill.

* * *

Rufus Firefly: Good afternoon. We shall talk about “teapots” today.

Ada Quill: Thank you. The teapot question is a serious one – for all of us.

Rufus Firefly: Indeed it is.
"""


def _passage(t, needle: str):  # type: ignore[no-untyped-def]
    flat = FlatText(t)
    i = flat.text.index(needle)
    return flat.point(i), flat.point(i + len(needle))


def test_anchor_resolves_by_position() -> None:
    t = parse_bytes(DIALOGUE.encode(), "a.txt")
    start, end = _passage(t, "The teapot question")
    a = make_anchor(t, start, end)
    assert a.quote == "The teapot question"
    assert a.prefix.endswith("Thank you. ") and a.suffix.startswith(" is a serious")
    assert resolve(t, a) == (start, end)


def test_anchor_follows_the_quote_to_another_paragraph() -> None:
    t = parse_bytes(DIALOGUE.encode(), "a.txt")
    a = make_anchor(t, *_passage(t, "serious one – for all"))
    moved = DIALOGUE.replace("Rufus Firefly: Indeed it is.",
                             "Rufus Firefly: Indeed it is.\n\nA new paragraph.")
    moved = "Tom Kettle: An extra first turn.\n\n" + moved
    t2 = parse_bytes(moved.encode(), "a.txt")
    found = resolve(t2, a)
    assert found is not None
    flat = FlatText(t2)
    s, e = flat.offset(found[0]), flat.offset(found[1])
    assert flat.text[s:e] == "serious one – for all"  # type: ignore[index]


def test_anchor_tolerates_white_space_and_typographic_quotes() -> None:
    t = parse_bytes(DIALOGUE.encode(), "a.txt")
    a = make_anchor(t, *_passage(t, "talk about “teapots” today"))
    plain = DIALOGUE.replace("“teapots”", '"teapots"').replace("talk about", "talk   about")
    t2 = parse_bytes(plain.encode(), "b.txt")
    found = resolve(t2, a)
    assert found is not None
    flat = FlatText(t2)
    assert flat.text[flat.offset(found[0]):flat.offset(found[1])] == \
        'talk about "teapots" today'  # type: ignore[index]


def test_anchor_is_orphaned_when_the_quote_is_gone() -> None:
    t = parse_bytes(DIALOGUE.encode(), "a.txt")
    a = make_anchor(t, *_passage(t, "Indeed it is"))
    t2 = parse_bytes(DIALOGUE.replace("Indeed it is.", "No.").encode(), "a.txt")
    assert resolve(t2, a) is None


def test_the_closest_context_wins_between_repeated_quotes() -> None:
    text = "Rufus Firefly: Yes. One.\n\nAda Quill: Yes. Two.\n\nRufus Firefly: Yes. Three.\n"
    t = parse_bytes(text.encode(), "r.txt")
    flat = FlatText(t)
    i = flat.text.index("Yes. Three")
    a = make_anchor(t, flat.point(i), flat.point(i + 3))
    t2 = parse_bytes(("Tom Kettle: Hello.\n\n" + text).encode(), "r.txt")
    found = resolve(t2, a)
    flat2 = FlatText(t2)
    assert found is not None
    assert flat2.text[flat2.offset(found[0]):].startswith("Yes. Three")  # type: ignore[index]


@pytest.mark.parametrize("page", ["kremlin-en-news-60349", "kremlin-en-news-54267",
                                  "kremlin-en-news-57085"])
def test_bookmark_on_a_saved_page_is_found_on_its_copied_text(corpus: Path, page: str) -> None:
    saved = parse_file(corpus / "en" / f"{page}.html")
    copied = parse_file(corpus / "en-copied" / f"{page}.copied.txt")
    turn = saved.turns()[-1]
    bi = saved.blocks.index(turn)
    p = turn.paragraphs[0]
    a = make_anchor(saved, Point(bi, 0, 0), Point(bi, 0, min(len(p), 60)))
    assert copied.source.url == saved.source.url
    found = resolve(copied, a)
    assert found is not None
    flat = FlatText(copied)
    got = flat.text[flat.offset(found[0]):flat.offset(found[1])]  # type: ignore[index]
    assert " ".join(got.split()) == " ".join(a.quote.split())


def _bookmark(t, needle: str, **kw) -> Bookmark:  # type: ignore[no-untyped-def]
    return Bookmark(anchor=make_anchor(t, *_passage(t, needle)), **kw)


def test_store_finds_bookmarks_after_a_rename(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(DIALOGUE, encoding="utf-8")
    t = parse_file(f)
    store = BookmarkStore(tmp_path / "bookmarks.sqlite")
    b = store.add(_bookmark(t, "Indeed it is", note="Firefly agrees", speaker="Rufus Firefly"))
    moved = tmp_path / "elsewhere" / "renamed.txt"
    moved.parent.mkdir()
    shutil.move(f, moved)
    t2 = parse_file(moved)
    found = store.for_transcript(t2.fingerprint(), t2.source.path, t2.source.url, t2.title,
                                 t2.date)
    assert [x.id for x in found] == [b.id]
    assert resolve(t2, found[0].anchor) is not None


def test_note_colour_delete_and_undo(tmp_path: Path) -> None:
    t = parse_bytes(DIALOGUE.encode(), "a.txt")
    store = BookmarkStore(tmp_path / "b.sqlite")
    b = store.add(_bookmark(t, "Good afternoon"))
    store.set_note(b.id, "opening words")
    store.set_colour(b.id, "green")
    got = store.get(b.id)
    assert got is not None and (got.note, got.colour) == ("opening words", "green")
    deleted = store.delete(b.id)
    assert store.count() == 0 and deleted is not None
    store.add(deleted)  # undo
    assert store.get(b.id) == deleted
    with pytest.raises(ValueError, match="colour"):
        store.set_colour(b.id, "plaid")


def test_export_import_without_duplicates_and_markdown(tmp_path: Path) -> None:
    t = parse_bytes(DIALOGUE.encode(), "a.txt")
    store = BookmarkStore(tmp_path / "one.sqlite")
    store.add(_bookmark(t, "Good afternoon", note="hello", speaker="Rufus Firefly",
                        place="Fredville"))
    store.add(_bookmark(t, "Thank you", speaker="Ada Quill"))
    data = export_json(store.all())
    other = BookmarkStore(tmp_path / "two.sqlite")
    assert other.import_json(json.loads(data)) == (2, 0)
    assert other.import_json(json.loads(data)) == (0, 2)
    assert [b.to_json() for b in other.all()] == [b.to_json() for b in store.all()]
    md = export_markdown(store.all())
    assert "> Good afternoon\n>\n> — Rufus Firefly, Fredville" in md
    assert "Note: hello" in md


def test_corrupt_database_is_set_aside_and_a_new_one_started(tmp_path: Path) -> None:
    db = tmp_path / "bookmarks.sqlite"
    garbage = b"this is not a database" * 100
    db.write_bytes(garbage)
    store = BookmarkStore(db)
    assert store.recovered is not None and str(db) in store.recovered
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == garbage
    assert store.count() == 0


def test_newer_schema_is_not_touched(tmp_path: Path) -> None:
    db = tmp_path / "bookmarks.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version=99")
    con.close()
    with pytest.raises(bm.StoreError, match="newer version"):
        BookmarkStore(db)
    assert db.exists()


def test_migration_backs_the_file_up_first(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    t = parse_bytes(DIALOGUE.encode(), "a.txt")
    db = tmp_path / "bookmarks.sqlite"
    store = BookmarkStore(db)
    b = store.add(_bookmark(t, "Indeed"))
    store.close()
    monkeypatch.setattr(bm, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(bm.MIGRATIONS, 2, "ALTER TABLE bookmarks ADD COLUMN extra TEXT")
    store = BookmarkStore(db)
    backups = [p for p in tmp_path.iterdir() if ".before-v2-" in p.name]
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT id FROM bookmarks").fetchall() == [(b.id,)]
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert store.get(b.id) is not None


WRITER = textwrap.dedent("""
    import sys
    from reader.core import parse_bytes
    from reader.core.anchors import FlatText, make_anchor
    from reader.core.bookmarks import Bookmark, BookmarkStore
    text = "Rufus Firefly: " + " ".join(f"word{i}" for i in range(400)) + "\\n"
    t = parse_bytes(text.encode(), "w.txt")
    flat = FlatText(t)
    store = BookmarkStore(__import__("pathlib").Path(sys.argv[1]))
    for i in range(int(sys.argv[2])):
        b = Bookmark(anchor=make_anchor(t, flat.point(i), flat.point(i + 5)), note=sys.argv[3])
        store.add(b)
        print(b.id, flush=True)
""")


def test_sigkill_in_the_middle_of_writes_loses_no_committed_bookmark(tmp_path: Path) -> None:
    db = tmp_path / "bookmarks.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), "100000", "k"],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    committed = []
    for line in proc.stdout:
        committed.append(line.strip())
        if len(committed) >= 300:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    store = BookmarkStore(db)
    assert store.recovered is None
    ids = {b.id for b in store.all()}
    assert set(committed) <= ids


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "bookmarks.sqlite"
    BookmarkStore(db).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), "150", name],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
             for name in ("a", "b")]
    outs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    for p in procs:
        assert p.stdout is not None
        p.stdout.close()
    store = BookmarkStore(db)
    assert store.count() == 300
    assert {b.id for b in store.all()} == set(outs[0]) | set(outs[1])


# --- MaSha links against the page's own numbering --------------------------------------

def _page_numbering(raw: str) -> list[list[str]]:
    """The page's text paragraphs and their words, as MaSha numbers them: every <p> of
    the article body outside the blocks the site marks masha-ignore."""
    doc = LexborHTMLParser(raw)
    body = doc.css_first("div.read__internal_content")
    assert body is not None
    for node in body.css(".masha-ignore"):
        node.decompose()
    paras = []
    for p in body.css("p"):
        words = WORD.findall(p.text(deep=True))
        if words:
            paras.append(words)
    return paras


@pytest.mark.parametrize(("page", "needle"), [
    ("kremlin-en-news-60349", "solid programme of cooperation"),
    ("kremlin-en-news-54267", "important partner in Europe"),
    ("kremlin-en-news-60795", "Good afternoon"),
    ("kremlin-en-news-17113", "Two Presidents also exchanged"),
])
def test_masha_link_matches_the_pages_numbering(corpus: Path, page: str, needle: str) -> None:
    t = parse_file(corpus / "en" / f"{page}.html")
    b = _bookmark(t, needle)
    link = link_for(t, b.anchor)
    assert link is not None
    m = re.fullmatch(r"(http://en\.kremlin\.ru/events/president/news/\d+)#sel=(\d+):(\d+),"
                     r"(\d+):(\d+)", link)
    assert m and m.group(1) == t.source.url
    b1, w1, b2, w2 = (int(x) for x in m.groups()[1:])
    paras = _page_numbering((corpus / "en" / f"{page}.html").read_text(encoding="utf-8"))
    words = WORD.findall(needle)
    assert paras[b1 - 1][w1 - 1] == words[0]
    assert paras[b2 - 1][w2 - 1] == words[-1]


def test_no_masha_link_without_a_page_link() -> None:
    t = parse_bytes(DIALOGUE.encode(), "a.txt")
    assert link_for(t, _bookmark(t, "Indeed").anchor) is None
    assert t.blocks[1].kind is BlockKind.SECTION_BREAK


def test_a_few_words_whose_sentence_was_reworded_are_not_moved_to_another_place() -> None:
    """"The southern part" was bookmarked; its sentence was reworded in a new version of
    the file, and the bookmark silently moved to the same words in another paragraph,
    shown as found. Now it is not found (to be re-attached); a long quote found once, or
    words whose surroundings agree, still follow the text."""
    text = ("Rufus Firefly: The northern part was ours. The southern part was theirs, "
            "the teapots said.\n\n"
            "Ada Quill: Then the southern part of the valley flooded in spring.\n")
    t = parse_bytes(text.encode(), "r.txt")
    flat = FlatText(t)
    i = flat.text.index("southern part of the valley")
    a = make_anchor(t, flat.point(i), flat.point(i + len("southern part")))
    reworded = text.replace("Then the southern part of the valley flooded",
                            "Then the south of the valley flooded")
    assert resolve(parse_bytes(reworded.encode(), "r.txt"), a) is None
    # Words whose surroundings agree follow the text when paragraphs come before them.
    moved = "Tom Kettle: A new first turn.\n\n" + text
    found = resolve(parse_bytes(moved.encode(), "r.txt"), a)
    assert found is not None and found[0].block == 2
    # A long quote found once is the passage, whatever now surrounds it.
    j = flat.text.index("The northern part was ours. The southern part was theirs")
    long = make_anchor(t, flat.point(j), flat.point(j + 58))
    elsewhere = ("Tom Kettle: New words before. The northern part was ours. The southern "
                 "part was theirs, and new words after.\n")
    assert resolve(parse_bytes(elsewhere.encode(), "r.txt"), long) is not None
