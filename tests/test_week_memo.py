"""Week reports remembered until the data changes, and the weeks around the one shown worked out ahead.

The memo must never show a week older than its data: a change made here, an undo, or a commit
by the command line (another connection) makes it work the week out again.
"""

from datetime import date, datetime, timedelta

import pytest
from conftest import fresh_dutch_app
from PySide6.QtCore import Qt
from ui_helpers import shown_window

from workload_desk.core.clock import now_local, zone_of
from workload_desk.core.contracts import set_contract
from workload_desk.core.database import open_database
from workload_desk.core.dates import week_start
from workload_desk.core.time_log import add_entry, edit_entry
from workload_desk.core.week import WeekMemo, week_key, week_report, weeks_key

MONDAY = week_start(date.today()) - timedelta(weeks=2)


def at(day: int, hour: int, monday: date = MONDAY) -> datetime:
    return datetime.combine(monday + timedelta(days=day), datetime.min.time()).replace(hour=hour)


def test_a_report_is_remembered_until_the_data_changes_here(db):
    memo, now = WeekMemo(), now_local(zone_of(db))
    add_entry(db, at(0, 9), at(0, 11), "visit")
    first = memo.get(db, week_key(MONDAY, now))
    assert first.worked_minutes == 120
    assert memo.get(db, week_key(MONDAY, now)) is first  # remembered, not worked out again
    add_entry(db, at(1, 9), at(1, 10), "visit")
    again = memo.get(db, week_key(MONDAY, now))
    assert again is not first and again.worked_minutes == 180
    assert again == week_report(db, MONDAY, now)


def test_a_commit_by_another_connection_drops_the_memo(db, db_path):
    memo, now = WeekMemo(), now_local(zone_of(db))
    assert memo.get(db, week_key(MONDAY, now)).worked_minutes == 0
    other = open_database(db_path)  # the command line, say
    add_entry(other, at(2, 13), at(2, 16), "report")
    other.close()
    assert memo.get(db, week_key(MONDAY, now)).worked_minutes == 180


def test_a_report_from_elsewhere_is_taken_only_at_the_mark_it_was_made(db):
    memo, now = WeekMemo(), now_local(zone_of(db))
    key = week_key(MONDAY, now)
    mark = memo.mark(db)
    made = week_report(db, MONDAY, now)
    add_entry(db, at(0, 9), at(0, 10), "visit")  # the data moved while it was being made
    assert not memo.keep(db, mark, key, made)
    assert memo.get(db, key).worked_minutes == 60
    later = week_report(db, MONDAY + timedelta(weeks=1), now)
    later_key = week_key(MONDAY + timedelta(weeks=1), now)
    assert memo.keep(db, memo.mark(db), later_key, later)
    assert memo.knows(db, later_key) and memo.get(db, later_key) is later


def test_another_database_never_answers_from_the_first_ones_memo(db, tmp_path):
    memo, now = WeekMemo(), now_local(zone_of(db))
    add_entry(db, at(0, 9), at(0, 11), "visit")
    assert memo.get(db, week_key(MONDAY, now)).worked_minutes == 120
    second = open_database(tmp_path / "second.db")
    try:
        assert memo.get(second, week_key(MONDAY, now)).worked_minutes == 0
    finally:
        second.close()


def test_the_month_is_remembered_under_its_own_key(db):
    memo, now = WeekMemo(), now_local(zone_of(db))
    add_entry(db, at(0, 9), at(0, 11), "visit")
    reports = memo.get(db, weeks_key(MONDAY - timedelta(weeks=1), MONDAY, now))
    assert [r.worked_minutes for r in reports] == [0, 120]
    assert all(r.balance_hours is None for r in reports)


@pytest.fixture
def window(qapp, qtbot, db_path, tmp_path):
    fresh_dutch_app(tmp_path)
    db = open_database(db_path)
    set_contract(db, 36, MONDAY - timedelta(weeks=8))
    add_entry(db, at(0, 9), at(0, 11), "visit")
    add_entry(db, at(0, 9, MONDAY - timedelta(weeks=1)), at(0, 12, MONDAY - timedelta(weeks=1)), "court")
    db.close()
    w = shown_window(qtbot, db_path)
    w.navigation.setCurrentRow(1)
    return w


def test_the_week_before_is_worked_out_ahead_and_shown_as_it_is(window, qtbot):
    panel = window.time_panel
    panel.show_week(MONDAY)
    earlier = MONDAY - timedelta(weeks=1)
    # Worked out in the thread and taken in before it is asked for.
    qtbot.waitUntil(lambda: panel.memo.knows(panel.db, week_key(earlier, panel._counted_at)))
    qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    assert panel.monday == earlier
    assert panel.report == week_report(panel.db, earlier, panel._counted_at)
    assert panel.report.worked_minutes == 180


