"""Markup and links from files (issue 17): a title or file name holding ``<img src=…>``
reached tooltips and the status bar, which read rich text and load what it names; a
sidecar's ``url`` of ``file:///etc/passwd`` or ``javascript:…`` was shown as the page
link and handed to the desktop when clicked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItemIterator,
)
from pytestqt.qtbot import QtBot
from reader.ui.main_window import MainWindow
from tests.helpers import open_and_wait, write_record
from tests.ui.conftest import MakeWindow

MARKUP = '<img src="/etc/hostname">'


def model_tooltips(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()
                   ) -> list[str]:
    out = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private
        columns = 1
    for r in range(model.rowCount(parent)):
        for c in range(columns):
            index = model.index(r, c, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if tip:
                out.append(str(tip))
        out += model_tooltips(model, model.index(r, 0, parent))
    return out


def every_tooltip(w: MainWindow) -> list[str]:
    tips = []
    for view in w.findChildren(QAbstractItemView):
        if isinstance(view, QTreeWidget):
            it = QTreeWidgetItemIterator(view)
            while it.value():
                item = it.value()
                tips += [item.toolTip(c) for c in range(view.columnCount()) if item.toolTip(c)]
                it += 1
        elif isinstance(view, QListWidget):
            tips += [view.item(i).toolTip() for i in range(view.count())
                     if view.item(i).toolTip()]
        elif view.model() is not None:
            tips += model_tooltips(view.model())
    return tips


def test_markup_in_a_title_and_a_file_name_never_reaches_a_widget_as_markup(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    f = write_record(lib, "<img src=x.png>talks", title=f"{MARKUP} Talks with Ada Quill")
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    with qtbot.waitSignal(w.controller.transcript_opened, timeout=10000):
        w.controller.open_path(str(f))
    cursor = w.dialogue.document().find("The teapot question")
    w.dialogue.setTextCursor(cursor)
    w.commands.bookmark.trigger()
    panel = w.search_panel  # a search lists the event and its passages, with tooltips
    panel.query.setText("teapot")
    with qtbot.waitSignal(panel.results_shown, timeout=20000):
        panel.run()
    assert panel.model.rowCount() > 0
    tips = every_tooltip(w)
    assert any("serious one" in t for t in tips)  # a passage's tooltip was looked at
    assert any("Talks with Ada Quill" in t for t in tips)  # the tooltips were looked at
    for tip in tips:
        assert "<img" not in tip, tip
    for label in w.findChildren(QLabel):
        if "img" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    w.bookmarks.message.emit(f"Exported 1 bookmark to {MARKUP}.json")
    assert w.message_label.textFormat() == Qt.TextFormat.PlainText
    assert w.message_label.text() == f"Exported 1 bookmark to {MARKUP}.json"
