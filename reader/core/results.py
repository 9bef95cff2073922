"""Library search results, one per event: how events are chosen and ranked, and the
passages shown for each.

Ranking: the events where the query names a speaker come first (a person's name finds
where they speak before where they are mentioned), then those whose title matches, then
the other fields (lead, place, tags), then the passages alone; within each tier by bm25.
Inside an event speech comes before narration and captions. Twins (the same link, or
the same title and date in different files) are one result listing its files."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from reader.core.indexing import (
    FIELDS,
    KINDS,
    PART,
    PART_BITS,
    SPEECH,
    name_forms,
    unpack_fields,
    unpack_passages,
)
from reader.core.persons import same_person
from reader.core.query import Plan, phrase_pattern
from reader.core.snippets import Span, snippet, spans
from reader.core.stemming import TOKEN, Stems, fold

#: bm25 weights of the event fields (FIELDS order): a title match counts most.
WEIGHTS = (10.0, 3.0, 5.0, 4.0, 8.0)
#: Turns listed per event when searching for a speaker alone.
TURNS = 200


@dataclass(frozen=True, slots=True)
class Hit:
    """One passage: where it is, who said it, its text, and the query's hits in a snippet
    of it (character spans into ``snippet``; the text is never altered)."""

    path: str
    block: int
    paragraph: int
    kind: str
    speaker: str | None
    title: str | None
    date: str | None
    text: str
    snippet: str
    spans: tuple[Span, ...]
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"block": self.block, "paragraph": self.paragraph, "kind": self.kind,
                "speaker": self.speaker, "snippet": self.snippet,
                "spans": [list(s) for s in self.spans], "text": self.text}


@dataclass(frozen=True, slots=True)
class EventHit:
    """One event: its details, how many passages matched, the best of them, the files
    it was read from, and the event fields the query matched."""

    path: str
    title: str | None
    date: str | None
    place: str | None
    speakers: tuple[str, ...]
    count: int
    passages: tuple[Hit, ...]
    files: tuple[str, ...]
    matched: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "title": self.title, "date": self.date,
                "place": self.place, "speakers": list(self.speakers), "count": self.count,
                "matched": list(self.matched), "files": list(self.files),
                "passages": [p.to_json() for p in self.passages]}


@dataclass
class Results:
    events: list[EventHit]
    notice: str | None = None  # one line: how the query was read, or what went wrong
    passage_total: int = field(default=0)

    def passages(self) -> list[Hit]:
        return [p for e in self.events for p in e.passages]


@dataclass(frozen=True, slots=True)
class _Doc:
    path: str
    title: str | None
    date: str | None
    time: str | None
    place: str | None
    speakers: tuple[str, ...]
    first: int
    n: int
    key: str  # twins share it (see twin_key)


def twin_key(title: str | None, date: str | None, url: str | None, path: str) -> str:
    """Copies of one event share this: the same link, or the same title and date."""
    if url:
        return "u\x1f" + url
    if title and date:
        return "t\x1f" + fold(title) + "\x1f" + date
    return "p\x1f" + path


_COLUMNS = "id, path, title, date, time, place, speakers, first, n, twin"


class Searcher:
    """Runs a compiled query over one connection to the index."""

    def __init__(self, db: sqlite3.Connection, stems: Stems) -> None:
        self._db, self._stems = db, stems
        self._docs: dict[int, _Doc] = {}
        self._seen_version: tuple[int, int] | None = None
        self._named: dict[str, bool] = {}  # speaker names the current query names

    # --- events' details, read as needed and kept while the index does not change ----
    def _check_version(self) -> None:
        version = (self._db.execute("PRAGMA data_version").fetchone()[0],
                   self._db.total_changes)
        if version != self._seen_version:
            self._docs, self._seen_version = {}, version

    @staticmethod
    def _doc(row: tuple[Any, ...]) -> _Doc:
        _i, path, title, date, time, place, who, first, n, twin = row
        return _Doc(path, title, date, time, place,
                    tuple(who.split("\x1f")) if who else (), first, n, twin)

    def _fetch(self, ids: Iterable[int]) -> dict[int, _Doc]:
        missing = [i for i in ids if i not in self._docs]
        for chunk in range(0, len(missing), 5000):
            for row in self._db.execute(
                    f"SELECT {_COLUMNS} FROM docs WHERE id IN (SELECT value FROM "
                    "json_each(?))", (json.dumps(missing[chunk:chunk + 5000]),)):
                self._docs[row[0]] = self._doc(row)
        return self._docs

    def _twin_files(self, d: int, doc: _Doc, allowed: Callable[[_Doc], bool]
                    ) -> tuple[str, ...]:
        ids = [i for (i,) in self._db.execute("SELECT id FROM docs WHERE twin=?", (doc.key,))]
        docs = self._fetch(ids)
        return tuple(sorted(docs[i].path for i in ids if i in docs and allowed(docs[i]))) \
            or (doc.path,)

    def _speaker_ids(self, speaker: str) -> set[int]:
        """Speakers whose name holds every word typed ("putin" finds "Vladimir Putin"), or
        who are the same person in the other language ("Путин" finds "Vladimir Putin",
        "Putin" finds "В.Путин")."""
        wanted = set(TOKEN.findall(fold(speaker)))
        return {i for i, name in self._db.execute("SELECT id, name FROM speakers")
                if wanted and (wanted <= set(TOKEN.findall(fold(name)))
                               or same_person(speaker, name))}

    # --- a query --------------------------------------------------------------------
    def run(self, plan: Plan, *, speaker: str | None, date_from: str | None,
            date_to: str | None, paths: set[str] | None, limit: int, per_event: int,
            common: int) -> Results:
        self._check_version()
        self._named = {}

        def allowed(d: _Doc) -> bool:
            return not ((date_from and (not d.date or d.date < date_from))
                        or (date_to and (not d.date or d.date > date_to))
                        or (paths is not None and d.path not in paths))

        who = self._speaker_ids(speaker) if speaker and speaker.strip() else None
        if who is not None and not who:
            return Results([], plan.notice)
        if plan.expression is None:
            if who is None:
                return Results([], plan.notice)
            return self._turns(who, allowed, limit, plan)
        expr = plan.expression
        db = self._db
        tier: dict[int, int] = {}
        score: dict[int, float] = {}
        if who is None:
            weights = ", ".join(map(str, WEIGHTS))
            # Like passages, events matching a common query are taken among the first
            # ``common`` matches: answered at once, still ranked among many.
            for doc, s in db.execute(f"SELECT rowid, bm25(docs_fts, {weights}) FROM docs_fts "
                                     "WHERE docs_fts MATCH ? LIMIT ?", (expr, common)):
                tier[doc], score[doc] = 2, s
            for rank, column in ((1, "title"), (0, "speakers")):
                for (doc,) in db.execute("SELECT rowid FROM docs_fts WHERE docs_fts MATCH ? "
                                         "LIMIT ?", (f"{{{column}}} : ({expr})", common)):
                    if doc in tier:
                        tier[doc] = rank
        many = db.execute("SELECT COUNT(*) FROM (SELECT rowid FROM passages_fts WHERE "
                          "passages_fts MATCH ? LIMIT ?)", (expr, common)).fetchone()[0]
        order = "rowid" if many >= common else "rank"
        # Every match of a rare query, ranked; the first matches of a common one, by rowid
        # (whole events but the last, whose passages are then read again).
        found: dict[int, list[tuple[Any, ...]]] = {}
        last = None
        for doc, rowid, rank, block, paragraph, kind, sp in db.execute(
                "SELECT p.doc, m.rowid, m.rank, p.block, p.paragraph, p.kind, p.speaker FROM "
                f"(SELECT rowid, {'0.0' if order == 'rowid' else 'rank'} AS rank FROM "
                f"passages_fts WHERE passages_fts MATCH ? ORDER BY {order} LIMIT ?) AS m "
                "JOIN passages p ON p.id = m.rowid", (expr, common)):
            last = doc
            if who is not None and sp not in who:
                continue
            found.setdefault(doc, []).append((rowid, rank, block, paragraph, kind, sp))
            adjusted = rank if kind == SPEECH else rank / 2
            tier.setdefault(doc, 3)
            score[doc] = score.get(doc, 0.0) + adjusted - 1e-9  # more passages: better
        if order == "rowid" and last is not None:
            found.pop(last, None)
        docs = self._fetch(tier)
        ranked = sorted((t, score.get(d, 0.0), d) for d, t in tier.items()
                        if d in docs and allowed(docs[d]))
        events: list[EventHit] = []
        taken: set[str] = set()  # twins shown, or found not to match
        for _t, _s, d in ranked:
            if len(events) >= limit:
                break
            doc = docs[d]
            if doc.key in taken:
                continue
            taken.add(doc.key)
            hit = self._event(d, doc, plan, who=who, per_event=per_event, allowed=allowed,
                              spoke=_t == 0, ranked=many < common, rows=found.get(d))
            if hit is not None:
                events.append(hit)
        return Results(events, plan.notice, sum(e.count for e in events))

    def _event(self, d: int, doc: _Doc, plan: Plan, *, who: set[int] | None, per_event: int,
               allowed: Callable[[_Doc], bool], spoke: bool = False, ranked: bool = True,
               rows: list[tuple[Any, ...]] | None = None) -> EventHit | None:
        """The event with its passages: those the query found (``rows``), or read here."""
        assert plan.expression is not None
        if rows is None and (doc.n > 0):
            # A common query's passages come in document order: ranking hundreds of them
            # in every event costs more than it tells.
            rank = "rank" if ranked else "0.0"
            rows = self._db.execute(
                "SELECT m.rowid, m.rank, p.block, p.paragraph, p.kind, p.speaker FROM "
                f"(SELECT rowid, {rank} AS rank FROM passages_fts WHERE passages_fts MATCH ? "
                "AND rowid BETWEEN ? AND ?) AS m JOIN passages p ON p.id = m.rowid",
                (plan.expression, doc.first, doc.first + doc.n - 1)).fetchall()
        rows = list(rows or [])
        if who is not None:
            rows = [r for r in rows if r[5] in who]
        texts = _Texts(self._db, d, doc.first)
        fields = texts.fields()
        exact = [phrase_pattern(words) for words in plan.exact]
        if exact:
            rows = [r for r in rows if all(x.search(fold(texts[r[0]])) for x in exact)]
        matched = tuple(name for name, text in zip(FIELDS, fields, strict=False)
                        if text and spans(text, plan.marks, self._stems)
                        and all(x.search(fold(text)) for x in exact))
        rows.sort(key=lambda r: (r[4] != SPEECH, r[1]))
        if spoke and who is None:
            # The named person's own turns first, then speech, then narration, captions.
            rows = self._named_turns(doc, plan, {r[0] for r in rows}) + rows
        if not rows and (who is not None or not matched):
            return None
        names = self._names({r[5] for r in rows[:per_event] if r[5] is not None})
        hits = []
        for rowid, rank, block, paragraph, kind, sp in rows[:per_event]:
            text = texts[rowid]
            cut, marks = snippet(text, spans(text, plan.marks, self._stems))
            hits.append(Hit(doc.path, block, paragraph, str(KINDS[kind]), names.get(sp),
                            doc.title, doc.date, text, cut, tuple(marks), rank))
        return EventHit(doc.path, doc.title, doc.date, doc.place, doc.speakers, len(rows),
                        tuple(hits), self._twin_files(d, doc, allowed), matched)

    def _named_turns(self, doc: _Doc, plan: Plan, seen: set[int]) -> list[Any]:
        """The turns of the speakers the query names (an interviewer is found by name
        even where nobody says it), as rows like the passages'."""
        rows = self._db.execute(
            "SELECT p.id, 0.0, p.block, p.paragraph, p.kind, p.speaker, s.name FROM passages p "
            "JOIN speakers s ON s.id = p.speaker WHERE p.id BETWEEN ? AND ? ORDER BY p.id",
            (doc.first, doc.first + doc.n - 1)).fetchall()
        named = self._named
        out, last = [], None
        for r in rows:
            if r[6] not in named:
                named[r[6]] = bool(spans(name_forms(r[6]), plan.marks, self._stems))
            if named[r[6]] and r[2] != last and r[0] not in seen:
                out.append(r[:6])
            last = r[2]
        return out

    def _turns(self, who: set[int], allowed: Callable[[_Doc], bool], limit: int,
               plan: Plan) -> Results:
        """Every turn of the speaker, newest event first, in document order within it."""
        marks = ",".join(str(int(i)) for i in who)
        found = self._db.execute(
            f"SELECT {_COLUMNS} FROM docs WHERE id IN (SELECT doc FROM doc_speakers WHERE "
            f"speaker IN ({marks})) ORDER BY date DESC, time DESC, id")
        names = self._names(who)
        events: list[EventHit] = []
        taken: set[str] = set()
        for row in found:
            if len(events) >= limit:
                break
            d, doc = row[0], self._doc(row)
            if doc.key in taken or not allowed(doc):
                continue
            taken.add(doc.key)
            rows = self._db.execute(
                "SELECT id, block, paragraph, kind, speaker FROM passages WHERE id BETWEEN "
                f"? AND ? AND speaker IN ({marks}) ORDER BY id",
                (doc.first, doc.first + doc.n - 1)).fetchall()
            turns, last_block = [], None
            for r in rows:
                if r[1] != last_block:
                    turns.append(r)
                    last_block = r[1]
            texts = _Texts(self._db, d, doc.first)
            hits = []
            for rowid, block, paragraph, kind, sp in turns[:TURNS]:
                text = texts[rowid]
                cut, _ = snippet(text, [])
                hits.append(Hit(doc.path, block, paragraph, str(KINDS[kind]), names.get(sp),
                                doc.title, doc.date, text, cut, (), 0.0))
            events.append(EventHit(doc.path, doc.title, doc.date, doc.place, doc.speakers,
                                   len(turns), tuple(hits), self._twin_files(d, doc, allowed),
                                   ("speakers",)))
        return Results(events, plan.notice, sum(e.count for e in events))

    def _names(self, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        marks = ",".join(str(int(i)) for i in ids)
        return dict(self._db.execute(f"SELECT id, name FROM speakers WHERE id IN ({marks})"))


class _Texts:
    """One event's stored text, read a piece at a time as passages are asked for."""

    def __init__(self, db: sqlite3.Connection, doc: int, first: int) -> None:
        self._db, self._doc, self._first = db, doc, first
        self._parts: dict[int, list[str]] = {}

    def _part(self, part: int) -> bytes | None:
        row = self._db.execute("SELECT body FROM bodies WHERE id=?",
                               ((self._doc << PART_BITS) | part,)).fetchone()
        return row[0] if row else None

    def fields(self) -> tuple[str, ...]:
        body = self._part(0)
        return unpack_fields(body) if body is not None else ()

    def __getitem__(self, rowid: int) -> str:
        """The text of the passage with this id."""
        i = rowid - self._first
        part = i // PART + 1
        if part not in self._parts:
            body = self._part(part)
            self._parts[part] = unpack_passages(body) if body is not None else []
        texts = self._parts[part]
        return texts[i % PART] if i % PART < len(texts) else ""
