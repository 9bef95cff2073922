"""Test setup: offscreen Qt before any Qt import; the shared corpus, when present; a
guard that fails a test which opens a modal dialog it did not patch."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.helpers import CORPUS, ROOT, SEED, guard_modals, require_shared

__all__ = ["CORPUS", "ROOT", "SEED", "require_shared"]


@pytest.fixture(autouse=True)
def no_unexpected_modals(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A modal dialog would wait for a click that never comes: fail loudly instead.

    Only where Qt widgets are loaded: the core tests stay free of Qt."""
    if "PySide6.QtWidgets" not in sys.modules:
        yield
        return
    opened = guard_modals(monkeypatch)
    yield
    if opened:
        pytest.fail(f"unexpected modal dialog(s) in this test: {', '.join(opened)}")


@pytest.fixture
def corpus() -> Path:
    return require_shared(CORPUS)


@pytest.fixture
def seed_file() -> Path:
    return next(require_shared(SEED).glob("*.txt"))
