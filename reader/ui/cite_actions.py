"""Copy with Citation in the chosen style (kept in Settings). The quoted passage is
extended to whole words; the link selects it on the official page. The style actions
are in reader.ui.actions (Edit > Citation Style)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from reader.core.anchors import make_anchor, snap_to_words
from reader.core.citation import STYLES, quote_with_citation, source_for
from reader.core.masha import masha_link
from reader.settings import Settings
from reader.ui.dialogue import DialogueView


class CitationActions(QObject):
    """Gives the dialogue view its citation (``DialogueView.citer``) in the style chosen."""

    style_changed = Signal(str)

    def __init__(self, dialogue: DialogueView, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialogue = dialogue
        self.settings = settings
        dialogue.citer = self.citation_for_selection

    def set_style(self, style: str) -> None:
        if style in STYLES:
            self.settings.set_citation_style(style)
            self.style_changed.emit(style)

    @property
    def style(self) -> str:
        style = self.settings.citation_style()
        return style if style in STYLES else "plain"

    def citation_for_selection(self) -> str | None:
        """The selected passage (whole words) with its citation and passage link."""
        t = self.dialogue.transcript
        points = self.dialogue.selection_points()
        if t is None or points is None:
            return None
        start, end = snap_to_words(t, *points)
        try:
            quote = make_anchor(t, start, end).quote
        except ValueError:
            return None
        src = source_for(t, start, masha_link(t, start, end), dt.date.today())
        return quote_with_citation(self.style, quote, src)
