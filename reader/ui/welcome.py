"""The first window's welcome, above the text while the library holds only the bundled
sample: what the reader reads, how to bring transcripts in, where to find them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

#: The site's transcripts, in English and in Russian.
TRANSCRIPTS_EN = "http://en.kremlin.ru/events/president/transcripts"
TRANSCRIPTS_RU = "http://kremlin.ru/events/president/transcripts"


class WelcomePanel(QFrame):
    """A short welcome with buttons for the window's own Add Folder and Open actions."""

    dismissed = Signal()

    def __init__(self, add_folder: QAction, open_files: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Welcome"))
        title = QLabel(self.tr("Welcome to Transcript Reader"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.text = QLabel(self.tr(
            "It reads the transcripts of kremlin.ru and en.kremlin.ru — talks, meetings, news "
            "conferences, interviews — as saved pages (.html), text copied from a page "
            "(.txt) or dataset records, and shows who said what. The library holds only the "
            "sample below for now.<br><br>"
            "Add a folder of transcripts with <b>Add Folder…</b> (Ctrl+Shift+O), or drag "
            "files or a folder onto this window. Transcripts are on the site under "
            "<a href=\"{en}\">Events › President › Transcripts</a> "
            "(the Russian site: <a href=\"{ru}\">kremlin.ru/events/president/transcripts</a>): "
            "save a page with Ctrl+S, or copy its text into a .txt file.").format(
                en=TRANSCRIPTS_EN, ru=TRANSCRIPTS_RU))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)  # in the user's browser, not in the reader
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.add_button = QPushButton(self.tr("&Add Folder…"))
        self.add_button.clicked.connect(add_folder.trigger)
        self.open_button = QPushButton(self.tr("Open &File…"))
        self.open_button.clicked.connect(open_files.trigger)
        self.hide_button = QPushButton(self.tr("&Hide"))
        self.hide_button.setToolTip(self.tr("Hide this welcome"))
        self.hide_button.clicked.connect(self._dismiss)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Links take their colour when the text is read: read it again in the new
            # scheme (white on black has white links, not the default dark blue).
            text = self.text.text()
            self.text.clear()  # setText of the same text would do nothing
            self.text.setText(text)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
