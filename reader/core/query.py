"""The reader's search query, read by us (never handed raw to SQLite): words (all must
occur), "exact phrases", prefix*, OR, NOT, parentheses.

A query we cannot read (an unclosed quotation mark or parenthesis, an operator with
nothing on one side, a column filter such as ``title:``) is searched as its plain words,
with a one-line notice saying why. Queries are capped in size (the engine's work grows
with every term, and a prefix term can stand for thousands of words)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.stemming import TOKEN, Stems, fold

#: At most this many words and phrases are searched; the rest are dropped with a notice.
MAX_TERMS = 16
#: At most this many prefix terms (each stands for every word it begins).
MAX_PREFIXES = 4
#: A prefix shorter than this is searched as a whole word.
MIN_PREFIX = 3

_LEX = re.compile(r'"[^"]*"?|[()]|[^\s()"]+')
_OPERATORS = {"OR", "AND", "NOT"}
_COLUMN = re.compile(r"^[^\W\d_]\w*:[^\s/]")


class QuerySyntaxError(ValueError):
    """Why a query could not be read (shown to the reader in one line)."""


@dataclass(frozen=True, slots=True)
class Term:
    words: tuple[str, ...]  # folded words; several for a phrase
    prefix: bool = False

    @property
    def phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True, slots=True)
class Op:
    op: str  # "AND" | "OR" | "NOT"
    parts: tuple[Node, ...]


Node = Term | Op


@dataclass
class Marks:
    """What to mark in a snippet: stems, prefixes (of stems) and phrases (stem runs)."""

    stems: set[str] = field(default_factory=set)
    prefixes: list[str] = field(default_factory=list)
    phrases: list[tuple[str, ...]] = field(default_factory=list)


@dataclass
class Plan:
    """A query ready for the index."""

    expression: str | None  # FTS5 MATCH expression over stems; None: nothing to search
    marks: Marks
    exact: list[tuple[str, ...]]  # phrases every result must contain word for word
    notice: str | None = None
    words: list[str] = field(default_factory=list)  # folded words, for find-in-page


def _lex(query: str) -> list[str]:
    return _LEX.findall(query)


def _parse(tokens: list[str]) -> Node | None:
    pos = 0

    def term(tok: str) -> Term | None:
        if tok.startswith('"'):
            if len(tok) < 2 or not tok.endswith('"'):
                raise QuerySyntaxError("a quotation mark is not closed")
            words = tuple(TOKEN.findall(fold(tok)))
            return Term(words) if words else None
        if _COLUMN.match(tok):
            name = tok.split(":", 1)[0]
            raise QuerySyntaxError(f"column filters such as {name}: are not supported")
        parts = TOKEN.findall(fold(tok))
        if not parts:
            return None
        if len(parts) > 1:  # "covid-19", "U.S.": the parts as a phrase
            return Term(tuple(parts))
        return Term((parts[0],), prefix=tok.endswith("*"))

    def expr() -> Node | None:
        nonlocal pos
        alternatives: list[Node] = []
        current: list[Node] = []
        negate_next = False
        while pos < len(tokens):
            tok = tokens[pos]
            if tok == ")":
                break
            pos += 1
            if tok in _OPERATORS:
                if not current or pos >= len(tokens) or tokens[pos] in _OPERATORS \
                        or tokens[pos] == ")":
                    raise QuerySyntaxError(f"{tok} needs words on both sides")
                if tok == "OR":
                    alternatives.append(_and(current))
                    current = []
                elif tok == "NOT":
                    negate_next = True
                continue
            if tok == "(":
                node = expr()
                if pos >= len(tokens) or tokens[pos] != ")":
                    raise QuerySyntaxError("a parenthesis is not closed")
                pos += 1
            else:
                node = term(tok)
            if node is None:
                continue
            if negate_next:
                current = [Op("NOT", (_and(current), node))]
                negate_next = False
            else:
                current.append(node)
        if current:
            alternatives.append(_and(current))
        if not alternatives:
            return None
        return alternatives[0] if len(alternatives) == 1 else Op("OR", tuple(alternatives))

    node = expr()
    if pos < len(tokens):
        raise QuerySyntaxError("a closing parenthesis has no opening one")
    return node


def _and(nodes: list[Node]) -> Node:
    unique = list(dict.fromkeys(nodes))
    return unique[0] if len(unique) == 1 else Op("AND", tuple(unique))


def _plain(query: str) -> Node | None:
    words = list(dict.fromkeys(TOKEN.findall(fold(query))))
    if not words:
        return None
    return _and([Term((w,)) for w in words])


class _Limiter:
    def __init__(self) -> None:
        self.terms = 0
        self.prefixes = 0
        self.dropped_terms = False
        self.dropped_prefixes = False
        self.short: list[str] = []

    def cap(self, node: Node) -> Node | None:
        if isinstance(node, Term):
            if node.prefix and len(node.words[0]) < MIN_PREFIX:
                self.short.append(node.words[0] + "*")
                node = Term(node.words)
            if self.terms >= MAX_TERMS:
                self.dropped_terms = True
                return None
            if node.prefix:
                if self.prefixes >= MAX_PREFIXES:
                    self.dropped_prefixes = True
                    return None
                self.prefixes += 1
            self.terms += 1
            return node
        parts = [p for p in (self.cap(x) for x in node.parts) if p is not None]
        if not parts:
            return None
        if node.op == "NOT" and len(parts) < 2:
            return parts[0] if node.parts[0] in parts else None
        return parts[0] if len(parts) == 1 else Op(node.op, tuple(parts))

    def notice(self) -> str | None:
        said = []
        if self.short:
            said.append(f"prefixes need at least {MIN_PREFIX} letters: "
                        + ", ".join(self.short) + " searched as whole words")
        if self.dropped_prefixes:
            said.append(f"only the first {MAX_PREFIXES} prefix words (word*) were searched")
        if self.dropped_terms:
            said.append(f"only the first {MAX_TERMS} words were searched")
        return ("; ".join(said)[:1].upper() + "; ".join(said)[1:] + ".") if said else None


def compile_query(query: str, stems: Stems) -> Plan:
    """Read the reader's query; never raises."""
    notice = None
    try:
        node = _parse(_lex(query))
    except QuerySyntaxError as exc:
        reason = str(exc)
        notice = f"Searched for the words only: {reason}."
        node = _plain(query)
    limiter = _Limiter()
    if node is not None:
        node = limiter.cap(node)
    capped = limiter.notice()
    if capped:
        notice = f"{notice} {capped}" if notice else capped
    if node is None:
        return Plan(None, Marks(), [], notice)
    marks = Marks()
    words: list[str] = []
    expression = _emit(node, stems, marks, words, positive=True)
    exact = _exact_phrases(node)
    return Plan(expression, marks, exact, notice, words)


