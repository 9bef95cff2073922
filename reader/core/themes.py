"""Colour schemes are data: one TOML file per scheme in resources/themes/, validated here.

A theme is refused (``ThemeError`` naming the file and the failing colour pair) unless:

- text, muted, link and every speaker colour reach 4.5:1 against the background
  (WCAG 1.4.3), and the placeholder text too, while staying visibly apart from typed text
  (CIEDE2000 ΔE >= 10);
- the non-text colours reach 3:1 against what they are drawn on (WCAG 1.4.11): input and
  checkbox borders, the focus frame and the current-row frame against the background and
  the panels, the scrollbar thumb against the panel;
- the marks — the five bookmark colours, find hits, the current find hit and the
  selection — differ from each other and from the background by CIEDE2000 ΔE >= 20 in the
  colour schemes, with the text still 4.5:1 on them. The two-colour schemes have no third
  colour, so there each mark has its own *form* (``[forms]``), all different.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from reader.core.colour import contrast, delta_e
from reader.core.palette import N_LOOKS, SLOTS

log = logging.getLogger(__name__)

#: The bookmark colour names a user can choose, in menu order.
BOOKMARK_COLOURS = ("yellow", "green", "blue", "pink", "orange")
#: Marks drawn over the text; they must be told apart from each other and the page.
MARKS = ("selection", "find", "find_current", *(f"bookmark_{c}" for c in BOOKMARK_COLOURS))
#: Non-text colours (WCAG 1.4.11) drawn by the ui's style.
NON_TEXT = ("border", "focus", "thumb", "current_row")
COLOUR_KEYS = ("text", "background", "muted", "link", "selection_text", "panel",
               "panel_text", "placeholder", *NON_TEXT, *MARKS)
#: How a mark can look in a two-colour scheme (the ui draws each as a text format).
FORMS = ("inverse", "inverse-bold", "dots", "underline", "overline", "underline-overline",
         "wave-underline", "dash-underline", "dot-underline")
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
#: WCAG 2.x AA for body text.
MIN_CONTRAST = 4.5
#: WCAG 2.2 1.4.11 for user-interface components and focus indicators.
MIN_NON_TEXT = 3.0
#: CIEDE2000 distance between marks (and between a mark and the background).
MIN_MARK_DELTA_E = 20.0
#: CIEDE2000 distance of the placeholder from typed text.
MIN_PLACEHOLDER_DELTA_E = 10.0


class ThemeError(ValueError):
    """A theme file is incomplete, unreadable or hard to see; the message names the file."""


@dataclass(frozen=True, slots=True)
class Theme:
    """A colour scheme, checked: its colours by role, and the looks of its speakers."""

    id: str
    name: str
    kind: str  # "reading" | "accessibility"
    dark: bool
    two_colour: bool
    colours: dict[str, str]
    speakers: tuple[str, ...]
    #: Two-colour schemes: mark -> form (see FORMS); empty in the colour schemes.
    forms: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.colours["text"]

    @property
    def background(self) -> str:
        return self.colours["background"]

    @property
    def muted(self) -> str:
        return self.colours["muted"]

    def speaker_colour(self, look: int | None) -> str:
        """The colour of a speaker's name; the text colour in two-colour schemes and for
        the shared neutral look."""
        if look is None or self.two_colour:
            return self.colours["text"]
        return self.speakers[look % len(self.speakers)]

    def bookmark_colour(self, name: str) -> str:
        """The tone behind a bookmarked passage (an unknown name reads as yellow)."""
        return self.colours.get(f"bookmark_{name}", self.colours["bookmark_yellow"])


def _pair(source: str, one: tuple[str, str], two: tuple[str, str], value: str,
          limit: str) -> str:
    """``light.toml: border #DDDDDD against background #FFFFFF is 1.36:1, below 3:1``."""
    return f"{source}: {one[0]} {one[1]} against {two[0]} {two[1]} is {value}, below {limit}"


def check_theme(theme: Theme, source: str) -> list[str]:
    """Every failing colour pair of a theme, as messages naming the file; empty if fine."""
    c = theme.colours
    bad: list[str] = []

    def need(a: str, b: str, limit: float, ca: str | None = None) -> None:
        first = ca or c[a]
        ratio = contrast(first, c[b])
        if ratio < limit:
            bad.append(_pair(source, (a, first), (b, c[b]), f"{ratio:.2f}:1", f"{limit:g}:1"))

    for key in ("text", "muted", "link", "placeholder"):
        need(key, "background", MIN_CONTRAST)
    need("panel_text", "panel", MIN_CONTRAST)
    for i, colour in enumerate(theme.speakers):
        need(f"speaker {i + 1}", "background", MIN_CONTRAST, colour)
    for key in ("border", "focus", "current_row"):
        need(key, "background", MIN_NON_TEXT)
        need(key, "panel", MIN_NON_TEXT)
    need("thumb", "panel", MIN_NON_TEXT)
    need("selection_text", "selection", MIN_CONTRAST)
    de = delta_e(c["placeholder"], c["text"])
    if de < MIN_PLACEHOLDER_DELTA_E:
        bad.append(_pair(source, ("placeholder", c["placeholder"]), ("text", c["text"]),
                         f"ΔE {de:.1f}", f"ΔE {MIN_PLACEHOLDER_DELTA_E:g} (CIEDE2000)"))
    if theme.two_colour:
        seen: dict[str, str] = {}
        for mark in MARKS:
            form = theme.forms.get(mark)
            if form not in FORMS:
                bad.append(f"{source}: [forms] {mark} must be one of {', '.join(FORMS)}")
            elif form in seen:
                bad.append(f"{source}: [forms] {mark} and {seen[form]} are both '{form}'")
            else:
                seen[form] = mark
        return bad
    for mark in MARKS:
        if mark != "selection":
            need("text", mark, MIN_CONTRAST)
    for a, b in combinations(("background", *MARKS), 2):
        de = delta_e(c[a], c[b])
        if de < MIN_MARK_DELTA_E:
            bad.append(_pair(source, (b, c[b]), (a, c[a]), f"ΔE {de:.1f}",
                             f"ΔE {MIN_MARK_DELTA_E:g} (CIEDE2000)"))
    return bad


