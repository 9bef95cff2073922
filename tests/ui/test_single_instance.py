"""One window per reader: a second start hands its files to the window already open (which
opens them and comes forward) and ends; without an answer it opens its own window."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from reader.app import come_forward
from reader.ui import single_instance
from reader.ui.single_instance import SingleWindow
from tests.helpers import ROOT, MakeWindow, open_and_wait, write_fictional

SECOND_START = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from reader.ui.single_instance import SingleWindow
    app = QCoreApplication([])
    print("taken" if SingleWindow(Path(sys.argv[1])).hand_over(sys.argv[2:]) else "refused")
""")


def second_start(data: Path, *paths: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-c", SECOND_START, str(data), *paths],
                            stdout=subprocess.PIPE, text=True, env=env)


def test_a_second_start_hands_its_files_to_the_open_window(
        qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleWindow(tmp_path / "data")
    assert first.first and first.listen()
    with qtbot.waitSignal(first.open_requested, timeout=20000) as got:
        proc = second_start(tmp_path / "data", "/somewhere/talk.txt", "/somewhere/б.html")
    assert got.args == [["/somewhere/talk.txt", "/somewhere/б.html"]]
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    assert proc.communicate()[0].strip() == "taken"
    first.release()


def test_the_first_start_of_a_data_folder_opens_its_window(tmp_path: Path) -> None:
    one = SingleWindow(tmp_path / "a")
    other = SingleWindow(tmp_path / "b")  # another reader's (or a test's) folder
    assert one.first and other.first
    assert not SingleWindow(tmp_path / "a").first  # the window of "a" is open
    one.release()
    assert SingleWindow(tmp_path / "a").first
    other.release()


def test_a_window_that_does_not_answer_lets_the_second_start_open_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lock is held but nothing listens (the window is still starting, or hung): the
    second start gives up after a short wait."""
    monkeypatch.setattr(single_instance, "ANSWER_MS", 200)
    first = SingleWindow(tmp_path / "data")  # holds the lock, never listens
    second = SingleWindow(tmp_path / "data")
    assert not second.first
    assert not second.hand_over(["/somewhere/talk.txt"])
    first.release()


def test_the_lock_of_a_window_that_crashed_is_taken_over(tmp_path: Path) -> None:
    data = tmp_path / "data"
    crash = ("import os, sys\nfrom pathlib import Path\n"
             "from reader.ui.single_instance import SingleWindow\n"
             "w = SingleWindow(Path(sys.argv[1]))\nassert w.first\nos._exit(9)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", crash, str(data)], env=env, check=False)
    assert done.returncode == 9 and (data / "window.lock").exists()  # left behind
    taken = SingleWindow(data)
    assert taken.first
    taken.release()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_handed_files_open_in_the_window_and_it_comes_forward(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    f = write_fictional(tmp_path, "talk.txt", "Teapot talk", "2031-01-02",
                        ["Rufus Firefly", "Ada Quill"])
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [])
    w.showMinimized()
    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        come_forward(w, [str(f)])
    qtbot.waitUntil(lambda: w.controller.current_path == str(f))
    assert w.controller.current is not None and w.controller.current.title == "Teapot talk"
    assert not w.isMinimized()
