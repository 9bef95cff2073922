"""When a transcript's file is gone (a bookmark's, say): ask the reader to locate it or to
search the library for the same event, instead of a passing message."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from reader.ui.controller import ReaderController

if TYPE_CHECKING:
    from reader.core.anchors import Anchor
    from reader.core.same_event import Wanted


#: The bookmarked words searched for, as one phrase, when the event has no title.
QUERY_WORDS = 8


def passage_query(quote: str) -> str:
    """The passage's first words as an exact phrase ("..." in the query language)."""
    words = quote.replace('"', " ").split()[:QUERY_WORDS]
    return f'"{" ".join(words)}"' if words else ""


class Choice(Enum):
    LOCATE = "locate"
    SEARCH = "search"
    CANCEL = "cancel"


def existing_folder(path: str) -> str:
    """The nearest folder of a vanished path that still exists (where to start looking)."""
    p = Path(path).parent
    while not p.is_dir() and p != p.parent:
        p = p.parent
    return str(p) if p.is_dir() else str(Path.home())


class _Relay(QObject):
    """Carries the answer back to the GUI thread. It has no parent and the task holds it,
    so a window closed meanwhile leaves the task nothing deleted to emit on."""

    searched = Signal(object, object)  # Wanted, path or None


class _Search(QRunnable):
    """Reads the candidate files on a pool thread; the answer comes back as a signal."""

    def __init__(self, wanted: Wanted, paths: list[str], relay: _Relay) -> None:
        super().__init__()
        self.wanted, self.paths, self.relay = wanted, paths, relay

    def run(self) -> None:
        from reader.core.same_event import find_event_file

        self.relay.searched.emit(self.wanted, find_event_file(self.wanted, self.paths))


class MissingFile(QObject):
    """Offers Locate… and Search the Library for a transcript whose file is gone."""

    def __init__(self, window: QWidget, reader: ReaderController, *,
                 search: Callable[[str], None], say: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.reader = reader
        self.search = search
        self.say = say
        # (what is looked for, what follows its opening, the bookmarked words)
        self._waiting: tuple[Wanted, Callable[[], None], str] | None = None
        self._relay = _Relay()
        self._relay.searched.connect(self._found)  # queued: the relay lives on this thread

    def ask(self, anchor: Anchor) -> Choice:
        from PySide6.QtWidgets import QMessageBox  # (not before the first paint)

        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title and path come from a file
        box.setWindowTitle(self.tr("Transcript not found"))
        event = anchor.title or Path(anchor.path).name
        box.setText(self.tr("The file of “{event}” is no longer where it was:\n{path}").format(
            event=event, path=anchor.path))
        box.setInformativeText(self.tr(
            "Locate the file where it is now (it joins the library), or search the library "
            "for the same event."))
        locate = box.addButton(self.tr("&Locate…"), QMessageBox.ButtonRole.AcceptRole)
        search = box.addButton(self.tr("&Search the Library"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(locate)
        box.exec()
        clicked = box.clickedButton()
        if clicked is locate:
            return Choice.LOCATE
        if clicked is search:
            return Choice.SEARCH
        return Choice.CANCEL

    def resolve(self, anchor: Anchor, then: Callable[[], None]) -> None:
        """Ask, then open the located or found transcript and call ``then`` once shown."""
        from reader.ui import file_dialogs  # (QFileDialog after the first paint)

        choice = self.ask(anchor)
        if choice is Choice.LOCATE:
            path = file_dialogs.open_file_name(
                self.window, self.tr("Locate “{name}”").format(name=Path(anchor.path).name),
                existing_folder(anchor.path),
                self.tr("Transcripts (*.txt *.html *.htm *.json);;All files (*)"))
            if path:
                self.reader.open_library([path])
                self.reader.open_path(path, then=then)
        elif choice is Choice.SEARCH:
            self.search_library(anchor, then)

    def search_library(self, anchor: Anchor, then: Callable[[], None]) -> None:
        """Look for the event's file in the library (by fingerprint, link, title and
        date) off the GUI thread; open it if found, else search the library's text for
        the title."""
        from reader.core.same_event import Listed, Wanted, candidates  # when first needed

        wanted = Wanted(anchor.fingerprint, anchor.url, anchor.title, anchor.date)
        files = [Listed(r.path, r.title, r.date, r.url) for r in self.reader.model.records()
                 if not r.failed and Path(r.path).is_file()]
        self._waiting = (wanted, then, passage_query(anchor.quote))
        self.say(self.tr("Looking for this event in the library…"))
        QThreadPool.globalInstance().start(
            _Search(wanted, candidates(wanted, files), self._relay))

    def _found(self, wanted: Wanted, path: str | None) -> None:
        if self._waiting is None or self._waiting[0] != wanted:
            return
        _, then, words = self._waiting
        self._waiting = None
        if path is not None:
            self.say("")
            self.reader.open_path(path, then=then)
            return
        if wanted.title:
            self.say(self.tr("No file of this event in the library: searching for its title"))
            self.search(wanted.title)
        else:  # (a file with no title: its passage's own words are the best clue)
            self.say(self.tr("No file of this event in the library: searching for the "
                             "bookmarked words"))
            self.search(words)
