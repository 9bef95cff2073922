"""Quote, cite, print: every passage leaves the app with its source (issue 15)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView
from pytestqt.qtbot import QtBot
from reader.app import AppPaths
from reader.cli import main
from reader.core.passages import Status
from reader.ui.bookmark_panel import EVENT, NOTE, QUOTE, STATUS
from reader.ui.main_window import MainWindow
from tests.helpers import ROOT, MakeWindow, open_and_wait, write_fictional

#: Three forms of page: saved HTML, text copied from the site, a dataset record.
CORPUS_FILES = ("en/kremlin-en-news-55444.html", "en-copied/kremlin-en-news-54152.copied.txt",
                "en/csvrec-peiyizhuo-putin-67735.txt")
LINK = re.compile(r"https?://\S+#sel=\d+:\d+,\d+:\d+")


def select(w: MainWindow, text: str) -> None:
    cursor = w.dialogue.document().find(text)
    assert not cursor.isNull(), text
    w.dialogue.setTextCursor(cursor)


def open_file(qtbot: QtBot, w: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(w.controller.transcript_opened, timeout=20000):
        w.controller.open_path(str(path))


def mid_word_passage(w: MainWindow) -> tuple[str, str]:
    """(a selection that starts and ends inside words, the same passage on whole words)
    from a long paragraph of the third turn or later."""
    t = w.dialogue.transcript
    assert t is not None
    paras = [p for b in t.turns()[2:] for p in b.paragraphs if len(p) > 120]
    p = paras[0]
    words = list(re.finditer(r"\w+", p))
    first = next(m for m in words[2:] if m.end() - m.start() >= 4)
    last = next(m for m in words if m.start() > first.start() + 50 and m.end() - m.start() >= 4)
    return p[first.start() + 2:last.end() - 2], p[first.start():last.end()]


def test_markdown_export_and_cli_give_each_passage_the_link_copy_link_gives(
        qtbot: QtBot, make_window: MakeWindow, corpus: Path, seed_file: Path,
        app_paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(corpus / f) for f in CORPUS_FILES])
    quotes = []
    for f in CORPUS_FILES:
        open_file(qtbot, w, corpus / f)
        selection, whole = mid_word_passage(w)
        select(w, selection)
        w.commands.bookmark.trigger()
        quotes.append(whole)
    # The bookmarks start and end on whole words, not where the selection did.
    assert [b.anchor.quote for b in w.bookmarks.all()] == quotes
    w.close()

    # After a restart with another transcript open: none of the three is open.
    w2 = make_window()
    open_and_wait(qtbot, w2, [str(seed_file)])
    assert all(w2.bookmarks.placed_by_id(b.id) is None for b in w2.bookmarks.all())
    md = tmp_path / "bookmarks.md"
    assert w2.bookmarks.export(md, "markdown") == 3
    exported = LINK.findall(md.read_text(encoding="utf-8"))
    assert len(exported) == 3

    assert main(["bookmarks", "export", "--format", "markdown",
                 "--db", str(app_paths.data / "bookmarks.sqlite")]) == 0
    assert LINK.findall(capsys.readouterr().out) == exported

    # Copy with Citation from the panel, still none open: the same links.
    cited = [w2.bookmark_panel.copy_citation(b.id) or "" for b in w2.bookmarks.all()]
    assert [LINK.findall(c) for c in cited] == [[link] for link in exported]
    assert QApplication.clipboard().text() == cited[-1]

    # Open each, show the bookmark's passage, Copy Link to Passage: the same link.
    copied = []
    for b in w2.bookmarks.all():
        w2.bookmark_actions.open_bookmark(b.id)
        qtbot.waitUntil(lambda b=b: w2.dialogue.textCursor().selectedText().replace(
            "\u2029", " ").startswith(b.anchor.quote[:30]), timeout=20000)
        QApplication.clipboard().clear()
        w2.commands.copy_link.trigger()
        copied.append(QApplication.clipboard().text())
        assert w2.bookmarks.link(b.id) == copied[-1]
    assert copied == exported
    for f, link in zip(CORPUS_FILES, copied, strict=True):
        assert link.startswith("http://en.kremlin.ru/events/president/news/"
                               + re.search(r"-(\d+)\.", f).group(1) + "#sel=")  # type: ignore[union-attr]


def test_copy_with_citation_uses_the_style_chosen_and_the_passage_link(
        qtbot: QtBot, make_window: MakeWindow, corpus: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(corpus / "en" / "kremlin-en-news-60349.html")])
    w.commands.citation_style["apa"].trigger()
    select(w, "olid programme of cooperatio")  # from inside "solid" to inside "cooperation"
    w.commands.copy_citation.trigger()
    today = dt.date.today()
    accessed = f"{today:%B} {today.day}, {today.year}"
    text = QApplication.clipboard().text()
    assert text.startswith("“solid programme of cooperation” (")
    assert text.endswith(f"Retrieved {accessed}, from "
                         "http://en.kremlin.ru/events/president/news/60349#sel=8:43,8:46")
    assert w.settings.citation_style() == "apa"
    w.close()
    w2 = make_window()
    assert w2.commands.citation_style["apa"].isChecked()
    assert w2.bookmarks.citation_style == "apa"


def test_edit_menu_offers_every_citation_style_and_no_other(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """The menu's styles are the ones the citation code writes (the window loads that
    code only when a citation is first made, so it takes the styles from the menu)."""
    from reader.core.citation import STYLES

    w = make_window()
    assert tuple(w.commands.citation_style) == STYLES
    assert w.cite_actions.styles == STYLES
    w.settings.set_citation_style("mla")  # a style this version does not know
    assert w.cite_actions.style == "plain"


def test_undo_message_names_the_menu_where_undo_is(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    select(w, "They were enjoyable.")
    w.commands.bookmark.trigger()
    w.bookmark_panel.table.selectRow(0)
    w.bookmark_panel.delete_action.trigger()
    said = w.message_label.text()
    menu = next(a.menu() for a in w.menuBar().actions()
                if w.commands.undo_delete in a.menu().actions())
    where = f"{menu.title().replace('&', '')} > {w.commands.undo_delete.text().replace('&', '')}"
    assert where == "Bookmarks > Undo Delete Bookmark"
    assert where in said


def test_status_of_every_bookmark_and_the_panels_columns(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    files = [write_fictional(lib, f"{n}.txt", f"Talk {n}", "2031-01-02",
                             [f"Rufus Firefly {n.upper()}", "Ada Quill"])
             for n in ("a", "b", "c", "d")]
    w = make_window()
    w.show()
    open_and_wait(qtbot, w, [str(lib)])
    for f in files:
        open_file(qtbot, w, f)
        select(w, "Paragraph 3 said by Ada Quill")
        w.commands.bookmark.trigger()
    b_file, c_file = files[1], files[2]
    b_file.unlink()
    c_file.write_text(c_file.read_text(encoding="utf-8").replace("Paragraph 3", "Paragraph three"),
                      encoding="utf-8")
    model = w.bookmark_panel.model
    with qtbot.waitSignal(model.statuses_found, timeout=20000):
        open_file(qtbot, w, files[3])
    shown = {model.item(model.index(r, 0)).anchor.title: model.index(r, STATUS).data()  # type: ignore[union-attr]
             for r in range(model.rowCount())}
    assert shown == {"Talk a": "found", "Talk b": "file missing", "Talk c": "passage not found",
                     "Talk d": "open"}
    assert set(model.statuses.values()) == set(Status)
    # Each status says what it means when pointed at (and the column, what they are).
    tip = Qt.ItemDataRole.ToolTipRole
    tips = {model.index(r, STATUS).data(): model.index(r, STATUS).data(tip)
            for r in range(model.rowCount())}
    assert tips["open"] == "The passage is in the transcript open now"
    assert "Re-attach to Selection" in tips["passage not found"]
    assert "locate" in tips["file missing"] and "not open now" in tips["found"]
    assert "found (in its file)" in model.headerData(STATUS, Qt.Orientation.Horizontal, tip)

    # The panel opens tall enough for several rows; Quote and Note take the spare width.
    table = w.bookmark_panel.table
    assert table.viewport().height() >= 4 * table.verticalHeader().defaultSectionSize()
    head = table.horizontalHeader()
    assert head.sectionResizeMode(QUOTE) == QHeaderView.ResizeMode.Stretch
    assert head.sectionResizeMode(NOTE) == QHeaderView.ResizeMode.Stretch
    assert table.columnWidth(STATUS) < table.columnWidth(QUOTE)
    assert table.columnWidth(EVENT) >= table.sizeHintForColumn(EVENT)  # "Talk a" in full


class _PrintToPdf(QObject):
    """Stands in for the print dialog: the user picks "Print to PDF" and a file."""

    target = Path()

    def __init__(self, printer: QPrinter, _parent: object = None) -> None:
        super().__init__()
        self.printer = printer

    def exec(self) -> int:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        return QDialog.DialogCode.Accepted.value


def pdf_text(path: Path) -> str:
    """The PDF's words (pypdf puts a line break where the bold name meets its colon)."""
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())
    return text.replace(" :", ":")