def parse_theme(text: str, source: str) -> Theme:
    import tomllib  # only when a theme file changed (else bundled_themes reads its cache)

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
    if not isinstance(speakers, list) or len(speakers) != N_LOOKS or \
            not all(isinstance(c, str) and _HEX.match(c) for c in speakers):
        raise ThemeError(f"{source}: 'speakers' must list {N_LOOKS} #RRGGBB colours")
    forms = data.get("forms", {})
    if not isinstance(forms, dict):
        raise ThemeError(f"{source}: [forms] must be a table")
    theme = Theme(id=str(data["id"]), name=str(data["name"]), kind=str(data["kind"]),
                  dark=bool(data["dark"]), two_colour=bool(data["two_colour"]), colours=out,
                  speakers=tuple(c.upper() for c in speakers),
                  forms={str(k): str(v) for k, v in forms.items()})
    bad = check_theme(theme, source)
    if bad:
        raise ThemeError("\n".join(bad))
    return theme


#: Used when no theme file can be read (a broken installation): the light theme.
FALLBACK = Theme(
    id="light", name="Light (default)", kind="reading", dark=False, two_colour=False,
    colours={"text": "#1A1A1A", "background": "#FFFFFF", "muted": "#555555", "link": "#0B57D0",
             "selection": "#9EA1FA", "selection_text": "#000000", "find": "#3DFED5",
             "find_current": "#FD9A8C", "panel": "#F3F3F3", "panel_text": "#1A1A1A",
             "placeholder": "#6B6B6B", "border": "#767676", "focus": "#0B57D0",
             "thumb": "#767676", "current_row": "#0B57D0", "bookmark_yellow": "#FDFE06",
             "bookmark_green": "#03F900", "bookmark_blue": "#8EE1FE",
             "bookmark_pink": "#FFCBF2", "bookmark_orange": "#FFD39A"},
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


#: Raised when the cached form of the themes changes shape.
CACHE_VERSION = 2
#: The themes as checked, shipped beside their files (tools/update_themes.py writes it):
#: a first start reads it instead of parsing and checking every file.
SHIPPED = "checked.json"


def _stamp(files: list[Path]) -> list[list[object]]:
    """Each file's name and a checksum of its text: the same after an installation (which
    changes files' times) or a checkout with Windows line ends, different after an edit."""
    import zlib

    return [[p.name, zlib.crc32(p.read_bytes().replace(b"\r\n", b"\n"))] for p in files]


def _from_cache(cache: Path, stamp: list[list[object]]) -> dict[str, Theme] | None:
    """The themes as checked when the files last changed; None if the cache is missing,
    damaged, of another version or not of the files as they are now."""
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data["version"] != CACHE_VERSION or data["stamp"] != stamp:
            return None
        return {t["id"]: Theme(id=t["id"], name=t["name"], kind=t["kind"], dark=t["dark"],
                               two_colour=t["two_colour"], colours=dict(t["colours"]),
                               speakers=tuple(t["speakers"]), forms=dict(t["forms"]))
                for t in data["themes"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _cache_text(stamp: list[list[object]], themes: dict[str, Theme]) -> str:
    data = {"version": CACHE_VERSION, "stamp": stamp, "themes": [
        {"id": t.id, "name": t.name, "kind": t.kind, "dark": t.dark,
         "two_colour": t.two_colour, "colours": t.colours, "speakers": list(t.speakers),
         "forms": t.forms} for t in themes.values()]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _to_cache(cache: Path, stamp: list[list[object]], themes: dict[str, Theme]) -> None:
    from reader.core.atomic import write_text_atomic

    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(cache, _cache_text(stamp, themes))
    except OSError as exc:
        log.info("themes not cached at %s: %s", cache, exc)


def _theme_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml"))


def _read_all(files: list[Path]) -> dict[str, Theme]:
    found: dict[str, Theme] = {}
    for path in files:
        try:
            t = load_theme(path)
        except ThemeError as exc:
            log.warning("theme refused: %s", exc)
            continue
        found[t.id] = t
    ordered = {k: found[k] for k in ORDER if k in found}
    ordered.update({k: v for k, v in found.items() if k not in ordered})
    return ordered


def checked_text(folder: Path | None = None) -> str:
    """What the shipped ``checked.json`` of ``folder`` holds: every valid theme, read and
    checked now."""
    files = _theme_files(folder or themes_dir())
    return _cache_text(_stamp(files), _read_all(files))


def bundled_themes(folder: Path | None = None, cache: Path | None = None
                   ) -> dict[str, Theme]:
    """Every valid theme in the folder, in panel order. Invalid files are skipped.

    The themes as read and checked (TOML, contrast) come from the folder's shipped
    ``checked.json`` or from ``cache`` while it matches the files as they are; otherwise
    they are read and checked, and kept in ``cache`` (if given): start-up skips the TOML
    parser."""
    folder = folder or themes_dir()
    files = _theme_files(folder)
    try:
        stamp = _stamp(files)
    except OSError:
        return _read_all(_theme_files(folder))  # a file vanished meanwhile: what is there
    for kept in (folder / SHIPPED, cache):
        if kept is not None:
            found = _from_cache(kept, stamp)
            if found is not None:
                return found
    ordered = _read_all(files)
    if cache is not None:
        _to_cache(cache, stamp, ordered)
    return ordered
