"""Every command of the window in one place: each QAction with its text, shortcut and
status tip (all through tr()), and the menus and the toolbar built from them.

The actions know nothing of what they do: the main window connects each one in its
``_connect_signals``. To add a command:

1. one ``self._make(...)`` line in :meth:`WindowActions._create` (name, text, shortcut,
   status tip), which makes it an attribute (``commands.print_``);
2. its place in :meth:`WindowActions.menu_layout` (and :data:`TOOLBAR` if it belongs there);
3. ``commands.print_.triggered.connect(...)`` in ``MainWindow._connect_signals``.

The Keyboard Shortcuts dialog and the shortcut tests read :meth:`WindowActions.all`, so
a new action shows up there by itself. Actions that belong to one widget (the Bookmarks
panel's Delete) stay in that widget and are passed to the dialog as extras.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from reader.settings import LANGUAGES
from reader.ui.keyboard import give_access_keys

Key = QKeySequence.StandardKey
Shortcut = QKeySequence | Key | str | None

#: The main toolbar, by action name (None: a separator).
TOOLBAR: tuple[str | None, ...] = ("open", None, "find", "search", None, "bookmark")

#: One menu: (object name, title, entries). An entry is an action name, None for a
#: separator, or "@key" for an action or submenu the window passes in (dock toggles,
#: the recent-files menu).
MenuLayout = tuple[str, str, Sequence[str | None]]


class WindowActions(QObject):
    """The window's QActions, created once, added to ``window`` so their shortcuts work
    wherever the focus is in it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._all: dict[str, QAction] = {}
        self._create()

    def _make(self, name: str, text: str, shortcut: Shortcut = None, tip: str = "",
              *, checkable: bool = False) -> QAction:
        a = QAction(text, self._window)
        a.setObjectName(f"action-{name}")
        if isinstance(shortcut, str):
            a.setShortcut(QKeySequence(shortcut))
        elif isinstance(shortcut, Key):
            a.setShortcuts(shortcut)  # every binding of the platform, not just the first
        elif shortcut is not None:
            a.setShortcut(shortcut)
        a.setStatusTip(tip)
        a.setCheckable(checkable)
        self._window.addAction(a)
        self._all[name] = a
        return a

    def _create(self) -> None:
        m = self._make
        # File
        self.open = m("open", self.tr("&Open…"), Key.Open,
                      self.tr("Open transcript files (text, HTML or dataset records)"))
        self.clear_recent = m("clear_recent", self.tr("&Clear Recent"), None,
                              self.tr("Empty the list of files and folders opened lately"))
        self.print_ = m("print", self.tr("&Print…"), Key.Print,
                        self.tr("Print the transcript or the selected passage, with your "
                                "notes as footnotes"))
        self.export_transcript = m(
            "export_transcript", self.tr("&Export Transcript…"), "Ctrl+Shift+E",
            self.tr("Save the transcript or the selected passage as PDF, Markdown or text"))
        # Library
        self.open_folder = m("open_folder", self.tr("&Add Folder…"), "Ctrl+Shift+O",
                             self.tr("Add a folder of transcripts to the library"))
        self.clear_filters = m("clear_filters", self.tr("Clear &Filters"), "Ctrl+Shift+Backspace",
                               self.tr("Show every event of the library again (no text, "
                                       "date or speaker filter)"))
        self.manage_folders = m("manage_folders", self.tr("&Manage Folders…"), None,
                                self.tr("The library's folders and opened files: remove one, "
                                        "show it in the file manager"))
        self.quit = m("quit", self.tr("&Quit"), Key.Quit, self.tr("Close the reader"))
        # Getting transcripts from the site (reader/ui/fetch_actions.py does the work)
        self.add_link = m("add_link", self.tr("Add from &Link…"), "Ctrl+L",
                          self.tr("Get transcripts from kremlin.ru by their links"))
        self.paste_link = m("paste_link", self.tr("Paste &Link"), Key.Paste,
                            self.tr("Get the transcript whose link is on the clipboard"))
        self.other_language = m("other_language", self.tr("&Get the Russian Original"), None,
                                self.tr("Get this event from the site in its other language"))
        self.refresh_from_site = m(
            "refresh_from_site", self.tr("Refres&h from the Site"), "Ctrl+Shift+R",
            self.tr("Download this transcript again; what you marked in it stays"))
        self.latest = m("latest", self.tr("&Latest Transcripts…"), "Ctrl+Shift+T",
                        self.tr("The newest entries of the site's feeds"))
        self.cancel_fetch = m("cancel_fetch", self.tr("&Cancel Download"), None,
                              self.tr("Stop getting transcripts from the site"))
        self.fetch_settings = m("fetch_settings", self.tr("&Download Settings…"), None,
                                self.tr("The download folder, a mirror, checking at start"))
        # Edit
        self.copy = m("copy", self.tr("&Copy"), Key.Copy, self.tr("Copy the selected text"))
        self.copy_citation = m("copy_citation", self.tr("Copy &with Citation"), "Ctrl+Shift+C",
                               self.tr("Copy the selection with speaker, event, date and place"))
        self.citation_styles = QActionGroup(self)
        self.citation_style: dict[str, QAction] = {}
        styles = {"plain": self.tr("&Plain"),
                  "chicago": self.tr("&Chicago (Notes and Bibliography)"),
                  "apa": self.tr("&APA 7"), "bibtex": self.tr("&BibTeX")}
        for code, label in styles.items():
            a = m(f"citation_{code}", label, None,
                  self.tr("The style of Copy with Citation and of the Markdown export"),
                  checkable=True)
            a.setData(code)
            self.citation_styles.addAction(a)
            self.citation_style[code] = a
        self.find = m("find", self.tr("&Find…"), Key.Find,
                      self.tr("Find words in this transcript"))
        self.find_next = m("find_next", self.tr("Find &Next"), Key.FindNext,
                           self.tr("Go to the next match"))
        self.find_previous = m("find_previous", self.tr("Find &Previous"), Key.FindPrevious,
                               self.tr("Go to the previous match"))
        self.search = m("search", self.tr("&Search the Library…"), "Ctrl+Shift+F",
                        self.tr("Search the text of every transcript in the library"))
        # Bookmarks
        self.bookmark = m("bookmark", self.tr("&Bookmark Selection"), "Ctrl+D",
                          self.tr("Bookmark the selected passage"))
        self.bookmark_turn = m("bookmark_turn", self.tr("Bookmark This &Turn"), "Ctrl+Shift+D",
                               self.tr("Bookmark the whole turn the cursor is in"))
        self.copy_link = m("copy_link", self.tr("Copy &Link to Passage"), "Ctrl+Shift+L",
                           self.tr("Copy a kremlin.ru link that highlights the selected passage"))
        self.undo_delete = m("undo_delete", self.tr("&Undo Delete Bookmark"), Key.Undo,
                             self.tr("Bring back the bookmark deleted last"))
        self.export_bookmarks = m("export_bookmarks", self.tr("&Export Bookmarks…"), None,
                                  self.tr("Save bookmarks as JSON or as Markdown with citations"))
        self.import_bookmarks = m("import_bookmarks", self.tr("&Import Bookmarks…"), None,
                                  self.tr("Add bookmarks from a JSON file"))
        self.show_bookmarks = m("show_bookmarks", self.tr("&Go to Bookmarks"), "Ctrl+Shift+B",
                                self.tr("Show the Bookmarks panel in front and move to its list"))
        # Go
        self.back = m("back", self.tr("&Back"), Key.Back,
                      self.tr("Go back to the place before the last jump"))
        self.forward = m("forward", self.tr("&Forward"), Key.Forward,
                         self.tr("Go forward again to the place left by Back"))
        self.next_same = m("next_same", self.tr("Next Turn by &This Speaker"), "Alt+Down",
                           self.tr("Go to the next turn of the chosen speaker"))
        self.previous_same = m("previous_same", self.tr("Previous Turn by This Spea&ker"),
                               "Alt+Up", self.tr("Go to the previous turn of the chosen speaker"))
        self.next_turn = m("next_turn", self.tr("&Next Turn"), "Ctrl+Down",
                           self.tr("Go to the next turn"))
        self.previous_turn = m("previous_turn", self.tr("&Previous Turn"), "Ctrl+Up",
                               self.tr("Go to the previous turn"))
        self.go_start = m("go_start", self.tr("&Start of the Transcript"), "Ctrl+Home",
                          self.tr("Go to the beginning of the transcript"))
        self.go_end = m("go_end", self.tr("&End of the Transcript"), "Ctrl+End",
                        self.tr("Go to the end of the transcript"))
        # View
        self.zoom_in = m("zoom_in", self.tr("Zoom &In"), Key.ZoomIn,
                         self.tr("Make the text larger"))
        # Ctrl+= too: the platform's Ctrl++ needs Shift on a US keyboard.
        self.zoom_in.setShortcuts([*self.zoom_in.shortcuts(), QKeySequence("Ctrl+=")])
        self.zoom_out = m("zoom_out", self.tr("Zoom &Out"), Key.ZoomOut,
                          self.tr("Make the text smaller"))
        self.zoom_reset = m("zoom_reset", self.tr("&Reset Zoom"), "Ctrl+0",
                            self.tr("Show the text at its standard size"))
        self.languages = QActionGroup(self)
        self.language: dict[str, QAction] = {}
        # Each language is named in itself, so that it can be found whatever is shown now.
        names = {"system": self.tr("As in the &System"), "en": "&English", "ru": "&Русский"}
        for code in LANGUAGES:
            a = m(f"language_{code}", names[code], None,
                  self.tr("The interface language (applied when the reader starts again)"),
                  checkable=True)
            a.setData(code)
            self.languages.addAction(a)
            self.language[code] = a
        # Help
        self.shortcuts = m("shortcuts", self.tr("&Keyboard Shortcuts"), Key.HelpContents,
                           self.tr("Every command and its keys"))
        self.about = m("about", self.tr("&About Transcript Reader"), None,
                       self.tr("Version, where your data is kept, licences"))

    def all(self) -> list[QAction]:
        """Every action, in the order they were made."""
        return list(self._all.values())

    def named(self, name: str) -> QAction:
        return self._all[name]

    def menu_layout(self) -> list[MenuLayout]:
        return [
            ("file", self.tr("&File"), ["open", "@recent", None, "add_link",
                                         "other_language", "refresh_from_site", None, "print",
                                         "export_transcript", None, "quit"]),
            ("edit", self.tr("&Edit"), ["copy", "copy_citation", "@citation_style", "paste_link",
                                         None, "find", "find_next", "find_previous"]),
            ("bookmarks", self.tr("&Bookmarks"), [
                "bookmark", "bookmark_turn", "copy_link", None, "undo_delete",
                "export_bookmarks", "import_bookmarks", None, "show_bookmarks",
                "@bookmarks_panel"]),
            ("library", self.tr("&Library"), ["open_folder", "manage_folders", None, "search",
                                               "clear_filters", None, "latest", "cancel_fetch",
                                               None, "fetch_settings"]),
            ("go", self.tr("&Go"), ["back", "forward", None, "next_same", "previous_same",
                                     "next_turn", "previous_turn", None, "go_start", "go_end"]),
            ("view", self.tr("&View"), ["zoom_in", "zoom_out", "zoom_reset", "@font_size",
                                         None, "@site_colours", None, "@font_spacing",
                                         "@images", "@standard_settings", None,
                                         "@toolbar", "@view_settings", "@speakers", "@outline",
                                         None, "@language"]),
            ("help", self.tr("&Help"), ["shortcuts", "about"]),
        ]

    def build_menus(self, bar: QMenuBar,
                    extras: Mapping[str, QAction | QMenu]) -> dict[str, QMenu]:
        """Fill the menu bar; returns the menus by name (for later additions)."""
        language = QMenu(self.tr("Interface &Language"), bar)
        language.addActions([self.language[c] for c in LANGUAGES])
        citation = QMenu(self.tr("Citation St&yle"), bar)
        citation.addActions(list(self.citation_style.values()))
        extras = {**extras, "language": language, "citation_style": citation}
        menus: dict[str, QMenu] = {}
        for name, title, entries in self.menu_layout():
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu-{name}")
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif entry.startswith("@"):
                    extra = extras[entry[1:]]
                    if isinstance(extra, QMenu):
                        menu.addMenu(extra)
                    else:
                        menu.addAction(extra)
                else:
                    menu.addAction(self._all[entry])
            give_access_keys(menu)  # the entries made elsewhere (panels' show/hide) too
            menus[name] = menu
        return menus

    def build_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Main toolbar"), self._window)
        bar.setObjectName("main-toolbar")
        for entry in TOOLBAR:
            if entry is None:
                bar.addSeparator()
            else:
                bar.addAction(self._all[entry])
        return bar

    def context_actions(self) -> list[QAction]:
        """What the transcript text's context menu offers, after Copy."""
        return [self.copy_citation, self.bookmark, self.bookmark_turn, self.copy_link]
