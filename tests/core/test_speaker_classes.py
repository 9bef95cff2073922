"""Issue 12: the classes of speaker-label errors, one fixture each (fictional speakers).

Each fixture is given the way a reader meets it: a saved page (labels in bold), text
copied from that page, or a dataset record. The assertion is the sequence of speakers
the reader sees, with the names the legend shows.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from reader.core import Block, Speaker, Transcript, parse_bytes, parse_file


def _page(*paras: str, lang: str = "en") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<!doctype html><html lang="{lang}"><body><h1 class="entry-title">A meeting</h1>'
            f'<time class="read__published" datetime="2031-05-06">May 6, 2031</time>'
            f'<div class="entry-content e-content read__internal_content">{body}</div>'
            f"</body></html>").encode()


def _names(t: Transcript) -> list[str]:
    return [t.speaker(b.speaker or "").name for b in t.turns()]  # type: ignore[union-attr]


def _text(*lines: str) -> bytes:
    return "\n\n".join(lines).encode()


# 1. The colon outside the bold, after an italic (or plain) marker ---------------------

def test_class1_colon_after_italic_marker_outside_the_bold() -> None:
    t = parse_bytes(_page(
        "<b>Federal Chancellor Greta Moonstone</b> (<i>retranslated</i>): Thank you.",
        "<b>Rufus Firefly</b>: Welcome.",
        "<b>Federal Chancellor Greta Moonstone</b> (retranslated): Again.",
        "<b>Greta Moonstone</b>: Once more.",
        "<b>Greta Moonstone</b> (<i>retranslated</i>) : And again.",
    ), "class1.html")
    assert _names(t) == ["Greta Moonstone", "Rufus Firefly", "Greta Moonstone",
                         "Greta Moonstone", "Greta Moonstone"]
    assert [b.marker for b in t.turns()] == ["retranslated", None, "retranslated", None,
                                             "retranslated"]
    assert t.turns()[0].paragraphs == ("Thank you.",)
    assert t.speakers[0].titles == ("Federal Chancellor",)


# 2. Labels with digits -------------------------------------------------------------

def test_class2_label_with_digits_in_the_title() -> None:
    label = "CEO of the 2030 Winter Games Organising Committee Boris Kettlewell"
    for data, name in ((_page(f"<b>{label}:</b> We are ready.", "<b>Rufus Firefly:</b> Good."),
                        "p.html"),
                       (_text(f"{label}: We are ready.", "Rufus Firefly: Good."), "p.txt")):
        t = parse_bytes(data, name)
        assert _names(t) == ["Boris Kettlewell", "Rufus Firefly"], name
        assert t.speakers[0].titles == ("CEO of the 2030 Winter Games Organising Committee",)
    for label, name, title in (
            ("Sylvania’s G20 Sherpa Ada Quill", "Ada Quill", "Sylvania’s G20 Sherpa"),
            ("Commander of the 58th Teapot Brigade Tom Kettle", "Tom Kettle",
             "Commander of the 58th Teapot Brigade")):
        t = parse_bytes(_text(f"{label}: Ready.", "Rufus Firefly: Good."), "n2.txt")
        assert (t.speakers[0].name, t.speakers[0].titles) == (name, (title,))
    # A date or a number is still not a person.
    t = parse_bytes(_text("Rufus Firefly: Here is the plan.", "Article 5: Nothing.",
                          "On 12 May 2031: a date."), "n.txt")
    assert _names(t) == ["Rufus Firefly"]


# 3. Capitals outside A–Z / А–Я -----------------------------------------------------

@pytest.mark.parametrize("name", ["Čestmír Žluťák", "Søren Ødegårdsen", "Ülle Öpikson",
                                  "Łucja Łąkowska", "Șerban Țăranu", "Émile Éclair"])
def test_class3_names_with_non_ascii_capitals(name: str) -> None:
    for data, fname in ((_page(f"<b>Chairman {name}:</b> Hello.", "<b>Rufus Firefly:</b> Hi.",
                               f"<b>{name}:</b> Bye."), "c.html"),
                        (_text(f"Chairman {name}: Hello.", "Rufus Firefly: Hi.",
                               f"{name}: Bye."), "c.txt")):
        t = parse_bytes(data, fname)
        assert _names(t) == [name, "Rufus Firefly", name], fname
        assert t.speakers[0].titles == ("Chairman",)


# 4. Plural and other generic voices ------------------------------------------------

@pytest.mark.parametrize(("label", "lang"), [
    ("Remarks", "en"), ("Questions", "en"), ("Voices", "en"), ("Remark from the audience", "en"),
    ("Реплики", "ru"), ("Голоса", "ru"), ("Реплика из зала", "ru"), ("Вопрос из зала", "ru"),
    ("From the audience", "en"), ("Из зала", "ru"), ("Хором", "ru"), ("Several voices", "en"),
])
def test_class4_plural_and_other_generic_voices(label: str, lang: str) -> None:
    host = "Rufus Firefly" if lang == "en" else "Р.Светлячков"
    for data, fname in ((_page(f"<b>{host}:</b> Well?", f"<b>{label}:</b> Yes!", lang=lang),
                         "g.html"),
                        (_text(f"{host}: Well?", f"{label}: Yes!"), "g.txt")):
        t = parse_bytes(data, fname)
        assert _names(t) == [host, label], fname
        assert t.speakers[1].generic


# 5. Copied text with words glued by per-word bold ---------------------------------

def test_class5_glued_words_from_per_word_bold() -> None:
    t = parse_bytes(_text(
        "Minister-PresidentofSylvaniaBorisKettlewell (retranslated): Thank you.",
        "RufusFirefly: Welcome.",
        "BorisKettlewell: Indeed.",
        "ChairmanoftheBoardGretaMoonstone: Yes.",
    ), "glued.txt")
    assert _names(t) == ["Boris Kettlewell", "Rufus Firefly", "Boris Kettlewell",
                         "Greta Moonstone"]
    assert t.speakers[0].titles == ("Minister-President of Sylvania",)
    assert t.speakers[2].titles == ("Chairman of the Board",)
    assert t.turns()[0].marker == "retranslated"


def test_class5_short_glued_names_and_initials_but_not_mc_names() -> None:
    t = parse_bytes(_text("Rufus Firefly: Hello.", "BoLan: Good morning.", "TomMa: Hi.",
                          "R.Firefly: Welcome.", "Ronald McQuill: Thanks.",
                          "Ronald McQuill: Again."), "glued2.txt")
    assert _names(t) == ["Rufus Firefly", "Bo Lan", "Tom Ma", "Rufus Firefly",
                         "Ronald McQuill", "Ronald McQuill"]


# 6. No space after the colon -------------------------------------------------------

def test_class6_no_space_after_the_colon() -> None:
    t = parse_bytes(_text("Boris Kettlewell (retranslated):Thank you.",
                          "Rufus Firefly:Welcome, colleagues.",
                          "Р.Светлячков:Добрый день.",
                          "The meeting starts at 10:30 sharp."), "nospace.txt")
    assert _names(t) == ["Boris Kettlewell", "Rufus Firefly", "Р.Светлячков"]
    assert t.turns()[0].paragraphs == ("Thank you.",)
    assert t.turns()[2].paragraphs == ("Добрый день.", "The meeting starts at 10:30 sharp.")


# 7. A three-word name after a long title ------------------------------------------

def test_class7_three_word_name_resolved_by_a_later_short_label() -> None:
    t = parse_bytes(_page(
        "<b>President of Ruritania Asif Ali Karimov</b> (translated from Russian): Greetings.",
        "<b>Rufus Firefly:</b> Welcome.",
        "<b>Asif Ali Karimov:</b> Thank you.",
    ), "three.html")
    assert _names(t) == ["Asif Ali Karimov", "Rufus Firefly", "Asif Ali Karimov"]
    assert t.speakers[0].titles == ("President of Ruritania",)


def test_class7_later_short_label_corrects_a_title_that_took_a_name_word() -> None:
    t = parse_bytes(_page(
        "<b>Chairman of Teapot Works Asif Ali Karimov:</b> Greetings.",
        "<b>Rufus Firefly:</b> Welcome.",
        "<b>Asif Ali Karimov:</b> Thank you.",
    ), "three2.html")
    assert _names(t) == ["Asif Ali Karimov", "Rufus Firefly", "Asif Ali Karimov"]
    assert t.speakers[0].titles == ("Chairman of Teapot Works",)
    assert t.turns()[0].speaker == t.turns()[2].speaker == "asif-ali-karimov"


@pytest.mark.parametrize(("label", "name", "title"), [
    ("President of Ruritania Asif Ali Karimov", "Asif Ali Karimov", "President of Ruritania"),
    ("President of the United States Dwight Q. Pebble", "Dwight Q. Pebble",
     "President of the United States"),
    ("Prime Minister of Sylvania Rufus Firefly", "Rufus Firefly", "Prime Minister of Sylvania"),
    ("Chairman of the Board of Teapot Bank Tom Kettle", "Tom Kettle",
     "Chairman of the Board of Teapot Bank"),
])
def test_class7_without_a_short_label_the_title_ends_at_the_country(
        label: str, name: str, title: str) -> None:
    t = parse_bytes(_page(f"<b>{label}:</b> Greetings.", "<b>Ada Quill:</b> Hello."), "c7.html")
    assert (t.speakers[0].name, t.speakers[0].titles) == (name, (title,))


# 8. Direct Line callers with a town ------------------------------------------------

def test_class8_callers_with_a_town() -> None:
    for data, fname in ((_page("<b>Rufus Firefly:</b> Next caller.",
                               "<b>Dmitry, Fredville:</b> Hello!",
                               "<b>Rufus Firefly:</b> Go on.",
                               "<b>Dmitry, Nova Sylvania:</b> My question.",
                               "<b>Olga, Fredville:</b> And mine."), "dl.html"),
                        (_text("Rufus Firefly: Next caller.", "Dmitry, Fredville: Hello!",
                               "Rufus Firefly: Go on.", "Dmitry, Nova Sylvania: My question.",
                               "Olga, Fredville: And mine."), "dl.txt")):
        t = parse_bytes(data, fname)
        assert _names(t) == ["Rufus Firefly", "Dmitry (Fredville)", "Rufus Firefly",
                             "Dmitry (Nova Sylvania)", "Olga (Fredville)"], fname
        assert len({b.speaker for b in t.turns()}) == 4
    t = parse_bytes(_text("Rufus Firefly: Next.", "Dmitry, Fredville: Hello!",
                          "Rufus Firefly: Go on.", "Dmitry: Thank you."), "dl3.txt")
    assert _names(t) == ["Rufus Firefly", "Dmitry (Fredville)", "Rufus Firefly",
                         "Dmitry (Fredville)"]
    t = parse_bytes(_text("Р.Светлячков: Слушаем.", "Дмитрий, Фредвиль: Добрый день!"), "r.txt")
    assert _names(t) == ["Р.Светлячков", "Дмитрий (Фредвиль)"]
    # Addressing someone is not a caller.
    t = parse_bytes(_text("Rufus Firefly: Well.", "Colleagues, friends: welcome."), "a.txt")
    assert _names(t) == ["Rufus Firefly"]


# 9. Russian phrases and quotations ending in a colon ------------------------------

@pytest.mark.parametrize("line", [
    "«Сказки леса», «Бородино» Светлячкова От Тома Чайникова",
    "Как сказал Том Чайников",
    "В «Вестнике Фредвиля» Написано",
    "Цитата Из Письма Ады Квилл",
])
def test_class9_russian_phrases_are_not_people(line: str) -> None:
    body = (f"Р.Светлячков: Я вспоминаю книги. {line}: «Мир велик». Хорошие книги. "
            "А.Квилл: Согласна. ") * 6
    t = parse_bytes(body.encode(), "phrase.txt")
    assert set(_names(t)) == {"Р.Светлячков", "А.Квилл"}
    t = parse_bytes(_text("Р.Светлячков: Я вспоминаю книги.", f"{line}:", "«Мир велик»."),
                    "phrase2.txt")
    assert _names(t) == ["Р.Светлячков"]


def test_class9_russian_labels_with_quoted_organisations_stay_people() -> None:
    t = parse_bytes(_text("Генеральный директор компании «Чайник» Т.Чайников: Спасибо.",
                          "Р.Светлячков: Пожалуйста."), "org.txt")
    assert _names(t) == ["Т.Чайников", "Р.Светлячков"]


# 10. Russian dataset records with the site's chrome inside the body ----------------

RECORD_RU = (
    "Р.Светлячков: Добрый день. Начнём с главного. А.Квилл: Спасибо. У нас всё готово. "
    "Смотрите также Встреча с Адой Квилл 3 марта 2031 года Посещение чайной фабрики "
    "4 марта 2031 года Мы строим новый завод. Р.Светлячков: Хорошо. Удачи вам. "
    "География Фредвиль Темы Регионы Социальная сфера Лица Квилл Ада Петровна "
    "Светлячков Руфус Иванович Статус материала Опубликован в разделах: Новости , "
    "Выступления и стенограммы Дата публикации: 5 марта 2031 года, 14:05 "
    "Ссылка на материал: kremlin.ru/d/99999 Текстовая версия"
)


def test_class10_russian_record_chrome_is_removed(tmp_path: Path) -> None:
    (tmp_path / "rec.txt").write_text(RECORD_RU, encoding="utf-8")
    (tmp_path / "rec.json").write_text(json.dumps(
        {"title": "Встреча", "date": "2031-03-05"}, ensure_ascii=False), encoding="utf-8")
    t = parse_file(tmp_path / "rec.txt")
    assert _names(t) == ["Р.Светлячков", "А.Квилл", "Р.Светлячков"]
    assert t.turns()[1].paragraphs == ("Спасибо. У нас всё готово. Мы строим новый завод.",)
    assert t.turns()[-1].paragraphs == ("Хорошо. Удачи вам.",)
    text = " ".join(p for b in t.blocks for p in b.paragraphs)
    for chrome in ("Смотрите также", "География", "Статус материала", "Текстовая версия"):
        assert chrome not in text
    assert t.tags.persons == ("Квилл Ада Петровна", "Светлячков Руфус Иванович")


# Found in ../shared/corpus (Direct Line, copied text) --------------------------------

def test_copied_role_labels_and_messages_from_a_place() -> None:
    """The copy loses the bold: "Call centre operator:" is still a voice; an on-screen
    message "Town, Region: “…”" is not a person."""
    t = parse_bytes(_text("Rufus Firefly: Let us read the messages.",
                          "Lower Teaton, Fredville Region: “The bridge is closed again.”",
                          "Call centre operator: The town of Teaton.",
                          "The teacher said: wait.",
                          "Ada Quill: Thank you."), "dl2.txt")
    assert _names(t) == ["Rufus Firefly", "Call centre operator", "Ada Quill"]
    assert t.turns()[0].paragraphs[1].startswith("Lower Teaton, Fredville Region: “")
    assert t.turns()[1].paragraphs == ("The town of Teaton.", "The teacher said: wait.")


# More classes found while reading real label shapes ---------------------------------

@pytest.mark.parametrize(("label", "name", "title"), [
    ("Crown Prince of Ruritania Rashid bin Karim Al Fahdi", "Rashid bin Karim Al Fahdi",
     "Crown Prince of Ruritania"),
    ("President of the United Arab Emirates Rashid bin Karim Al Fahdi",
     "Rashid bin Karim Al Fahdi", "President of the United Arab Emirates"),
    ("Rashid bin Karim Al Fahdi", "Rashid bin Karim Al Fahdi", None),
    ("President of Sylvania Luiz Amaro Pinto da Costa", "Luiz Amaro Pinto da Costa",
     "President of Sylvania"),
    ("Chairman of Teapot Works Rashid bin Karim", "Rashid bin Karim", "Chairman of Teapot Works"),
])
def test_names_with_particles_are_whole(label: str, name: str, title: str | None) -> None:
    """"bin", "Al", "da" inside a long name: the name is not cut to its last words."""
    t = parse_bytes(_page(f"<b>{label}:</b> Greetings.", "<b>Ada Quill:</b> Hello."), "p.html")
    assert (t.speakers[0].name, t.speakers[0].titles) == (name, (title,) if title else ())


def test_abbreviated_titles_with_a_period() -> None:
    t = parse_bytes(_text("Dr. Greta Moonstone: Good morning.", "Rufus Firefly: Hello.",
                          "Prof. Tom Kettle: Indeed.", "Mr. President: a sentence."), "dr.txt")
    assert _names(t) == ["Greta Moonstone", "Rufus Firefly", "Tom Kettle"]
    assert t.speakers[0].titles == ("Dr.",)


def test_class10_russian_copied_page_footer_is_not_speech() -> None:
    text = ("Президент России\n\nВстреча с Адой Квилл\n\n5 марта 2031 года, Фредвиль\n\n"
            "Р.Светлячков: Добрый день.\n\nА.Квилл: Спасибо.\n\nСмотрите также\n"
            "Встреча с жителями 4 марта 2031 года\n\nА.Квилл: Всё готово.\n\n"
            "География\nФредвиль\nТемы\nРегионы\nЛица\nКвилл Ада Петровна\nСтатус материала\n"
            "Опубликован в разделах: Новости, Выступления и стенограммы\n"
            "Дата публикации: 5 марта 2031 года, 14:05\nСсылка на материал: kremlin.ru/d/99999\n"
            "Текстовая версия\n")
    t = parse_bytes(text.encode(), "ru-copied.txt")
    assert _names(t) == ["Р.Светлячков", "А.Квилл", "А.Квилл"]
    assert t.turns()[-1].paragraphs == ("Всё готово.",)
    assert t.tags.persons == ("Квилл Ада Петровна",)
    assert t.tags.regions == ("Фредвиль",)
    text_all = " ".join(p for b in t.blocks for p in b.paragraphs)
    assert "Смотрите также" not in text_all and "Статус материала" not in text_all


@pytest.mark.parametrize("line", [
    "Yes, Mr President: of course.", "Да, Владимир Владимирович: конечно.",
    "Thanks, Ada Quill: that is all.", "Коллеги, Друзья: начнём.", "Well, Fredville: here we are.",
])
def test_class8_answers_and_addresses_are_not_callers(line: str) -> None:
    t = parse_bytes(_text("Rufus Firefly: Let us begin.", line), "addr.txt")
    assert _names(t) == ["Rufus Firefly"]
    assert t.turns()[0].paragraphs[-1] == line


def test_class10_hover_cards_after_declined_names_in_russian_records(tmp_path: Path) -> None:
    """A person's card glued after a name in any case, with the position printed on it."""
    body = ("Р.Светлячков: Благодарю Аду Петровну Квилл Квилл Ада Петровна Министр чайной "
            "промышленности Фредвиля за работу. Отдельно – Тома Чайникова Чайников Том Иванович "
            "президент, председатель правления ПАО «Чайник» (ЧНК) за помощь. А.Квилл: Спасибо. "
            "Хочу отметить Руфуса Светлячкова Светлячков Руфус Иванович Президент Фредвиля.")
    (tmp_path / "cards.txt").write_text(body, encoding="utf-8")
    (tmp_path / "cards.json").write_text(json.dumps({"title": "Встреча"}, ensure_ascii=False))
    t = parse_file(tmp_path / "cards.txt")
    assert [b.paragraphs for b in t.turns()] == [
        ("Благодарю Аду Петровну Квилл за работу. Отдельно – Тома "
         "Чайникова за помощь.",),
        ("Спасибо. Хочу отметить Руфуса Светлячкова.",)]


