"""View settings as the site's panel has them (font size, colours, font, spacing, images),
as plain data: the window applies them, QSettings stores them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

#: The site's three "A" steps, as a percentage of the desktop's font size.
FONT_STEPS = {"small": 85, "normal": 100, "large": 130}
MIN_PERCENT, MAX_PERCENT = 70, 300
ZOOM_STEP = 10
#: Character spacing (kerning) Standard / Medium / Large, as QFont percentage spacing.
SPACING = {"standard": 100, "medium": 108, "large": 118}
FONTS = {
    "sans": ("Arial", "Liberation Sans", "Arimo", "Helvetica", "DejaVu Sans"),
    "serif": ("Times New Roman", "Liberation Serif", "Tinos", "Times", "DejaVu Serif"),
}
DEFAULT_THEME = "light"
DEFAULT_DARK_THEME = "dark"


@dataclass(frozen=True, slots=True)
class ViewSettings:
    """What the site's panel for the visually impaired sets: scheme, size, font,
    spacing, images."""

    theme: str = DEFAULT_THEME
    font_percent: int = 100
    font: str = "sans"
    spacing: str = "standard"
    images: bool = True

    def with_zoom(self, delta: int) -> ViewSettings:
        return replace(self, font_percent=clamp_percent(self.font_percent + delta))

    def standard(self) -> ViewSettings:
        """"Return to standard settings" keeps only the colour scheme's light/dark kind."""
        return ViewSettings()

    @property
    def step(self) -> str | None:
        for name, pct in FONT_STEPS.items():
            if pct == self.font_percent:
                return name
        return None


def clamp_percent(value: int) -> int:
    return max(MIN_PERCENT, min(MAX_PERCENT, int(value)))


def parse_font_size(text: str) -> int:
    """"small" / "normal" / "large", or a percentage ("150", "150%"); ValueError if not."""
    t = text.strip().lower()
    if t in FONT_STEPS:
        return FONT_STEPS[t]
    m = re.fullmatch(r"(\d{2,3})\s*%?", t)
    if not m:
        raise ValueError(f"font size must be small, normal, large or a percentage, not {text!r}")
    value = int(m.group(1))
    if not MIN_PERCENT <= value <= MAX_PERCENT:
        raise ValueError(f"font size must be between {MIN_PERCENT}% and {MAX_PERCENT}%")
    return value


def point_size(base_points: float, percent: int) -> float:
    """The text's point size: a scale of the desktop font, clamped."""
    return round(base_points * clamp_percent(percent) / 100, 1)
