"""Help: the short manual in the window's language, and the keyboard shortcuts the window really has."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout

from ..core import i18n
from ..core.resources import resources_dir


def manual_path(lang: str):
    """The guide in ``lang``; English when there is none in that language."""
    folder = resources_dir() / "help"
    found = folder / f"guide_{lang}.html"
    return found if found.exists() else folder / "guide_en.html"


def general_keys() -> list[tuple[str, str]]:
    """(keys, what they do) for the keys that work all over the window, not tied to one action."""
    return [
        (
            QCoreApplication.translate("Help", "Alt+underlined letter"),
            QCoreApplication.translate(
                "Help", "Press the button, open the tab or menu, or go to the field with that letter"
            ),
        ),
        (
            QCoreApplication.translate("Help", "Tab, Shift+Tab"),
            QCoreApplication.translate("Help", "The next or previous field, button or table"),
        ),
        (
            QCoreApplication.translate("Help", "Enter"),
            QCoreApplication.translate("Help", "In a table: open the selected row; in a dialog: save"),
        ),
        (
            QCoreApplication.translate("Help", "Esc"),
            QCoreApplication.translate("Help", "Close a dialog without saving"),
        ),
    ]


def window_shortcuts(window) -> list[tuple[str, str]]:
    """(keys, what they do) for every shortcut of ``window``: its menu actions, its panels' shortcuts and the keys
    that work everywhere."""
    for key in window.panel_keys():
        window.panel(key)  # a panel's shortcuts exist once it is built
    window.cases_panel.case_page  # noqa: B018 - so does the case page's
    found: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        if action.shortcuts() and action.text():
            # A standard key can stand for two sequences that read the same here (Redo): each once.
            keys = ", ".join(
                dict.fromkeys(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            )
            found.append((keys, action.text().replace("&", "")))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis():
            found.append((shortcut.key().toString(QKeySequence.SequenceFormat.NativeText), shortcut.whatsThis()))
    return sorted(set(found), key=lambda row: row[1].casefold()) + general_keys()


class ManualDialog(QDialog):
    """Help → Manual."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.setWindowTitle(self.tr("Workload Desk manual"))
        self.resize(700, 600)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # the guide links nowhere: the app opens no network connection
        try:
            self.browser.setHtml(manual_path(i18n.language()).read_text(encoding="utf-8"))
        except OSError:  # a copy without its guide: say so rather than fail
            self.browser.setPlainText(
                self.tr("The manual is missing from this copy of the app; the README has it all.")
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, rejected=self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = window_shortcuts(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(self.tr("Each key of this window and what it does."))
        for row, (keys, does) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(does))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        # As wide as its longest line, within the screen: no sideways scrolling, no text cut at 150%.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, rejected=self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        wanted = self.table.columnWidth(0) + self.table.columnWidth(1) + 2 * self.table.frameWidth() + 60
        room = self.screen().availableGeometry() if self.screen() is not None else None
        width = min(wanted, room.width() - 40) if room is not None else wanted
        height = min(480, room.height() - 80) if room is not None else 480
        self.resize(max(560, width), height)
        self.table.resizeRowsToContents()
