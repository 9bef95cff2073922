"""The stripe beside each turn, and the legend's swatch: both painted from the same
:func:`reader.core.speaker_style.speaker_style`, turned into brushes once per scheme."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, Protocol, cast

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QPainter,
    QPaintEvent,
    QPixmap,
    QTextBlock,
    QTextDocument,
)
from PySide6.QtWidgets import QScrollBar, QTextEdit, QWidget

from reader.core.rendered import Row, RowKind
from reader.core.speaker_style import Pattern, SpeakerStyle, speaker_style
from reader.core.themes import FALLBACK, Theme

BRUSH_STYLES = {
    Pattern.SOLID: Qt.BrushStyle.SolidPattern,
    Pattern.DENSE: Qt.BrushStyle.Dense4Pattern,
    Pattern.HORIZONTAL: Qt.BrushStyle.HorPattern,
    Pattern.DIAGONAL: Qt.BrushStyle.BDiagPattern,
    Pattern.CROSS: Qt.BrushStyle.CrossPattern,
    Pattern.SPARSE: Qt.BrushStyle.Dense6Pattern,
    Pattern.HOLLOW: Qt.BrushStyle.NoBrush,
    Pattern.VERTICAL: Qt.BrushStyle.VerPattern,
    Pattern.BACK_DIAGONAL: Qt.BrushStyle.FDiagPattern,
    Pattern.DIAGONAL_CROSS: Qt.BrushStyle.DiagCrossPattern,
    Pattern.VERY_DENSE: Qt.BrushStyle.Dense2Pattern,
    Pattern.VERY_SPARSE: Qt.BrushStyle.Dense7Pattern,
    Pattern.HALF: Qt.BrushStyle.Dense5Pattern,
}
STRIPE = 6
GUTTER = 16
#: How much of a stripe's colour shows when another speaker is brought out.
DIMMED_ALPHA = 60


class Span(NamedTuple):
    """A stripe to paint: a speaker's look from ``top`` to ``bottom`` (widget pixels)."""

    speaker: str
    look: int | None
    top: int
    bottom: int


class _Paint(NamedTuple):
    brush: QBrush
    outline: QColor | None


def first_block_at(doc: QTextDocument, y: int) -> QTextBlock:
    """The first text block whose bottom is below document y. A hit test, then a step
    or two: it lays the document out only down to y (a long transcript's layout is
    made as far as it is looked at)."""
    layout = doc.documentLayout()
    hit = layout.hitTest(QPointF(doc.documentMargin() + 1, y), Qt.HitTestAccuracy.FuzzyHit)
    b = doc.findBlock(max(hit, 0))
    if not b.isValid():
        b = doc.lastBlock()
    while b.previous().isValid() and layout.blockBoundingRect(b.previous()).bottom() > y:
        b = b.previous()
    while b.next().isValid() and layout.blockBoundingRect(b).bottom() <= y:
        b = b.next()
    return b


def spans_on_screen(doc: QTextDocument, row_of: Callable[[QTextBlock], Row | None],
                    offset: int, height: int) -> list[Span]:
    """The turns' stripes in a viewport scrolled to ``offset``: one unbroken stripe per
    turn, reaching down to the turn's next paragraph."""
    layout = doc.documentLayout()
    on_screen: list[tuple[Row, int, int]] = []
    b = first_block_at(doc, offset)
    while b.isValid():
        rect = layout.blockBoundingRect(b)
        top = int(rect.top()) - offset
        if top > height:
            break
        row = row_of(b)
        if row is not None:
            on_screen.append((row, top, int(rect.bottom()) - offset))
        b = b.next()
    spans: list[Span] = []
    block = -1
    for row, top, bottom in on_screen:
        if row.kind is not RowKind.SPEECH or row.speaker is None:
            continue
        if row.block == block:  # the turn goes on: its stripe reaches further down
            spans[-1] = Span(row.speaker, row.look, spans[-1].top, bottom)
        else:
            spans.append(Span(row.speaker, row.look, top, bottom))
        block = row.block
    return spans


