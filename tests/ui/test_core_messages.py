"""The parser's messages (English in the core, for the command line) reach the window in
its language: every message the core can give is in the catalogue, and in Russian none
is left in English."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot
from reader.app import AppPaths, install_translations
from reader.core import parse_bytes
from reader.core.errors import ParseError
from reader.ui.core_messages import known, translated
from tests.helpers import ROOT, english_words, open_and_wait, write_fictional

CORE = ROOT / "reader" / "core"


def _sample(node: ast.expr) -> str | None:
    """The text of a string or f-string argument, each formatted value given as "1"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "1" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _sample(node.left), _sample(node.right)
        return left + right if left is not None and right is not None else None
    return None


def core_messages() -> Iterator[tuple[str, str]]:
    """(where, message) for each ParseError reason and parser warning written out in the
    core's source (their variable parts as "1")."""
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(
                f, ast.Attribute) else ""
            arg = None
            if name == "ParseError" and len(node.args) == 2:
                arg = node.args[1]
            elif name == "append" and isinstance(f, ast.Attribute) and isinstance(
                    f.value, ast.Name) and f.value.id == "warnings" and node.args:
                arg = node.args[0]
            text = _sample(arg) if arg is not None else None
            if text is not None:
                yield f"{path.relative_to(ROOT)}:{node.lineno}", text


def test_every_message_the_core_gives_is_in_the_catalogue() -> None:
    found = list(core_messages())
    assert len(found) > 20
    # A nested one ("sidecar x ignored: <reason>") and the reasons of the size limits.
    assert not [(where, text) for where, text in found if not known(text)]
    for kind in ("a named pipe (FIFO)", "a socket", "a device", "a special file"):
        assert known(kind) and known(f"not a regular file ({kind}); not read")


@pytest.fixture
def russian(qapp: QCoreApplication) -> Iterator[None]:
    install_translations(qapp, QLocale("ru_RU"))
    yield
    install_translations(qapp, QLocale("en_US"))


@pytest.mark.usefixtures("russian")
def test_in_russian_no_message_of_the_core_is_left_in_english() -> None:
    left = [(where, translated(text), english_words(translated(text)))
            for where, text in core_messages()]
    # Names of formats and encodings stay as they are (JSON, HTML, UTF-8, body/text).
    allowed = {"json", "html", "utf", "kremlin", "body", "text", "fffd"}
    assert [x for x in left if {w.casefold() for w in x[2]} - allowed] == []


@pytest.mark.usefixtures("russian")
def test_plural_forms_and_kept_values() -> None:
    assert translated("1 invalid UTF-8 byte(s) replaced with U+FFFD") == \
        "1 недопустимый байт UTF-8 заменён на U+FFFD"
    assert translated("3 invalid UTF-8 byte(s) replaced with U+FFFD").startswith(
        "3 недопустимых байта")
    assert translated("decoded as cp1251 (not UTF-8)") == \
        "прочитан в кодировке cp1251 (не UTF-8)"
    assert translated("sidecar talk.json ignored: not a JSON object") == \
        "файл описания talk.json не учтён: не объект JSON"
    assert translated("something the catalogue does not know") == \
        "something the catalogue does not know"  # shown as it is, never lost


def test_in_english_the_messages_are_the_cores() -> None:
    for _, text in core_messages():
        if not re.search(r"byte\(s\)|words of text", text):  # (their English plurals)
            assert translated(text) == text
    assert translated("1 invalid UTF-8 byte(s) replaced with U+FFFD") == \
        "1 invalid UTF-8 byte replaced with U+FFFD"


def test_a_russian_window_says_why_a_file_was_not_read_in_russian(
        qtbot: QtBot, app_paths: AppPaths, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from reader.app import build_window

    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02binary" * 50)
    with pytest.raises(ParseError):
        parse_bytes(bad.read_bytes(), str(bad))
    QSettings(str(app_paths.settings), QSettings.Format.IniFormat).setValue(
        "interface/language", "ru")
    try:
        w = build_window(app_paths)
        qtbot.addWidget(w)
        open_and_wait(qtbot, w, [])
        got: list[tuple[str, str]] = []
        w.controller.open_failed.connect(lambda p, r: got.append((p, r)))
        assert not w.controller.open_path(str(bad))  # small: read at once
        assert got == [(str(bad), "двоичные данные, а не текст")]
        assert w.message_label.text().endswith("broken.txt: двоичные данные, а не текст")
        # A warning of a transcript that was read: in the status line, in Russian.
        odd = write_fictional(tmp_path, "odd.txt", "Teapot talk", "2031-01-02",
                              ["Rufus Firefly", "Ada Quill"])
        odd.write_bytes(odd.read_bytes().replace(b"Paragraph 2", b"Paragraph \xff 2"))
        assert w.controller.open_path(str(odd))
        assert w.controller.current is not None and w.controller.current.warnings
        assert w.message_label.text() == "1 недопустимый байт UTF-8 заменён на U+FFFD"
    finally:
        install_translations(QCoreApplication.instance(), QLocale("en_US"))  # type: ignore[arg-type]


def store_messages() -> Iterator[tuple[str, str]]:
    """(where, message) for what the bookmark file's code can say: the StoreError and
    damage reasons written out in it, each change's "what was not done" with each reason
    of store_errors, and the two notices (their variable parts as "1")."""
    from reader.core.store_errors import _REASONS

    reasons = list(_REASONS.values())
    for path in (CORE / "bookmarks.py", CORE / "store_errors.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(
                    f, ast.Attribute) else ""
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                if name in ("StoreError", "StoreWriteError") and len(node.args) >= 2:
                    text = _sample(node.args[1])
                    if text is not None and not text.startswith("1:"):
                        yield where, text.replace("1", reasons[1]) if text.endswith(
                            ": 1") else text
                elif name == "_DamagedError" and node.args:
                    text = _sample(node.args[0])
                    if text is not None:
                        yield where, text
                elif name in ("_tx", "_write") and node.args:
                    doing = _sample(node.args[0])
                    if doing is not None and doing != "1":
                        for why in reasons:
                            yield where, f"{doing}: {why}"
                            yield where, f"{doing}: {why} (disk I/O error)"
            elif isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Attribute) and t.attr in ("recovered", "problem")
                    for t in node.targets):
                text = _sample(node.value)
                if text is not None:
                    yield f"{path.relative_to(ROOT)}:{node.lineno}", text


def test_every_message_of_the_bookmark_file_is_in_the_catalogue() -> None:
    found = list(store_messages())
    assert len(found) > 60
    assert [(where, text) for where, text in found if not known(text)] == []
    assert known("the change was not saved: the file is open read-only (The bookmark file "
                 "/home/ada/b.sqlite can be read but not changed: the disk is full. Bookmarks "
                 "are shown; new ones and changes cannot be saved until that is fixed.)")


@pytest.mark.usefixtures("russian")
def test_in_russian_the_bookmark_files_messages_are_russian() -> None:
    left = [(where, translated(text)) for where, text in store_messages()
            if {w.casefold() for w in english_words(translated(text))} - {"sqlite", "disk",
                                                                          "error", "o"}]
    assert left == []
    assert translated("the note was not saved: the disk is full (database or disk is "
                      "full)").endswith("(database or disk is full)")  # SQLite's own words
