"""Composition root: builds settings, stores and the window, and runs the application."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QRect,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reader import __version__
from reader.core.markup import rich_text_safe
from reader.core.palette import LookAssigner
from reader.core.paths import bundled_library, private_app_dir, private_file
from reader.core.themes import bundled_themes
from reader.core.viewsettings import DEFAULT_DARK_THEME, DEFAULT_THEME
from reader.desktop import APP_ID, icon_path
from reader.settings import Settings
from reader.ui.about_facts import AboutFacts
from reader.ui.bookmark_controller import BookmarkController
from reader.ui.controller import ReaderController
from reader.ui.first_paint import after_first_paint
from reader.ui.library_model import LibraryModel
from reader.ui.main_window import MainWindow
from reader.ui.quitting import leave
from reader.ui.scanner import LibraryScanner
from reader.ui.single_instance import SingleWindow

if TYPE_CHECKING:
    from reader.core.bookmarks import BookmarkStore

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1400, 860)


@dataclass
class AppPaths:
    """Where the settings, the user's data (bookmarks) and the caches are kept."""

    settings: Path | None  # an INI file; None for the platform's default store
    data: Path
    cache: Path

    @classmethod
    def standard(cls) -> AppPaths:
        loc = QStandardPaths.StandardLocation
        return cls(None, Path(QStandardPaths.writableLocation(loc.AppDataLocation)),
                   Path(QStandardPaths.writableLocation(loc.CacheLocation)))


TRANSLATOR = "reader-translator"  # object name of the translators this module installs


def i18n_dir() -> Path:
    """resources/i18n beside the package in a checkout, inside it when installed."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources" / "i18n", here.parent / "resources" / "i18n"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources" / "i18n"


def interface_locale(language: str) -> QLocale:
    """The locale of the interface: the user's choice, or the system's."""
    if language == "ru":
        return QLocale("ru_RU")
    if language == "en":
        return QLocale("en_US")
    return QLocale.system()


def install_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Install the app's translation and Qt's own (standard buttons, dialogs, context
    menus) for the locale, replacing those installed before; dates and numbers follow
    the same locale. English needs a catalogue too: it holds the plural forms."""
    for old in app.findChildren(QTranslator, TRANSLATOR):
        app.removeTranslator(old)
        old.setParent(None)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    # Later installed, first asked: the gaps of Qt's catalogue before the catalogue.
    for name, folder in (("reader", str(i18n_dir())), ("qtbase", qt_dir),
                         ("qtbase_gaps", str(i18n_dir()))):
        t = QTranslator(app)
        t.setObjectName(TRANSLATOR)
        found = t.load(locale, name, "_", folder)
        if not found and name == "reader":
            found = t.load("reader_en", folder)  # plural forms for any other language
        if found:
            app.installTranslator(t)
            installed.append(t)
        else:
            t.setParent(None)
            if name != "qtbase_gaps":  # (English has no gaps)
                log.info("no %s translation for %s in %s", name, locale.name(), folder)
    return installed


def desktop_theme() -> str:
    """The first-start theme follows the system's dark mode."""
    hints = QGuiApplication.styleHints()
    dark = hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark
    return DEFAULT_DARK_THEME if dark else DEFAULT_THEME


def open_bookmarks(path: Path) -> tuple[BookmarkStore | None, str | None]:
    """The bookmark store, and what the user must be told about it (if anything): it
    was damaged and set aside, it can be read but not written, or it cannot be used."""
    from reader.core.bookmarks import BookmarkStore, StoreError  # SQLite after the paint
    from reader.ui.core_messages import translated

    try:
        store = BookmarkStore(path)
    except StoreError as exc:
        reason = f"{exc.path}: {translated(exc.reason)}"
    except OSError as exc:
        reason = f"{path}: {exc.strerror or exc}"
    else:
        notice = store.recovered or store.problem  # set aside; read-only: a full disk...
        return store, translated(notice) if notice else None
    return None, QCoreApplication.translate(
        "App", "Bookmarks are off for this run: {reason}").format(reason=reason)


def private_app_dirs(paths: AppPaths) -> None:
    """Our data and cache folders readable by the user alone (0700); the bookmark
    database and the settings file 0600 (a replaced file keeps the mode)."""
    for folder in (paths.data, paths.cache):
        with contextlib.suppress(OSError):
            private_app_dir(folder)
    if paths.settings is not None:
        with contextlib.suppress(OSError):
            private_file(paths.settings)


def keep_private(qs: QSettings) -> None:
    if qs.format() == QSettings.Format.NativeFormat and sys.platform in ("win32", "darwin"):
        return  # the registry / a plist in the user's own Library
    with contextlib.suppress(OSError):
        settings_file = Path(qs.fileName())
        private_app_dir(settings_file.parent)
        private_file(settings_file)


