"""The status bar's fetch progress: what is being fetched, how far, and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class FetchProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fetch-progress")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop downloading"))
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self.hide()

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)
        if busy:
            self.bar.setRange(0, 0)
            self.label.setText(self.tr("Connecting…"))

    def show_progress(self, done: int, total: int, address: str) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        if address:
            self.label.setText(self.tr("Downloading %1 of %2: %3")
                               .replace("%1", str(done + 1)).replace("%2", str(total))
                               .replace("%3", address))
