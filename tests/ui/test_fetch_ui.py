"""Getting transcripts from the site in the window, against a local stand-in for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from reader.core.fetch import HttpClient, Timeouts
from reader.ui.feed_dialog import MARK, TITLE
from reader.ui.fetch_dialog import AddLinksDialog
from reader.ui.fetch_settings import FetchSettingsDialog
from reader.ui.main_window import MainWindow
from tests.fetch_site import GOOD, NOT_FOUND, SLOW, FakeSite, running_site
from tests.helpers import MakeWindow

DIRECT_LINE = "Direct Line with Vladimir Putin"


@pytest.fixture
def site() -> Iterator[FakeSite]:
    with running_site() as fake:
        yield fake


@pytest.fixture
def window(make_window: MakeWindow, site: FakeSite, tmp_path: Path) -> MainWindow:
    w = make_window()
    w.settings.set_fetch(str(tmp_path / "downloads"), site.host_base, False)
    w.fetch_actions.fetch.client_factory = lambda s, pacer: HttpClient(
        site=s, timeouts=Timeouts(1, 0.25), min_interval=0, backoff=0.01, pacer=pacer)
    w.show()
    return w


def add_and_wait(qtbot: QtBot, w: MainWindow, text: str) -> None:
    with qtbot.waitSignal(w.controller.transcript_opened, timeout=15000):
        assert w.fetch_actions.add_text(text)


def wait_idle(qtbot: QtBot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.fetch_actions.fetch.busy, timeout=15000)


def test_add_from_link_opens_it_at_the_linked_passage(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: AddLinksDialog) -> int:
        dialog.edit.setPlainText(
            f"https://en.kremlin.ru/d/{GOOD}#sel=3:1,3:6\nnot a link")
        assert dialog.status.text() == "1 transcript link; not a transcript address: not, a, link"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddLinksDialog, "exec", fill)
    assert window.commands.add_link.shortcut().toString() == "Ctrl+L"
    with qtbot.waitSignal(window.controller.transcript_opened, timeout=15000):
        window.commands.add_link.trigger()
    stored = tmp_path / "downloads" / f"kremlin-en-{GOOD}.html"
    assert window.controller.current_path == str(stored)
    assert window.windowTitle().startswith(DIRECT_LINE)
    # The #sel= passage is selected: the first six words of the page's third paragraph
    # ("400,000" is two words for the site).
    assert window.dialogue.textCursor().selectedText() == "We have received nearly 400,000"
    # The download folder joined the library and the event is listed.
    qtbot.waitUntil(lambda: str(stored) in [r.path for r in window.controller.model.records()],
                    timeout=15000)
    assert str(tmp_path / "downloads") in window.settings.library_folders()
    wait_idle(qtbot, window)
    assert window.message_label.text() == "1 transcript added"


def test_paste_and_drop_a_link(qtbot: QtBot, window: MainWindow, site: FakeSite) -> None:
    QGuiApplication.clipboard().setText("look at kremlin.ru/events/president/news/57027 now")
    with qtbot.waitSignal(window.controller.transcript_opened, timeout=15000):
        window.commands.paste_link.trigger()
    assert window.controller.current is not None
    assert window.controller.current.title == "Встреча с вымышленным собеседником"
    wait_idle(qtbot, window)
    mime = QMimeData()
    mime.setUrls([QUrl(f"http://en.kremlin.ru/events/president/news/{GOOD}/print")])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.controller.transcript_opened, timeout=15000):
        window.dropEvent(event)
    assert window.controller.current is not None
    assert window.controller.current.title == DIRECT_LINE
    QGuiApplication.clipboard().setText("no link here")
    window.commands.paste_link.trigger()
    assert window.message_label.text() == "The clipboard holds no link to a transcript"


def test_other_language_and_back(qtbot: QtBot, window: MainWindow, site: FakeSite) -> None:
    assert not window.commands.other_language.isEnabled()  # nothing open yet
    add_and_wait(qtbot, window, f"http://en.kremlin.ru/events/president/news/{GOOD}")
    wait_idle(qtbot, window)
    assert window.commands.other_language.isEnabled()
    assert window.commands.other_language.text() == "&Get the Russian Original"
    with qtbot.waitSignal(window.controller.transcript_opened, timeout=15000):
        window.commands.other_language.trigger()
    t = window.controller.current
    assert t is not None and t.language == "ru"
    assert (site.requests[-1].host, site.requests[-1].path) == (
        "kremlin.ru", f"/events/president/news/{GOOD}")
    assert window.commands.other_language.text() == "Get the English &Translation"
    assert window.commands.refresh_from_site.isEnabled()


def test_refresh_keeps_bookmarks(qtbot: QtBot, window: MainWindow, site: FakeSite,
                                 tmp_path: Path) -> None:
    add_and_wait(qtbot, window, f"http://en.kremlin.ru/d/{GOOD}")
    wait_idle(qtbot, window)
    cursor = window.dialogue.document().find("Good afternoon")
    assert not cursor.isNull()
    window.dialogue.setTextCursor(cursor)
    window.commands.bookmark.trigger()
    assert window.bookmark_panel.proxy.rowCount() == 1
    page = site.page(GOOD).replace(b'itemprop="articleBody">', b'itemprop="articleBody">'
                                   b"<p>A new first paragraph of narration for the test.</p>", 1)
    site.en[GOOD] = tmp_path / "changed.html"
    site.en[GOOD].write_bytes(page)
    with qtbot.waitSignal(window.controller.transcript_opened, timeout=15000):
        window.commands.refresh_from_site.trigger()
    wait_idle(qtbot, window)
    assert (tmp_path / "downloads" / f"kremlin-en-{GOOD}.html").read_bytes() == page
    assert "A new first paragraph" in window.dialogue.toPlainText()
    assert window.bookmark_panel.proxy.rowCount() == 1
    placed = window.bookmarks.placed
    assert len(placed) == 1 and placed[0].start is not None  # re-attached, not orphaned


def test_failures_are_reported_and_nothing_stored(qtbot: QtBot, window: MainWindow,
                                                  tmp_path: Path) -> None:
    window.fetch_actions.add_text(f"http://en.kremlin.ru/events/president/news/{NOT_FOUND}")
    qtbot.waitUntil(lambda: window.fetch_actions.report is not None, timeout=15000)
    box = window.fetch_actions.report
    assert box is not None and box.isVisible()
    assert box.text() == "1 link could not be added."
    assert "no such page on the site (404 not found)" in box.informativeText()
    assert window.message_label.text() == "1 failed"
    assert not list((tmp_path / "downloads").glob("*.html"))
    box.close()


def test_cancel_stops_a_slow_download(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    fa = window.fetch_actions
    fa.add_text(f"http://en.kremlin.ru/events/president/news/{SLOW}")
    assert fa.progress.isVisible() and window.commands.cancel_fetch.isEnabled()
    fa.progress.cancel_button.click()
    wait_idle(qtbot, window)
    assert not fa.progress.isVisible()
    assert window.message_label.text() == "1 cancelled"
    assert fa.report is None
    assert not list((tmp_path / "downloads").glob("*.html"))


def test_latest_transcripts_marks_and_adds_new(qtbot: QtBot, window: MainWindow,
                                               site: FakeSite, tmp_path: Path) -> None:
    add_and_wait(qtbot, window, "http://en.kremlin.ru/d/57027")
    wait_idle(qtbot, window)
    site.requests.clear()
    window.commands.latest.trigger()
    dialog = window.fetch_actions.feed_dialog
    assert dialog is not None and dialog.isVisible()
    assert site.requests == []  # nothing is fetched until the reader asks
    assert [k for k, b in dialog.boxes.items() if b.isChecked()] == ["en/transcripts"]
    dialog.boxes["en/news"].setChecked(True)
    assert window.settings.fetch_feeds() == ["en/transcripts", "en/news"]
    with qtbot.waitSignal(window.fetch_actions.fetch.feeds_ready, timeout=15000):
        dialog.check_button.click()
    rows = [(dialog.tree.topLevelItem(i).text(MARK), dialog.tree.topLevelItem(i).text(TITLE))
            for i in range(dialog.tree.topLevelItemCount())]
    assert len(rows) == 3  # the same events in both feeds are listed once
    assert rows[0] == ("new", DIRECT_LINE)
    assert rows[1][0] == "✓ in library"
    assert dialog.tree.topLevelItem(0).font(TITLE).bold()
    assert dialog.status.text() == "3 entries · 2 new"
    dialog.grab().save(str(tmp_path / "feed-dialog.png"))
    with qtbot.waitSignal(window.controller.transcript_opened, timeout=15000):
        dialog.add_new_button.click()
    wait_idle(qtbot, window)
    assert sorted(p.name for p in (tmp_path / "downloads").glob("*.html")) == [
        "kremlin-en-17108.html", "kremlin-en-57027.html", f"kremlin-en-{GOOD}.html"]
    assert [dialog.tree.topLevelItem(i).text(MARK) for i in range(3)] == ["✓ in library"] * 3
    assert not dialog.add_new_button.isEnabled()


def test_download_settings_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = FetchSettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The default folder is shown whole (it was cut to ".local…").
    shown = dialog.folder.placeholderText()
    assert dialog.folder.width() > dialog.folder.fontMetrics().horizontalAdvance(shown)
    assert not dialog.at_start.isChecked()
    assert dialog.at_start.text() == "Check the site's &feeds when the reader starts"
    dialog.site.setText("mirror.example")
    dialog.accept()
    assert dialog.error.text() == "mirror.example: a site base must be an http(s) address"
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.site.setText("http://127.0.0.1:9/{host}")
    dialog.folder.setText(str(tmp_path / "elsewhere"))
    dialog.at_start.setChecked(True)
    dialog.accept()
    assert (window.settings.fetch_folder(), window.settings.fetch_site(),
            window.settings.fetch_feeds_at_start()) == (
        str(tmp_path / "elsewhere"), "http://127.0.0.1:9/{host}", True)
    assert window.fetch_actions.fetch.folder() == tmp_path / "elsewhere"


def test_feeds_checked_at_start_only_when_turned_on(
        qtbot: QtBot, make_window: MakeWindow, site: FakeSite, tmp_path: Path) -> None:
    w = make_window()
    w.settings.set_fetch(str(tmp_path / "d"), site.host_base, True)
    w.close()
    assert site.requests == []  # off by default: the first window asked nothing
    w2 = make_window()
    w2.fetch_actions.fetch.client_factory = lambda s, pacer: HttpClient(
        site=s, timeouts=Timeouts(1, 0.25), min_interval=0, pacer=pacer)
    qtbot.waitUntil(lambda: w2.fetch_actions.feed_dialog is not None
                    and w2.fetch_actions.feed_dialog.tree.topLevelItemCount() == 3,
                    timeout=15000)
    assert [r.path for r in site.requests] == ["/events/president/transcripts/feed"]


def test_add_dialog_checks_links_as_typed(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AddLinksDialog()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QDialogButtonBox

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.status.text() == ""
    dialog.edit.setPlainText("kremlin.ru/d/1\nhttp://en.kremlin.ru/events/president/news/2/print")
    assert ok.isEnabled() and ok.text() == "&Add"
    assert dialog.status.text() == "2 transcript links"
    assert [(x.language, x.event_id) for x in dialog.links()] == [("ru", 1), ("en", 2)]
    dialog.resize(640, 320)
    dialog.show()
    dialog.grab().save(str(tmp_path / "add-dialog.png"))



def test_the_pause_between_requests_outlives_a_job(qtbot: QtBot, window: MainWindow) -> None:
    waits: list[float] = []
    now = [50.0]

    def sleep(seconds: float) -> None:
        waits.append(round(seconds, 3))
        now[0] += seconds

    window.fetch_actions.fetch.client_factory = lambda s, pacer: HttpClient(
        site=s, timeouts=Timeouts(1, 0.25), min_interval=1.0, clock=lambda: now[0],
        sleep=sleep, pacer=pacer)
    add_and_wait(qtbot, window, "http://en.kremlin.ru/events/president/news/57027")
    wait_idle(qtbot, window)
    assert waits == []
    add_and_wait(qtbot, window, "http://en.kremlin.ru/events/president/news/17108")
    wait_idle(qtbot, window)
    assert waits == [1.0]  # a new job, the same host: still a second after the last


def test_ctrl_v_in_the_window_adds_but_a_text_field_still_pastes(
        qtbot: QtBot, window: MainWindow) -> None:
    link = f"http://en.kremlin.ru/events/president/news/{GOOD}"
    QGuiApplication.clipboard().setText(link)
    window.commands.find.trigger()
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.edit.text() == link  # pasted into the field, nothing fetched
    assert not window.fetch_actions.fetch.busy
    assert not window.message_label.text().startswith("Getting")
    window.dialogue.setFocus()
    with qtbot.waitSignal(window.controller.transcript_opened, timeout=15000):
        qtbot.keyClick(window.dialogue, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.current is not None
    assert window.controller.current.title == DIRECT_LINE