def test_class10_speech_that_begins_like_a_box_stays(tmp_path: Path) -> None:
    body = ("Р.Светлячков: Мы решили. Дополнительно направим 5 марта 2031 года средства на "
            "ремонт. Смотрите также, как растёт город. А.Квилл: Спасибо.")
    (tmp_path / "keep.txt").write_text(body, encoding="utf-8")
    (tmp_path / "keep.json").write_text(json.dumps({"title": "Встреча"}, ensure_ascii=False))
    t = parse_file(tmp_path / "keep.txt")
    assert t.turns()[0].paragraphs == (
        "Мы решили. Дополнительно направим 5 марта 2031 года средства на ремонт. "
        "Смотрите также, как растёт город.",)


# A dash between two parts of a title, glued to one side ---------------------------------

@pytest.mark.parametrize("dash", ["– ", " –", "—", " - "])
def test_titles_joined_by_a_dash_are_labels_in_every_form(dash: str, tmp_path: Path) -> None:
    label = f"Deputy Head of the Teapot Office{dash}Chief Press Officer Boris Kettlewell"
    title = label.removesuffix(" Boris Kettlewell")
    for data, name in ((_page(f"<b>{label}:</b> Let us begin.", "<b>Rufus Firefly:</b> Good."),
                        "p.html"),
                       (_text("Rufus Firefly: Mr Kettlewell, please.", f"{label}: Let us begin.",
                              "Rufus Firefly: Good."), "p.txt")):
        t = parse_bytes(data, name)
        assert "Boris Kettlewell" in _names(t), name
    # In a one-line dataset record the label stands mid-line.
    body = tmp_path / "rec.txt"
    body.write_text(f"Rufus Firefly: Mr Kettlewell, please. {label}: Let us begin. "
                    "Rufus Firefly: Good.", encoding="utf-8")
    (tmp_path / "rec.json").write_text(json.dumps({"title": "A fictional briefing"}),
                                       encoding="utf-8")
    t = parse_file(body)
    assert _names(t) == ["Rufus Firefly", "Boris Kettlewell", "Rufus Firefly"]
    kettlewell = next(s for s in t.speakers if s.name == "Boris Kettlewell")
    def squeeze(s: str) -> str:  # spaces around the dash aside
        return re.sub(r"\s*([–—-])\s*", r"\1", s)

    assert squeeze(kettlewell.titles[0]) == squeeze(title)


