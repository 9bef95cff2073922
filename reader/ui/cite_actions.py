"""Copy with Citation in the chosen style (kept in Settings). The quoted passage is
extended to whole words; the link selects it on the official page. The style actions
are in reader.ui.actions (Edit > Citation Style)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from reader.settings import Settings
from reader.ui.dialogue import DialogueView


class CitationActions(QObject):
    """Copy with Citation from the dialogue view, in the style chosen."""

    style_changed = Signal(str)
    copied = Signal(str)  # what went to the clipboard

    def __init__(self, dialogue: DialogueView, settings: Settings, styles: Collection[str],
                 parent: QObject | None = None) -> None:
        """``styles``: the styles offered (Edit > Citation Style), those of
        reader.core.citation.STYLES; the citation code itself loads when first used."""
        super().__init__(parent)
        self.dialogue = dialogue
        self.settings = settings
        self.styles = tuple(styles)

    def set_style(self, style: str) -> None:
        if style in self.styles:
            self.settings.set_citation_style(style)
            self.style_changed.emit(style)

    @property
    def style(self) -> str:
        style = self.settings.citation_style()
        return style if style in self.styles else "plain"

    def citation_for_selection(self) -> str | None:
        """The selected passage (whole words) with its citation and passage link."""
        import datetime

        from reader.core.anchors import make_anchor, snap_to_words
        from reader.core.citation import quote_with_citation, source_for
        from reader.core.masha import masha_link

        t = self.dialogue.transcript
        points = self.dialogue.selection_points()
        if t is None or points is None:
            return None
        start, end = snap_to_words(t, *points)
        try:
            quote = make_anchor(t, start, end).quote
        except ValueError:
            return None
        src = source_for(t, start, masha_link(t, start, end), datetime.date.today())
        return quote_with_citation(self.style, quote, src)

    def copy(self) -> None:
        """The selection with its citation to the clipboard. A selection that is no
        passage of the transcript's text (the title, a heading) gets the plain citation
        of the event."""
        view = self.dialogue
        if view.transcript is None or not view.textCursor().hasSelection():
            return
        out = self.citation_for_selection()
        if out is None:
            from reader.core.outline import citation

            text = view.textCursor().selection().toPlainText().strip()
            out = f"“{text}”\n— {citation(view.transcript, self._selected_speaker())}"
        QApplication.clipboard().setText(out)
        self.copied.emit(out)

    def _selected_speaker(self) -> str | None:
        view = self.dialogue
        row = view.row_of(view.document().findBlock(view.textCursor().selectionStart()))
        return row.speaker if row is not None else None
