"""Name or title? Word-level tests for speaker labels: capitals of any script,
initials, where a title ends (at a title word, a country, before a name particle),
Direct Line callers, and what a Russian name may not contain."""

from __future__ import annotations

import re

from reader.core.speaker_words import (
    ACRONYMS,
    CONNECTORS,
    COUNTRIES,
    COUNTRIES_MULTI,
    COUNTRY_ENDINGS,
    GENERIC,
    PARTICLES,
    RU_FUNCTION_WORDS,
    RU_TITLE_WORDS,
    SENTENCE_WORDS,
    TITLE_WORDS,
)

# A capitalised word: any script's capital ("Čermák", "Ødegård", "Łukasz"), checked
# with str.isupper on the captured letter.
_CAPITAL = re.compile(
    r"^[\"'«“]?(?:(?:al|el|ad|ibn|bin|abu|d|o)[-’'])?([^\W\d_])[\w’'\-]*(?:\.[\w’'\-]+)*$")
_INITIAL = re.compile(r"^([^\W\d_])\.$")
DIGIT = re.compile(r"\d")
QUOTES = re.compile(r"[«»\"“”„]")


def fix_caps(words: list[str]) -> list[str]:
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
    """A capitalised word that is not a connector ("of", "и")."""
    m = _CAPITAL.match(w)
    return m is not None and m.group(1).isupper() and w.lower() not in CONNECTORS


def is_initial(w: str) -> bool:
    """"V." or "Ł." alone."""
    m = _INITIAL.match(w)
    return m is not None and m.group(1).isupper()


CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


#: Russian particles that follow a word, never begin a phrase.
ENCLITICS = frozenset({"ли", "же", "бы"})


def name_ok(name: str, title: str | None) -> bool:
    """A name is a name: no quotation marks, and in Russian no phrase words ("От Льва
    Толстого"), no more than three words, and a title only with a title word in it."""
    if QUOTES.search(name):
        return False
    if not CYRILLIC.search(name):
        return True
    words = f"{title or ''} {name}".split()
    low = [w.lower().strip("«»\"“”,") for w in words]
    # (Not the enclitics, which never open a phrase: "Ли" is a surname, "Ли Цян".)
    if any(w in RU_FUNCTION_WORDS and w not in CONNECTORS and w not in ENCLITICS for w in low):
        return False
    if title is None:  # particles aside ("Мухаммед бен Сальман Аль Сауд")
        return len([w for w in low if w not in PARTICLES]) <= 3
    return any(w in RU_TITLE_WORDS or w in TITLE_WORDS for w in low)


_PLACE_WORD = re.compile(r"^[^\W\d_][\w’'\-]*$")


# Words that open an answer or an address, not a caller's name ("Yes, Mr President").
_ADDRESS = {"yes", "no", "thanks", "okay", "ok", "good", "right", "colleagues", "friends",
            "dear", "madam", "ladies", "gentlemen", "hello", "goodbye", "sorry", "excuse",
            "indeed", "exactly", "absolutely", "спасибо", "здравствуйте", "коллеги", "друзья",
            "уважаемый", "уважаемая", "уважаемые", "хорошо", "конечно", "извините", "пожалуйста",
            "president", "sir", "everyone", "all"}


def caller(name_words: list[str], place: str) -> str | None:
    """A Direct Line caller, "Dmitry, Moscow" -> "Dmitry (Moscow)": one given name, then a
    town or region in capitals ("Nizhny Novgorod", "Rostov-on-Don", "Moscow Region")."""
    if len(name_words) != 1 or not is_name_word(name_words[0]):
        return None
    given = name_words[0]
    low = given.lower()
    if (low in TITLE_WORDS or low in SENTENCE_WORDS or low in GENERIC or low in _ADDRESS
            or low in RU_FUNCTION_WORDS or QUOTES.search(given)):
        return None
    words = place.split()
    if not 1 <= len(words) <= 3 or not is_name_word(words[0]) or not is_name_word(words[-1]):
        return None
    if not all(_PLACE_WORD.match(w) and (is_name_word(w) or w.lower() in CONNECTORS)
               for w in words):
        return None
    if _PATRONYMIC.search(words[-1]) or words[-1].lower() in _ADDRESS:
        return None  # "Да, Владимир Владимирович": an answer to someone, not a town
    if any(w.lower() in SENTENCE_WORDS or w.lower() in TITLE_WORDS - {"region", "territory",
                                                                      "republic"}
           for w in words):
        return None
    return f"{given} ({place})"


