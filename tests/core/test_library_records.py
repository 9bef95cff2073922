"""A library record carries the page's link, tags and form, through the cache too."""

from __future__ import annotations

from pathlib import Path

from reader.core import parse_bytes, parse_file
from reader.core.library import MetaCache
from reader.core.library_records import record_for
from tests.helpers import CORPUS, require_shared


def test_link_tags_and_form_are_kept_in_the_cache(tmp_path: Path) -> None:
    page = next(p for p in sorted(require_shared(CORPUS / "en").glob("*.html"))
                if parse_file(p).tags.themes and parse_file(p).source.url)
    t = parse_file(page)
    st = page.stat()
    rec = record_for(str(page), st.st_size, st.st_mtime_ns, t)
    assert rec.url == t.source.url and rec.form == "html"
    assert set(t.tags.themes) <= set(rec.tags)
    cache = MetaCache(tmp_path / "library.sqlite")
    cache.put_many([rec])
    cache.close()
    again = MetaCache(tmp_path / "library.sqlite")
    row = again.snapshot()[str(page)]
    assert MetaCache._record(row) == rec
    assert again.notice is None


def test_a_cache_of_an_older_layout_is_read_again_without_a_damage_notice(
        tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "library.sqlite"
    MetaCache(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=2")  # the layout before links, tags and forms
    db.commit()
    db.close()
    cache = MetaCache(path)
    assert cache.notice is None
    assert cache.snapshot() == {}
    # A damaged cache is still said.
    cache.close()
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert MetaCache(path).notice is not None


def test_a_date_in_the_file_name_places_a_plain_text_without_dateline() -> None:
    from reader.core.library_records import date_in_name

    assert date_in_name("/x/firefly-interview-2031-02-09-en.txt") == "2031-02-09"
    assert date_in_name("/x/firefly_2031_12_31.txt") == "2031-12-31"
    assert date_in_name("/x/2031-02-30-firefly.txt") is None  # no such day
    assert date_in_name("/x/firefly-12031-02-09.txt") is None
    assert date_in_name("/x/firefly.txt") is None
    # Only where the text has no date of its own.
    t = parse_bytes(b"Rufus Firefly: Hello.\n\nAda Quill: Hello to you.\n", "a.txt")
    assert t.date is None
    assert record_for("/x/quill-2031-02-09.txt", 1, 1, t).date == "2031-02-09"


def test_the_speaker_filter_takes_a_whole_name_or_part_of_one() -> None:
    from reader.core.library_records import EventRecord

    rec = EventRecord("/x/a.txt", 1, 1, speakers=("Ada Quill", "Rufus Firefly"))
    assert rec.matches(speaker="Ada Quill")  # as the list offers it
    assert rec.matches(speaker="quill") and rec.matches(speaker="FIREF")  # typed, any case
    assert not rec.matches(speaker="Teapot")
    assert rec.matches(speaker="  ")  # nothing typed: any speaker
