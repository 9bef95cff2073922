"""File > Add from Link: one or more transcript links, one a line, checked as typed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.fetch import Link, parse_links


class AddLinksDialog(QDialog):
    """Asks for links; ``links()`` and ``refresh()`` say what to fetch."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add from Link"))
        self.setObjectName("add-links-dialog")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Links to transcripts on kremlin.ru or en.kremlin.ru, one a line. Any form "
            "works: the page, its print version, the version for the visually impaired, "
            "a short /d/ link, a link to a passage (#sel=) or a web.archive.org copy."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(self.tr("Links, one a line"))
        self.edit.setPlaceholderText("http://en.kremlin.ru/events/president/news/60795")
        self.edit.setTabChangesFocus(True)
        intro.setBuddy(self.edit)
        layout.addWidget(self.edit, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.refresh_box = QCheckBox(self.tr("Fetch again even when already in the library"))
        layout.addWidget(self.refresh_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._check)
        self.edit.setPlainText(text)
        self._check()
        self.resize(640, 320)

    def links(self) -> list[Link]:
        return parse_links(self.edit.toPlainText())[0]

    def refresh(self) -> bool:
        return self.refresh_box.isChecked()

    def _check(self) -> None:
        links, errors = parse_links(self.edit.toPlainText())
        parts = []
        if links:
            parts.append(self.tr("%n transcript link(s)", "", len(links)))
        if errors:
            parts.append(self.tr("not a transcript address: %1").replace(
                "%1", ", ".join(e.address for e in errors[:3])
                + ("…" if len(errors) > 3 else "")))
        self.status.setText("; ".join(parts))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(links))