def warn_bookmarks(window: MainWindow, problem: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # (rarely needed: not before the first paint)

    QMessageBox.warning(window, QCoreApplication.translate("App", "Bookmarks"),
                        rich_text_safe(problem))  # it names the file: never read as markup


def build_window(paths: AppPaths, theme: str | None = None,
                 font_size: int | None = None) -> MainWindow:
    """Everything the window needs, built from injected locations (tests use tmp_path).

    ``theme`` and ``font_size`` override the saved view settings for this run only."""
    private_app_dirs(paths)
    qs = (QSettings(str(paths.settings), QSettings.Format.IniFormat) if paths.settings
          else QSettings())
    keep_private(qs)
    settings = Settings(qs)
    app = QCoreApplication.instance()
    if app is not None:
        install_translations(app, interface_locale(settings.language()))
        if isinstance(app, QGuiApplication):
            # The platform adds it to window titles that lack it: in the window's language.
            app.setApplicationDisplayName(
                QCoreApplication.translate("MainWindow", "Transcript Reader"))
    themes = bundled_themes(cache=paths.cache / "themes.json")
    view = settings.view_settings(desktop_theme())
    if view.theme not in themes:
        view = replace(view, theme=DEFAULT_THEME)
    if theme is not None:
        view = replace(view, theme=theme)
    if font_size is not None:
        view = replace(view, font_percent=font_size)
    model = LibraryModel()
    scanner = LibraryScanner(paths.cache / "library.sqlite", paths.cache / "search.sqlite")
    slots = LookAssigner(paths.data / "speaker-colours.json")
    controller = ReaderController(settings, model, scanner, slots)
    # The bookmark file is opened after the first paint (start) or when first needed.
    bookmarks = BookmarkController(partial(open_bookmarks, paths.data / "bookmarks.sqlite"))
    about = AboutFacts(settings.file_name(), str(paths.data / "bookmarks.sqlite"),
                       [str(paths.cache)])
    window = MainWindow(controller, bookmarks, themes, view,
                        persist_view=theme is None and font_size is None, about=about)
    bookmarks.setParent(window)
    if app is not None:
        # However the application ends, the scanning thread is stopped first.
        app.aboutToQuit.connect(scanner.shutdown)
    bookmarks.problem.connect(
        lambda problem: QTimer.singleShot(0, partial(warn_bookmarks, window, problem)))
    settings.setParent(window)
    model.setParent(window)
    scanner.setParent(window)
    controller.setParent(window)
    return window


def start(window: MainWindow, paths: list[str]) -> None:
    """Open the given paths, or the saved library (the bundled one by default), and the
    last transcript read."""
    c = window.controller
    if paths:
        # abspath: normalised ("..") without resolving links, as the list spells paths
        window.files.open_paths([os.path.abspath(p) for p in paths])  # noqa: PTH100
        window.bookmarks.open_store()
        return
    if not c.settings.has_library():
        c.library.add([str(bundled_library())])  # the first start: the bundled sample
    else:
        c.follow_library()
    window.bookmarks.open_store()  # while the scanner's thread reads the library
    last = c.settings.last_transcript()
    if last and Path(last).is_file():
        c.open_path(last)
    else:
        c.open_newest_when_scanned()


def wait_for_scan(window: MainWindow, timeout_ms: int = 60000) -> None:
    scanner = window.controller.scanner
    if not scanner.busy:
        return
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    scanner.scan_finished.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def set_identity(app: QApplication) -> None:
    """Names: where settings and data live, what window titles say."""
    app.setApplicationName("transcript-reader")
    app.setOrganizationName("transcript-reader")
    app.setApplicationDisplayName("Transcript Reader")
    app.setApplicationVersion(__version__)


def set_icon(app: QApplication) -> None:
    """The icon every window shows (the desktop draws it, not the window's first paint:
    it is set right after that paint, with the SVG icon engine it loads)."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(icon_path())))


def come_forward(window: MainWindow, paths: list[str]) -> None:
    """A second start handed its files over: open them here, and show this window."""
    if paths:
        window.files.open_paths(paths)
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def run(paths: list[str], screenshot: str | None = None, app_paths: AppPaths | None = None,
        theme: str | None = None, font_size: int | None = None) -> int:
    # The program's name, however it was started (python -m reader names __main__.py): the
    # desktop matches the window to its launcher by it (WM_CLASS, StartupWMClass).
    app = QApplication.instance() or QApplication([APP_ID])
    assert isinstance(app, QApplication)
    set_identity(app)
    app_paths = app_paths or AppPaths.standard()
    single: SingleWindow | None = None
    if not screenshot:
        single = SingleWindow(app_paths.data)
        # abspath: the open window resolves them against its own folder otherwise
        if single.hand_over([os.path.abspath(p) for p in paths]):  # noqa: PTH100
            print("transcript-reader: the window already open took "
                  + (", ".join(paths) if paths else "the request"), file=sys.stderr)
            return 0
    window = build_window(app_paths, theme, font_size)
    if screenshot:
        # The first window as a new user sees it, at this size.
        w, h = SCREENSHOT_SIZE
        window.first_layout(QRect(0, 0, round(w / 0.8), round(h / 0.8)))
        set_icon(app)
        start(window, paths)
        window.show()
        wait_for_scan(window)
        app.processEvents()
        ok = window.grab().save(screenshot)
        window.close()
        if not ok:
            print(f"transcript-reader: could not write {screenshot}", file=sys.stderr)
            return 2
        return 0
    window.restore()
    window.show()
    assert single is not None
    single.open_requested.connect(lambda handed: come_forward(window, handed))
    app.aboutToQuit.connect(single.release)

    def after_paint() -> None:
        gc.enable()  # (reader.cli.main turned it off for the start)
        set_icon(app)
        start(window, paths)
        single.listen()  # second starts hand their files to this window from now on

    # The window paints first; the library, bookmarks and last transcript follow.
    after_first_paint(window, after_paint)
    # A worker still busy at quit must not abort the process when the window goes.
    return leave(window, app.exec())
