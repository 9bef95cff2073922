"""The one place where themes become Qt colours, brushes, text formats and fonts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDockWidget,
    QMainWindow,
    QSplitter,
    QWidget,
)

from reader.core.palette import MARKERS, NEUTRAL_MARKER, Look
from reader.core.themes import Theme
from reader.core.viewsettings import FONTS, SPACING, ViewSettings, point_size
from reader.ui.focus_style import AccessibleStyle, ScaledAccessibleStyle

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat

#: The bundled themes' names, for translation (the TOML files hold the English name).
THEME_NAMES = (
    QT_TRANSLATE_NOOP("Theme", "Black on white"),
    QT_TRANSLATE_NOOP("Theme", "White on black"),
    QT_TRANSLATE_NOOP("Theme", "Dark blue on light blue"),
    QT_TRANSLATE_NOOP("Theme", "Brown on beige"),
    QT_TRANSLATE_NOOP("Theme", "Green on dark brown"),
    QT_TRANSLATE_NOOP("Theme", "Light (default)"),
    QT_TRANSLATE_NOOP("Theme", "Sepia"),
    QT_TRANSLATE_NOOP("Theme", "Dark"),
)


def theme_name(theme: Theme) -> str:
    """The theme's name in the interface language (a user's own theme keeps its name)."""
    return QCoreApplication.translate("Theme", theme.name)


def look_marker(look: Look) -> str:
    """The second cue shown with the name: a shape per look, a dot for the neutral one."""
    return NEUTRAL_MARKER if look is None else MARKERS[look % len(MARKERS)]


#: What each look's marker is called (for the legend's tooltip and screen readers).
MARKER_NAMES = (
    QT_TRANSLATE_NOOP("Look", "circle"), QT_TRANSLATE_NOOP("Look", "square"),
    QT_TRANSLATE_NOOP("Look", "triangle"), QT_TRANSLATE_NOOP("Look", "diamond"),
    QT_TRANSLATE_NOOP("Look", "triangle down"), QT_TRANSLATE_NOOP("Look", "star"),
    QT_TRANSLATE_NOOP("Look", "hollow circle"), QT_TRANSLATE_NOOP("Look", "hollow square"),
    QT_TRANSLATE_NOOP("Look", "hollow triangle"), QT_TRANSLATE_NOOP("Look", "hollow diamond"),
    QT_TRANSLATE_NOOP("Look", "hollow triangle down"), QT_TRANSLATE_NOOP("Look", "hollow star"),
)


def look_description(theme: Theme, look: Look) -> str:
    """Plain words for a look, for the legend's tooltip and screen readers."""
    if look is None:
        return QCoreApplication.translate("Look", "shared neutral look")
    name = QCoreApplication.translate("Look", str(MARKER_NAMES[look % len(MARKER_NAMES)]))
    marker = f"{name} {look_marker(look)}"
    if theme.two_colour:
        return QCoreApplication.translate(
            "Look", "look {n}: stripe pattern {n}, marker {marker}").format(
            n=look + 1, marker=marker)
    return QCoreApplication.translate("Look", "look {n}: colour {colour}, marker {marker}").format(
        n=look + 1, colour=theme.speaker_colour(look), marker=marker)


def bookmark_format(theme: Theme, colour: str) -> QTextCharFormat:
    """How a bookmarked passage looks: the colour's tone behind the text, or in the
    two-colour schemes (where a tone would be a third colour) the colour's own form."""
    if theme.two_colour:
        key = f"bookmark_{colour}" if f"bookmark_{colour}" in theme.forms else "bookmark_yellow"
        return form_format(theme, theme.forms[key])
    from PySide6.QtGui import QTextCharFormat  # (formats follow the first paint)

    fmt = QTextCharFormat()
    fmt.setBackground(QColor(theme.bookmark_colour(colour)))
    fmt.setForeground(QColor(theme.text))
    return fmt


def find_format(theme: Theme, current: bool) -> QTextCharFormat:
    """Find hits in the scheme's find colour, the current hit in its own (or, in two
    colours, each in its form)."""
    key = "find_current" if current else "find"
    if theme.two_colour:
        return form_format(theme, theme.forms[key])
    from PySide6.QtGui import QTextCharFormat  # (formats follow the first paint)

    fmt = QTextCharFormat()
    fmt.setBackground(QColor(theme.colours[key]))
    fmt.setForeground(QColor(theme.text))
    return fmt


