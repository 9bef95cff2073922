"""What the window's bookmark commands do: between the dialogue view (selection, marks),
the Bookmarks panel and the bookmark controller. The panel lives in its dock, built when
the dock first shows, and starts small."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow

from reader.ui.bookmark_controller import BookmarkController
from reader.ui.controller import ReaderController
from reader.ui.dialogue import DialogueView
from reader.ui.dock_sizing import first_height, size_dock

if TYPE_CHECKING:
    from reader.core.bookmark_model import Bookmark
    from reader.ui.bookmark_panel import BookmarkPanel


class BookmarkActions(QObject):
    #: A bookmark's file is gone: (its anchor, what to do once the transcript is shown).
    missing = Signal(object, object)

    def __init__(self, window: QMainWindow, dialogue: DialogueView,
                 bookmarks: BookmarkController, reader: ReaderController, *,
                 jump: Callable[[Callable[[], None]], None], say: Callable[[str], None],
                 first_size: Callable[[], bool]) -> None:
        """``jump`` goes somewhere the Back command can return from; ``first_size`` says
        whether the panel is to be given its first size (not left open by the user, whose
        size then comes back with the window)."""
        super().__init__(window)
        self.window = window
        self.dialogue = dialogue
        self.bookmarks = bookmarks
        self.reader = reader
        self.jump = jump
        self.say = say
        self._first_size = first_size
        self._panel: BookmarkPanel | None = None
        self.dock = QDockWidget(self.tr("Bookmarks"), window)
        self.dock.setObjectName("bookmarks-dock")
        self.dock.visibilityChanged.connect(lambda visible: visible and self.panel)

    @property
    def panel(self) -> BookmarkPanel:
        """The Bookmarks panel, built when first needed (start-up builds only what the
        first paint shows)."""
        if self._panel is None:
            from reader.ui.bookmark_panel import FEWEST_ROWS, BookmarkPanel

            panel = self._panel = BookmarkPanel(self.bookmarks)
            panel.open_requested.connect(
                lambda bid: self.jump(lambda: self.open_bookmark(bid)))
            panel.copy_link_requested.connect(self.copy_link)
            panel.reattach_requested.connect(self.reattach)
            panel.export_requested.connect(self.export_chosen)
            panel.import_requested.connect(self.import_)
            self.dock.setWidget(panel)
            if self._first_size():
                size_dock(self.window, self.dock, panel,
                          first_height(self.window, panel, panel.height_for(FEWEST_ROWS)))
        return self._panel

    def open(self) -> None:
        """The panel in front (before the Search panel that shares its place), with the
        focus in its list."""
        panel = self.panel
        self.dock.show()
        self.dock.raise_()
        panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
        panel = self.panel  # built (and sized) before its dock shows: no squeezed flash
        self.dock.show()
        self.dock.raise_()
        panel.edit_note(b.id)
        # The note typed (Enter) or left (Esc), the reader goes on reading where they
        # were; not when they closed it by going elsewhere.
        def back_to_text(*_: object) -> None:
            self.say("")  # the hint to type a note is done with
            focus = QApplication.focusWidget()
            if focus is None or panel.isAncestorOf(focus):
                self.dialogue.setFocus(Qt.FocusReason.OtherFocusReason)

        panel.table.itemDelegate().closeEditor.connect(
            back_to_text, Qt.ConnectionType.SingleShotConnection)
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
        from reader.core.masha import masha_link

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
        """Every bookmark (Bookmarks > Export Bookmarks…)."""
        self._export(selected=False)

    def export_chosen(self) -> None:
        """The rows chosen in the panel when more than one is, else every bookmark (the
        panel's Export… button)."""
        self._export(selected=True)

    def _export(self, selected: bool) -> None:
        """The file dialog's title says which bookmarks are exported."""
        from reader.ui import file_dialogs  # (QFileDialog after the first paint)

        ids = self.panel.selected_ids() if selected else []
        ids = ids if len(ids) > 1 else []
        title = (self.tr("Export %n selected bookmark(s)", "", len(ids)) if ids
                 else self.tr("Export all bookmarks"))
        path, chosen = file_dialogs.save_file_name(
            self.window, title, str(Path.home() / "bookmarks.json"),
            ";;".join([self.tr("JSON (re-importable) (*.json)"),
                       self.tr("Markdown with citations (*.md)")]))
        if path:
            fmt = "markdown" if path.endswith(".md") or chosen.endswith("(*.md)") else "json"
            self.bookmarks.export(Path(path), fmt, ids or None)

    def import_(self) -> None:
        from reader.ui import file_dialogs

        path = file_dialogs.open_file_name(self.window, self.tr("Import bookmarks"),
                                           str(Path.home()), self.tr("JSON (*.json)"))
        if path:
            self.bookmarks.import_file(Path(path))
