"""The view settings as actions — font size, site colours, images, font, character spacing
and the return to the standard settings — shown twice: in the View menu (every one
reachable by keyboard, with its shortcut) and in the "View settings" toolbar laid out like
the site's own panel. The toolbar's buttons are those same actions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.core.themes import Theme
from reader.core.viewsettings import FONT_STEPS, ViewSettings
from reader.ui.theming import theme_name

#: The "A" buttons' sizes, as a share of the toolbar's font (the site's small, normal,
#: large letters).
A_SCALE = {"small": 0.85, "normal": 1.1, "large": 1.35}


def with_access_keys(names: list[str]) -> list[str]:
    """Each name with an access key (``&``) on its first letter that no name before it
    took, so that every entry of a menu can be reached by a key; a name with no free
    letter keeps none."""
    taken: set[str] = set()
    out = []
    for name in names:
        at = next((i for i, ch in enumerate(name)
                   if ch.isalpha() and ch.casefold() not in taken), None)
        if at is None:
            out.append(name.replace("&", "&&"))
            continue
        taken.add(name[at].casefold())
        out.append(name[:at].replace("&", "&&") + "&" + name[at:].replace("&", "&&"))
    return out


class ViewSettingsBar(QToolBar):
    """Emits ``changed(ViewSettings)`` whenever an action changes the settings. The
    actions (``menus()`` gives them as View submenus) live on ``window`` so that their
    shortcuts work wherever the focus is."""

    changed = Signal(object)
    #: The interface scale changed the buttons' sizes (the rows may need refitting).
    font_changed = Signal()

    def __init__(self, themes: dict[str, Theme], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("View settings"))
        self.setObjectName("view-settings")
        self.setAccessibleName(self.tr("View settings"))
        self.themes = themes
        self.current = ViewSettings()
        self._building = False
        self._create_actions()
        self._build_bar()

    # --- actions -------------------------------------------------------------------
    def _action(self, text: str, tip: str, group: QActionGroup | None = None,
                shortcut: str | None = None) -> QAction:
        a = QAction(text, self)
        a.setStatusTip(tip)
        a.setToolTip(tip)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if group is not None:
            a.setCheckable(True)
            group.addAction(a)
        return a

    def _create_actions(self) -> None:
        step_names = {"small": self.tr("&Small"), "normal": self.tr("&Normal"),
                      "large": self.tr("&Large")}
        self.size_group = QActionGroup(self)
        self.size_actions: dict[str, QAction] = {}
        for step, pct in FONT_STEPS.items():
            a = self._action(step_names[step], self.tr("Font size: {step} ({percent})").format(
                step=step_names[step].replace("&", ""), percent=QLocale().toString(pct) + "%"),
                self.size_group)
            a.setIconText(self.tr("A", "the letter on the font size buttons"))
            a.setObjectName(f"action-font-{step}")
            a.triggered.connect(lambda _=False, p=pct: self._set(font_percent=p))
            self.size_actions[step] = a

        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        names = {tid: theme_name(theme) for tid, theme in self.themes.items()}
        keyed = with_access_keys(list(names.values()))  # the Site colours menu's keys
        for (tid, theme), menu_text in zip(self.themes.items(), keyed, strict=True):
            name = names[tid]
            a = self._action(menu_text, self.tr("Colours: {name}").format(name=name),
                             self.theme_group)
            # The site's scheme buttons show the letter Ц (for цвет) in their colours.
            a.setIconText("Ц" if theme.kind == "accessibility" else name.split()[0])
            a.setObjectName(f"action-theme-{tid}")
            a.triggered.connect(lambda _=False, t=tid: self._set(theme=t))
            self.theme_actions[tid] = a

        self.font_group = QActionGroup(self)
        self.font_actions = {
            key: self._action(label, self.tr("Font: {name}").format(name=label),
                              self.font_group)
            for key, label in (("sans", self.tr("Arial (sans serif)")),
                               ("serif", self.tr("Times New Roman (serif)")))}
        self.spacing_group = QActionGroup(self)
        self.spacing_actions = {
            key: self._action(label, self.tr("Character spacing: {name}").format(name=label),
                              self.spacing_group)
            for key, label in (("standard", self.tr("Standard")),
                               ("medium", self.tr("Medium")),
                               ("large", self.tr("Large", "character spacing")))}
        for field, actions in (("font", self.font_actions), ("spacing", self.spacing_actions)):
            for key, a in actions.items():
                a.setObjectName(f"action-{field}-{key}")
                a.triggered.connect(lambda _=False, f=field, k=key: self._set(**{f: k}))

        self.images_action = self._action(
            self.tr("Show I&mages"), self.tr("Images (photo captions and media)"))
        self.images_action.setCheckable(True)
        self.images_action.setObjectName("action-images")
        self.images_action.triggered.connect(lambda on: self._set(images=on))
        self.standard_action = self._action(
            self.tr("S&tandard Settings"), self.tr("Return to standard settings"))
        self.standard_action.setIconText(self.tr("Standard settings"))
        self.standard_action.setObjectName("action-standard-settings")
        self.standard_action.triggered.connect(self.reset)

        # Font and spacing share one toolbar button, as on the site ("Settings").
        self.settings_menu = QMenu(self.tr("Font and &Spacing"), self)
        self.settings_menu.setObjectName("menu-font-spacing")
        self.settings_menu.addSection(self.tr("Font"))
        self.settings_menu.addActions(list(self.font_actions.values()))
        self.settings_menu.addSection(self.tr("Character spacing"))
        self.settings_menu.addActions(list(self.spacing_actions.values()))
        self.settings_action = self.settings_menu.menuAction()
        self.settings_action.setIconText(self.tr("Settings"))
        self.settings_action.setToolTip(self.tr("Font and character spacing"))

    def all_actions(self) -> list[QAction]:
        """Every view-setting action (for the window and its Keyboard Shortcuts list)."""
        return [*self.size_actions.values(), *self.theme_actions.values(),
                *self.font_actions.values(), *self.spacing_actions.values(),
                self.images_action, self.standard_action]

    def menus(self, parent: QWidget) -> dict[str, QMenu | QAction]:
        """The View menu's entries: Font size and Site colours submenus (their titles
        name the toolbar's labels), font and spacing, images, standard settings."""
        size = QMenu(self.tr("&Font size"), parent)
        size.setObjectName("menu-font-size")
        size.addActions(list(self.size_actions.values()))
        colours = QMenu(self.tr("Site &colours"), parent)
        colours.setObjectName("menu-site-colours")
        colours.addActions(list(self.theme_actions.values()))
        return {"font_size": size, "site_colours": colours, "font_spacing": self.settings_menu,
                "images": self.images_action, "standard_settings": self.standard_action}

    # --- the toolbar ------------------------------------------------------------------
    def _build_bar(self) -> None:
        self.size_label = QLabel(" " + self.tr("Font size:") + " ")
        self.labels = [self.addWidget(self.size_label)]
        self.size_buttons: dict[str, QToolButton] = {}
        for step, a in self.size_actions.items():
            self.addAction(a)
            self.size_buttons[step] = self._button(a, f"font-{step}")
        self.addSeparator()
        self.colours_label = QLabel(" " + self.tr("Site colours:") + " ")
        self.labels.append(self.addWidget(self.colours_label))
        self.theme_buttons: dict[str, QToolButton] = {}
        for tid, a in self.theme_actions.items():
            self.addAction(a)
            self.theme_buttons[tid] = self._button(a, f"theme-{tid}")
        # Images, font and spacing, and the standard settings: a toolbar of their own, beside
        # this one while the window is wide enough and on a row of its own when it is not
        # (RowFitter), so that no control hides behind an overflow button when zoomed.
        self.more = more = QToolBar(self.tr("More view settings"))
        more.setObjectName("view-settings-more")
        more.setAccessibleName(self.tr("More view settings"))
        more.addAction(self.images_action)
        self.images_button = self._button(self.images_action, "images", more)
        more.addAction(self.settings_action)
        self.settings_button = self._button(self.settings_action, "settings-menu", more)
        self.settings_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.addAction(self.standard_action)
        self.standard_button = self._button(self.standard_action, "standard-settings", more)
        # View > Toolbars > View settings shows and hides both.
        # (A lambda: connected to the C++ slot, the signal's no-argument form is chosen.)
        self.toggleViewAction().triggered.connect(lambda on: more.setVisible(on))  # noqa: PLW0108
        self._style_buttons()

    def _button(self, action: QAction, name: str, bar: QToolBar | None = None) -> QToolButton:
        b = (bar or self).widgetForAction(action)
        assert isinstance(b, QToolButton)
        b.setObjectName(name)
        b.setAccessibleName(action.toolTip() or action.text().replace("&", ""))
        # Every button is an action of the View menu: no Tab stop of its own, so Tab
        # goes from panel to panel rather than through seventeen buttons.
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return b

    def _style_buttons(self) -> None:
        """Sizes and colours that follow the toolbar's font (the interface scale): the
        three "A" letters in three sizes, each scheme's button in its own colours."""
        base = self.font().pointSizeF()
        for step, b in self.size_buttons.items():
            f = QFont(self.font())
            f.setBold(True)
            f.setPointSizeF(round(base * A_SCALE[step], 1))
            b.setFont(f)
        for tid, b in self.theme_buttons.items():
            c = self.themes[tid].colours
            b.setStyleSheet(f"QToolButton {{ color: {c['text']}; background: {c['background']};"
                            f" border: 1px solid {c['text']}; padding: 2px 6px;"
                            f" font-size: {base}pt; }}"
                            f"QToolButton:checked {{ border: 3px solid {c['text']}; }}")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._style_buttons()
            self.font_changed.emit()

    def toolbars(self) -> list[QToolBar]:
        return [self, self.more]

    def labels_width(self) -> int:
        """The room the two labels ("Font size:", "Site colours:") take when shown."""
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarItemSpacing)
        return sum(w.sizeHint().width() + spacing for w in (self.size_label, self.colours_label))

    def labels_shown(self) -> bool:
        return all(a.isVisible() for a in self.labels)

    def show_labels(self, shown: bool) -> None:
        """Where the row is too narrow, the labels give their room to the buttons (each
        button keeps its name, and the View menu its submenu titles)."""
        for a in self.labels:
            a.setVisible(shown)

    def widget_for(self, action: QAction) -> QWidget | None:
        """The button of a view-setting action, on whichever of the two toolbars it is."""
        return self.widgetForAction(action) or self.more.widgetForAction(action)

    # --- settings ---------------------------------------------------------------------
    def _set(self, **changes: object) -> None:
        if self._building:
            return
        new = replace(self.current, **changes)  # type: ignore[arg-type]
        if new != self.current:
            self.show_settings(new)
            self.changed.emit(new)
        else:
            self.show_settings(new)  # a checked action clicked again stays checked

    def reset(self) -> None:
        self._set(**{f: getattr(ViewSettings(), f) for f in
                     ("theme", "font_percent", "font", "spacing", "images")})

    def show_settings(self, v: ViewSettings) -> None:
        """Reflect settings in the actions (menu and toolbar) without emitting."""
        self._building = True
        try:
            self.current = v
            step = v.step
            self.size_group.setExclusive(False)
            for name, a in self.size_actions.items():
                a.setChecked(name == step)
            self.size_group.setExclusive(True)
            for tid, a in self.theme_actions.items():
                a.setChecked(tid == v.theme)
            self.images_action.setChecked(v.images)
            self.images_action.setIconText(self.tr("Images: on") if v.images
                                           else self.tr("Images: off"))
            for key, a in self.font_actions.items():
                a.setChecked(key == v.font)
            for key, a in self.spacing_actions.items():
                a.setChecked(key == v.spacing)
        finally:
            self._building = False


