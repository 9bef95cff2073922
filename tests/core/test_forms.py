"""Each input form, on fixtures with fictional speakers."""

from __future__ import annotations

import json
from pathlib import Path

from reader.core import BlockKind, parse_bytes, parse_file

COPIED_SPECIAL = """View settings

Font size:
Site colours:


Official website of the President of Russia

Документ   /

Rufus Firefly visited Freedonia

March 3, 2031, Fredville

Rufus Firefly arrived in Fredville on a short visit.

The two leaders talked at the airport.

* * *

President of Freedonia Ada Quill: Welcome, Mr Firefly.

President of Sylvania Rufus Firefly: Thank you.

Ada Quill: The message reads:

Rufus Firefly (retranslated): Indeed.

<… >

March 3, 2031, Fredville
"""

COPIED_REGULAR = """President of Russia
Events
Presidential Executive Office2020
Events
Meeting with Ada Quill

Rufus Firefly met with Ada Quill.

April 2, 2031
18:50
Fredville

President of Sylvania Rufus Firefly: Good afternoon.

Teapot Director Ada Quill:

Thank you very much.

See also
Another meeting
April 1, 2031

Rufus Firefly: Good.

Geography
Fredville
Topics
Foreign policy
Publication status
Direct link
http://en.kremlin.ru/events/president/news/99999
"""


def test_copied_text_from_the_version_for_the_visually_impaired() -> None:
    t = parse_bytes(COPIED_SPECIAL.encode(), "seed-like.txt")
    assert t.title == "Rufus Firefly visited Freedonia"
    assert (t.date, t.time, t.place) == ("2031-03-03", None, "Fredville")
    assert t.lead == "Rufus Firefly arrived in Fredville on a short visit."
    kinds = [b.kind for b in t.blocks]
    assert kinds[:2] == [BlockKind.NARRATION, BlockKind.SECTION_BREAK]
    assert kinds[-1] is BlockKind.OMISSION
    assert [t.speaker(b.speaker or "").name for b in t.turns()] == [  # type: ignore[union-attr]
        "Ada Quill", "Rufus Firefly", "Ada Quill", "Rufus Firefly"]
    # "The message reads:" after a label is speech text, not a speaker.
    assert t.turns()[2].paragraphs == ("The message reads:",)
    assert t.turns()[3].marker == "retranslated"
    assert {s.name: s.titles for s in t.speakers} == {
        "Ada Quill": ("President of Freedonia",), "Rufus Firefly": ("President of Sylvania",)}
    # Panel lines and the closing dateline are not text.
    text = " ".join(p for b in t.blocks for p in b.paragraphs)
    assert "View settings" not in text and "2031" not in text


def test_copied_text_from_the_regular_site() -> None:
    t = parse_bytes(COPIED_REGULAR.encode(), "regular.copied.txt")
    assert t.title == "Meeting with Ada Quill"
    assert t.lead == "Rufus Firefly met with Ada Quill."
    assert (t.date, t.time, t.place) == ("2031-04-02", "18:50", "Fredville")
    assert t.source.url == "http://en.kremlin.ru/events/president/news/99999"
    assert t.tags.regions == ("Fredville",) and t.tags.themes == ("Foreign policy",)
    turns = t.turns()
    assert len(turns) == 3
    # A label alone on its line; the speech follows in the next paragraph.
    assert turns[1].paragraphs == ("Thank you very much.",)
    text = " ".join(p for b in t.blocks for p in b.paragraphs)
    assert "See also" not in text and "Another meeting" not in text
    assert "Geography" not in text


