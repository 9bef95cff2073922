"""GUI fixtures: a window built on temp folders (settings, data, cache)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from reader.app import AppPaths, build_window
from reader.ui.main_window import MainWindow
from tests.helpers import MakeWindow


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The interface follows the system's language: pin the system to English, so that
    the suite reads the same on a Russian desktop (tests of Russian patch it again)."""
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))


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


@pytest.fixture(autouse=True)
def collect_in_the_gui_thread() -> Iterator[None]:
    """Garbage of a test is collected here, in the GUI thread. Left to chance, Python's
    collector runs in whichever thread allocates next — a worker's — and a Qt object owned
    by Python (a scanner with a folder watcher) destroyed there leaves its socket notifier
    registered with the GUI thread's event loop: a segmentation fault in a later test's
    processEvents (seen about once in ten full runs on a loaded machine)."""
    yield
    gc.collect()
