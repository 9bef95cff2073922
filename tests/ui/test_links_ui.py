"""Links from files (issue 17): a sidecar's ``url`` of ``file:///etc/passwd`` or
``javascript:…`` was shown as the page link and handed to the desktop when clicked. Only
the site's pages (and archive copies of them) are links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from tests.helpers import open_and_wait, write_record
from tests.ui.conftest import MakeWindow


@pytest.mark.parametrize(("url", "is_link"), [
    ("http://en.kremlin.ru/events/president/news/60795", True),
    ("https://web.archive.org/web/2020/http://kremlin.ru/events/president/news/1", True),
    ("file:///etc/passwd", False),
    ("javascript:alert(document.title)", False),
    ("http://kremlin.ru.example.org/events/president/news/1", False),
])
def test_only_the_sites_pages_are_links(qtbot: QtBot, make_window: MakeWindow,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        url: str, is_link: bool) -> None:
    from PySide6.QtGui import QDesktopServices

    f = write_record(tmp_path, "event", title="Talks with Ada Quill", url=url)
    w = make_window()
    open_and_wait(qtbot, w, [str(tmp_path)])
    with qtbot.waitSignal(w.controller.transcript_opened, timeout=10000):
        w.controller.open_path(str(f))
    assert url in w.dialogue.toPlainText()  # shown either way, as text at least
    html = w.dialogue.document().toHtml()
    assert ("href=" in html) is is_link
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda u: opened.append(u.toString()) or True)
    w.dialogue.anchorClicked.emit(QUrl(url))
    assert opened == ([QUrl(url).toString()] if is_link else [])


def test_the_context_menu_offers_a_link_only_over_the_link_also_when_scrolled(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    """Qt's entries are for the point of the text under the pointer: scrolled down, a
    plain word where the page link had been on screen offered "Copy Link Location"."""
    from PySide6.QtGui import QTextCursor

    url = "http://en.kremlin.ru/events/president/news/60795"
    f = write_record(tmp_path, "event", title="Talks with Ada Quill", url=url)
    w = make_window()
    w.resize(900, 500)
    w.show()
    qtbot.waitExposed(w)
    open_and_wait(qtbot, w, [str(f)])
    d = w.dialogue
    d.ensure_complete()
    d.verticalScrollBar().setValue(0)
    cursor = QTextCursor(d.document())
    while not cursor.charFormat().anchorHref() and not cursor.atEnd():
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)  # inside the link
    assert cursor.charFormat().anchorHref() == url
    on_link = d.cursorRect(cursor).center()

    def offered(menu_point: object) -> list[str]:
        menu = d.context_menu(menu_point)  # type: ignore[arg-type]
        try:
            return [a.text().replace("&", "") for a in menu.actions() if a.isEnabled()]
        finally:
            menu.deleteLater()

    assert "Copy Link Location" in offered(on_link)
    assert d.verticalScrollBar().maximum() > on_link.y() + 40  # it scrolls past the link
    d.verticalScrollBar().setValue(on_link.y() + 40)
    assert d.anchorAt(on_link) == ""  # a plain word is there now
    assert "Copy Link Location" not in offered(on_link)
    assert "Copy with Citation" in offered(on_link) or "Copy Link to Passage" in offered(on_link)