# Very long positions before the name (~180 characters, 26 words) ------------------------

LONG_POSITION = ("Director of the Federal Service of the Teapot Guard Troops of the Fredville "
                 "Federation and Commander-in-Chief of the Teapot Guard Troops of the Fredville "
                 "Federation")


def test_a_label_with_a_very_long_position_is_a_label_in_every_form(tmp_path: Path) -> None:
    """The speaker after a long official position was read as part of the previous
    speaker's turn: the label was longer than any label allowed."""
    label = f"{LONG_POSITION} Boris Kettlewell"
    assert len(label) > 170 and len(label.split()) > 20
    for data, name in ((_page("<b>Rufus Firefly:</b> Mr Kettlewell.",
                              f"<b>{label}:</b> Mr President, colleagues.",
                              "<b>Rufus Firefly:</b> Thank you."), "p.html"),
                       (_text("Rufus Firefly: Mr Kettlewell.", f"{label}: Mr President, colleagues.",
                              "Rufus Firefly: Thank you."), "p.txt")):
        t = parse_bytes(data, name)
        assert _names(t) == ["Rufus Firefly", "Boris Kettlewell", "Rufus Firefly"], name
        assert t.turns()[0].paragraphs == ("Mr Kettlewell.",), name
        assert t.turns()[1].paragraphs == ("Mr President, colleagues.",), name
        assert t.speakers[1].titles == (LONG_POSITION,), name
    # A one-line dataset record, the person's hover card glued after the name (the card
    # prints the position in other words).
    body = (f"Rufus Firefly: Thank you. Mr Kettlewell. {label} Kettlewell BorisDirector of the "
            "Teapot Guard Service : Mr President, colleagues, we are ready. Rufus Firefly: "
            "Thank you.")
    (tmp_path / "long.txt").write_text(body, encoding="utf-8")
    (tmp_path / "long.json").write_text(json.dumps({"headline": "A meeting"}))
    t = parse_file(tmp_path / "long.txt")
    assert _names(t) == ["Rufus Firefly", "Boris Kettlewell", "Rufus Firefly"]
    assert t.turns()[0].paragraphs == ("Thank you. Mr Kettlewell.",)
    assert t.turns()[1].paragraphs == ("Mr President, colleagues, we are ready.",)
    assert t.speakers[1].titles == (LONG_POSITION,)


