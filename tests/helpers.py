"""Shared test helpers (no fixtures: those live in the conftest files). Tests import
from here, never from another test module."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from reader.ui.dialogue import DialogueView
    from reader.ui.main_window import MainWindow

    MakeWindow = Callable[[], MainWindow]
else:
    MakeWindow = Callable[[], Any]

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


# --- modal dialogs -------------------------------------------------------------------------
class UnexpectedModalError(AssertionError):
    """A test opened a modal dialog it did not ask for (it would hang a real run)."""


def modal_entry_points() -> list[tuple[type, str]]:
    """Every way the app could block on a modal dialog: exec() and the static helpers."""
    from PySide6.QtWidgets import (
        QColorDialog,
        QDialog,
        QFileDialog,
        QFontDialog,
        QInputDialog,
        QMessageBox,
    )

    points: list[tuple[type, str]] = []
    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog, QColorDialog, QFontDialog):
        if "exec" in vars(cls):
            points.append((cls, "exec"))
    for name in ("warning", "critical", "information", "question", "about", "aboutQt"):
        points.append((QMessageBox, name))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                 "getExistingDirectory", "getOpenFileUrl", "getOpenFileUrls",
                 "getSaveFileUrl", "getExistingDirectoryUrl"):
        points.append((QFileDialog, name))
    for name in ("getText", "getMultiLineText", "getItem", "getInt", "getDouble"):
        points.append((QInputDialog, name))
    points += [(QColorDialog, "getColor"), (QFontDialog, "getFont")]
    return points


def guard_modals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every modal entry point raise; returns the list of those that were called
    (a raise inside a Qt slot may be swallowed: the caller checks the list too)."""
    opened: list[str] = []
    for cls, name in modal_entry_points():
        what = f"{cls.__name__}.{name}"

        def refuse(*args: object, _what: str = what, **kwargs: object) -> None:
            opened.append(_what)
            raise UnexpectedModalError(
                f"{_what} opened a modal dialog in a test (args {args!r}): patch it, or "
                "use tests.helpers.capture_dialogs")

        monkeypatch.setattr(cls, name, refuse if name == "exec" else staticmethod(refuse))
    return opened


@contextmanager
def capture_dialogs() -> Iterator[list[Any]]:
    """Within the block, QDialog.exec() records the dialog, shows it (not modally, so
    that a test can look at it) and returns Rejected at once."""
    from PySide6.QtWidgets import QDialog

    opened: list[QDialog] = []
    saved = vars(QDialog)["exec"]

    def record(self: QDialog) -> int:
        opened.append(self)
        self.show()
        return int(QDialog.DialogCode.Rejected.value)

    QDialog.exec = record  # type: ignore[method-assign]
    try:
        yield opened
    finally:
        QDialog.exec = saved  # type: ignore[method-assign]


# --- transcripts and windows ----------------------------------------------------------------
def write_fictional(folder: Path, name: str, title: str, date: str, speakers: list[str],
                    turns: int = 6) -> Path:
    """A copied-text transcript with fictional speakers."""
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    y, m, d = date.split("-")
    lines = ["Документ   /", "", title, "", f"{months[int(m) - 1]} {int(d)}, {y}, Fredville",
             "", f"{speakers[0]} met {speakers[-1]} in Fredville.", "", "* * *", ""]
    for i in range(turns):
        who = speakers[i % len(speakers)]
        lines += [f"{who}: Paragraph {i} said by {who}. " + "More words here. " * 8, ""]
    p = folder / name
    p.write_text("\n".join(lines), encoding="utf-8")
    return p


def long_transcript_window(qtbot: QtBot, make_window: Any, folder: Path,
                           turns: int = 80) -> tuple[MainWindow, Path]:
    """A shown 1200 x 700 window with a long fictional transcript open (from ``folder``,
    which becomes the library)."""
    f = write_fictional(folder, "long.txt", "Long talk", "2031-03-04",
                        ["Rufus Firefly", "Ada Quill"], turns=turns)
    w = make_window()
    w.resize(1200, 700)
    w.show()
    open_and_wait(qtbot, w, [str(folder)])
    qtbot.waitUntil(lambda: w.controller.current_path == str(f))
    return w, f


def open_and_wait(qtbot: QtBot, w: MainWindow, paths: list[str]) -> None:
    """Open paths as the command line does, and wait until the library scan is done."""
    from reader.app import start

    with qtbot.waitSignal(w.controller.scanner.scan_finished, timeout=20000):
        start(w, paths)


def turn_names(view: DialogueView) -> list[tuple[str, str]]:
    """(speaker name as shown, its colour) for every turn, read from the document."""
    out = []
    b = view.document().begin()
    while b.isValid():
        row = view.row_of(b)
        if row is not None and row.turn_start:
            frag = b.begin().fragment()
            out.append((frag.text(), frag.charFormat().foreground().color().name().upper()))
        b = b.next()
    return out


