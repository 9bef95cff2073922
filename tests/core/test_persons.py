"""One person across both languages (issue 12): the site's transliteration, one key for
every spelling, the key in ``parse --json``, and the speakers of one event paired."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader.core import parse_bytes, parse_file
from reader.core.persons import (
    event_id,
    latin_name,
    link_speakers,
    person_key,
    same_person,
    transliterate,
)


@pytest.mark.parametrize(("ru", "en"), [
    # The English site's own spellings (issue 12 names the first two).
    ("Путин", "Putin"), ("Цыбульский", "Tsybulsky"), ("Дмитрий", "Dmitry"),
    ("Сергей", "Sergei"), ("Елена", "Yelena"), ("Матвиенко", "Matviyenko"),
    ("Юрий", "Yury"), ("Артём", "Artyom"), ("Александр", "Alexander"), ("Ильин", "Ilyin"),
    ("Шойгу", "Shoigu"), ("Хуснуллин", "Khusnullin"), ("Щукин", "Shchukin"),
    ("Светлячков", "Svetlyachkov"),
])
def test_transliteration_follows_the_english_site(ru: str, en: str) -> None:
    assert transliterate(ru) == en


def test_latin_name_of_initials_and_surname() -> None:
    assert latin_name("Р.Светлячков") == "R. Svetlyachkov"
    assert latin_name("Rufus Firefly") == "Rufus Firefly"


@pytest.mark.parametrize(("a", "b"), [
    ("В.Путин", "Vladimir Putin"), ("В. В. Путин", "Владимир Путин"),
    ("Р.Светлячков", "Rufus Svetlyachkov"), ("Сергей Чайников", "Sergey Chainikov"),
    ("Sergei Chainikov", "Sergey Chainikov"), ("Yury Kettlov", "Yuri Kettlov"),
    ("Е.Рахмонова", "Yelena Rahmonova"), ("Цыбульский", "Tsybulsky"),
    ("Putin", "Vladimir Putin"),
])
def test_one_key_for_every_spelling(a: str, b: str) -> None:
    assert same_person(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("В.Путин", "Anna Putin"), ("Rufus Firefly", "Ada Firefly"),
    ("Dmitry (Fredville)", "Dmitry (Teaton)"), ("Ada Quill", "Ada Quilling"),
])
def test_different_people_keep_different_keys(a: str, b: str) -> None:
    assert not same_person(a, b)
    assert person_key(a) != person_key(b)


def test_event_id_from_either_site() -> None:
    assert event_id("http://kremlin.ru/events/president/news/76279") == "76279"
    assert event_id("http://en.kremlin.ru/events/president/transcripts/76279") == "76279"
    assert event_id("kremlin.ru/d/76279") == "76279"
    assert event_id("https://example.org/76279") is None
    assert event_id(None) is None


RU = ("Р.Светлячков: Добрый день.\n\nСи Чайминь (как переведено): Здравствуйте.\n\n"
      "Вопрос: Когда?\n\nР.Светлячков: Завтра.\n")
EN = ("Rufus Svetlyachkov: Good afternoon.\n\nXi Chaimin (retranslated): Hello.\n\n"
      "Question: When?\n\nRufus Svetlyachkov: Tomorrow.\n")


def test_the_json_names_the_person_and_the_latin_spelling() -> None:
    data = json.loads(json.dumps(parse_bytes(RU.encode(), "ru.txt").to_json()))
    svet = data["speakers"][0]
    assert (svet["name"], svet["person"], svet["latin"]) == (
        "Р.Светлячков", "svetliachkov r", "R. Svetlyachkov")
    en = parse_bytes(EN.encode(), "en.txt").to_json()
    assert en["speakers"][0]["person"] == svet["person"]
    assert en["speakers"][0]["latin"] is None
    question = [s for s in data["speakers"] if s["generic"]]
    assert question and question[0]["person"] is None


def test_speakers_of_one_event_are_paired_across_the_sites() -> None:
    ru, en = parse_bytes(RU.encode(), "ru.txt"), parse_bytes(EN.encode(), "en.txt")
    links = link_speakers(ru, en)
    names = {ru.speaker(a).name: en.speaker(b).name  # type: ignore[union-attr]
             for a, b in links.items()}
    # By transliteration, and by place in the turns where spellings differ.
    assert names == {"Р.Светлячков": "Rufus Svetlyachkov", "Си Чайминь": "Xi Chaimin"}


def test_two_transliterations_in_one_transcript_are_one_speaker() -> None:
    t = parse_bytes(b"Foreign Minister Sergei Kettlov: Yes.\n\nRufus Firefly: Go on.\n\n"
                    b"Sergey Kettlov: Thank you.\n", "two.txt")
    assert [s.name for s in t.speakers] == ["Sergei Kettlov", "Rufus Firefly"]
    assert t.turns()[0].speaker == t.turns()[2].speaker


def test_two_people_with_one_surname_and_initial_keep_apart() -> None:
    t = parse_bytes(b"Anna Novakova: Yes.\n\nAlla Novakova: No.\n\nAnna Novakova: Why?\n", "n.txt")
    keys = [s.person for s in t.speakers]
    assert len(t.speakers) == 2 and keys[0] != keys[1]


def test_the_latin_spelling_takes_the_whole_name_from_the_persons_tags(tmp_path: Path) -> None:
    body = ("Р.Светлячков: Добрый день, коллеги. Начнём. А.Квилл: Спасибо, всё готово. "
            "Р.Светлячков: Хорошо. Темы Регионы Лица Светлячков Руфус Иванович Статус материала "
            "Опубликован в разделах: Новости Дата публикации: 5 марта 2031 года, 14:05")
    (tmp_path / "r.txt").write_text(body, encoding="utf-8")
    (tmp_path / "r.json").write_text(json.dumps({"title": "Встреча"}, ensure_ascii=False))
    t = parse_file(tmp_path / "r.txt")
    latin = {s.name: s.latin for s in t.speakers}
    assert latin == {"Р.Светлячков": "Rufus Svetlyachkov", "А.Квилл": "A. Kvill"}


def test_the_name_is_shown_in_the_readers_language_with_the_other_beside_it() -> None:
    from reader.core.model import Speaker
    from reader.core.persons import shown_name

    ru = Speaker(id="r", name="Р.Светлячков", person="svetliachkov r", latin="R. Svetlyachkov")
    en = Speaker(id="e", name="Rufus Svetlyachkov", person="svetliachkov r")
    assert shown_name(ru, "en") == "R. Svetlyachkov (Р.Светлячков)"
    assert shown_name(ru, "ru") == "Р.Светлячков (R. Svetlyachkov)"
    assert shown_name(ru, "en", other="Rufus Svetlyachkov") == "Rufus Svetlyachkov (Р.Светлячков)"
    assert shown_name(en, "ru", other="Р.Светлячков") == "Р.Светлячков (Rufus Svetlyachkov)"
    assert shown_name(en, "en") == "Rufus Svetlyachkov"
    assert shown_name(Speaker(id="q", name="Question", generic=True), "ru") == "Question"


def test_a_russian_saved_page_spells_its_speakers_from_the_persons_tags() -> None:
    page = ('<html lang="ru"><body><h1 class="entry-title">Встреча</h1>'
            '<div class="read__internal_content"><p><b>Р.Светлячков:</b> Добрый день.</p>'
            '<p><b>А.Квилл:</b> Здравствуйте.</p></div><div class="read__bottommeta">'
            '<div class="read__tagscol"><h3>Лица</h3><ul><li><a>Квилл Ада Петровна</a></li>'
            "</ul></div></div></body></html>")
    t = parse_bytes(page.encode(), "ru.html")
    assert t.tags.persons == ("Квилл Ада Петровна",)
    assert [s.latin for s in t.speakers] == ["R. Svetlyachkov", "Ada Kvill"]
