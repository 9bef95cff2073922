"""A reader with low vision zooms or switches colours in the middle of a long transcript:
the paragraph they were reading stays at the top of the view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reader.ui.main_window import MainWindow
from tests.helpers import MakeWindow, open_and_wait

LONG = "en/kremlin-en-news-60795.html"  # the 2019 Direct Line, with photo captions

CHANGES: dict[str, Callable[[MainWindow], None]] = {
    "zoom in twice": lambda w: (w.commands.zoom_in.trigger(), w.commands.zoom_in.trigger()),
    "zoom out": lambda w: w.commands.zoom_out.trigger(),
    "images off": lambda w: w.apply_view(replace(w.view, images=False)),
    "white on black": lambda w: w.apply_view(replace(w.view, theme="white-on-black")),
    "serif font": lambda w: w.apply_view(replace(w.view, font="serif")),
    "large spacing": lambda w: w.apply_view(replace(w.view, spacing="large")),
}


def halfway_in_a_long_transcript(qtbot: QtBot, make_window: MakeWindow,
                                 corpus: Path) -> MainWindow:
    """The window with the Direct Line open, whole, scrolled to its middle."""
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(corpus / LONG)])
    w.dialogue.ensure_complete()
    bar = w.dialogue.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    return w


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_view_change_keeps_the_paragraph_at_the_top(
        qtbot: QtBot, make_window: MakeWindow, corpus: Path, change: str) -> None:
    w = halfway_in_a_long_transcript(qtbot, make_window, corpus)
    d = w.dialogue
    block, paragraph, _ = d.top_place()
    assert block > 100  # well inside the transcript
    text = d.transcript.blocks[block].paragraphs[paragraph]
    CHANGES[change](w)
    qtbot.waitUntil(lambda: d.top_place()[:2] == (block, paragraph), timeout=2000)
    # Still there once the panels and the layout have settled (queued events run).
    for _ in range(5):
        QApplication.processEvents()
    assert d.top_place()[:2] == (block, paragraph)
    shown = d.document().findBlockByNumber(d.view.row_for_block(block, paragraph)).text()
    assert text[:40] in shown


def test_an_offset_deeper_than_the_paragraph_keeps_that_paragraph_at_the_top(
        qtbot: QtBot, make_window: MakeWindow, corpus: Path) -> None:
    """Zooming out shortens the paragraph read; the pixels kept from the old font must
    not carry the view into the next one."""
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(corpus / LONG)])
    d = w.dialogue
    d.ensure_complete()
    d.verticalScrollBar().setValue(d.verticalScrollBar().maximum() // 2)
    block, paragraph, _ = d.top_place()
    d.scroll_to_place(block, paragraph, 10_000)  # far deeper than any paragraph
    assert d.top_place()[:2] == (block, paragraph)


def test_a_resize_keeps_the_selection(qtbot: QtBot, make_window: MakeWindow,
                                      corpus: Path) -> None:
    """The view changing size (a panel or the find bar hidden, the window resized) keeps
    the paragraph at the top and leaves the caret and the selection where they are: a
    match found or a passage selected must not move to the top of the view."""
    w = halfway_in_a_long_transcript(qtbot, make_window, corpus)
    d = w.dialogue
    QApplication.processEvents()
    found = d.document().find("people", d.cursorForPosition(d.viewport().rect().center()))
    assert found.hasSelection()
    d.setTextCursor(found)
    for _ in range(5):
        QApplication.processEvents()
    block, paragraph, _ = d.top_place()
    w.resize(w.width() - 120, w.height() - 60)
    for _ in range(5):  # the keeper puts the place back once the view is laid out
        QApplication.processEvents()
    assert d.top_place()[:2] == (block, paragraph)
    c = d.textCursor()
    assert (c.selectionStart(), c.selectionEnd()) == (found.selectionStart(),
                                                      found.selectionEnd())


def test_another_transcript_opens_at_its_title(qtbot: QtBot, make_window: MakeWindow,
                                               corpus: Path) -> None:
    """Read far into one transcript, then open another for the first time: it starts at
    its heading (the first one's place was put on it, and it opened at its end)."""
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(corpus / "en")])
    w.controller.open_path(str(corpus / LONG))
    qtbot.waitUntil(lambda: w.controller.current_path == str(corpus / LONG))
    d = w.dialogue
    d.ensure_complete()
    d.verticalScrollBar().setValue(d.verticalScrollBar().maximum() // 3)
    with qtbot.waitSignal(d.position_changed, timeout=3000):
        pass  # the reader has read there
    other = str(corpus / "en" / "kremlin-en-news-17108.html")
    w.controller.open_path(other)
    qtbot.waitUntil(lambda: w.controller.current_path == other)
    for _ in range(5):
        QApplication.processEvents()
    assert d.verticalScrollBar().value() == 0
    assert d.verticalScrollBar().maximum() > 0  # (long enough to have scrolled)

