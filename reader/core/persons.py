"""One person across both languages.

kremlin.ru prints ``В.Путин``, en.kremlin.ru ``Vladimir Putin``; a Russian record says
``Сергей Лавров`` and an English one ``Sergei Lavrov`` or ``Sergey Lavrov``. This module
spells Russian names the way the English site does (:func:`transliterate`) and gives
every spelling of one person the same :func:`person_key` — surname plus first initial,
with the transliteration variants folded — so that a speaker filter, the colour legend
or statistics can treat them as one person. :func:`link_speakers` pairs the speakers of
one event read on both sites (the same event id in the page links).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from reader.core.model import BlockKind, Speaker, Transcript

# The English site's transliteration (close to BGN/PCGN): "Дмитрий" -> "Dmitry",
# "Сергей" -> "Sergei", "Елена" -> "Yelena", "Матвиенко" -> "Matviyenko",
# "Цыбульский" -> "Tsybulsky", "Артём" -> "Artyom", "Александр" -> "Alexander".
_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}
_VOWELS = set("аеёиоуыэюя")
_SPECIAL = (("алексей", "alexei"), ("александр", "alexander"), ("алекс", "alex"))
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_WORD = re.compile(r"[а-яёА-ЯЁ]+")


def _word(word: str) -> str:
    low = word.lower()
    out: list[str] = []
    i = 0
    for cyr, lat in _SPECIAL:
        if low.startswith(cyr):
            out.append(lat)
            i = len(cyr)
            break
    while i < len(low):
        ch = low[i]
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch == "е" and (i == 0 or prev in _VOWELS or prev in "ьъ"):
            out.append("ye")
        elif ch in "иы" and nxt == "й" and i + 2 == len(low):
            out.append("y")  # "-ий", "-ый" at the end: "Dmitry", "Tsybulsky"
            i += 1
        elif ch == "ь" and nxt in ("е", "ё", "и", "ю", "я"):
            out.append("y" if nxt == "и" else "")  # "Ильин" -> "Ilyin"; "ье" -> "ye" below
            if nxt == "е":
                out.append("ye")
                i += 1
        elif ch == "й" and i == 0:
            out.append("y")
        else:
            out.append(_LETTERS.get(ch, ch))
        i += 1
    latin = "".join(out)
    if word[:1].isupper():
        latin = latin[:1].upper() + latin[1:]
    if word.isupper() and len(word) > 1:
        latin = latin.upper()
    return latin


def transliterate(text: str) -> str:
    """Russian letters to the English site's spelling; other text unchanged."""
    if not _CYRILLIC.search(text):
        return text
    return _WORD.sub(lambda m: _word(m.group(0)), text)


def latin_name(name: str) -> str:
    """How the English site would print a Russian name: "В.Путин" -> "V. Putin"."""
    return re.sub(r"\.(?=\w)", ". ", transliterate(name))


_FOLD = (("shch", "sch"), ("x", "ks"), ("kh", "h"), ("iy", "y"), ("yy", "y"), ("ye", "e"),
         ("yo", "e"), ("ie", "e"), ("y", "i"), ("j", "i"), ("tz", "ts"), ("w", "v"))


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """A spelling-insensitive form of one Latin or Russian word: "Sergey" and "Sergei",
    "Yury" and "Yuri", "Rakhmon" and "Rahmon", "Цыбульский" and "Tsybulsky" fold alike."""
    s = unicodedata.normalize("NFKD", transliterate(word).casefold())
    s = "".join(c for c in s if c.isalnum())
    for a, b in _FOLD:
        s = s.replace(a, b)
    s = re.sub(r"ander$", "andr", s)
    return re.sub(r"(.)\1+", r"\1", s)


_INITIALS = re.compile(r"^((?:\w\.\s?)+)\s*(\S.*)$")


@lru_cache(maxsize=8192)
def person_key(name: str) -> str:
    """The same key for every spelling of one person: "putin v" for "В.Путин",
    "В. В. Путин", "Vladimir Putin" and "Владимир Путин"; "putin" for "Putin" alone.
    A caller with a town keeps the town: "dmitri (moskva)"."""
    name = " ".join(name.split())
    m = re.match(r"^(.*?)\s*\((.+)\)$", name)
    if m:
        return f"{fold(m.group(1))} ({' '.join(fold(w) for w in m.group(2).split())})"
    initials = _INITIALS.match(name)
    if initials:
        given, surname = initials.group(1), initials.group(2)
    else:
        words = name.split()
        given, surname = " ".join(words[:-1]), words[-1] if words else ""
    surname_key = " ".join(fold(w) for w in surname.replace("-", " ").split())
    given_key = fold(given.split(".")[0].split()[0]) if given.strip() else ""
    return f"{surname_key} {given_key[:1]}".strip()