def _emit(node: Node, stems: Stems, marks: Marks, words: list[str], positive: bool) -> str:
    if isinstance(node, Term):
        s = tuple(stems.words(list(node.words)))
        if positive:
            words.append(" ".join(node.words))
        if node.prefix:
            p, sp = node.words[0], s[0]
            if positive:
                marks.prefixes.extend(dict.fromkeys((p, sp)))
            return f'"{p}"*' if sp == p else f'("{p}"* OR "{sp}"*)'
        if positive:
            if node.phrase:
                marks.phrases.append(s)
            else:
                marks.stems.add(s[0])
        return '"' + " ".join(s) + '"'
    if node.op == "NOT":
        left, right = node.parts
        return (f"({_emit(left, stems, marks, words, positive)} NOT "
                f"{_emit(right, stems, marks, words, False)})")
    joined = f" {node.op} ".join(_emit(p, stems, marks, words, positive) for p in node.parts)
    return f"({joined})"


def _exact_phrases(node: Node) -> list[tuple[str, ...]]:
    """Phrases that every result must contain as written (for a query of terms joined
    by AND only; under OR or NOT the stems decide)."""
    parts = node.parts if isinstance(node, Op) and node.op == "AND" else (node,)
    if any(isinstance(p, Op) for p in parts):
        return []
    return [p.words for p in parts if isinstance(p, Term) and p.phrase]


def phrase_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Finds a phrase word for word in folded text (any punctuation between words)."""
    return re.compile(r"(?<![^\W_])" + r"[\W_]+".join(map(re.escape, words)) + r"(?![^\W_])")
