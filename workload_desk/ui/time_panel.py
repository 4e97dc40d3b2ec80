"""The Time panel: the timer, the week's entries and totals against the contract, a month, a chart."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..core import time_log
from ..core.balance import balance_start, counted_from
from ..core.cases import case_choices, case_labels
from ..core.clock import now_local, utc_of, zone_of
from ..core.dates import add_months, week_start
from ..core.errors import UserError
from ..core.i18n import format_date, format_duration, weekday_names
from ..core.model import TASK_KINDS, TimeEntry, task_kind_name
from ..core.week import WeekMemo, chart_key, week_key, weeks_key
from .accessible import describe
from .case_dialogs import kind_combo
from .panels import LayoutStop
from .table_model import RowsModel
from .tables import button_row, delete_key, open_dialog, reselect, table
from .theme import colours
from .time_columns import (
    LINE_COLUMNS,
    MONTH_COLUMNS,
    Line,
    MonthWeek,
    entry_columns,
    month_name,
    month_total,
    running_minutes,
    week_days_text,
    week_totals_text,
    with_total,
)
from .time_dialogs import EntryDialog, SplitDialog
from .undoable import UndoableChanges
from .week_ahead import WeekAhead

if TYPE_CHECKING:
    from sqlite_utils import Database

CHART_WEEKS = 12


def warnings_html(warnings, why_text: str) -> str:
    """The week's warnings as a list; the legal limits weigh more and show so. Each finding of the law
    has a "why" link whose tooltip and click say how the app counted it."""
    lines = []
    theme = colours()
    for i, w in enumerate(sorted(warnings, key=lambda w: w.weight)):
        colour = (theme.danger if w.weight == 0 else theme.warning).name()
        weight = "bold" if w.weight == 0 else "normal"
        why = f' <a href="why:{i}" title="{html.escape(w.why)}">{html.escape(why_text)}</a>' if w.why else ""
        lines.append(f'<li style="color:{colour}; font-weight:{weight}">{html.escape(w.message)}{why}</li>')
    return f"<ul>{''.join(lines)}</ul>" if lines else ""


class TimePanel(QWidget):
    """Shows one ISO week at a time; every change to entries can be undone."""

    #: Emitted after the timer started or stopped.
    timer_changed = Signal()
    #: Emitted when Stop finds a timer that ran over 16 hours: "now" is surely not when it stopped.
    runaway_timer = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, memo: WeekMemo | None = None) -> None:
        super().__init__(parent)
        self.changes = UndoableChanges(db, self)
        #: The week's reports, remembered until the data changes; the weeks around the one shown are
        #: worked out ahead in a thread (paging a week is then no wait on ten years of data).
        self.memo = memo or WeekMemo()
        self.ahead = WeekAhead(self.memo, lambda: self.db)
        self.monday = week_start(date.today())
        self.labels: dict[int, str] = {}
        #: Each shown entry's minutes in the week shown, and the whole length of one that reaches past it.
        self.entry_minutes: dict[int, int] = {}
        self.entry_whole: dict[int, int] = {}

        self.kind = kind_combo(TASK_KINDS, task_kind_name, "visit")
        self.case = QComboBox()
        self._case_choices: tuple | None = None  # what the case choice holds: filled again when it changes
        self._cases_mark: tuple | None = None  # the data and language the case names were read at
        self.timer_button = QPushButton(clicked=self.press_timer_button)
        #: Whether the button shows a running timer (Stop) or none (Start).
        self.shows_running = False
        self.timer_button.setObjectName("timerButton")
        self.running_label = QLabel()
        timer_box = QGroupBox()
        self.timer_box = timer_box
        row = QHBoxLayout(timer_box)
        row.addWidget(self.kind)
        row.addWidget(self.case)
        row.addWidget(self.timer_button)
        row.addWidget(self.running_label, 1)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_running)

        self.previous_button = QPushButton(clicked=lambda: self.show_week(self.monday - timedelta(days=7)))
        self.next_button = QPushButton(clicked=lambda: self.show_week(self.monday + timedelta(days=7)))
        self.today_button = QPushButton(clicked=lambda: self.show_week(date.today()))
        self.week_title = QLabel()
        font = self.week_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.week_title.setFont(font)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.week_title, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)

        self.entry_model = RowsModel(
            entry_columns(self.labels, self.entry_minutes, self.entry_whole), "TimeColumns", self
        )
        self.entry_view = table(self.entry_model)
        self.entry_view.activated.connect(lambda _: self.edit_entry())
        self.add_button = QPushButton(clicked=self.add_entry)
        self.edit_button = QPushButton(clicked=self.edit_entry)
        self.split_button = QPushButton(clicked=self.split_entry)
        self.delete_button = QPushButton(clicked=self.delete_entry)
        self.delete_shortcut = delete_key(self.entry_view, self.delete_entry)
        self.day_model = RowsModel(LINE_COLUMNS, "TimeColumns", self)
        self.kind_model = RowsModel(LINE_COLUMNS, "TimeColumns", self)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("weekWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.linkHovered.connect(self._hover_why)
        self.warnings.linkActivated.connect(self._show_why)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.totals)
        side_layout.addWidget(self.warnings)
        self.day_view, self.kind_view = table(self.day_model), table(self.kind_model)
        self.day_view.rows_in_view = 8  # every day of the week and their total in view, never a scroll bar
        self.kind_view.rows_in_view = len(TASK_KINDS) + 1  # every kind of work and the total, likewise
        side_layout.addWidget(self.day_view, 1)
        side_layout.addWidget(self.kind_view, 1)
        entries = QWidget()
        entries_layout = QVBoxLayout(entries)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.addWidget(self.entry_view, 1)
        entries_layout.addLayout(button_row(self.add_button, self.edit_button, self.split_button, self.delete_button))
        week_tab = QSplitter()
        week_tab.addWidget(entries)
        week_tab.addWidget(side)
        week_tab.setStretchFactor(0, 3)
        week_tab.setStretchFactor(1, 2)

        self.month_model = RowsModel(MONTH_COLUMNS, "TimeColumns", self)
        self.month_view = table(self.month_model)
        self.month_view.activated.connect(self._open_month_week)
        self.month_title = QLabel()
        self.month_title.setObjectName("monthTitle")
        self.month_title.setFont(font)
        month_tab = QWidget()
        month_layout = QVBoxLayout(month_tab)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.month_title)
        month_layout.addWidget(self.month_view, 1)
        self.month_note = QLabel()
        self.month_note.setWordWrap(True)
        month_layout.addWidget(self.month_note)
        self.chart_tab = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_tab)
        self.chart = None
        self.tabs = QTabWidget()
        # A week paged changes labels and tables: their relayouts stay in the tab (see LayoutStop).
        self.tabs.addTab(LayoutStop(week_tab), "")
        self.tabs.addTab(month_tab, "")
        self.tabs.addTab(self.chart_tab, "")
        self.tabs.currentChanged.connect(lambda _: self._show_tab())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(timer_box)
        layout.addLayout(nav)
        layout.addWidget(self.tabs, 1)
        self.entry_view.selectionModel().selectionChanged.connect(self._enable)
        #: The key of the week's report being worked out in the thread after a change, shown when ready.
        self._awaited: tuple | None = None
        self._may_wait = False
        #: The keys the look-ahead thread is asked for at the loop's next turn (see _look_ahead).
        self._ahead_keys: list[tuple] = []
        self._ahead_pending = False
        self.ahead.kept.connect(self._report_ready)
        self.ahead.idle.connect(self._ahead_idle)
        self.changes.changed.connect(self._changed)
        self.retranslate()

    @property
    def db(self) -> Database:
        return self.changes.db

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.timer_box.setTitle(self.tr("Timer (Ctrl+T)"))
        self.previous_button.setText(self.tr("← Previous week"))
        self.next_button.setText(self.tr("Next week →"))
        self.today_button.setText(self.tr("This week"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.split_button.setText(self.tr("Split…"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_shortcut.setWhatsThis(self.tr("Time entries: delete the selected entry (Ctrl+Z brings it back)"))
        self.tabs.setTabText(0, self.tr("Week"))
        self.tabs.setTabText(1, self.tr("Month"))
        self.tabs.setTabText(2, self.tr("Chart"))
        self.kind.setAccessibleName(self.tr("Kind of work"))
        self.case.setAccessibleName(self.tr("Case"))
        describe(
            self.entry_view,
            self.tr("Time entries"),
            self.tr("Every entry of the week shown; Enter edits the selected one, Delete deletes it."),
        )
        describe(self.day_view, self.tr("Hours per day"), self.tr("The hours of the week shown, per day."))
        describe(
            self.kind_view, self.tr("Hours per kind of work"), self.tr("The hours of the week shown, per kind of work.")
        )
        describe(self.month_view, self.tr("Weeks"), self.tr("The hours of each week; Enter shows that week."))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, task_kind_name(self.kind.itemData(i)))
        for model in (self.entry_model, self.day_model, self.kind_model, self.month_model):
            model.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and getattr(self, "report", None) is not None:
            self.warnings.setText(warnings_html(self.report.warnings, self.tr("why?")))  # colours of the palette
        super().changeEvent(event)

    def set_db(self, db: Database) -> None:
        """Show another database; the undo history of the old one is dropped."""
        self.changes.set_db(db)
        self.reload()

    def show_week(self, day: date) -> None:
        """Show the ISO week holding ``day``."""
        self.monday = week_start(day)
        self.reload()

    def reload(self, *_) -> None:
        """Read the shown week (and the tab in view) again."""
        current = self.case.currentData()
        # Read again only when the data changed: a week paged back keeps the cases (500 items each time).
        mark = (id(self.db), self.db.change_mark(), current, self.tr("(no case)"))
        if mark != self._cases_mark:
            self._cases_mark = mark
            self.labels.clear()
            self.labels.update(case_labels(self.db))
            choices = (self.tr("(no case)"), case_choices(self.db, current))
        else:
            choices = self._case_choices
        if choices != self._case_choices:
            self._case_choices = choices
            self.case.blockSignals(True)
            self.case.clear()
            self.case.addItem(choices[0], None)
            for case_id, label in choices[1]:
                self.case.addItem(label, case_id)
            self.case.setCurrentIndex(max(0, self.case.findData(current)))
            self.case.blockSignals(False)

        self._zone = zone_of(self.db)
        now = self._counted_at = now_local(self._zone)
        report = self._report_or_wait(week_key(self.monday, now))
        self.week_title.setText(
            self.tr("Week {number}, {days}").format(
                number=self.monday.isocalendar()[1], days=week_days_text(self.monday)
            )
        )
        keep = self.selected_entry()
        entries = time_log.entries_between(self.db, self.monday, self.monday + timedelta(days=6))
        by_day, by_task = self._count_entry_minutes(entries, now)
        self.entry_model.set_rows(entries)
        reselect(self.entry_view, self.entry_model, keep)
        if report is None:
            self._show_counting(by_day, by_task)
        else:
            self._show_report(report)
        # The rows laid out now, not at the loop's next turn: that turn paints the table a second time.
        self.entry_view.executeDelayedItemsLayout()
        self._show_running()
        self._enable()
        self._show_tab()
        self._look_ahead()

    def counting(self) -> bool:
        """Whether the week's report is being worked out in the thread (its totals and rules are shown when ready)."""
        return self._awaited is not None

    def _changed(self) -> None:
        """A change made here (or undone): the week's report is worked out in the thread and shown when ready,
        so the entry saved is shown at once, not after the week's rules on ten years of data."""
        self._may_wait = True
        try:
            self.reload()
        finally:
            self._may_wait = False
        if self._awaited is not None:  # the status bar works out the current week on the spot, after this
            QTimer.singleShot(0, self._show_if_known)

    def _show_if_known(self) -> None:
        """The report waited for is in the memo already (the status bar's week): shown now, not when the thread
        is done with it too."""
        if self._awaited is not None and self.isVisible() and self.memo.knows(self.db, self._awaited):
            self._report_ready(self._awaited)

    def _report_or_wait(self, key: tuple):
        """The report of ``key`` from the memo, or worked out now; None when it is left to the thread."""
        if (
            self._may_wait
            and self.isVisible()
            and getattr(self.db, "file", None) is not None
            and not self.memo.knows(self.db, key)
        ):
            self._awaited = key
            return None
        self._awaited = None
        return self.memo.get(self.db, key)

    def _report_ready(self, key: tuple) -> None:
        """The thread worked out a report: the one waited for is shown (the entries are shown already)."""
        if key == self._awaited:
            self._awaited = None
            self._show_report(self.memo.get(self.db, key))

    def _ahead_idle(self) -> None:
        """The thread stopped without the report waited for (it failed): worked out here."""
        # Busy or about to be asked: a new run works it out, and says so. Out of view (the window may have closed
        # its database): asked again when the panel is shown (see showEvent).
        if self._awaited is not None and self.isVisible() and not self.ahead.busy() and not self._ahead_pending:
            key, self._awaited = self._awaited, None
            self._show_report(self.memo.get(self.db, key))

    def _show_counting(self, by_day: dict[date, int], by_task: dict[str, int]) -> None:
        """While the week's report is worked out: its hours per day and per kind (counted from the entries,
        as the report counts them), and no totals or findings of the rules yet, said so. The labels keep
        their height meanwhile: the tables under them do not move twice."""
        self.report = None
        self._show_lines(by_day, by_task)
        for label in (self.totals, self.warnings):
            label.setMinimumHeight(label.height())
        self.totals.setText(
            self.tr("Worked {worked}. Counting the totals and the rules of the Working Hours Act…").format(
                worked=format_duration(sum(by_day.values()))
            )
        )
        self.totals.setToolTip("")
        self.warnings.setText("")
        self.week_title.setToolTip("")

    def _show_report(self, report) -> None:
        """The week's report: its hours per day and per kind, the totals and the findings."""
        self.report = report
        self.week_title.setToolTip(report.week)
        self._show_lines(report.by_day_minutes, report.by_task_minutes)
        for label in (self.totals, self.warnings):
            label.setMinimumHeight(0)
        owed = round(report.expected_to_date_hours * 60)
        totals = week_totals_text(report)
        if report.contract_assumed:
            totals += " " + self.tr(
                "No contract set: 36 hours a week on Monday to Friday is assumed (Settings → Contract hours)."
            )
        self.totals.setText(totals)
        self.totals.setToolTip(
            self.tr(
                "The balance counts up to now: the days that are over in full, the days to come not yet, "
                "and today as far as you worked it, so a day that has just begun is no debt. "
                "Expected up to now this week: {owed}."
            ).format(owed=format_duration(owed))
        )
        self.warnings.setText(warnings_html(report.warnings, self.tr("why?")))

    def _show_lines(self, by_day: dict[date, int], by_task: dict[str, int]) -> None:
        """The minutes per day and per kind of work, each with their total (a table is reset only when its
        lines changed: the report that follows the entries' count paints nothing again)."""
        day_names = weekday_names()
        days = with_total([Line(d, f"{day_names[d.weekday()]} {format_date(d)}", m) for d, m in by_day.items()])
        kinds = with_total(
            sorted((Line(k, task_kind_name(k), m) for k, m in by_task.items()), key=lambda r: -r.minutes)
        )
        for model, view, lines in ((self.day_model, self.day_view, days), (self.kind_model, self.kind_view, kinds)):
            if model.rows() != lines:
                model.set_rows(lines)
                view.executeDelayedItemsLayout()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's virtual
        super().showEvent(event)
        self._look_ahead()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's virtual
        self.ahead.stop()
        super().hideEvent(event)

    def _look_ahead(self) -> None:
        """In view: the weeks the worker may open next are worked out in a thread (see week_ahead)."""
        if not self.isVisible():
            return
        now, week = self._counted_at, timedelta(days=7)
        earlier, later = self.monday - week, self.monday + week
        # Few: the thread shares Python with the window, and what it works out in vain slows the window down.
        keys = [week_key(earlier, now), self._month_key(self.monday, now), week_key(later, now)]
        if self._awaited is not None:
            keys = [self._awaited, *keys]
        if self.tabs.currentIndex() == 1:
            keys = [self._month_key(earlier, now), *keys]
        elif self.tabs.currentIndex() == 2:
            keys = [chart_key(earlier, CHART_WEEKS, now), chart_key(self.monday, CHART_WEEKS, now), *keys]
        # Set going at the loop's next turn, after this turn's paint: a thread computing in Python while the
        # window paints makes each of the paint's many calls into Python wait for the GIL.
        self._ahead_keys = keys
        if not self._ahead_pending:
            self._ahead_pending = True
            QTimer.singleShot(0, self._ask_ahead)

    def _ask_ahead(self) -> None:
        self._ahead_pending = False
        if self.isVisible():
            self.ahead.ask(self.db, self._ahead_keys)

    def _month_key(self, monday: date, now: datetime) -> tuple:
        _, mondays = self.month_weeks(monday)
        return weeks_key(mondays[0], mondays[-1], now)

    def _why_of(self, link: str) -> str:
        warnings = sorted(self.report.warnings, key=lambda w: w.weight) if self.report is not None else []
        index = int(link.removeprefix("why:")) if link.startswith("why:") else -1
        return warnings[index].why if 0 <= index < len(warnings) else ""

    def _hover_why(self, link: str) -> None:
        if text := self._why_of(link):
            QToolTip.showText(QCursor.pos(), text, self.warnings)

    def _show_why(self, link: str) -> None:
        """The "why?" beside a finding: how the app counted the rule."""
        if text := self._why_of(link):
            QMessageBox.information(self, self.tr("How this is counted"), text)

    def _show_tab(self) -> None:
        if self.tabs.currentIndex() == 1:
            self._show_month()
        elif self.tabs.currentIndex() == 2:
            self._show_chart()

    def _count_entry_minutes(self, entries: list[TimeEntry], now: datetime) -> tuple[dict, dict]:
        """Each entry's real minutes inside the week shown (the running timer up to ``now``), counted as the
        week's totals count them, so the rows add up to the totals; return the minutes per day of the week
        and per kind of work (as the week's report has them: the kinds sorted, none without minutes)."""
        tz = zone_of(self.db)
        now_utc = utc_of(now, tz)
        sunday = self.monday + timedelta(days=6)
        self.entry_minutes.clear()
        self.entry_whole.clear()
        by_day = {self.monday + timedelta(days=i): 0 for i in range(7)}
        by_task: dict[str, int] = {}
        for e in entries:
            days = list(time_log.minutes_per_day(e, now_utc, tz))
            inside = 0
            for d, m in days:
                if self.monday <= d <= sunday:
                    inside += m
                    by_day[d] += m
            if inside:
                by_task[e.task_kind] = by_task.get(e.task_kind, 0) + inside
            self.entry_minutes[e.id] = inside
            if inside != sum(m for _, m in days):
                self.entry_whole[e.id] = sum(m for _, m in days)
        return by_day, dict(sorted(by_task.items()))

    def month_weeks(self, monday: date | None = None) -> tuple[date, list[date]]:
        """The month of the week shown (or of ``monday``'s week: the month of its Thursday, as ISO weeks
        count) and the Mondays of the weeks whose Thursday falls in it: each week belongs to one month."""
        first = ((monday or self.monday) + timedelta(days=3)).replace(day=1)
        monday = week_start(first)
        if (monday + timedelta(days=3)).month != first.month:
            monday += timedelta(days=7)
        mondays = []
        while (monday + timedelta(days=3)) < add_months(first, 1):
            mondays.append(monday)
            monday += timedelta(days=7)
        return first, mondays

    def _show_month(self) -> None:
        first, mondays = self.month_weeks()
        now = now_local(zone_of(self.db))
        reports = self.memo.get(self.db, weeks_key(mondays[0], mondays[-1], now))
        since = balance_start(self.db)
        weeks = []
        for r in reports:
            counted = None if r.monday > now.date() else counted_from(since, r.monday)
            worked = r.worked_minutes
            if counted is not None and counted > r.monday:  # the balance starts in this week: from that day on
                worked = time_log.worked_minutes(
                    self.db,
                    datetime.combine(counted, datetime.min.time()),
                    datetime.combine(r.monday, datetime.min.time()) + timedelta(days=7),
                    now,
                )
            weeks.append(
                MonthWeek(
                    r.monday,
                    str(r.monday.isocalendar()[1]),
                    worked,
                    round(r.expected_hours * 60),
                    round(r.expected_to_date_hours * 60),
                    r.monday > now.date(),
                    r.warnings,
                    counted,
                    since,
                )
            )
        self.month_model.set_rows([*weeks, month_total(weeks)])
        self.month_title.setText(
            self.tr("{month} {year}: weeks {first} to {last}").format(
                month=month_name(first.month).capitalize(),
                year=first.year,
                first=mondays[0].isocalendar()[1],
                last=mondays[-1].isocalendar()[1],
            )
        )
        self.month_title.setToolTip(
            self.tr(
                "A week belongs to the month its Thursday falls in, as ISO weeks are counted. "
                "A week to come owes nothing yet; the current week counts up to now."
            )
        )
        self.month_note.setText(
            self.tr("The balance counts from {day}. Weeks in italics are not counted in the total.").format(
                day=format_date(since)
            )
            if since
            else self.tr("Nothing logged yet: the balance starts on the Monday of the week of your first entry.")
        )

    def _open_month_week(self, index) -> None:
        """Enter or a double click on a week of the month shows that week (the total line has none)."""
        row = self.month_model.row_at(index.row())
        if row.id is not None:
            self.show_week(row.id)

    def _show_chart(self) -> None:
        from .charts import ChartView
        from .week_chart import week_chart

        now = now_local(zone_of(self.db))
        chart = week_chart(self.memo.get(self.db, chart_key(self.monday, CHART_WEEKS, now)))
        if self.chart is None:
            self.chart = ChartView(chart)
            self.chart_layout.addWidget(self.chart)
        else:
            self.chart.set_chart(chart)

    def selected_entry(self) -> TimeEntry | None:
        """The entry selected in the table, if any."""
        rows = self.entry_view.selectionModel().selectedRows() if self.entry_view.selectionModel() else []
        return self.entry_model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        entry = self.selected_entry()
        stopped = entry is not None and not entry.running
        for b in (self.edit_button, self.split_button):
            b.setEnabled(stopped)
        self.delete_button.setEnabled(stopped)

    def _show_running(self) -> None:
        # Read again only when the data changed: a week paged, and every second's tick, keep it.
        running = self.db.remembered("running timer", lambda: time_log.running_timer(self.db))
        self.shows_running = running is not None
        text = self.tr("Stop") if running else self.tr("Start")
        if self.timer_button.text().replace("&", "") != text:
            # Only a new text: the same one again drops the button's letter (see mnemonics), and the
            # window's letters are then all worked out again after every week paged.
            self.timer_button.setText(text)
        self.kind.setEnabled(running is None)
        self.case.setEnabled(running is None)
        if running is None:
            self.running_label.setText(self.tr("No timer running."))
            self._tick.stop()
            return
        self.running_label.setText(
            self.tr("{task} since {start}: {elapsed}").format(
                task=task_kind_name(running.task_kind),
                start=running.start.strftime("%H:%M"),
                elapsed=format_duration(running_minutes(running)),
            )
        )
        if not self._tick.isActive():
            self._tick.start()
        if self.isVisible() and self.monday == week_start(self._counted_at.date()):
            if now_local(self._zone) != self._counted_at:  # a new minute: the running row and the totals move on
                QTimer.singleShot(0, self.reload)

    def _entry_key(self, entry_id: int) -> set:
        return {("time_entries", entry_id)}

    def start_timer(self, kind: str, case_id: int | None = None) -> None:
        """Start the timer now for ``kind`` (and a case); a refusal says why."""
        try:
            self.changes.apply(
                self.tr("Start timer"),
                lambda: time_log.start_timer(self.db, kind, case_id),
                new_keys=self._entry_key,
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not possible"), exc.message)
            return
        self.timer_changed.emit()

    def stop_timer(self) -> None:
        """Stop the running timer now."""
        running = time_log.running_timer(self.db)
        if running is None:
            return
        try:
            self.changes.apply(
                self.tr("Stop timer"), lambda: time_log.stop_timer(self.db), keys=self._entry_key(running.id)
            )
        except UserError as exc:
            if exc.field != "runaway":
                raise
            self.runaway_timer.emit()  # ran over 16 hours: the window asks when it stopped
            return
        self.timer_changed.emit()

    def toggle_timer(self) -> None:
        """Ctrl+T: start the timer with the chosen kind and case, or stop it."""
        if time_log.running_timer(self.db):
            self.stop_timer()
        else:
            self.start_timer(self.kind.currentData(), self.case.currentData())

    def press_timer_button(self) -> None:
        """The button does what it says: a timer started or stopped elsewhere meanwhile is shown, not undone."""
        if (time_log.running_timer(self.db) is not None) != self.shows_running:
            self.reload()
            self.timer_changed.emit()
            return
        self.toggle_timer()

    def add_entry(self) -> EntryDialog:
        """A new entry, by default the hour up to now (or 9 to 10 on the Monday of a week shown from the past)."""
        now = datetime.now().replace(second=0, microsecond=0)
        if self.monday <= now.date() < self.monday + timedelta(days=7):
            start = now.replace(minute=now.minute - now.minute % 15) - timedelta(hours=1)
        else:
            start = datetime.combine(self.monday, datetime.min.time()).replace(hour=9)
        draft = TimeEntry(0, start, start + timedelta(hours=1), self.kind.currentData(), self.case.currentData(), "")

        def save(start, end, kind, case_id, note):
            self.changes.apply(
                self.tr("Add entry"),
                lambda: time_log.add_entry(self.db, start, end, kind, case_id, note),
                new_keys=self._entry_key,
            )

        return open_dialog(EntryDialog(self.db, save, draft, self))

    def edit_entry(self) -> EntryDialog | None:
        """Edit the selected entry."""
        entry = self.selected_entry()
        if entry is None or entry.running:
            return None

        def save(start, end, kind, case_id, note):
            self.changes.apply(
                self.tr("Edit entry"),
                lambda: time_log.edit_entry(self.db, entry.id, start, end, kind, case_id, note),
                keys=self._entry_key(entry.id),
            )

        return open_dialog(EntryDialog(self.db, save, entry, self))

    def split_entry(self) -> SplitDialog | None:
        """Split the selected entry in two."""
        entry = self.selected_entry()
        if entry is None or entry.running:
            return None

        def save(at):
            self.changes.apply(
                self.tr("Split entry"),
                lambda: time_log.split_entry(self.db, entry.id, at),
                keys=self._entry_key(entry.id),
                new_keys=self._entry_key,
            )

        return open_dialog(SplitDialog(save, entry, self))

    def delete_entry(self) -> None:
        """Delete the selected entry."""
        entry = self.selected_entry()
        if entry is None or entry.running:
            return
        self.changes.apply(
            self.tr("Delete entry"), lambda: time_log.delete_entry(self.db, entry.id), keys=self._entry_key(entry.id)
        )