#: QTextCharFormat.UnderlineStyle by name (formats are made after the first paint).
_UNDERLINES = {
    "underline": "SingleUnderline",
    "underline-overline": "SingleUnderline",
    "wave-underline": "WaveUnderline",
    "dash-underline": "DashUnderline",
    "dot-underline": "DotLine",
}


def form_format(theme: Theme, form: str) -> QTextCharFormat:
    """A mark's form in a two-colour scheme (reader.core.themes.FORMS)."""
    from PySide6.QtGui import QTextCharFormat  # (formats follow the first paint)

    fmt = QTextCharFormat()
    text, background = QColor(theme.text), QColor(theme.background)
    if form.startswith("inverse"):
        fmt.setBackground(text)
        fmt.setForeground(background)
        if form == "inverse-bold":
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(background)
    elif form == "dots":
        fmt.setBackground(QBrush(text, Qt.BrushStyle.Dense6Pattern))
        fmt.setFontWeight(QFont.Weight.Bold)
    elif form == "overline":
        fmt.setFontOverline(True)
    else:
        fmt.setUnderlineStyle(getattr(QTextCharFormat.UnderlineStyle,
                                      _UNDERLINES.get(form, "SingleUnderline")))
        fmt.setUnderlineColor(text)
        fmt.setFontOverline(form == "underline-overline")
    return fmt


def palette_for(theme: Theme) -> QPalette:
    """A whole-window palette: panels, lists, fields, selection follow the scheme."""
    c = theme.colours
    pal = QPalette()
    role = QPalette.ColorRole
    # Every group, the disabled one too (else a disabled button keeps Qt's light grey
    # under the scheme's text colour); then the disabled group's muted texts.
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        pal.setColor(group, role.Window, QColor(c["panel"]))
        pal.setColor(group, role.WindowText, QColor(c["panel_text"]))
        pal.setColor(group, role.Base, QColor(c["background"]))
        pal.setColor(group, role.AlternateBase, QColor(c["panel"]))
        pal.setColor(group, role.Text, QColor(c["text"]))
        pal.setColor(group, role.Button, QColor(c["panel"]))
        pal.setColor(group, role.ButtonText, QColor(c["panel_text"]))
        pal.setColor(group, role.Highlight, QColor(c["selection"]))
        pal.setColor(group, role.HighlightedText, QColor(c["selection_text"]))
        pal.setColor(group, role.Link, QColor(c["link"]))
        pal.setColor(group, role.ToolTipBase, QColor(c["background"]))
        pal.setColor(group, role.ToolTipText, QColor(c["text"]))
        pal.setColor(group, role.PlaceholderText, QColor(c["placeholder"]))
        pal.setColor(group, role.BrightText, QColor(c["text"]))
        # Frames and bevels the style draws from these roles.
        for r in (role.Mid, role.Dark, role.Shadow):
            pal.setColor(group, r, QColor(c["border"]))
        pal.setColor(group, role.Light, QColor(c["panel"]))
        pal.setColor(group, role.Midlight, QColor(c["panel"]))
    disabled = QPalette.ColorGroup.Disabled
    # The site's two-colour schemes have no grey: their muted tone is the text's, and a
    # disabled menu entry looked like any other. It takes the scheme's second tone, the
    # placeholder's (4.5:1 and more, and apart from the text).
    off = QColor(c["muted"] if c["muted"].upper() != c["text"].upper() else c["placeholder"])
    pal.setColor(disabled, role.Text, off)
    pal.setColor(disabled, role.WindowText, off)
    pal.setColor(disabled, role.ButtonText, off)
    pal.setColor(disabled, role.Base, QColor(c["background"]))
    pal.setColor(disabled, role.Window, QColor(c["panel"]))
    pal.setColor(disabled, role.PlaceholderText, QColor(c["placeholder"]))
    return pal


