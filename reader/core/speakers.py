"""Speaker labels: is this a person, and who (name, title, marker)?

One identity per person within a transcript: ``President of Russia Vladimir Putin``
and ``Vladimir Putin`` are one speaker; so are ``В.Путин`` and ``В. Путин``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reader.core.model import Speaker
from reader.core.persons import full_key, latin_name, person_key
from reader.core.speaker_words import (
    ACRONYMS,
    CONNECTORS,
    COUNTRIES,
    COUNTRIES_MULTI,
    COUNTRY_ENDINGS,
    GENERIC,
    GENERIC_FROM,
    PARTICLES,
    ROLE_WORDS,
    RU_FUNCTION_WORDS,
    RU_TITLE_WORDS,
    SENTENCE_WORDS,
    TITLE_WORDS,
)

_PAREN = re.compile(r"\(([^()]*)\)")
_RU_INITIALS = re.compile(
    r"^(?P<title>.*?)\s*(?P<name>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$")
# A capitalised word: any script's capital ("Čermák", "Ødegård", "Łukasz"), checked
# with str.isupper on the captured letter.
_CAPITAL = re.compile(
    r"^[\"'«“]?(?:(?:al|el|ad|ibn|bin|abu|d|o)[-’'])?([^\W\d_])[\w’'\-]*(?:\.[\w’'\-]+)*$")
_LOWER = "a-zа-яёß-öø-ÿ"
_UPPER = "A-ZА-ЯЁÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ"
# Words glued by per-word bold when a page is copied: "IvanPetrov", "PresidentofSaxony".
_CAMEL = re.compile(rf"(?<=[{_LOWER}]{{3}})(?=[{_UPPER}][{_LOWER}]{{2}})")
_INITIAL = re.compile(r"^([^\W\d_])\.$")
_DIGIT = re.compile(r"\d")
_QUOTES = re.compile(r"[«»\"“”„]")
_LANG_MARKER = re.compile(
    r"^\(\s*(In [A-Z][a-z]+\.?|retranslated|как переведено|по-[а-яё]+\.?"
    r"|на [а-яё]+ языке\.?)\s*\)\s*")

MAX_LABEL_CHARS = 160
MAX_LABEL_WORDS = 18


@dataclass(frozen=True, slots=True)
class Label:
    """A parsed speaker label."""

    raw: str  # as printed, without colon and markers
    name: str
    title: str | None = None
    marker: str | None = None
    generic: bool = False


def _norm(s: str) -> str:
    return " ".join(s.split())


def _fix_caps(words: list[str]) -> list[str]:
    """Title-case ALL-CAPS labels (2012 pages: "DEPUTY CHIEF OF STAFF ... DMITRY PESKOV")."""
    letters = [w for w in words if any(c.isalpha() for c in w)]
    upper = [w for w in letters if w.isupper() and len(w) > 1]
    mostly = bool(letters) and len(upper) * 2 >= len(letters)
    if len(upper) < 2 and not mostly:
        return words
    out = []
    for w in words:
        if w.isupper() and len(w) > 1 and (mostly or (len(w) >= 4 and w not in ACRONYMS)):
            low = w.lower()
            parts = (p.capitalize() for p in low.split("-"))
            out.append(low if low in CONNECTORS else "-".join(parts))
        else:
            out.append(w)
    return out


def is_name_word(w: str) -> bool:
    m = _CAPITAL.match(w)
    return m is not None and m.group(1).isupper() and w.lower() not in CONNECTORS


def _is_initial(w: str) -> bool:
    m = _INITIAL.match(w)
    return m is not None and m.group(1).isupper()


_GLUED_TAIL = re.compile(r"(?:of|the|and|for|at|on|in)+")
_GLUED_WORD = re.compile(r"of|the|and|for|at|on|in")


def _unglue_word(w: str) -> list[str]:
    """"Presidentof" -> ["President", "of"]; "Chairmanofthe" -> ["Chairman", "of", "the"]."""
    for i in range(3, len(w) - 1):
        if _GLUED_TAIL.fullmatch(w, i) and w[:i].rsplit("-", 1)[-1].lower() in TITLE_WORDS:
            return [w[:i], *_GLUED_WORD.findall(w, i)]
    return [w]


def _unglue(raw: str) -> str:
    """Split words that per-word bold glued in a copy: "Minister-PresidentofSaxonyIvanPetrov"
    -> "Minister-President of Saxony Ivan Petrov"."""
    split = _CAMEL.sub(" ", raw)
    if split == raw:
        return raw
    return " ".join(part for w in split.split(" ") for part in _unglue_word(w))


def split_marker(label: str) -> tuple[str, str | None]:
    """Take parenthesised markers out of a label: ``X (retranslated)`` -> X, marker."""
    markers = [m.strip() for m in _PAREN.findall(label) if m.strip()]
    rest = _norm(_PAREN.sub(" ", label))
    rest = rest.replace("(", " ").replace(")", " ")
    return _norm(rest), ("; ".join(markers) if markers else None)


def leading_marker(text: str) -> tuple[str | None, str]:
    """A language marker at the very start of a turn: ``(In English.) Thank you``."""
    m = _LANG_MARKER.match(text)
    if not m:
        return None, text
    return m.group(1).strip(), text[m.end():]


def parse_label(raw: str, known: set[str] | None = None, *, lenient: bool = False
                ) -> Label | None:
    """Return the label if ``raw`` (the text before a colon) names a speaker, else None.

    ``known`` holds casefolded names already seen in this transcript, so that a
    single-word label ("Putin") is accepted only for a speaker met before.
    ``lenient`` is for labels that markup already marks (bold text before a colon):
    lower-case title words, commas inside the title and glued names are allowed.
    """
    label = _parse_label(raw, lenient)
    if label is None and known:
        single = _single_word(raw)
        if single is not None and single[0].casefold() in known:
            return Label(raw=single[0], name=single[0], marker=single[1])
    return label


@lru_cache(maxsize=8192)
def _single_word(raw: str) -> tuple[str, str | None] | None:
    """A one-word label ("Putin") and its marker, if that is what ``raw`` is."""
    rest, marker = split_marker(_norm(raw.replace("\u00a0", " ")))
    rest = rest.strip(" ,;–-")
    if rest and " " not in rest and is_name_word(rest):
        return rest, marker
    return None


@lru_cache(maxsize=8192)
def _parse_label(raw: str, lenient: bool) -> Label | None:
    raw = _unglue(_norm(raw.replace("\u00a0", " ")))
    if not raw or len(raw) > MAX_LABEL_CHARS:
        return None
    rest, marker = split_marker(raw)
    rest = rest.strip(" ,;–-")
    if not rest:
        return None
    generic = _generic(rest)
    if generic:
        return Label(raw=rest, name=generic, marker=marker, generic=True)
    m = _RU_INITIALS.match(rest)
    if m:
        name = re.sub(r"\.\s+", ".", m.group("name"))
        title = m.group("title").strip(" ,") or None
        if title and not _title_ok(title.split()):
            return None
        return Label(raw=rest, name=name, title=title, marker=marker)
    orig = rest
    if "," in rest:
        name_part, title_part = (p.strip() for p in rest.split(",", 1))
        words = _fix_caps(name_part.split())
        caller = _caller(words, title_part)
        if caller is not None:
            return Label(raw=rest, name=caller, marker=marker)
        if (2 <= len(words) <= 4 and all(is_name_word(w) or _is_initial(w) for w in words)
                and _comma_form_ok(words, title_part)):
            return Label(raw=rest, name=" ".join(words), title=title_part or None, marker=marker)
        if not (lenient or _titled(rest.replace(",", " ").split())):
            return None
        rest = rest.replace(",", "")
    words = [w[:-1] if w.endswith(".") and w[:-1].lower() in _HONORIFICS else w
             for w in rest.split()]
    if words and _titled(words) and len(words) >= 3 \
            and is_name_word(words[-1]) and is_name_word(words[-2]):
        words = [w if is_name_word(w) or w.lower() in CONNECTORS or _DIGIT.search(w)
                 else w.capitalize() for w in words]
    if words and words[-1].lower() in ROLE_WORDS and _role_ok(words, lenient):
        return Label(raw=rest, name=rest[0].upper() + rest[1:], marker=marker, generic=True)
    if lenient and len(words) >= 3 and is_name_word(words[-1]) and is_name_word(words[-2]):
        # Lower-case title words are fine before a name that markup marks as a label.
        head = [w for w in words[:-2] if not (is_name_word(w) or w.lower() in CONNECTORS)]
        if head and all(w.isalpha() or "-" in w for w in head):
            words = [w.capitalize() if w in head else w for w in words]
    if len(words) > MAX_LABEL_WORDS or not _digits_ok(words):
        return None
    words = _fix_caps(words)
    if not all(is_name_word(w) or w.lower() in CONNECTORS or _is_initial(w) or _DIGIT.search(w)
               for w in words):
        return None
    if not (is_name_word(words[0]) or _is_initial(words[0])) or not is_name_word(words[-1]):
        return None
    if len(words) == 1:
        return None  # a single word is a speaker only when met before (parse_label)
    found, title = split_name_title(words)
    if found is None or not _name_ok(found, title):
        return None
    name = found
    if title and orig.endswith(name):
        title = orig[: len(orig) - len(name)].strip(" ,") or None  # keep it as printed
    return Label(raw=orig, name=name, title=title, marker=marker)


# Abbreviated titles written with a period: "Dr. Anna Berger", "H.E. Anna Berger".
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "h.e"}
_DETERMINERS = {"the", "a", "an", "every", "each", "this", "that", "one", "our", "my", "any",
                "some", "another", "no"}


def _role_ok(words: list[str], lenient: bool) -> bool:
    """"Call centre operator": a role as a voice. In bold (markup) up to five words; in
    plain text up to four, capitalised, and no sentence in it ("The teacher said")."""
    if lenient:
        return len(words) <= 5
    low = [w.lower() for w in words]
    return (len(words) <= 4 and words[0][:1].isupper() and low[0] not in _DETERMINERS
            and all(w.isalpha() for w in words) and not any(w in SENTENCE_WORDS for w in low))


def _generic(rest: str) -> str | None:
    """"Question", "Remarks", "Реплика из зала": a voice, not a person."""
    low = rest.casefold()
    found = GENERIC.get(low)
    if found:
        return found
    for place in GENERIC_FROM:
        if low.endswith(" " + place) and low[: -len(place) - 1] in GENERIC:
            return rest[0].upper() + rest[1:]
    return None


def _digits_ok(words: list[str]) -> bool:
    """Numbers only inside a title ("CEO of the 2030 Winter Games Committee Ivan Petrov"),
    after a title word, never in the name (so "Article 5" and dates stay text)."""
    seen_title = False
    for i, w in enumerate(words):
        if w.lower() in TITLE_WORDS:
            seen_title = True
        if _DIGIT.search(w) and (not seen_title or i >= len(words) - 2 or not w.isdigit()):
            return False
    return True


_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


def _name_ok(name: str, title: str | None) -> bool:
    """A name is a name: no quotation marks, and in Russian no phrase words ("От Льва
    Толстого"), no more than three words, and a title only with a title word in it."""
    if _QUOTES.search(name):
        return False
    if not _CYRILLIC.search(name):
        return True
    words = f"{title or ''} {name}".split()
    low = [w.lower().strip("«»\"“”,") for w in words]
    if any(w in RU_FUNCTION_WORDS and w not in CONNECTORS for w in low):
        return False
    if title is None:
        return len(words) <= 3
    return any(w in RU_TITLE_WORDS or w in TITLE_WORDS for w in low)


_PLACE_WORD = re.compile(r"^[^\W\d_][\w’'\-]*$")


def _caller(name_words: list[str], place: str) -> str | None:
    """A Direct Line caller, "Dmitry, Moscow" -> "Dmitry (Moscow)": one given name, then a
    town or region in capitals ("Nizhny Novgorod", "Rostov-on-Don", "Moscow Region")."""
    if len(name_words) != 1 or not is_name_word(name_words[0]):
        return None
    given = name_words[0]
    low = given.lower()
    if low in TITLE_WORDS or low in SENTENCE_WORDS or low in GENERIC or _QUOTES.search(given):
        return None
    words = place.split()
    if not 1 <= len(words) <= 3 or not is_name_word(words[0]) or not is_name_word(words[-1]):
        return None
    if not all(_PLACE_WORD.match(w) and (is_name_word(w) or w.lower() in CONNECTORS)
               for w in words):
        return None
    if any(w.lower() in SENTENCE_WORDS or w.lower() in TITLE_WORDS - {"region", "territory",
                                                                      "republic"}
           for w in words):
        return None
    return f"{given} ({place})"


_TITLE_WORD = re.compile(r"^[\"'«“]?[A-ZА-ЯЁ][\w’'\-]*[»”\"]?$")


def _titled(words: list[str]) -> bool:
    """A label with a title word and no sentence words: lower-case words are allowed
    ("chairman of the Miners' Union Ivan Petrov", "Director of the Variety theatre …")."""
    low = [w.lower().strip(",") for w in words]
    return (any(w in TITLE_WORDS for w in low) and not any(w in SENTENCE_WORDS for w in low)
            and all(w.replace("-", "").replace("’", "").replace("'", "").isalpha()
                    or _is_initial(w) or w.isdigit() for w in words))


def _title_ok(words: list[str]) -> bool:
    """The title before a Russian "И.Фамилия": capitalised words, or a Russian title in
    lower case ("Генеральный директор компании «Чайник»") without phrase words."""
    low = [w.lower().strip("«»\"“”,") for w in words]
    if any(w[-1:] in ".!?…" for w in words) or any(w in SENTENCE_WORDS for w in low):
        return False  # a sentence before the name, not a title
    if all(_TITLE_WORD.match(w) or w.lower() in CONNECTORS for w in words):
        return True
    return (bool(words) and words[0][:1].isupper() and len(words) <= 14
            and any(w in RU_TITLE_WORDS for w in low)
            and not any(w in RU_FUNCTION_WORDS and w not in CONNECTORS for w in low)
            and all(_CYRILLIC.search(w) or _TITLE_WORD.match(w) or w.lower() in CONNECTORS
                    for w in words))


_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична)$")


