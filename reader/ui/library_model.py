"""The event list's model: events grouped by month, newest first, filtered as you type.

A thin adapter over :class:`reader.core.library.EventRecord`; filtering is plain Python
over precomputed casefolded text, so a keystroke at 35,000 events stays quick.
"""

from __future__ import annotations

import os
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from enum import IntEnum
from itertools import count
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.markup import rich_text_safe
from reader.ui.core_messages import translated
from reader.ui.list_model import header

if TYPE_CHECKING:
    from reader.core.library_records import EventRecord

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    PATH = Qt.ItemDataRole.UserRole + 1
    RECORD = Qt.ItemDataRole.UserRole + 2
    IS_MONTH = Qt.ItemDataRole.UserRole + 3
    FILES = Qt.ItemDataRole.UserRole + 4  # every file of the event (twins), best first


#: Column headers (translated when shown: see headerData).
COLUMNS = tuple(str(c) for c in (
    QT_TRANSLATE_NOOP("LibraryModel", "Date"), QT_TRANSLATE_NOOP("LibraryModel", "Title"),
    QT_TRANSLATE_NOOP("LibraryModel", "Place"),
    QT_TRANSLATE_NOOP("LibraryModel", "Speakers · turns"),
    QT_TRANSLATE_NOOP("LibraryModel", "Form")))
#: The form badges (see reader.core.twins.FORMS), translated when shown.
FORM_NAMES = {"page": str(QT_TRANSLATE_NOOP("LibraryModel", "page")),
              "text": str(QT_TRANSLATE_NOOP("LibraryModel", "text")),
              "record": str(QT_TRANSLATE_NOOP("LibraryModel", "record"))}


def details(rec: EventRecord) -> str:
    """What the text filter searches first: title, place, speakers and tags, casefolded.
    The file name is searched only as a last resort."""
    return " ".join([rec.title or "", rec.place or "", *rec.speakers, *rec.tags]).casefold()


class _Key:
    """An event with its sort key (newest first), month and filter texts."""

    __slots__ = ("file", "form", "hay", "k", "month", "rec", "twin")

    def __init__(self, rec: EventRecord, k: tuple[str, str, str], month: str,
                 twin: str) -> None:
        self.rec = rec
        self.k = k
        self.month = month
        self.hay = details(rec)
        self.file = os.path.basename(rec.path).casefold()  # noqa: PTH119
        self.twin = twin
        self.form = ""  # read when first needed (it may look for a sidecar file)

    def form_of(self) -> str:
        if not self.form:
            from reader.core.twins import FORM_OF_SOURCE, form_of

            self.form = FORM_OF_SOURCE.get(self.rec.form or "") or form_of(self.rec.path)
        return self.form

    def has(self, text: str, by_file_name: bool) -> bool:
        return text in (self.file if by_file_name else self.hay)

    def __lt__(self, other: _Key) -> bool:
        return self.k > other.k


class _Group:
    """A month's shown events. ``gid`` never changes (child indexes carry it), while
    the group's row does as months come and go."""

    __slots__ = ("gid", "keys", "month")

    def __init__(self, gid: int, month: str, keys: list[_Key]) -> None:
        self.gid, self.month, self.keys = gid, month, keys


def _position(keys: list[_Key], key: _Key) -> int:
    """Where ``key`` itself is in a sorted list (equal keys may be others)."""
    i = bisect_left(keys, key)
    while keys[i] is not key:
        i += 1
    return i


def month_label(month: str) -> str:
    if not month:
        return QCoreApplication.translate("LibraryModel", "Undated")
    year, mon = month.split("-")
    name = QLocale().standaloneMonthName(int(mon))  # "май" in Russian: a heading here
    return f"{name[:1].upper()}{name[1:]} {year}"


