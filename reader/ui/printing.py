"""Printing and PDF: a transcript's export layout (reader.core.export) as a
QTextDocument, painted page by page on a printer or a PDF writer, in the window's font
and scheme or in a print-friendly black on white."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from reader.core.export import Layout
from reader.core.themes import FALLBACK, Theme
from reader.ui.theming import bookmark_format

# Print-friendly: a serif face at a size made for paper.
PRINT_FONT_POINTS = 11.0


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """``friendly``: black on white in a serif face, else the window's font and scheme;
    ``notes``: bookmarked passages marked, with their notes as footnotes."""

    friendly: bool = True
    notes: bool = True


def print_font(font: QFont | None, friendly: bool) -> QFont:
    if friendly or font is None:
        f = QFont("Times New Roman")
        f.setStyleHint(QFont.StyleHint.Serif)
        f.setPointSizeF(PRINT_FONT_POINTS)
        return f
    return QFont(font)


def layout_html(doc: Layout, theme: Theme, slots: dict[str, int | None]) -> str:
    """The layout as rich text in Qt's HTML subset (colours from the theme)."""
    muted = theme.muted
    out = [f'<h1 style="font-size:x-large">{escape(doc.title)}</h1>']
    if doc.dateline:
        out.append(f'<p style="color:{muted}">{escape(doc.dateline)}</p>')
    if doc.url:
        out.append(f'<p style="font-size:small"><a href="{escape(doc.url)}" '
                   f'style="color:{theme.colours["link"]}">{escape(doc.url)}</a></p>')
    if doc.excerpt:
        out.append(f'<p style="color:{muted}"><i>{escape(doc.words[0])}</i></p>')
    if doc.lead:
        out.append(f"<p><i>{escape(doc.lead)}</i></p>")
    for p in doc.paras:
        if p.kind == "section_break":
            out.append('<p align="center">*&nbsp;&nbsp;*&nbsp;&nbsp;*</p>')
            continue
        if p.kind == "omission":
            out.append(f'<p style="color:{muted}">&lt;…&gt;</p>')
            continue
        body = "".join(_span_html(s.text, s.marked, s.colour, s.notes, theme) for s in p.spans)
        if p.kind in ("narration", "caption"):
            body = f'<i style="color:{muted}">{body}</i>'
        elif p.kind == "heading":
            body = f"<b>{body}</b>"
        if p.speaker:
            colour = theme.speaker_colour(slots.get(p.speaker_id or ""))
            marker = f' <i style="color:{muted}">({escape(p.marker)})</i>' if p.marker else ""
            body = f'<b style="color:{colour}">{escape(p.speaker)}</b>{marker}: {body}'
            out.append(f'<p style="margin-top:12px">{body}</p>')
        else:
            out.append(f"<p>{body}</p>")
    if doc.footnotes:
        out.append(f'<hr/><p><b>{escape(doc.words[1])}</b></p>')
        for f in doc.footnotes:
            text = escape(f.note) if f.note else f"“{escape(f.quote)}”"
            link = (f' <a href="{escape(f.link)}" style="color:{theme.colours["link"]}">'
                    f"{escape(f.link)}</a>") if f.link else ""
            out.append(f'<p style="font-size:small"><sup>{f.number}</sup> {text}{link}</p>')
    return "\n".join(out)


def _span_html(text: str, marked: bool, colour: str, notes: tuple[int, ...],
               theme: Theme) -> str:
    body = escape(text)
    if marked:
        fmt = bookmark_format(theme, colour)
        if theme.two_colour:
            body = f'<u style="text-decoration:underline">{body}</u>'
        else:
            body = f'<span style="background-color:{fmt.background().color().name()}">{body}</span>'
    return body + "".join(f"<sup>{n}</sup>" for n in notes)


def build_document(doc: Layout, theme: Theme, font: QFont | None,
                   slots: dict[str, int | None], options: PrintOptions, *,
                   paper: Theme = FALLBACK) -> QTextDocument:
    """The document to print: the chosen theme's colours, or (print-friendly) those of
    ``paper``: the black-on-white scheme, names in black told apart by their marks and
    bookmarks underlined, no colour ink."""
    style = paper if options.friendly else theme
    document = QTextDocument()
    document.setDefaultFont(print_font(font, options.friendly))
    document.setDefaultStyleSheet(f"body {{ color: {style.text}; }} p {{ margin: 4px 0; }}")
    document.setHtml(f'<body style="color:{style.text}">{layout_html(doc, style, slots)}</body>')
    return document


def paint_pages(document: QTextDocument, device: QPagedPaintDevice,
                background: str | None) -> int:
    """Paint the document on a printer or PDF writer, a page at a time, each page
    filled with the scheme's background first (None: the paper's white). Returns
    the number of pages."""
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError(QCoreApplication.translate("Printing", "cannot draw on the output"))
    try:
        rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        # Lay out at the device's resolution, so that points are points on paper.
        document.documentLayout().setPaintDevice(device)
        font = QFont(document.defaultFont())
        font.setPointSizeF(font.pointSizeF() * 0.8)
        footer = QFontMetricsF(font, device).height() * 2
        width, height = float(rect.width()), float(rect.height()) - footer
        document.setPageSize(QSizeF(width, height))
        document.setDocumentMargin(0)
        pages = max(1, document.pageCount())
        full = device.pageLayout().fullRectPixels(device.logicalDpiX())
        colour = QColor(document.defaultStyleSheet().split("color:")[1].split(";")[0].strip()) \
            if "color:" in document.defaultStyleSheet() else QColor("black")
        for page in range(pages):
            if page:
                device.newPage()
            if background is not None:
                painter.fillRect(QRectF(-rect.x(), -rect.y(), full.width(), full.height()),
                                 QColor(background))
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            if pages > 1:  # "2 / 7" centred below the text
                painter.setFont(font)
                painter.setPen(colour)
                painter.drawText(QRectF(0, height, width, footer),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                                 f"{page + 1} / {pages}")
        return pages
    finally:
        painter.end()


def page_setup(device: QPagedPaintDevice) -> None:
    """A4 with 18 mm margins (the printer dialog may change them)."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))


def write_pdf(path: Path, doc: Layout, *, theme: Theme, font: QFont | None,
              slots: dict[str, int | None], options: PrintOptions,
              paper: Theme = FALLBACK) -> int:
    """Save the layout as a PDF; the number of pages. Raises OSError when it cannot be
    written."""
    document = build_document(doc, theme, font, slots, options, paper=paper)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(doc.title)
    writer.setCreator("Transcript Reader")
    page_setup(writer)
    pages = paint_pages(document, writer, None if options.friendly else theme.background)
    del writer  # the file is complete once the writer is gone
    if not path.exists():
        raise OSError(QCoreApplication.translate(
            "Printing", "{0}: the PDF could not be written").format(path))
    return pages


def write_pdf_without_window(path: Path, doc: Layout, slots: dict[str, int | None],
                             theme_id: str | None) -> int:
    """The command line's PDF: print-friendly, or in a bundled scheme with the default
    sans font. Starts a QGuiApplication when there is none."""
    from PySide6.QtGui import QGuiApplication

    from reader.core.themes import bundled_themes

    app = QGuiApplication.instance() or QGuiApplication(["transcript-reader"])
    theme = bundled_themes().get(theme_id or "", FALLBACK)
    font = None if theme_id is None else QGuiApplication.font()
    pages = write_pdf(path, doc, theme=theme, font=font, slots=slots,
                      options=PrintOptions(friendly=theme_id is None))
    del app
    return pages