#: The seed transcript as the repository ships it.
REPO_SEED = ROOT / "transcripts" / "putin-arrived-in-minsk-2024-05-23-en.txt"


def test_print_to_pdf_has_title_speakers_and_the_bookmark_note(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    seed_file = REPO_SEED
    from reader.ui import export_actions

    _PrintToPdf.target = tmp_path / "seed.pdf"
    monkeypatch.setattr(export_actions, "QPrintDialog", _PrintToPdf)
    monkeypatch.setattr(export_actions.OutputDialog, "exec",
                        lambda _self: QDialog.DialogCode.Accepted.value)
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    select(w, "They were enjoyable.")
    w.commands.bookmark.trigger()
    w.bookmarks.set_note(w.bookmarks.all()[0].id, "Bahrain talks went well")
    w.dialogue.moveCursor(QTextCursor.MoveOperation.Start)  # no selection: the whole text
    w.commands.print_.trigger()
    text = pdf_text(tmp_path / "seed.pdf")
    assert "Vladimir Putin arrived in Minsk" in text
    assert "May 23, 2024, Minsk" in text
    for speaker in ("President of Belarus Alexander Lukashenko",
                    "President of Russia Vladimir Putin"):
        assert speaker in text
    assert text.count("Alexander Lukashenko:") >= 4 and text.count("Vladimir Putin:") >= 4
    assert "Notes 1 Bahrain talks went well" in text
    assert "Printed 1 page" in w.message_label.text()


def test_export_a_selection_alone_as_markdown_and_pdf(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path, tmp_path: Path) -> None:
    from reader.ui.export_actions import OutputChoice
    from reader.ui.printing import PrintOptions

    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    select(w, "They were enjoyable.")
    w.commands.bookmark.trigger()
    w.bookmarks.set_note(w.bookmarks.all()[0].id, "the Bahrain talks")
    select(w, "ll. They were enjoyable.")  # inside "Not at all."
    md = tmp_path / "part.md"
    assert w.export_actions.export_to(md, OutputChoice("md", PrintOptions(), selection=True))
    assert md.read_text(encoding="utf-8") == (
        "# Vladimir Putin arrived in Minsk\n\n*May 23, 2024, Minsk*\n\n*Excerpt*\n\n"
        "**President of Russia Vladimir Putin**: all. <mark>They were enjoyable.</mark>[^1]\n\n"
        "[^1]: the Bahrain talks\n")
    pdf = tmp_path / "part.pdf"
    assert w.export_actions.export_to(pdf, OutputChoice("pdf", PrintOptions(friendly=False),
                                                        selection=True))
    text = pdf_text(pdf)
    assert "all. They were enjoyable." in text and "Lukashenko" not in text


def test_command_line_export_pdf_md_txt(tmp_path: Path) -> None:
    seed_file = REPO_SEED
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    db = tmp_path / "none.sqlite"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "reader", "export", str(seed_file),
                               "--db", str(db), *args], capture_output=True, text=True,
                              env=env, timeout=120, check=False)

    pdf = tmp_path / "seed.pdf"
    r = run("--format", "pdf", "-o", str(pdf))
    assert r.returncode == 0, r.stderr
    text = pdf_text(pdf)
    assert "Vladimir Putin arrived in Minsk" in text and "Alexander Lukashenko:" in text
    md = run("--format", "md")
    assert md.returncode == 0 and md.stdout.startswith("# Vladimir Putin arrived in Minsk\n")
    assert "<mark>" not in md.stdout and "[^1]" not in md.stdout

    # With a bookmark in the database: marked, its note a footnote; a passage alone.
    from reader.core import parse_file
    from reader.core.anchors import FlatText, make_anchor
    from reader.core.bookmarks import Bookmark, BookmarkStore

    t = parse_file(seed_file)
    flat = FlatText(t)
    at = flat.text.index("They were enjoyable.")
    store = BookmarkStore(db)
    store.add(Bookmark(make_anchor(t, flat.point(at), flat.point(at + 20)), note="Bahrain"))
    store.close()
    md = run("--format", "md")
    assert "Vladimir Putin**: Not at all. <mark>They were enjoyable.</mark>[^1]" in md.stdout
    assert md.stdout.endswith("[^1]: Bahrain\n")
    part = run("--format", "txt", "--from", f"{flat.point(at).block}:0:2",
               "--to", f"{flat.point(at).block}:0:{flat.point(at).offset + 7}")
    assert part.stdout == ("Vladimir Putin arrived in Minsk\n\nMay 23, 2024, Minsk\n\n(Excerpt)\n\n"
                           "President of Russia Vladimir Putin: Not at all. [[They were]][1]\n\n"
                           "Notes\n\n[1] Bahrain\n")
    assert run("--format", "md", "--no-bookmarks").stdout.count("<mark>") == 0
    txt = run("-o", str(tmp_path / "seed.txt"))  # md by default; txt from the suffix
    assert txt.returncode == 0
    assert (tmp_path / "seed.txt").read_text(encoding="utf-8").startswith(
        "Vladimir Putin arrived in Minsk\n\nMay 23, 2024, Minsk\n")
    bad = run("--format", "pdf")
    assert bad.returncode == 2 and "-o OUT.pdf" in bad.stderr
    helptext = subprocess.run([sys.executable, "-m", "reader", "export", "--help"],
                              capture_output=True, text=True, env=env, timeout=60, check=False)
    assert "PDF is drawn with Qt" in " ".join(helptext.stdout.split())


