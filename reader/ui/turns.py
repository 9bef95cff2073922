"""Moving through a transcript by turns: the next or previous turn (of anyone, or of one
speaker), and one speaker brought out from the legend."""

from __future__ import annotations

from reader.ui.dialogue import DialogueView


class Turns:
    """Turn navigation over the dialogue view (no widgets of its own)."""

    def __init__(self, view: DialogueView) -> None:
        self.view = view

    def blocks(self, speaker: str | None = None) -> list[int]:
        """Transcript block indexes of turn starts (of one speaker, or all)."""
        self.view.ensure_complete()
        rendered = self.view.view
        return rendered.turn_blocks(speaker) if rendered is not None else []

    def highlight(self, speaker: str | None) -> None:
        """Bring out one speaker's turns (the others' stripes fade) and go to the first;
        None shows everyone again."""
        self.view.gutter.set_highlight(speaker)
        blocks = self.blocks(speaker) if speaker is not None else []
        if blocks:
            self.view.scroll_to_block(blocks[0])

    def current_speaker(self) -> str | None:
        """The speaker chosen in the legend, else the one whose turn holds the cursor."""
        if self.view.highlight_speaker is not None:
            return self.view.highlight_speaker
        row = self.view.row_of(self.view.textCursor().block())
        return row.speaker if row is not None else None

    def go(self, step: int, speaker: str | None = None) -> bool:
        """Next (+1) or previous (-1) turn: of this speaker, or any turn when None."""
        here = self.view.first_visible_block()
        # The block at the top may start below the view's top edge (the title and lead
        # above the first turn): then it is still ahead, and Next goes to it.
        top = self.view.block_top(here)
        ahead = top is not None and top > self.view.verticalScrollBar().value() + 1
        targets = [b for b in self.blocks(speaker)
                   if (b > here or (ahead and b == here) if step > 0 else b < here)]
        if not targets:
            return False
        self.view.scroll_to_block(targets[0] if step > 0 else targets[-1])
        return True
