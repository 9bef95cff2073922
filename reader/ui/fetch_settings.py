"""Library > Download Settings: the download folder, a mirror instead of the site, and
whether to check the feeds at start (off unless the reader turns it on)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reader.core.fetch import Site
from reader.core.fetch.store import default_folder
from reader.settings import Settings
from reader.ui import file_dialogs


class FetchSettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Download Settings"))
        self.setObjectName("fetch-settings-dialog")
        form = QFormLayout(self)
        self.folder = QLineEdit(settings.fetch_folder())
        self.folder.setPlaceholderText(str(default_folder()))
        # Wide enough for the whole path (the default one was cut to ".local…"), within
        # the screen.
        longest = max(self.folder.text(), self.folder.placeholderText(), key=len)
        screen = self.screen().availableGeometry().width() if self.screen() else 1200
        self.folder.setMinimumWidth(min(
            self.folder.fontMetrics().horizontalAdvance(longest + "MM"), screen // 2))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("&Download folder:"), row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.folder)
        self.site = QLineEdit(settings.fetch_site())
        self.site.setPlaceholderText(self.tr("the site itself (kremlin.ru, en.kremlin.ru)"))
        form.addRow(self.tr("&Mirror address:"), self.site)
        hint = QLabel(self.tr("Every request goes to this address instead of the site's, with "
                              "the same paths. Leave empty to use the site."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.at_start = QCheckBox(self.tr("Check the site's &feeds when the reader starts"))
        self.at_start.setChecked(settings.fetch_feeds_at_start())
        form.addRow("", self.at_start)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # addresses, titles, errors
        self.error.setWordWrap(True)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = file_dialogs.existing_directory(
            self, self.tr("Download folder"), self.folder.text() or str(default_folder()))
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        site = self.site.text().strip()
        if site:
            try:
                Site(site)
            except ValueError as exc:
                self.error.setText(str(exc))
                self.site.setFocus()
                return
        self.settings.set_fetch(self.folder.text().strip(), site, self.at_start.isChecked())
        super().accept()
