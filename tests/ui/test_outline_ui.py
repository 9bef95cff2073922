"""The outline panel: whole entries (wrapped, no horizontal scrolling), a way back to the
first section, its labels in the interface language, and where the reading is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reader.ui.side_panels import BLOCK_ROLE, OutlineList
from tests.helpers import MakeWindow, open_and_wait

LONG_QUESTION = ("Ada Quill: " + "Is it true that the bridge across the river will be finished "
                 "next year, and who is going to pay for all of it in the end?")


def test_entries_wrap_and_start_with_section_one(qtbot: QtBot, make_window: MakeWindow,
                                                 tmp_path: Path) -> None:
    f = tmp_path / "meeting.txt"
    f.write_text("\n\n".join(["Rufus Firefly met Ada Quill.", "* * *",
                              "Rufus Firefly: Good afternoon.", LONG_QUESTION,
                              "Rufus Firefly: Next year. " * 20]), encoding="utf-8")
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(f)])
    outline: OutlineList = w.outline
    qtbot.waitUntil(lambda: outline.count() >= 2)
    texts = [outline.item(i).text().strip() for i in range(outline.count())]
    assert texts[0].startswith("Section 1: Rufus Firefly met Ada Quill")
    assert texts[-1].startswith("Ada Quill: Is it true that the bridge")
    assert outline.wordWrap()
    assert outline.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    outline.resize(160, 400)
    item = outline.item(outline.count() - 1)
    # The long question takes several lines at this width instead of being cut off.
    qtbot.waitUntil(lambda: outline.visualItemRect(item).height()
                    > 2 * outline.fontMetrics().height())


def test_the_outline_marks_where_the_reading_is(qtbot: QtBot, make_window: MakeWindow,
                                                tmp_path: Path) -> None:
    parts = ["Rufus Firefly met Ada Quill."]
    for n in range(1, 4):
        parts += ["* * *", f"Section {n} begins here."]
        parts += [f"Rufus Firefly: Point {n}.{i} about the teapot. " * 6 for i in range(12)]
    f = tmp_path / "sections.txt"
    f.write_text("\n\n".join(parts), encoding="utf-8")
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(f)])
    outline: OutlineList = w.outline
    qtbot.waitUntil(lambda: outline.count() == 4 and w.legend.topLevelItemCount() > 0)
    # The panels just filled: the text's new size settles (the place kept over a resize
    # is put back by a zero timer) before the reader scrolls, as it does for a person.
    QApplication.processEvents()
    third = outline.item(2)
    block = int(third.data(BLOCK_ROLE))
    with qtbot.waitSignal(w.dialogue.position_changed, timeout=3000):
        w.dialogue.scroll_to_block(block + 3)  # a few turns into the third section
    assert outline.currentItem() is third and third.isSelected()


@pytest.mark.parametrize(("share", "text"), [
    (0.0096, "1%"), (0.012, "1%"), (0.004, "0.4%"), (0.0, "0%"), (0.315, "32%")])
def test_shares_of_the_words_read_alike(share: float, text: str) -> None:
    """"1.0%" stood beside "1%" in the Speakers panel."""
    from PySide6.QtCore import QLocale
    from reader.ui.side_panels import share_text

    assert share_text(QLocale("en_US"), share) == text
    assert share_text(QLocale("ru_RU"), 0.004) == "0,4%"
