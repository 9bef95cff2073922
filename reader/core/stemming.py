"""Words as the library index sees them: folded (case, ё = е) and reduced to their stem
by the Snowball stemmer of their script (Russian for Cyrillic, English for Latin).

The same code runs at index time and at query time, so "губернатор" finds
"губернатором" and "projects" finds "project"; exact phrases are checked against the
text itself afterwards (see reader.core.query)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain

import Stemmer  # PyStemmer: the Snowball project's stemmers as a C extension

#: A word: letters and digits (no underscore), as the index tokenizer splits them.
TOKEN = re.compile(r"[^\W_]+")

#: Bumped when the way words are indexed changes; an index of another version is rebuilt.
STEMMING_VERSION = 2


def fold(text: str) -> str:
    """Lower case and ё -> е, keeping every character's position."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: keep it one
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # str.replace is many times faster than str.translate on long texts.
    return low.replace("ё", "е").replace("\u00a0", " ")


def stemmer_id() -> str:
    """Names the stemmers in use: an index built with others is rebuilt."""
    return f"{STEMMING_VERSION}/pystemmer-{Stemmer.version()}"


class Stems:
    """Russian and English Snowball stemmers (one object per thread or process)."""

    #: Distinct words remembered (a library's vocabulary mostly fits).
    CACHE = 400_000

    def __init__(self) -> None:
        self._ru = Stemmer.Stemmer("russian", 0)
        self._en = Stemmer.Stemmer("english", 0)
        self._known: dict[str, str] = {}

    def words(self, folded_tokens: list[str]) -> list[str]:
        """Each folded word's stem. A stemmer leaves words of the other script as they
        are, so running both chooses per word by its script."""
        return self._en.stemWords(self._ru.stemWords(folded_tokens))  # type: ignore[no-any-return]

    def word(self, folded: str) -> str:
        return self.words([folded])[0]

    def index_text(self, text: str) -> str:
        """The text as the index stores it: stems separated by spaces."""
        return self.index_texts([text])[0]

    def _remember(self, words: Iterable[str]) -> dict[str, str]:
        known = self._known
        new = [w for w in dict.fromkeys(words) if w not in known]
        if new:
            if len(known) > self.CACHE:
                known.clear()
            known.update(zip(new, self.words(new), strict=True))
        return known

    def index_texts(self, texts: list[str]) -> list[str]:
        """Many texts at once: each distinct word is stemmed once (and remembered)."""
        findall = TOKEN.findall
        tokens = [findall(fold(t)) for t in texts]
        stem = self._remember(chain.from_iterable(tokens)).__getitem__
        return [" ".join(map(stem, toks)) for toks in tokens]

    def tokens(self, text: str) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, folded word, stem) for every word of the text."""
        folded = fold(text)
        found = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(folded)]
        known = self._remember(w for _a, _b, w in found)
        for a, b, w in found:
            yield a, b, w, known[w]
