"""Conformance over every file of ../shared/corpus, and one test per MANIFEST trap."""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pytest
from reader.core import BlockKind, Transcript, parse_file
from tests.conftest import CORPUS, require_shared


def _files(pattern: str) -> list[str]:
    return sorted(str(p.relative_to(CORPUS)) for p in CORPUS.glob(pattern)) if CORPUS.exists() \
        else ["<corpus absent>"]


def _parse(rel: str) -> Transcript:
    return parse_file(require_shared(CORPUS) / rel)


def _manifest() -> dict[str, str]:
    with (require_shared(CORPUS) / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        return {r["path"]: r["notes"] for r in csv.DictReader(fh, delimiter="\t")}


@pytest.mark.parametrize("rel", _files("*/*.txt") + _files("*/*.html"))
def test_every_corpus_file_parses(rel: str) -> None:
    t = _parse(rel)
    assert t.blocks, rel
    assert t.language == ("ru" if rel.startswith("ru/") else "en")


# --- saved pages against the page's own metadata and bold labels -------------------

_H1 = re.compile(r'<h1 class="entry-title[^"]*"[^>]*>(.*?)</h1>', re.S)
_DATE = re.compile(r'<time class="read__published" datetime="([\d-]+)"')
_PLACE = re.compile(r'<div class="read__place[^"]*">(?:<i></i>)?(.*?)</div>', re.S)
_BODY = re.compile(r'read__internal_content[^>]*>(.*?)<div class="read__bottommeta', re.S)
_PARA = re.compile(r"<p>(.*?)</p>", re.S)
# A bold label: bold runs (and markers in parentheses) at the start, then a colon.
_LEAD = re.compile(r"^\s*((?:<b>[^<]*</b>\s*|\([^)]*\)\s*)+):?", re.S)
# Bold lines ending in ":" that the MANIFEST says are not people.
NOT_PEOPLE = {"The message reads", "Statements following the meeting", "Contact numbers"}


def _strip(s: str) -> str:
    s = re.sub(r'<span class="read__tooltip.*?</span>\s*</span>\s*</span>', "", s, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", s)).split())


def _page_labels(raw: str) -> list[str]:
    body = _BODY.search(raw)
    assert body
    out = []
    for para in _PARA.findall(body.group(1)):
        p = re.sub(r'<span class="read__tooltip.*?</span>\s*</span>\s*</span>', "", para,
                   flags=re.S)
        p = re.sub(r"<(?!/?b>)[^>]+>", "", p).replace("<b></b>", "")
        p = re.sub(r"\((?:[^()<]|</?b>)*\)", lambda m: "".join(re.findall(r"</?b>", m.group(0))),
                   p)
        m = _LEAD.match(p)
        if not m or ":" not in _strip(m.group(0)):
            continue
        lead = _strip(m.group(0))
        label = re.sub(r"\([^)]*\)?", "", lead.split(":")[0]).strip()
        if label and label not in NOT_PEOPLE and not label.startswith("*"):
            out.append(label)
    return out


def _key(s: str) -> str:
    return re.sub(r"[^a-zа-яё]", "", s.casefold())


@pytest.mark.parametrize("rel", _files("en/*.html"))
def test_saved_page_matches_its_own_metadata_and_labels(rel: str) -> None:
    t = _parse(rel)
    raw = (CORPUS / rel).read_text(encoding="utf-8", errors="replace")
    h1 = _H1.search(raw)
    date = _DATE.search(raw)
    place = _PLACE.search(raw)
    assert h1 and date
    assert t.title == _strip(h1.group(1))
    assert t.date == date.group(1)
    assert t.place == (_strip(place.group(1)) if place else None)
    labels = _page_labels(raw)
    turns = t.turns()
    assert len(turns) == len(labels), rel
    for turn, label in zip(turns, labels, strict=True):
        speaker = t.speaker(turn.speaker or "")
        assert speaker is not None
        # The page's label ends with the speaker's name ("President of Russia Vladimir Putin").
        # (or by initial and surname: "M. Papchenkova" is Margarita Papchenkova).
        assert (_key(label).endswith(_key(speaker.name)) or speaker.generic
                or _key(label.split()[-1]) == _key(speaker.name.split()[-1])), (label, speaker)


@pytest.mark.parametrize("rel", _files("en/*.html"))
def test_copied_text_gives_the_same_event_as_the_page(rel: str) -> None:
    page = _parse(rel)
    copied = _parse(rel.replace("en/", "en-copied/").replace(".html", ".copied.txt"))
    assert (copied.title, copied.date, copied.time, copied.place) == \
        (page.title, page.date, page.time, page.place)
    names = [page.speaker(b.speaker or "").name for b in page.turns()]  # type: ignore[union-attr]
    copied_names = [copied.speaker(b.speaker or "").name  # type: ignore[union-attr]
                    for b in copied.turns()]
    assert copied_names == names


# --- the MANIFEST's traps, one test each ------------------------------------------

def _names(t: Transcript) -> list[str]:
    return [t.speaker(b.speaker or "").name for b in t.turns()]  # type: ignore[union-attr]


def test_manifest_lists_every_file(corpus: Path) -> None:
    manifest = _manifest()
    for p in list(corpus.glob("en/*")) + list(corpus.glob("ru/*")):
        assert str(p.relative_to(corpus)) in manifest


def test_seed_ten_turns_alternating(seed_file: Path) -> None:
    t = parse_file(seed_file)
    assert t.title == "Vladimir Putin arrived in Minsk"
    assert (t.date, t.place) == ("2024-05-23", "Minsk")
    assert _names(t) == ["Alexander Lukashenko", "Vladimir Putin"] * 5
    assert [s.titles for s in t.speakers] == [("President of Belarus",), ("President of Russia",)]
    assert t.blocks[-1].kind is BlockKind.OMISSION


def test_carlson_en_no_header_and_sentences_ending_in_colon() -> None:
    t = _parse("en/carlson-putin-interview-2024-02-09-en.txt")
    assert t.title is None and t.date is None
    assert {s.name for s in t.speakers} == {"Tucker Carlson", "Vladimir Putin"}
    said = [b for b in t.turns() if any("I said to the FSB Director:" in p for p in b.paragraphs)]
    assert [t.speaker(b.speaker or "").name for b in said] == ["Vladimir Putin"]  # type: ignore[union-attr]


def test_carlson_ru_one_paragraph_per_line_and_translated_marker() -> None:
    t = _parse("ru/carlson-putin-interview-2024-02-09-ru.txt")
    assert {s.name for s in t.speakers} == {"Т.Карлсон", "В.Путин"}
    assert t.turns()[0].marker == "как переведено"
    assert len(t.turns()) == 149


def test_stage_direction_inside_label_17108() -> None:
    t = _parse("en/kremlin-en-news-17108.html")
    markers = [b.marker for b in t.turns() if b.marker]
    assert any(m.startswith("responding to") for m in markers)
    assert sum(1 for b in t.blocks if b.kind is BlockKind.OMISSION) == 9
    assert sum(1 for b in t.blocks if b.kind is BlockKind.SECTION_BREAK) == 2


def test_retranslated_between_bold_tags_17113() -> None:
    t = _parse("en/kremlin-en-news-17113.html")
    museveni = [b for b in t.turns() if b.speaker == "yoweri-museveni"]
    assert museveni and museveni[0].marker == "retranslated"
    assert any(b.kind is BlockKind.CAPTION for b in t.blocks)


def test_all_caps_labels_17173() -> None:
    t = _parse("en/kremlin-en-news-17173.html")
    peskov = t.speaker("dmitry-peskov")
    assert peskov is not None and peskov.titles[0].startswith("Deputy Chief of Staff")
    assert _names(t).count("Question") > 50


def test_no_labels_in_a_report_42136() -> None:
    t = _parse("en/kremlin-en-news-42136.html")
    assert not t.speakers and all(b.kind is not BlockKind.SPEECH for b in t.blocks)


def test_in_russian_in_english_switches_54152() -> None:
    t = _parse("en/kremlin-en-news-54152.html")
    text = " ".join(p for b in t.turns() for p in b.paragraphs)
    assert "(In English.)" in text or any(b.marker and "English" in b.marker for b in t.turns())


def test_the_message_reads_is_not_a_speaker_55348() -> None:
    t = _parse("en/kremlin-en-news-55348.html")
    assert not t.speakers
    assert any(p.startswith("The message reads") for b in t.blocks for p in b.paragraphs)


def test_retranslated_colon_in_separate_bold_55444() -> None:
    t = _parse("en/kremlin-en-news-55444.html")
    assert any(b.marker == "retranslated" for b in t.turns())
    assert {s.name for s in t.speakers} == {"Vladimir Putin", "Viktor Orban"}


def test_line_break_inside_label_57083() -> None:
    t = _parse("en/kremlin-en-news-57083.html")
    assert {s.name for s in t.speakers} == {"Question", "Vladimir Putin"}


def test_remarks_57139() -> None:
    t = _parse("en/kremlin-en-news-57139.html")
    raw = (CORPUS / "en/kremlin-en-news-57139.html").read_text(encoding="utf-8")
    assert _names(t).count("Remark") == raw.count("<b>Remark:") == 37


def test_accreditation_headings_are_not_speakers_57214() -> None:
    assert not _parse("en/kremlin-en-news-57214.html").speakers


def test_sub_heading_is_a_heading_58014() -> None:
    t = _parse("en/kremlin-en-news-58014.html")
    headings = [b.text for b in t.blocks if b.kind is BlockKind.HEADING]
    assert "Beginning of meeting with US President Donald Trump" in headings
    assert {s.name for s in t.speakers} == {"Vladimir Putin", "Donald Trump"}


def test_label_alone_in_its_paragraph_60349() -> None:
    t = _parse("en/kremlin-en-news-60349.html")
    ryder = t.turns()[1]
    assert t.speaker(ryder.speaker or "").name == "Guy Ryder"  # type: ignore[union-attr]
    assert ryder.paragraphs[0].startswith("Thank you very much, Mr President.")


def test_direct_line_many_speakers_60795() -> None:
    t = _parse("en/kremlin-en-news-60795.html")
    assert len(t.speakers) > 50 and len(t.turns()) > 500
    assert not any(s.name == "Perm Territory" for s in t.speakers)


def test_legal_text_articles_are_headings_6152() -> None:
    t = _parse("en/kremlin-en-news-6152.html")
    assert not t.speakers
    assert "Article 1" in [b.text for b in t.blocks if b.kind is BlockKind.HEADING]


def test_statements_line_is_not_a_speaker_62639() -> None:
    t = _parse("en/kremlin-en-news-62639.html")
    assert {s.name for s in t.speakers} == {"Benjamin Netanyahu", "Vladimir Putin"}
    assert sum(1 for b in t.blocks if b.kind is BlockKind.SECTION_BREAK) == 2


def test_print_version_62966() -> None:
    t = _parse("en/kremlin-en-news-62966-print.html")
    assert t.title == "Meeting with Nursultan Nazarbayev"
    assert t.source.url == "http://en.kremlin.ru/events/president/news/62966"


def test_invalid_utf8_byte_63123() -> None:
    t = _parse("en/kremlin-en-news-63123.html")
    assert any("invalid UTF-8" in w for w in t.warnings)
    assert len(t.turns()) == 27


def test_separators_and_split_labels_8021_9269() -> None:
    t = _parse("en/kremlin-en-news-9269.html")
    assert any(b.kind is BlockKind.SECTION_BREAK for b in t.blocks)
    assert {s.name for s in t.speakers} == {"Dmitry Medvedev", "Viktor Basargin"}
    t = _parse("en/kremlin-en-news-8021.html")
    assert _names(t).count("Question") == 3


def test_flattened_record_with_dataset_location_na_67761() -> None:
    t = _parse("en/csvrec-peiyizhuo-putin-67761.txt")
    assert t.place is None and t.title and t.title.startswith("Briefing by Aide")
    assert {s.name for s in t.speakers} == {"Yury Ushakov", "Question"}


def test_flattened_records_hover_cards_are_not_names_67825_76469() -> None:
    t = _parse("en/csvrec-peiyizhuo-putin-67825.txt")
    lavrov = [s for s in t.speakers if s.name == "Sergei Lavrov"]
    assert lavrov and lavrov[0].titles == ("Foreign Minister",)
    t = _parse("ru/csvrec-gabrielkmbo-kremlin-ru-76469.txt")
    assert [s.name for s in t.speakers] == ["В.Путин", "Э.Рахмон"]


def test_russian_record_space_before_colon_and_marker_76867() -> None:
    t = _parse("ru/csvrec-gabrielkmbo-kremlin-ru-76867.txt")
    text = " ".join(p for b in t.blocks for p in b.paragraphs)
    assert "В.Путин :" not in text
    assert any(b.marker == "как переведено" for b in t.turns())


def test_russian_record_chrome_is_dropped_76450() -> None:
    t = _parse("ru/csvrec-gabrielkmbo-kremlin-ru-76450.txt")
    assert not t.blocks[0].text.startswith("События")
    assert _names(t)[0] == "В.Путин"
    assert "А.Лукашенко" in _names(t)


def test_russian_reply_turns_76418() -> None:
    t = _parse("ru/csvrec-gabrielkmbo-kremlin-ru-76418.txt")
    assert _names(t).count("Реплика") > 20


def test_long_monologue_with_single_label() -> None:
    t = _parse("ru/state-of-the-nation-address-2024-02-29-ru.txt")
    assert _names(t) == ["В.Путин"]
    assert len(t.turns()[0].paragraphs) > 100


@pytest.mark.parametrize("rel", _files("ru/csvrec-*.txt"))
def test_russian_record_chrome_is_never_speech(rel: str) -> None:
    """The site's tags block and "Смотрите также" boxes flattened into the body are cut
    (issue 12, class 10): never the last speaker's words."""
    t = _parse(rel)
    text = " ".join(p for b in t.blocks for p in b.paragraphs)
    for chrome in ("Статус материала", "Смотрите также", "Текстовая версия",
                   "Ссылка на материал:", "Опубликован в раздел"):
        assert chrome not in text, (rel, chrome)
    # Hover cards: "… Мишустина Мишустин Михаил Владимирович Председатель Правительства".
    card = re.search(r"\b([А-ЯЁ][а-яё-]{3,})[а-яё]{0,3} \1[а-яё]{0,2} [А-ЯЁ][а-яё]+ "
                     r"[А-ЯЁ][а-яё]+(?:вич|вна)\b", text)
    assert card is None, (rel, card and card.group(0))


def test_flattened_record_long_position_is_its_own_speaker_67825() -> None:
    """Viktor Zolotov's position runs to 26 words: his words were Putin's."""
    t = _parse("en/csvrec-peiyizhuo-putin-67825.txt")
    turns = t.turns()
    at = next(i for i, b in enumerate(turns) if b.speaker == "viktor-zolotov")
    assert turns[at].paragraphs[0].startswith("Mr President, colleagues, the German Chancellor")
    assert turns[at - 1].speaker == "vladimir-putin"
    assert turns[at - 1].paragraphs[-1].endswith("Mr Zolotov.")
    assert t.speaker("viktor-zolotov").titles[0].startswith(  # type: ignore[union-attr]
        "Director of the Federal Service of the National Guard Troops")


def test_flattened_record_no_and_sr_end_a_turn_67438() -> None:
    """"Vladimir Putin: No. Valery Sanfirov: I see. It must have been George Bush Sr.
    Vladimir Putin: Precisely." was one turn of Putin's."""
    t = _parse("en/csvrec-peiyizhuo-putin-67438.txt")
    said = [(b.speaker, b.paragraphs[0]) for b in t.turns()]
    at = said.index(("valery-sanfirov", "I see. It must have been George Bush Sr."))
    assert said[at - 1] == ("vladimir-putin", "No.")
    assert said[at + 1] == ("vladimir-putin", "Precisely.")
    assert ("dmitry-peskov", "Maybe Rossiya-Kultura?") in said
