"""The outline: sections (from the first one) and the questions of a news conference."""

from __future__ import annotations

from pathlib import Path

from reader.core import parse_bytes, parse_file
from reader.core.outline import outline

TEXT = "\n\n".join([
    "Rufus Firefly met Ada Quill in Freedonia.",
    "* * *",
    "Rufus Firefly: Good afternoon, colleagues.",
    "Ada Quill: Thank you. When will the bridge be finished?",
    "Rufus Firefly: Next year, I think. We have a lot of work to do before then.",
    "* * *",
    "Rufus Firefly: And now to the second part of our meeting.",
])


def test_sections_start_with_the_first_and_questions_name_who_asked() -> None:
    t = parse_bytes(TEXT.encode(), "meeting.txt")
    entries = outline(t)
    sections = [e for e in entries if e.level == 0]
    assert [e.section for e in sections] == [1, 2, 3]
    assert sections[0].text.startswith("Section 1: Rufus Firefly met Ada Quill")
    assert sections[0].block == 0
    assert sections[2].lead.startswith("And now to the second part")
    questions = [e.text for e in entries if e.level == 1]
    assert questions == ["Ada Quill: When will the bridge be finished?"]


def test_no_break_no_sections(tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    f.write_text("Rufus Firefly: Hello.\n\nAda Quill: Hello to you.\n", encoding="utf-8")
    assert [e for e in outline(parse_file(f)) if e.level == 0] == []
