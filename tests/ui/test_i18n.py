"""The interface in Russian and English: the language setting, the system locale, Qt's
own strings, plural forms, and the translation files kept current."""

from __future__ import annotations

import importlib.util
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from reader.app import AppPaths, build_window, install_translations
from reader.ui.help import AboutDialog, ShortcutsDialog
from reader.ui.main_window import MainWindow
from tests.helpers import ROOT, english_left, english_words, visible_texts

I18N = ROOT / "resources" / "i18n"


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QCoreApplication) -> Iterator[None]:
    """Translators are application-wide: leave the next test in English."""
    yield
    install_translations(qapp, QLocale("en_US"))
    QGuiApplication.setApplicationDisplayName("Transcript Reader")


def window_in(qtbot: QtBot, app_paths: AppPaths, language: str) -> MainWindow:
    QSettings(str(app_paths.settings), QSettings.Format.IniFormat).setValue(
        "interface/language", language)
    w = build_window(app_paths)
    qtbot.addWidget(w)
    return w


def untranslated_parts(w: MainWindow) -> list[tuple[str, str]]:
    """English left anywhere in the window (the search panel built too), apart from
    transcript content: the text itself, and its title in the window's title."""
    assert w.search_panel is not None  # built on first use: build it to walk it
    content = w.controller.current.title if w.controller.current is not None else None
    return [(where, text) for where, text in english_left(w, skip=(w.dialogue,))
            if not (content and text.startswith(content + " — "))]


def test_russian_by_setting(qtbot: QtBot, app_paths: AppPaths) -> None:
    w = window_in(qtbot, app_paths, "ru")
    texts = visible_texts(w)
    assert len(texts) > 150  # the walk sees the menus, tool bars and panels
    assert untranslated_parts(w) == []
    titles = [m.title() for m in w.menus.values()]
    assert titles == ["&Файл", "&Правка", "&Закладки", "&Библиотека", "П&ереход", "&Вид",
                      "&Справка"]
    assert w.windowTitle() == "Чтение стенограмм"
    # What the platform appends to a window's title, when it lacks it: Russian too.
    assert QGuiApplication.applicationDisplayName() == "Чтение стенограмм"
    assert w.commands.bookmark.statusTip() == "Добавить закладку на выделенный фрагмент"
    assert w.view_bar.theme_buttons["white-on-black"].toolTip() == "Цвета: Белым по чёрному"
    # Qt's own strings come from its Russian catalogue (qtbase_ru.qm in the wheel).
    menu = w.dialogue.createStandardContextMenu()
    assert "Выделить всё" in [a.text().replace("&", "").split("\t")[0]
                              for a in menu.actions()]
    dialog = ShortcutsDialog(w.shortcut_actions(), w)
    qtbot.addWidget(dialog)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Закрыть"
    # Qt's file dialog: two labels its Russian catalogue lacks come from qtbase_gaps_ru.
    from PySide6.QtWidgets import QFileDialog, QLabel

    files = QFileDialog(w, "x")
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(files)
    labels = [label.text() for label in files.findChildren(QLabel) if label.text()]
    assert labels and not [t for t in labels if english_words(t)], labels
    # Qt's print dialog: "Page &Set:" is one of those gaps too.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    printing = QPrintDialog(printer, w)
    qtbot.addWidget(printing)
    labels = [label.text() for label in printing.findChildren(QLabel) if label.text()]
    assert "&Список страниц:" in labels
    assert not [t for t in labels if english_words(t)], labels
    assert english_left(dialog) == []
    about = AboutDialog(w.about_facts, w)
    qtbot.addWidget(about)
    assert english_left(about) == []
    assert "CC BY 4.0" in about.text.text()
    assert QLocale().toString(1234567) == "1\xa0234\xa0567"


def test_russian_by_system_locale(qtbot: QtBot, app_paths: AppPaths,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    w = window_in(qtbot, app_paths, "system")
    assert untranslated_parts(w) == []
    assert w.menus["help"].title() == "&Справка"


def test_english_by_setting_on_a_russian_system(qtbot: QtBot, app_paths: AppPaths,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    w = window_in(qtbot, app_paths, "en")
    assert [m.title() for m in w.menus.values()] == [
        "&File", "&Edit", "&Bookmarks", "&Library", "&Go", "&View", "&Help"]
    assert w.windowTitle() == "Transcript Reader"
    assert w.events.count_text(1, 1) == "1 event"
    assert w.events.count_text(2, 21) == "2 of 21 events"
    # The walk that finds no English in Russian finds it all here (it is not vacuous).
    assert len(untranslated_parts(w)) > 100
    assert not [t for _, t in visible_texts(w) if any("а" <= c <= "я" for c in t.lower())
                and t != "&Русский" and "Ц" not in t]


@pytest.mark.parametrize(("n", "expected", "of"), [
    (1, "1 событие", "0 из 1 события"),
    (2, "2 события", "0 из 2 событий"),
    (5, "5 событий", "0 из 5 событий"),
    (21, "21 событие", "0 из 21 события"),
    (1234, "1\xa0234 события", "0 из 1\xa0234 событий"),
])
def test_russian_plural_forms(qtbot: QtBot, app_paths: AppPaths, n: int, expected: str,
                              of: str) -> None:
    w = window_in(qtbot, app_paths, "ru")
    assert w.events.count_text(n, n) == expected
    assert w.events.count_text(0, n) == of


def test_the_english_walk_finds_english() -> None:
    # The detector itself: English is found, Russian and the allowed words are not.
    assert english_words("Open &Folder…") == ["Open", "Folder"]
    assert english_words("Стенограммы (*.txt *.html);;Все файлы (*)") == []
    assert english_words("Копировать ссылку на kremlin.ru (Ctrl+Shift+L)") == []
    assert english_words("Arial (без засечек)") == []


def test_the_language_choice_is_offered_in_the_view_menu(qtbot: QtBot,
                                                          app_paths: AppPaths) -> None:
    w = window_in(qtbot, app_paths, "ru")
    language = next(a.menu() for a in w.menus["view"].actions() if a.menu() is not None
                    and w.commands.language["ru"] in a.menu().actions())
    assert [a.text() for a in language.actions()] == ["Как в &системе", "&English",
                                                      "&Русский"]
    assert w.commands.language["ru"].isChecked()


# --- the translation files are current --------------------------------------------------------
def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or ""): m
            for c in root.iter("context") for m in c.iter("message")}


