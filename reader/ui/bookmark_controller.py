"""Bookmarks in the window: resolving them on the open transcript, adding, editing,
deleting with undo, exporting and importing. No widgets here."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.anchors import FlatText, Point, make_anchor, resolve
from reader.core.bookmark_io import (
    BookmarkImportError,
    export_json,
    export_markdown,
    load_export,
    write_export,
)
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.masha import masha_link
from reader.core.model import BlockKind, Transcript
from reader.core.store_errors import StoreError, reason

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Placed:
    """A bookmark of the open transcript and where its passage is (None: orphaned)."""

    bookmark: Bookmark
    start: Point | None
    end: Point | None

    @property
    def orphaned(self) -> bool:
        return self.start is None


class BookmarkController(QObject):
    changed = Signal()  # the set of bookmarks changed
    placed_changed = Signal()  # the open transcript's bookmarks were (re)resolved
    message = Signal(str)

    def __init__(self, store: BookmarkStore | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.transcript: Transcript | None = None
        self.placed: list[Placed] = []
        self._undo: list[list[Bookmark]] = []
        # Notes typed while they could not be saved (a full disk): shown, and saved when
        # the reader edits them again.
        self.unsaved_notes: dict[str, str] = {}
        # Another window or running copy may add bookmarks to the same file: look for
        # its commits every two seconds (a cheap pragma) and show them.
        self._seen_version = store.data_version() if store is not None else 0
        self._poll = QTimer(self)
        self._poll.setInterval(2000)
        self._poll.timeout.connect(self.check_for_others)
        if store is not None:
            self._poll.start()

    @property
    def available(self) -> bool:
        return self.store is not None

    # --- the open transcript --------------------------------------------------------
    def set_transcript(self, t: Transcript | None) -> None:
        self.transcript = t
        self._resolve()

    def _resolve(self) -> None:
        self.placed = []
        t = self.transcript
        if t is None or self.store is None:
            self.placed_changed.emit()
            return
        try:
            marks = self.store.for_transcript(t.fingerprint(), t.source.path, t.source.url,
                                              t.title, t.date)
        except StoreError as exc:
            self._failed(exc)
            marks = []
        flat = FlatText(t) if marks else None
        for b in marks:
            where = resolve(t, b.anchor, flat)
            self.placed.append(Placed(b, *(where or (None, None))))
        self.placed_changed.emit()

    def check_for_others(self) -> bool:
        """Reload when another connection changed the bookmarks; True if it did."""
        if self.store is None:
            return False
        version = self.store.data_version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        self._after_change()
        return True

    def status(self, bookmark_id: str) -> str:
        for p in self.placed:
            if p.bookmark.id == bookmark_id:
                return "not found in this version" if p.orphaned else "in open transcript"
        return ""

    def placed_by_id(self, bookmark_id: str) -> Placed | None:
        return next((p for p in self.placed if p.bookmark.id == bookmark_id), None)

    # --- changes ------------------------------------------------------------------------
    def add(self, start: Point, end: Point, note: str = "", colour: str = "yellow"
            ) -> Bookmark | None:
        t = self.transcript
        if t is None or self.store is None:
            return None
        try:
            anchor = make_anchor(t, start, end)
        except ValueError as exc:
            self.message.emit(f"Nothing to bookmark: {exc}")
            return None
        block = t.blocks[start.block]
        speaker = t.speaker(block.speaker) if block.speaker else None
        try:
            b = self.store.add(Bookmark(anchor=anchor, note=note, colour=colour,
                                        speaker=speaker.name if speaker else None,
                                        place=t.place))
        except StoreError as exc:
            self._failed(exc)
            return None
        self._after_change()
        self.message.emit("Bookmark added")
        return b

    def add_turn(self, block: int) -> Bookmark | None:
        """Bookmark a whole turn (all paragraphs of one speech block)."""
        t = self.transcript
        if t is None or not 0 <= block < len(t.blocks):
            return None
        b = t.blocks[block]
        if b.kind is not BlockKind.SPEECH or not b.paragraphs:
            return None
        last = len(b.paragraphs) - 1
        return self.add(Point(block, 0, 0), Point(block, last, len(b.paragraphs[last])))

    def set_note(self, bookmark_id: str, note: str) -> bool:
        """Save a note; when it cannot be saved, say why and keep it to retry."""
        if self.store is None:
            return False
        try:
            self.store.set_note(bookmark_id, note)
        except StoreError as exc:
            self.unsaved_notes[bookmark_id] = note
            self._failed(exc, self.tr("The typed note is kept in the list: edit it again "
                                      "to retry."))
            return False
        self.unsaved_notes.pop(bookmark_id, None)
        self._after_change()
        return True

    def set_colour(self, bookmark_id: str, colour: str) -> None:
        if self.store is not None:
            try:
                self.store.set_colour(bookmark_id, colour)
            except StoreError as exc:
                self._failed(exc)
                return
            self._after_change()

    def reattach(self, bookmark_id: str, start: Point, end: Point) -> None:
        """Anchor an orphaned (or any) bookmark to a new passage of the open transcript."""
        if self.store is None or self.transcript is None:
            return
        try:
            old = self.store.get(bookmark_id)
            if old is None:
                return
            self.store.update(replace(old, anchor=make_anchor(self.transcript, start, end)))
        except StoreError as exc:
            self._failed(exc)
            return
        self._after_change()
        self.message.emit("Bookmark re-attached")

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
            self._after_change()
            self.message.emit(f"Deleted {len(gone)} bookmark(s) — Edit > Undo to restore")
        return len(gone)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_delete(self) -> int:
        if self.store is None or not self._undo:
            return 0
        restored = self._undo[-1]
        try:
            for b in restored:
                if self.store.get(b.id) is None:
                    self.store.add(b)
        except StoreError as exc:
            self._failed(exc, self.tr("Undo can be tried again."))
            self._after_change()
            return 0
        self._undo.pop()
        self._after_change()
        self.message.emit(f"Restored {len(restored)} bookmark(s)")
        return len(restored)

    def _after_change(self) -> None:
        self._resolve()
        self.changed.emit()

    # --- reading, links, export ---------------------------------------------------------
    def all(self) -> list[Bookmark]:
        if self.store is None:
            return []
        try:
            marks = self.store.all()
        except StoreError as exc:
            self._failed(exc)
            return []
        if self.unsaved_notes:
            marks = [replace(b, note=self.unsaved_notes[b.id]) if b.id in self.unsaved_notes
                     else b for b in marks]
        return marks

    def _failed(self, exc: StoreError, then: str = "") -> None:
        """Tell the reader what was not saved and why (the status bar)."""
        log.error("%s", exc)
        text = self.tr("Bookmarks: {0}").format(str(exc))
        self.message.emit(f"{text} {then}" if then else text)

    def link(self, bookmark_id: str) -> str | None:
        p = self.placed_by_id(bookmark_id)
        if p is None or p.orphaned or self.transcript is None:
            return None
        assert p.start is not None and p.end is not None
        return masha_link(self.transcript, p.start, p.end)

    def export(self, path: Path, fmt: str, ids: list[str] | None = None) -> int:
        marks = [b for b in self.all() if ids is None or b.id in ids]
        links = {b.id: link for b in marks if (link := self.link(b.id))}
        text = export_markdown(marks, links) if fmt == "markdown" else export_json(marks)
        try:
            write_export(path, text)  # whole or not at all: never a truncated export
        except OSError as exc:
            self.message.emit(self.tr("{0}: not exported ({1}); an earlier file there is "
                                      "unchanged").format(path.name, reason(exc)))
            return 0
        self.message.emit(f"Exported {len(marks)} bookmark(s) to {path.name}")
        return len(marks)

    def import_file(self, path: Path) -> tuple[int, int] | None:
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
        self._after_change()
        self.message.emit(f"Imported {added} bookmark(s) from {path.name}"
                          + (f"; {existing} were already there" if existing else ""))
        return added, existing
