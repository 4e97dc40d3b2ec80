"""Alt-letter keys: every button, labelled field, group, tab and menu item gets an underlined letter, distinct
within its window (or menu).

Translators write texts without '&' (and a letter picked in one language clashes in the other), so the letters
are chosen here, as KDE's KAcceleratorManager does: a letter a text already marks with '&' is kept when free,
then the first letter of a word, then any letter. Letters chosen once stay while their text does, so a
worker's Alt+N does not wander. The choice is made again when a window is shown, when something in it appears
(another panel, a tab), when a button shows a new text (Start → Stop), after a language switch, and just
before an Alt key is looked up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QToolButton,
    QWidget,
)

#: The property that remembers the text this module gave an object (a tab's or menu's own key after the colon).
_GIVEN = "mnemonicGiven"
#: Widgets whose inner buttons belong to them, not to the window: their letters are not ours to choose.
_OWN_INSIDE = (QAbstractItemView, QAbstractSpinBox, QCalendarWidget, QComboBox)
#: Widgets whose text can carry a letter.
_CARRIERS = (QAbstractButton, QLabel, QGroupBox, QTabBar)


def parse(text: str) -> tuple[str, int | None]:
    """The text as shown (``&&`` read as ``&``) and the index in it of the marked letter, if any."""
    shown: list[str] = []
    marked = None
    i = 0
    while i < len(text):
        char = text[i]
        if char == "&" and i + 1 < len(text):
            if text[i + 1] == "&":
                shown.append("&")
                i += 2
                continue
            if marked is None:
                marked = len(shown)
            i += 1
            continue
        shown.append(char)
        i += 1
    return "".join(shown), marked


def compose(shown: str, marked: int | None) -> str:
    """The text for Qt that shows ``shown`` with the letter at ``marked`` underlined (none when ``None``)."""
    if marked is None:
        return shown.replace("&", "&&")
    return shown[:marked].replace("&", "&&") + "&" + shown[marked:].replace("&", "&&")


def mnemonic(text: str) -> str | None:
    """The letter ``text`` marks with '&', in lower case; ``None`` when it marks none."""
    shown, marked = parse(text)
    return shown[marked].lower() if marked is not None and marked < len(shown) else None


def _usable(char: str) -> bool:
    return char.isascii() and char.isalnum()  # a letter on every keyboard: no ë, no punctuation


def candidates(shown: str) -> list[int]:
    """Where a letter could be marked in ``shown``, best first: each word's first letter, then the others."""
    starts = [i for i, c in enumerate(shown) if _usable(c) and (i == 0 or not shown[i - 1].isalnum())]
    rest = [i for i, c in enumerate(shown) if _usable(c) and i not in starts]
    return starts + rest


@dataclass
class Slot:
    """One text that can carry a letter: a button's, a label's, a tab's, a menu item's."""

    owner: QObject
    key: str
    get: Callable[[], str]
    set: Callable[[str], None]

    @property
    def given(self) -> str | None:
        return self.owner.property(f"{_GIVEN}:{self.key}")

    def put(self, text: str) -> None:
        if text != self.get():
            self.set(text)
        self.owner.setProperty(f"{_GIVEN}:{self.key}", text)


def assign(slots: Iterable[Slot], taken: Iterable[str] = ()) -> None:
    """Give each text of ``slots`` a letter no other of them has. A letter the text was written with stands (the
    first text to claim it keeps it); the others are matched to letters so that as many texts as can get one,
    each as near as it can to its best letter, in ``slots``' order of precedence, and a letter given earlier to
    the same text is kept while that allows. Letters in ``taken`` are not given."""
    slots = [s for s in slots if parse(s.get())[0].strip()]
    written: dict[str, Slot | None] = dict.fromkeys(taken)
    to_match: list[Slot] = []
    for slot in slots:
        letter = mnemonic(slot.get())
        if letter and slot.get() != slot.given and letter not in written:
            written[letter] = slot
        else:
            to_match.append(slot)
    # A text given a letter before asks for it first, and asks before the new ones.
    to_match.sort(key=lambda s: not (mnemonic(s.get()) and s.get() == s.given))
    choices: dict[int, dict[str, int]] = {}
    for slot in to_match:
        shown, marked = parse(slot.get())
        order = ([marked] if marked is not None and slot.get() == slot.given else []) + candidates(shown)
        choices[id(slot)] = {}
        for i in order:
            choices[id(slot)].setdefault(shown[i].lower(), i)
    holder: dict[str, Slot] = {}
    letter_of: dict[int, str] = {}

    def take(slot: Slot, letter: str) -> None:
        if id(slot) in letter_of:
            del holder[letter_of[id(slot)]]
        holder[letter] = slot
        letter_of[id(slot)] = letter

    def find(slot: Slot, visited: set[str]) -> bool:
        """A letter for ``slot``: a free one, else one whose holder can move to another (Kuhn's matching)."""
        wanted = [c for c in choices[id(slot)] if c not in written]
        for letter in wanted:
            if letter not in holder:
                take(slot, letter)
                return True
        for letter in wanted:
            if letter in visited or holder[letter] is slot:
                continue
            visited.add(letter)
            if find(holder[letter], visited):
                take(slot, letter)
                return True
        return False

    for slot in to_match:
        find(slot, set())
    for slot in to_match:
        shown, _ = parse(slot.get())
        letter = letter_of.get(id(slot))
        slot.put(compose(shown, choices[id(slot)][letter] if letter else None))


def _action_slots(actions: Iterable[QAction]) -> list[Slot]:
    return [
        Slot(action, "text", action.text, action.setText)
        for action in actions
        if action.isVisible() and not action.isSeparator() and action.text()
    ]


