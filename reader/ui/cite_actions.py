"""Copy with Citation in the chosen style, and the menu that chooses it (kept in
Settings). The quoted passage is extended to whole words; the link selects it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup

from reader.core.anchors import make_anchor, snap_to_words
from reader.core.citation import STYLES, quote_with_citation, source_for
from reader.core.masha import masha_link
from reader.settings import Settings
from reader.ui.dialogue import DialogueView


class CitationActions(QObject):
    """``style_actions``: one checkable action per style, for a Citation Style menu."""

    style_changed = Signal(str)

    def __init__(self, dialogue: DialogueView, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialogue = dialogue
        self.settings = settings
        labels = {"plain": self.tr("&Plain"),
                  "chicago": self.tr("&Chicago (Notes and Bibliography)"),
                  "apa": self.tr("&APA 7"), "bibtex": self.tr("&BibTeX")}
        self.group = QActionGroup(self)
        self.style_actions: list[QAction] = []
        current = self.style
        for style in STYLES:
            a = QAction(labels[style], self)
            a.setCheckable(True)
            a.setChecked(style == current)
            a.setData(style)
            a.triggered.connect(lambda _=False, s=style: self.set_style(s))
            self.group.addAction(a)
            self.style_actions.append(a)
        dialogue.citer = self.citation_for_selection

    def set_style(self, style: str) -> None:
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