def test_a_one_word_no_or_a_name_ending_in_sr_does_not_hide_the_next_label(
        tmp_path: Path) -> None:
    """In a one-line record, "No." and "Sr." were read as abbreviations ("No. 5", "Sr.
    Anna"), so the label after them stayed inside the previous turn."""
    body = ("Rufus Firefly: Was it the Teapot Guild? Ada Quill: No. Rufus Firefly: I see. It "
            "must have been Boris Kettlewell Sr. Ada Quill: Precisely. Rufus Firefly: Decree "
            "No. 5 says so, and Mr. Kettlewell Jr. agrees.")
    (tmp_path / "no.txt").write_text(body, encoding="utf-8")
    (tmp_path / "no.json").write_text(json.dumps({"headline": "A meeting"}))
    t = parse_file(tmp_path / "no.txt")
    assert _names(t) == ["Rufus Firefly", "Ada Quill", "Rufus Firefly", "Ada Quill",
                         "Rufus Firefly"]
    assert [b.paragraphs for b in t.turns()][1:] == [
        ("No.",), ("I see. It must have been Boris Kettlewell Sr.",), ("Precisely.",),
        ("Decree No. 5 says so, and Mr. Kettlewell Jr. agrees.",)]


@pytest.mark.parametrize(("label", "name", "title"), [
    ("Governor of St. Petersburg Boris Kettlewell", "Boris Kettlewell",
     "Governor of St. Petersburg"),
    ("Rector of St. Petersburg Teapot University Ada Quill", "Ada Quill",
     "Rector of St. Petersburg Teapot University"),
    ("Mayor of Fredville T. Kettle", "T. Kettle", "Mayor of Fredville"),
    ("Governor of St Petersburg T. Kettle", "T. Kettle", "Governor of St Petersburg"),
    ("Teapot Envoy Tom B. Kettle", "Tom B. Kettle", "Teapot Envoy"),
])
def test_a_place_with_a_period_or_before_an_initial_stays_in_the_title(
        label: str, name: str, title: str, tmp_path: Path) -> None:
    """"St." ended the label (no speaker: the words went to the previous turn), and the
    place before an initial was taken for a given name ("Fredville R. Firefly")."""
    for data, fname in ((_page("<b>Rufus Firefly:</b> Go on.", f"<b>{label}:</b> Thank you."),
                         "p.html"),
                        (_text("Rufus Firefly: Go on.", f"{label}: Thank you."), "p.txt")):
        t = parse_bytes(data, fname)
        turns = t.turns()
        assert len(turns) == 2, fname
        who = t.speaker(turns[1].speaker or "")
        assert who is not None and who.name == name and who.titles == (title,), fname


