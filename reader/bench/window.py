"""The window: open to first paint, view-setting changes, start-up, memory."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from reader.bench.common import LARGEST, median_ms, row
from reader.core import parse_file

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--window-size=1280,800"]


def _chromium_ms(page: Path, runs: int) -> float | None:
    """Headless Chromium opening the saved page to a screenshot (a first paint)."""
    import shutil
    import subprocess
    import tempfile

    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        return None
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}",
                   f"--screenshot={tmp}/shot.png", page.resolve().as_uri()]
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, timeout=60, check=False)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def bench_window(corpus: Path, runs: int, quick: bool = False) -> list[str]:
    """Open the largest transcript to first paint in the real window."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QPlainTextEdit
    from reader.app import AppPaths, build_window

    app = QApplication.instance() or QApplication([])
    largest = corpus / LARGEST
    with tempfile.TemporaryDirectory() as tmp:
        window = build_window(AppPaths(Path(tmp) / "s.ini", Path(tmp) / "d", Path(tmp) / "c"))
        window.resize(1400, 860)
        window.show()
        app.processEvents()

        def open_and_paint() -> None:
            window.controller.open_path(str(largest))
            window.dialogue.viewport().repaint()

        open_ms = median_ms(open_and_paint, runs)

        def open_complete() -> None:
            window.controller.open_path(str(largest))
            window.dialogue.viewport().repaint()
            window.dialogue.ensure_complete()
            window.dialogue.viewport().repaint()

        complete_ms = median_ms(open_complete, runs)
        from dataclasses import replace

        from reader.core.viewsettings import ViewSettings

        window.controller.open_path(str(largest))
        sizes = iter([130, 100] * runs * 2)
        themes = iter(["sepia", "light"] * runs * 2)

        def change_size() -> None:
            window.apply_view(replace(window.view, font_percent=next(sizes)))
            window.dialogue.viewport().repaint()

        def change_theme() -> None:
            window.apply_view(replace(window.view, theme=next(themes)))
            window.dialogue.viewport().repaint()

        def no_change() -> None:
            window.dialogue.viewport().repaint()

        size_ms = median_ms(change_size, runs)
        theme_ms = median_ms(change_theme, runs)
        repaint_ms = median_ms(no_change, runs)
        window.apply_view(ViewSettings())
        plain = QPlainTextEdit()
        plain.resize(900, 800)
        plain.show()
        text = parse_file(largest)
        body = "\n\n".join(p for b in text.blocks for p in b.paragraphs)

        def plain_paint() -> None:
            plain.setPlainText(body)
            plain.viewport().repaint()

        plain_ms = median_ms(plain_paint, runs)
        window.close()
        plain.close()
    chromium = _chromium_ms(largest, 1 if quick else max(3, runs // 4))
    change_rows = [
        row("change the font size on the largest transcript", f"{size_ms:.0f} ms",
             f"{repaint_ms:.1f} ms (the same repaint, no change)",
             f"{size_ms / max(repaint_ms, 0.01):.0f}x", "<= 50 ms"),
        row("change the colour scheme on the largest transcript", f"{theme_ms:.0f} ms",
             f"{repaint_ms:.1f} ms (the same repaint, no change)",
             f"{theme_ms / max(repaint_ms, 0.01):.0f}x", "<= 50 ms"),
    ]
    rows = [row("open the largest transcript to first paint (parse + render + paint)",
                f"{open_ms:.0f} ms", f"{plain_ms:.0f} ms (QPlainTextEdit, same text)",
                f"{open_ms / plain_ms:.1f}x", "<= 100 ms"),
            row("  … and the whole transcript laid out (the rest follows the first paint)",
                f"{complete_ms:.0f} ms", f"{plain_ms:.0f} ms (QPlainTextEdit, same text)",
                f"{complete_ms / plain_ms:.1f}x", "—")]
    if chromium is not None:
        rows.append(row("  the same against headless Chromium opening the saved page",
                         f"{open_ms:.0f} ms", f"{chromium:.0f} ms (chromium --screenshot)",
                         f"{chromium / open_ms:.1f}x faster", ">= 5x faster"))
    return rows + change_rows


#: Both sides note the end of the window's first paint the same way: Qt paints a
#: window's widgets while it handles the window's first Expose, and a zero timer posted
#: then runs just after that paint. The app does it itself (reader.ui.first_paint: run()
#: hands it the work that follows the paint, noted here before that work); the baseline
#: below does the same in a few lines.
STARTUP_APP = """
import gc, sys, time
import reader.cli  # what the transcript-reader command runs
from reader.pyside_start import skip_feature_scan
skip_feature_scan()  # as reader.cli.main does before it imports the window's modules,
gc.disable()  # and this (main turns it off again: harmless)
import reader.app as app_module
from PySide6.QtWidgets import QApplication
real_after_first_paint = app_module.after_first_paint
def after_first_paint(window, work):  # what run() does once the window has painted
    def noted():
        print(time.time(), flush=True)  # painted: the work is what follows the paint
        work()  # the icon, the library, the bookmarks, the last transcript
        app_module.wait_for_scan(window)
        QApplication.processEvents()
        window.repaint()
        print(time.time(), flush=True)  # the library listed and a transcript shown
        window.close()  # as a reader closes it: the next start finds its settings
    real_after_first_paint(window, noted)
app_module.after_first_paint = after_first_paint
sys.exit(reader.cli.main([]))
"""
#: The end of both windows' runs below (``w``, ``app``): shown at the app's first size, the
#: first paint noted as the app notes it.
_SHOW_AND_NOTE_THE_PAINT = """
w.resize(1400, 860)
w.show()
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False
def painted():
    print(time.time())
    app.quit()
watch = FirstPaint()
w.windowHandle().installEventFilter(watch)
app.exec()
"""
STARTUP_BASELINE = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
""" + _SHOW_AND_NOTE_THE_PAINT

#: What PySide6 itself costs for a window like the app's, with no application code: the
#: same kinds of widgets (menus, two toolbars, filters, a tree, a text browser, two docks
#: with lists, a status bar), the ``Qt`` namespace's enums, and a style whose drawing goes
#: through Python (as the app's accessible style does). A diagnostic, not a target.
STARTUP_SKELETON = """
import time
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDockWidget, QLabel,
    QLineEdit, QListWidget, QMainWindow, QProxyStyle, QSplitter, QTextBrowser, QToolBar,
    QTreeView, QTreeWidget, QVBoxLayout, QWidget)
class Style(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None):
        super().drawPrimitive(element, option, painter, widget)
    def drawControl(self, element, option, painter, widget=None):
        super().drawControl(element, option, painter, widget)
    def drawComplexControl(self, control, option, painter, widget=None):
        super().drawComplexControl(control, option, painter, widget)
app = QApplication([])
app.setStyle(Style("Fusion"))
w = QMainWindow()
for title in ("&File", "&Edit", "&Bookmarks", "&Library", "&Go", "&View", "&Help"):
    menu = w.menuBar().addMenu(title)
    for i in range(7):
        menu.addAction(f"Command {i}").setShortcut(f"Ctrl+Shift+{i}")
for n in (4, 18):
    bar = QToolBar()
    for i in range(n):
        bar.addAction(f"Tool {i}")
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
left = QWidget()
column = QVBoxLayout(left)
for field in (QLineEdit(), QDateEdit(), QDateEdit(), QComboBox(), QTreeView(), QLabel("0")):
    column.addWidget(field)
split = QSplitter(Qt.Orientation.Horizontal)
split.addWidget(left)
split.addWidget(QTextBrowser())
w.setCentralWidget(split)
for name, inner in (("Speakers", QTreeWidget()), ("Outline", QListWidget())):
    dock = QDockWidget(name, w)
    dock.setWidget(inner)
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
w.statusBar().addWidget(QLabel("Font size 100%"), 1)
""" + _SHOW_AND_NOTE_THE_PAINT


#: The offscreen platform's screen: the first start's window is then 1400 x 860 (80%),
#: the baseline's size.
SCREEN = {"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1750, "height": 1075,
                       "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}


def _milestones(code: str, home: Path, screen: Path) -> list[float]:
    """Run ``code`` in a new process with ``home`` as its home folder (settings, data and
    caches under it): the milliseconds from starting it to each time it prints (the
    process's exit is not counted, for either side)."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, timeout=120, env=env).stdout
    return [(float(line) - t0) * 1000 for line in out.split()]


def bench_startup(runs: int) -> list[str]:
    """Start the app as the ``transcript-reader`` command does (reader.cli.main, in a new
    process, a fresh home folder) beside an empty QMainWindow started the same way: to the
    painted window, then to the library listed and a transcript shown; on a first start
    (nothing saved, nothing cached) and on a later one (what a reader's next start finds:
    the settings, the caches, the last transcript reopened)."""
    import compileall
    import json
    import tempfile

    import reader

    # An installed app has its bytecode compiled by pip; a checkout run with
    # PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module at every start.
    compileall.compile_dir(Path(reader.__file__).parent, quiet=1)
    n = max(5, runs // 2)
    with tempfile.TemporaryDirectory() as top:
        screen = Path(top) / "screen.json"
        screen.write_text(json.dumps(SCREEN), encoding="utf-8")
        later = Path(top) / "later"
        later.mkdir()
        _milestones(STARTUP_APP, later, screen)  # the first start: it leaves caches, settings
        _milestones(STARTUP_BASELINE, later, screen)  # and warms the disk cache for both
        first: list[tuple[float, float, float]] = []
        again: list[tuple[float, float, float]] = []
        skeleton: list[tuple[float, float]] = []
        for i in range(n):
            fresh = Path(top) / f"fresh{i}"
            fresh.mkdir()
            base = _milestones(STARTUP_BASELINE, fresh, screen)[0]
            paint, full = _milestones(STARTUP_APP, fresh, screen)
            first.append((paint, full, base))
            base = _milestones(STARTUP_BASELINE, later, screen)[0]
            paint, full = _milestones(STARTUP_APP, later, screen)
            again.append((paint, full, base))
            skeleton.append((_milestones(STARTUP_SKELETON, fresh, screen)[0], base))
    rows = []
    for label, got in (("a first start (nothing saved, nothing cached)", first),
                       ("a later start (library cached, last transcript reopened)", again)):
        base = statistics.median(b for _, _, b in got)
        for what, k, target in (("to the painted window", 0, "<= 2x baseline"),
                                ("  … to the library listed and a transcript shown", 1, "—")):
            ms = statistics.median(r[k] for r in got)
            ratio = statistics.median(r[k] / r[2] for r in got)
            rows.append(row(f"start the app, {label}: {what}" if k == 0 else what,
                            f"{ms:.0f} ms", f"{base:.0f} ms (new process: import PySide6, "
                            "an empty QMainWindow painted)", f"{ratio:.2f}x", target))
    ms = statistics.median(k for k, _ in skeleton)
    rows.append(row("  for comparison: a window of the same kinds of widgets and style hooks, "
                    "no application code (PySide6's own share)", f"{ms:.0f} ms",
                    f"{statistics.median(b for _, b in skeleton):.0f} ms (the same empty "
                    "QMainWindow)", f"{statistics.median(k / b for k, b in skeleton):.1f}x",
                    "—"))
    return rows
