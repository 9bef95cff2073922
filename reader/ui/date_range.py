"""A "from – to" pair of date fields where "any" is the empty end of the range."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QValidator
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from reader.ui.theming import StackWhenZoomed

ANY_DATE = QDate(1990, 1, 1)


class DateField(QDateEdit):
    """A date field for the keyboard: Tab leaves it (QDateEdit would step through its
    year, month and day), a date can be typed as YYYY-MM-DD, Up/Down change the part
    under the caret, and Delete or Backspace on a whole field go back to "any"."""

    _typed = ""  # digits and separators typed since the field took focus

    def __init__(self, ends_period: bool = False) -> None:
        super().__init__()
        #: The end of a range ("to"): a year or month typed alone means its last day.
        self.ends_period = ends_period

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        super().focusInEvent(event)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """A date pasted in the locale's short form ("02.01.2031", "1/2/31") is taken
        and shown as ISO."""
        d = locale_date(text)
        if d is not None:
            iso_text = d.toString("yyyy-MM-dd")
            return QValidator.State.Acceptable, iso_text, len(iso_text)
        return super().validate(text, pos)

    def _typed_locale_date(self, event: QKeyEvent) -> bool:
        """Typing the locale's short form: the separators ("." or "/") are not ISO's, so
        the keys are gathered and the date set once they make a whole date. True when
        the key was taken here."""
        ch = event.text()
        if not ch or not (ch.isdigit() or ch in "./"):
            self._typed = ""
            return False
        self._typed = (self._typed + ch)[-12:]
        if not any(sep in self._typed for sep in "./"):
            return False  # ISO so far: the sections take it
        parts = re.split(r"[./]", self._typed)
        d = locale_date(self._typed) if len(parts) == 3 and len(parts[2]) in (2, 4) else None
        if d is not None:  # "02.01.20" already gives a date; "…2031" then the right one
            self.setDate(d)
        event.accept()
        return True

    def open_calendar(self) -> None:
        """Open the calendar as a click on the field's arrow does (QDateEdit has no key
        for it, nor a call)."""
        opt = QStyleOptionComboBox()
        opt.initFrom(self)
        opt.editable = True
        opt.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxArrow, self)
        at = QPointF(arrow.center())
        QApplication.sendEvent(self, QMouseEvent(
            QEvent.Type.MouseButtonPress, at, self.mapToGlobal(at), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if self.calendarPopup() and (
                (key in (Qt.Key.Key_Down, Qt.Key.Key_Up)
                 and mods == Qt.KeyboardModifier.AltModifier)
                or (key == Qt.Key.Key_F4 and mods == Qt.KeyboardModifier.NoModifier)):
            self.open_calendar()  # Alt+Down, as a drop-down list opens
            event.accept()
            return
        if self._typed_locale_date(event):
            return
        whole = self.date() == ANY_DATE or self.lineEdit().selectedText() == self.text()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and whole:
            self.setDate(ANY_DATE)
            self.selectAll()
            event.accept()
            return
        edit = self.lineEdit()
        pos = edit.cursorPosition()
        if event.text() == "-":
            # The next part (QDateEdit would ask focusNextPrevChild, which leaves the
            # field here); none when a complete year or month already moved past the dash.
            if not (pos > 0 and edit.text()[pos - 1:pos] == "-"):
                self.setCurrentSectionIndex(min(self.currentSectionIndex() + 1,
                                                self.sectionCount() - 1))
            event.accept()
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and whole:
            if self.date() == ANY_DATE:
                # Typing over "any" starts a date: a year alone means the whole year,
                # from its first day or to its last.
                year = QDate.currentDate().year()
                self.setDate(QDate(year, 12, 31) if self.ends_period else QDate(year, 1, 1))
            # A date typed over the whole field is typed from its year on.
            self.setSelectedSection(QDateEdit.Section.YearSection)
        super().keyPressEvent(event)


def locale_date(text: str) -> QDate | None:
    """``text`` as a date in the locale's short form (with a two- or four-digit year), or
    None. Two-digit years are this century's."""
    text = text.strip()
    if not text or "-" in text:
        return None
    loc = QLocale()
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    long_year = fmt.replace("yyyy", "yy").replace("yy", "yyyy")
    loose = long_year.replace("dd", "d").replace("MM", "M")  # "2.1.2031" as well
    for f in (long_year, loose, long_year.replace("yyyy", "yy"), loose.replace("yyyy", "yy")):
        d = loc.toDate(text, f)
        if d.isValid():
            return d.addYears(100) if d.year() < 2000 and "yyyy" not in f else d
    return None


def date_edit(name: str, ends_period: bool = False) -> DateField:
    d = DateField(ends_period)
    d.setAccessibleName(name)
    d.setAccessibleDescription(QCoreApplication.translate(
        "DateRange", "Type a date as year-month-day or in your locale's short form; Delete "
        "for any date; Alt+Down for a calendar"))
    d.setToolTip(d.accessibleDescription())
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
        self.date_to = date_edit(self.tr("To date"), ends_period=True)
        start = QLabel(self.tr("From", "a date range: from … to …"))
        end = QLabel(self.tr("to", "a date range: from … to …"))
        start.setBuddy(self.date_from)
        end.setBuddy(self.date_to)
        # Side by side; one above the other once the interface is zoomed (1.4.10 Reflow:
        # the event list need not grow wider than the text).
        self.pairs = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.pairs.setContentsMargins(0, 0, 0, 0)
        #: The month the calendars open at while a field says "any" (the library's newest).
        self.newest: QDate | None = None
        self.clear_from = self._clear_button(self.date_from, self.tr("Clear the from date"))
        self.clear_to = self._clear_button(self.date_to, self.tr("Clear the to date"))
        for label, field, clear in ((start, self.date_from, self.clear_from),
                                    (end, self.date_to, self.clear_to)):
            pair = QHBoxLayout()
            pair.setSpacing(2)
            pair.addWidget(label)
            pair.addWidget(field, 1)
            pair.addWidget(clear)
            self.pairs.addLayout(pair, 1)
            # The calendar is made when first opened (by a click or a key in the field):
            # watch for that, then for the calendar's showing.
            field.installEventFilter(self)
        StackWhenZoomed(self, self.pairs)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)

    def _clear_button(self, field: QDateEdit, name: str) -> QToolButton:
        """A button beside the field that sets it back to "any"."""
        b = QToolButton()
        b.setText("×")
        b.setAccessibleName(name)
        b.setToolTip(name)
        b.setAutoRaise(True)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard has Delete in the field
        b.clicked.connect(lambda: field.setDate(ANY_DATE))
        field.dateChanged.connect(lambda d: b.setEnabled(d != ANY_DATE))
        b.setEnabled(False)
        return b

    def set_newest(self, date: str | None) -> None:
        """The library's newest date (ISO): where a calendar opens while its field says
        "any" (not at January 1990)."""
        d = QDate.fromString(date or "", "yyyy-MM-dd")
        self.newest = d if d.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.date_from, self.date_to) and event.type() in (
                QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress):
            assert isinstance(watched, QDateEdit)
            watched.removeEventFilter(self)
            calendar = watched.calendarWidget()
            if calendar is not None:
                calendar.installEventFilter(self)
        elif event.type() == QEvent.Type.Show and self.newest is not None:
            for field in (self.date_from, self.date_to):
                calendar = field.calendarWidget()
                if watched is calendar and calendar is not None and field.date() == ANY_DATE:
                    calendar.setCurrentPage(self.newest.year(), self.newest.month())
        return False

    def range(self) -> tuple[str | None, str | None]:
        return iso(self.date_from), iso(self.date_to)