class RowFitter(QObject):
    """Keeps every view-setting button in sight: when the two view-settings toolbars do
    not fit side by side in the window's width (a large interface scale, a long language,
    a narrow window), the second starts a row of its own; it goes back beside the first
    when there is room again. The first toolbar's two labels show while it fits the width
    with them. The choices depend on the toolbars' size hints only, so moving a toolbar
    cannot make them change their mind."""

    def __init__(self, window: QMainWindow, bar: ViewSettingsBar) -> None:
        """The window calls :meth:`schedule` when it is resized; the toolbar's buttons
        change size with the interface scale. (Not an event filter: every event of the
        window would pass through Python.)"""
        super().__init__(window)
        self.window = window
        self.bar = bar
        self._pending = False
        bar.font_changed.connect(self.schedule)

    def schedule(self) -> None:
        """Fit once the events at hand are handled (the toolbars' new sizes known)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)  # not after the window is gone

    def fit(self) -> None:
        self._pending = False
        first, second = self.bar.toolbars()
        if self.window.toolBarArea(second) != self.window.toolBarArea(first):
            return  # the reader moved one: theirs to place
        width = self.window.width()
        labels = self.bar.labels_width()
        with_labels = first.sizeHint().width() + (0 if self.bar.labels_shown() else labels)
        shown = with_labels <= width
        if shown != self.bar.labels_shown():
            self.bar.show_labels(shown)
        first_width = with_labels if shown else with_labels - labels
        wrapped = self.window.toolBarBreak(second)
        wrap = first_width + second.sizeHint().width() + 2 > width
        if wrap and not wrapped:
            self.window.insertToolBarBreak(second)
        elif wrapped and not wrap:
            self.window.removeToolBarBreak(second)
