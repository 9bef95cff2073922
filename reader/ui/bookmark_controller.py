"""Bookmarks in the window: resolving them on the open transcript, adding, editing,
deleting with undo, exporting and importing. No widgets here."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.store_errors import StoreError, reason
from reader.ui.core_messages import translated

if TYPE_CHECKING:
    from reader.core.anchors import Anchor, Point
    from reader.core.bookmark_model import Bookmark
    from reader.core.bookmarks import BookmarkStore
    from reader.core.model import Transcript
    from reader.core.passages import Passages

log = logging.getLogger(__name__)

# Opens the bookmark file: the store (None if it cannot be used) and what the reader
# must be told about it (None if nothing).
Opener = Callable[[], "tuple[BookmarkStore | None, str | None]"]


class Placed(NamedTuple):
    """A bookmark of the open transcript and where its passage is (None: orphaned)."""

    bookmark: Bookmark
    start: Point | None
    end: Point | None

    @property
    def orphaned(self) -> bool:
        return self.start is None


class BookmarkController(QObject):
    """Holds every bookmark (read from the store once, then kept in step with each
    change) and says what changed, so that lists insert, change or remove rows."""

    changed = Signal()  # the set of bookmarks changed (any of the below)
    added = Signal(list)  # list[Bookmark], new
    updated = Signal(object)  # Bookmark, with its new note, colour or anchor
    removed = Signal(list)  # list[str], ids
    reloaded = Signal()  # everything may have changed (another window, an import)
    placed_changed = Signal()  # the open transcript's bookmarks were (re)resolved
    message = Signal(str)
    opened = Signal()  # the bookmark file was opened (see ``open_store``)
    problem = Signal(str)  # it was damaged and set aside, or cannot be used: tell the reader

    def __init__(self, opener: Opener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: BookmarkStore | None = None
        # The file is opened when first needed or when the window asks (after its first
        # paint): start-up does not wait for SQLite.
        self._opener: Opener | None = opener
        self.transcript: Transcript | None = None
        self.placed: list[Placed] = []
        self._marks: dict[str, Bookmark] | None = None  # id -> bookmark, once read
        self._fingerprint = ""
        self._undo: list[list[Bookmark]] = []
        # Notes typed while they could not be saved (a full disk): shown, and saved when
        # the reader edits them again.
        self.unsaved_notes: dict[str, str] = {}
        # Finds passages of transcripts that are not open (links, export, status): made
        # when first needed; ``find`` is given to it then.
        self._passages: Passages | None = None
        self._find_moved: Callable[[Anchor], str | None] | None = None
        self.citation_style = "plain"
        # Another window or running copy may add bookmarks to the same file: look for
        # its commits every two seconds (a cheap pragma) and show them.
        self._seen_version = 0
        self._poll = QTimer(self)
        self._poll.setInterval(2000)
        self._poll.timeout.connect(self.check_for_others)

    @property
    def passages(self) -> Passages:
        if self._passages is None:
            from reader.core.passages import Passages

            self._passages = Passages()
            self._passages.find = self._find_moved
        return self._passages

    def find_moved_with(self, find: Callable[[Anchor], str | None]) -> None:
        """How passages of moved files are found (the library's copy of the event)."""
        self._find_moved = find
        if self._passages is not None:
            self._passages.find = find

    @property
    def store(self) -> BookmarkStore | None:
        """The bookmark store (opened now if it was waiting); None if bookmarks are off."""
        if self._opener is not None:
            self.open_store()
        return self._store

    @property
    def is_open(self) -> bool:
        """False while the file waits to be opened (nothing has needed it yet)."""
        return self._opener is None

    def open_store(self) -> None:
        """Open the bookmark file if it is waiting: lists fill (``reloaded``), commands
        follow whether bookmarks can be used (``opened``), and a damaged or unusable file
        is told once (``problem``)."""
        opener, self._opener = self._opener, None
        if opener is None:
            return
        store, problem = opener()
        self._store = store
        if store is not None:
            self._seen_version = store.data_version()
            self._poll.start()
        self._marks = None
        self.opened.emit()
        self.reloaded.emit()
        if problem:
            self.problem.emit(problem)

    @property
    def available(self) -> bool:
        return self.store is not None

    # --- the open transcript --------------------------------------------------------
    def set_transcript(self, t: Transcript | None) -> None:
        self.transcript = t
        self._fingerprint = t.fingerprint() if t is not None else ""
        self._resolve()

    def _resolve(self) -> None:
        from reader.core.anchors import FlatText, resolve

        t = self.transcript
        store = self.store if t is not None else None  # a waiting file is opened now
        self.placed = []
        if t is None or store is None:
            self.placed_changed.emit()
            return
        try:
            marks = store.for_transcript(t.fingerprint(), t.source.path, t.source.url,
                                              t.title, t.date)
        except StoreError as exc:
            self._failed(exc)
            marks = []
        marks = self._follow_move(t, store, marks)
        flat = FlatText(t) if marks else None
        for b in marks:
            where = resolve(t, b.anchor, flat)
            self.placed.append(Placed(b, *(where or (None, None))))
        self.placed_changed.emit()

    def _follow_move(self, t: Transcript, store: BookmarkStore, marks: list[Bookmark]
                     ) -> list[Bookmark]:
        """Bookmarks of this transcript (the same text, or the same page of the site) whose
        file is gone from where they say: it moved here, and they now say so (they had
        shown "file missing" and asked for it again after Locate)."""
        here = t.source.path
        moved = [b for b in marks if b.anchor.path != here
                 and (b.anchor.fingerprint == self._fingerprint
                      or (t.source.url is not None and b.anchor.url == t.source.url))
                 and not Path(b.anchor.path).exists()]
        if not moved or store.read_only:  # (read-only: they are found as they are)
            return marks
        try:
            store.move_to([b.id for b in moved], here)
        except StoreError as exc:
            self._failed(exc)
            return marks
        followed = {b.id: replace(b, anchor=replace(b.anchor, path=here)) for b in moved}
        for b in followed.values():
            self._all()[b.id] = b
            self.updated.emit(b)
        self.changed.emit()
        self.message.emit(self.tr("%n bookmark(s) now follow this transcript to {place}",
                                  "", len(followed)).format(place=Path(here).parent))
        return [followed.get(b.id, b) for b in marks]

    def check_for_others(self) -> bool:
        """Reload when another connection changed the bookmarks; True if it did."""
        if self.store is None:
            return False
        version = self.store.data_version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        self._reload()
        return True

    def placed_by_id(self, bookmark_id: str) -> Placed | None:
        return next((p for p in self.placed if p.bookmark.id == bookmark_id), None)

    # --- changes ------------------------------------------------------------------------
    def add(self, start: Point, end: Point, note: str = "", colour: str = "yellow"
            ) -> Bookmark | None:
        from reader.core.anchors import make_anchor, snap_to_words

        t = self.transcript
        if t is None or self.store is None:
            return None
        try:
            anchor = make_anchor(t, *snap_to_words(t, start, end))
        except ValueError as exc:
            self.message.emit(self.tr("Nothing to bookmark: {0}").format(exc))
            return None
        block = t.blocks[start.block]
        speaker = t.speaker(block.speaker) if block.speaker else None
        from reader.core.bookmark_model import Bookmark

        try:
            b = self.store.add(Bookmark(anchor=anchor, note=note, colour=colour,
                                        speaker=speaker.name if speaker else None,
                                        place=t.place))
        except StoreError as exc:
            self._failed(exc)
            return None
        self._added([b])
        self.message.emit(self.tr("Bookmark added"))
        return b

    def add_turn(self, block: int) -> Bookmark | None:
        """Bookmark a whole turn (all paragraphs of one speech block)."""
        from reader.core.anchors import Point
        from reader.core.model import BlockKind

        t = self.transcript
        if t is None or not 0 <= block < len(t.blocks):
            return None
        b = t.blocks[block]
        if b.kind is not BlockKind.SPEECH or not b.paragraphs:
            return None
        last = len(b.paragraphs) - 1
        return self.add(Point(block, 0, 0), Point(block, last, len(b.paragraphs[last])))

    def set_note(self, bookmark_id: str, note: str) -> bool:
        """Save a note; when it cannot be saved, say why and keep it shown, to retry."""
        old = self._known(bookmark_id)
        if self.store is None or old is None:
            return False
        try:
            self.store.set_note(bookmark_id, note)
        except StoreError as exc:
            self.unsaved_notes[bookmark_id] = note
            self._failed(exc, self.tr("The typed note is kept in the list: edit it again "
                                      "to retry."))
            self._updated(replace(old, note=note))
            return False
        self.unsaved_notes.pop(bookmark_id, None)
        from reader.core.bookmark_model import now

        self._updated(replace(old, note=note, modified=now()))
        return True

    def set_colour(self, bookmark_id: str, colour: str) -> None:
        old = self._known(bookmark_id)
        if self.store is not None and old is not None:
            try:
                self.store.set_colour(bookmark_id, colour)
            except StoreError as exc:
                self._failed(exc)
                return
            from reader.core.bookmark_model import now

            self._updated(replace(old, colour=colour, modified=now()))

    def reattach(self, bookmark_id: str, start: Point, end: Point) -> None:
        """Anchor an orphaned (or any) bookmark to a new passage of the open transcript."""
        from reader.core.anchors import make_anchor

        if self.store is None or self.transcript is None:
            return
        old = self._known(bookmark_id)
        if old is None:
            return
        try:
            self._updated(self.store.update(
                replace(old, anchor=make_anchor(self.transcript, start, end))))
        except StoreError as exc:
            self._failed(exc)
            return
        self.message.emit(self.tr("Bookmark re-attached"))

    def delete(self, ids: list[str]) -> int:
        if self.store is None:
            return 0
        gone: list[Bookmark] = []
        try:
            for i in ids:
                b = self.store.delete(i)
                if b is not None:
                    gone.append(b)
        except StoreError as exc:
            self._failed(exc)
        if gone:
            self._undo.append(gone)
            self._removed([b.id for b in gone])
            self.message.emit(self.tr("Deleted %n bookmark(s): Bookmarks > Undo Delete Bookmark "
                                      "restores", "", len(gone)))
        return len(gone)

    def set_citation_style(self, style: str) -> None:
        """The style of the Markdown export's citations (reader.core.citation.STYLES)."""
        self.citation_style = style

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_delete(self) -> int:
        if self.store is None or not self._undo:
            return 0
        restored = self._undo[-1]
        back = []
        try:
            for b in restored:
                if self.store.get(b.id) is None:
                    back.append(self.store.add(b))
        except StoreError as exc:
            self._added(back)
            self._failed(exc, self.tr("Undo can be tried again."))
            return 0
        self._undo.pop()
        self._added(back)
        self.message.emit(self.tr("Restored %n bookmark(s)", "", len(restored)))
        return len(restored)

    # --- keeping the list and the open transcript's places in step ------------------------
    def _known(self, bookmark_id: str) -> Bookmark | None:
        return self._all().get(bookmark_id)

    def _all(self) -> dict[str, Bookmark]:
        if self._marks is None:
            try:
                marks = self.store.all() if self.store is not None else []
            except StoreError as exc:
                self._failed(exc)
                marks = []  # read again when the store changes (check_for_others)
            self._marks = {b.id: replace(b, note=self.unsaved_notes[b.id])
                           if b.id in self.unsaved_notes else b for b in marks}
        return self._marks

    def _failed(self, exc: StoreError, then: str = "") -> None:
        """Tell the reader what was not saved or read, and why (the status bar)."""
        log.error("%s", exc)
        text = self.tr("Bookmarks: {0}").format(f"{exc.path}: {translated(exc.reason)}")
        self.message.emit(f"{text} {then}" if then else text)

    def _place(self, b: Bookmark) -> Placed | None:
        """Where a bookmark is in the open transcript (None: it belongs to another)."""
        from reader.core.anchors import resolve

        t = self.transcript
        a = b.anchor
        # The same test as BookmarkStore.for_transcript: any of the identities.
        if t is None or not (a.fingerprint == self._fingerprint or a.path == t.source.path
                             or (a.url is not None and a.url == t.source.url)
                             or (a.title is not None and a.title == t.title
                                 and a.date == t.date)):
            return None
        return Placed(b, *(resolve(t, b.anchor) or (None, None)))

    def _added(self, marks: list[Bookmark]) -> None:
        if not marks:
            return
        self._all().update((b.id, b) for b in marks)
        placed = [p for p in map(self._place, marks) if p is not None]
        self.added.emit(marks)
        if placed:
            self.placed.extend(placed)
            self.placed_changed.emit()
        self.changed.emit()

    def _updated(self, b: Bookmark) -> None:
        self._all()[b.id] = b
        self.updated.emit(b)
        was = self.placed_by_id(b.id)
        now_placed = self._place(b)
        if was is not None or now_placed is not None:
            self.placed = [p for p in self.placed if p.bookmark.id != b.id]
            if now_placed is not None:
                self.placed.append(now_placed)
            self.placed_changed.emit()
        self.changed.emit()

    def _removed(self, ids: list[str]) -> None:
        for i in ids:
            self._all().pop(i, None)
        self.removed.emit(ids)
        if any(p.bookmark.id in ids for p in self.placed):
            self.placed = [p for p in self.placed if p.bookmark.id not in ids]
            self.placed_changed.emit()
        self.changed.emit()

    def _reload(self) -> None:
        """Read everything again: another window or an import changed the store."""
        self._marks = None
        self._resolve()
        self.reloaded.emit()
        self.changed.emit()

    # --- reading, links, export ---------------------------------------------------------
    def all(self) -> list[Bookmark]:
        """Every bookmark, oldest first (read from the store once, then kept)."""
        return list(self._all().values())

    def link(self, bookmark_id: str) -> str | None:
        """The passage link, from the open transcript or else its file re-read."""
        from reader.core.masha import masha_link

        p = self.placed_by_id(bookmark_id)
        if p is not None and self.transcript is not None:
            if p.start is None or p.end is None:
                return None
            return masha_link(self.transcript, p.start, p.end)
        b = self._known(bookmark_id)
        return None if b is None else self.passages.link(b.anchor, self.transcript)

    def export(self, path: Path, fmt: str, ids: list[str] | None = None) -> int:
        from reader.core.bookmark_io import export_json, write_export

        marks = [b for b in self.all() if ids is None or b.id in ids]
        if fmt == "markdown":
            import datetime as dt

            from reader.core.export import bookmarks_markdown, cite_bookmarks  # when asked

            cited = cite_bookmarks(marks, self.passages, dt.date.today(), self.transcript)
            text = bookmarks_markdown(cited, self.citation_style)
        else:
            text = export_json(marks)
        try:
            write_export(path, text)  # whole or not at all: never a truncated export
        except OSError as exc:
            self.message.emit(self.tr("{0}: not exported ({1}); an earlier file there is "
                                      "unchanged").format(path.name, translated(reason(exc))))
            return 0
        self.message.emit(self.tr("Exported %n bookmark(s) to {0}", "", len(marks))
                          .format(path.name))
        return len(marks)

    def import_file(self, path: Path) -> tuple[int, int] | None:
        from reader.core.bookmark_io import BookmarkImportError, load_export

        if self.store is None:
            return None
        try:
            added, existing = self.store.add_many(load_export(path))
        except BookmarkImportError as exc:
            self.message.emit(self.tr("{0}: nothing imported: {1}").format(
                path.name, "; ".join(exc.problems)))
            return None
        except StoreError as exc:
            self._failed(exc)
            return None
        self._reload()
        said = self.tr("Imported %n bookmark(s) from {0}", "", added).format(path.name)
        if existing:
            said += self.tr("; %n were already there", "", existing)
        self.message.emit(said)
        return added, existing