class LibraryModel(QAbstractItemModel):
    """Months (top level) and their events (children)."""

    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[_Key] = []  # sorted, newest first
        self._by_path: dict[str, _Key] = {}
        #: Files of one event (same title and date), by twin key; see reader.core.twins.
        self._twins: dict[str, list[_Key]] = {}
        self._groups: list[_Group] = []
        self._row_of_gid: dict[int, int] = {}
        self._gids = count(1)
        self._filter: tuple[str, str | None, str | None, str | None] = ("", None, None, None)
        #: No event has the filter's text in its details: file names are matched instead.
        self.by_file_name = False

    # --- data in -------------------------------------------------------------------
    def add_records(self, records: list[EventRecord]) -> None:
        """New or changed events. Into an empty list they go at once (a reset); later
        batches are inserted into their months, so the selection and scroll stay."""
        # (Loaded with the first batch, after the window's first paint.)
        from reader.core.library_records import month_of, sort_key
        from reader.core.twins import twin_key

        def key_of(rec: EventRecord) -> _Key:
            return _Key(rec, sort_key(rec), month_of(rec), twin_key(rec))

        if not self._all:
            for rec in records:
                key = self._by_path[rec.path] = key_of(rec)
                self._twin(key)
            self._all = sorted(self._by_path.values())
            self._regroup()
            return
        fresh: dict[str, list[_Key]] = {}
        twinned = False
        for rec in records:
            old = self._by_path.pop(rec.path, None)
            if old is not None:
                if self._untwin(old):
                    twinned = True
                    del self._all[_position(self._all, old)]
                else:
                    self._drop(old)
            key = key_of(rec)
            self._by_path[rec.path] = key
            insort(self._all, key)
            twinned = self._twin(key) or twinned
        if twinned:  # rare: a file of an event already listed; list again
            self._regroup()
            return
        for key in (self._by_path[p] for p in dict.fromkeys(rec.path for rec in records)):
            if self._matches(key):
                fresh.setdefault(key.month, []).append(key)
        for month, keys in fresh.items():
            self._show(month, sorted(keys))
        if fresh and self._groups:  # the months' rows show their counts: one signal
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))

    def remove_paths(self, paths: list[str]) -> None:
        twinned = False
        for p in paths:
            key = self._by_path.pop(p, None)
            if key is None:
                continue
            if self._untwin(key):
                twinned = True
                del self._all[_position(self._all, key)]
            else:
                self._drop(key)
        if twinned:
            self._regroup()

    def clear(self) -> None:
        self._all, self._by_path, self._twins = [], {}, {}
        self._regroup()

    def _twin(self, key: _Key) -> bool:
        """Note the key among its event's files; True if the event has others."""
        if not key.twin:
            return False
        files = self._twins.setdefault(key.twin, [])
        files.append(key)
        return len(files) > 1

    def _untwin(self, key: _Key) -> bool:
        """Forget the key among its event's files; True if the event had others."""
        files = self._twins.get(key.twin)
        if not files:
            return False
        files.remove(key)
        if not files:
            del self._twins[key.twin]
        return bool(files)

    def files_of(self, key: _Key) -> list[_Key]:
        """Every file of the key's event, the one it opens first."""
        from reader.core.twins import FORMS, preferred

        files = self._twins.get(key.twin) if key.twin else None
        if not files or len(files) == 1:
            return [key]
        forms = {k.rec.path: k.form_of() for k in files}
        best = preferred(forms, forms)
        by_path = {k.rec.path: k for k in files}
        return [by_path[best], *sorted((k for k in files if k.rec.path != best),
                                       key=lambda k: (FORMS.index(forms[k.rec.path]),
                                                      k.rec.path))]

    def _matches(self, key: _Key) -> bool:
        text, dfrom, dto, speaker = self._filter
        if text and not key.has(text, self.by_file_name):
            return False
        return not (dfrom or dto or speaker) or key.rec.matches("", dfrom, dto, speaker)

    def _group_row(self, month: str) -> tuple[int, bool]:
        """The row of a month's group, or where it would go (and False)."""
        for g, group in enumerate(self._groups):
            if group.month == month:
                return g, True
            if group.month < month:  # newest first; undated ("") last
                return g, False
        return len(self._groups), False

    def _show(self, month: str, keys: list[_Key]) -> None:
        g, found = self._group_row(month)
        if not found:
            self.beginInsertRows(QModelIndex(), g, g)
            self._groups.insert(g, _Group(next(self._gids), month, keys))
            self._renumber()
            self.endInsertRows()
            return
        group = self._groups[g]
        parent = self.index(g, 0)
        for key in keys:
            r = bisect_right(group.keys, key)
            self.beginInsertRows(parent, r, r)
            group.keys.insert(r, key)
            self.endInsertRows()

    def _drop(self, key: _Key) -> None:
        del self._all[_position(self._all, key)]
        g, found = self._group_row(key.month)
        if not found or key not in self._groups[g].keys:
            return  # not shown (filtered out)
        group = self._groups[g]
        if len(group.keys) == 1:
            self.beginRemoveRows(QModelIndex(), g, g)
            del self._groups[g]
            self._renumber()
            self.endRemoveRows()
            return
        r = _position(group.keys, key)
        self.beginRemoveRows(self.index(g, 0), r, r)
        del group.keys[r]
        self.endRemoveRows()
        self._month_changed(g)

    def _renumber(self) -> None:
        self._row_of_gid = {group.gid: g for g, group in enumerate(self._groups)}

    def _month_changed(self, g: int) -> None:
        """The month's row shows its count."""
        self.dataChanged.emit(self.index(g, 0), self.index(g, 0))

    def set_filter(self, text: str = "", date_from: str | None = None,
                   date_to: str | None = None, speaker: str | None = None) -> None:
        new = (text.strip().casefold(), date_from or None, date_to or None, speaker or None)
        if new != self._filter:
            old = self._filter
            self._filter = new
            # Typing on narrows what is already shown: search only that.
            narrowing = (new[1:] == old[1:] and new[0].startswith(old[0])
                         and not self.by_file_name)
            self._regroup(narrowing)
            self.filter_changed.emit()

    def _regroup(self, narrowing: bool = False) -> None:
        text, dfrom, dto, speaker = self._filter
        candidates = ([k for group in self._groups for k in group.keys] if narrowing
                      else self._all)
        self.by_file_name = False
        if text:
            found = [k for k in candidates if text in k.hay]
            if not found and not narrowing:
                # The last resort, said in the list's status line: file names.
                found = [k for k in candidates if text in k.file]
                self.by_file_name = bool(found)
            candidates = found
        if dfrom or dto or speaker:
            candidates = [k for k in candidates if k.rec.matches("", dfrom, dto, speaker)]
        candidates = self._one_per_event(candidates)
        groups: list[_Group] = []
        for k in candidates:
            if not groups or groups[-1].month != k.month:
                groups.append(_Group(next(self._gids), k.month, []))
            groups[-1].keys.append(k)
        self.beginResetModel()
        self._groups = groups
        self._renumber()
        self.endResetModel()

    def _one_per_event(self, keys: list[_Key]) -> list[_Key]:
        """Twins shown once: by the file the event opens (of those that pass)."""
        from reader.core.twins import FORMS

        twins = self._twins
        if not any(len(v) > 1 for v in twins.values()):
            return keys
        passing: dict[str, list[_Key]] = {}
        for k in keys:
            if k.twin and len(twins.get(k.twin, ())) > 1:
                passing.setdefault(k.twin, []).append(k)
        # The first of files_of's order among those that pass: a page before text before
        # a record, then by path (no sorting of every twin on each keystroke).
        shown = {id(min(files, key=lambda f: (FORMS.index(f.form_of()), f.rec.path)))
                 for files in passing.values()}
        return [k for k in keys if k.twin not in passing or id(k) in shown]

    # --- data out ------------------------------------------------------------------
    def records(self) -> list[EventRecord]:
        return [k.rec for k in self._all]

    def visible_paths(self) -> set[str]:
        """The files of the events shown (twins included)."""
        return {f.rec.path for group in self._groups for k in group.keys
                for f in self._twins.get(k.twin, [k]) if k.twin} | \
            {k.rec.path for group in self._groups for k in group.keys}

    def date_filter(self) -> tuple[str | None, str | None]:
        return self._filter[1], self._filter[2]

    def visible_count(self) -> int:
        return sum(len(group.keys) for group in self._groups)

    def newest_date(self) -> str | None:
        """The newest event's date (ISO), None in a library without dates."""
        return next((k.rec.date for k in self._all if k.rec.date), None)

    def total_count(self) -> int:
        """Events (twins counted once)."""
        return len(self._all) - sum(len(v) - 1 for v in self._twins.values() if len(v) > 1)

    def speakers(self, date_from: str | None = None,
                 date_to: str | None = None) -> list[tuple[str, int]]:
        """Speaker names in the library (between the dates, if given) with the number of
        events, most frequent first."""
        c: Counter[str] = Counter()
        for k in self._all:
            if (date_from or date_to) and not k.rec.matches("", date_from, date_to):
                continue
            c.update(k.rec.speakers)
        return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))

    def index_of_path(self, path: str) -> QModelIndex:
        key = self._by_path.get(path)
        # A twin not shown is found through the file its event shows.
        for k in self.files_of(key) if key is not None else []:
            g, found = self._group_row(k.month)
            if found and k in self._groups[g].keys:
                return self.index(_position(self._groups[g].keys, k), 0, self.index(g, 0))
        return QModelIndex()

    # --- QAbstractItemModel ----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        g = parent.row()
        if g >= len(self._groups) or row >= len(self._groups[g].keys):
            return QModelIndex()
        return self.createIndex(row, column, self._groups[g].gid)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        g = self._row_of_gid.get(index.internalId())
        return QModelIndex() if g is None else self.createIndex(g, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].keys)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header(COLUMNS, section, orientation, role, "LibraryModel")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{month_label(group.month)} ({len(group.keys)})"
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            if role == Role.IS_MONTH:
                return True
            return None
        g = self._row_of_gid.get(index.internalId())
        if g is None:
            return None
        key = self._groups[g].keys[index.row()]
        rec = key.rec
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return rec.date or ""
            if col == 1:
                return rec.display_title + (self.tr(" — failed") if rec.failed else "")
            if col == 2:
                return rec.place or ""
            if col == 3:
                return "" if rec.failed else f"{len(rec.speakers)} · {rec.turns}"
            if col == 4:
                return " + ".join(QCoreApplication.translate("LibraryModel", FORM_NAMES[f])
                                  for f in dict.fromkeys(k.form_of()
                                                         for k in self.files_of(key)))
        elif role == Qt.ItemDataRole.ToolTipRole:
            # Titles and names come from files: escaped, as tooltips read rich text.
            if rec.failed:
                return rich_text_safe(self.tr("{0}\nCould not be read: {1}").format(
                    rec.path, translated(rec.error or "")))
            return rich_text_safe("\n".join([rec.display_title,
                                              *(k.rec.path for k in self.files_of(key))]))
        elif role == Role.FILES:
            return [k.rec.path for k in self.files_of(key)]
        elif role == Qt.ItemDataRole.ForegroundRole and rec.failed:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.palette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text)
        elif role == Role.PATH:
            return rec.path
        elif role == Role.RECORD:
            return rec
        elif role == Role.IS_MONTH:
            return False
        return None
