"""Hours as people read them: hours and minutes, totals that are the sum of their rows, a balance up to now,
a month view that names its month, and the running timer in view from every panel."""

from datetime import date, datetime, timedelta

import pytest
from conftest import fresh_dutch_app
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from ui_helpers import minutes_of, shown_window

from workload_desk.core.balance import set_balance_start
from workload_desk.core.clock import now_local, zone_of
from workload_desk.core.contracts import set_contract
from workload_desk.core.database import open_database, open_memory
from workload_desk.core.dates import week_start
from workload_desk.core.i18n import format_duration
from workload_desk.core.time_log import add_entry, running_timer, start_timer
from workload_desk.core.week import week_report
from workload_desk.ui.language import apply_language

MONDAY = date(2026, 11, 16)


def at(day: int, hour: int, minute: int = 0, monday: date = MONDAY) -> datetime:
    return datetime.combine(monday + timedelta(days=day), datetime.min.time()).replace(hour=hour, minute=minute)


@pytest.fixture
def db36(db):
    set_contract(db, 36, date(2026, 1, 5))
    set_balance_start(db, MONDAY)
    return db


def test_monday_morning_owes_nothing_and_friday_evening_owes_the_week(db36):
    assert week_report(db36, MONDAY, at(0, 9)).balance_hours == 0  # not -36, not -7.2
    assert week_report(db36, MONDAY, at(0, 9)).expected_to_date_hours == 0
    for day in range(5):
        add_entry(db36, at(day, 8), at(day, 12), "visit", now=at(5, 0))
        add_entry(db36, at(day, 12, 30), at(day, 15, 42), "report", now=at(5, 0))  # 7:12 a day
    friday_evening = week_report(db36, MONDAY, at(4, 19))
    assert friday_evening.balance_hours == pytest.approx(0) and friday_evening.expected_to_date_hours == 36


def test_a_day_under_way_is_no_debt_a_day_over_is(db36):
    add_entry(db36, at(0, 9), at(0, 15), "visit", now=at(0, 15))  # Monday: 6 hours of 7:12
    assert week_report(db36, MONDAY, at(0, 16)).balance_hours == pytest.approx(0)
    assert week_report(db36, MONDAY, at(1, 0, 1)).balance_hours == pytest.approx(-1.2)  # Monday is over
    add_entry(db36, at(1, 8), at(1, 16, 12), "visit", now=at(1, 16, 12))  # Tuesday: 8:12, an hour above
    tuesday = week_report(db36, MONDAY, at(1, 16, 12))
    assert tuesday.balance_hours == pytest.approx(-1.2 + 1)  # the hour above counts at once
    assert tuesday.expected_to_date_hours == pytest.approx(14.4)


def test_a_week_to_come_owes_nothing(db36):
    later = week_report(db36, MONDAY + timedelta(weeks=1), at(2, 10))
    assert later.expected_hours == 36 and later.expected_to_date_hours == 0


