"""Search: in one transcript, and across the library with SQLite FTS5.

Matching folds case, diacritics and Russian "ё" to "е" (so "елка" finds "ёлка");
English words are stemmed (porter), Russian ones matched whole or by prefix ("ёлк*").
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.core.anchors import Point
from reader.core.disposable import open_disposable
from reader.core.model import PARSER_VERSION, BlockKind, Transcript

log = logging.getLogger(__name__)

_FOLD = str.maketrans({"ё": "е", "Ё": "Е", "\u00a0": " "})


def fold(text: str) -> str:
    """Lower case and ё -> е, keeping every character's position."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_FOLD)


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


# --- across the library ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Hit:
    path: str
    block: int
    paragraph: int
    speaker: str | None
    title: str | None
    date: str | None
    text: str
    snippet: str  # with the hits between « and »
    score: float


_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER,
    parser_version INTEGER);
CREATE TABLE IF NOT EXISTS passages (id INTEGER PRIMARY KEY, path TEXT NOT NULL,
    block INTEGER, paragraph INTEGER, speaker TEXT, title TEXT, date TEXT, text TEXT);
CREATE INDEX IF NOT EXISTS passages_path ON passages(path);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(folded, content='',
    tokenize='porter unicode61 remove_diacritics 2');
"""

#: Matches beyond which a query counts as common (see SearchIndex.search).
COMMON = 3000

_TOKEN = re.compile(r'"[^"]*"|[^\s"]+')
_WORD = re.compile(r"\w+")


def fts_query(query: str) -> str | None:
    """The user's words as an FTS5 query: "quoted phrases", prefixes with *, AND."""
    parts: list[str] = []
    for tok in _TOKEN.findall(fold(query)):
        if tok.startswith('"'):
            words = _WORD.findall(tok)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        prefix = tok.endswith("*")
        for w in _WORD.findall(tok):
            parts.append(f'"{w}"')
        if prefix and parts:
            parts[-1] += "*"
    return " ".join(parts) or None


def terms(query: str) -> list[str]:
    """The words and phrases to mark in results (folded); a prefix ends with "*"."""
    out = []
    for tok in _TOKEN.findall(fold(query)):
        words = _WORD.findall(tok)
        if tok.startswith('"') and words:
            out.append(" ".join(words))
        else:
            out.extend(words)
            if tok.endswith("*") and out:
                out[-1] += "*"
    return out


_SUFFIXES = ("ences", "ence", "ances", "ance", "ations", "ation", "ings", "ing", "ions", "ion",
             "ies", "ied", "ed", "es", "e", "s")


