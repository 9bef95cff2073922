"""The file dialogs, sized to the interface scale.

Qt's static helpers (``getOpenFileNames`` and the rest of QFileDialog's) open its own dialog,
where the desktop offers none, at a fixed size: zoomed to 200%, its text grew and every
column was cut ("/work/sh…orpus/en", "csvrec-…38.json"). These do the same with a dialog
made here, given room for its text at the current scale (within the screen) before it
opens; where the desktop has a dialog of its own, that one opens as before."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

#: Room for a file name and its details, and for a dozen rows, in the dialog's font.
CHARS_WIDE, LINES_HIGH = 110, 30
#: The most of the screen a dialog takes.
SCREEN_SHARE = 0.9


def fit(dialog: QFileDialog) -> None:
    """Grow the dialog to its text's room at the current scale, within the screen."""
    fm = dialog.fontMetrics()
    width, height = fm.averageCharWidth() * CHARS_WIDE, fm.height() * LINES_HIGH
    screen = dialog.screen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * SCREEN_SHARE))
        height = min(height, int(area.height() * SCREEN_SHARE))
    dialog.resize(max(dialog.width(), width), max(dialog.height(), height))
    # Qt's own dialog (not the desktop's): its columns and side bar were sized for the
    # standard scale; they are widened to what they show once a folder is read.
    from PySide6.QtWidgets import QFileSystemModel, QSplitter, QTreeView  # when first used

    split = dialog.findChild(QSplitter)
    if split is not None and split.count() == 2:
        side = fm.averageCharWidth() * 22
        split.setSizes([side, max(width - side, side)])
    view = dialog.findChild(QTreeView)
    model = dialog.findChild(QFileSystemModel)
    if view is not None and model is not None:
        def widen(_folder: str = "") -> None:
            for column in range(view.header().count()):
                view.resizeColumnToContents(column)

        model.directoryLoaded.connect(widen)


def _run(dialog: QFileDialog) -> list[str]:
    fit(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return dialog.selectedFiles()


def open_file_names(parent: QWidget | None, caption: str, folder: str = "",
                    filters: str = "") -> list[str]:
    """Existing files chosen (none if cancelled)."""
    d = QFileDialog(parent, caption, folder, filters)
    d.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(d)


def open_file_name(parent: QWidget | None, caption: str, folder: str = "",
                   filters: str = "") -> str:
    """One existing file ("" if cancelled)."""
    d = QFileDialog(parent, caption, folder, filters)
    d.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(d)
    return chosen[0] if chosen else ""


def save_file_name(parent: QWidget | None, caption: str, path: str = "",
                   filters: str = "", selected: str = "") -> tuple[str, str]:
    """(the file to write, the filter chosen); ("", "") if cancelled. Replacing a file is
    asked first, as in Qt's helper."""
    d = QFileDialog(parent, caption, path, filters)
    d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    d.setFileMode(QFileDialog.FileMode.AnyFile)
    if selected:
        d.selectNameFilter(selected)
    chosen = _run(d)
    return (chosen[0], d.selectedNameFilter()) if chosen else ("", "")


def existing_directory(parent: QWidget | None, caption: str, folder: str = "") -> str:
    """A folder ("" if cancelled)."""
    d = QFileDialog(parent, caption, folder)
    d.setFileMode(QFileDialog.FileMode.Directory)
    d.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(d)
    return chosen[0] if chosen else ""
