"""Test setup: offscreen Qt before any Qt import; the shared corpus, when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT.parent / "shared" / "seed"


def require_shared(path: Path) -> Path:
    """Skip when ../shared is absent; fail instead when REQUIRE_CORPUS=1 (CI)."""
    if not path.exists():
        if os.environ.get("REQUIRE_CORPUS") == "1":
            pytest.fail(f"{path} is missing and REQUIRE_CORPUS=1")
        pytest.skip(f"{path} is absent (the shared corpus sits beside the project)")
    return path


@pytest.fixture
def corpus() -> Path:
    return require_shared(CORPUS)


@pytest.fixture
def seed_file() -> Path:
    return next(require_shared(SEED).glob("*.txt"))
