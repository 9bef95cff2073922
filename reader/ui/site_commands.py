"""The site commands (Add from Link, Paste Link, the other language, Refresh from the
Site, Latest Transcripts, Cancel, Download Settings) wired to their handler,
:class:`~reader.ui.fetch_actions.FetchActions`, which is built on first need: a command
chosen, a link dropped, a page from the site opened, or the feeds checked at start. Until
then the HTTP, feed and download code is not even imported (start-up stays short)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from reader.ui.actions import WindowActions
from reader.ui.controller import ReaderController
from reader.ui.dialogue import DialogueView

if TYPE_CHECKING:
    from reader.core.model import Transcript
    from reader.ui.fetch_actions import FetchActions

#: The commands and the handler's methods they call.
COMMANDS = (("add_link", "add_from_link"), ("paste_link", "paste_link"),
            ("other_language", "get_other_language"), ("refresh_from_site", "refresh_current"),
            ("latest", "show_latest"), ("fetch_settings", "edit_settings"))


def from_the_site(t: Transcript) -> bool:
    """Whether the site commands can apply to a transcript: its address is known, or it
    may be a downloaded page (those are .html files)."""
    return bool(t.source.url) or t.source.path.endswith(".html")


class SiteCommands(QObject):
    def __init__(self, window: QMainWindow, reader: ReaderController, dialogue: DialogueView,
                 commands: WindowActions, *, say: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._reader = reader
        self._dialogue = dialogue
        self._commands = commands
        self._say = say
        self._handler: FetchActions | None = None
        a = commands
        for action in (a.other_language, a.refresh_from_site, a.cancel_fetch):
            action.setEnabled(False)  # nothing from the site open, nothing downloading
        for name, method in COMMANDS:
            a.named(name).triggered.connect(partial(self._run, method))
        reader.transcript_opened.connect(self._opened)
        if reader.settings.fetch_feeds_at_start():
            self._build()  # it checks the feeds

    @property
    def handler(self) -> FetchActions:
        return self._handler or self._build()

    def wait(self) -> None:
        """The window is closing: let a download in progress end."""
        if self._handler is not None:
            self._handler.fetch.wait()

    def _build(self) -> FetchActions:
        from reader.ui.fetch_actions import FetchActions

        self._handler = h = FetchActions(self._window, self._reader, self._dialogue,
                                         self._commands, say=self._say)
        self._window.statusBar().addPermanentWidget(h.progress)
        self._commands.cancel_fetch.triggered.connect(h.fetch.cancel)
        return h

    def _run(self, method: str, *_checked: object) -> None:
        getattr(self.handler, method)()

    def _opened(self, t: Transcript, _slots: object = None) -> None:
        # Once built, the handler follows the transcripts itself; before, the commands
        # stay off (as it would set them) unless the transcript may be from the site.
        if self._handler is None and from_the_site(t):
            self._build()
