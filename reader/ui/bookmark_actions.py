"""What the window's bookmark commands do: between the dialogue view (selection, marks),
the Bookmarks panel and the bookmark controller. No widgets of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from reader.core.masha import masha_link
from reader.ui.bookmark_controller import BookmarkController
from reader.ui.controller import ReaderController
from reader.ui.dialogue import DialogueView

if TYPE_CHECKING:
    from reader.core.bookmark_model import Bookmark
    from reader.ui.bookmark_panel import BookmarkPanel


class BookmarkActions(QObject):
    #: A bookmark's file is gone: (its anchor, what to do once the transcript is shown).
    missing = Signal(object, object)

    def __init__(self, window: QWidget, dialogue: DialogueView,
                 panel: Callable[[], BookmarkPanel],
                 bookmarks: BookmarkController, reader: ReaderController, *,
                 say: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.dialogue = dialogue
        self._panel = panel  # the Bookmarks panel, built when first needed
        self.bookmarks = bookmarks
        self.reader = reader
        self.say = say

    @property
    def panel(self) -> BookmarkPanel:
        return self._panel()

    def show_marks(self) -> None:
        self.dialogue.highlights.set_marks([(p.start, p.end, p.bookmark.colour)
                                            for p in self.bookmarks.placed
                                            if p.start is not None and p.end is not None])

    def bookmark_selection(self) -> None:
        points = self.dialogue.selection_points()
        if points is None:
            self.say(self.tr("Select a passage to bookmark"))
            return
        self._added(self.bookmarks.add(*points))

    def _added(self, b: Bookmark | None) -> None:
        """Show the new bookmark in the panel with its note ready to type."""
        if b is None:
            return
        dock = self.panel.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()
        self.panel.edit_note(b.id)
        self.say(self.tr("Bookmark added: type a note, or press Esc to leave it without one"))

    def bookmark_turn(self) -> None:
        row = self.dialogue.row_of(self.dialogue.textCursor().block())
        if row is None or row.kind != "speech":
            self.say(self.tr("Place the cursor in a turn to bookmark it"))
            return
        self._added(self.bookmarks.add_turn(row.block))

    def _copy(self, link: str | None, why_not: str) -> None:
        if link is None:
            self.say(why_not)
            return
        QApplication.clipboard().setText(link)
        self.say(self.tr("Copied {link}").format(link=link))

    def copy_link_at_cursor(self) -> None:
        points = self.dialogue.selection_points()
        t = self.reader.current
        if points is None or t is None:
            self.say(self.tr("Select a passage to link to"))
            return
        self._copy(masha_link(t, *points), self.tr("This transcript has no page link"))

    def copy_link(self, bookmark_id: str) -> None:
        self._copy(self.bookmarks.link(bookmark_id),
                   self.tr("No link: the page's address is not known, or the passage was not "
                           "found (see Status)"))

    def open_bookmark(self, bookmark_id: str) -> None:
        """Open the bookmark's transcript if needed, scroll to the passage, select it."""
        if self.bookmarks.placed_by_id(bookmark_id) is None:
            b = self.bookmarks.store.get(bookmark_id) if self.bookmarks.store else None
            if b is None:
                return
            path = self.reader.find_transcript(b.anchor)
            if path is None:
                # The file is gone: the window offers Locate… and Search the Library.
                self.missing.emit(b.anchor, lambda: self._show_bookmark(bookmark_id))
                return
            self.reader.open_path(path, then=lambda: self._show_bookmark(bookmark_id))
            return
        self._show_bookmark(bookmark_id)

    def _show_bookmark(self, bookmark_id: str) -> None:
        placed = self.bookmarks.placed_by_id(bookmark_id)
        if placed is None or placed.start is None or placed.end is None:
            self.say(self.tr("This bookmark's passage is not in this version of the transcript: "
                             "select the passage and choose Re-attach to Selection"))
            return
        self.dialogue.highlights.show_passage(placed.start, placed.end)

    def reattach(self, bookmark_id: str) -> None:
        points = self.dialogue.selection_points()
        if points is None:
            self.say(self.tr("Select the passage to attach the bookmark to, then re-attach"))
            return
        self.bookmarks.reattach(bookmark_id, *points)

    def export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export bookmarks"), "bookmarks.json",
            ";;".join([self.tr("JSON (re-importable) (*.json)"),
                       self.tr("Markdown with citations (*.md)")]))
        if path:
            fmt = "markdown" if path.endswith(".md") or chosen.endswith("(*.md)") else "json"
            self.bookmarks.export(Path(path), fmt, self.panel.selected_ids() or None)

    def import_(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import bookmarks"), "",
                                              self.tr("JSON (*.json)"))
        if path:
            self.bookmarks.import_file(Path(path))