def _answer_in_both_forms(label: str) -> list[tuple[str, list[Block], Speaker]]:
    """A Russian exchange, "Р.Светлячков: Прошу." then "<label>: Спасибо.", as a saved
    page (the label in bold) and as plain text: per form, its two turns and who answers."""
    found = []
    for data, fname in ((_page("<b>Р.Светлячков:</b> Прошу.", f"<b>{label}:</b> Спасибо.",
                               lang="ru"), "p.html"),
                        (_text("Р.Светлячков: Прошу.", f"{label}: Спасибо."), "p.txt")):
        t = parse_bytes(data, fname)
        turns = list(t.turns())
        assert len(turns) == 2, fname
        who = t.speaker(turns[1].speaker or "")
        assert who is not None, fname
        found.append((fname, turns, who))
    return found


@pytest.mark.parametrize(("label", "name", "title"), [
    ("Президент Фредвиля К.-Ж.Чайников", "К.-Ж.Чайников", "Президент Фредвиля"),
    ("К.-Ж.Чайников", "К.-Ж.Чайников", None),
    ("Председатель КНР Ли Чайфан", "Ли Чайфан", "Председатель КНР"),
    ("Президент Фредвиля Ада Квилл", "Ада Квилл", "Президент Фредвиля"),
    ("Мустафа бен Чайник Аль Кеттл", "Мустафа бен Чайник Аль Кеттл", None),
    ("Патриарх Чайникий", "Патриарх Чайникий", None),  # one name, as the site writes it
    ("Ли Чайфан", "Ли Чайфан", None),  # "Ли" a surname, not the particle ("Ли Цян")
])
def test_russian_labels_with_double_initials_full_names_and_particles(
        label: str, name: str, title: str | None) -> None:
    """"К.-Ж.Токаев" was read as "Ж.Токаев" with "К.-" in his title; a Russian title
    before a full name ("Председатель КНР Си Цзиньпин") and an Arabic name with its
    particles ("Мухаммед бен Сальман Аль Сауд") were not labels at all."""
    for fname, _turns, who in _answer_in_both_forms(label):
        assert who.name == name, (fname, who)
        assert who.titles == ((title,) if title else ()), fname