_TITLE_WORD = re.compile(r"^[\"'«“]?[A-ZА-ЯЁ][\w’'\-]*[»”\"]?$")


def titled(words: list[str]) -> bool:
    """A label with a title word and no sentence words: lower-case words are allowed
    ("chairman of the Miners' Union Ivan Petrov", "Director of the Variety theatre …")."""
    low = [w.lower().strip(",") for w in words]
    return (any(w in TITLE_WORDS for w in low) and not any(w in SENTENCE_WORDS for w in low)
            and all(w.replace("-", "").replace("’", "").replace("'", "").isalpha()
                    or is_initial(w) or w.isdigit() for w in words))


def title_ok(words: list[str]) -> bool:
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
            and all(CYRILLIC.search(w) or _TITLE_WORD.match(w) or w.lower() in CONNECTORS
                    for w in words))


_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична)$")


def comma_form_ok(name_words: list[str], title: str) -> bool:
    """"Valeriya Korableva, reporter at Channel One" yes; "Mr President, my question" no."""
    if any(w.lower().strip(".") in TITLE_WORDS for w in name_words):
        return False
    if _PATRONYMIC.search(name_words[-1]):
        return False  # "Александр Григорьевич, ..." addresses someone
    words = {w.strip(".,;!?«»\"“”").lower() for w in title.split()}
    return (len(title.split()) <= 12 and title.count(",") <= 2 and not words & SENTENCE_WORDS
            and not re.search(r"[.!?…](?:\s|$)|\d{3,}", title))


def _acronym(w: str) -> bool:
    return len(w) >= 2 and w.isalpha() and w.isupper()


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
    if cut < 0 and CYRILLIC.search(" ".join(words)):
        # A Russian title before a full name ("Председатель КНР Си Цзиньпин"; an acronym
        # is the title's), when a name of two words or more is left: "Патриарх Кирилл"
        # is one name.
        ru = max((i for i, w in enumerate(words) if w.lower() in RU_TITLE_WORDS
                  or (_acronym(w) and not all(map(_acronym, words)))), default=-1)
        if ru >= 0 and len(words) - ru - 1 >= 2:
            cut = ru
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
    elif len(tail) >= 3 and is_initial(tail[-2]) and words[cut].lower() in CONNECTORS:
        # "Governor of St Petersburg A. Beglov": after "of" comes the place, not a given
        # name before a middle initial.
        name_words = tail[-2:]
    elif len(tail) >= 3 and (is_initial(tail[-2]) or tail[-2].lower() in PARTICLES
                             or (CYRILLIC.search(tail[-2]) and _PATRONYMIC.search(tail[-2]))):
        # "George W. Bush", "Hans-Friedrich von Ploetz", "Иван Петрович Сидоров"
        name_words = tail[-3:]
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


def digits_ok(words: list[str]) -> bool:
    """Numbers only inside a title ("CEO of the 2030 Winter Games Committee Ivan Petrov",
    "G20 Sherpa Ivan Petrov"), never in the name and never without a title word (so
    "Article 5" and dates stay text)."""
    numbers = [i for i, w in enumerate(words) if DIGIT.search(w)]
    if not numbers:
        return True
    return (any(w.lower() in TITLE_WORDS for w in words[:-2]) and numbers[-1] < len(words) - 2
            and all(_TITLE_NUMBER.match(words[i]) for i in numbers))


# "2030", "2nd", "1990s", "G20", "S-400", "COP26": numbers a title may hold.
_TITLE_NUMBER = re.compile(r"^(?:\d+(?:st|nd|rd|th|s)?|[A-ZА-ЯЁ][\w-]*\d[\w-]*)$")


