"""The one place where themes become Qt colours and fonts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextCharFormat,
)
from PySide6.QtWidgets import QApplication

from reader.core.themes import Theme
from reader.core.viewsettings import FONTS, SPACING, ViewSettings, point_size

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


#: Bookmark highlight tones per named colour, for light and dark backgrounds.
BOOKMARK_TONES = {
    "yellow": ("#FFF0A0", "#5A4E00"), "green": ("#CDEFC4", "#1F4D2B"),
    "blue": ("#CFE3FF", "#1E3A66"), "pink": ("#FFD6E7", "#5C2440"),
    "orange": ("#FFE0B8", "#5C3A10"),
}


def bookmark_format(theme: Theme, colour: str) -> QTextCharFormat:
    """How a bookmarked passage looks in this scheme: a tone behind the text, or in the
    two-colour schemes (where a tone would be a third colour) a thick underline."""
    fmt = QTextCharFormat()
    if theme.two_colour:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(theme.text))
        fmt.setFontUnderline(True)
        fmt.setFontOverline(True)
        return fmt
    light, dark = BOOKMARK_TONES.get(colour, BOOKMARK_TONES["yellow"])
    fmt.setBackground(QColor(dark if theme.dark else light))
    return fmt


def find_format(theme: Theme, current: bool) -> QTextCharFormat:
    """Find hits in the scheme's find colour; the current hit distinct. In two-colour
    schemes hits are shown inverted (text colour behind background-coloured text)."""
    fmt = QTextCharFormat()
    if theme.two_colour:
        fmt.setBackground(QColor(theme.text))
        fmt.setForeground(QColor(theme.background))
        if current:
            fmt.setFontUnderline(True)
            fmt.setFontWeight(QFont.Weight.Bold)
        return fmt
    fmt.setBackground(QColor(theme.colours["find_current" if current else "find"]))
    if current:
        fmt.setForeground(QColor("#000000" if not theme.dark else "#FFFFFF"))
    return fmt


def palette_for(theme: Theme) -> QPalette:
    """A whole-window palette: panels, lists, fields, selection follow the scheme."""
    c = theme.colours
    pal = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
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
        pal.setColor(group, role.PlaceholderText, QColor(c["muted"]))
        pal.setColor(group, role.BrightText, QColor(c["text"]))
    disabled = QPalette.ColorGroup.Disabled
    pal.setColor(disabled, role.Text, QColor(c["muted"]))
    pal.setColor(disabled, role.WindowText, QColor(c["muted"]))
    pal.setColor(disabled, role.ButtonText, QColor(c["muted"]))
    pal.setColor(disabled, role.Base, QColor(c["background"]))
    pal.setColor(disabled, role.Window, QColor(c["panel"]))
    return pal


def apply_palette(theme: Theme) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(palette_for(theme))


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