@pytest.mark.parametrize(("label", "name", "title"), [
    ("Федеральный канцлер Фредвиля Олаф Чайникман", "Олаф Чайникман",
     "Федеральный канцлер Фредвиля"),
    ("Министр иностранных дел Фредвиля Ада Квилл", "Ада Квилл",
     "Министр иностранных дел Фредвиля"),
    ("Премьер Государственного совета Фредвиля Ли Чайфан", "Ли Чайфан",
     "Премьер Государственного совета Фредвиля"),
    ("Губернатор Чайниковской области Руфус Чайкин", "Руфус Чайкин",
     "Губернатор Чайниковской области"),
    ("Генеральный секретарь ЧАЙ Ада Квилл", "Ада Квилл", "Генеральный секретарь ЧАЙ"),
    ("Наследный принц Фредвиля Мустафа бен Чайник Аль Кеттл",
     "Мустафа бен Чайник Аль Кеттл", "Наследный принц Фредвиля"),
    ("Министр Фредвиля Руфус Петрович Чайкин", "Руфус Петрович Чайкин",
     "Министр Фредвиля"),
])
def test_russian_titles_in_lower_case_before_a_full_name(
        label: str, name: str, title: str) -> None:
    """As the site names a foreign guest at his first turn. In a copied or plain text (no
    bold to mark the label) these were no labels: their words went to the previous
    speaker."""
    for fname, turns, who in _answer_in_both_forms(label):
        assert turns[1].paragraphs == ("Спасибо.",), fname
        assert who.name == name, (fname, who)
        assert who.titles == (title,), fname


