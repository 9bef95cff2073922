"""Search: in one transcript, and across the library with SQLite FTS5.

The library index knows, per event, its title, lead, place, tags and who speaks (with
their titles), and every passage. Words are folded (case, ё = е) and stemmed by the
Snowball stemmer of their script, at index and at query time (reader.core.stemming);
the query language is read in reader.core.query; results come one per event
(reader.core.results)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from reader.core.anchors import Point
from reader.core.disposable import Layout, open_disposable
from reader.core.indexing import (
    FIELDS,
    PART_BITS,
    PART_MASK,
    Payload,
    pack,
    payload,
    unpack_fields,
    unpack_passages,
)
from reader.core.model import PARSER_VERSION, BlockKind, Transcript
from reader.core.query import compile_query
from reader.core.results import EventHit, Hit, Results, Searcher, twin_key
from reader.core.stemming import TOKEN as _WORD
from reader.core.stemming import Stems, fold, stemmer_id

__all__ = ["COMMON", "EventHit", "Hit", "Results", "SearchIndex", "find_in_transcript",
           "fold", "terms"]

log = logging.getLogger(__name__)

# --- in one transcript -----------------------------------------------------------------


def find_in_transcript(t: Transcript, query: str, speaker: str | None = None
                       ) -> list[tuple[Point, Point]]:
    """Every occurrence of ``query`` (case-insensitive, ё = е), optionally only in one
    speaker's turns, as (start, end) points in document order."""
    q = fold(query.strip())
    if not q:
        return []
    hits: list[tuple[Point, Point]] = []
    for bi, b in enumerate(t.blocks):
        if speaker is not None and (b.kind is not BlockKind.SPEECH or b.speaker != speaker):
            continue
        for pi, p in enumerate(b.paragraphs):
            folded = fold(p)
            i = folded.find(q)
            while i >= 0:
                hits.append((Point(bi, pi, i), Point(bi, pi, i + len(q))))
                i = folded.find(q, i + len(q))
    return hits


def terms(query: str) -> list[str]:
    """The words and phrases of a query (folded), for find-in-page; a prefix ends in *."""
    out: list[str] = []
    parts = query.replace("(", " ").replace(")", " ").split('"')
    for i, part in enumerate(parts):
        if i % 2:  # inside quotes
            words = _WORD.findall(fold(part))
            if words:
                out.append(" ".join(words))
            continue
        for tok in part.split():
            if tok in ("OR", "AND", "NOT"):
                continue
            words = _WORD.findall(fold(tok))
            out.extend(words)
            if tok.endswith("*") and words:
                out[-1] += "*"
    return out


# --- across the library ----------------------------------------------------------------

#: Matches beyond which a query counts as common: its passages are ranked among their
#: first COMMON matches (still the best of many, and answered at once).
COMMON = 3000

SCHEMA_VERSION = 7

_SCHEMA = f"""
CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE docs (id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, size INTEGER,
    mtime_ns INTEGER, title TEXT, date TEXT, time TEXT, place TEXT, url TEXT,
    speakers TEXT, first INTEGER, n INTEGER, twin TEXT);
CREATE INDEX docs_twin ON docs (twin);
CREATE TABLE bodies (id INTEGER PRIMARY KEY, body BLOB NOT NULL); -- id: doc << 12 | part
CREATE TABLE speakers (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
CREATE TABLE doc_speakers (speaker INTEGER, doc INTEGER, PRIMARY KEY (speaker, doc))
    WITHOUT ROWID;
CREATE TABLE passages (id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, block INTEGER,
    paragraph INTEGER, kind INTEGER, speaker INTEGER);
CREATE VIRTUAL TABLE passages_fts USING fts5(body, content='', columnsize=0,
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE docs_fts USING fts5({", ".join(FIELDS)}, content='',
    tokenize='unicode61 remove_diacritics 2');
"""