def test_plain_text_without_header_blank_lines_or_not() -> None:
    with_blank = "Rufus Firefly: One.\n\nStill Rufus.\n\nAda Quill: Two.\n"
    without = "Rufus Firefly: One.\nStill Rufus.\nAda Quill: Two.\n"
    for text in (with_blank, without):
        t = parse_bytes(text.encode(), "plain.txt")
        assert t.title is None and t.date is None
        assert [b.paragraphs for b in t.turns()] == [("One.", "Still Rufus."), ("Two.",)]


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    t = parse_bytes(b"Rufus Firefly: This sentence is\nwrapped over two lines.\n", "w.txt")
    assert t.turns()[0].paragraphs == ("This sentence is wrapped over two lines.",)


def test_sentence_lines_ending_in_colon_stay_text() -> None:
    text = "Rufus Firefly: I said to the Teapot Director:\n\n“Do it.”\n\nArticle 5:\n"
    t = parse_bytes(text.encode(), "p.txt")
    assert len(t.turns()) == 1
    assert t.turns()[0].paragraphs == ("I said to the Teapot Director:", "“Do it.”", "Article 5:")


def test_stage_directions_stay_in_the_speech() -> None:
    t = parse_bytes(b"Rufus Firefly: Thank you. (Applause.)\n", "s.txt")
    assert t.turns()[0].paragraphs == ("Thank you. (Applause.)",)


def test_russian_copied_dateline() -> None:
    text = "Документ   /\n\nВизит в Фредвиль\n\n3 марта 2031 года, Фредвиль\n\nР.Светлячков: Здравствуйте.\n\nР. Светлячков : Ещё.\n"
    t = parse_bytes(text.encode(), "ru.txt")
    assert (t.title, t.date, t.place, t.language) == ("Визит в Фредвиль", "2031-03-03",
                                                      "Фредвиль", "ru")
    assert len(t.speakers) == 1 and len(t.turns()) == 2


PAGE = """<!doctype html><html lang="en"><head><title>Talks • President of Russia</title>
<meta property="og:url" content="http://en.kremlin.ru/events/president/news/99998"/></head>
<body><div class="read"><article>
<h1 class="entry-title p-name">Talks with Ada Quill</h1>
<div class="read__lead"><div><p>Rufus Firefly held talks with Ada Quill.</p></div></div>
<div class="read__meta"><time class="read__published" datetime="2031-05-06">May 6, 2031</time>
<div class="read__time">12:30</div><div class="read__place p-location"><i></i>Fredville</div></div>
<div class="entry-content e-content read__internal_content">
<div class="slider masha-ignore"><div class="slide" data-cycle-desc="A photo.">Photo slider</div></div>
<div class="media masha-ignore"><figure class="media__pic"><img src="x.jpg"/></figure>
<span class="media__title player__title">At the talks.</span></div>
<p>The leaders met in the morning.</p>
<p>* * *</p>
<p><b>President of Sylvania <a class="person_tag">Rufus Firefly<span class="read__tooltip tooltip_person hidden masha-ignore">Firefly Rufus President of Sylvania</span></a>:</b> Good afternoon.</p>
<p>Second paragraph.</p>
<p><b>President of Freedonia Ada Quill </b>(<i>retranslated</i>):<b> </b>Thank you.</p>
<p><b>Rufus
Firefly</b>: Welcome.</p>
<p><b>Regional</b> <b>TEAPOT MINISTER</b> <b>Tom</b> <b>Kettle</b><b>:</b> Yes.</p>
<p><b>Question</b>: Why?</p>
<p><b>Ada Quill:</b></p>
<p>Because.</p>
<p><b>The message reads:</b></p>
<p><b>Beginning of the meeting</b></p>
<p><b>Rufus Firefly (</b><i>responding to a remark</i>):  Indeed.</p>
<p>Unbold Label: is plain text here.</p>
<p>&lt;…&gt;</p>
</div>
<div class="read__bottommeta"><div class="read__tagscol"><h3>Topics</h3><ul><li><a>Foreign policy</a></li></ul></div>
<div class="read__tagscol"><h3>Persons</h3><ul><li><a>Quill Ada</a></li></ul></div></div>
</article></div></body></html>"""


