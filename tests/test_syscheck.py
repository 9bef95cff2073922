"""The check that runs before Qt loads its platform plugin: missing system libraries are
named with their packages and the install command, and the window is not attempted."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reader import cli, syscheck

X11 = {"DISPLAY": ":0"}


def _without(*absent: str):  # a stand-in for the dynamic loader
    return lambda soname: soname not in absent


def test_missing_xcb_libraries_are_named_with_their_debian_packages() -> None:
    m = syscheck.check(X11, _without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"),
                       lambda: "debian")
    assert m is not None
    assert m.platform == "xcb"
    assert m.libraries == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    text = m.message()
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in text
    # Qt's misleading hint is not repeated: cursor is present, so it is not named.
    assert "libxcb-cursor0" not in text


@pytest.mark.parametrize(("family", "expected"), [
    ("fedora", "dnf install xcb-util-keysyms xcb-util-wm"),
    ("arch", "pacman -S xcb-util-keysyms xcb-util-wm"),
])
def test_other_distributions_get_their_own_package_names(family: str, expected: str) -> None:
    m = syscheck.check(X11, _without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"),
                       lambda: family)
    assert m is not None
    assert expected in m.message()


def test_unknown_distribution_lists_all_three() -> None:
    m = syscheck.check(X11, _without("libxkbcommon-x11.so.0"), lambda: "")
    assert m is not None
    text = m.message()
    for line in ("libxkbcommon-x11-0", "dnf install libxkbcommon-x11",
                 "pacman -S libxkbcommon-x11"):
        assert line in text


def test_nothing_missing_or_offscreen_passes() -> None:
    assert syscheck.check(X11, _without(), lambda: "debian") is None
    # offscreen needs no xcb library
    assert syscheck.check({"QT_QPA_PLATFORM": "offscreen"},
                          _without("libxcb-icccm.so.4"), lambda: "debian") is None


def test_wayland_session_falls_back_to_xcb_as_qt_does() -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert syscheck.platforms(env) == ["wayland", "xcb"]
    # Wayland libraries missing but xcb complete: Qt will use xcb, nothing to say.
    assert syscheck.check(env, _without("libwayland-client.so.0"), lambda: "debian") is None
    m = syscheck.check(env, _without("libwayland-client.so.0", "libxcb-icccm.so.4"),
                       lambda: "debian")
    assert m is not None and m.platform == "wayland"
    assert "libwayland-client0" in m.message()


def test_platform_list_from_the_environment() -> None:
    assert syscheck.platforms({"QT_QPA_PLATFORM": "xcb:display=:1;offscreen"}) == [
        "xcb", "offscreen"]
    assert syscheck.platforms({}) == ["xcb"]


@pytest.mark.parametrize(("text", "family"), [
    ('ID=ubuntu\nID_LIKE=debian\n', "debian"),
    ('ID="fedora"\n', "fedora"),
    ('ID=rocky\nID_LIKE="rhel centos fedora"\n', "fedora"),
    ('ID=arch\n', "arch"),
    ('ID=manjaro\nID_LIKE=arch\n', "arch"),
    ('ID=alpine\n', ""),
])
def test_distribution_family(tmp_path: Path, text: str, family: str) -> None:
    f = tmp_path / "os-release"
    f.write_text(text, encoding="utf-8")
    assert syscheck.distro_family(f) == family
    assert syscheck.distro_family(tmp_path / "absent") == ""


def test_window_start_exits_2_with_the_message(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    missing = syscheck.Missing("xcb", ("libxcb-icccm.so.4",), "debian")
    monkeypatch.setattr(syscheck, "check", lambda: missing)
    assert cli.main([]) == 2
    err = capsys.readouterr().err
    assert "libxcb-icccm4" in err and "cannot open a window" in err


def test_a_library_found_as_a_file_is_not_loaded_to_check_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "libteapot.so.1").write_bytes(b"")

    def loader(soname: str) -> bool:
        raise AssertionError(f"{soname} was loaded")

    monkeypatch.setattr(syscheck, "_loader_finds", loader)
    assert syscheck._loadable("libteapot.so.1", [str(tmp_path / "none"), str(tmp_path)])


def test_a_library_not_found_as_a_file_is_asked_of_the_loader(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(syscheck, "_loader_finds", lambda s: asked.append(s) or s == "a.so")
    assert syscheck._loadable("a.so", [str(tmp_path)])  # (an RPATH, a cache entry...)
    assert not syscheck._loadable("b.so", [str(tmp_path)])
    assert asked == ["a.so", "b.so"]


def test_the_loader_itself_finds_the_c_library_and_not_a_made_up_one() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux libraries")
    assert syscheck._loader_finds("libc.so.6")
    assert not syscheck._loader_finds("libno-such-teapot.so.9")


def test_the_loaders_folders_start_with_ld_library_path() -> None:
    dirs = syscheck.library_dirs({"LD_LIBRARY_PATH": "/opt/a:/opt/b"})
    assert dirs[:2] == ["/opt/a", "/opt/b"]
    assert len(dirs) > 2  # and the system's


def test_on_this_system_the_offscreen_platform_has_what_it_needs() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux libraries")
    assert syscheck.check({"QT_QPA_PLATFORM": "offscreen"}) is None  # (the tests run on it)
