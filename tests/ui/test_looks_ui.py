"""The legend says which look each speaker has (a Direct Line: 60 speakers)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from reader.ui.side_panels import SPEAKER_ROLE
from tests.helpers import MakeWindow, open_and_wait

DIRECT_LINE = Path("../shared/corpus/en/kremlin-en-news-60795.html")


def test_legend_describes_each_look_and_main_speakers_differ(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(DIRECT_LINE.resolve())])
    qtbot.waitUntil(lambda: w.legend.topLevelItemCount() > 50)
    for tid in ("light", "black-on-white"):
        w.view_bar.theme_buttons[tid].click()
        qtbot.waitUntil(lambda: w.legend.topLevelItemCount() > 50)
        rows = [w.legend.topLevelItem(i) for i in range(w.legend.topLevelItemCount())]
        described = {r.data(0, SPEAKER_ROLE): r.data(0, Qt.ItemDataRole.AccessibleDescriptionRole)
                     for r in rows}
        putin = next(r for r in rows if r.text(0).startswith("Vladimir Putin"))
        mine = described[putin.data(0, SPEAKER_ROLE)]
        assert mine.startswith("look ") and "neutral" not in mine
        assert mine in putin.toolTip(0)
        assert list(described.values()).count(mine) == 1
        main = [d for d in described.values() if "neutral" not in d]
        assert len(main) == len(set(main)) == 12
        assert sum("neutral" in d for d in described.values()) == len(rows) - 12