LAYOUT = Layout(SCHEMA_VERSION, {
    "info": frozenset({"key", "value"}),
    "docs": frozenset({"id", "path", "size", "mtime_ns", "title", "date", "time", "place",
                       "url", "speakers", "first", "n", "twin"}),
    "bodies": frozenset({"id", "body"}),
    "speakers": frozenset({"id", "name"}),
    "doc_speakers": frozenset({"speaker", "doc"}),
    "passages": frozenset({"id", "doc", "block", "paragraph", "kind", "speaker"}),
    "passages_fts": frozenset({"body"}),
    "docs_fts": frozenset(FIELDS),
})

_SEP = "\x1f"
#: An index up to this size has every page checked when it is opened (~0.5 s); a larger
#: one only its schema, and its pages by verify() once the library is listed.
CHECK_AT_OPEN = 64 * 1024 * 1024


class SearchIndex:
    """A full-text index of every event and passage of the library (a disposable cache).

    ``owned`` False: the path was named by the reader, and an existing file there that
    is not one of our indexes is refused (ForeignFileError), never overwritten.
    ``full_check`` reads every page at open (the writer does; a reader only checks the
    schema). ``notice`` says once that a damaged index was started afresh."""

    def __init__(self, path: Path | None, *, owned: bool = True,
                 full_check: bool | None = None) -> None:
        self.path = path
        self.notice: str | None = None
        self._stems = Stems()
        if full_check is None:  # every page of a small index; a large one: see verify()
            try:
                full_check = path is not None and path.stat().st_size <= CHECK_AT_OPEN
            except OSError:
                full_check = True
        self._owned = owned
        self._db = self._open(owned, full_check)
        self._inode = self._path_inode()
        self._searcher = Searcher(self._db, self._stems)

    def _open(self, owned: bool, full_check: bool) -> sqlite3.Connection:
        def rebuilt(reason: str) -> None:
            self.notice = (f"The search index was damaged ({reason}) and has been started "
                           "afresh; passages reappear as the library is read again.")

        db = open_disposable(self.path, self._setup, "search index", LAYOUT, owned=owned,
                             full_check=full_check, on_rebuild=rebuilt, timeout=30,
                             isolation_level=None)
        made = dict(db.execute("SELECT key, value FROM info WHERE key IN ('parser', "
                               "'stemmer')").fetchall())
        wanted = {"parser": str(PARSER_VERSION), "stemmer": stemmer_id()}
        if made != wanted:
            # A new parser or stemmer: its words may differ, so the index starts over.
            db.execute("BEGIN IMMEDIATE")
            for table in ("docs", "bodies", "speakers", "doc_speakers", "passages", "info"):
                db.execute(f"DELETE FROM {table}")
            for fts in ("passages_fts", "docs_fts"):
                db.execute(f"INSERT INTO {fts}({fts}) VALUES('delete-all')")
            db.executemany("INSERT INTO info VALUES (?, ?)", wanted.items())
            db.execute("COMMIT")
        if self.notice:  # kept for whichever reader of the index comes first
            db.execute("INSERT OR REPLACE INTO info VALUES ('notice', ?)", (self.notice,))
        return db

    def take_notice(self) -> str | None:
        """That the index was started afresh (damaged), told once to whoever asks first
        (the window's scanner may have rebuilt it; its search panel tells the reader)."""
        said = self.notice
        row = self._db.execute("SELECT value FROM info WHERE key='notice'").fetchone()
        if row is not None:
            self._db.execute("DELETE FROM info WHERE key='notice'")
            said = said or str(row[0])
        self.notice = None
        return said

    @staticmethod
    def _setup(db: sqlite3.Connection) -> None:
        db.executescript(_SCHEMA)

    def verify(self) -> bool:
        """Read every page (PRAGMA quick_check; seconds for a large index): a damaged
        index is started afresh, with a notice, and False returned."""
        try:
            result = self._db.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            result = str(exc)
        if result == "ok":
            return True
        self._start_afresh(f"damaged ({result})")
        return False

    def _start_afresh(self, reason: str) -> None:
        log.warning("search index %s damaged (%s); starting a new one", self.path, reason)
        self._db.close()
        if self.path is not None:
            for extra in ("", "-wal", "-shm", "-journal"):
                Path(str(self.path) + extra).unlink(missing_ok=True)
        self.notice = (f"The search index was damaged ({reason}) and has been started "
                       "afresh; passages reappear as the library is read again.")
        self._db = self._open(self._owned, False)
        self._inode = self._path_inode()
        self._searcher = Searcher(self._db, self._stems)

    def _path_inode(self) -> int | None:
        try:
            return self.path.stat().st_ino if self.path else None
        except OSError:
            return None

    def _reopen_if_replaced(self) -> None:
        """Another connection (the library scanner) started the file afresh: follow it."""
        if self.path is not None and self._path_inode() != self._inode:
            self._db.close()
            self._db = self._open(True, False)
            self._inode = self._path_inode()
            self._searcher = Searcher(self._db, self._stems)

    def close(self) -> None:
        self._db.close()

    def snapshot(self) -> dict[str, tuple[int, int]]:
        self._reopen_if_replaced()
        return {r[0]: (r[1], r[2]) for r in
                self._db.execute("SELECT path, size, mtime_ns FROM docs")}

    def is_fresh(self, path: str, size: int, mtime_ns: int) -> bool:
        r = self._db.execute("SELECT size, mtime_ns FROM docs WHERE path=?", (path,)).fetchone()
        return r is not None and (r[0], r[1]) == (size, mtime_ns)

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0])

    def _remove(self, paths: Iterable[str]) -> None:
        db = self._db
        for path in paths:
            row = db.execute("SELECT id, first, n FROM docs WHERE path=?", (path,)).fetchone()
            if row is None:
                continue
            doc, first, n = row
            # A contentless index forgets a row only when told its words again.
            fields, paragraphs = self._texts(doc)
            db.execute(f"INSERT INTO docs_fts(docs_fts, rowid, {', '.join(FIELDS)}) "
                       f"VALUES('delete', ?{', ?' * len(FIELDS)})",
                       (doc, *self._stems.index_texts(list(fields))))
            db.executemany(
                "INSERT INTO passages_fts(passages_fts, rowid, body) VALUES('delete', ?, ?)",
                [(first + i, s) for i, s in enumerate(self._stems.index_texts(paragraphs))])
            db.execute("DELETE FROM passages WHERE id BETWEEN ? AND ?", (first, first + n - 1))
            db.execute("DELETE FROM doc_speakers WHERE doc=?", (doc,))
            db.execute("DELETE FROM docs WHERE id=?", (doc,))
            db.execute("DELETE FROM bodies WHERE id BETWEEN ? AND ?",
                       (doc << PART_BITS, (doc << PART_BITS) | PART_MASK))

    def _write(self, work: Iterable[tuple[str, int, int, Payload | None]] | None,
               remove: Iterable[str] = ()) -> None:
        self._reopen_if_replaced()
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            self._remove(remove)
            for path, size, mtime_ns, p in work or ():
                self._remove([path])
                self._insert(path, size, mtime_ns, p)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _insert(self, path: str, size: int, mtime_ns: int, p: Payload | None) -> None:
        db = self._db
        # Ids are taken inside the write transaction, so two writers cannot clash.
        first = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM passages").fetchone()[0]
        if p is None:  # a file that could not be parsed: known, with nothing to find
            cur = db.execute("INSERT INTO docs (path, size, mtime_ns, first, n, twin) "
                             "VALUES (?, ?, ?, ?, 0, ?)",
                             (path, size, mtime_ns, first, twin_key(None, None, None, path)))
            db.execute("INSERT INTO bodies VALUES (?, ?)",
                       ((cur.lastrowid or 0) << PART_BITS, pack(("",) * len(FIELDS), [])[0]))
            return
        cur = db.execute(
            "INSERT INTO docs (path, size, mtime_ns, title, date, time, place, url, speakers, "
            "first, n, twin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (path, size, mtime_ns, p.title, p.date, p.time, p.place, p.url,
             _SEP.join(p.speakers), first, len(p.passages),
             twin_key(p.title, p.date, p.url, path)))
        doc = cur.lastrowid
        # The text apart from the events' details: reading those stays quick.
        db.executemany("INSERT INTO bodies VALUES (?, ?)",
                       [((doc or 0) << PART_BITS | i, part) for i, part in enumerate(p.parts)])
        ids: dict[str, int] = {}
        for name in {sp.speaker for sp in p.passages if sp.speaker}:
            row = db.execute("SELECT id FROM speakers WHERE name=?", (name,)).fetchone()
            ids[name] = int(row[0] if row else db.execute(
                "INSERT INTO speakers (name) VALUES (?)", (name,)).lastrowid or 0)
        db.executemany("INSERT OR IGNORE INTO doc_speakers VALUES (?, ?)",
                       [(i, doc) for i in ids.values()])
        db.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?)",
                       [(first + i, doc, sp.block, sp.paragraph, sp.kind,
                         ids.get(sp.speaker) if sp.speaker else None)
                        for i, sp in enumerate(p.passages)])
        db.executemany("INSERT INTO passages_fts (rowid, body) VALUES (?, ?)",
                       [(first + i, s) for i, s in enumerate(p.stemmed_passages)])
        db.execute(f"INSERT INTO docs_fts (rowid, {', '.join(FIELDS)}) "
                   f"VALUES (?{', ?' * len(FIELDS)})", (doc, *p.stemmed_fields))

    def _texts(self, doc: int) -> tuple[tuple[str, ...], list[str]]:
        """An event's stored fields and passages, whole."""
        fields: tuple[str, ...] = ()
        paragraphs: list[str] = []
        for rowid, body in self._db.execute(
                "SELECT id, body FROM bodies WHERE id BETWEEN ? AND ? ORDER BY id",
                (doc << PART_BITS, (doc << PART_BITS) | PART_MASK)):
            if rowid & PART_MASK == 0:
                fields = unpack_fields(body)
            else:
                paragraphs += unpack_passages(body)
        return fields, paragraphs

    def remove(self, paths: Iterable[str]) -> None:
        self._write(None, list(paths))

    def add(self, path: str, size: int, mtime_ns: int, t: Transcript | None) -> None:
        """(Re)index one file's transcript (None: a file that could not be parsed)."""
        self.add_many([(path, size, mtime_ns,
                        payload(t, self._stems) if t is not None else None)])

    def add_many(self, items: Iterable[tuple[str, int, int, Payload | None]]) -> None:
        """(Re)index files whose payloads were made elsewhere, in one transaction."""
        self._write(list(items))

    def size_report(self) -> tuple[int, int]:
        """(bytes of the index on disk, bytes of text it indexes)."""
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        page = self._db.execute("PRAGMA page_size").fetchone()[0]
        text = 0
        for (doc,) in self._db.execute("SELECT id FROM docs").fetchall():
            fields, paragraphs = self._texts(doc)
            text += sum(len(x.encode("utf-8")) for x in (*fields, *paragraphs))
        return pages * page, text

    def search(self, query: str, *, speaker: str | None = None, date_from: str | None = None,
               date_to: str | None = None, paths: set[str] | None = None,
               limit: int = 50, passages: int = 5) -> Results:
        """Events matching the query, best first, each with its best passages; an empty
        query with a speaker lists that person's turns, newest first. Never raises for
        a query: what cannot be read is explained in ``Results.notice``."""
        if limit < 1 or passages < 1:
            raise ValueError("limit and passages must be at least 1")
        try:
            self._reopen_if_replaced()
            said = self.take_notice()
            plan = compile_query(query, self._stems)
            res = self._searcher.run(plan, speaker=speaker, date_from=date_from,
                                     date_to=date_to, paths=paths, limit=limit,
                                     per_event=passages, common=COMMON)
        except sqlite3.DatabaseError as exc:
            said = None
            log.warning("search index %s unreadable: %s", self.path, exc)
            if type(exc) is sqlite3.DatabaseError:  # damaged pages ("malformed"), not busy
                self._start_afresh(str(exc))
                said = self.take_notice()
                res = Results([])
            else:
                res = Results([], f"The search index cannot be read now ({exc}).")
        if said:
            res.notice = f"{said} {res.notice}" if res.notice else said
        return res

