"""Search the Library in the window: the Search panel in its dock (built when the dock
first shows), queries from elsewhere (a missing file's title), the event list's filter
followed, and a result opened at its paragraph with its words found."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.ui.controller import ReaderController
from reader.ui.dialogue import DialogueView
from reader.ui.dock_sizing import first_height, size_dock
from reader.ui.find_bar import FindBar
from reader.ui.places import Navigator

if TYPE_CHECKING:
    from reader.core.search import Hit
    from reader.ui.search_panel import SearchPanel


class LibrarySearch(QObject):
    def __init__(self, window: QMainWindow, controller: ReaderController,
                 navigator: Navigator, find_bar: FindBar, dialogue: DialogueView, *,
                 first_size: Callable[[], bool]) -> None:
        """``first_size`` says whether the panel is to be given its first size (not left
        open by the user, whose size then comes back with the window)."""
        super().__init__(window)
        self.window = window
        self._first_size = first_size
        self.controller = controller
        self.navigator = navigator
        self.find_bar = find_bar
        self.dialogue = dialogue
        self._panel: SearchPanel | None = None
        self.dock = QDockWidget(self.tr("Search"), window)
        self.dock.setObjectName("search-dock")
        self.dock.visibilityChanged.connect(lambda visible: visible and self.panel)
        controller.model.filter_changed.connect(self.follow_list_filter)
        controller.scanner.scan_finished.connect(self.follow_list_filter)

    @property
    def panel(self) -> SearchPanel:
        if self._panel is None:
            from reader.ui.search_panel import SearchPanel  # built on first use

            self._panel = SearchPanel(self.controller.scanner.index_path)
            self._panel.open_requested.connect(
                lambda hit: self.navigator.jump(lambda: self.open_hit(hit)))
            self.dock.setWidget(self._panel)
            self._restore_search(self._panel)
            if self._first_size():
                # At least three results of two lines below the query, at any zoom.
                panel = self._panel
                least = panel.minimumSizeHint().height() \
                    + 3 * 2 * panel.table.fontMetrics().lineSpacing()
                size_dock(self.window, self.dock, panel,
                          first_height(self.window, panel, least))
            self.follow_list_filter()
        return self._panel

    def _restore_search(self, panel: SearchPanel) -> None:
        """The search last run comes back with its panel (run again once the library is
        read); each search run is kept for the next time."""
        settings = self.controller.settings
        words, speaker = settings.last_search()
        panel.results_shown.connect(lambda: settings.set_last_search(
            panel.query.text().strip(), panel.speaker.text().strip()))
        if not words and not speaker:
            return
        panel.query.setText(words)
        panel.speaker.setText(speaker)
        scanner = self.controller.scanner
        if scanner.busy:
            scanner.scan_finished.connect(panel.run, Qt.ConnectionType.SingleShotConnection)
        else:
            panel.run()

    def open(self) -> None:
        """Show the panel with its query ready to type over."""
        self.dock.show()
        self.dock.raise_()
        self.panel.query.setFocus()
        self.panel.query.selectAll()

    def search_for(self, text: str) -> None:
        """Open the Search panel with this query."""
        self.open()
        self.panel.query.setText(text)

    def follow_list_filter(self) -> None:
        """Results can be limited to the events the list shows (its filter and dates)."""
        if self._panel is not None:  # else read when the panel is built
            model = self.controller.model
            self._panel.set_list_filter(model.visible_paths(), *model.date_filter())

    def _show_passage(self, hit: Hit) -> bool:
        """Select the passage of a result that matched its speaker's name (the words of
        the query are not in it: finding them would go to another passage)."""
        from reader.core.anchors import Point

        t = self.dialogue.transcript
        if t is None or not 0 <= hit.block < len(t.blocks) \
                or not 0 <= hit.paragraph < len(t.blocks[hit.block].paragraphs):
            return False
        if self.find_bar.isVisible():
            self.find_bar.close_bar()  # its matches are not what was chosen
        text = t.blocks[hit.block].paragraphs[hit.paragraph]
        self.dialogue.highlights.show_passage(Point(hit.block, hit.paragraph, 0),
                                              Point(hit.block, hit.paragraph, len(text)))
        return True

    def open_hit(self, hit: Hit) -> None:
        """Open a search result's transcript at its paragraph with the hits marked."""
        if self.controller.current_path != hit.path:
            self.controller.open_path(hit.path, then=lambda: self._show_hit(hit))
            return
        self._show_hit(hit)

    def _show_hit(self, hit: Hit) -> None:
        from reader.core.search import terms

        if not hit.spans and self._show_passage(hit):
            return  # matched in who speaks, not in the words: the passage itself
        # The word as the passage has it (the query may be another form of it).
        marks = [hit.snippet[a:b] for a, b in hit.spans] or terms(self.panel.query.text())
        self.find_bar.open_bar(marks[0].rstrip("*") if marks else "")
        for i, (start, _end) in enumerate(self.find_bar.hits):
            if (start.block, start.paragraph) >= (hit.block, hit.paragraph):
                self.find_bar.current = i
                break
        hits, current = self.find_bar.hits, self.find_bar.current
        if 0 <= current < len(hits):
            self.dialogue.highlights.show_passage(*hits[current])  # who says it in sight
        else:
            self.dialogue.scroll_to_block(hit.block, hit.paragraph)
        self.find_bar.show_current()
