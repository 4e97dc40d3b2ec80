"""The main window: navigation to the panels, the status bar with caseload and week, the menus."""

from __future__ import annotations

import importlib
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut, QUndoGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import time_log
from ..core.caseload import caseload_on
from ..core.clock import now_local, utc_of, zone_of
from ..core.dates import week_start
from ..core.errors import UserError
from ..core.i18n import format_duration
from ..core.model import task_kind_name
from ..core.settings import set_setting
from ..core.week import WeekMemo, week_key
from .cases_panel import CasesPanel
from .crash import CrashReporter
from .data_safety import DataSafety
from .file_watch import FileWatch
from .language import apply_language
from .panels import PANELS, give_empty_hints, panel_description, panel_title
from .session import Session
from .theme import set_text_role
from .time_columns import running_minutes
from .tray import Tray

# The first window's size where the screen has room; on a smaller screen it takes the free area.
DEFAULT_SIZE = (1240, 800)
# What a window manager adds around the window: borders, and a title bar.
FRAME_ROOM = (8, 36)
#: The modules of the panels not yet opened, leaf first: loaded one per idle moment once the window
#: has shown, so a panel opened the first time does not wait for Python to load it (tens of ms each).
PRELOAD = (
    "html",
    "hashlib",
    "csv",
    "workload_desk.core.caseload_norm",
    "workload_desk.core.say_no",
    "workload_desk.core.refusal",
    "workload_desk.core.register",
    "workload_desk.core.statement_figures",
    "workload_desk.core.statement",
    "workload_desk.core.union_export",
    "workload_desk.ui.case_dialogs",
    "workload_desk.ui.time_dialogs",
    "workload_desk.ui.charts",
    "workload_desk.ui.time_panel",
    "workload_desk.ui.say_no_panel",
    "workload_desk.ui.statement_panel",
    "workload_desk.ui.union_panel",
    "workload_desk.ui.case_page",
    "workload_desk.ui.statement_pdf",
)
#: The pause before the first module and between two: the loop answers input in between.
PRELOAD_AFTER_MS, PRELOAD_EVERY_MS = 300, 20


