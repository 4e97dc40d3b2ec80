"""The main window: navigation to the panels, the status bar with caseload and week, the menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from .. import __version__
from ..core.errors import UserError
from ..core.i18n import format_hours
from ..core.overview import overview
from ..core.settings import set_setting
from .cases_panel import CasesPanel
from .language import apply_language
from .panels import PANELS, ComingPanel, panel_title
from .session import Session


class MainWindow(QMainWindow):
    """The worker's desk. It owns a :class:`Session` (the open database), closed with the window."""

    #: Emitted after another database was opened.
    session_changed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("mainWindow")
        # The window owns the session: once closed it is gone, so nothing reads a closed database.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(180)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; } QListWidget#navigation::item { padding: 8px 10px; }"
        )
        self.stack = QStackedWidget()
        self.cases_panel = CasesPanel(session.db)
        self.cases_panel.changes.changed.connect(self.refresh_status)
        for key, _, _ in PANELS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
            self.stack.addWidget(self.cases_panel if key == "cases" else ComingPanel(key))
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.caseload_label = QLabel()
        self.caseload_label.setObjectName("caseloadStatus")
        self.week_label = QLabel()
        self.week_label.setObjectName("weekStatus")
        self.statusBar().addPermanentWidget(self.caseload_label)
        self.statusBar().addPermanentWidget(self.week_label)
        self._make_menus()
        self.retranslate()
        self.navigation.setCurrentRow(0)
        self._restore_geometry()
        # A running timer moves this week's hours on: look again every minute.
        self._tick = QTimer(self, interval=60_000)
        self._tick.timeout.connect(self.refresh_status)
        self._tick.start()

    def _make_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self.open_database)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.cases_panel.undo_action)
        self.edit_menu.addAction(self.cases_panel.redo_action)

        self.settings_menu = self.menuBar().addMenu("")
        self.contract_action = QAction(self, triggered=self.edit_contract)
        self.settings_menu.addAction(self.contract_action)
        self.language_menu = self.settings_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for lang, name in (("nl", "Nederlands"), ("en", "English")):
            # Each language is named in itself, so a person can always find their own.
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self, triggered=self.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        from ..core import i18n

        self.setWindowTitle(self.tr("Workload Desk — {file}").format(file=self.session.path.name))
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            item.setText(panel_title(item.data(Qt.ItemDataRole.UserRole)))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open another database…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.contract_action.setText(self.tr("&Contract hours…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[i18n.language()].setChecked(True)
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Workload Desk"))
        self.refresh_status()

    def refresh_status(self) -> None:
        """Show today's caseload and this week's hours against the contract."""
        if self.session.closed:
            return
        figures = overview(self.session.db)
        load = figures.caseload
        self.caseload_label.setText(
            self.tr("Caseload: {measures} measures, {families} families").format(
                measures=load.measures, families=load.families
            )
        )
        week = figures.week
        self.week_label.setText(
            self.tr("This week: {worked} of {contract} hours").format(
                worked=format_hours(week.worked_hours), contract=format_hours(week.expected_hours)
            )
        )
        self.week_label.setStyleSheet("color: #b00020; font-weight: bold;" if week.over_contract else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        """Switch the whole window to ``lang`` and remember it."""
        set_setting(self.session.db, "language", lang)
        apply_language(lang)

    def edit_contract(self) -> None:
        """Settings → Contract hours."""
        from .contract_dialog import ContractDialog

        if ContractDialog(self.session.db, self).exec():
            self.refresh_status()

    def open_database(self) -> None:
        """File → Open another database: a file chosen in a dialog, created if new."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Open another database"),
            str(self.session.path.parent),
            self.tr("Workload Desk database (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.switch_to(Path(name))

    def switch_to(self, path: Path) -> bool:
        """Open the database at ``path`` in place of the current one; on a refusal say why and keep this one."""
        try:
            new = Session.open(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the database"), exc.message)
            return False
        self.session.close()
        self.session = new
        self.cases_panel.set_db(new.db)
        self.retranslate()
        self.session_changed.emit()
        return True

    def show_about(self) -> None:
        """Help → About."""
        QMessageBox.about(
            self,
            self.tr("About Workload Desk"),
            self.tr(
                "Workload Desk {version}\n\nYour caseload and hours in hand, so you can say no with "
                "evidence. Everything stays on this computer: the app opens no network connection.\n\n"
                "Database: {path}"
            ).format(version=__version__, path=self.session.path),
        )

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's virtual
        QSettings().setValue("window/geometry", self.saveGeometry())
        self._tick.stop()
        self.session.close()
        super().closeEvent(event)
