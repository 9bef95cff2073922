"""File > Print… and File > Export…: the open transcript (or the selected passage) on
paper, as PDF, Markdown or plain text, with bookmarked passages marked and their notes
as footnotes when asked."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from reader.core.anchors import snap_to_words
from reader.core.export import Layout, Mark, layout, to_markdown, to_text
from reader.core.library_records import shown_date, shown_title
from reader.core.model import Transcript
from reader.core.themes import FALLBACK, Theme
from reader.settings import Settings
from reader.ui import file_dialogs
from reader.ui.bookmark_controller import BookmarkController
from reader.ui.dialogue import DialogueView
from reader.ui.file_commands import dialog_folder
from reader.ui.printing import PrintOptions, build_document, paint_pages, write_pdf

SUFFIX = {"pdf": ".pdf", "md": ".md", "txt": ".txt"}


@dataclass(frozen=True, slots=True)
class OutputChoice:
    fmt: str  # pdf | md | txt (print: pdf)
    options: PrintOptions
    selection: bool  # only the selected passage


class OutputDialog(QDialog):
    """What to print or export: format, footnotes, print-friendly, selection only."""

    def __init__(self, exporting: bool, has_selection: bool, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Transcript") if exporting
                            else self.tr("Print Transcript"))
        form = QFormLayout(self)
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("PDF"), "pdf")
        self.format_box.addItem(self.tr("Markdown"), "md")
        self.format_box.addItem(self.tr("Plain text"), "txt")
        self.format_box.setAccessibleName(self.tr("Format"))
        if exporting:
            form.addRow(self.tr("&Format:"), self.format_box)
        self.notes_box = QCheckBox(self.tr("&Mark bookmarked passages, notes as footnotes"))
        self.notes_box.setChecked(True)
        self.friendly_box = QCheckBox(self.tr("Print-&friendly (black on white, serif); "
                                              "otherwise the reading font and colours"))
        self.friendly_box.setChecked(True)
        self.selection_box = QCheckBox(self.tr("Only the &selected passage"))
        self.selection_box.setEnabled(has_selection)
        # The whole transcript unless the reader asks: a find hit is a selection too.
        self.selection_box.setChecked(False)
        for box in (self.notes_box, self.friendly_box, self.selection_box):
            form.addRow(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format_box.currentIndexChanged.connect(
            lambda: self.friendly_box.setEnabled(self.format_box.currentData() == "pdf"))

    def choice(self) -> OutputChoice:
        return OutputChoice(str(self.format_box.currentData()),
                            PrintOptions(friendly=self.friendly_box.isChecked(),
                                         notes=self.notes_box.isChecked()),
                            self.selection_box.isChecked() and self.selection_box.isEnabled())


#: Characters no file name may hold on one system or another.
_NOT_IN_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def export_name(t: Transcript) -> str:
    """A file name for an exported transcript: its date and title as the list shows them
    ("2018-03-10 Interview to American TV channel NBC"), within 120 characters; the
    source file's name when it has neither."""
    title = shown_title(t.title, t.source.path) or ""
    date = shown_date(t.date, t.source.path)
    name = f"{date} {title}" if date and date not in title else title
    name = " ".join(_NOT_IN_NAMES.sub(" ", name).split()).strip(" .")[:120].rstrip(" .")
    return name or Path(t.source.path).stem


class ExportActions(QObject):
    """What File > Print… and File > Export Transcript… do (the actions are in
    reader.ui.actions)."""

    def __init__(self, window: QWidget, dialogue: DialogueView, bookmarks: BookmarkController,
                 *, say: Callable[[str], None], paper: Theme = FALLBACK,
                 settings: Settings | None = None) -> None:
        """``paper``: the scheme of print-friendly output (black on white); ``settings``
        keep the folder exported to last."""
        super().__init__(window)
        self.paper = paper
        self.settings = settings
        self.window = window
        self.dialogue = dialogue
        self.bookmarks = bookmarks
        self.say = say

    # --- what goes out -------------------------------------------------------------
    def layout(self, choice: OutputChoice) -> Layout | None:
        t = self.dialogue.transcript
        if t is None:
            return None
        marks = [Mark(p.start, p.end, p.bookmark.note, p.bookmark.colour)
                 for p in self.bookmarks.placed
                 if p.start is not None and p.end is not None] if choice.options.notes else []
        points = self.dialogue.selection_points() if choice.selection else None
        if points is not None:
            return layout(t, marks, *snap_to_words(t, *points))
        return layout(t, marks)

    def _ask(self, exporting: bool) -> OutputChoice | None:
        if self.dialogue.transcript is None:
            self.say(self.tr("Open a transcript first"))
            return None
        dialog = OutputDialog(exporting, self.dialogue.selection_points() is not None,
                              self.window)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    # --- print ----------------------------------------------------------------------
    def print_(self) -> None:
        choice = self._ask(exporting=False)
        if choice is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        t = self.dialogue.transcript
        if t is not None:  # "Print to file" offers the transcript's name, beside it
            printer.setOutputFileName(str(dialog_folder(t.source.path)
                                          / (Path(t.source.path).stem + ".pdf")))
        dialog = QPrintDialog(printer, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        finally:
            dialog.deleteLater()
        self.print_to(printer, choice)

    def print_to(self, printer: QPrinter, choice: OutputChoice) -> int:
        """Print on a printer set up already (a real one, or a PDF file); the pages."""
        doc = self.layout(choice)
        if doc is None:
            return 0
        document = build_document(doc, self.dialogue.style_, self.dialogue.reading_font,
                                  self.dialogue.slots, choice.options, paper=self.paper)
        try:
            pages = paint_pages(document, printer,
                                None if choice.options.friendly
                                else self.dialogue.style_.background)
        except OSError as exc:
            self.say(self.tr("Printing failed: {0}").format(exc))
            return 0
        finally:
            document.deleteLater()
        self.say(self.tr("Printed %n page(s)", "", pages))
        return pages

    # --- export ---------------------------------------------------------------------
    def export(self) -> None:
        choice = self._ask(exporting=True)
        t = self.dialogue.transcript
        if choice is None or t is None:
            return
        filters = {"pdf": self.tr("PDF (*.pdf)"), "md": self.tr("Markdown (*.md)"),
                   "txt": self.tr("Plain text (*.txt)")}
        last = self.settings.export_folder() if self.settings is not None else ""
        folder = Path(last) if last and Path(last).is_dir() else dialog_folder(t.source.path)
        suggested = folder / (export_name(t) + SUFFIX[choice.fmt])
        path, _ = file_dialogs.save_file_name(self.window, self.tr("Export Transcript"),
                                              str(suggested), filters[choice.fmt])
        if path and self.export_to(Path(path), choice) and self.settings is not None:
            self.settings.set_export_folder(str(Path(path).parent))

    def export_to(self, path: Path, choice: OutputChoice) -> bool:
        doc = self.layout(choice)
        if doc is None:
            return False
        try:
            if choice.fmt == "pdf":
                write_pdf(path, doc, theme=self.dialogue.style_,
                          font=self.dialogue.reading_font, slots=self.dialogue.slots,
                          options=choice.options, paper=self.paper)
            else:
                text = to_markdown(doc) if choice.fmt == "md" else to_text(doc)
                path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.say(self.tr("{0}: could not be saved ({1})").format(
                path.name, getattr(exc, "strerror", None) or exc))
            return False
        self.say(self.tr("Saved {0}").format(path.name))
        return True