# --- interface language ---------------------------------------------------------------------
#: Latin-script words that are at home in a Russian interface: names of fonts, formats,
#: keys, sites, licences and citation styles.
LATIN_ALLOWED = frozenset([
    "arial", "times", "new", "roman", "json", "markdown", "md", "txt", "html", "htm",
    "kremlin", "ru", "en", "cc", "by", "esc", "enter", "shift", "ctrl", "alt", "del", "ins",
    "tab", "f1", "f3", "up", "down", "home", "end", "pgup", "pgdown", "creative", "commons",
    "attribution", "english", "sqlite", "ini", "pdf", "apa", "bibtex"])


def english_words(text: str) -> list[str]:
    """Latin-script words left in a text that should be Russian (file patterns, paths,
    key names and the allowed words above aside)."""
    import re

    text = re.sub(r"\(\*\.[^)]*\)|\*\.\w+", " ", text)  # file patterns (*.json)
    text = re.sub(r"(?:[A-Za-z]:)?[\\/][^\s,;)]+", " ", text)  # paths
    words = re.findall(r"[A-Za-z][A-Za-z']+", text.replace("&", ""))
    return [w for w in words if w.casefold() not in LATIN_ALLOWED]


def visible_texts(root: Any, skip: tuple[Any, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) for every user-visible string of a widget tree: window and dock
    titles, menus and their actions (text, status tip, tool tip), buttons, labels,
    placeholders, accessible names, tool tips, combo box items, header labels. The
    content of lists and documents (names, transcript text) is not included.

    ``skip`` holds widgets whose subtree is not walked (parts not translated yet)."""
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDockWidget,
        QLabel,
        QLineEdit,
        QMenu,
        QTableView,
        QTreeView,
        QWidget,
    )

    out: list[tuple[str, str]] = []
    seen_actions: set[int] = set()

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            out.append((where, text))

    def action(a: QAction, where: str) -> None:
        if id(a) in seen_actions or a.isSeparator():
            return
        seen_actions.add(id(a))
        add(f"{where} action", a.text())
        add(f"{where} status tip", a.statusTip())
        if a.toolTip() != a.text().replace("&", ""):
            add(f"{where} tool tip", a.toolTip())
        if a.menu() is not None:
            menu(a.menu(), f"{where} > {a.text()}")

    def menu(m: QMenu, where: str) -> None:
        add(f"{where} title", m.title())
        for a in m.actions():
            action(a, where)

    def skipped(w: QWidget) -> bool:
        return any(w is s or s.isAncestorOf(w) for s in skip)

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if skipped(w):
            continue
        name = f"{type(w).__name__}({w.objectName()})"
        if w.isWindow() or isinstance(w, QDockWidget):
            add(f"{name} title", w.windowTitle())
        add(f"{name} accessible name", w.accessibleName())
        add(f"{name} tool tip", w.toolTip())
        if isinstance(w, QMenu):
            menu(w, name)
        elif isinstance(w, QAbstractButton):
            add(f"{name} text", w.text())
        elif isinstance(w, QLabel):
            add(f"{name} text", re.sub(r"<[^>]*>", " ", w.text()))  # rich text: no tags
        elif isinstance(w, QLineEdit):
            add(f"{name} placeholder", w.placeholderText())
        elif isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                if w.itemData(i) is None:  # fixed choices; data rows are names
                    add(f"{name} item", w.itemText(i))
        elif isinstance(w, QTreeView | QTableView) and w.model() is not None:
            header = w.header() if isinstance(w, QTreeView) else w.horizontalHeader()
            for c in range(header.count()):
                add(f"{name} header", w.model().headerData(c, Qt.Orientation.Horizontal))
        for a in w.actions():
            action(a, name)
    return out


def english_left(root: Any, skip: tuple[Any, ...] = ()) -> list[tuple[str, str]]:
    """The user-visible strings under ``root`` that still hold English words."""
    return [(where, text) for where, text in visible_texts(root, skip) if english_words(text)]


#: A one-line dialogue body of fictional speakers, for dataset records in tests.
RECORD_BODY = ("Rufus Firefly: Good afternoon, colleagues. We shall talk about teapots today. "
               "Ada Quill: Thank you. The teapot question is a serious one for all of us. ") * 6


def write_record(folder: Path, name: str, **meta: str) -> Path:
    """A dataset record: the text on one line, its title, date and link in a sidecar."""
    import json

    text = folder / f"{name}.txt"
    text.write_text(RECORD_BODY, encoding="utf-8")
    text.with_suffix(".json").write_text(json.dumps({"date": "2031-03-03", **meta}),
                                         encoding="utf-8")
    return text