def test_the_day_totals_are_the_sum_of_the_minutes_of_the_rows(db36):
    """The case seen: 45-minute entries rounded to 0,8 summed to 8,4 while the total said 8,2."""
    start = at(0, 8)
    for _ in range(11):
        add_entry(db36, start, start + timedelta(minutes=45), "visit", now=at(5, 0))
        start += timedelta(minutes=45)
    add_entry(db36, start, start + timedelta(minutes=9), "admin", now=at(5, 0))
    report = week_report(db36, MONDAY, at(5, 0))
    assert report.by_day_minutes[MONDAY] == 11 * 45 + 9 == report.worked_minutes
    assert format_duration(report.by_day_minutes[MONDAY]) == "8:24"
    assert report.by_task_minutes == {"admin": 9, "visit": 495}


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 6 * 96), st.integers(1, 600), st.sampled_from(["visit", "court"])), max_size=8)
)
def test_rows_days_kinds_and_week_all_add_up_to_the_same_minutes(spans):
    db = open_memory()
    taken: list[tuple[datetime, datetime]] = []
    for quarter, minutes, kind in spans:
        start = at(0, 0) + timedelta(minutes=15 * quarter)
        end = start + timedelta(minutes=minutes)
        if all(end <= a or start >= b for a, b in taken) and end <= at(7, 0):
            add_entry(db, start, end, kind, now=at(8, 0))
            taken.append((start, end))
    report = week_report(db, MONDAY, at(8, 0))
    rows = sum(int((b - a).total_seconds() // 60) for a, b in taken)
    assert rows == report.worked_minutes == sum(report.by_day_minutes.values()) == sum(report.by_task_minutes.values())
    db.close()


# The window.

THIS_MONDAY = week_start(date.today())
LAST_MONDAY = THIS_MONDAY - timedelta(weeks=1)
EARLIER = THIS_MONDAY - timedelta(weeks=2)  # a week whose Sunday night lies in the past whatever the hour


@pytest.fixture
def window(qapp, qtbot, db_path, tmp_path):
    fresh_dutch_app(tmp_path)
    db = open_database(db_path)
    set_contract(db, 36, LAST_MONDAY - timedelta(weeks=8))
    db.close()
    w = shown_window(qtbot, db_path)
    return w


def test_the_entry_rows_add_up_to_the_day_and_week_totals_shown(window, qtbot):
    db = window.session.db
    start = at(1, 8, monday=EARLIER)
    for minutes in (45, 45, 45, 50, 45, 45, 45, 45, 45, 45, 45, 9):
        add_entry(db, start, start + timedelta(minutes=minutes), "visit")
        start += timedelta(minutes=minutes)
    add_entry(db, at(6, 22, monday=EARLIER), at(7, 1, 30, monday=EARLIER), "court")  # over Sunday night
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel = window.time_panel
    panel.show_week(EARLIER)
    model = panel.entry_model
    hours = [minutes_of(model.index(r, 3).data()) for r in range(model.rowCount())]
    tuesday = [h for r, h in enumerate(hours) if model.row_at(r).start.date() == EARLIER + timedelta(days=1)]
    days = {panel.day_model.row_at(r).id: panel.day_model.index(r, 1).data() for r in range(8)}
    assert sum(tuesday) == minutes_of(days[EARLIER + timedelta(days=1)]) == 8 * 60 + 29
    assert days["total"] == "10:29" and sum(hours) == minutes_of(days["total"])  # two hours of Sunday night inside
    kinds = [panel.kind_model.index(r, 1).data() for r in range(panel.kind_model.rowCount())]
    assert sum(minutes_of(k) for k in kinds[:-1]) == minutes_of(kinds[-1]) == sum(hours)
    assert "10:29 van 36:00 uur gewerkt" in panel.totals.text()
    crossing = next(r for r in range(model.rowCount()) if model.row_at(r).task_kind == "court")
    assert model.index(crossing, 3).data() == "2:00" and "3:30" in model.index(crossing, 3).data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_the_week_title_says_the_week_in_words_in_the_window_language(window):
    window.time_panel.show_week(date(2026, 11, 23))
    assert window.time_panel.week_title.text() == "Week 48, 23–29 november 2026"
    window.time_panel.show_week(date(2026, 12, 30))
    assert window.time_panel.week_title.text() == "Week 53, 28 december 2026 – 3 januari 2027"
    apply_language("en")
    window.time_panel.show_week(date(2026, 11, 30))
    assert window.time_panel.week_title.text() == "Week 49, 30 November – 6 December 2026"


def month_rows(panel):
    model = panel.month_model
    return model, [model.row_at(r) for r in range(model.rowCount())]


def test_the_month_names_its_month_adds_up_and_shows_no_debt_for_weeks_to_come(window):
    db = window.session.db
    now = now_local(zone_of(db))
    if now.hour < 1:
        pytest.skip("just after midnight there is no past hour today to log")
    add_entry(db, now.replace(minute=0) - timedelta(hours=1), now.replace(minute=0), "visit")
    set_balance_start(db, now.date())  # she began today (by default the Monday of this week: DOMAIN.md)
    panel = window.time_panel
    window.navigation.setCurrentRow(1)
    panel.show_week(THIS_MONDAY)
    panel.tabs.setCurrentIndex(1)
    thursday = THIS_MONDAY + timedelta(days=3)
    names = "januari februari maart april mei juni juli augustus september oktober november december".split()
    assert panel.month_title.text().startswith(f"{names[thursday.month - 1].capitalize()} {thursday.year}: week ")
    model, rows = month_rows(panel)
    total = len(rows) - 1
    assert rows[total].id is None and model.index(total, 0).data() == "Totaal tot nu toe"
    for column in (2, 3, 4):  # worked, contract, difference: the total line is the sum of the lines it counts
        shown = [model.index(r, column).data() for r in range(total) if rows[r].counted]
        assert sum(minutes_of(t) for t in shown if t) == minutes_of(model.index(total, column).data())
    later = [r for r in range(total) if rows[r].id > THIS_MONDAY]
    assert all(model.index(r, 2).data() == model.index(r, 4).data() == "" for r in later)  # no hours, no debt
    this = next(r for r in range(total) if rows[r].id == THIS_MONDAY)
    # The balance starts today, the day she set: the days before it owe nothing, today as far as worked.
    owed = 60 if now.weekday() < 5 else 0
    assert minutes_of(model.index(this, 4).data()) == 60 - owed  # 0:00 on a weekday, never -36:00


def test_a_week_with_warnings_shows_an_icon_and_the_warning_itself(window):
    db = window.session.db
    add_entry(db, at(0, 7, monday=LAST_MONDAY), at(0, 20, monday=LAST_MONDAY), "visit")  # 13 hours, no pause
    panel = window.time_panel
    window.navigation.setCurrentRow(1)
    panel.show_week(LAST_MONDAY)
    panel.tabs.setCurrentIndex(1)
    model, rows = month_rows(panel)
    row = next(r for r, w in enumerate(rows) if w.id == LAST_MONDAY)
    worst = min(week_report(db, LAST_MONDAY).warnings, key=lambda w: w.weight)
    text = model.index(row, 5).data()
    assert text.startswith(worst.message) and text != "1"
    assert model.index(row, 5).data(Qt.ItemDataRole.DecorationRole) is not None
    assert worst.message in model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)


def test_the_running_timer_is_in_the_status_bar_and_title_from_another_panel(window, qtbot):
    db = window.session.db
    start_timer(db, "court", now=now_local(zone_of(db)) - timedelta(minutes=85))
    window.navigation.setCurrentRow(0)  # the Cases panel in view
    window.refresh_status()
    assert window.stack.currentWidget() is not window.time_panel
    qtbot.waitUntil(window.timer_label.isVisible)
    assert window.timer_label.text().startswith("Timer: Zitting 1:2")
    assert window.windowTitle().startswith("1:2") and "Zitting" in window.windowTitle()
    window.time_panel.stop_timer()
    window.refresh_status()
    assert window.timer_label.isHidden() and window.windowTitle().startswith("Workload Desk")


def test_a_forgotten_timer_is_stopped_at_the_time_named_on_the_button(window):
    db = window.session.db
    yesterday = datetime.combine(date.today() - timedelta(days=1), datetime.min.time()).replace(hour=9)
    start_timer(db, "visit", now=yesterday)
    box = window.check_running_timer(now=datetime.now())
    layout = box.layout()
    field_at = next(i for i in range(layout.count()) if layout.itemAt(i).layout() is not None)
    buttons_at = next(i for i in range(layout.count()) if layout.itemAt(i).widget() is box.stop_button.parent())
    assert field_at < buttons_at  # the time first, then the buttons
    utc = QTimeZone(QTimeZone.Initialization.UTC)
    box.stop_at.setDateTime(QDateTime(QDate(yesterday.year, yesterday.month, yesterday.day), QTime(16, 45), utc))
    assert box.stop_button.text().replace("&", "") == "Stoppen om 16:45"
    box.stop_button.click()
    assert running_timer(db) is None
    assert datetime.fromisoformat(db.execute('SELECT "end" FROM time_entries').fetchone()[0]) == yesterday.replace(
        hour=16, minute=45
    )


def test_the_forgotten_timer_question_by_keyboard_escape_keeps_it_enter_stops_it(window, qtbot):
    db = window.session.db
    yesterday = datetime.combine(date.today() - timedelta(days=1), datetime.min.time()).replace(hour=9)
    start_timer(db, "visit", now=yesterday)
    box = window.check_running_timer(now=datetime.now())
    qtbot.waitUntil(box.isVisible)
    assert box.focusWidget() is box.stop_at  # the time first
    qtbot.keyClick(box.stop_at, Qt.Key.Key_Escape)
    assert not box.isVisible() and running_timer(db) is not None  # kept running
    box = window.check_running_timer(now=datetime.now())
    qtbot.waitUntil(box.isVisible)
    shown = box.stop_button.text().replace("&", "").removeprefix("Stoppen om ")
    qtbot.keyClick(box.stop_at, Qt.Key.Key_Return)
    assert running_timer(db) is None
    end = datetime.fromisoformat(db.execute('SELECT "end" FROM time_entries').fetchone()[0])
    assert f"{end:%H:%M}" == shown


def test_enter_on_a_week_of_the_month_shows_it_and_on_the_total_line_nothing(window, qtbot):
    panel = window.time_panel
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel.show_week(LAST_MONDAY)
    panel.tabs.setCurrentIndex(1)
    view, model = panel.month_view, panel.month_model
    view.setFocus()
    view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert panel.monday == LAST_MONDAY
    first = model.row_at(0).id
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert panel.monday == first


def test_the_running_row_and_the_totals_move_on_with_the_minute(window, qtbot, monkeypatch):
    import workload_desk.ui.time_panel as time_panel_module

    db = window.session.db
    now = now_local(zone_of(db))
    if week_start((now - timedelta(minutes=30)).date()) != week_start(now.date()):
        pytest.skip("the timer would start in last week")
    start_timer(db, "court", now=now - timedelta(minutes=30))
    panel = window.time_panel
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel.show_week(now.date())
    row = next(r for r in range(panel.entry_model.rowCount()) if panel.entry_model.row_at(r).running)
    assert panel.entry_model.index(row, 3).data() == "0:30"
    monkeypatch.setattr(time_panel_module, "now_local", lambda tz, now=None: now_local(tz) + timedelta(minutes=2))
    panel._tick.timeout.emit()  # the next second's tick finds a new minute
    qtbot.waitUntil(lambda: panel.entry_model.index(row, 3).data() == "0:32")
    assert panel.day_model.index(7, 1).data() == "0:32"  # the total line moved with it
