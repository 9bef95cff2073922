"""Speaker labels: is the text before a colon a person, and who (name, title, marker)?"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.core.names import (
    CYRILLIC,
    DIGIT,
    caller,
    comma_form_ok,
    digits_ok,
    fix_caps,
    is_initial,
    is_name_word,
    name_ok,
    split_name_title,
    title_ok,
    titled,
)
from reader.core.speaker_words import (
    CONNECTORS,
    GENERIC,
    GENERIC_FROM,
    PARTICLES,
    ROLE_WORDS,
    RU_TITLE_WORDS,
    SENTENCE_WORDS,
    TITLE_WORDS,
)

_PAREN = re.compile(r"\(([^()]*)\)")
# "В.Путин", "В. В. Путин", "К.-Ж.Токаев" (a hyphenated given name's two initials).
_RU_INITIALS = re.compile(
    r"^(?P<title>.*?)\s*(?P<name>(?:[А-ЯЁ]\.(?:-[А-ЯЁ]\.)?\s?){1,2}[А-ЯЁ][а-яё]+"
    r"(?:-[А-ЯЁ][а-яё]+)?)$")
_LOWER = "a-zа-яёß-öø-ÿ"
_UPPER = "A-ZА-ЯЁÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ"
# Words glued by per-word bold when a page is copied: "IvanPetrov", "XiJinping",
# "PresidentofSaxony", "M.Papchenkova" -- but not "McDonald", "DiCaprio", "LeBlanc".
_CAMEL = re.compile(rf"(?<=[{_LOWER}])(?=[{_UPPER}][{_LOWER}])|(?<=\b[A-Z]\.)(?=[A-Z][a-z])")
_CAMEL_LEFT = re.compile(rf"[{_UPPER}{_LOWER}’'.]+$")
_NOT_GLUED = {"mc", "mac", "di", "de", "le", "la", "du", "da", "van", "von", "fitz", "del",
              "della", "o"}
_LANG_MARKER = re.compile(
    r"^\(\s*(In [A-Z][a-z]+\.?|retranslated|как переведено|по-[а-яё]+\.?"
    r"|на [а-яё]+ языке\.?)\s*\)\s*")

# A label is the speaker's position and name; the longest real positions run to ~180
# characters and 26 words ("Director of the Federal Service of the National Guard Troops
# of the Russian Federation and Commander-in-Chief of the National Guard Troops of the
# Russian Federation Viktor Zolotov").
MAX_LABEL_CHARS = 240
MAX_LABEL_WORDS = 32


@dataclass(frozen=True, slots=True)
class Label:
    """A parsed speaker label."""

    raw: str  # as printed, without colon and markers
    name: str
    title: str | None = None
    marker: str | None = None
    generic: bool = False


# A dash between two parts of a title, glued to either side on some pages
# ("Executive Office– Presidential Press Secretary"): a word of its own.
_TITLE_DASH = re.compile(r"(?<=\w)\s*([–—])\s*(?=\w)")


def _norm(s: str) -> str:
    return " ".join(_TITLE_DASH.sub(r" \1 ", s).split())


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
    if not _CAMEL.search(raw):
        return raw
    pieces: list[str] = []
    start = 0
    for m in _CAMEL.finditer(raw):
        left = _CAMEL_LEFT.search(raw, start, m.start())
        word = left.group(0) if left else ""
        if (len(word.rstrip(".")) >= 2 and word.lower() not in _NOT_GLUED) or word.endswith("."):
            pieces.append(raw[start:m.start()])
            start = m.start()
    pieces.append(raw[start:])
    split = " ".join(pieces)
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
        if title and not title_ok(title.split()):
            return None
        return Label(raw=rest, name=name, title=title, marker=marker)
    orig = rest
    if "," in rest:
        name_part, title_part = (p.strip() for p in rest.split(",", 1))
        words = fix_caps(name_part.split())
        town = caller(words, title_part)
        if town is not None:
            return Label(raw=rest, name=town, marker=marker)
        if (2 <= len(words) <= 4 and all(is_name_word(w) or is_initial(w) for w in words)
                and comma_form_ok(words, title_part)):
            return Label(raw=rest, name=" ".join(words), title=title_part or None, marker=marker)
        if not (lenient or titled(rest.replace(",", " ").split())):
            return None
        rest = rest.replace(",", "")
    # "Dr." and the like; "St." inside a title ("Governor of St. Petersburg").
    words = [w[:-1] if w.endswith(".") and (w[:-1].lower() in _HONORIFICS or (
                 i > 0 and w[:-1].lower() == "st")) else w
             for i, w in enumerate(rest.split())]
    clergy = _clergy(words)
    if clergy is not None:
        return Label(raw=orig, name=clergy[0], title=clergy[1], marker=marker)
    if words and titled(words) and len(words) >= 3 \
            and is_name_word(words[-1]) and is_name_word(words[-2]):
        words = [w if is_name_word(w) or w.lower() in CONNECTORS or DIGIT.search(w)
                 else w.capitalize() for w in words]
    if words and words[-1].lower() in ROLE_WORDS and _role_ok(words, lenient):
        return Label(raw=rest, name=rest[0].upper() + rest[1:], marker=marker, generic=True)
    if len(words) >= 3 and is_name_word(words[-1]) and _name_before_last(words) and (
            lenient or _russian_title_first(words)):
        # Lower-case title words are fine before a name that markup marks as a label, and
        # in a Russian title before a full name ("Федеральный канцлер Германии Олаф
        # Шольц", "Министр иностранных дел Руритании Иван Петров") in any form.
        head = [w for w in words[:-2] if not (is_name_word(w) or w.lower() in CONNECTORS
                                             or (not lenient and w.lower() in PARTICLES))]
        if head and all(w.isalpha() or "-" in w for w in head):
            words = [w.capitalize() if w in head else w for w in words]
    if len(words) > MAX_LABEL_WORDS or not digits_ok(words):
        return None
    words = fix_caps(words)
    if not all(is_name_word(w) or w.lower() in CONNECTORS or is_initial(w) or DIGIT.search(w)
               for w in words):
        return None
    if not (is_name_word(words[0]) or is_initial(words[0])) or not is_name_word(words[-1]):
        return None
    if len(words) == 1:
        return None  # a single word is a speaker only when met before (parse_label)
    found, title = split_name_title(words)
    if found is None or not name_ok(found, title):
        return None
    name = found
    if title and orig.endswith(name):
        title = orig[: len(orig) - len(name)].strip(" ,") or None  # keep it as printed
    return Label(raw=orig, name=name, title=title, marker=marker)


def _name_before_last(words: list[str]) -> bool:
    """The word before the last is a name's too: a name word, or a particle after one
    ("Мухаммед бен Сальман Аль Сауд")."""
    return is_name_word(words[-2]) or (words[-2].lower() in PARTICLES and len(words) >= 4
                                       and is_name_word(words[-3]))


def _russian_title_first(words: list[str]) -> bool:
    """A Russian title, its words in any case, before a full name of capitalised words:
    it opens with a title noun ("Министр", "Премьер") or an adjective ("Федеральный
    канцлер", "Наследный принц"), not an adverb ("Вчера министр..."), and is what title_ok
    accepts before "И.Фамилия": a title noun in it, no word a sentence would have."""
    first = words[0].lower()
    return (CYRILLIC.search(first) is not None and words[-1][:1].isupper()
            and (first in RU_TITLE_WORDS or first.endswith(_RU_ADJECTIVE))
            and title_ok(words[:-2]))


#: The endings of a Russian adjective before a title noun ("Генеральный", "Первый").
_RU_ADJECTIVE = ("ый", "ий", "ой", "ая", "яя")


# Abbreviated titles written with a period: "Dr. Anna Berger", "H.E. Anna Berger".
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "h.e"}
_DETERMINERS = {"the", "a", "an", "every", "each", "this", "that", "one", "our", "my", "any",
                "some", "another", "no"}


# Who is named "<title> <name> of <see>": "Patriarch Porfirije of Serbia".
_CLERGY = {"patriarch", "metropolitan", "archbishop", "bishop", "cardinal", "archimandrite",
           "catholicos", "abbot"}
_CLERGY_RU = {"патриарх", "митрополит", "архиепископ", "епископ", "кардинал", "архимандрит",
              "католикос"}


def _clergy(words: list[str]) -> tuple[str, str] | None:
    """("Porfirije", "Patriarch of Serbia") for "Patriarch Porfirije of Serbia" (its
    see after the name: read as a title of the other kind, it named "All Russia" in
    "Patriarch Kirill of Moscow and All Russia", or nobody)."""
    if len(words) >= 3 and words[0].lower() in _CLERGY_RU and is_name_word(words[-1]) \
            and len(words) <= 8 and title_ok(words[:-1]):
        # "Патриарх Сербский Порфирий", "Патриарх Московский и всея Руси Кирилл": the
        # see between; named as the site names them later ("Патриарх Порфирий").
        return f"{words[0]} {words[-1]}", " ".join(words[:-1])
    if len(words) < 4 or words[0].lower() not in _CLERGY \
            or not all(is_name_word(w) or w.lower() in CONNECTORS for w in words[1:]):
        return None
    if is_name_word(words[1]) and words[2].lower() == "of":
        return words[1], " ".join([words[0], *words[2:]])
    if words[1].lower() == "of":  # "Patriarch of Moscow and All Russia Kirill"
        return words[-1], " ".join(words[:-1])
    return None


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


