"""GUI fixtures: a window built on temp folders (settings, data, cache)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from reader.app import AppPaths, build_window
from reader.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "settings.ini", tmp_path / "data", tmp_path / "cache")


@pytest.fixture
def make_window(qtbot: QtBot, app_paths: AppPaths) -> Iterator[MakeWindow]:
    """Build windows on the same folders, as restarts of the app would."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        w = build_window(app_paths)
        qtbot.addWidget(w)
        w.resize(1200, 800)
        windows.append(w)
        return w

    yield make
    for w in windows:
        if w.isVisible() or not w.controller.scanner.busy:
            w.close()


def write_fictional(folder: Path, name: str, title: str, date: str, speakers: list[str],
                    turns: int = 6) -> Path:
    """A copied-text transcript with fictional speakers."""
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    y, m, d = date.split("-")
    lines = ["Документ   /", "", title, "", f"{months[int(m) - 1]} {int(d)}, {y}, Fredville",
             "", f"{speakers[0]} met {speakers[-1]} in Fredville.", "", "* * *", ""]
    for i in range(turns):
        who = speakers[i % len(speakers)]
        lines += [f"{who}: Paragraph {i} said by {who}. " + "More words here. " * 8, ""]
    p = folder / name
    p.write_text("\n".join(lines), encoding="utf-8")
    return p
