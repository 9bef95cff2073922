"""The "View settings" panel, laid out like the site's own: Font size, Site colours,
Images, Settings (font, character spacing) and a return to the standard settings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.core.themes import Theme
from reader.core.viewsettings import FONT_STEPS, ViewSettings
from reader.ui.theming import theme_name


class ViewSettingsBar(QToolBar):
    """Emits ``changed(ViewSettings)`` whenever a control changes the settings."""

    changed = Signal(object)

    def __init__(self, themes: dict[str, Theme], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("View settings"))
        self.setObjectName("view-settings")
        self.setAccessibleName(self.tr("View settings"))
        self.themes = themes
        self.current = ViewSettings()
        self._building = False

        self.addWidget(QLabel(" " + self.tr("Font size:") + " "))
        step_names = {"small": self.tr("small"), "normal": self.tr("normal"),
                      "large": self.tr("large")}
        self.size_group = QButtonGroup(self)
        self.size_buttons: dict[str, QToolButton] = {}
        for i, (step, pct) in enumerate(FONT_STEPS.items()):
            b = QToolButton()
            b.setText(self.tr("A", "the letter on the font size buttons"))
            b.setCheckable(True)
            f = QFont(b.font())
            f.setBold(True)
            f.setPointSizeF(f.pointSizeF() * (0.85 + 0.25 * i))
            b.setFont(f)
            b.setAccessibleName(self.tr("Font size {step}").format(step=step_names[step]))
            b.setToolTip(self.tr("Font size: {step} ({percent})").format(
                step=step_names[step], percent=QLocale().toString(pct) + "%"))
            b.setObjectName(f"font-{step}")
            self.size_group.addButton(b)
            self.size_buttons[step] = b
            self.addWidget(b)
            b.clicked.connect(lambda _=False, p=pct: self._set(font_percent=p))

        self.addSeparator()
        self.addWidget(QLabel(" " + self.tr("Site colours:") + " "))
        self.theme_group = QButtonGroup(self)
        self.theme_buttons: dict[str, QToolButton] = {}
        for tid, theme in themes.items():
            b = QToolButton()
            # The site's scheme buttons show the letter Ц (for цвет) in their colours.
            name = theme_name(theme)
            b.setText("Ц" if theme.kind == "accessibility" else name.split()[0])
            b.setCheckable(True)
            b.setAccessibleName(self.tr("Colours: {name}").format(name=name))
            b.setToolTip(self.tr("Colours: {name}").format(name=name))
            b.setObjectName(f"theme-{tid}")
            c = theme.colours
            b.setStyleSheet(f"QToolButton {{ color: {c['text']}; background: {c['background']};"
                            f" border: 1px solid {c['text']}; padding: 2px 6px; }}"
                            f"QToolButton:checked {{ border: 3px solid {c['text']}; }}")
            self.theme_group.addButton(b)
            self.theme_buttons[tid] = b
            self.addWidget(b)
            b.clicked.connect(lambda _=False, t=tid: self._set(theme=t))

        self.addSeparator()
        self.images_button = QToolButton()
        self.images_button.setObjectName("images")
        self.images_button.setCheckable(True)
        self.images_button.setAccessibleName(self.tr("Images (photo captions and media)"))
        self.images_button.toggled.connect(lambda on: self._set(images=on))
        self.addWidget(self.images_button)

        self.settings_button = QToolButton()
        self.settings_button.setObjectName("settings-menu")
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setAccessibleName(self.tr("Font and character spacing"))
        self.settings_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.settings_button)
        menu.addSection(self.tr("Font"))
        self.font_actions = self._choice(menu, {
            "sans": self.tr("Arial (sans serif)"),
            "serif": self.tr("Times New Roman (serif)")}, "font")
        menu.addSection(self.tr("Character spacing"))
        self.spacing_actions = self._choice(menu, {
            "standard": self.tr("Standard"), "medium": self.tr("Medium"),
            "large": self.tr("Large", "character spacing")}, "spacing")
        self.settings_button.setMenu(menu)
        self.addWidget(self.settings_button)

        self.standard_button = QToolButton()
        self.standard_button.setObjectName("standard-settings")
        self.standard_button.setText(self.tr("Standard settings"))
        self.standard_button.setAccessibleName(self.tr("Return to standard settings"))
        self.standard_button.clicked.connect(self.reset)
        self.addWidget(self.standard_button)
        for w in self.findChildren(QToolButton):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _choice(self, menu: QMenu, names: dict[str, str], field: str) -> dict[str, QAction]:
        group = QActionGroup(self)
        out = {}
        for key, label in names.items():
            a = QAction(label, self)
            a.setCheckable(True)
            group.addAction(a)
            menu.addAction(a)
            a.triggered.connect(lambda _=False, k=key: self._set(**{field: k}))
            out[key] = a
        return out

    def _set(self, **changes: object) -> None:
        if self._building:
            return
        new = replace(self.current, **changes)  # type: ignore[arg-type]
        if new != self.current:
            self.show_settings(new)
            self.changed.emit(new)

    def reset(self) -> None:
        self._set(**{f: getattr(ViewSettings(), f) for f in
                     ("theme", "font_percent", "font", "spacing", "images")})

    def show_settings(self, v: ViewSettings) -> None:
        """Reflect settings in the controls without emitting."""
        self._building = True
        try:
            self.current = v
            step = v.step
            self.size_group.setExclusive(False)
            for name, b in self.size_buttons.items():
                b.setChecked(name == step)
            self.size_group.setExclusive(True)
            for tid, b in self.theme_buttons.items():
                b.setChecked(tid == v.theme)
            self.images_button.setChecked(v.images)
            self.images_button.setText(self.tr("Images: on") if v.images
                                       else self.tr("Images: off"))
            for key, a in self.font_actions.items():
                a.setChecked(key == v.font)
            for key, a in self.spacing_actions.items():
                a.setChecked(key == v.spacing)
        finally:
            self._building = False
