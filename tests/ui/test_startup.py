"""Start-up builds only what the first paint needs; the rest is built when first used,
and works the same then."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from reader.core.paths import bundled_library
from tests.helpers import CORPUS, ROOT, MakeWindow, require_shared

#: Not needed for the first paint: printing and export, the help dialogs, the site code.
LATER = ["reader.ui.export_actions", "reader.ui.printing", "PySide6.QtPrintSupport",
         "reader.core.export", "reader.ui.help", "reader.ui.fetch_actions",
         "reader.core.fetch", "reader.ui.search_panel",
         # the process pool that reads big libraries (a one-file sample is read in the
         # scanner's thread)
         "multiprocessing", "concurrent.futures.process"]

START = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from reader.app import AppPaths, build_window, start, wait_for_scan
app = QApplication([])
tmp = Path(tempfile.mkdtemp())
w = build_window(AppPaths(tmp / "s.ini", tmp / "d", tmp / "c"))
start(w, [])
w.show()
wait_for_scan(w)
app.processEvents()
shown = w.controller.current_path
w.close()
print(json.dumps({"shown": shown, "modules": sorted(sys.modules)}))
"""


def test_the_first_paint_imports_no_printing_help_or_site_code(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120, check=True).stdout
    result = json.loads(out.splitlines()[-1])
    assert Path(result["shown"]).parent == bundled_library()  # the sample is on screen
    assert [m for m in LATER if m in result["modules"]] == []


#: Not needed before the window first paints: the parser (with its HTML parser), search,
#: the library scan and SQLite (the bookmark file and the caches open just after).
AFTER_PAINT = ["reader.core.parse", "selectolax", "reader.core.search",
               "reader.core.library", "reader.core.bookmarks", "sqlite3",
               # nor what only a shown transcript or a used panel needs (the Bookmarks
               # panel is hidden until there are bookmarks)
               "reader.ui.document", "reader.ui.bookmark_panel", "reader.ui.folders_dialog",
               "reader.core.outline", "reader.core.passages", "reader.core.same_event",
               # nor the transcript model, passages, citations and names (an empty
               # window shows none), nor the file dialogs
               "reader.core.model", "reader.core.anchors", "reader.core.citation",
               "reader.core.masha", "reader.core.links", "reader.core.persons",
               "reader.ui.file_dialogs", "reader.core.library_records", "reader.core.twins"]

RUN = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import reader.app as app_module
app = QApplication([])
seen = {}
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            seen["painted"] = sorted(sys.modules)
        return False
watch = Painted()
app.installEventFilter(watch)
real_start = app_module.start
def start(window, paths):
    seen["started_after_paint"] = "painted" in seen
    real_start(window, paths)
    def done():
        seen["shown"] = window.controller.current_path
        seen["bookmarks_open"] = window.bookmarks.is_open and window.bookmarks.available
        app.quit()
    window.controller.scanner.scan_finished.connect(lambda: QTimer.singleShot(0, done))
app_module.start = start
tmp = Path(tempfile.mkdtemp())
app_module.run([], app_paths=app_module.AppPaths(tmp / "s.ini", tmp / "d", tmp / "c"))
print(json.dumps(seen))
"""


def test_the_command_line_loads_no_parser_for_the_window() -> None:
    """``transcript-reader`` imports reader.cli first: the parser is for its parse,
    search and export commands only."""
    code = "import sys, reader.cli; print(sorted(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, timeout=60,
                         check=True).stdout
    loaded = json.loads(out.replace("'", '"'))
    assert [m for m in AFTER_PAINT if m in loaded] == []


def test_the_window_paints_before_the_library_bookmarks_and_parser_load(
        tmp_path: Path) -> None:
    """The real start (``run``): the first paint happens with none of the parser, search,
    library scan or SQLite loaded; then the sample is read and shown and the bookmark
    file is open."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", RUN], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120, check=True).stdout
    seen = json.loads(out.splitlines()[-1])
    assert [m for m in AFTER_PAINT if m in seen["painted"]] == []
    assert "reader.ui.main_window" in seen["painted"]  # the window itself, of course
    assert seen["started_after_paint"]
    assert Path(seen["shown"]).parent == bundled_library()
    assert seen["bookmarks_open"]


def test_site_commands_built_on_first_use(qtbot: QtBot, make_window: MakeWindow) -> None:
    w = make_window()
    w.show()
    sample = next(bundled_library().glob("*.txt"))
    assert w.controller.open_path(str(sample))
    a = w.commands
    assert not a.other_language.isEnabled()  # a text file: no address on the site
    assert not a.refresh_from_site.isEnabled()
    assert not a.cancel_fetch.isEnabled()
    QGuiApplication.clipboard().setText("no link here")
    a.paste_link.trigger()  # the handler is built now, and answers
    assert w.message_label.text() == "The clipboard holds no link to a transcript"
    assert not a.other_language.isEnabled()


