"""What the window's commands for getting transcripts from the site do: Add from Link,
Paste Link, dropped links, the other language, Refresh from the Site, Latest
Transcripts and Download Settings. Fetching itself runs in :class:`FetchController`
off the GUI thread; this object opens what arrives and tells the reader what failed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.fetch import (
    Added,
    Feed,
    FetchError,
    FetchErrorKind,
    Link,
    parse_link,
    parse_links,
    resolve_sel,
)
from reader.core.fetch.feeds import FeedEntry
from reader.core.markup import rich_text_safe
from reader.core.model import Transcript
from reader.core.paths import bundled_library
from reader.ui.actions import WindowActions
from reader.ui.controller import ReaderController
from reader.ui.dialogue import DialogueView
from reader.ui.feed_dialog import FeedDialog
from reader.ui.fetch_controller import FetchController
from reader.ui.fetch_dialog import AddLinksDialog
from reader.ui.fetch_progress import FetchProgress
from reader.ui.fetch_settings import FetchSettingsDialog


class FetchActions(QObject):
    """What the fetch commands of :class:`WindowActions` do (the window connects them in
    its ``_connect_signals``); keeps their state (the other language's name, Refresh and
    Cancel enabled) and owns the status bar's progress widget."""

    def __init__(self, window: QWidget, reader: ReaderController, dialogue: DialogueView,
                 commands: WindowActions, *, say: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.reader = reader
        self.dialogue = dialogue
        self.say = say
        self.fetch = FetchController(reader.settings, self)
        self.progress = FetchProgress()
        self.feed_dialog: FeedDialog | None = None
        self.failures: list[FetchError] = []
        self.report: QMessageBox | None = None
        self._open_next = False
        self._added_count = 0

        self.other_language_action = commands.other_language
        self.refresh_action = commands.refresh_from_site
        self.cancel_action = commands.cancel_fetch
        self.cancel_action.setEnabled(False)
        self.progress.cancel_button.clicked.connect(self.fetch.cancel)
        self.fetch.busy_changed.connect(self._busy)
        self.fetch.progress.connect(self.progress.show_progress)
        self.fetch.added.connect(self._added)
        self.fetch.failed.connect(self._failed)
        self.fetch.feeds_ready.connect(self._feeds_ready)
        reader.transcript_opened.connect(lambda t, _s: self._update_for(t))
        self._update_for(reader.current)  # built when first needed: a transcript may be open
        if reader.settings.fetch_feeds_at_start():
            QTimer.singleShot(0, self._check_at_start)

    # --- asking ------------------------------------------------------------------------
    def add_from_link(self) -> None:
        clip = QGuiApplication.clipboard().text()
        dialog = AddLinksDialog(clip if parse_links(clip)[0] else "", self.window)
        if dialog.exec() == AddLinksDialog.DialogCode.Accepted:
            self.add_links(dialog.links(), dialog.refresh())

    def add_text(self, text: str) -> bool:
        """Links in pasted or dropped text: fetch them; False when there are none."""
        links, errors = parse_links(text)
        if not links:
            if errors:
                self.say(str(errors[0]))
            return False
        self.add_links(links)
        return True

    def paste_link(self) -> None:
        if not self.add_text(QGuiApplication.clipboard().text()):
            self.say(self.tr("The clipboard holds no link to a transcript"))

    def drop(self, mime: QMimeData) -> bool:
        """A dropped link (from a browser's address bar or page); True if taken."""
        remote = [u.toString() for u in mime.urls() if not u.isLocalFile()]
        text = "\n".join(remote) if remote else (mime.text() if mime.hasText() else "")
        return bool(text) and self.add_text(text)

    def add_links(self, links: list[Link], refresh: bool = False) -> None:
        self._open_next = True
        if not self.fetch.busy:  # the tally covers everything asked while busy
            self._added_count = 0
            self.failures = []
        if self.fetch.add_links(links, refresh):
            self.say(self.tr("Getting %n transcript(s) from the site…", "", len(links)))

    def link_of(self, t: Transcript | None) -> Link | None:
        """The site address of a transcript: from its download sidecar or its page."""
        if t is None:
            return None
        stored = self.fetch.store().read(Path(t.source.path))
        if stored is not None:
            return stored.link()
        try:
            return parse_link(t.source.url) if t.source.url else None
        except FetchError:
            return None

    def get_other_language(self) -> None:
        link = self.link_of(self.reader.current)
        if link is None:
            self.say(self.tr("This transcript's address on the site is not known"))
            return
        self.add_links([link.other_language()])

    def refresh_current(self) -> None:
        t = self.reader.current
        link = self.link_of(t)
        if t is None or link is None or self.fetch.store().read(Path(t.source.path)) is None:
            self.say(self.tr("Only transcripts added from the site can be refreshed"))
            return
        self.add_links([link], refresh=True)

    def show_latest(self) -> None:
        if self.feed_dialog is None:
            self.feed_dialog = FeedDialog(self.reader.settings.fetch_feeds(), self.window)
            self.feed_dialog.check_requested.connect(self.fetch.check_feeds)
            self.feed_dialog.add_requested.connect(self.add_links)
            self.feed_dialog.feeds_chosen.connect(self.reader.settings.set_fetch_feeds)
        if self.feed_dialog.isVisible():
            self.feed_dialog.raise_()
            self.feed_dialog.activateWindow()
        else:
            self.feed_dialog.show()

    def _check_at_start(self) -> None:
        feeds = [Feed(*f.split("/")) for f in self.reader.settings.fetch_feeds()
                 if f.count("/") == 1]
        if feeds:
            self.show_latest()
            assert self.feed_dialog is not None
            self.feed_dialog.check()

    def edit_settings(self) -> None:
        FetchSettingsDialog(self.reader.settings, self.window).exec()

    # --- what arrives ------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.progress.set_busy(busy)
        self.cancel_action.setEnabled(busy)
        if not busy:
            self._finished()

    def _added(self, added: Added) -> None:
        self._added_count += 1
        self._ensure_in_library(added.path)
        if self._open_next:
            self._open_next = False
            sel = added.link.sel
            then = (lambda: self._show_sel(sel)) if sel else None
            self.reader.open_path(str(added.path), then=then)
        if self.feed_dialog is not None and self.feed_dialog.entries:
            self.feed_dialog.show_entries(self.fetch.mark(self.feed_dialog.entries), [])

    def _show_sel(self, sel: str) -> None:
        t = self.reader.current
        where = resolve_sel(t, sel) if t is not None else None
        if where is None:
            self.say(self.tr("The linked passage was not found in this transcript"))
            return
        self.dialogue.highlights.show_passage(*where)

    def _ensure_in_library(self, path: Path) -> None:
        """The download folder is a library folder: add it when it is not one yet."""
        folder = path.parent
        # The folders shown now (the sample library when the reader chose none).
        roots = self.reader.settings.library_folders() or [str(bundled_library())]
        if any(folder == Path(r) or folder.is_relative_to(r) for r in roots):
            self.reader.scanner.rescan()
            return
        self.reader.open_library([*roots, str(folder)])

    def _failed(self, error: FetchError) -> None:
        self.failures.append(error)
        self.say(str(error))

    def _feeds_ready(self, entries: list[FeedEntry], errors: list[FetchError]) -> None:
        if self.feed_dialog is not None:
            self.feed_dialog.show_entries(entries, errors)

    def _finished(self) -> None:
        failures = [f for f in self.failures if f.kind is not FetchErrorKind.CANCELLED]
        cancelled = len(self.failures) - len(failures)
        parts = []
        if self._added_count:
            parts.append(self.tr("%n transcript(s) added", "", self._added_count))
        if cancelled:
            parts.append(self.tr("%n cancelled", "", cancelled))
        if failures:
            parts.append(self.tr("%n failed", "", len(failures)))
        if parts:
            self.say(" · ".join(parts))
        if failures:
            self.report = QMessageBox(QMessageBox.Icon.Warning, self.tr("Getting transcripts"),
                                      self.tr("%n link(s) could not be added.", "",
                                              len(failures)),
                                      QMessageBox.StandardButton.Ok, self.window)
            # Addresses and errors as written: escaped, the box reads rich text.
            self.report.setInformativeText(rich_text_safe("\n\n".join(str(f) for f in failures)))
            self.report.open()
        self.failures = []

    def _update_for(self, t: Transcript | None) -> None:
        link = self.link_of(t)
        a = self.other_language_action
        a.setEnabled(link is not None)
        if link is not None and link.language == "ru":
            a.setText(self.tr("Get the English &Translation"))
        else:
            a.setText(self.tr("&Get the Russian Original"))
        stored = t is not None and self.fetch.store().read(Path(t.source.path)) is not None
        self.refresh_action.setEnabled(stored)
