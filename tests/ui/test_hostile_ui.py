"""The window with hostile files in its library, and quitting while a worker is busy
(issue 17). Each run is a subprocess with a timeout: a hang fails, it does not block."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from reader.app import AppPaths
from tests.conftest import ROOT
from tests.ui.conftest import MakeWindow

DIALOGUE = "Rufus Firefly: Добрый день, коллеги.\n\nАда Квилл: Здравствуйте.\n" * 3

# Opens the window on a library, waits for the list (or not), closes the window as a
# reader would, and prints what the list showed.
APP = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import reader.core.reading as library
    slow = float(sys.argv[3])
    if slow:
        real = library.parse_file
        def parse_file(p):  # a parse that does not watch any cancel flag
            if Path(p).name.startswith("slow"):
                print("SLOW PARSE", flush=True)
                time.sleep(slow)
            return real(p)
        library.parse_file = parse_file
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from reader.app import AppPaths, run
    tmp = Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    def look():
        w = next(w for w in app.topLevelWidgets() if w.objectName() == "MainWindow"
                 or type(w).__name__ == "MainWindow")
        s = w.controller.scanner
        if s.busy and not slow:
            QTimer.singleShot(100, look)
            return
        for r in sorted(w.controller.model.records(), key=lambda r: r.path):
            print("LISTED", Path(r.path).name, "|", r.error or "ok", flush=True)
        w.close()
    QTimer.singleShot(1500 if slow else 200, look)
    code = run([sys.argv[1]], app_paths=AppPaths(tmp / "s.ini", tmp / "data", tmp / "cache"))
    print("EXIT", code, flush=True)
    sys.exit(code)
""")


def run_app(lib: Path, tmp: Path, slow: float = 0) -> tuple[subprocess.CompletedProcess[str],
                                                                 float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    start = time.monotonic()
    try:
        res = subprocess.run([sys.executable, "-c", APP, str(lib), str(tmp), str(slow)],
                             capture_output=True, text=True, timeout=90, env=env, cwd=ROOT,
                             check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("the window did not list the library and quit within 90 s")
    seconds = time.monotonic() - start
    print(f"\n[{seconds:.1f} s] rc={res.returncode}\n{res.stdout}{res.stderr[-2000:]}")
    return res, seconds


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev")
def test_the_window_lists_a_library_with_a_fifo_and_device_links(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    for i in range(3):
        (lib / f"good{i}.txt").write_text(DIALOGUE, encoding="utf-8")
    os.mkfifo(lib / "pipe.txt")
    (lib / "zero.txt").symlink_to("/dev/zero")
    (lib / "random.html").symlink_to("/dev/urandom")
    res, _ = run_app(lib, tmp_path)
    assert res.returncode == 0
    assert [line for line in res.stdout.splitlines() if line.startswith("LISTED")] == [
        "LISTED good0.txt | ok", "LISTED good1.txt | ok", "LISTED good2.txt | ok",
        "LISTED pipe.txt | not a regular file (a named pipe (FIFO)); not read",
        "LISTED random.html | not a regular file (a device); not read",
        "LISTED zero.txt | not a regular file (a device); not read",
    ]
    assert "QThread: Destroyed" not in res.stderr


def test_quitting_while_a_parse_is_busy_does_not_abort(tmp_path: Path) -> None:
    """Issue 17: quitting aborted with "QThread: Destroyed while thread … is still
    running" when the scanner's thread was busy."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "slow.txt").write_text(DIALOGUE, encoding="utf-8")
    res, seconds = run_app(lib, tmp_path, slow=60)
    assert "SLOW PARSE" in res.stdout  # the window was closed while it ran
    assert "QThread: Destroyed" not in res.stderr
    assert res.returncode == 0, res.stderr
    assert "EXIT" not in res.stdout or "EXIT 0" in res.stdout
    assert seconds < 45  # did not wait for the 60 s parse


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_apps_files_are_private(make_window: MakeWindow, app_paths: AppPaths) -> None:
    """Issue 17: bookmarks, caches and settings were world-readable (0644)."""
    import stat

    w = make_window()
    w.bookmarks.open_store()  # as the window does once it has painted
    w.close()  # saves the window's settings
    w.controller.settings.sync()
    assert "[" in app_paths.settings.read_text(encoding="utf-8")  # written, not only made
    mode = lambda p: stat.S_IMODE(p.stat().st_mode)  # noqa: E731
    assert mode(app_paths.data) == 0o700
    assert mode(app_paths.cache) == 0o700
    assert mode(app_paths.data / "bookmarks.sqlite") == 0o600
    assert mode(app_paths.settings) == 0o600
