"""`transcript-reader --install-desktop`: the entry and the icon land in the user's XDG
folders, the entry names the icon and a command that exists, and uninstall removes both."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reader import cli, desktop


def test_install_writes_entry_and_icon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert cli.main(["--install-desktop"]) == 0
    entry = tmp_path / "applications" / "transcript-reader.desktop"
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "transcript-reader.svg"
    assert icon.read_bytes() == desktop.icon_path().read_bytes()
    fields = dict(line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines()
                  if "=" in line)
    assert fields["Icon"] == "transcript-reader"
    assert fields["Type"] == "Application" and fields["Name"] == "Transcript Reader"
    assert fields["StartupWMClass"] == "transcript-reader"  # the window's WM_CLASS
    command = fields["Exec"].removesuffix(" %F")
    program = command.split(" ")[0].strip('"')
    assert Path(program).is_file() or shutil.which(program)
    assert str(entry) in capsys.readouterr().out
    assert cli.main(["--uninstall-desktop"]) == 0
    assert not entry.exists() and not icon.exists()


def test_exec_arguments_are_quoted_as_the_spec_says() -> None:
    assert desktop._quote("/usr/bin/transcript-reader") == "/usr/bin/transcript-reader"
    assert desktop._quote("/home/a b/python") == '"/home/a b/python"'
    assert desktop._quote('/x/$y"z') == '"/x/\\$y\\"z"'


def test_the_bundled_icon_is_an_svg_with_a_title() -> None:
    text = desktop.icon_path().read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "<title>" in text