class MainWindow(QMainWindow):
    """The worker's desk. It owns a :class:`Session` (the open database), closed with the window."""

    #: Emitted after another database was opened.
    session_changed = Signal()

    def __init__(self, session: Session, at_start: bool = False) -> None:
        """``at_start``: the window of a start (``workload-desk``), painted first with the cases and the caseload;
        this week's figures in the status bar follow in the loop's first turn after that paint, and the
        Alt-letters' watcher (:func:`.mnemonics.install`) is left to :func:`.app.start_up_work`."""
        super().__init__()
        self.session = session
        #: What time it is; tests put the clock forward.
        self._zone = zone_of(session.db)
        self.clock = lambda: now_local(self._zone)  # in the worker's time zone, as the core counts
        #: Automatic backups at start and quit (off for --quit-when-ready, a smoke test).
        self.backups = True
        self.setObjectName("mainWindow")
        #: This week's report and the Time panel's weeks, remembered until the data changes (shared:
        #: the status bar and the panel showing this week work it out once).
        self.week_memo = WeekMemo()
        # The window owns the session: once closed it is gone, so nothing reads a closed database.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; } QListWidget#navigation::item { padding: 8px 10px; }"
        )
        self.stack = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        #: Panels built but out of view when the data changed: they read it again when next asked for.
        self._stale: set[str] = set()
        for key, _, _ in PANELS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # each panel is built when first opened
        #: Ctrl+1..5 open the panels in the order of the navigation.
        self.panel_shortcuts = [
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, lambda row=row: self.show_panel_at(row))
            for row in range(len(PANELS))
        ]
        self.undo_group = QUndoGroup(self)
        self.navigation.currentRowChanged.connect(self._show_panel)
        self.banner = QLabel()
        self.banner.setObjectName("weekBanner")
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(12, 8, 12, 8)
        self.banner.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)
        # The navigation is as wide as its longest title (see _fit_navigation): no strip of nothing beside it.
        central = QWidget()
        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.navigation)
        central_layout.addWidget(right, 1)
        self.setCentralWidget(central)

        self.caseload_label = QLabel()
        self.caseload_label.setObjectName("caseloadStatus")
        self.week_label = QLabel()
        self.week_label.setObjectName("weekStatus")
        #: The running timer, in view whatever panel is open (and in the window's title).
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timerStatus")
        self.timer_label.hide()
        self._running = None
        self._week = None
        # The timer's minutes in the status bar and title turn over on the minute: look every second, no reading.
        self._timer_tick = QTimer(self, interval=1000)
        self._timer_tick.timeout.connect(self._show_timer)
        self.statusBar().addPermanentWidget(self.timer_label)
        self.statusBar().addPermanentWidget(self.caseload_label)
        self.statusBar().addPermanentWidget(self.week_label)
        self.tray = Tray.create(self)
        #: Logs an error nothing caught and tells the worker (installed as Python's hooks by run_window).
        self.crash = CrashReporter(self)
        #: Hears a second start on this database: made by :meth:`listen_for_second_starts` (run_window).
        self.beacon = None
        self.safety = DataSafety(self)
        self._make_menus()
        self._make_keys()
        self.retranslate(status=not at_start)
        self.navigation.setCurrentRow(0)
        self._follow_panel()
        self._restore_geometry()
        # A running timer moves this week's hours on: look again every minute (worked out in a worker thread).
        self._tick = QTimer(self, interval=60_000)
        self._tick.timeout.connect(self.tick_status)
        #: The minute's week report being worked out in a worker thread, while it runs.
        self.status_job = None
        self._tick.start()
        self.watch = FileWatch(self)
        self._preload = list(PRELOAD)
        self._preloading = False
        if at_start:
            from .app import AfterFirstPaint

            self._show_caseload(self.clock())
            self._show_timer()  # the title; a running timer once the week is read
            # A turn after the paint's own: --quit-when-ready quits in that one, at ready, as the empty window does.
            self.installEventFilter(AfterFirstPaint(lambda: QTimer.singleShot(0, self, self.refresh_status), self))
        else:
            from .mnemonics import install

            install()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's virtual
        super().showEvent(event)
        if not self._preloading:
            self._preloading = True
            QTimer.singleShot(PRELOAD_AFTER_MS, self, self._preload_next)

    def _preload_next(self) -> None:
        """Load the next panel module not loaded yet; the one after it a moment later."""
        while self._preload and self._preload[0] in sys.modules:
            self._preload.pop(0)
        if self._preload:
            importlib.import_module(self._preload.pop(0))
            QTimer.singleShot(PRELOAD_EVERY_MS, self, self._preload_next)

    def _make_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self.open_database)
        self.new_database_action = QAction(self, triggered=self.new_database)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.backup_action = QAction(self, triggered=self.safety.backup_now)
        self.restore_action = QAction(self, triggered=self.safety.choose_restore)
        self.export_all_action = QAction(self, triggered=lambda: self.safety.export_everything())
        self.import_all_action = QAction(self, triggered=lambda: self.safety.import_everything())
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.new_database_action)
        self.file_menu.addSeparator()
        for action in (self.backup_action, self.restore_action, self.export_all_action, self.import_all_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu("")
        # Each panel keeps its own history; Ctrl+Z works on the panel in view.
        self.undo_action = QAction(self, enabled=False, triggered=self.undo_group.undo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self, enabled=False, triggered=self.undo_group.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.undo_group.indexChanged.connect(self._update_undo)
        self.undo_group.activeStackChanged.connect(self._update_undo)
        self.stack.currentChanged.connect(self._follow_panel)

        self.time_menu = self.menuBar().addMenu("")
        self.timer_action = QAction(self, triggered=lambda: self.time_panel.toggle_timer())
        self.timer_action.setShortcut(QKeySequence("Ctrl+T"))
        self.time_menu.addAction(self.timer_action)

        self.settings_menu = self.menuBar().addMenu("")
        self.contract_action = QAction(self, triggered=self.edit_contract)
        self.settings_menu.addAction(self.contract_action)
        self.days_off_action = QAction(self, triggered=self.edit_days_off)
        self.settings_menu.addAction(self.days_off_action)
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
        self.manual_action = QAction(self, shortcut=QKeySequence.StandardKey.HelpContents, triggered=self.show_manual)
        self.first_run_action = QAction(self, triggered=lambda: self.show_first_run())
        self.shortcuts_action = QAction(self, triggered=self.show_shortcuts)
        self.about_action = QAction(self, triggered=self.show_about)
        for action in (self.manual_action, self.first_run_action, self.shortcuts_action, self.about_action):
            self.help_menu.addAction(action)

    def retranslate(self, status: bool = True) -> None:
        """Set every text in the current language (the status bar's too, unless ``status`` is False)."""
        from ..core import i18n

        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            title = panel_title(item.data(Qt.ItemDataRole.UserRole))
            item.setText(title)
            keys = self.panel_shortcuts[row].key().toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{panel_description(item.data(Qt.ItemDataRole.UserRole))} ({keys})")
            self.panel_shortcuts[row].setWhatsThis(self.tr("Show the panel “{panel}”").format(panel=title))
        self.navigation.setAccessibleName(self.tr("Panels"))
        self.navigation.setAccessibleDescription(self.tr("Ctrl+1 to Ctrl+5 open the panels directly."))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open another database…"))
        self.new_database_action.setText(self.tr("&New database…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore a backup…"))
        self.export_all_action.setText(self.tr("&Export everything (to a new laptop)…"))
        self.import_all_action.setText(self.tr("&Import everything…"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._update_undo()
        self.time_menu.setTitle(self.tr("&Time"))
        self.timer_action.setText(self.tr("Start or stop the &timer"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.contract_action.setText(self.tr("&Contract hours…"))
        self.days_off_action.setText(self.tr("&Days off…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[i18n.language()].setChecked(True)
        self.help_menu.setTitle(self.tr("&Help"))
        self.manual_action.setText(self.tr("&Manual"))
        self.first_run_action.setText(self.tr("&First-day guide…"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Workload Desk"))
        self._retranslate_keys()
        self._fit_navigation()
        if status:
            self.refresh_status()

    # -- Keys: Alt-letters, Ctrl+N in the panel in view, F1 --------------------------------------------------

    def _make_keys(self) -> None:
        """The window's keys besides the menus': Alt-letters everywhere (see mnemonics), F1 for the manual,
        Ctrl+N for something new in the Time and Say no panels (the Cases panel has its own)."""
        sequences = [QKeySequence(Qt.Key.Key_F1), *QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)]
        self.manual_action.setShortcuts(list({s.toString(): s for s in sequences}.values()))
        # Each is on only while its panel is in view, so Ctrl+N never means two things at once.
        self.new_shortcuts = {
            "time": QShortcut(QKeySequence.StandardKey.New, self, lambda: self.time_panel.add_button.click()),
            "say_no": QShortcut(QKeySequence.StandardKey.New, self, lambda: self.say_no_panel.decline_button.click()),
        }
        self.stack.currentChanged.connect(self._follow_new_key)
        self._follow_new_key()

    def _follow_new_key(self, _index: int = 0) -> None:
        in_view = self.navigation.currentItem()
        key = in_view.data(Qt.ItemDataRole.UserRole) if in_view is not None else None
        for panel, shortcut in self.new_shortcuts.items():
            shortcut.setEnabled(panel == key)

    def _retranslate_keys(self) -> None:
        # Help → Keyboard shortcuts reads what each does here.
        self.new_shortcuts["time"].setWhatsThis(self.tr("Time: a new entry"))
        self.new_shortcuts["say_no"].setWhatsThis(self.tr("Say no: record a request declined"))

    # ---------------------------------------------------------------------------------------------------------

    def _fit_navigation(self) -> None:
        """The navigation as wide as its longest title in this language, and no wider."""
        nav = self.navigation
        nav.setFixedWidth(nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 4)

    def _follow_panel(self, _index: int = 0) -> None:
        panel = self.stack.currentWidget()
        changes = getattr(panel, "changes", None)
        self.undo_group.setActiveStack(changes.stack if changes is not None else None)

    def _update_undo(self, *_) -> None:
        group = self.undo_group
        self.undo_action.setEnabled(group.canUndo())
        self.redo_action.setEnabled(group.canRedo())
        self.undo_action.setText(
            self.tr("&Undo {change}").format(change=group.undoText()) if group.canUndo() else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {change}").format(change=group.redoText()) if group.canRedo() else self.tr("&Redo")
        )

    def tick_status(self) -> None:
        """A minute on: this week's report (0.1-0.3 s with its balance) is worked out in a worker thread,
        and the status bar keeps the last minute's figures until it is ready. Worked out before a change of
        data, it is dropped (the change showed its own figures at once, on the window's thread)."""
        db = self.session.db
        if self.session.closed:
            return
        now = self.clock()
        key = week_key(week_start(now.date()), now)
        if db.file is None or self.week_memo.knows(db, key):
            self.refresh_status(now)
            return
        if self.status_job is not None:
            return  # the next minute's tick looks again
        from ..core.week import compute_key
        from .background import BackgroundWork, on_own_connection

        mark = self.week_memo.mark(db)

        def done(report) -> None:
            self.status_job = None
            if self.session.closed or self.session.db is not db:
                return
            if self.week_memo.keep(db, mark, key, report) or self.week_memo.mark(db) == mark:
                self.refresh_status(now)  # from the memo (or, when it is full, worked out here)

        def failed(_message: str) -> None:
            self.status_job = None
            if not self.session.closed:
                self.refresh_status(now)  # here then, and its error said as the window says it

        self.status_job = BackgroundWork(self, on_own_connection(db, lambda own: compute_key(own, key)), done, failed)
        self.status_job.thread.start()

    def refresh_status(self, now: datetime | None = None) -> None:
        """Show today's caseload and this week's hours against the contract (at ``now``, else the clock's minute)."""
        if self.session.closed:
            return
        self._zone = zone_of(self.session.db)
        now = now or self.clock()
        self._show_caseload(now)
        week = self.week_memo.get(self.session.db, week_key(week_start(now.date()), now))
        self.week_label.setText(
            self.tr("This week: {worked} of {contract} hours").format(
                worked=format_duration(week.worked_minutes), contract=format_duration(round(week.expected_hours * 60))
            )
        )
        # Bold and in the theme's red past the contract: readable on a light and on a dark theme. (A style
        # sheet would put its colour back over the theme's when the theme changes: the font says bold.)
        font = self.week_label.font()
        font.setBold(week.over_contract)
        self.week_label.setFont(font)
        set_text_role(self.week_label, "danger" if week.over_contract else "")
        self._show_banner(week)
        self._running, self._week = time_log.running_timer(self.session.db), week
        self._show_timer(changed=True)

    def _show_caseload(self, now: datetime) -> None:
        load = caseload_on(self.session.db, now.date())
        self.caseload_label.setText(
            self.tr("Caseload: %n measure(s)", "", load.measures) + ", " + self.tr("%n family(s)", "", load.families)
        )

    def _show_timer(self, changed: bool = False) -> None:
        """The running timer in the status bar and the title: kind of work and time so far, as ``1:25``."""
        title = self.tr("Workload Desk — {file}").format(file=self.session.path.name)
        running = self._running
        if running is None:
            self.timer_label.hide()
            self._timer_tick.stop()
        else:
            minutes = running_minutes(running, utc_of(self.clock(), self._zone))
            task, elapsed = task_kind_name(running.task_kind), format_duration(minutes)
            text = self.tr("Timer: {task} {elapsed} (since {start})").format(
                task=task, elapsed=elapsed, start=f"{running.start:%H:%M}"
            )
            changed = changed or text != self.timer_label.text()
            self.timer_label.setText(text)
            self.timer_label.show()
            title = self.tr("{elapsed} {task} — {title}").format(elapsed=elapsed, task=task, title=title)
            if not self._timer_tick.isActive():
                self._timer_tick.start()
        if self.windowTitle() != title:
            self.setWindowTitle(title)
        if changed and self.tray is not None and self._week is not None:
            self.tray.show_week(self._week, self.clock())

    def _show_banner(self, week) -> None:
        """The most serious warning of this week, in view whatever panel is open."""
        if not week.warnings:
            self.banner.hide()
            return
        worst = min(week.warnings, key=lambda w: w.weight)
        more = len(week.warnings) - 1
        text = worst.message + (
            " " + self.tr("(and {count} more in the Time panel)").format(count=more) if more else ""
        )
        self.banner.setText(text)
        colours = ("#b00020", "#ffffff") if worst.legal else ("#ffe08a", "#3d2c00")
        self.banner.setStyleSheet(f"background: {colours[0]}; color: {colours[1]}; font-weight: bold;")
        self.banner.setProperty("legal", worst.legal)
        self.banner.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        """Switch the whole window to ``lang`` and remember it."""
        set_setting(self.session.db, "language", lang)
        apply_language(lang)

    def start_timer_for_case(self, kind: str, case_id: int) -> None:
        """A case page asked to start the timer for its case."""
        self.time_panel.start_timer(kind, case_id)

    def edit_days_off(self) -> None:
        """Settings → Days off."""
        from .days_off_dialog import DaysOffDialog

        # Its changes go on the Time panel's history: Ctrl+Z there undoes them after the dialog is closed.
        DaysOffDialog(self.session.db, self._days_off_changed, self, self.time_panel.changes).exec()

    def _days_off_changed(self) -> None:
        self.time_panel.reload()
        self.refresh_status()

    def check_running_timer(self, now: datetime | None = None):
        """At start: a timer that ran past midnight or over 10 hours is put to the worker; returns the question."""
        from .time_dialogs import TimerRecoveryDialog, moment_of

        now = now or datetime.now()
        running = time_log.running_timer(self.session.db)
        if not time_log.timer_needs_recovery(running, now):
            return None
        box = TimerRecoveryDialog(running, now, self)

        def answered(button) -> None:
            if button is box.stop_button:
                try:
                    time_log.stop_timer_at(self.session.db, moment_of(box.stop_at), now)
                except UserError as exc:
                    box.error.setText(exc.message)
                    QTimer.singleShot(0, box.open)  # asked again once the click closed it: never stopped silently
                    return
            elif button is box.discard_button:
                time_log.discard_timer(self.session.db)
            self.time_panel.reload()
            self.refresh_status()

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def edit_contract(self) -> None:
        """Settings → Contract hours."""
        from .contract_dialog import ContractDialog

        if ContractDialog(self.session.db, self).exec():
            self.refresh_status()

    def open_database(self) -> None:
        """File → Open another database: an existing file, chosen in an Open dialog."""
        from PySide6.QtWidgets import QFileDialog  # here: not needed for the first paint (5 enum classes)

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open another database"),
            str(self.session.path.parent),
            self.tr("Workload Desk database (*.db)"),
        )
        if name:
            self.switch_to(Path(name))

    def new_database(self) -> None:
        """File → New database: a new, empty file, chosen in a Save dialog; an existing file is never taken."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(self.session.path.parent),
            self.tr("Workload Desk database (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused below, never replaced
        )
        if not name:
            return
        if Path(name).exists():
            QMessageBox.warning(
                self,
                self.tr("Cannot make the database"),
                self.tr("“{file}” exists already: open it with “Open another database…”.").format(file=name),
            )
            return
        self.switch_to(Path(name))

    def panel_keys(self) -> list[str]:
        """The keys of every panel, built or not."""
        return [key for key, _, _ in PANELS]

    def panels(self) -> list:
        """The panels built so far (each shows the database)."""
        return [self.panel(key) for key in list(self._built)]

    def panel(self, key: str) -> QWidget:
        """The panel ``key``, built the first time it is asked for (its module too)."""
        if key in self._built:
            if key in self._stale:  # the data changed while it was out of view
                self._stale.discard(key)
                self._built[key].reload()
            return self._built[key]
        db = self.session.db
        if key == "cases":
            widget = CasesPanel(db)
            widget.start_timer.connect(self.start_timer_for_case)
        elif key == "time":
            from .time_panel import TimePanel

            widget = TimePanel(db, memo=self.week_memo)
            widget.timer_changed.connect(self.refresh_status)
            widget.runaway_timer.connect(lambda: self.check_running_timer())
        elif key == "say_no":
            from .say_no_panel import SayNoPanel

            widget = SayNoPanel(db)
        elif key == "statement":
            from .statement_panel import StatementPanel

            widget = StatementPanel(db)
        elif key == "union":
            from .union_panel import UnionPanel

            widget = UnionPanel(db)
        else:
            raise KeyError(key)
        give_empty_hints(key, widget)
        if hasattr(widget, "changes"):
            widget.changes.changed.connect(self._data_changed)
            self.undo_group.addStack(widget.changes.stack)
        index = [k for k, _, _ in PANELS].index(key)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built[key] = widget
        return widget

    def show_panel_at(self, row: int) -> None:
        """Ctrl+1..5: show the panel in ``row`` of the navigation, and put the focus in it."""
        self.navigation.setCurrentRow(row)
        panel = self.stack.currentWidget()
        widget = panel.nextInFocusChain()
        while widget is not panel and panel.isAncestorOf(widget):
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _show_panel(self, row: int) -> None:
        self.panel(self.navigation.item(row).data(Qt.ItemDataRole.UserRole))
        self.stack.setCurrentIndex(row)

    def _data_changed(self) -> None:
        """A panel changed data: the status bar and the other panels built so far show it."""
        self.refresh_status()
        sender = self.sender()
        self._reload_panels([k for k, w in self._built.items() if getattr(w, "changes", None) is not sender])

    def show_outside_changes(self) -> None:
        """Another process (the command line) changed data: the status bar and every panel built show it."""
        self.refresh_status()
        self._stale.clear()
        for widget in self._built.values():  # rare, and a panel out of view may hold a timer's state: all now
            if hasattr(widget, "reload"):
                widget.reload()

    def _reload_panels(self, keys: list[str]) -> None:
        """The panel in view reads its data again now; the others when they are next opened (a change
        would otherwise wait for every panel built so far: a second on ten years)."""
        for key in keys:
            if not hasattr(self._built[key], "reload"):
                continue
            if self._built[key] is self.stack.currentWidget():
                self._built[key].reload()
            else:
                self._stale.add(key)

    @property
    def cases_panel(self):
        return self.panel("cases")

    @property
    def time_panel(self):
        return self.panel("time")

    @property
    def say_no_panel(self):
        return self.panel("say_no")

    @property
    def statement_panel(self):
        return self.panel("statement")

    @property
    def union_panel(self):
        return self.panel("union")

    def reopen(self, path: Path, keep_session: bool = False) -> None:
        """Open ``path`` again (after a restore or an import) and show it in every panel."""
        if not keep_session:
            self.session = Session.open(path)
        for panel in self.panels():
            panel.set_db(self.session.db)
        self.retranslate()
        self.session_changed.emit()

    def switch_to(self, path: Path) -> bool:
        """Open the database at ``path`` in place of the current one; on a refusal say why and keep this one."""
        try:
            new = Session.open(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the database"), exc.message)
            return False
        self.session.close()
        self.session = new
        self.reopen(path, keep_session=True)
        if self.beacon is not None:
            self.beacon.listen(new.path)
        return True

    def listen_for_second_starts(self) -> None:
        """A second start on this database brings this window to the front (a local socket, never the network)."""
        from .beacon import Beacon

        self.beacon = Beacon(self)
        self.beacon.knocked.connect(self.bring_to_front)
        self.beacon.listen(self.session.path)

    def bring_to_front(self) -> None:
        """A second start on this database: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_manual(self) -> None:
        """Help → Manual: the short guide, in the window's language."""
        from .help import ManualDialog

        ManualDialog(self).open()

    def offer_first_run(self):
        """At start on a fresh database: the first-day guide, unless it was done or skipped; returns it, or None."""
        from .first_run import guide_due

        return self.show_first_run() if guide_due(self.session.db) else None

    def show_first_run(self):
        """Help → First-day guide: the guide, filled with what is set now; returns it."""
        from .first_run import FirstRunGuide

        guide = FirstRunGuide(self.session.db, self.open_demo_tour, self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.accepted.connect(self._settings_changed)
        guide.open()
        return guide

    def _settings_changed(self) -> None:
        """The contract or the schedule changed outside a panel: the status bar and every panel built show it."""
        self.show_outside_changes()

    def open_demo_tour(self) -> None:
        """The guide's demo tour: a demo year in a file of its own (NAME-demo.db beside the database), opened here."""
        from ..core.database import open_database
        from ..core.demo import fill_demo, is_empty

        path = self.session.path.with_name(self.session.path.stem + "-demo.db")
        try:
            db = open_database(path)
            try:
                if is_empty(db):
                    fill_demo(db)
            finally:
                db.close()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the demo year"), exc.message)
            return
        if self.switch_to(path):
            self.statusBar().showMessage(
                self.tr("This is the demo year. File → Open another database… brings back your own."), 20000
            )

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: the ones this window really has."""
        from .help import ShortcutsDialog

        ShortcutsDialog(self).open()

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

    def backup_at_start(self):
        """The automatic backup at start, at most once a day, in a thread (the window stays responsive).

        Returns the background job (None when backups are off); a failure is shown in the status bar.
        """
        if not self.backups:
            return None
        from ..core.backup import auto_backup
        from .background import BackgroundWork

        path = self.session.path
        job = BackgroundWork(
            self,
            lambda: auto_backup(path),
            lambda _: None,
            lambda message: self.statusBar().showMessage(message, 10000),
        )
        job.thread.start()
        return job

    def backup_on_quit(self) -> None:
        """The automatic backup when the window closes."""
        if self.backups and not self.session.closed:
            self._auto_backup(on_quit=True)

    def _auto_backup(self, on_quit: bool) -> None:
        from ..core.backup import auto_backup

        try:
            auto_backup(self.session.path, on_quit=on_quit)
        except UserError as exc:
            self.statusBar().showMessage(exc.message, 10000)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        # Qt fits a place saved on a larger screen to this one; the first time the window fits itself.
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """A first window that fits the screen's free area (a laptop's, less its taskbar), centred on it."""
        available = self.screen().availableGeometry()
        # The frame is not known before the window is shown: leave room for a title bar and borders.
        width = min(DEFAULT_SIZE[0], available.width() - FRAME_ROOM[0])
        height = min(DEFAULT_SIZE[1], available.height() - FRAME_ROOM[1])
        self.resize(width, height)
        self.move(
            available.x() + (available.width() - width - FRAME_ROOM[0]) // 2,
            available.y() + (available.height() - height - FRAME_ROOM[1]) // 2,
        )

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's virtual
        QSettings().setValue("window/geometry", self.saveGeometry())
        self._tick.stop()
        self.watch.stop()
        if self.beacon is not None:
            self.beacon.close()
        self.backup_on_quit()
        if self.tray is not None:
            self.tray.hide()
        self.session.close()
        super().closeEvent(event)