def test_no_stale_week_after_editing_an_entry_or_undoing_it(window, qtbot):
    panel = window.time_panel
    panel.show_week(MONDAY)
    qtbot.waitUntil(lambda: panel.memo.knows(panel.db, week_key(MONDAY - timedelta(weeks=1), panel._counted_at)))
    assert panel.report.worked_minutes == 120
    panel.entry_view.selectRow(0)
    dialog = panel.edit_entry()
    dialog.end.setDateTime(dialog.end.dateTime().addSecs(3600))
    dialog.accept()
    qtbot.waitUntil(lambda: not panel.counting())  # the week's report is worked out in the thread
    assert panel.report.worked_minutes == 180
    assert "3:00" in panel.totals.text()
    window.activateWindow()  # the dialog closed: the window takes the keys again
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not panel.counting())
    assert panel.report.worked_minutes == 120
    panel.show_week(MONDAY - timedelta(weeks=1))
    panel.show_week(MONDAY)  # back from a week away: the week as it is now
    assert panel.report.worked_minutes == 120


def test_a_change_by_the_command_line_shows_once_the_window_notices(window, qtbot, db_path):
    panel = window.time_panel
    panel.show_week(MONDAY)
    qtbot.waitUntil(lambda: panel.memo.knows(panel.db, week_key(MONDAY - timedelta(weeks=1), panel._counted_at)))
    other = open_database(db_path)
    entry = other.execute("SELECT id FROM time_entries ORDER BY start DESC LIMIT 1").fetchone()[0]  # Monday's
    edit_entry(other, entry, at(0, 8), at(0, 11), "visit", None, "")
    add_entry(other, at(1, 9, MONDAY - timedelta(weeks=1)), at(1, 10, MONDAY - timedelta(weeks=1)), "visit")
    other.close()
    window.watch.check()  # the window's look at the file, once a second
    assert panel.report.worked_minutes == 180
    qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    assert panel.report.worked_minutes == 240  # the week worked out ahead was dropped with the change


def test_after_a_change_the_entries_show_at_once_and_the_rules_when_the_thread_has_them(window, qtbot):
    panel = window.time_panel
    panel.show_week(MONDAY)
    qtbot.waitUntil(lambda: not panel.ahead.busy())
    height = panel.warnings.height()
    panel.entry_view.selectRow(0)
    dialog = panel.edit_entry()
    dialog.end.setDateTime(dialog.end.dateTime().addSecs(3600))
    dialog.accept()
    # Shown at once: the entry, the hours per day and per kind (counted from the entries); the totals wait.
    assert panel.counting() and panel.report is None
    assert panel.entry_model.display_text(0, 2) == "12:00"
    assert panel.day_model.display_text(0, 1) == "3:00" and panel.day_model.display_text(7, 1) == "3:00"
    assert panel.kind_model.display_text(0, 1) == "3:00"
    assert panel.totals.text() == "3:00 gewerkt. De totalen en de regels van de Arbeidstijdenwet worden geteld…"
    assert panel.warnings.text() == "" and panel.warnings.minimumHeight() == height  # the tables stay put
    qtbot.waitUntil(lambda: not panel.counting())
    assert panel.report == week_report(panel.db, MONDAY, panel._counted_at)
    assert "3:00 van 36:00 uur gewerkt" in panel.totals.text()
    assert panel.warnings.minimumHeight() == 0
    assert panel.day_model.display_text(7, 1) == "3:00"


def test_a_report_the_thread_could_not_work_out_is_worked_out_here(window, qtbot, monkeypatch):
    from workload_desk.ui import week_ahead

    panel = window.time_panel
    panel.show_week(MONDAY)
    qtbot.waitUntil(lambda: not panel.ahead.busy())

    def broken(db, key):
        raise RuntimeError("the thread's connection failed")

    monkeypatch.setattr(week_ahead, "compute_key", broken)
    edit_entry(panel.db, panel.entry_model.row_at(0).id, at(0, 9), at(0, 13), "visit")
    panel._changed()  # as after a change made through the panel
    assert panel.counting()
    qtbot.waitUntil(lambda: not panel.counting())
    assert panel.report.worked_minutes == 240


def test_a_report_waited_for_when_the_panel_leaves_the_view_is_shown_when_it_is_back(window, qtbot):
    panel = window.time_panel
    panel.show_week(MONDAY)
    qtbot.waitUntil(lambda: not panel.ahead.busy())
    edit_entry(panel.db, panel.entry_model.row_at(0).id, at(0, 9), at(0, 13), "visit")
    panel._changed()  # as after a change made through the panel
    assert panel.counting()
    window.show_panel_at(0)  # away before the thread was asked: nothing is worked out out of view
    qtbot.waitUntil(lambda: not panel.ahead.busy())
    assert panel.counting()
    window.show_panel_at(1)
    qtbot.waitUntil(lambda: not panel.counting())
    assert panel.report.worked_minutes == 240
