"""Library > Latest Transcripts: the newest entries of the site's feeds, with what the
library holds already marked (in words, not only colour); add the selected or all new."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.fetch import Feed, FetchError, Link
from reader.core.fetch.feeds import KINDS, LANGUAGES, FeedEntry

MARK, DATE, LANG, TITLE = range(4)


class FeedDialog(QDialog):
    """Shows feed entries; asks for checks and additions through its signals."""

    check_requested = Signal(list)  # list[Feed]
    add_requested = Signal(list)  # list[Link]
    feeds_chosen = Signal(list)  # list[str] as "en/transcripts"

    def __init__(self, chosen: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Latest Transcripts"))
        self.setObjectName("feed-dialog")
        self.entries: list[FeedEntry] = []
        layout = QVBoxLayout(self)
        feeds_row = QHBoxLayout()
        feeds_row.addWidget(QLabel(self.tr("Feeds:")))
        self.boxes: dict[str, QCheckBox] = {}
        names = {("en", "transcripts"): self.tr("English transcripts"),
                 ("en", "news"): self.tr("English news"),
                 ("ru", "transcripts"): self.tr("Russian transcripts"),
                 ("ru", "news"): self.tr("Russian news")}
        for lang in LANGUAGES:
            for kind in KINDS:
                key = f"{lang}/{kind}"
                box = QCheckBox(names[(lang, kind)])
                box.setChecked(key in chosen)
                box.toggled.connect(self._chosen_changed)
                self.boxes[key] = box
                feeds_row.addWidget(box)
        feeds_row.addStretch(1)
        self.check_button = QPushButton(self.tr("&Check Now"))
        self.check_button.clicked.connect(self.check)
        feeds_row.addWidget(self.check_button)
        layout.addLayout(feeds_row)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("In library"), self.tr("Date"), self.tr("Language"),
                                   self.tr("Title")])
        self.tree.setAccessibleName(self.tr("Feed entries"))
        header = self.tree.header()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (MARK, DATE, LANG):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda _i, _c: self.add_selected())
        layout.addWidget(self.tree, 1)
        self.status = QLabel(self.tr("Nothing is fetched until you choose Check Now."))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.add_selected_button = QPushButton(self.tr("Add &Selected"))
        self.add_selected_button.clicked.connect(self.add_selected)
        self.add_new_button = QPushButton(self.tr("Add All &New"))
        self.add_new_button.clicked.connect(self.add_all_new)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(self.add_selected_button)
        buttons.addWidget(self.add_new_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._update_buttons()
        self.resize(860, 480)

    def chosen_feeds(self) -> list[Feed]:
        return [Feed(*key.split("/")) for key, box in self.boxes.items() if box.isChecked()]

    def _chosen_changed(self) -> None:
        self.feeds_chosen.emit([k for k, b in self.boxes.items() if b.isChecked()])
        self.check_button.setEnabled(bool(self.chosen_feeds()))

    def check(self) -> None:
        feeds = self.chosen_feeds()
        if not feeds:
            return
        self.status.setText(self.tr("Checking %n feed(s)…", "", len(feeds)))
        self.check_button.setEnabled(False)
        self.check_requested.emit(feeds)

    def show_entries(self, entries: list[FeedEntry], errors: list[FetchError]) -> None:
        self.entries = entries
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for e in entries:
            item = QTreeWidgetItem([
                self.tr("✓ in library") if e.in_library else self.tr("new"),
                e.date or "", e.feed.language.upper(), e.title or e.url])
            item.setToolTip(TITLE, e.url)
            if not e.in_library:
                for col in range(4):
                    item.setFont(col, bold)
            if e.link is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(item)
        new = sum(1 for e in entries if not e.in_library and e.link is not None)
        text = self.tr("%n entries", "", len(entries)) + " · " + \
            self.tr("%n new", "", new)
        if errors:
            text += "\n" + "\n".join(str(err) for err in errors)
        self.status.setText(text)
        self.check_button.setEnabled(bool(self.chosen_feeds()))
        self._update_buttons()

    def _selected_links(self) -> list[Link]:
        rows = sorted(self.tree.indexOfTopLevelItem(i) for i in self.tree.selectedItems())
        return [link for r in rows if (link := self.entries[r].link) is not None]

    def add_selected(self) -> None:
        links = self._selected_links()
        if links:
            self.add_requested.emit(links)

    def add_all_new(self) -> None:
        links = [e.link for e in self.entries if e.link is not None and not e.in_library]
        if links:
            self.add_requested.emit(links)

    def _update_buttons(self) -> None:
        self.add_selected_button.setEnabled(bool(self._selected_links()))
        self.add_new_button.setEnabled(
            any(e.link is not None and not e.in_library for e in self.entries))