def _paint_for(style: SpeakerStyle, dimmed: bool) -> _Paint:
    colour = QColor(style.stripe_colour)
    if dimmed:
        colour.setAlpha(DIMMED_ALPHA)
    return _Paint(QBrush(colour, BRUSH_STYLES[style.pattern]),
                  colour if style.outlined else None)


def _fill(p: QPainter, rect: QRect, paint: _Paint) -> None:
    p.fillRect(rect, paint.brush)
    if paint.outline is not None:
        p.setPen(paint.outline)
        p.drawRect(rect.adjusted(0, 0, -1, -1))


def speaker_swatch(theme: Theme, look: int | None, marker_size: int | None = None) -> QIcon:
    """The legend's swatch: the speaker's stripe, as the gutter paints it; with
    ``marker_size`` (the legend's line height) the look's marker beside it, the second
    cue of the two-colour schemes."""
    style = speaker_style(theme, look)
    size = marker_size or 14
    pm = QPixmap(size * 2 if marker_size else size, size)
    pm.fill(QColor(theme.background))
    p = QPainter(pm)
    _fill(p, QRect(0, 0, size // 2 if marker_size else size, size),
          _paint_for(style, dimmed=False))
    if marker_size:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = p.font()
        font.setPixelSize(max(8, size - 3))
        p.setFont(font)
        p.setPen(QColor(style.name_colour))
        p.drawText(QRect(size // 2 + 2, 0, size + size // 2 - 2, size),
                   Qt.AlignmentFlag.AlignCenter, style.marker)
    p.end()
    return QIcon(pm)


class _TextView(Protocol):
    """What the stripes need of the reading view (their parent)."""

    def document(self) -> QTextDocument: ...
    def row_of(self, block: QTextBlock) -> Row | None: ...
    def verticalScrollBar(self) -> QScrollBar: ...
    def viewport(self) -> QWidget: ...
    def frameWidth(self) -> int: ...


class Stripes(QWidget):
    """The margin left of a reading view's text, kept beside it. It paints each turn
    on screen with the brush precomputed for its look (nothing computed in paint)."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self.setObjectName("stripes")
        self._view: _TextView = cast(_TextView, view)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.viewport().installEventFilter(self)
        self._theme = FALLBACK
        self._background = QColor(FALLBACK.background)
        self._paints: dict[tuple[int | None, bool], _Paint] = {}
        self.highlight_speaker: str | None = None

    def set_styles(self, theme: Theme, looks: set[int | None]) -> None:
        """A new scheme or a new transcript's looks: make the brushes once."""
        self._theme = theme
        self._background = QColor(theme.background)
        self._paints = {(look, dim): _paint_for(speaker_style(theme, look), dim)
                        for look in looks for dim in (False, True)}
        self.update()

    def set_highlight(self, speaker: str | None) -> None:
        self.highlight_speaker = speaker
        self.update()

    def spans(self) -> list[Span]:
        """The stripes on screen now."""
        v = self._view
        doc = v.document()
        if doc.isEmpty():
            return []  # no text yet (the first paint): nothing to measure
        return spans_on_screen(doc, v.row_of, v.verticalScrollBar().value(),
                               v.viewport().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the text's viewport: follow its height
            frame = self._view.frameWidth()
            self.setGeometry(QRect(frame, frame, GUTTER, self._view.viewport().height()))
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        # The background as a rectangle with no outline: fillRect would have PySide6 make
        # its QGradient class (about 2 ms of the window's first paint) to choose among its
        # forms.
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._background)
        p.drawRect(self.rect())
        p.setBrush(Qt.BrushStyle.NoBrush)
        for span in self.spans():
            dim = self.highlight_speaker not in (None, span.speaker)
            paint = self._paints.get((span.look, dim))
            if paint is None:  # a look not announced: made now, kept for next time
                paint = _paint_for(speaker_style(self._theme, span.look), dim)
                self._paints[(span.look, dim)] = paint
            _fill(p, QRect(GUTTER - STRIPE - 3, span.top, STRIPE, span.bottom - span.top),
                  paint)
        p.end()