def test_a_page_from_the_site_offers_its_other_language(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    page = require_shared(CORPUS / "en" / "kremlin-en-news-60795.html")
    w = make_window()
    w.show()
    stored = tmp_path / "downloads" / "kremlin-en-60795.html"
    stored.parent.mkdir()
    stored.write_bytes(page.read_bytes())
    w.settings.set_fetch(str(stored.parent), "", False)
    assert w.controller.open_path(str(stored))  # opened, not fetched: no command used
    a = w.commands
    assert a.other_language.isEnabled()
    assert a.other_language.text() == "&Get the Russian Original"
    assert a.refresh_from_site.isEnabled()  # a downloaded page


def test_the_start_up_bench_runs_each_of_its_windows(tmp_path: Path) -> None:
    """``python -m reader.bench window``'s start-up rows: the app, the empty window and the
    same-widgets window each start in a new process and note their first paint (the app
    then the library shown). Which is faster is the bench's business, not a test's."""
    from reader.bench.window import (
        SCREEN,
        STARTUP_APP,
        STARTUP_BASELINE,
        STARTUP_SKELETON,
        _milestones,
    )

    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(SCREEN), encoding="utf-8")
    for code, marks in ((STARTUP_APP, 2), (STARTUP_BASELINE, 1), (STARTUP_SKELETON, 1)):
        home = tmp_path / f"home{marks}{len(code)}"
        home.mkdir()
        got = _milestones(code, home, screen)
        assert len(got) == marks and all(t > 0 for t in got) and got == sorted(got), got


#: Qt classes the first paint does not use. PySide6 makes a class, with its enums as
#: Python enums, when it is first used (0.1-2 ms each): these wait until they are.
LATER_CLASSES = ["QGradient", "QMessageBox", "QFileDialog", "QFileSystemWatcher",
                 "QProgressBar", "QTextCharFormat", "QDesktopServices", "QListWidgetItem",
                 "QTreeWidgetItem"]

#: The real start, watched without an event filter of Python's (one would be handed
#: Qt's own objects, and search PySide6's classes itself).
NO_CLASS_SEARCH = """
import json, sys, tempfile
LATER_CLASSES = %r
from pathlib import Path
import PySide6.QtWidgets
from PySide6.QtWidgets import QApplication
import reader.app as app_module
# PySide6 creates its classes when first used; a search for the class of a widget it did
# not create (see reader.ui.viewports) creates every widget class, this calendar too.
seen = {"lazy": "QCalendarWidget" not in vars(PySide6.QtWidgets)}
import PySide6.QtCore, PySide6.QtGui
real_after_first_paint = app_module.after_first_paint
def after_first_paint(window, work):
    def painted():  # the window has painted; what follows the paint has not run yet
        made = {**vars(PySide6.QtCore), **vars(PySide6.QtGui), **vars(PySide6.QtWidgets)}
        seen["searched"] = "QCalendarWidget" in vars(PySide6.QtWidgets)
        seen["made"] = [name for name in LATER_CLASSES if name in made]
        work()
    real_after_first_paint(window, painted)
app_module.after_first_paint = after_first_paint
def start(window, paths):  # run() calls it just after the first paint
    seen["viewport"] = window.events.view.viewport().objectName()
    seen["icon"] = not QApplication.instance().windowIcon().isNull()  # set by now
    seen["program"] = QApplication.instance().arguments()[0]
    QApplication.instance().quit()
app_module.start = start
tmp = Path(tempfile.mkdtemp())
app_module.run([], app_paths=app_module.AppPaths(tmp / "s.ini", tmp / "d", tmp / "c"))
print(json.dumps(seen))
"""


def test_the_first_paint_needs_no_search_of_pysides_widget_classes(tmp_path: Path) -> None:
    """About 9 ms of a start: the views' viewports are created in Python, so PySide6 is
    never handed a bare QWidget of Qt's before the window first paints."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", NO_CLASS_SEARCH % (LATER_CLASSES,)],
                         capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=120, check=True).stdout
    seen = json.loads(out.splitlines()[-1])
    if not seen["lazy"]:
        pytest.skip("this PySide6 creates all its classes at import")
    assert seen["searched"] is False
    assert seen["made"] == []  # Qt classes the first paint does not use: made later
    assert seen["viewport"] == "qt_scrollarea_viewport"  # (a view's, set up as Qt's)
    assert seen["icon"]  # the window's icon comes right after the paint
    # The window's WM_CLASS, however the app was started; its launcher names the same.
    assert seen["program"] == "transcript-reader"


#: The command's start, as a reader's: is Python's cycle collector on while the window
#: is built, and once it has painted?
COLLECTOR = """
import gc, json, sys
import reader.app as app_module
import reader.cli
from PySide6.QtWidgets import QApplication
seen = {"before": gc.isenabled()}
real_build = app_module.build_window
def build_window(*args, **kwargs):
    seen["building"] = gc.isenabled()
    return real_build(*args, **kwargs)
def start(window, paths):  # run() calls it just after the first paint
    seen["painted"] = gc.isenabled()
    QApplication.instance().quit()
app_module.build_window, app_module.start = build_window, start
code = reader.cli.main([])
seen["after"] = gc.isenabled()
print(json.dumps(seen))
sys.exit(code)
"""


def test_the_cycle_collector_rests_while_the_window_is_built_and_no_longer(
        tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", COLLECTOR], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=120, check=True).stdout
    assert json.loads(out.splitlines()[-1]) == {
        "before": True, "building": False, "painted": True, "after": True}