def test_every_string_in_the_code_is_translated(tmp_path: Path) -> None:
    tool = load_tool()
    fresh = tmp_path / "fresh_ru.ts"
    subprocess.run([tool.tool("pyside6-lupdate"), "-silent", "-locations", "none",
                    *tool.sources(), "-ts", str(fresh)], check=True, cwd=ROOT, timeout=120)
    in_code = messages(fresh)
    assert len(in_code) > 150
    committed = messages(I18N / "reader_ru.ts")
    missing = sorted(k for k in in_code if k not in committed)
    assert missing == [], "run tools/update_translations.py and translate"
    assert tool.unfinished(I18N / "reader_ru.ts") == []
    plural = {k for k, m in in_code.items() if m.get("numerus") == "yes"}
    assert plural and plural <= set(messages(I18N / "reader_en.ts"))
    assert tool.unfinished(I18N / "reader_en.ts") == []
    for k in plural:
        forms = committed[k].findall("translation/numerusform")
        assert len(forms) == 3 and all(f.text for f in forms), k


@pytest.mark.parametrize("name", ["reader_ru", "reader_en", "qtbase_gaps_ru"])
def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path, name: str) -> None:
    tool = load_tool()
    out = tmp_path / f"{name}.qm"
    tool.lrelease(I18N / f"{name}.ts", out)
    assert out.read_bytes() == (I18N / f"{name}.qm").read_bytes()


def test_an_unknown_language_setting_follows_the_system(qtbot: QtBot, app_paths: AppPaths,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    w = window_in(qtbot, app_paths, "klingon")
    assert w.settings.language() == "system"
    assert w.commands.language["system"].isChecked()
    assert w.menus["file"].title() == "&Файл"


def test_russian_window_in_use_has_no_english_but_content(
        qtbot: QtBot, app_paths: AppPaths, seed_file: Path) -> None:
    """An English transcript open, a bookmark made, a library search run: every label,
    status, header and panel of the window is Russian; only the transcript is English."""
    from tests.helpers import open_and_wait

    w = window_in(qtbot, app_paths, "ru")
    w.show()
    open_and_wait(qtbot, w, [str(seed_file)])
    cursor = w.dialogue.document().find("They were enjoyable.")
    w.dialogue.setTextCursor(cursor)
    w.commands.bookmark.trigger()
    panel = w.bookmark_panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    status = panel.proxy.index(0, panel.proxy.columnCount() - 1).data()
    assert status and not english_words(status), status
    search = w.search_panel
    with qtbot.waitSignal(search.results_shown, timeout=10000):
        search.query.setText("Minsk")
        search.run()
    assert search.status.text() and not english_words(search.status.text())
    assert untranslated_parts(w) == []
    assert not english_words(w.message_label.text()), w.message_label.text()
    # A month of the list is a heading: capitalised ("май" in running text).
    assert w.events.view.model().index(0, 0).data().startswith("Май 2024")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_entry_of_a_menu_has_its_own_access_key(
        qtbot: QtBot, app_paths: AppPaths, language: str) -> None:
    """Alt+G, S must reach one entry (Start of the Transcript), not the first of three;
    and every entry has a key (the panels' show/hide entries, the font and spacing
    entries, the bookmark and text context menus had none)."""
    from PySide6.QtWidgets import QMenu

    w = window_in(qtbot, app_paths, language)
    clashes, keyless = [], []

    def walk(menu: QMenu) -> None:
        seen: dict[str, str] = {}
        for a in menu.actions():
            if a.isSeparator() or not a.text():
                continue
            text = a.text().replace("&&", "")
            if "&" in text:
                key = text[text.index("&") + 1].casefold()
                if key in seen:
                    clashes.append((menu.title(), seen[key], a.text()))
                seen[key] = a.text()
            else:
                keyless.append((menu.title(), a.text()))
            if a.menu() is not None:
                walk(a.menu())

    for menu in w.menus.values():
        if isinstance(menu, QMenu):
            walk(menu)
    # The text's context menu, as it is built when asked for.
    from reader.ui.keyboard import give_access_keys

    text_menu = w.dialogue.createStandardContextMenu()
    text_menu.addActions(w.commands.context_actions())
    give_access_keys(text_menu, keep=w.commands.context_actions())  # (as the view does)
    walk(text_menu)
    assert clashes == []
    assert keyless == []