def assign_menu(menu: QMenu) -> None:
    """Distinct letters within ``menu`` and, in turn, within each of its submenus."""
    assign(_action_slots(menu.actions()))
    for action in menu.actions():
        if action.menu() is not None:
            assign_menu(action.menu())


def _carriers_in_view(window: QWidget) -> list[QWidget]:
    """The widgets of ``window`` in view when it is (not in a window of their own, not the inside of a table,
    spin box or combo box) that can carry a letter. Walked down from the window into what is in view only:
    the panels out of view (hidden in the window's stack) are not visited, as ``findChildren`` would."""
    found: list[QWidget] = []
    parents = [window]
    while parents:
        for child in parents.pop().findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isWindow() or child.isHidden():
                continue
            if isinstance(child, _CARRIERS):
                found.append(child)
            if not isinstance(child, _OWN_INSIDE):
                parents.append(child)
    return found


def _plain(label: QLabel) -> bool:
    text_format = label.textFormat()
    return text_format == Qt.TextFormat.PlainText or (
        text_format == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(label.text())
    )


def _reading_order(widget: QWidget, window: QWidget) -> tuple[int, int]:
    corner = widget.mapTo(window, widget.rect().topLeft())
    return corner.y(), corner.x()


def _menu_bar(window: QWidget):
    menu_bar = window.menuBar() if isinstance(window, QMainWindow) else None
    return menu_bar if menu_bar is not None and menu_bar.isVisibleTo(window) else None


def window_slots(window: QWidget) -> list[Slot]:
    """Every text in view in ``window`` that can carry a letter (but its menu bar's), in order of precedence:
    tabs, buttons, labels of fields, groups (the first to go without when letters run out); each kind from
    the top left."""
    slots = []
    widgets = sorted(_carriers_in_view(window), key=lambda w: _reading_order(w, window))
    for bar in (w for w in widgets if isinstance(w, QTabBar)):
        for i in range(bar.count()):
            if bar.isTabVisible(i):
                slots.append(
                    Slot(
                        bar,
                        f"tab{i}",
                        lambda bar=bar, i=i: bar.tabText(i),
                        lambda t, bar=bar, i=i: bar.setTabText(i, t),
                    )
                )
    for button in (w for w in widgets if isinstance(w, QAbstractButton)):
        if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            if not button.icon().isNull():
                continue  # an icon alone shows no letter
        slots.append(Slot(button, "text", button.text, button.setText))
    for label in (w for w in widgets if isinstance(w, QLabel)):
        if label.buddy() is not None and _plain(label):
            slots.append(Slot(label, "text", label.text, label.setText))
    for group in (w for w in widgets if isinstance(w, QGroupBox)):
        slots.append(Slot(group, "title", group.title, group.setTitle))
    return slots


def assign_window(window: QWidget, menus: bool = True) -> None:
    """Distinct letters for everything in view in ``window``; its menu bar's menus each get their own (unless
    not ``menus``: a panel or tab that came into view changes nothing in them, and a menu is given its letters
    again when it opens). The menu bar's titles choose first and alone, so their letters stay whatever panel
    is in view."""
    menu_bar = _menu_bar(window)
    titles = _action_slots(menu_bar.actions()) if menu_bar is not None else []
    assign(titles)
    assign(window_slots(window), taken={mnemonic(s.get()) for s in titles} - {None})
    if menu_bar is not None and menus:
        for action in menu_bar.actions():
            if action.menu() is not None:
                assign_menu(action.menu())


class Mnemonics(QObject):
    """Watches the whole application and keeps each window's letters distinct (see the module's text)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("mnemonics")
        self._pending: list[QWidget] = []
        self._with_menus: list[QWidget] = []  # the pending windows whose menus are given letters too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget):
            if isinstance(watched, QMenu):
                assign_menu(watched)
            elif watched.isWindow():
                if _ordinary(watched):
                    assign_window(watched)
            else:
                self._later(watched.window(), menus=False)  # a panel, tab or page came into view
        elif kind == QEvent.Type.Paint and isinstance(watched, QAbstractButton):
            given = watched.property(f"{_GIVEN}:text")
            if given is not None and given != watched.text():
                self._later(watched.window())  # a panel gave it a new text (Start → Stop): a letter for that
        elif kind == QEvent.Type.LanguageChange and isinstance(watched, QWidget) and watched.isWindow():
            self._later(watched)  # once every widget has set its new texts
        elif (
            kind == QEvent.Type.ShortcutOverride
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and isinstance(watched, QWidget)
            and _ordinary(watched.window())
        ):
            assign_window(watched.window())  # before Qt looks the key up
        return False

    def _later(self, window: QWidget, menus: bool = True) -> None:
        if not any(w is window for w in self._pending):
            if not self._pending:
                QTimer.singleShot(0, self, self._assign_pending)
            self._pending.append(window)
        if menus:
            self._with_menus.append(window)

    def _assign_pending(self) -> None:
        pending, self._pending = self._pending, []
        with_menus, self._with_menus = self._with_menus, []
        for window in pending:
            if shiboken6.isValid(window) and window.isVisible() and _ordinary(window):
                assign_window(window, menus=any(w is window for w in with_menus))


def _ordinary(window: QWidget) -> bool:
    """A window or dialog (not a popup, tooltip or splash) that is visible or about to be."""
    kind = window.windowType()
    return kind not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


def install(app: QApplication | None = None) -> Mnemonics:
    """Watch ``app`` (the running one by default) for windows to give letters to; once per application."""
    app = app or QApplication.instance()
    found = app.findChild(Mnemonics, "mnemonics")
    if found is not None:
        return found
    watcher = Mnemonics(app)
    app.installEventFilter(watcher)
    return watcher
