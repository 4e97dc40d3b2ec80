"""The system tray icon, where the platform has one.

It shows the running timer at a glance and says a word when the week passes the contract.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from ..core import time_log
from ..core.clock import now_local, utc_of, zone_of
from ..core.i18n import format_duration
from ..core.model import task_kind_name
from ..core.week import WeekReport
from .desktop import app_icon
from .time_columns import running_minutes


class Tray(QSystemTrayIcon):
    """Shows the running time in its tooltip and tells once a week when the hours pass the contract."""

    @classmethod
    def create(cls, window) -> Tray | None:
        """A tray icon for ``window``, or None where the platform has no tray."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = cls(window)
        tray.show()
        return tray

    def __init__(self, window: QWidget) -> None:
        super().__init__(app_icon(), window)
        self._window = window
        self._told: set[str] = set()
        menu = QMenu(window)
        self.timer_action = QAction(menu, triggered=lambda: window.time_panel.toggle_timer())
        self.show_action = QAction(menu, triggered=self._show_window)
        menu.addAction(self.timer_action)
        menu.addAction(self.show_action)
        self.setContextMenu(menu)
        self.activated.connect(
            lambda reason: reason == QSystemTrayIcon.ActivationReason.Trigger and self._show_window()
        )

    def _show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def show_week(self, week: WeekReport, now: datetime | None = None) -> None:
        """Update the tooltip (a running timer with its time up to ``now``, local); the first time this week
        passes the contract, say so."""
        db = self._window.session.db
        running = time_log.running_timer(db)
        self.timer_action.setText(self.tr("Stop the timer") if running else self.tr("Start the timer"))
        self.show_action.setText(self.tr("Show Workload Desk"))
        hours = self.tr("This week: {worked} of {contract} hours").format(
            worked=format_duration(week.worked_minutes), contract=format_duration(round(week.expected_hours * 60))
        )
        timer = (
            self.tr("Timer: {task} {elapsed} (since {start})").format(
                task=task_kind_name(running.task_kind),
                elapsed=format_duration(running_minutes(running, utc_of(now_local(zone_of(db), now), zone_of(db)))),
                start=f"{running.start:%H:%M}",
            )
            if running
            else ""
        )
        self.setToolTip("\n".join(t for t in ("Workload Desk", hours, timer) if t))
        if week.over_contract and week.week not in self._told:
            self._told.add(week.week)
            self.showMessage(
                self.tr("Past your contract hours"),
                next(w.message for w in week.warnings if w.code == "over_contract"),
                QSystemTrayIcon.MessageIcon.Warning,
            )
