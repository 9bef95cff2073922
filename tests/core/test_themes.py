"""Themes are data: every bundled scheme is complete and readable (WCAG contrast)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader.core.palette import SLOTS, contrast
from reader.core.themes import ORDER, ThemeError, bundled_themes, load_theme, themes_dir
from reader.core.viewsettings import parse_font_size, point_size

THEME_FILES = sorted(themes_dir().glob("*.toml"))


def test_all_eight_schemes_are_bundled_in_panel_order() -> None:
    assert list(bundled_themes()) == list(ORDER)
    assert len(THEME_FILES) == 8


@pytest.mark.parametrize("path", THEME_FILES, ids=lambda p: p.stem)
def test_theme_is_complete_and_readable(path: Path) -> None:
    theme = load_theme(path)  # raises on any missing colour or low contrast
    assert theme.id == path.stem
    for slot in range(len(SLOTS)):
        assert contrast(theme.speaker_colour(slot), theme.background) >= 4.5
    assert contrast(theme.text, theme.background) >= 4.5
    if theme.two_colour:
        # Colour cannot carry the speaker: every name is in the text colour.
        assert {theme.speaker_colour(s) for s in range(len(SLOTS))} == {theme.text}
        assert set(theme.colours.values()) == {theme.text, theme.background}


@pytest.mark.parametrize(("tid", "text", "background"), [
    ("black-on-white", "#000000", "#FFFFFF"),
    ("white-on-black", "#FFFFFF", "#000000"),
    ("dark-blue-on-light-blue", "#063462", "#9DD1FF"),
    ("brown-on-beige", "#4D4B43", "#F7F3D6"),
    ("green-on-dark-brown", "#A9E44D", "#3B2716"),
])
def test_site_schemes_use_the_sites_colours(tid: str, text: str, background: str) -> None:
    theme = bundled_themes()[tid]
    assert (theme.text, theme.background) == (text, background)


def test_reading_themes_use_the_slot_tones() -> None:
    themes = bundled_themes()
    assert themes["light"].speakers == tuple(light for light, _ in SLOTS)
    assert themes["dark"].speakers == tuple(dark for _, dark in SLOTS)


@pytest.mark.parametrize(("content", "reason"), [
    ("id = 'x'", "missing"),
    ("not toml [", "not valid TOML"),
    ("id='x'\nname='X'\nkind='reading'\ndark=false\ntwo_colour=false\n[colours]\n"
     "text='#EEEEEE'\nbackground='#FFFFFF'\nmuted='#555555'\nlink='#0B57D0'\n"
     "selection='#B3D4FC'\nselection_text='#000000'\nfind='#FFE58A'\nfind_current='#FFB000'\n"
     "bookmark='#C8E6C9'\npanel='#F3F3F3'\npanel_text='#1A1A1A'\n"
     "speakers=['#0072B2','#CC3311','#117733','#AA3377','#332288','#882255']", "below 4.5:1"),
])
def test_a_bad_theme_file_is_refused_with_its_name(tmp_path: Path, content: str,
                                                   reason: str) -> None:
    f = tmp_path / "broken.toml"
    f.write_text(content)
    with pytest.raises(ThemeError, match=reason) as err:
        load_theme(f)
    assert str(err.value).startswith("broken.toml: ")
    assert "broken" not in bundled_themes(tmp_path)


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
