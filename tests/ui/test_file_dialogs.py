"""The file dialogs grow with the interface scale (zoomed to 200%, Qt's dialog kept its
size and cut every column), and every file dialog of the app is made so."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from reader.ui import file_dialogs
from reader.ui.theming import desktop_font
from tests.helpers import ROOT, MakeWindow


def test_a_zoomed_file_dialog_has_room_for_its_text(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    w = make_window()
    w.show()
    sizes = []
    base = desktop_font()
    try:
        for percent in (100, 200):
            w.commands.zoom_reset.trigger()
            while w.view.font_percent < percent:
                w.commands.zoom_in.trigger()
            d = QFileDialog(w, "Open transcripts")
            d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            qtbot.addWidget(d)
            file_dialogs.fit(d)
            fm = d.fontMetrics()
            screen = d.screen().availableGeometry()
            assert d.width() >= min(fm.averageCharWidth() * file_dialogs.CHARS_WIDE,
                                    int(screen.width() * file_dialogs.SCREEN_SHARE))
            assert d.width() <= screen.width() and d.height() <= screen.height()
            sizes.append(d.width())
        assert sizes[1] > 1.5 * sizes[0] or sizes[1] >= int(screen.width() * 0.9)
    finally:
        w.commands.zoom_reset.trigger()
        QApplication.setFont(base)


def test_no_file_dialog_of_the_app_is_opened_by_qts_fixed_size_helpers() -> None:
    found = []
    for path in sorted((ROOT / "reader").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        found += [f"{path.name}: {m}" for m in re.findall(r"QFileDialog\.get\w+", text)]
    assert found == []
    assert Path(file_dialogs.__file__).name == "file_dialogs.py"


def test_its_columns_widen_to_what_they_show(qtbot: QtBot, make_window: MakeWindow,
                                             tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileSystemModel, QTreeView

    name = "kremlin-en-news-57027-interview-to-american-tv-channel-nbc.html"
    (tmp_path / name).write_text("<html></html>", encoding="utf-8")
    w = make_window()
    d = QFileDialog(w, "Open transcripts", str(tmp_path))
    d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    d.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(d)
    model = d.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=10000):
        file_dialogs.fit(d)
        d.show()
    view = d.findChild(QTreeView)
    qtbot.waitUntil(lambda: view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(name))
