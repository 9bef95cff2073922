"""Themes are data: every bundled scheme is complete and readable (WCAG contrast), its
non-text colours reach 3:1 and its marks are told apart (CIEDE2000)."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest
from reader.core.colour import contrast, delta_e, delta_e_lab
from reader.core.palette import N_LOOKS
from reader.core.themes import (
    FORMS,
    MARKS,
    ORDER,
    SHIPPED,
    ThemeError,
    bundled_themes,
    checked_text,
    load_theme,
    themes_dir,
)
from reader.core.viewsettings import parse_font_size, point_size

THEME_FILES = sorted(themes_dir().glob("*.toml"))


def test_all_eight_schemes_are_bundled_in_panel_order() -> None:
    assert list(bundled_themes()) == list(ORDER)
    assert len(THEME_FILES) == 8


@pytest.mark.parametrize("path", THEME_FILES, ids=lambda p: p.stem)
def test_theme_is_complete_and_readable(path: Path) -> None:
    theme = load_theme(path)  # raises on any missing colour or low contrast
    assert theme.id == path.stem
    assert len(theme.speakers) == N_LOOKS
    for look in range(N_LOOKS):
        assert contrast(theme.speaker_colour(look), theme.background) >= 4.5
    assert contrast(theme.text, theme.background) >= 4.5
    if theme.two_colour:
        # Colour cannot carry the speaker: every name is in the text colour, and the only
        # third tone is the placeholder's (so that a hint is not read as typed text).
        assert {theme.speaker_colour(s) for s in range(N_LOOKS)} == {theme.text}
        others = {k: v for k, v in theme.colours.items() if k != "placeholder"}
        assert set(others.values()) == {theme.text, theme.background}


@pytest.mark.parametrize("path", THEME_FILES, ids=lambda p: p.stem)
def test_non_text_colours_reach_3_to_1(path: Path) -> None:
    """WCAG 1.4.11: borders, checkbox boxes, focus frame, current row, scrollbar thumb."""
    c = load_theme(path).colours
    for key in ("border", "focus", "current_row"):
        assert contrast(c[key], c["background"]) >= 3, key
        assert contrast(c[key], c["panel"]) >= 3, key
    assert contrast(c["thumb"], c["panel"]) >= 3
    # Placeholder text: readable (4.5:1) yet not drawn like typed text.
    assert contrast(c["placeholder"], c["background"]) >= 4.5
    assert c["placeholder"] != c["text"]
    assert delta_e(c["placeholder"], c["text"]) >= 10


@pytest.mark.parametrize("path", THEME_FILES, ids=lambda p: p.stem)
def test_marks_are_mutually_distinct(path: Path) -> None:
    """Bookmark colours, find hits, the current hit and the selection: CIEDE2000 >= 20
    between each pair and against the page; in two colours, a different form each."""
    theme = load_theme(path)
    if theme.two_colour:
        forms = [theme.forms[m] for m in MARKS]
        assert len(set(forms)) == len(MARKS) and set(forms) <= set(FORMS)
        return
    tones = [theme.background] + [theme.colours[m] for m in MARKS]
    for a, b in combinations(tones, 2):
        assert delta_e(a, b) >= 20, (a, b)
    for m in MARKS:
        ink = theme.colours["selection_text"] if m == "selection" else theme.text
        assert contrast(ink, theme.colours[m]) >= 4.5, m


def test_light_scheme_marks_no_longer_collide() -> None:
    """The reported clashes: blue bookmark vs selection, find vs yellow bookmark."""
    light = bundled_themes()["light"]
    assert delta_e(light.bookmark_colour("blue"), light.colours["selection"]) >= 20
    assert delta_e(light.colours["find"], light.bookmark_colour("yellow")) >= 20


@pytest.mark.parametrize(("one", "two", "expected"), [
    # Sharma, Wu & Dalal (2005), the CIEDE2000 test data.
    ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
    ((50, 2.5, 0), (73, 25, -18), 27.1492),
    ((50, 2.5, 0), (50, 3.1736, 0.5854), 1.0000),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
])
def test_ciede2000_matches_the_reference_data(one: tuple[float, float, float],
                                               two: tuple[float, float, float],
                                               expected: float) -> None:
    assert round(delta_e_lab(one, two), 4) == expected


LIGHT = (themes_dir() / "light.toml").read_text(encoding="utf-8")
TWO = (themes_dir() / "black-on-white.toml").read_text(encoding="utf-8")


def _with(text: str, key: str, value: str, section: str = "[colours]") -> str:
    """The theme text with one key of one section changed."""
    head, _, body = text.partition(section)
    out = re.sub(rf'(?m)^{key} = "[^"]*"', f'{key} = "{value}"', body, count=1)
    assert out != body
    return head + section + out


@pytest.mark.parametrize(("content", "reason"), [
    ("id = 'x'", "missing"),
    ("not toml [", "not valid TOML"),
    (_with(LIGHT, "text", "#EEEEEE"), "text #EEEEEE against background #FFFFFF is 1.16:1"),
    (_with(LIGHT, "border", "#DDDDDD"), "border #DDDDDD against background #FFFFFF is 1.36:1, "
     "below 3:1"),
    (_with(LIGHT, "focus", "#B3D4FC"), "focus #B3D4FC against background #FFFFFF"),
    (_with(LIGHT, "thumb", "#CCCCCC"), "thumb #CCCCCC against panel #F3F3F3"),
    (_with(LIGHT, "placeholder", "#1A1A1A"), "placeholder #1A1A1A against text #1A1A1A is ΔE 0.0"),
    (_with(LIGHT, "placeholder", "#AAAAAA"), "placeholder #AAAAAA against background #FFFFFF"),
    # The clashes of issue 15: a blue bookmark like the selection, find like yellow marks.
    (_with(_with(LIGHT, "selection", "#B3D4FC"), "bookmark_blue", "#CFE3FF"),
     r"bookmark_blue #CFE3FF against selection #B3D4FC is ΔE 5.6, below ΔE 20 \(CIEDE2000\)"),
    (_with(LIGHT, "find", "#FDFE06"), "bookmark_yellow #FDFE06 against find #FDFE06"),
    (_with(TWO, "find", "inverse", "[forms]"), r"\[forms\] find and selection are both 'inverse'"),
    (_with(TWO, "bookmark_pink", "sparkles", "[forms]"), r"\[forms\] bookmark_pink must be one of"),
])
def test_a_bad_theme_file_is_refused_with_its_name(tmp_path: Path, content: str,
                                                   reason: str) -> None:
    f = tmp_path / "broken.toml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ThemeError, match=reason) as err:
        load_theme(f)
    assert str(err.value).startswith("broken.toml: ")
    assert "broken" not in bundled_themes(tmp_path)


def test_the_checked_themes_are_cached_until_a_file_changes(tmp_path: Path) -> None:
    """Start-up reads the themes from a JSON cache; an edited theme file is read and
    checked again (a broken edit refused as before); a damaged cache is rebuilt."""
    import os
    import shutil

    folder = tmp_path / "themes"
    shutil.copytree(themes_dir(), folder)
    (folder / SHIPPED).unlink()  # as a developer's edit makes it stale
    cache = tmp_path / "cache" / "themes.json"
    first = bundled_themes(folder, cache)
    assert first == bundled_themes() and list(first) == list(ORDER)
    assert cache.is_file()
    assert bundled_themes(folder, cache) == first  # read back from the cache
    # The cache is what is read: a stamp-preserving edit of the cache shows.
    data = cache.read_text(encoding="utf-8").replace('"Sepia"', '"Sepia (cached)"')
    cache.write_text(data, encoding="utf-8")
    assert bundled_themes(folder, cache)["sepia"].name == "Sepia (cached)"
    # An edited theme file is read again, and a failing one refused.
    sepia = folder / "sepia.toml"
    text = sepia.read_text(encoding="utf-8")
    bad = re.sub(r'(?m)^text = "#[0-9A-Fa-f]{6}"', 'text = "#F0E6D2"', text, count=1)
    assert bad != text
    sepia.write_text(bad, encoding="utf-8")
    os.utime(sepia, ns=(1, 1))
    assert "sepia" not in bundled_themes(folder, cache)
    sepia.write_text(text, encoding="utf-8")
    assert bundled_themes(folder, cache)["sepia"].name == first["sepia"].name
    cache.write_text("{not json", encoding="utf-8")
    assert bundled_themes(folder, cache) == first


def test_the_shipped_checked_themes_are_current_and_read_first(tmp_path: Path) -> None:
    """A first start (no cache yet) reads the themes as checked when they were shipped, not
    the TOML files; an edited file makes the shipped form stale and the file is read."""
    import shutil

    assert (themes_dir() / SHIPPED).read_text(encoding="utf-8") == checked_text(), (
        "run python tools/update_themes.py")
    folder = tmp_path / "themes"
    shutil.copytree(themes_dir(), folder)
    shipped = folder / SHIPPED
    shipped.write_text(shipped.read_text(encoding="utf-8").replace(
        '"Sepia"', '"Sepia (shipped)"'), encoding="utf-8")
    cache = tmp_path / "cache" / "themes.json"
    assert bundled_themes(folder, cache)["sepia"].name == "Sepia (shipped)"
    assert not cache.exists()  # nothing to keep: the shipped form was current
    sepia = folder / "sepia.toml"
    sepia.write_text(sepia.read_text(encoding="utf-8").replace(
        'name = "Sepia"', 'name = "Sepia (edited)"'), encoding="utf-8")
    assert bundled_themes(folder, cache)["sepia"].name == "Sepia (edited)"
    assert cache.is_file()
    # Windows line ends (a checkout with autocrlf) are the same text: the cache stands.
    cache.write_text(cache.read_text(encoding="utf-8").replace(
        '"Sepia (edited)"', '"Sepia (cached)"'), encoding="utf-8")
    for path in folder.glob("*.toml"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert bundled_themes(folder, cache)["sepia"].name == "Sepia (cached)"


@pytest.mark.parametrize(("text", "percent"), [
    ("small", 85), ("normal", 100), ("large", 130), ("150", 150), ("200%", 200)])
def test_font_size_steps_and_percentages(text: str, percent: int) -> None:
    assert parse_font_size(text) == percent


@pytest.mark.parametrize("text", ["huge", "500", "10%", ""])
def test_bad_font_sizes_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="font size"):
        parse_font_size(text)


def test_point_size_is_a_clamped_scale_of_the_desktop_font() -> None:
    assert point_size(10, 130) == 13.0
    assert point_size(10, 1000) == 30.0
    assert point_size(10, 10) == 7.0
