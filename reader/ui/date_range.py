"""A "from – to" pair of date fields where "any" is the empty end of the range."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

ANY_DATE = QDate(1990, 1, 1)


def date_edit(name: str) -> QDateEdit:
    d = QDateEdit()
    d.setAccessibleName(name)
    d.setCalendarPopup(True)
    # ISO dates, as the transcripts and the list give them, in any language.
    d.setDisplayFormat("yyyy-MM-dd")
    d.setMinimumDate(ANY_DATE)
    d.setSpecialValueText(QCoreApplication.translate("DateRange", "any", "any date"))
    d.setDate(ANY_DATE)
    return d


def iso(edit: QDateEdit) -> str | None:
    """The field's date as ISO text, None for "any"."""
    return None if edit.date() == ANY_DATE else edit.date().toString("yyyy-MM-dd")


class DateRange(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_from = date_edit(self.tr("From date"))
        self.date_to = date_edit(self.tr("To date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("From", "a date range: from … to …")))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("to", "a date range: from … to …")))
        layout.addWidget(self.date_to)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)

    def range(self) -> tuple[str | None, str | None]:
        return iso(self.date_from), iso(self.date_to)
