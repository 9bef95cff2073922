"""A proxy over the platform style that draws what low-vision readers must see in the
scheme's own non-text colours (WCAG 1.4.11, 2.4.7): input borders, checkbox and radio
boxes, a thick focus frame on whatever has keyboard focus, scrollbar thumbs, and a frame
round the current row of lists. The colours come from the theme (checked at load)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QWidget,
)

from reader.core.themes import Theme

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
CE = QStyle.ControlElement
#: Width of the focus frame in device-independent pixels (WCAG 2.4.13 asks for at least
#: 2; three keep it apart from a 1-pixel border where both are in the text colour).
FOCUS_WIDTH = 3


class AccessibleStyle(QProxyStyle):
    """Fusion (or whatever the platform gives) plus the scheme's borders and focus."""

    def __init__(self, theme: Theme) -> None:
        super().__init__("Fusion")
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        c = theme.colours
        self.border = QColor(c["border"])
        self.focus = QColor(c["focus"])
        self.thumb = QColor(c["thumb"])
        self.current_row = QColor(c["current_row"])

    # --- helpers ----------------------------------------------------------------------
    def _frame(self, p: QPainter, rect: QRect, colour: QColor, width: int) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(colour, width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        half = width / 2
        p.drawRect(QRectF(rect).adjusted(half, half, -half, -half))
        p.restore()

    def _input_frame(self, p: QPainter, opt: QStyleOption) -> None:
        focused = bool(opt.state & QStyle.StateFlag.State_HasFocus)
        if focused:
            self._frame(p, opt.rect, self.focus, FOCUS_WIDTH)
        else:
            self._frame(p, opt.rect, self.border, 1)

    # --- QStyle -----------------------------------------------------------------------
    def drawPrimitive(self, element: PE, opt: QStyleOption, p: QPainter,
                      widget: QWidget | None = None) -> None:
        if element == PE.PE_FrameFocusRect:
            # Always drawn, thick, in the focus colour (Fusion draws nothing unless the
            # focus came from the keyboard, and then a faint line).
            self._frame(p, opt.rect, self.focus, FOCUS_WIDTH)
            return
        super().drawPrimitive(element, opt, p, widget)
        if element == PE.PE_PanelLineEdit:
            if isinstance(opt, QStyleOptionFrame) and opt.lineWidth > 0:
                self._input_frame(p, opt)
        elif element == PE.PE_IndicatorCheckBox:
            self._frame(p, opt.rect, self.border, 2)
        elif element == PE.PE_IndicatorRadioButton:
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(self.border, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QRectF(opt.rect).adjusted(1, 1, -1, -1))
            p.restore()
        elif element == PE.PE_PanelItemViewItem and isinstance(opt, QStyleOptionViewItem) \
                and opt.state & QStyle.StateFlag.State_Selected:
            self._row_frame(p, opt)

    def _row_frame(self, p: QPainter, opt: QStyleOptionViewItem) -> None:
        """A frame round the selected row (its top and bottom in every cell, the sides
        at the row's ends), so the current row stands out at 3:1 whatever the tint."""
        pos = QStyleOptionViewItem.ViewItemPosition
        r = opt.rect
        p.save()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.current_row)
        w = FOCUS_WIDTH
        p.drawRect(QRect(r.left(), r.top(), r.width(), w))
        p.drawRect(QRect(r.left(), r.bottom() - w + 1, r.width(), w))
        if opt.viewItemPosition in (pos.Beginning, pos.OnlyOne, pos.Invalid):
            p.drawRect(QRect(r.left(), r.top(), w, r.height()))
        if opt.viewItemPosition in (pos.End, pos.OnlyOne, pos.Invalid):
            p.drawRect(QRect(r.right() - w + 1, r.top(), w, r.height()))
        p.restore()

    def drawComplexControl(self, control: CC, opt: QStyleOptionComplex, p: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, opt, p, widget)
        if control in (CC.CC_ComboBox, CC.CC_SpinBox):
            self._input_frame(p, opt)
        elif control == CC.CC_ScrollBar and widget is not None:
            thumb = self.subControlRect(control, opt, QStyle.SubControl.SC_ScrollBarSlider,
                                        widget)
            if thumb.isValid():
                p.save()
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(self.thumb)
                p.drawRect(thumb.adjusted(2, 2, -2, -2))
                p.restore()

    def drawControl(self, element: CE, opt: QStyleOption, p: QPainter,
                    widget: QWidget | None = None) -> None:
        super().drawControl(element, opt, p, widget)
        # Push buttons: Fusion shows their focus as a lighter edge only (in white on black
        # the same white as every button's edge): the thick frame, inside the button.
        if element == CE.CE_PushButton and opt.state & QStyle.StateFlag.State_HasFocus:
            self._frame(p, opt.rect.adjusted(1, 1, -1, -1), self.focus, FOCUS_WIDTH)
        # Scroll areas (the transcript, lists, tables) show focus round their frame.
        if element == CE.CE_ShapedFrame and isinstance(widget, QAbstractScrollArea) \
                and widget.hasFocus():
            self._frame(p, opt.rect, self.focus, FOCUS_WIDTH)


class ScaledAccessibleStyle(AccessibleStyle):
    """The same, with what Fusion keeps in pixels whatever the font grown with the
    interface scale: check boxes, radio buttons and small icons stayed tiny beside 200%
    text. Used only while the scale is above the standard one: a style answering metrics
    in Python is asked for them thousands of times (10 ms more to the first paint)."""

    SCALED = frozenset({
        QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        QStyle.PixelMetric.PM_SmallIconSize, QStyle.PixelMetric.PM_ButtonIconSize})

    def __init__(self, theme: Theme, scale: float) -> None:
        super().__init__(theme)
        self.scale = scale

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        value = super().pixelMetric(metric, option, widget)
        return round(value * self.scale) if metric in self.SCALED else value
