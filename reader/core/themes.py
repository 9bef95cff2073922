"""Colour schemes are data: one TOML file per scheme in resources/themes/, validated here."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from reader.core.palette import SLOTS, contrast

COLOUR_KEYS = ("text", "background", "muted", "link", "selection", "selection_text", "find",
               "find_current", "bookmark", "panel", "panel_text")
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
#: WCAG 2.x AA for body text.
MIN_CONTRAST = 4.5


class ThemeError(ValueError):
    """A theme file is incomplete or unreadable; the message names the file."""


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    name: str
    kind: str  # "reading" | "accessibility"
    dark: bool
    two_colour: bool
    colours: dict[str, str]
    speakers: tuple[str, ...]

    @property
    def text(self) -> str:
        return self.colours["text"]

    @property
    def background(self) -> str:
        return self.colours["background"]

    @property
    def muted(self) -> str:
        return self.colours["muted"]

    def speaker_colour(self, slot: int | None) -> str:
        if slot is None or self.two_colour:
            return self.colours["text"]
        return self.speakers[slot % len(self.speakers)]


def parse_theme(text: str, source: str) -> Theme:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ThemeError(f"{source}: not valid TOML ({exc})") from None
    missing = [k for k in ("id", "name", "kind", "dark", "two_colour", "colours") if k not in data]
    if missing:
        raise ThemeError(f"{source}: missing {', '.join(missing)}")
    colours = data["colours"]
    if not isinstance(colours, dict):
        raise ThemeError(f"{source}: [colours] must be a table")
    out: dict[str, str] = {}
    for key in COLOUR_KEYS:
        value = colours.get(key)
        if not isinstance(value, str) or not _HEX.match(value):
            raise ThemeError(f"{source}: colour '{key}' missing or not #RRGGBB")
        out[key] = value.upper()
    speakers = colours.get("speakers")
    if not isinstance(speakers, list) or len(speakers) != len(SLOTS) or \
            not all(isinstance(c, str) and _HEX.match(c) for c in speakers):
        raise ThemeError(f"{source}: 'speakers' must list {len(SLOTS)} #RRGGBB colours")
    theme = Theme(id=str(data["id"]), name=str(data["name"]), kind=str(data["kind"]),
                  dark=bool(data["dark"]), two_colour=bool(data["two_colour"]), colours=out,
                  speakers=tuple(c.upper() for c in speakers))
    low = [(k, theme.colours[k]) for k in ("text", "muted", "link")
           if contrast(theme.colours[k], theme.background) < MIN_CONTRAST]
    low += [(f"speaker {i + 1}", c) for i, c in enumerate(theme.speakers)
            if contrast(c, theme.background) < MIN_CONTRAST]
    if low:
        raise ThemeError(f"{source}: below {MIN_CONTRAST}:1 against the background: "
                         + ", ".join(f"{k} {c}" for k, c in low))
    return theme


#: Used when no theme file can be read (a broken installation): the light theme.
FALLBACK = Theme(
    id="light", name="Light (default)", kind="reading", dark=False, two_colour=False,
    colours={"text": "#1A1A1A", "background": "#FFFFFF", "muted": "#555555", "link": "#0B57D0",
             "selection": "#B3D4FC", "selection_text": "#000000", "find": "#FFE58A",
             "find_current": "#FFB000", "bookmark": "#C8E6C9", "panel": "#F3F3F3",
             "panel_text": "#1A1A1A"},
    speakers=tuple(light for light, _ in SLOTS))


def load_theme(path: Path) -> Theme:
    try:
        return parse_theme(path.read_text(encoding="utf-8"), path.name)
    except OSError as exc:
        raise ThemeError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None


def themes_dir() -> Path:
    """resources/themes beside the package in a checkout, inside it when installed."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "resources" / "themes", here.parent / "resources" / "themes"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources" / "themes"


#: The order the view-settings panel offers them in: the site's three, the other two of
#: the five-scheme set, then the reading themes.
ORDER = ("black-on-white", "white-on-black", "dark-blue-on-light-blue", "brown-on-beige",
         "green-on-dark-brown", "light", "sepia", "dark")


def bundled_themes(folder: Path | None = None) -> dict[str, Theme]:
    """Every valid theme in the folder, in panel order. Invalid files are skipped."""
    folder = folder or themes_dir()
    found: dict[str, Theme] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            t = load_theme(path)
        except ThemeError:
            continue
        found[t.id] = t
    ordered = {k: found[k] for k in ORDER if k in found}
    ordered.update({k: v for k, v in found.items() if k not in ordered})
    return ordered
