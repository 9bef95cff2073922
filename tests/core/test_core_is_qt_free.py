"""The core runs with no display and no Qt: importing and parsing loads no PySide6."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_core_and_cli_parse_import_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys, reader.core, reader.cli\n"
        "reader.cli.main(['parse', '--json', sys.argv[1]])\n"
        "reader.cli.main(['bookmarks', 'list', '--db', sys.argv[2]])\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])\n"
    )
    sample = next((ROOT / "transcripts").glob("*.txt"))
    out = subprocess.run([sys.executable, "-c", code, str(sample),
                          str(tmp_path / "b.sqlite")], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    *doc, empty, modules = out.stdout.strip().splitlines()
    assert json.loads("\n".join(doc))["title"]
    assert empty == "[]"
    assert modules == "[]"
