"""The main window: composes the event list, the dialogue view and the side panels, and
wires their signals. No parsing, file I/O or colour maths here."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.core.themes import FALLBACK, Theme
from reader.core.viewsettings import ZOOM_STEP, ViewSettings
from reader.ui.about_facts import AboutFacts
from reader.ui.actions import WindowActions
from reader.ui.bookmark_actions import BookmarkActions
from reader.ui.bookmark_controller import BookmarkController
from reader.ui.cite_actions import CitationActions
from reader.ui.controller import ReaderController
from reader.ui.core_messages import translated
from reader.ui.dialogue import DialogueView
from reader.ui.event_list import EventList
from reader.ui.file_commands import FileCommands
from reader.ui.find_bar import FindBar
from reader.ui.keyboard import ActivateOnEnter, ShiftF10Menu, WindowKeys
from reader.ui.library_model import Role
from reader.ui.library_search import LibrarySearch
from reader.ui.missing_file import MissingFile
from reader.ui.places import Navigator, PlaceKeeper
from reader.ui.recent_menu import RecentMenu
from reader.ui.side_panels import OutlineList, SpeakerLegend
from reader.ui.site_commands import SiteCommands
from reader.ui.theming import (
    PanelScaler,
    apply_interface_scale,
    apply_palette,
    desktop_font,
    interface_percent,
    palette_for,
    reading_font,
    theme_name,
)
from reader.ui.turns import Turns
from reader.ui.view_settings import RowFitter, ViewSettingsBar
from reader.ui.welcome import WelcomePanel

if TYPE_CHECKING:
    from reader.core.model import Transcript
    from reader.settings import ReadingPlace
    from reader.ui.bookmark_panel import BookmarkPanel
    from reader.ui.export_actions import ExportActions
    from reader.ui.fetch_actions import FetchActions
    from reader.ui.search_panel import SearchPanel


class MainWindow(QMainWindow):
    def __init__(self, controller: ReaderController, bookmarks: BookmarkController,
                 themes: dict[str, Theme], view: ViewSettings, *, persist_view: bool = True,
                 about: AboutFacts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.bookmarks = bookmarks
        self.settings = controller.settings
        self.themes = themes
        self.view = view
        self.persist_view = persist_view
        self.about_facts = about or AboutFacts("", "", [])
        self.base_points = desktop_font().pointSizeF()
        self.panel_scaler = PanelScaler(self)
        self._reload_place: ReadingPlace | None = None  # the open file changed on disk
        # The scheme (style and palette) before any widget exists: set afterwards, every
        # widget would be polished and told again.
        apply_palette(self.theme())
        self.commands = WindowActions(self)
        self._build_ui()
        self._build_menus()
        self._connect_signals()
        self.keys = WindowKeys(self, [self.events, self.reading, self.legend, self.outline,
                                      self.bookmarks_dock, self.search_dock],
                               self.dialogue, self.dialogue.ensure_complete, self.docks())
        self.keys.transcript.around = self.navigator.jump  # Ctrl+Home / Ctrl+End: Back
        # Finding words moves the reader too: Back returns to where they were before.
        self.find_bar.opened.connect(self.navigator.leaving)
        self.find_bar.closed.connect(self.navigator.arrived)
        self.legend_keys = ActivateOnEnter(self.legend)
        self.menu_key = ShiftF10Menu(self.dialogue)
        self.setAcceptDrops(True)
        self.apply_view(view, force=True)
        self._show_welcome()

    # --- composition -------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Transcript Reader"))
        self.events = EventList(self.controller.model)
        self.dialogue = DialogueView()
        self.turns = Turns(self.dialogue)
        self.legend = SpeakerLegend()
        self.outline = OutlineList()
        self.find_bar = FindBar(self.dialogue)
        self.keeper = PlaceKeeper(self.dialogue)
        self.navigator = Navigator(self.controller, self.keeper, self)
        self.reading = reading = QWidget()
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.welcome = WelcomePanel(self.commands.open_folder, self.commands.open)
        self.welcome.setVisible(False)
        column.addWidget(self.welcome)
        column.addWidget(self.dialogue, 1)
        column.addWidget(self.find_bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("main-splitter")
        split.addWidget(self.events)
        split.addWidget(reading)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 800])
        self.splitter = split
        self.setCentralWidget(split)
        self.legend_dock = self._dock(self.tr("Speakers"), self.legend, "speakers-dock")
        self.outline_dock = self._dock(self.tr("Outline"), self.outline, "outline-dock")
        # The Bookmarks and Search panels are built when their docks first show (start-up
        # builds only what the first paint shows).
        self._left_open: set[str] = set()  # the bottom panels restored open (restore)
        self.bookmark_actions = BookmarkActions(
            self, self.dialogue, self.bookmarks, self.controller, jump=self.navigator.jump,
            say=self._say, first_size=lambda: "bookmarks-dock" not in self._left_open)
        self.bookmarks_dock = self.bookmark_actions.dock
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.bookmarks_dock)
        self._export_actions: ExportActions | None = None  # built on first use
        self.cite_actions = CitationActions(self.dialogue, self.settings,
                                            self.commands.citation_style, self)
        self.bookmarks.set_citation_style(self.cite_actions.style)
        self.site = SiteCommands(self, self.controller, self.dialogue, self.commands,
                                 say=self._say)
        self.search = LibrarySearch(self, self.controller, self.navigator, self.find_bar,
                                    self.dialogue,
                                    first_size=lambda: "search-dock" not in self._left_open)
        self.search_dock = self.search.dock
        self.missing_file = MissingFile(self, self.controller, search=self.search.search_for,
                                        say=self._say)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        self.tabifyDockWidget(self.bookmarks_dock, self.search_dock)
        self.bookmarks_dock.raise_()
        # The text gets the room: the panels start small (the user's sizes are restored).
        self.resizeDocks([self.legend_dock], [300], Qt.Orientation.Horizontal)
        self.message_label = QLabel()
        # Messages name files and quote titles: shown as typed, never read as markup.
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.message_label, 1)
        self.view_bar = ViewSettingsBar(self.themes)

    def docks(self) -> list[QDockWidget]:
        return [self.legend_dock, self.outline_dock, self.bookmarks_dock, self.search_dock]

    def _dock(self, title: str, widget: QWidget, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        widget.setMinimumWidth(280)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _build_menus(self) -> None:
        a = self.commands
        self.recent_menu = RecentMenu(self.settings, a.clear_recent, self)
        self.files = FileCommands(self, self.controller, self.recent_menu)
        self.toolbar = a.build_toolbar()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        # The view settings get a row of their own: every control stays in sight (none
        # behind the toolbar's overflow button) even in a narrow window.
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.view_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.view_bar.more)
        self.view_rows = RowFitter(self, self.view_bar)
        self.menus = a.build_menus(self.menuBar(), {
            "recent": self.recent_menu,
            "bookmarks_panel": self.bookmarks_dock.toggleViewAction(),
            "toolbar": self.toolbar.toggleViewAction(),
            "view_settings": self.view_bar.toggleViewAction(),
            "speakers": self.legend_dock.toggleViewAction(),
            "outline": self.outline_dock.toggleViewAction(),
            **self.view_bar.menus(self),
        })
        self.addActions(self.view_bar.all_actions())
        for jump in (a.go_start, a.go_end):  # the transcript's keys; lists keep their own
            jump.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.dialogue.addAction(jump)
        self.dialogue.set_context_actions(a.context_actions())
        self._bookmarks_usable()
        a.undo_delete.setEnabled(False)
        a.back.setEnabled(False)
        a.forward.setEnabled(False)
        a.copy_citation.setEnabled(False)
        a.copy.setEnabled(False)  # until something is selected in the text
        a.language[self.settings.language()].setChecked(True)
        a.citation_style[self.cite_actions.style].setChecked(True)
        self.recent_menu.fill()

    def _connect_signals(self) -> None:
        a, c, b, marks = self.commands, self.controller, self.bookmarks, self.bookmark_actions
        a.open.triggered.connect(self.files.open_files)
        a.open_folder.triggered.connect(self.files.open_folder)
        a.manage_folders.triggered.connect(self.files.manage_folders)
        a.clear_filters.triggered.connect(self.events.clear_filters)
        c.scanner.scan_finished.connect(self._select_current)
        b.opened.connect(self._bookmarks_usable)
        c.scanner.scan_finished.connect(
            lambda: self.events.dates.set_newest(c.model.newest_date()))
        self.recent_menu.open_requested.connect(lambda path: self.files.open_paths([path]))
        a.back.triggered.connect(self.navigator.back)
        a.forward.triggered.connect(self.navigator.forward)
        self.navigator.availability_changed.connect(self._history_changed)
        c.library.changed.connect(self.recent_menu.fill)
        c.library.changed.connect(self._show_welcome)
        self.welcome.dismissed.connect(lambda: self.settings.set_welcome_hidden(True))
        a.quit.triggered.connect(self.close)
        a.print_.triggered.connect(self._print)
        a.export_transcript.triggered.connect(self._export)
        a.citation_styles.triggered.connect(lambda x: self.cite_actions.set_style(x.data()))
        a.copy.triggered.connect(self.dialogue.copy)
        a.copy_citation.triggered.connect(self.cite_actions.copy)
        self.dialogue.copyAvailable.connect(a.copy_citation.setEnabled)
        self.dialogue.copyAvailable.connect(a.copy.setEnabled)
        a.find.triggered.connect(lambda: self.find_bar.open_bar(None))
        a.find_next.triggered.connect(self.find_bar.next)
        a.find_previous.triggered.connect(self.find_bar.previous)
        a.search.triggered.connect(self.search.open)
        a.bookmark.triggered.connect(marks.bookmark_selection)
        a.bookmark_turn.triggered.connect(marks.bookmark_turn)
        a.copy_link.triggered.connect(marks.copy_link_at_cursor)
        a.undo_delete.triggered.connect(b.undo_delete)
        a.export_bookmarks.triggered.connect(marks.export)
        a.import_bookmarks.triggered.connect(marks.import_)
        a.show_bookmarks.triggered.connect(marks.open)
        a.next_same.triggered.connect(lambda: self._same_speaker_turn(+1))
        a.previous_same.triggered.connect(lambda: self._same_speaker_turn(-1))
        a.next_turn.triggered.connect(
            lambda: self.navigator.jump(lambda: self.turns.go(+1)))
        a.previous_turn.triggered.connect(
            lambda: self.navigator.jump(lambda: self.turns.go(-1)))
        a.zoom_in.triggered.connect(lambda: self.apply_view(self.view.with_zoom(+ZOOM_STEP)))
        a.zoom_out.triggered.connect(lambda: self.apply_view(self.view.with_zoom(-ZOOM_STEP)))
        a.zoom_reset.triggered.connect(
            lambda: self.apply_view(replace(self.view, font_percent=100)))
        a.go_start.triggered.connect(
            lambda: self.navigator.jump(lambda: self.keys.transcript.jump(end=False)))
        a.go_end.triggered.connect(
            lambda: self.navigator.jump(lambda: self.keys.transcript.jump(end=True)))
        a.languages.triggered.connect(self._choose_language)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)

        c.transcript_opened.connect(self._show)
        c.reloading.connect(self._reloading)
        c.open_failed.connect(lambda p, r: self._say(f"{Path(p).name}: {r}"))
        c.message.connect(self._say)
        c.scanner.progress.connect(self.events.set_progress)
        c.scanner.scan_finished.connect(self.events.refresh_speakers)
        self.events.open_requested.connect(c.open_path)
        self.legend.speaker_chosen.connect(self.turns.highlight)
        self.outline.block_chosen.connect(
            lambda block: self.navigator.jump(lambda: self.dialogue.scroll_to_block(block)))
        self.dialogue.position_changed.connect(
            lambda _block: c.remember_place(self.keeper.current()))
        self.dialogue.position_changed.connect(self.outline.follow)
        self.cite_actions.copied.connect(
            lambda _t: self._say(self.tr("Copied with citation")))
        self.view_bar.changed.connect(self.apply_view)
        c.transcript_opened.connect(lambda t, _s: b.set_transcript(t))
        c.transcript_opened.connect(lambda t, _s: self.find_bar.set_transcript(t))
        b.message.connect(self._say)
        self.cite_actions.style_changed.connect(b.set_citation_style)
        # Moved files: the library's copy of the event (also read from the Status thread,
        # which only reads the list of records).
        b.find_moved_with(c.find_transcript)
        b.changed.connect(lambda: a.undo_delete.setEnabled(b.can_undo()))
        b.placed_changed.connect(marks.show_marks)
        marks.missing.connect(self.missing_file.resolve)

    # --- help --------------------------------------------------------------------------
    def shortcut_actions(self) -> list[QAction]:
        """Every command with keys: the window's, then those of its panels."""
        return [*self.commands.all(), *self.view_bar.all_actions(), self.find_bar.close_action,
                self.find_bar.previous_action, self.bookmark_panel.delete_action]

    def show_shortcuts(self) -> None:
        from reader.ui.help import ShortcutsDialog  # the help's code only when asked

        ShortcutsDialog(self.shortcut_actions(), self).exec()

    def show_about(self) -> None:
        from reader.ui.help import AboutDialog

        AboutDialog(self.about_facts, self).exec()

    # --- handlers built on first use -----------------------------------------------------
    def _print(self) -> None:
        self.export_actions.print_()

    def _export(self) -> None:
        self.export_actions.export()

    @property
    def export_actions(self) -> ExportActions:
        """Print and Export (and the printing code), built when first used."""
        if self._export_actions is None:
            from reader.ui.export_actions import ExportActions

            self._export_actions = ExportActions(
                self, self.dialogue, self.bookmarks, say=self._say,
                paper=self.themes.get("black-on-white", FALLBACK), settings=self.settings)
        return self._export_actions

    @property
    def fetch_actions(self) -> FetchActions:
        return self.site.handler

    def _choose_language(self, action: QAction) -> None:
        self.settings.set_language(str(action.data()))
        self._say(self.tr("The interface language changes when the reader starts again"))

    # --- panels built on first use --------------------------------------------------
    @property
    def search_panel(self) -> SearchPanel:
        return self.search.panel

    @property
    def bookmark_panel(self) -> BookmarkPanel:
        return self.bookmark_actions.panel

    # --- view settings -------------------------------------------------------------
    def theme(self) -> Theme:
        return self.themes.get(self.view.theme) or FALLBACK

    def apply_view(self, view: ViewSettings, force: bool = False) -> None:
        """Apply view settings to every part of the window, instantly, without re-parsing."""
        old, self.view = self.view, view
        theme = self.theme()
        # The paragraph at the top stays there whatever the change does to the layout
        # (the text's font, the interface scale and the panels' sizes settle afterwards).
        place = self.dialogue.top_place()
        if force or (old.theme, old.images) != (view.theme, view.images):
            apply_palette(theme)  # dialogs, menus and tooltips
            self.setPalette(palette_for(theme))  # this window, at once
            self.dialogue.set_view_style(theme, view.images)
            current = self.controller.current
            if current is not None:
                QTimer.singleShot(0, lambda: self._fill_side_panels(current, self.dialogue.slots))
        if force or (old.font_percent, old.font, old.spacing) != \
                (view.font_percent, view.font, view.spacing):
            apply_interface_scale(view, self.docks())  # the window, then the text's font
            self.panel_scaler.rescale(interface_percent(old) / 100,
                                      interface_percent(view) / 100)
            self.dialogue.set_reading_font(reading_font(view, self.base_points))
            shown = self.controller.current
            if shown is not None and old.font_percent != view.font_percent:
                # The legend's swatches follow the interface scale.
                QTimer.singleShot(0, lambda: self._fill_side_panels(shown, self.dialogue.slots))
        self.view_bar.show_settings(view)
        if not force and place != (-1, 0, 0):
            self.dialogue.scroll_to_place(*place)
            QTimer.singleShot(0, lambda: self.dialogue.scroll_to_place(*place))
        if self.persist_view and not force:
            self.settings.set_view_settings(view)
        self._say(self.tr("Font size {percent} · {theme}").format(
            percent=QLocale().toString(view.font_percent) + "%", theme=theme_name(theme)))

    # --- behaviour ---------------------------------------------------------------------
    def _reloading(self) -> None:
        """The open file changed on disk: its new text is shown where the reader is."""
        self._reload_place = self.keeper.current()

    def _show(self, t: Transcript, slots: dict[str, int | None]) -> None:
        from reader.core.library_records import shown_title  # (after the first paint)

        reloaded, self._reload_place = self._reload_place, None
        place = reloaded or self.controller.place_of_current()
        self.keeper.forget()  # the last transcript's place is not this one's
        self.dialogue.show_transcript(t, slots, place.block if place else 0)
        self.keeper.go_to(place)
        # The side panels fill right after the text is on screen.
        QTimer.singleShot(0, lambda: self._fill_side_panels(t, slots))
        self.setWindowTitle(self.tr("{title} — Transcript Reader").format(
            title=shown_title(t.title, t.source.path) or self.tr("Untitled transcript")))
        if self.controller.current_path:
            self.events.select_path(self.controller.current_path)
        self.recent_menu.fill()
        said = "; ".join(map(translated, t.warnings))
        if reloaded is not None:
            changed = self.tr("The file changed on disk: its new text is shown")
            said = f"{changed}; {said}" if said else changed
        self._say(said)

    def _fill_side_panels(self, t: Transcript, slots: dict[str, int | None]) -> None:
        if self.controller.current is t:
            self.legend.show_transcript(t, slots, self.dialogue.style_)
            self.outline.show_transcript(t)

    def _history_changed(self, back: bool, forward: bool) -> None:
        self.commands.back.setEnabled(back)
        self.commands.forward.setEnabled(forward)

    def _same_speaker_turn(self, step: int) -> None:
        speaker = self.turns.current_speaker()
        if speaker is None:
            self._say(self.tr("Choose a speaker in the legend, or place the cursor in a turn"))
            return
        moved: list[bool] = []
        self.navigator.jump(lambda: moved.append(self.turns.go(step, speaker)))
        if not moved[0]:
            self._say(self.tr("No further turn by this speaker"))

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rows = getattr(self, "view_rows", None)  # (none while the window is being built)
        if rows is not None:
            rows.schedule()  # the view settings' toolbars may need another row

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = FileCommands.dropped_paths(event.mimeData())
        if paths or not self.fetch_actions.drop(event.mimeData()):  # a link: fetch it
            self.files.open_paths(paths)
        event.acceptProposedAction()

    def restore(self) -> None:
        """The window as the user left it; on the first start, sized from the screen."""
        geometry, state = self.settings.geometry(), self.settings.window_state()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                self.first_layout(screen.availableGeometry())
        if not state.isEmpty():
            self.restoreState(state)
        # A bottom panel left open comes back at the user's size; one that was closed
        # opens at its first size (a hidden dock's size is not kept).
        self._left_open = {d.objectName() for d in (self.bookmarks_dock, self.search_dock)
                           if d.isVisibleTo(self)}
        split = self.settings.splitter_state()
        if not split.isEmpty():
            self.splitter.restoreState(split)

    def first_layout(self, available: QRect) -> None:
        """The first start: about 80% of the screen's free area, centred; the text gets
        most of the width; the Bookmarks and Search panels wait until they are used (the
        first bookmark, Search the Library)."""
        from reader.ui.first_window import first_layout  # the first start only

        fl = first_layout(available.width(), available.height(), self.legend.minimumWidth(),
                          self.events.minimumSizeHint().width())
        self.resize(fl.width, fl.height)
        self.move(available.center() - QPoint(fl.width // 2, fl.height // 2))
        self.splitter.setSizes([fl.list_width, fl.width - fl.side_width - fl.list_width])
        # On a small screen Speakers and Outline wait in the View menu.
        self.legend_dock.setVisible(bool(fl.side_width))
        self.outline_dock.setVisible(bool(fl.side_width))
        if fl.side_width:
            self.resizeDocks([self.legend_dock], [fl.side_width], Qt.Orientation.Horizontal)
        self.search_dock.hide()
        store = self.bookmarks.store if self.bookmarks.is_open else None
        if store is None or store.count() == 0:
            self.bookmarks_dock.hide()
            if not self.bookmarks.is_open:  # it opens after the first paint
                self.bookmarks.opened.connect(self._first_bookmarks,
                                              Qt.ConnectionType.SingleShotConnection)

    def _first_bookmarks(self) -> None:
        """The first window shows the Bookmarks panel if there are bookmarks already."""
        store = self.bookmarks.store
        if store is not None and store.count() > 0:
            self.bookmarks_dock.show()

    def _bookmarks_usable(self) -> None:
        """Bookmark commands while the file waits to be opened, and once it is open, as
        long as bookmarks can be used."""
        usable = not self.bookmarks.is_open or self.bookmarks.available
        a = self.commands
        for action in (a.bookmark, a.bookmark_turn, a.copy_link):
            action.setEnabled(usable)

    def _select_current(self) -> None:
        """The event read is the list's current row (after a restart the list fills
        after the transcript is shown)."""
        path = self.controller.current_path
        if path and self.events.view.currentIndex().data(Role.PATH) != path:
            self.events.select_path(path)

    def _show_welcome(self) -> None:
        """The welcome shows while the library holds only the bundled sample (and on the
        first start's first paint, before the sample is added: no jump when it is)."""
        new_user = self.controller.library.only_sample() or not self.settings.has_library()
        self.welcome.setVisible(new_user and not self.settings.welcome_hidden())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.remember_place(self.keeper.current())
        self.settings.set_window(QByteArray(self.saveGeometry()), QByteArray(self.saveState()))
        self.settings.set_splitter_state(QByteArray(self.splitter.saveState()))
        self.settings.sync()
        self.controller.shutdown()
        self.site.wait()
        super().closeEvent(event)