def test_a_bookmark_made_from_inside_words_holds_the_whole_words(
        qtbot: QtBot, make_window: MakeWindow, seed_file: Path) -> None:
    w = make_window()
    open_and_wait(qtbot, w, [str(seed_file)])
    select(w, "hey were enjoya")  # from inside "They" to inside "enjoyable"
    w.commands.bookmark.trigger()
    [b] = w.bookmarks.all()
    assert b.anchor.quote == "They were enjoyable"
    assert w.bookmark_panel.proxy.index(0, QUOTE).data() == "They were enjoyable"


def test_a_bookmark_whose_file_moved_in_the_library_is_found_with_its_link(
        qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    a = write_fictional(lib, "a.txt", "Teapot talk", "2031-01-02", ["Rufus Firefly", "Ada Quill"])
    b = write_fictional(lib, "b.txt", "Kettle talk", "2031-02-02", ["Tom Kettle", "Ada Quill"])
    w = make_window()
    open_and_wait(qtbot, w, [str(lib)])
    open_file(qtbot, w, a)
    select(w, "Paragraph 3 said by Ada Quill")
    w.commands.bookmark.trigger()
    open_file(qtbot, w, b)
    a.rename(lib / "renamed.txt")
    open_and_wait(qtbot, w, [str(lib)])  # the library is scanned again
    model = w.bookmark_panel.model
    with qtbot.waitSignal(model.statuses_found, timeout=20000):
        open_file(qtbot, w, b)
    assert model.index(0, STATUS).data() == "found"


def test_print_and_export_take_the_whole_transcript_unless_asked(qtbot: QtBot) -> None:
    """A search hit or a find leaves a selection: printing must not shrink to it."""
    from reader.ui.export_actions import OutputDialog

    dialog = OutputDialog(True, True)
    qtbot.addWidget(dialog)
    assert dialog.selection_box.isEnabled()
    assert not dialog.selection_box.isChecked()
    assert not dialog.choice().selection
    dialog.selection_box.click()
    assert dialog.choice().selection


def test_print_friendly_output_has_no_colour(qtbot: QtBot, make_window: MakeWindow) -> None:
    """"Black on white": speakers' names and bookmarked passages in black (told apart by
    the names and by underlining), not in the screen's colours."""
    import re

    from reader.ui.export_actions import OutputChoice
    from reader.ui.printing import PrintOptions, build_document

    w = make_window()
    open_and_wait(qtbot, w, [str(REPO_SEED)])
    select(w, "They were enjoyable.")
    w.commands.bookmark.trigger()
    ex = w.export_actions
    doc = ex.layout(OutputChoice("pdf", PrintOptions(friendly=True), False))
    assert doc is not None
    html = build_document(doc, w.dialogue.style_, w.dialogue.reading_font, w.dialogue.slots,
                          PrintOptions(friendly=True), paper=ex.paper).toHtml()
    colours = {c.upper() for c in re.findall(r"#[0-9a-fA-F]{6}", html)}
    assert colours <= {"#000000", "#FFFFFF"}, colours
    assert "underline" in html  # the bookmark, marked without colour
