"""The Help menu's dialogs: Keyboard Shortcuts (built from the actions themselves) and
About (version, where the user's data lives, licences)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.core.model import PARSER_VERSION
from reader.ui.about_facts import AboutFacts

__all__ = ["AboutDialog", "AboutFacts", "ShortcutsDialog", "plain_text"]


def plain_text(action: QAction) -> str:
    """The action's text as a user reads it: no mnemonic ampersands, no ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def on_every_keyboard(keys: QKeySequence) -> bool:
    """False for the dedicated keys of some keyboards (Copy, Open, Help, Undo) that the
    platform's standard bindings include: they work, but a list of keys omits them."""
    if keys.isEmpty():
        return False
    combo = keys[0]  # type: ignore[index]  # the stubs lack QKeySequence.__getitem__
    return (keys.count() > 1 or combo.keyboardModifiers() != Qt.KeyboardModifier.NoModifier
            or combo.key().value < Qt.Key.Key_Help.value)


def shortcut_text(action: QAction) -> str:
    """The action's keys in the platform's notation, e.g. "F3, Ctrl+G"."""
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                     for k in action.shortcuts() if on_every_keyboard(k))


def plain_buttons(box: QDialogButtonBox) -> None:
    """Words only on a dialog's buttons: the style's icons are drawn in its own colours,
    which in a dark scheme leave them barely visible."""
    for b in box.buttons():
        b.setIcon(QIcon())


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to its column's width (a tree view wraps the
    text it paints but sizes each row for one line)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view
        view.header().sectionResized.connect(lambda *_: view.doItemsLayout())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        size = super().sizeHint(option, index)
        margin = 2 * (self.view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1)
        width = self.view.header().sectionSize(index.column()) - margin
        text = str(index.data() or "")
        if width <= 0 or not text:
            return size
        lines = option.fontMetrics.boundingRect(
            0, 0, width, 1 << 20, Qt.TextFlag.TextWordWrap, text).height()
        return QSize(size.width(), max(size.height(), lines + size.height()
                                       - option.fontMetrics.height()))


class ShortcutsDialog(QDialog):
    """Every command with its keys; the field above filters by command, key or
    description as you type."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("shortcuts-filter")
        self.filter_edit.setPlaceholderText(self.tr("Search commands and keys"))
        self.filter_edit.setAccessibleName(self.tr("Search commands and keys"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTreeWidget()
        self.table.setObjectName("shortcuts-list")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHeaderLabels([self.tr("Command"), self.tr("Keys"), self.tr("What it does")])
        self.table.setRootIsDecorated(False)
        # A long description wraps onto more lines of its row instead of ending in "…"
        # (Russian ones are longer than the English the width was chosen for).
        self.table.setWordWrap(True)
        self.table.setUniformRowHeights(False)
        wrapping = WrappingDelegate(self.table)
        for column in range(3):
            self.table.setItemDelegateForColumn(column, wrapping)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items = [QTreeWidgetItem([plain_text(a), shortcut_text(a), a.statusTip()])
                      for a in actions if shortcut_text(a)]
        self.items += [QTreeWidgetItem(list(row)) for row in self.moving_keys()]
        for item in self.items:
            item.setToolTip(2, item.text(2))
        self.table.addTopLevelItems(self.items)
        header = self.table.header()
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        plain_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self.apply_filter)
        # Room for the list at the interface scale (at 200% a fixed size left a word a
        # line), within the screen; commands take at most a third of it and keys a
        # quarter, and wrap.
        fm = self.fontMetrics()
        width, height = max(980, fm.averageCharWidth() * 160), max(560, fm.height() * 34)
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, int(area.width() * 0.9)), min(height,
                                                                        int(area.height() * 0.9))
        self.resize(width, height)
        header.resizeSection(0, min(self.table.sizeHintForColumn(0), width // 3))
        header.resizeSection(1, min(self.table.sizeHintForColumn(1), width // 4))

    def moving_keys(self) -> list[tuple[str, str, str]]:
        """The keys that are not commands: moving about the window and its controls."""
        return [
            (self.tr("Next area"), "F6, Shift+F6",
             self.tr("Between the event list, the text, the side panels and the bottom "
                     "panels")),
            (self.tr("Next control"), "Tab, Shift+Tab",
             self.tr("Every control in reading order; a list or table is one stop")),
            (self.tr("Menu bar"), "F10",
             self.tr("Open the first menu; the arrow keys go on to the others")),
            (self.tr("Context menu"), self.tr("Shift+F10, Menu key"),
             self.tr("At the caret of the text or the current row of a list")),
            (self.tr("Open a drop-down list or calendar"), "Alt+Down, F4",
             self.tr("The speaker filter, a date field")),
            (self.tr("From a field to its list"), self.tr("Down"),
             self.tr("From the library filter to the events, from the search query to the "
                     "results")),
            (self.tr("Open what is chosen"), self.tr("Enter"),
             self.tr("An event, a search result, a bookmark, an outline entry")),
        ]

    #: Key names as they are written in full, so that "escape" finds "Esc".
    SPELLED: ClassVar[dict[str, str]] = {
        "esc": "escape", "del": "delete", "ins": "insert", "pgup": "page up",
        "pgdown": "page down", "ctrl": "control"}

    def apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self.items:
            row = " ".join(item.text(c) for c in range(3)).casefold()
            keys = item.text(1).casefold().replace("+", " ").replace(",", " ").split()
            row += " " + " ".join(self.SPELLED.get(k, "") for k in keys)
            item.setHidden(not all(w in row for w in words))

    def visible_commands(self) -> list[str]:
        return [item.text(0) for item in self.items if not item.isHidden()]


class AboutDialog(QDialog):
    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About Transcript Reader"))

        def row(label: str, value: str) -> str:
            return f"<tr><th align='left'>{escape(label)}</th><td>{escape(value)}</td></tr>"

        rows = [
            row(self.tr("Version"), __version__),
            row(self.tr("Parser version"), str(PARSER_VERSION)),
            row(self.tr("Settings"), facts.settings),
            row(self.tr("Bookmarks"), facts.bookmarks),
            *(row(self.tr("Cache"), c) for c in facts.caches),
        ]
        sample = self.tr(
            "The sample transcript is from kremlin.ru, published under the Creative Commons "
            "Attribution 4.0 licence (CC BY 4.0).")
        title = self.tr("Transcript Reader")
        what = self.tr("A reader for transcripts from kremlin.ru and en.kremlin.ru.")
        self.text = QLabel(
            f"<h3>{escape(title)}</h3><p>{escape(what)}</p>"
            f"<table cellspacing='4'>{''.join(rows)}</table><p>{escape(sample)}</p>")
        self.text.setObjectName("about-text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        plain_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