def _comma_form_ok(name_words: list[str], title: str) -> bool:
    """"Valeriya Korableva, reporter at Channel One" yes; "Mr President, my question" no."""
    if any(w.lower().strip(".") in TITLE_WORDS for w in name_words):
        return False
    if _PATRONYMIC.search(name_words[-1]):
        return False  # "Александр Григорьевич, ..." addresses someone
    words = {w.strip(".,;!?«»\"“”").lower() for w in title.split()}
    return (len(title.split()) <= 12 and title.count(",") <= 2 and not words & SENTENCE_WORDS
            and not re.search(r"[.!?…](?:\s|$)|\d{3,}", title))


def split_name_title(words: list[str]) -> tuple[str | None, str | None]:
    """Split "President of Belarus Alexander Lukashenko" into name and title."""
    cut = -1
    for i, w in enumerate(words):
        low = w.lower()
        if low in PARTICLES and 0 < i < len(words) - 1 and is_name_word(words[i + 1]) \
                and words[i - 1].lower() not in TITLE_WORDS | CONNECTORS:
            continue  # "Hans-Friedrich von Ploetz"
        if low in CONNECTORS or low in TITLE_WORDS or w.isdigit():
            cut = i
    tail = words[cut + 1:]
    if not tail:
        return None, None  # only title words: "Deputy Prime Minister"
    particle = _first_particle(tail)
    if cut < 0:
        # No title word at all: the whole label is the name ("Recep Tayyip Erdogan",
        # "Mohammed bin Salman Al Saud"), unless it is long, when the last two words are.
        if len(words) <= 4 or (particle and len(words) <= 6):
            return " ".join(words), None
        tail = words
    name_words: list[str] | None = None
    if cut >= 0 and len(tail) >= 4:
        # "President of Ruritania Asif Ali Karimov": the title ends at the country.
        country = _country_words(tail)
        rest = tail[country:]
        if country and (2 <= len(rest) <= 3 or (_first_particle(rest) and len(rest) <= 6)):
            name_words = rest
        elif particle:
            name_words = tail[particle - 1:]  # "... Works Mohammed bin Salman"
    if name_words is not None:
        pass
    elif len(tail) >= 3 and (_is_initial(tail[-2]) or tail[-2].lower() in PARTICLES):
        name_words = tail[-3:]  # "George W. Bush", "Hans-Friedrich von Ploetz"
    elif cut >= 0 and words[cut].lower() in TITLE_WORDS and len(tail) <= 3:
        name_words = tail  # "Sports Minister Vitaly Mutko"
    else:
        name_words = tail[-2:] if len(tail) >= 2 else tail
    if len(name_words) == 1 and len(words) > 1 and cut >= 0 and words[cut].lower() in CONNECTORS:
        return None, None  # "Minister of Finance": no name left
    title_words = words[: len(words) - len(name_words)]
    return " ".join(name_words), (" ".join(title_words) or None)


def _first_particle(words: list[str]) -> int:
    """Index of the first name particle inside a name ("bin", "Al", "da"), or 0."""
    for i, w in enumerate(words[1:-1], 1):
        if w.lower() in PARTICLES and is_name_word(words[i - 1]):
            return i
    return 0


def _country_words(tail: list[str]) -> int:
    """How many words at the start of ``tail`` name a country (0 when none do)."""
    low = [w.casefold() for w in tail]
    for multi in COUNTRIES_MULTI:
        if tuple(low[: len(multi)]) == multi:
            return len(multi)
    first = low[0]
    if first in COUNTRIES or (len(first) > 4 and first.endswith(COUNTRY_ENDINGS)):
        return 1
    return 0


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
        self._known.add(self._names[idx].casefold())
        self._known.add(self._names[idx].split()[-1].casefold())
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
        out = []
        for i, name in enumerate(self._names):
            generic = self._generic[i]
            latin = latin_name(name) if not generic else None
            out.append(Speaker(id=ids[f"#{i}"], name=name, titles=tuple(self._titles[i]),
                               generic=generic, person=None if generic else person_key(name),
                               latin=latin if latin != name else None))
        return tuple(out)
