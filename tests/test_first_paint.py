"""The window of a start paints the cases and the caseload first; this week's figures follow at once after.

What the start leaves for later must come: the status bar's week in the loop's first turns after the paint,
the agenda when its tab is opened, the Alt-letters' watcher once the window has painted.
"""

from __future__ import annotations

import re
from datetime import date

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import minutes_of

from workload_desk.core import tasks
from workload_desk.core.clock import now_local, zone_of
from workload_desk.core.database import open_database
from workload_desk.core.demo import fill_demo
from workload_desk.core.week import week_report
from workload_desk.ui.app import start_up_work
from workload_desk.ui.main_window import MainWindow
from workload_desk.ui.mnemonics import Mnemonics
from workload_desk.ui.session import Session


class FirstPaint(QObject):
    """Writes down what the window shows when it paints for the first time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.seen: dict | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.Paint and self.seen is None:
            panel = watched.panel("cases")
            self.seen = {
                "panel in view": watched.stack.currentWidget() is panel,
                "rows": panel.view.model().rowCount(),
                "first label": panel.view.model().index(0, 0).data(),
                "count": panel.count.text(),
                "caseload": watched.caseload_label.text(),
                "week": watched.week_label.text(),
                "title": watched.windowTitle(),
                "built": list(watched._built),
                "agenda built": panel._agenda is not None,
            }
        return False


def _start(qtbot, db_path, demo: bool = True) -> tuple[MainWindow, FirstPaint]:
    if demo:
        db = open_database(db_path)
        fill_demo(db)
        db.close()
    window = MainWindow(Session.open(db_path), at_start=True)
    window.backups = False
    qtbot.addWidget(window)
    first = FirstPaint(window)
    window.show()
    qtbot.waitUntil(lambda: first.seen is not None)
    return window, first


def test_the_first_paint_shows_the_cases_filled_and_the_caseload(qtbot, db_path):
    window, first = _start(qtbot, db_path)
    seen = first.seen
    assert seen["panel in view"] and seen["built"] == ["cases"]
    assert seen["rows"] > 0 and seen["first label"]
    assert seen["rows"] == window.cases_panel.model.rowCount()
    assert seen["count"] and str(seen["rows"]) in seen["count"]
    assert seen["caseload"] == window.caseload_label.text() and any(c.isdigit() for c in seen["caseload"])
    assert seen["title"].endswith(window.session.path.name)
    assert not seen["agenda built"]  # built when its tab is first opened


def test_this_weeks_figures_follow_the_first_paint_and_agree_with_the_core(qtbot, db_path):
    window, _ = _start(qtbot, db_path)
    qtbot.waitUntil(lambda: window.week_label.text() != "")
    db = window.session.db
    now = now_local(zone_of(db))
    report = week_report(db, now.date(), now)
    worked, contract = re.findall(r"\d+:\d{2}", window.week_label.text())
    assert minutes_of(worked) == report.worked_minutes
    assert minutes_of(contract) == round(report.expected_hours * 60)


def test_the_agenda_is_built_and_read_when_its_tab_opens_and_the_tab_stays_in_view(qtbot, db_path):
    window, _ = _start(qtbot, db_path)
    panel = window.cases_panel
    tab_text = panel.tabs.tabText(1)
    assert panel._agenda is None
    panel.tabs.tabBar().setCurrentIndex(1)  # as a click on the tab does
    assert panel._agenda is not None
    assert panel.tabs.currentWidget() is panel.agenda
    assert panel.tabs.tabText(1) == tab_text
    expected = [t.id for t in tasks.agenda(window.session.db, date.today(), 14)]
    assert [t.id for t in panel.agenda.model.rows()] == expected and expected
    panel.tabs.setCurrentIndex(0)
    assert panel.tabs.currentWidget() is panel.pages


def test_the_letters_watcher_starts_once_the_window_has_painted(qtbot, db_path):
    app = QApplication.instance()
    for old in app.findChildren(Mnemonics, "mnemonics", Qt.FindChildOption.FindDirectChildrenOnly):
        app.removeEventFilter(old)  # other tests' windows installed it in this process
        old.setParent(None)
        old.deleteLater()
    db = open_database(db_path)
    fill_demo(db)
    db.close()
    window = MainWindow(Session.open(db_path), at_start=True)
    window.backups = False
    qtbot.addWidget(window)
    assert app.findChild(Mnemonics, "mnemonics") is None
    start_up_work(window)
    window.show()
    qtbot.waitUntil(lambda: app.findChild(Mnemonics, "mnemonics") is not None)
    thread = window.safety._integrity[0]  # the start's integrity check: let it end before the window closes
    qtbot.waitUntil(lambda: not shiboken6.isValid(thread) or thread.isFinished())