def _stem(word: str) -> str:
    """A rough English stem for marking hits (the index itself uses Porter's)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: len(word) - len(suffix)]
    return word


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def snippet(text: str, query_terms: list[str], width: int = 160) -> str:
    """A piece of the text around the first hit, hits between « and »."""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for term in query_terms:
        # Prefixes mark the whole word; English words are matched by stem, as the index
        # does ("interference" finds "interfere"); others allow a short ending.
        if term.endswith("*"):
            pattern = r"\b" + re.escape(term[:-1]) + r"\w*"
        elif " " not in term and term.isascii():
            pattern = r"\b" + re.escape(_stem(term)) + r"\w*"
        else:
            pattern = r"\b" + re.escape(term) + r"\w{0,3}\b"
        spans.extend((m.start(), m.end()) for m in re.finditer(pattern, folded))
    spans = _merge(spans)
    if spans:
        first = spans[0][0]
        start = max(0, first - width // 3)
    else:
        start = 0
    end = min(len(text), start + width)
    out, pos = [], start
    for a, b in spans:
        if a < pos or b > end:
            continue
        out.append(text[pos:a])
        out.append("«" + text[a:b] + "»")
        pos = b
    out.append(text[pos:end])
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(text) else "")


class SearchIndex:
    """A full-text index of every paragraph of the library, kept in the cache folder."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db = open_disposable(path, self._setup, "search index", timeout=30,
                                   isolation_level=None)

    @staticmethod
    def _setup(db: sqlite3.Connection) -> None:
        db.executescript(_SCHEMA)
        stale = db.execute("SELECT COUNT(*) FROM docs WHERE parser_version != ?",
                           (PARSER_VERSION,)).fetchone()[0]
        if stale:
            # A new parser: its paragraphs may differ, so the index starts over.
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM docs")
            db.execute("DELETE FROM passages")
            db.execute("INSERT INTO passages_fts(passages_fts) VALUES('delete-all')")
            db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    def snapshot(self) -> dict[str, tuple[int, int]]:
        return {r[0]: (r[1], r[2]) for r in
                self._db.execute("SELECT path, size, mtime_ns FROM docs")}

    def is_fresh(self, path: str, size: int, mtime_ns: int) -> bool:
        r = self._db.execute("SELECT size, mtime_ns FROM docs WHERE path=?", (path,)).fetchone()
        return r is not None and (r[0], r[1]) == (size, mtime_ns)

    def _remove(self, paths: Iterable[str]) -> None:
        for path in paths:
            rows = self._db.execute("SELECT id, text FROM passages WHERE path=?",
                                    (path,)).fetchall()
            self._db.executemany(
                "INSERT INTO passages_fts(passages_fts, rowid, folded) VALUES('delete', ?, ?)",
                [(rid, fold(text)) for rid, text in rows])
            self._db.execute("DELETE FROM passages WHERE path=?", (path,))
            self._db.execute("DELETE FROM docs WHERE path=?", (path,))

    def remove(self, paths: Iterable[str]) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._remove(paths)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def add(self, path: str, size: int, mtime_ns: int, t: Transcript | None) -> None:
        """(Re)index one file's transcript (None: a file that could not be parsed)."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT 1 FROM docs WHERE path=?", (path,)).fetchone():
                self._remove([path])
            db.execute("INSERT INTO docs VALUES (?, ?, ?, ?)",
                       (path, size, mtime_ns, PARSER_VERSION))
            if t is not None:
                # Ids are taken inside the write transaction, so two writers cannot clash.
                first = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM passages").fetchone()[0]
                rows: list[tuple[str, int, int, str | None, str | None, str | None, str]] = []
                for bi, b in enumerate(t.blocks):
                    sp = t.speaker(b.speaker) if b.speaker else None
                    name = sp.name if sp else None
                    rows.extend((path, bi, pi, name, t.title, t.date, p)
                                for pi, p in enumerate(b.paragraphs))
                ids = range(first, first + len(rows))
                db.executemany("INSERT INTO passages (id, path, block, paragraph, speaker, "
                               "title, date, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               [(i, *r) for i, r in zip(ids, rows, strict=True)])
                db.executemany("INSERT INTO passages_fts(rowid, folded) VALUES (?, ?)",
                               [(i, fold(r[6])) for i, r in zip(ids, rows, strict=True)])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0])

    def search(self, query: str, *, speaker: str | None = None, date_from: str | None = None,
               date_to: str | None = None, paths: set[str] | None = None,
               limit: int = 200) -> list[Hit]:
        """Passages matching the query, best first (bm25)."""
        q = fts_query(query)
        if q is None:
            return []
        # Rank inside FTS5 first (no join over every match), then fetch the passages.
        # Ranking reads every match, so a query matching a large part of the library
        # ("Putin") is ranked among its first COMMON matches instead: still the best of
        # many, and answered at once.
        filtered = bool(speaker or date_from or date_to or paths is not None)
        candidates = limit * 25 if filtered else limit
        try:
            common = self._db.execute(
                "SELECT COUNT(*) FROM (SELECT rowid FROM passages_fts WHERE passages_fts "
                "MATCH ? LIMIT ?)", (q, COMMON)).fetchone()[0] >= COMMON
        except sqlite3.OperationalError as exc:
            log.info("query %r not understood: %s", query, exc)
            return []
        inner = ("SELECT rowid, rank FROM passages_fts WHERE passages_fts MATCH ? "
                 + ("ORDER BY rowid LIMIT ?" if common else "ORDER BY rank LIMIT ?"))
        sql = ("SELECT p.path, p.block, p.paragraph, p.speaker, p.title, p.date, p.text, "
               f"m.rank FROM ({inner}) AS m JOIN passages p ON p.id = m.rowid WHERE 1")
        args: list[object] = [q, COMMON if common else candidates]
        if speaker:
            sql += " AND p.speaker = ? COLLATE NOCASE"
            args.append(speaker)
        if date_from:
            sql += " AND p.date >= ?"
            args.append(date_from)
        if date_to:
            sql += " AND p.date <= ?"
            args.append(date_to)
        sql += " ORDER BY m.rank LIMIT ?"
        args.append(candidates)
        try:
            rows = self._db.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:
            log.info("query %r not understood: %s", query, exc)
            return []
        marks = terms(query)
        hits = [Hit(r[0], r[1], r[2], r[3], r[4], r[5], r[6], snippet(r[6], marks), r[7])
                for r in rows if paths is None or r[0] in paths]
        return hits[:limit]
