"""Keyboard access for the whole window (WCAG 2.1.1, 2.1.2, 2.4.3): one Tab stop per list
or table, Tab order in reading order, F6 / Shift+F6 between the main areas, and the
transcript read and walked with the keyboard (a caret, Ctrl+Home / Ctrl+End)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QMenu,
    QMenuBar,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from reader.ui.first_paint import after_first_paint


def takes_tab(w: QWidget) -> bool:
    """A widget Tab can land on now: visible, enabled, accepting Tab focus."""
    return (w.isVisible() and w.isEnabled()
            and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus))


def tab_stops(area: QWidget) -> list[QWidget]:
    """The controls of an area that take Tab focus, in the area's own order (the inner
    editor of a combo box or date field is part of that control, not a stop)."""
    out = [area] if area.focusPolicy() & Qt.FocusPolicy.TabFocus else []
    for w in area.findChildren(QWidget):
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or w.window() is not area.window():
            continue  # no Tab focus, or inside a popup (a combo box's list, a calendar)
        parent = w.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit)):
            continue  # an inner editor, viewport or scroll bar
        if isinstance(parent, QWidget) and isinstance(parent.parentWidget(),
                                                     (QAbstractItemView, QTextEdit)):
            continue  # an item editor inside a view's viewport
        out.append(w)
    return out


def chain(areas: list[QWidget]) -> None:
    """Tab order: the areas one after another, each area's controls in its own order."""
    stops = [w for area in areas for w in tab_stops(area)]
    for first, second in itertools.pairwise(stops):
        QWidget.setTabOrder(first, second)


def one_tab_stop_per_view(root: QWidget) -> None:
    """Lists and tables are one Tab stop; arrows move inside them."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def focus_area(area: QWidget, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason
               ) -> bool:
    """Focus an area: its first visible control that takes Tab focus."""
    for w in tab_stops(area):
        if takes_tab(w):
            w.setFocus(reason)
            return True
    return False


class AreaCycle(QObject):
    """F6 / Shift+F6 move between the main areas that are showing, as in other desktop
    applications. ``areas`` gives them in reading order."""

    def __init__(self, window: QWidget, areas: Callable[[], list[QWidget]]) -> None:
        super().__init__(window)
        self.window = window
        self.areas = areas
        self.next_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F6), window)
        self.prev_shortcut = QShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6), window)
        for s in (self.next_shortcut, self.prev_shortcut):
            s.setContext(Qt.ShortcutContext.WindowShortcut)
        self.next_shortcut.activated.connect(lambda: self.move(+1))
        self.prev_shortcut.activated.connect(lambda: self.move(-1))

    def showing(self) -> list[QWidget]:
        return [a for a in self.areas() if a.isVisible() and any(takes_tab(w)
                                                                 for w in tab_stops(a))]

    def current(self, areas: list[QWidget]) -> int:
        focus = QApplication.focusWidget()
        for i, a in enumerate(areas):
            if focus is not None and (focus is a or a.isAncestorOf(focus)):
                return i
        return -1

    def move(self, step: int) -> None:
        areas = self.showing()
        if not areas:
            return
        i = self.current(areas)
        target = areas[(i + step) % len(areas)] if i >= 0 else areas[0 if step > 0 else -1]
        focus_area(target, Qt.FocusReason.TabFocusReason if step > 0
                   else Qt.FocusReason.BacktabFocusReason)


class TranscriptKeys(QObject):
    """The transcript as a keyboard user needs it: Tab leaves it (instead of walking its
    links one by one), a caret moves and selects with the arrows (to bookmark a passage),
    Ctrl+Home / Ctrl+End go to the start / end of the whole transcript."""

    def __init__(self, view: QTextEdit, before_jump: Callable[[], None]) -> None:
        super().__init__(view)
        self.view = view
        self.before_jump = before_jump
        #: Runs each jump to an end: the window makes it one that Back returns from.
        self.around: Callable[[Callable[[], None]], None] = lambda go: go()
        view.setTextInteractionFlags(view.textInteractionFlags()
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.view or event.type() not in (QEvent.Type.KeyPress,
                                                            QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            if event.type() == QEvent.Type.KeyPress:
                forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
                # As any other control would (QTextBrowser would walk its links).
                QWidget.focusNextPrevChild(self.view, forward)
                return True
            return False
        if event.matches(QKeySequence.StandardKey.MoveToStartOfDocument) or \
                event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # ours, not a menu shortcut's
                return True
            end = event.matches(QKeySequence.StandardKey.MoveToEndOfDocument)
            self.around(lambda: self.jump(end=end))
            return True
        return False

    def jump(self, end: bool) -> None:
        """Caret and view to the start or the end of the whole transcript."""
        if end:
            self.before_jump()
        c = self.view.textCursor()
        c.movePosition(QTextCursor.MoveOperation.End if end else QTextCursor.MoveOperation.Start)
        self.view.setTextCursor(c)
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum() if end else bar.minimum())


def _key_of(text: str) -> str | None:
    """The access key letter of an entry's text ("&Open" -> "o"), or None."""
    i = text.replace("&&", "\0\0").find("&")
    return text[i + 1].casefold() if 0 <= i < len(text) - 1 else None