def _scale_style(scale: float) -> None:
    """Check boxes, radio buttons and small icons grow with the interface scale: zoomed,
    the style that scales them; at the standard scale, the one that does not (answering
    Qt's many questions of size in Python costs time)."""
    app = QApplication.instance()
    style = app.style() if isinstance(app, QApplication) else None
    if not isinstance(style, AccessibleStyle):
        return
    now = style.scale if isinstance(style, ScaledAccessibleStyle) else 1.0
    if now != max(scale, 1.0):
        assert isinstance(app, QApplication)
        app.setStyle(ScaledAccessibleStyle(style.theme, scale) if scale > 1.0
                     else AccessibleStyle(style.theme))


def apply_palette(theme: Theme) -> None:
    """The scheme for the whole application: palette, and the style that draws input
    borders, checkbox boxes, focus frames, scrollbar thumbs and the current row in the
    scheme's non-text colours."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    style = app.style()
    if isinstance(style, AccessibleStyle):
        style.set_theme(theme)
    else:
        app.setStyle(AccessibleStyle(theme))
    palette = palette_for(theme)
    if app.palette() != palette:  # (not again: every widget would be told)
        app.setPalette(palette)


def zoomed_in(widget: QWidget) -> bool:
    """The interface is zoomed far enough (1.5x the desktop's size) that a row of
    controls stands as a column instead (1.4.10 Reflow): the date range, the find bar."""
    return widget.font().pointSizeF() >= 1.5 * desktop_font().pointSizeF()


class StackWhenZoomed(QObject):
    """Keeps ``layout`` a row at the desktop's size and a column once ``widget``'s font
    is zoomed in (it follows every font change)."""

    def __init__(self, widget: QWidget, layout: QBoxLayout) -> None:
        super().__init__(widget)
        self.layout = layout
        widget.installEventFilter(self)
        self.arrange(widget)

    def arrange(self, widget: QWidget) -> None:
        self.layout.setDirection(QBoxLayout.Direction.TopToBottom if zoomed_in(widget)
                                 else QBoxLayout.Direction.LeftToRight)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QWidget):
            self.arrange(watched)
        return False


#: The interface grows with the text up to this scale (WCAG 1.4.4: 200%); the text goes on
#: to 300% alone. It never shrinks below the desktop's own size.
MAX_INTERFACE_PERCENT = 200
_DESKTOP_FONT = "reader-desktop-font"


def desktop_font() -> QFont:
    """The desktop's application font, as it was before any interface scaling."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return QFont()
    saved = app.property(_DESKTOP_FONT)
    if isinstance(saved, QFont):
        return QFont(saved)
    font = QApplication.font()
    app.setProperty(_DESKTOP_FONT, font)
    return QFont(font)


def interface_percent(view: ViewSettings) -> int:
    """One scale for lists, panels, tables, menus and toolbar: the text's, within 100–200%."""
    return max(100, min(MAX_INTERFACE_PERCENT, view.font_percent))


def apply_interface_scale(view: ViewSettings, docks: Iterable[QDockWidget] = ()) -> None:
    """Scale the application font, so every widget and layout grows with it (widgets
    that choose their own font scale themselves on FontChange); ``docks``' titles too."""
    base = desktop_font()
    font = QFont(base)
    font.setPointSizeF(round(base.pointSizeF() * interface_percent(view) / 100, 1))
    _scale_style(interface_percent(view) / 100)
    if QApplication.font() != font:
        QApplication.setFont(font)
        # Deliver the font change now: widgets that choose their own font (the text's
        # reading font) set it again right after this, and must not be overridden later.
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        QApplication.sendPostedEvents(None, QEvent.Type.FontChange)
    for dock in docks:
        _scale_dock_title(dock, font)


#: The most of the window's width (or height) a panel grows to with the interface scale.
PANEL_SHARE = 0.3


class PanelScaler:
    """Panels grow and shrink with the interface scale (a zoomed legend keeps more of its
    names), each up to 30% of the room, so the text always keeps the most of it.

    Their sizes at the standard scale are kept when the scale first leaves it: a zoomed
    panel is that size times the scale, and the return to the standard scale (Ctrl+0)
    gives each panel back the size it had (scaling step by step, with the 30% cap and
    the panels' least sizes in between, drifted: the event list came back wider)."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.base: dict[str, int] = {}  # panel -> its size at the standard scale
        self._latest = 0  # steps in quick succession: only the last one's sizes apply

    def _panels(self) -> list[tuple[str, Qt.Orientation, int, int]]:
        """(key, orientation, size now, the room it shares) of each panel in sight."""
        w = self.window
        area = Qt.DockWidgetArea
        out = []
        for d in w.findChildren(QDockWidget):
            if not d.isVisible() or d.isFloating():
                continue
            if w.dockWidgetArea(d) in (area.LeftDockWidgetArea, area.RightDockWidgetArea):
                out.append((d.objectName(), Qt.Orientation.Horizontal, d.width(), w.width()))
            else:
                out.append((d.objectName(), Qt.Orientation.Vertical, d.height(), w.height()))
        split = w.centralWidget()
        if isinstance(split, QSplitter) and split.count() > 1:
            out.append(("", Qt.Orientation.Horizontal, split.sizes()[0], sum(split.sizes())))
        return out

    def rescale(self, old: float, new: float) -> None:
        """The interface scale went from ``old`` to ``new`` (1.0: the standard scale)."""
        if old == new or not self.window.isVisible():
            return
        panels = self._panels()
        if old == 1.0:
            self.base = {key: size for key, _, size, _ in panels}
        for key, _, size, _ in panels:
            self.base.setdefault(key, round(size / old))  # shown while zoomed
        wanted = {key: self.base[key] if new == 1.0 else
                  min(round(self.base[key] * new), int(room * PANEL_SHARE))
                  for key, _, _, room in panels}
        self._latest += 1
        step = self._latest
        # Once the new fonts have settled the window's layout (title bars, least sizes).
        QTimer.singleShot(0, self.window, lambda: self._apply(step, panels, wanted))

    def _apply(self, step: int, panels: list[tuple[str, Qt.Orientation, int, int]],
               wanted: dict[str, int]) -> None:
        if step != self._latest:
            return
        w = self.window
        self._resize_docks(panels, wanted)

        def settle() -> None:
            if step != self._latest:
                return
            # A tabbed dock's size given is its area's, tab bar included: measured, and
            # given again with the difference, it ends at the size wanted.
            self._resize_docks(panels, wanted, correct=True)
            split = w.centralWidget()
            if "" in wanted and isinstance(split, QSplitter):
                sizes = split.sizes()  # the docks have given the splitter its new width
                first = wanted[""]
                split.setSizes([first, sum(sizes) - first, *sizes[2:]][:len(sizes)])

        QTimer.singleShot(0, w, settle)

    def _resize_docks(self, panels: list[tuple[str, Qt.Orientation, int, int]],
                      wanted: dict[str, int], correct: bool = False) -> None:
        w = self.window
        docks = {d.objectName(): d for d in w.findChildren(QDockWidget)}
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            keys = [k for k, o, _, _ in panels if o == orientation and k in docks]
            sizes = [wanted[k] for k in keys]
            if correct:
                now = [docks[k].width() if orientation == Qt.Orientation.Horizontal
                       else docks[k].height() for k in keys]
                if all(abs(a - b) <= 1 for a, b in zip(now, sizes, strict=True)):
                    continue
                sizes = [2 * s - n for s, n in zip(sizes, now, strict=True)]
            if keys:
                w.resizeDocks([docks[k] for k in keys], sizes, orientation)


def _scale_dock_title(dock: QDockWidget, font: QFont) -> None:
    """A dock's title keeps the platform's title font, fixed when the dock was made,
    for as long as the dock's font equals the application's. A font that differs only
    in an OpenType feature every font has on anyway lets the title follow the scale."""
    own = QFont(font)
    own.setFeature(QFont.Tag("kern"), 1)
    dock.setFont(own)


def reading_font(view: ViewSettings, base_points: float) -> QFont:
    """The dialogue's font: family with fallbacks, size as a scale of the desktop font,
    character spacing."""
    font = QFont()
    font.setFamilies(list(FONTS.get(view.font, FONTS["sans"])))
    font.setStyleHint(QFont.StyleHint.Serif if view.font == "serif"
                      else QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size(base_points, view.font_percent))
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing,
                          SPACING.get(view.spacing, 100))
    return font
