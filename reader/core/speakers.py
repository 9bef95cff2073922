"""One identity per person within a transcript (labels are read in :mod:`labels`).

One identity per person within a transcript: ``President of Russia Vladimir Putin``
and ``Vladimir Putin`` are one speaker; so are ``В.Путин`` and ``В. Путин``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reader.core.labels import Label
from reader.core.model import Speaker
from reader.core.persons import full_key, latin_name, person_key

_SHORT_NAME = re.compile(r"^([А-ЯЁA-Z])\.(?:[А-ЯЁA-Z]\.)?\s?(\S+)$")


def _same_by_initial(a: str, b: str) -> bool:
    """``Н.Бреус`` and ``Наталья Бреус`` are one person."""
    for short, full in ((a, b), (b, a)):
        m = _SHORT_NAME.match(short)
        parts = full.split()
        if m and len(parts) == 2 and parts[0][0] == m.group(1) and parts[1] == m.group(2):
            return True
    return False


def _slug(name: str) -> str:
    table = str.maketrans({
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    })
    s = name.casefold().translate(table)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "speaker"


_KEY_DROP = re.compile(r"[\s.’']")


@lru_cache(maxsize=8192)
def identity_key(name: str) -> str:
    """Casefolded name without spaces or dots: ``В. Путин`` == ``В.Путин``."""
    return _KEY_DROP.sub("", name.casefold())


@dataclass
class SpeakerRegistry:
    """Collects the speakers of one transcript, one identity per person."""

    _by_key: dict[str, int] = field(default_factory=dict)
    _names: list[str] = field(default_factory=list)
    _titles: list[list[str]] = field(default_factory=list)
    _generic: list[bool] = field(default_factory=list)

    _known: set[str] = field(default_factory=set)

    def known(self) -> set[str]:
        """Casefolded names and surnames met so far (for one-word labels)."""
        return self._known

    def resolve(self, label: Label) -> str:
        """Return the speaker id for a label, adding the speaker when new."""
        key = identity_key(label.name)
        idx = self._by_key.get(key)
        if idx is None:
            idx = self._match_existing(label)
        if idx is None:
            idx = len(self._names)
            self._names.append(label.name)
            self._titles.append([])
            self._generic.append(label.generic)
            self._by_key[key] = idx
        if label.title and label.title not in self._titles[idx]:
            self._titles[idx].append(label.title)
        name = self._names[idx]
        self._known.add(name.casefold())
        # A caller "Dmitry (Moscow)" may go on as "Dmitry:"; anyone else by surname.
        self._known.add(name.split()[0 if name.endswith(")") else -1].casefold())
        return f"#{idx}"

    def final_ids(self) -> dict[str, str]:
        """Provisional ids ("#0") to slugs of the final names ("rufus-firefly")."""
        out: dict[str, str] = {}
        used: set[str] = set()
        for i, name in enumerate(self._names):
            base = _slug(name)
            sid, n = base, 2
            while sid in used:
                sid, n = f"{base}-{n}", n + 1
            used.add(sid)
            out[f"#{i}"] = sid
        return out

    def _match_existing(self, label: Label) -> int | None:
        key = identity_key(label.name)
        full = identity_key(label.raw)
        one_word = " " not in label.name
        if one_word:
            # "Dmitry:" after "Dmitry, Moscow:": the latest caller of that name.
            for i in range(len(self._names) - 1, -1, -1):
                if self._names[i].startswith(label.name + " (") and self._names[i].endswith(")"):
                    return i
        for i, name in enumerate(self._names):
            k = identity_key(name)
            if not one_word and k[-2:] != key[-2:] and not full.endswith(k):
                continue  # names that do not even end alike: not the same person
            # A single-word label names someone met before by surname ("Putin").
            if one_word and name.split()[-1].casefold() == label.name.casefold():
                return i
            # "Recep Tayyip Erdogan" seen, now "President of Turkey Recep Tayyip Erdogan"
            # whose heuristic name was "Tayyip Erdogan".
            if len(k) > len(key) and full.endswith(k) and k.endswith(key):
                return i
            if _same_by_initial(name, label.name):
                return i
            # "Sergei Lavrov" and "Sergey Lavrov": one person, two transliterations.
            if not one_word and " " in name and full_key(name) == full_key(label.name):
                return i
            # "President of X Asif Ali Karimov" was read as "Ali Karimov" with the title
            # "President of X Asif"; the short label "Asif Ali Karimov" gives the name.
            if self._longer_name(i, label.name):
                return i
            # "Writer Eduard Bagirov" seen, now "Eduard Bagirov": one person, shorter name.
            if " " in label.name and name.casefold().endswith(" " + label.name.casefold()):
                prefix = name[: len(name) - len(label.name)].strip()
                self._names[i] = label.name
                self._by_key[key] = i
                if prefix and prefix not in self._titles[i]:
                    self._titles[i].insert(0, prefix)
                return i
        return None

    def _longer_name(self, i: int, longer: str) -> bool:
        name = self._names[i]
        if not longer.casefold().endswith(" " + name.casefold()):
            return False
        extra = longer[: len(longer) - len(name)].strip()
        for j, title in enumerate(self._titles[i]):
            if title.casefold().endswith(" " + extra.casefold()):
                self._titles[i][j] = title[: len(title) - len(extra)].strip()
                self._names[i] = longer
                self._by_key[identity_key(longer)] = i
                return True
        return False

    def speakers(self) -> tuple[Speaker, ...]:
        ids = self.final_ids()
        keys = [None if g else person_key(n) for n, g in zip(self._names, self._generic,
                                                             strict=True)]
        # Two people of one transcript never share a key ("Anna Novak", "Alla Novak"):
        # those keep their whole folded name.
        clash = {k for k in keys if k is not None and keys.count(k) > 1}
        out = []
        for i, name in enumerate(self._names):
            key = keys[i]
            if key in clash:
                key = full_key(name)
            latin = None if self._generic[i] else latin_name(name)
            out.append(Speaker(id=ids[f"#{i}"], name=name, titles=tuple(self._titles[i]),
                               generic=self._generic[i], person=key,
                               latin=latin if latin != name else None))
        return tuple(out)