def give_access_keys(menu: QMenu, keep: Iterable[QAction] = ()) -> None:
    """Every entry of a menu (and of its submenus) gets an access key of its own: one with
    none, or with the key of an entry before it, gets the first letter of its text that no
    other entry uses. ``keep``: entries whose keys stay (the window's actions, which other
    menus show too). Entries made elsewhere (a panel's show/hide entry, Qt's own "Select
    All" in Russian, its "Copy &Link Location" beside our "Copy &Link to Passage") had none
    or a taken one."""
    entries = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    kept = set(keep)
    taken = {k for a in entries if a in kept and (k := _key_of(a.text())) is not None}
    for a in entries:
        text = a.text()
        key = _key_of(text)
        if key is not None and key not in taken:
            taken.add(key)
        elif a not in kept:
            label, tab, keys = text.partition("\t")  # (Qt's "Copy\tCtrl+C")
            label = label.replace("&&", "\0").replace("&", "").replace("\0", "&&")
            at = next((i for i, ch in enumerate(label)
                       if ch.isalpha() and ch.casefold() not in taken), None)
            if at is not None:
                taken.add(label[at].casefold())
                a.setText(label[:at] + "&" + label[at:] + tab + keys)
        sub = a.menu()
        if isinstance(sub, QMenu):
            give_access_keys(sub)


class PopupKeys(QObject):
    """Alt+Down, Alt+Up and F4 in a drop-down (the speaker list, a date's calendar) open
    it, as everywhere in Qt, rather than the window's commands on those keys (Alt+Down
    is also "next turn by this speaker")."""

    KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up)

    def __init__(self, fields: list[QWidget], parent: QObject) -> None:
        super().__init__(parent)
        for field in fields:
            field.installEventFilter(self)
            # The editor inside an editable drop-down is what has the focus. (Asked for
            # by name: findChildren would hand PySide6 the combo's model and selection
            # too, two more classes to make before the first paint.)
            inner = (field.lineEdit() if isinstance(field, (QComboBox, QAbstractSpinBox))
                     else None)
            if inner is not None:
                inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier \
                == Qt.KeyboardModifier.AltModifier
            if (alt and event.key() in self.KEYS) or (
                    event.key() == Qt.Key.Key_F4 and not event.modifiers()):
                event.accept()  # the field's, not a shortcut's
                return True
        return False


class DownToList(QObject):
    """Down in a filter or query field goes to the list it fills (its first row if none
    is current yet), as in a browser's search box."""

    def __init__(self, field: QWidget, view: QAbstractItemView) -> None:
        super().__init__(field)
        self.view = view
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            model = self.view.model()
            if event.key() == Qt.Key.Key_Down and not event.modifiers() \
                    and model is not None and model.rowCount() > 0:
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(model.index(0, 0))
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False


