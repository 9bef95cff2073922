"""The main window: composes the event list, the dialogue view and the side panels, and
wires their signals. No parsing, file I/O or colour maths here."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import Transcript
from reader.core.search import Hit, terms
from reader.core.themes import FALLBACK, Theme
from reader.core.viewsettings import ZOOM_STEP, ViewSettings
from reader.ui.bookmark_actions import BookmarkActions
from reader.ui.bookmark_controller import BookmarkController
from reader.ui.bookmark_panel import BookmarkPanel
from reader.ui.controller import ReaderController
from reader.ui.dialogue import DialogueView
from reader.ui.event_list import EventList
from reader.ui.find_bar import FindBar
from reader.ui.search_panel import SearchPanel
from reader.ui.side_panels import OutlineList, SpeakerLegend
from reader.ui.theming import apply_palette, palette_for, reading_font
from reader.ui.view_settings import ViewSettingsBar

FILE_FILTER = "Transcripts (*.txt *.html *.htm *.json);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, controller: ReaderController, bookmarks: BookmarkController,
                 themes: dict[str, Theme], view: ViewSettings, *, persist_view: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.bookmarks = bookmarks
        self.settings = controller.settings
        self.themes = themes
        self.view = view
        self.persist_view = persist_view
        self.base_points = QApplication.font().pointSizeF()
        self._build_ui()
        self._build_actions()
        self._connect_signals()
        self.setAcceptDrops(True)
        self.apply_view(view, force=True)

    # --- composition -------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setWindowTitle("Transcript Reader")
        self.events = EventList(self.controller.model)
        self.dialogue = DialogueView()
        self.legend = SpeakerLegend()
        self.outline = OutlineList()
        self.find_bar = FindBar(self.dialogue)
        reading = QWidget()
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.dialogue, 1)
        column.addWidget(self.find_bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("main-splitter")
        split.addWidget(self.events)
        split.addWidget(reading)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 800])
        self.setCentralWidget(split)
        self.legend_dock = self._dock("Speakers", self.legend, "speakers-dock")
        self.outline_dock = self._dock("Outline", self.outline, "outline-dock")
        self.bookmark_panel = BookmarkPanel(self.bookmarks)
        self.bookmarks_dock = QDockWidget("Bookmarks", self)
        self.bookmarks_dock.setObjectName("bookmarks-dock")
        self.bookmarks_dock.setWidget(self.bookmark_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.bookmarks_dock)
        self.bookmark_actions = BookmarkActions(
            self, self.dialogue, self.bookmark_panel, self.bookmarks, self.controller,
            say=self._say)
        self.search_panel = SearchPanel(self.controller.scanner.index_path)
        self.search_dock = QDockWidget("Search", self)
        self.search_dock.setObjectName("search-dock")
        self.search_dock.setWidget(self.search_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        self.tabifyDockWidget(self.bookmarks_dock, self.search_dock)
        self.bookmarks_dock.raise_()
        # The text gets the room: the panels start small (the user's sizes are restored).
        self.resizeDocks([self.bookmarks_dock], [170], Qt.Orientation.Vertical)
        self.resizeDocks([self.legend_dock], [300], Qt.Orientation.Horizontal)
        self.message_label = QLabel()
        self.statusBar().addWidget(self.message_label, 1)
        self.view_bar = ViewSettingsBar(self.themes)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.view_bar)

    def _dock(self, title: str, widget: QWidget, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        widget.setMinimumWidth(280)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _build_actions(self) -> None:
        m = self.menuBar()
        file_menu = m.addMenu("&File")
        self.open_action = self._action(file_menu, "&Open…", QKeySequence.StandardKey.Open,
                                        self._open_files)
        self.open_folder_action = self._action(file_menu, "Open &Folder…",
                                               QKeySequence("Ctrl+Shift+O"), self._open_folder)
        self.recent_menu = QMenu("Open &Recent", self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        edit = m.addMenu("&Edit")
        self._action(edit, "&Copy", QKeySequence.StandardKey.Copy, self.dialogue.copy)
        edit.addAction(self.dialogue.copy_citation_action)
        edit.addSeparator()
        self.find_action = self._action(edit, "&Find…", QKeySequence.StandardKey.Find,
                                        partial(self.find_bar.open_bar, None))
        self._action(edit, "Find &Next", QKeySequence.StandardKey.FindNext, self.find_bar.next)
        self._action(edit, "Find &Previous", QKeySequence.StandardKey.FindPrevious,
                     self.find_bar.previous)
        self.search_action = self._action(edit, "&Search the Library…",
                                          QKeySequence("Ctrl+Shift+F"), self.open_search)
        marks = m.addMenu("&Bookmarks")
        self.bookmark_action = self._action(marks, "&Bookmark Selection",
                                            QKeySequence("Ctrl+D"),
                                            self.bookmark_actions.bookmark_selection)
        self.bookmark_turn_action = self._action(marks, "Bookmark This &Turn",
                                                 QKeySequence("Ctrl+Shift+D"),
                                                 self.bookmark_actions.bookmark_turn)
        self.copy_link_action = self._action(marks, "Copy &Link to Passage",
                                             QKeySequence("Ctrl+Shift+L"),
                                             self.bookmark_actions.copy_link_at_cursor)
        marks.addSeparator()
        self.undo_delete_action = self._action(marks, "&Undo Delete Bookmark",
                                               QKeySequence.StandardKey.Undo,
                                               self.bookmarks.undo_delete)
        self._action(marks, "&Export Bookmarks…", QKeySequence(),
                     self.bookmark_actions.export)
        self._action(marks, "&Import Bookmarks…", QKeySequence(),
                     self.bookmark_actions.import_)
        marks.addAction(self.bookmarks_dock.toggleViewAction())
        self.dialogue.addAction(self.bookmark_action)
        self.dialogue.menu_actions = [self.bookmark_action, self.bookmark_turn_action,
                                      self.copy_link_action]
        for a in (self.bookmark_action, self.bookmark_turn_action, self.copy_link_action):
            a.setEnabled(self.bookmarks.available)
        self.undo_delete_action.setEnabled(False)
        go = m.addMenu("&Go")
        self.next_same = self._action(go, "Next Turn by This Speaker", QKeySequence("Alt+Down"),
                                      lambda: self._same_speaker_turn(+1))
        self.prev_same = self._action(go, "Previous Turn by This Speaker",
                                      QKeySequence("Alt+Up"), lambda: self._same_speaker_turn(-1))
        self._action(go, "Next Turn", QKeySequence("Ctrl+Down"),
                     lambda: self.dialogue.go_to_turn(+1))
        self._action(go, "Previous Turn", QKeySequence("Ctrl+Up"),
                     lambda: self.dialogue.go_to_turn(-1))
        view = m.addMenu("&View")
        self.zoom_in = self._action(view, "Zoom &In", QKeySequence.StandardKey.ZoomIn,
                                    lambda: self.apply_view(self.view.with_zoom(+ZOOM_STEP)))
        self.zoom_out = self._action(view, "Zoom &Out", QKeySequence.StandardKey.ZoomOut,
                                     lambda: self.apply_view(self.view.with_zoom(-ZOOM_STEP)))
        self.zoom_reset = self._action(
            view, "&Reset Zoom", QKeySequence("Ctrl+0"),
            lambda: self.apply_view(replace(self.view, font_percent=100)))
        view.addSeparator()
        view.addAction(self.view_bar.toggleViewAction())
        view.addAction(self.legend_dock.toggleViewAction())
        view.addAction(self.outline_dock.toggleViewAction())
        self._fill_recent()

    def _action(self, menu: QMenu, text: str, shortcut: QKeySequence | QKeySequence.StandardKey,
                slot: object) -> QAction:
        a = QAction(text, self)
        a.setShortcut(shortcut)
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    def _connect_signals(self) -> None:
        c = self.controller
        c.transcript_opened.connect(self._show)
        c.open_failed.connect(lambda p, r: self._say(f"{Path(p).name}: {r}"))
        c.message.connect(self._say)
        c.scanner.progress.connect(self.events.set_progress)
        c.scanner.scan_finished.connect(self.events.refresh_speakers)
        self.events.open_requested.connect(c.open_path)
        self.legend.speaker_chosen.connect(self.dialogue.highlight)
        self.outline.block_chosen.connect(self.dialogue.scroll_to_block)
        self.dialogue.position_changed.connect(c.remember_position)
        self.dialogue.copied_with_citation.connect(
            lambda _t: self._say("Copied with citation"))
        self.view_bar.changed.connect(self.apply_view)
        b = self.bookmarks
        c.transcript_opened.connect(lambda t, _s: b.set_transcript(t))
        c.transcript_opened.connect(lambda t, _s: self.find_bar.set_transcript(t))
        self.search_panel.open_requested.connect(self.open_hit)
        c.model.filter_changed.connect(self._list_filter_to_search)
        c.scanner.scan_finished.connect(self._list_filter_to_search)
        b.message.connect(self._say)
        b.changed.connect(lambda: self.undo_delete_action.setEnabled(b.can_undo()))

    # --- search ----------------------------------------------------------------------
    def open_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.query.setFocus()
        self.search_panel.query.selectAll()

    def _list_filter_to_search(self) -> None:
        model = self.controller.model
        self.search_panel.set_list_filter(model.visible_paths(), *model.date_filter())

    def open_hit(self, hit: Hit) -> None:
        """Open a search result's transcript at its paragraph with the hits marked."""
        if self.controller.current_path != hit.path:
            self.controller.open_path(hit.path, then=lambda: self._show_hit(hit))
            return
        self._show_hit(hit)

    def _show_hit(self, hit: Hit) -> None:
        # The word as the passage has it (the query may be another form of it).
        marks = [hit.snippet[a:b] for a, b in hit.spans] or \
            terms(self.search_panel.query.text())
        self.find_bar.open_bar(marks[0].rstrip("*") if marks else "")
        for i, (start, _end) in enumerate(self.find_bar.hits):
            if (start.block, start.paragraph) >= (hit.block, hit.paragraph):
                self.find_bar.current = i
                break
        self.dialogue.scroll_to_block(hit.block, hit.paragraph)
        self.find_bar.show_current()

    # --- view settings -------------------------------------------------------------
    def theme(self) -> Theme:
        return self.themes.get(self.view.theme) or FALLBACK

    def apply_view(self, view: ViewSettings, force: bool = False) -> None:
        """Apply view settings to every part of the window, instantly, without re-parsing."""
        old, self.view = self.view, view
        theme = self.theme()
        if force or (old.theme, old.images) != (view.theme, view.images):
            apply_palette(theme)  # dialogs, menus and tooltips
            self.setPalette(palette_for(theme))  # this window, at once
            self.dialogue.set_view_style(theme, view.images)
            current = self.controller.current
            if current is not None:
                QTimer.singleShot(0, lambda: self._fill_side_panels(current, self.dialogue.slots))
        if force or (old.font_percent, old.font, old.spacing) != \
                (view.font_percent, view.font, view.spacing):
            self.dialogue.set_reading_font(reading_font(view, self.base_points))
        self.view_bar.show_settings(view)
        if self.persist_view and not force:
            self.settings.set_view_settings(view)
        self._say(f"Font size {view.font_percent}% · {theme.name}")

    # --- behaviour ---------------------------------------------------------------------
    def _show(self, t: Transcript, slots: dict[str, int | None]) -> None:
        self.dialogue.show_transcript(t, slots, self.controller.position_of_current())
        # The side panels fill right after the text is on screen.
        QTimer.singleShot(0, lambda: self._fill_side_panels(t, slots))
        self.setWindowTitle(f"{t.title or Path(t.source.path).name} — Transcript Reader")
        if self.controller.current_path:
            self.events.select_path(self.controller.current_path)
        self._fill_recent()
        self._say("; ".join(t.warnings) if t.warnings else "")

    def _fill_side_panels(self, t: Transcript, slots: dict[str, int | None]) -> None:
        if self.controller.current is t:
            self.legend.show_transcript(t, slots, self.dialogue.style_)
            self.outline.show_transcript(t)

    def _same_speaker_turn(self, step: int) -> None:
        speaker = self.dialogue.current_speaker()
        if speaker is None:
            self._say("Choose a speaker in the legend, or place the cursor in a turn")
        elif not self.dialogue.go_to_turn(step, speaker):
            self._say("No further turn by this speaker")

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    def _open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Open transcripts", "", FILE_FILTER)
        self.open_paths(paths)

    def _open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open a folder of transcripts")
        if folder:
            self.open_paths([folder])

    def open_paths(self, paths: list[str]) -> None:
        """Files open in the view (and join the list); folders become the library."""
        if not paths:
            return
        self.controller.open_library(paths)
        files = [p for p in paths if Path(p).is_file()]
        if files:
            self.controller.open_path(files[0])
        else:
            self.controller.current = None
            self.controller.open_newest_when_scanned()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            a = self.recent_menu.addAction(path)
            a.triggered.connect(lambda _=False, p=path: self.controller.open_path(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_files()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        self.open_paths(paths)
        event.acceptProposedAction()

    def restore(self) -> None:
        geometry, state = self.settings.geometry(), self.settings.window_state()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.remember_position(self.dialogue.first_visible_block())
        self.settings.set_window(QByteArray(self.saveGeometry()), QByteArray(self.saveState()))
        self.settings.sync()
        self.controller.scanner.shutdown()
        super().closeEvent(event)
