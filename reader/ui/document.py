"""The reading view's rich text (Qt's HTML subset) for the rows of a rendered
transcript: one paragraph per row, so text block i of the document is row i."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from reader.core.rendered import MUTED_ROWS, Row, RowKind, units
from reader.core.speaker_style import speaker_style
from reader.core.themes import Theme


def stylesheet(style: Theme) -> str:
    """The document's default style sheet: paragraphs refer to these classes, so the
    HTML carries no per-paragraph style (setHtml parses it much faster)."""
    return (
        # No colour for ordinary text: it follows the palette, so a new scheme needs no
        # new document (see DialogueView.set_view_style).
        "p { margin-top: 4px; margin-bottom: 4px; }"
        "p.t { margin-top: 14px; }"
        f"p.m {{ color: {style.muted}; }}"
        "p.s { font-size: small; }"
        f"p.c {{ color: {style.muted}; text-align: center; }}"
        f"p.cap {{ color: {style.muted}; font-size: small; }}"
        "p.h { font-size: large; }"
        f"span.mk {{ color: {style.muted}; }}"
        f"a {{ color: {style.colours['link']}; }}"
    )


def _paragraph(row: Row, style: Theme) -> str:
    text = escape(row.text)
    kind = row.kind
    if kind is RowKind.TITLE:
        return f'<p><span style="font-size:x-large;font-weight:bold">{text}</span></p>'
    if kind is RowKind.LEAD:
        return f"<p><i>{text}</i></p>"
    if kind is RowKind.LINK:
        return f'<p class="s"><a href="{text}">{text}</a></p>'
    if kind is RowKind.SECTION_BREAK:
        return f'<p class="c">{text}</p>'
    if kind is RowKind.CAPTION:
        return f'<p class="cap"><i>{escape(row.lead_in)}{text}</i></p>'
    if kind is RowKind.HEADING:
        return f'<p class="h"><b>{text}</b></p>'
    if kind is RowKind.NARRATION:
        return f'<p class="m"><i>{text}</i></p>'
    if kind is RowKind.SPEECH:
        if row.name:
            colour = speaker_style(style, row.look).name_colour
            text = (f'<b style="color:{colour}">{escape(row.name)}</b>'
                    f'<span class="mk"><i>{escape(row.marker)}</i></span>: {text}')
        return f'<p class="t">{text}</p>' if row.turn_start else f"<p>{text}</p>"
    if kind in MUTED_ROWS:
        return f'<p class="m">{text}</p>'
    return f"<p>{text}</p>"


def build_html(rows: list[Row], style: Theme) -> str:
    """Rich text for these rows, in order."""
    return "".join(_paragraph(r, style) for r in rows)


def recolour(doc: QTextDocument, rows: list[Row], starts: list[int], style: Theme) -> None:
    """Give a built document another scheme's colours in place (names, muted lines,
    markers, the link): much quicker than building it again."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    muted, link = QTextCharFormat(), QTextCharFormat()
    muted.setForeground(QColor(style.muted))
    link.setForeground(QColor(style.colours["link"]))

    def paint(start: int, length: int, fmt: QTextCharFormat) -> None:
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    for i, row in enumerate(rows):
        if row.kind in MUTED_ROWS:
            paint(starts[i], units(row.shown), muted)
        elif row.kind is RowKind.LINK:
            paint(starts[i], units(row.shown), link)
        elif row.name:
            name = QTextCharFormat()
            name.setForeground(QColor(speaker_style(style, row.look).name_colour))
            paint(starts[i], units(row.name), name)
            paint(starts[i] + units(row.name), units(row.marker), muted)
    cursor.endEditBlock()