@pytest.mark.parametrize("line", [
    "Как сказал министр иностранных дел Ада Квилл: мы готовы.",
    "Министр сказал Ада Квилл: мы готовы.",
    "Вчера министр Фредвиля Ада Квилл: мы готовы.",
    "Затем председатель Ада Квилл: мы готовы.",
])
def test_a_sentence_naming_a_minister_before_a_colon_is_no_label(line: str) -> None:
    t = parse_bytes(_text("Р.Светлячков: Прошу.", line), "p.txt")
    assert _names(t) == ["Р.Светлячков"]
    assert t.turns()[0].paragraphs[-1] == line


@pytest.mark.parametrize("role", ["Audience member", "Company representative", "Guest"])
def test_more_roles_are_voices(role: str) -> None:
    """"Audience member:" (a role, not a name) was read as words of the previous turn."""
    t = parse_bytes(_text("Rufus Firefly: Any questions?", f"{role}: Yes, one."), "p.txt")
    assert _names(t) == ["Rufus Firefly", role]
    assert t.turns()[1].paragraphs == ("Yes, one.",)


@pytest.mark.parametrize(("label", "name", "title"), [
    ("Patriarch Chaikovy of Fredville", "Chaikovy", "Patriarch of Fredville"),
    ("Patriarch Chaikovy of Fredville and All Teapotia", "Chaikovy",
     "Patriarch of Fredville and All Teapotia"),
    ("Metropolitan of Fredville Kettlios", "Kettlios", "Metropolitan of Fredville"),
])
def test_clergy_named_with_their_see(label: str, name: str, title: str) -> None:
    """"Patriarch Porfirije of Serbia" was no label (his words went to the previous
    turn), and "Patriarch Kirill of Moscow and All Russia" was a person named "All
    Russia"."""
    t = parse_bytes(_text("Rufus Firefly: Your Holiness.", f"{label}: Thank you."), "p.txt")
    turns = t.turns()
    assert len(turns) == 2
    who = t.speaker(turns[1].speaker or "")
    assert who is not None and who.name == name and who.titles == (title,)


def test_russian_clergy_named_with_their_see_are_the_same_speaker_later() -> None:
    """"Патриарх Сербский Порфирий" was a person named "Сербский Порфирий"; the site names
    him "Патриарх Порфирий" in the labels that follow."""
    t = parse_bytes(_text("Р.Светлячков: Ваше Святейшество.",
                          "Патриарх Фредвильский и всея Чайнии Чайникий: Благодарю.",
                          "Р.Светлячков: Прошу.", "Патриарх Чайникий: Спасибо."), "p.txt")
    assert _names(t) == ["Р.Светлячков", "Патриарх Чайникий", "Р.Светлячков",
                         "Патриарх Чайникий"]
    who = t.speaker(t.turns()[1].speaker or "")
    assert who is not None and who.titles == ("Патриарх Фредвильский и всея Чайнии",)