def test_saved_page() -> None:
    t = parse_bytes(PAGE.encode(), "page.html")
    assert t.source.format == "html"
    assert (t.title, t.date, t.time, t.place) == ("Talks with Ada Quill", "2031-05-06", "12:30",
                                                  "Fredville")
    assert t.lead == "Rufus Firefly held talks with Ada Quill."
    assert t.source.url == "http://en.kremlin.ru/events/president/news/99998"
    assert t.tags.themes == ("Foreign policy",) and t.tags.persons == ("Quill Ada",)
    names = [t.speaker(b.speaker or "").name for b in t.turns()]  # type: ignore[union-attr]
    assert names == ["Rufus Firefly", "Ada Quill", "Rufus Firefly", "Tom Kettle", "Question",
                     "Ada Quill", "Rufus Firefly"]
    turns = t.turns()
    assert turns[0].paragraphs == ("Good afternoon.", "Second paragraph.")
    assert turns[1].marker == "retranslated"
    assert turns[5].paragraphs[:2] == ("Because.", "The message reads:")
    assert turns[6].marker == "responding to a remark"
    assert turns[6].paragraphs == ("Indeed.", "Unbold Label: is plain text here.")
    kinds = [b.kind for b in t.blocks]
    assert kinds[0] is BlockKind.CAPTION and t.blocks[0].text == "At the talks."
    assert BlockKind.HEADING in kinds and kinds[-1] is BlockKind.OMISSION
    text = " ".join(p for b in t.blocks for p in b.paragraphs)
    assert "Photo slider" not in text and "Firefly Rufus" not in text


def test_record_with_sidecar(tmp_path: Path) -> None:
    body = ("Rufus Firefly met Ada Quill. * * * President of Sylvania Rufus Firefly: Welcome. "
            "I said to them: go. Ada Quill (retranslated): Thank you. Question: Why? "
            "Rufus Firefly: Because. <…>")
    (tmp_path / "rec.txt").write_text(body, encoding="utf-8")
    (tmp_path / "rec.json").write_text(json.dumps({
        "headline": "Meeting with Ada Quill", "date": "2031-06-07T00:00:00Z",
        "location": "NA", "link": "http://en.kremlin.ru/events/president/news/99997"}))
    t = parse_file(tmp_path / "rec.txt")
    assert t.source.format == "record"
    assert (t.title, t.date, t.time, t.place) == ("Meeting with Ada Quill", "2031-06-07", None,
                                                  None)
    assert t.source.url.endswith("99997")  # type: ignore[union-attr]
    assert [b.paragraphs for b in t.turns()] == [
        ("Welcome. I said to them: go.",), ("Thank you.",), ("Why?",), ("Because.",)]
    assert t.turns()[1].marker == "retranslated"
    assert t.blocks[0].kind is BlockKind.NARRATION and t.blocks[-1].kind is BlockKind.OMISSION
    # Pointing at the sidecar opens the record.
    assert parse_file(tmp_path / "rec.json").title == "Meeting with Ada Quill"


def test_record_sidecar_field_names_vary(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("Р.Светлячков: Добрый день. " * 30, encoding="utf-8")
    (tmp_path / "r.json").write_text(json.dumps({
        "title": "Встреча", "date": "2031-06-07", "place": "Фредвиль",
        "url": "http://kremlin.ru/events/president/news/1"}, ensure_ascii=False))
    t = parse_file(tmp_path / "r.txt")
    assert (t.title, t.date, t.place, t.language) == ("Встреча", "2031-06-07", "Фредвиль", "ru")


def test_parser_version_and_fingerprint_are_in_the_json() -> None:
    a = parse_bytes(COPIED_SPECIAL.encode(), "a.txt").to_json()
    b = parse_bytes(COPIED_SPECIAL.encode(), "elsewhere/b.txt").to_json()
    assert a["parser_version"] >= 1
    assert a["fingerprint"] == b["fingerprint"]
