"""Start-up: PySide6 no longer reads the source of every module of ours as it is imported
(its ``__feature__`` test), and still decides for everybody else's modules as it did.

Each case runs in a new interpreter: the hook acts on imports, and this test process has
imported everything long ago."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = textwrap.dedent("""
    import linecache, sys
    from reader.pyside_start import skip_feature_scan
    if {skip}:
        assert skip_feature_scan()
    import PySide6.QtCore
    import reader.app, qtmod, plainmod  # the window's modules; two of another package
    table = sys.modules["shibokensupport.feature"].pyside_feature_dict
    paths = [k.replace("\\\\", "/") for k in linecache.cache]
    read = [k for k in paths if "reader" in k.split("/")]
    python_read = any(k.endswith("/bisect.py") for k in paths)  # Python's own, ours use
    print(len(read), table.get("reader.ui.main_window"), table.get("reader.core.viewsettings"),
          table.get("qtmod"), table.get("plainmod"), table.get("bisect"), python_read)
""")


def _probe(tmp_path: Path, skip: bool) -> list[str]:
    (tmp_path / "qtmod.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "plainmod.py").write_text("import json\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(skip=skip)], capture_output=True, text=True,
        timeout=120, check=True, cwd=tmp_path,
        env={"PYTHONPATH": f"{ROOT}{':' if sys.platform != 'win32' else ';'}{tmp_path}",
             "QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path)})
    return out.stdout.split()


def test_without_the_skip_pyside_reads_each_of_our_modules(tmp_path: Path) -> None:
    """The cost the skip removes is real in the PySide6 this project installs (if a later
    PySide6 drops the hook, this fails and the skip can go)."""
    read, *_, python, python_read = _probe(tmp_path, skip=False)
    assert int(read) > 40
    assert (python, python_read) == ("-1", "True")  # and Python's own modules too


def test_with_the_skip_none_is_read_and_other_modules_are_decided_as_before(
        tmp_path: Path) -> None:
    read, app, model, qtmod, plainmod, python, python_read = _probe(tmp_path, skip=True)
    assert int(read) == 0
    # Ours: "uses PySide6, no feature" (0), also for a module that never names it.
    assert (app, model) == ("0", "0")
    # Another package's modules: read as PySide6 reads them.
    assert (qtmod, plainmod) == ("0", "-1")
    # Python's own: decided as reading it decides ("-1": no feature), without reading it.
    assert (python, python_read) == ("-1", "False")


@pytest.mark.parametrize("name", ["reader", "reader.ui.dialogue"])
def test_ours_is_the_package_and_its_modules(name: str) -> None:
    from reader.pyside_start import ours

    assert ours(name)
    assert not ours("readers") and not ours("PySide6.QtCore")


def test_pythons_own_modules_are_told_from_others() -> None:
    from reader.pyside_start import standard_library

    assert standard_library("json") and standard_library("email.utils")
    assert not standard_library("reader") and not standard_library("PySide6.QtCore")
    assert not standard_library("selectolax.parser")
