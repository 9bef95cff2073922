"""The speaker legend keeps names readable: in a panel too narrow for a name beside the
counts (a large interface font), the counts step aside into the tooltip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot
from reader.core import parse_file
from reader.core.themes import bundled_themes
from reader.ui.side_panels import SpeakerLegend


def test_names_win_over_counts_in_a_narrow_panel(qtbot: QtBot, seed_file: Path) -> None:
    t = parse_file(seed_file)
    legend = SpeakerLegend()
    qtbot.addWidget(legend)
    legend.resize(600, 300)
    legend.show()
    legend.show_transcript(t, {s.id: i for i, s in enumerate(t.speakers)},
                           bundled_themes()["white-on-black"])
    assert not legend.isColumnHidden(1) and not legend.isColumnHidden(2)
    big = QFont(legend.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    legend.setFont(big)
    legend.resize(260, 300)
    qtbot.waitUntil(lambda: legend.isColumnHidden(1) and legend.isColumnHidden(2))
    item = legend.topLevelItem(0)
    assert legend.columnWidth(0) >= legend.viewport().width() - 2  # all the room to names
    assert "Turns: 5" in item.toolTip(0)
    legend.resize(900, 300)
    qtbot.waitUntil(lambda: not legend.isColumnHidden(1))