class ShiftF10Menu(QObject):
    """Shift+F10 opens a widget's context menu, as the Menu key does (the key many
    keyboards have instead, and the one screen reader users learn): at the current row
    of a list, at the caret of a text."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_F10 \
                    and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
                if event.type() == QEvent.Type.KeyPress:
                    w = self.widget
                    # To the viewport, in its coordinates, as a click there would come.
                    target = w.viewport() if isinstance(w, QAbstractScrollArea) else w
                    if isinstance(w, QAbstractItemView) and w.currentIndex().isValid():
                        at = w.visualRect(w.currentIndex()).center()
                    elif isinstance(w, QTextEdit):
                        at = w.cursorRect().center()
                    else:
                        at = target.rect().center()
                    QApplication.sendEvent(target, QContextMenuEvent(
                        QContextMenuEvent.Reason.Keyboard, at, target.mapToGlobal(at)))
                event.accept()
                return True
        return False


class ActivateOnEnter(QObject):
    """Enter or Space on a list's current item acts as a click on it (the speaker legend
    highlights a speaker's turns on click only)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            item = self.view.currentItem()
            if item is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                    Qt.Key.Key_Space):
                self.view.itemClicked.emit(item, 0)
                return True
        return False


class WindowKeys(QObject):
    """Everything above for one window: ``areas`` in reading order (event list, reading
    column, side panels, bottom panels), ``transcript`` the text view."""

    def __init__(self, window: QWidget, areas: list[QWidget], transcript: QTextEdit,
                 before_jump: Callable[[], None], docks: list[QDockWidget]) -> None:
        super().__init__(window)
        self.window_ = window
        self.area_list = areas
        # Once the window has first painted (before a key can reach it), and once for
        # docks shown together (all of them when the window first shows).
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        self._painted = False
        after_first_paint(window, self._first_refresh)
        self.transcript = TranscriptKeys(transcript, before_jump)
        self.cycle = AreaCycle(window, lambda: self.area_list)
        # F10 opens the menu bar's first menu (as on GNOME and Windows): the way into the
        # menus whatever the keyboard layout (Alt with a Russian menu's letter needs the
        # Russian layout active).
        self.menu_key = QShortcut(QKeySequence(Qt.Key.Key_F10), window)
        self.menu_key.setContext(Qt.ShortcutContext.WindowShortcut)
        self.menu_key.activated.connect(self.open_menu_bar)
        self._lost_focus = False
        # A dock behind another's tab stays "visible" to Qt, moved off screen; Tab would
        # walk into it. Its controls take no focus until its tab is chosen.
        for dock in docks:
            dock.visibilityChanged.connect(partial(self._dock_shown, dock))

    def _first_refresh(self) -> None:
        self._painted = True
        self.refresh()

    def open_menu_bar(self) -> None:
        bar = self.window_.findChild(QMenuBar)
        first = next((a for a in bar.actions() if a.isVisible()), None) if bar else None
        if bar is not None and first is not None:
            bar.setActiveAction(first)  # its menu opens; the arrows go on from there

    def refresh(self) -> None:
        """Tab order and single Tab stops again (a panel built on first use)."""
        one_tab_stop_per_view(self.window_)
        chain(self.area_list)

    def _dock_shown(self, dock: QDockWidget, shown: bool) -> None:
        inner: QWidget | None = dock.widget()
        if inner is None:
            return
        if shown and self._painted:  # (those shown with the window: after its paint)
            self._refresh_soon.start()
        focus = QApplication.focusWidget()
        if not shown and focus is not None and inner.isAncestorOf(focus):
            self._lost_focus = True  # the focus was in the panel whose tab was hidden
        inner.setEnabled(shown)
        if shown:
            QTimer.singleShot(0, partial(self._follow, inner))

    def _follow(self, shown: QWidget) -> None:
        """The focus follows the tab that replaced the panel it was in."""
        lost, self._lost_focus = self._lost_focus, False
        now = QApplication.focusWidget()
        if lost and (now is None or not now.isEnabled() or now.visibleRegion().isEmpty()):
            focus_area(shown)
