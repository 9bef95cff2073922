"""The core runs with no display and no Qt: importing every module of reader.core, and
parsing from the command line, loads no PySide6."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import reader.core
from tests.helpers import ROOT

CORE_MODULES = sorted(m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core."))


def test_the_walk_finds_the_core() -> None:
    # Guards the walk itself: a broken path would make the next test vacuous.
    assert {"reader.core.model", "reader.core.parse.html", "reader.core.bookmarks"} <= \
        set(CORE_MODULES)


def test_core_and_cli_parse_import_no_qt(tmp_path: Path) -> None:
    code = (
        "import importlib, sys, reader.cli\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "reader.cli.main(['parse', '--json', sys.argv[1]])\n"
        "reader.cli.main(['bookmarks', 'list', '--db', sys.argv[2]])\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])\n"
    )
    sample = next((ROOT / "transcripts").glob("*.txt"))
    out = subprocess.run([sys.executable, "-c", code, str(sample),
                          str(tmp_path / "b.sqlite")], capture_output=True,
                         text=True, check=True, cwd=ROOT, timeout=120)
    *doc, empty, modules = out.stdout.strip().splitlines()
    assert json.loads("\n".join(doc))["title"]
    assert empty == "[]"
    assert modules == "[]"