def same_person(a: str, b: str) -> bool:
    """Two spellings of one person ("Putin" matches "Vladimir Putin" by surname)."""
    ka, kb = person_key(a), person_key(b)
    if ka == kb:
        return True
    sa, _, ia = ka.partition(" ")
    sb, _, ib = kb.partition(" ")
    return sa == sb and not (ia and ib) and "(" not in ka + kb


_SHORT = re.compile(r"^([А-ЯЁ])\.(?:[А-ЯЁ]\.)?\s?([А-ЯЁ][а-яё-]+)$")


def name_from_tags(name: str, tag_persons: Sequence[str]) -> str | None:
    """The whole name of "А.Лукашенко" from the page's persons tags ("Лукашенко Александр
    Григорьевич" -> "Александр Лукашенко"), when one tag fits the initial and surname."""
    m = _SHORT.match(name)
    if not m:
        return None
    found = [t.split() for t in tag_persons
             if len(t.split()) >= 2 and t.split()[0] == m.group(2)
             and t.split()[1][:1] == m.group(1)]
    return f"{found[0][1]} {found[0][0]}" if len(found) == 1 else None


def full_key(name: str) -> str:
    """Every word folded: "Sergei Lavrov" == "Sergey Lavrov", but not "Anna Lavrova"."""
    return " ".join(fold(w) for w in name.split())


_EVENT = re.compile(r"kremlin\.ru/(?:events/[\w/-]*?/|d/)(\d+)")


def event_id(url: str | None) -> str | None:
    """The id both sites give one event: ".../events/president/news/76279" -> "76279"."""
    m = _EVENT.search(url or "")
    return m.group(1) if m else None


def _sequence(t: Transcript) -> list[str]:
    return [b.speaker or "" for b in t.blocks if b.kind is BlockKind.SPEECH and b.label]


def link_speakers(ru: Transcript, en: Transcript) -> dict[str, str]:
    """Russian speaker id -> English speaker id for one event read on both sites.

    Names link by :func:`person_key`; those left over ("Си Цзиньпин" / "Xi Jinping") link
    by their place in the two sequences of turns when both have the same number of
    turns, which is so when the pages are translations of each other.
    """
    out: dict[str, str] = {}
    people_en = [s for s in en.speakers if not s.generic]
    for sp in ru.speakers:
        if sp.generic:
            continue
        match = [e for e in people_en if same_person(sp.name, e.name)]
        if len(match) == 1:
            out[sp.id] = match[0].id
    seq_ru, seq_en = _sequence(ru), _sequence(en)
    if len(seq_ru) == len(seq_en):
        generic_ru = {s.id for s in ru.speakers if s.generic}
        taken = set(out.values())
        pairs: dict[str, set[str]] = {}
        for a, b in zip(seq_ru, seq_en, strict=True):
            if a not in out and a not in generic_ru:
                pairs.setdefault(a, set()).add(b)
        for a, bs in pairs.items():
            if len(bs) == 1 and not bs & taken:
                out[a] = next(iter(bs))
                taken |= bs
    return out


def shown_name(speaker: Speaker, reader_language: str, other: str | None = None) -> str:
    """A speaker's name in the reader's language with the other spelling beside it:
    "V. Putin (В.Путин)" for an English reader, "В.Путин (V. Putin)" for a Russian one.
    ``other`` is the spelling from the same event on the other site, when linked."""
    name = speaker.name
    if speaker.generic:
        return name
    cyrillic = bool(_CYRILLIC.search(name))
    latin = other if other and not _CYRILLIC.search(other) else speaker.latin
    russian = other if other and _CYRILLIC.search(other) else None
    if reader_language == "en" and cyrillic and latin:
        return f"{latin} ({name})"
    if reader_language == "ru" and not cyrillic and russian:
        return f"{russian} ({name})"
    beside = latin if cyrillic else russian
    return f"{name} ({beside})" if beside and beside != name else name


def merged_names(speakers: Sequence[Speaker]) -> dict[str, list[str]]:
    """Group names by person across transcripts: key -> the spellings seen."""
    out: dict[str, list[str]] = {}
    for sp in speakers:
        if sp.generic:
            continue
        names = out.setdefault(person_key(sp.name), [])
        if sp.name not in names:
            names.append(sp.name)
    return out
