"""Library search results as a tree: one row per event (title, date, place, who speaks,
number of passages) over its best passages, each with its hits marked."""

from __future__ import annotations

import html
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from reader.core.library_records import shown_date, shown_title
from reader.core.markup import rich_text_safe
from reader.core.search import EventHit, Hit

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0xFFFFFFFF  # internalId of an event row


class Role(IntEnum):
    HTML = Qt.ItemDataRole.UserRole + 1
    HIT = Qt.ItemDataRole.UserRole + 2  # the passage to open (an event: its best one)




def marked_html(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The text, escaped, with each span in bold and underlined (the text is not
    changed: quotation marks and markup in it stay as they are)."""
    out, pos = [], 0
    for a, b in spans:
        out += [html.escape(text[pos:a]), "<b><u>", html.escape(text[a:b]), "</u></b>"]
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out)


def kind_label(kind: str) -> str:
    labels = {"narration": QCoreApplication.translate("SearchResults", "(narration)"),
              "caption": QCoreApplication.translate("SearchResults", "(photo caption)"),
              "heading": QCoreApplication.translate("SearchResults", "(heading)")}
    return labels.get(kind, QCoreApplication.translate("SearchResults", "(unnamed speaker)"))


def event_title(e: EventHit) -> str:
    """As the event list names it: a file without a title by its name, words apart."""
    return shown_title(e.title, e.path) or Path(e.path).name


def event_date(e: EventHit) -> str | None:
    """As the event list dates it: a file without a dateline by a date in its name."""
    return shown_date(e.date, e.path)


class ResultModel(QAbstractItemModel):
    """Events (top level) and their passages (children); one column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events: list[EventHit] = []

    def event_line(self, e: EventHit) -> str:
        """Date, place, who speaks, passages and files of an event, on one line."""
        when = ", ".join(x for x in (event_date(e), e.place) if x)
        who = ", ".join(e.speakers[:6]) + ("…" if len(e.speakers) > 6 else "")
        parts = [when, who, self.tr("%n passages", "", e.count)]
        if len(e.files) > 1:
            parts.append(self.tr("%n files", "", len(e.files)))
        return " · ".join(p for p in parts if p)

    def set_events(self, events: list[EventHit]) -> None:
        self.beginResetModel()
        self.events = events
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0:
            return QModelIndex()
        if not parent.isValid():
            if 0 <= row < len(self.events):
                return self.createIndex(row, 0, _NO_PARENT)
            return QModelIndex()
        if parent.internalId() == _NO_PARENT and parent.row() < len(self.events) \
                and 0 <= row < len(self.events[parent.row()].passages):
            return self.createIndex(row, 0, parent.row())
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.events)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self.events[parent.row()].passages)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0 and \
                role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Events and passages")
        return None

    def event_at(self, index: Index) -> EventHit | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _NO_PARENT else int(index.internalId())
        return self.events[row] if 0 <= row < len(self.events) else None

    def passage(self, index: Index) -> Hit | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        e = self.event_at(index)
        return e.passages[index.row()] if e and index.row() < len(e.passages) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.event_at(index)
        if e is None:
            return None
        h = self.passage(index)
        if h is None:  # an event
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{event_title(e)}\n{self.event_line(e)}"
            if role == Role.HTML:
                return (f"<b>{html.escape(event_title(e))}</b><br>"
                        f"<small>{html.escape(self.event_line(e))}</small>")
            if role == Qt.ItemDataRole.ToolTipRole:  # file names and text: escaped
                return rich_text_safe("\n".join(e.files))
            if role == Role.HIT:
                return e.passages[0] if e.passages else Hit(
                    e.path, 0, 0, "", None, e.title, e.date, "", "", (), 0.0)
            return None
        who = h.speaker if h.kind == "speech" and h.speaker else kind_label(h.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{who}: {h.snippet}"
        if role == Role.HTML:
            return f"<i>{html.escape(who)}:</i> {marked_html(h.snippet, h.spans)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_text_safe(h.text)
        if role == Role.HIT:
            return h
        return None


class RichDelegate(QStyledItemDelegate):
    """Draws a row's HTML (hits in bold and underlined), wrapped to the view's width."""

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int
                  ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(index.data(Role.HTML) or "")
        doc.setTextWidth(max(width, 40))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        doc = self._document(option, index, option.rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        width = option.rect.width()
        if isinstance(view, QTreeView):
            depth = 1 if index.parent().isValid() else 0
            width = view.viewport().width() - view.indentation() * (depth + 1) - 4
        doc = self._document(option, index, width)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class ResultTree(QTreeView):
    """The results; rows are laid out again when the width changes (they wrap)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(RichDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
