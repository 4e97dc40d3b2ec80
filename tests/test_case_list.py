"""The case list's figures, and undo snapshots of whole cases."""

from datetime import date, datetime

from workload_desk.core.case_list import case_rows
from workload_desk.core.cases import add_case, close_case, delete_case, logged_hours, reopen_case
from workload_desk.core.history import capture, case_keys, restore
from workload_desk.core.measures import NewMeasure
from workload_desk.core.model import Task
from workload_desk.core.tasks import add_task
from workload_desk.core.time_log import add_entry

TODAY = date(2026, 11, 20)


def make_case(db):
    case_id = add_case(
        db,
        "J.K.",
        date(2025, 12, 1),
        [NewMeasure("ots", "A", date(2025, 12, 1)), NewMeasure("voogdij", "B", date(2026, 2, 1))],
        notes="vader belt vaak",
    )
    add_entry(db, datetime(2026, 10, 31, 22), datetime(2026, 11, 1, 2), "court", case_id)  # 2 h of 4 in November
    add_entry(db, datetime(2026, 11, 3, 9), datetime(2026, 11, 3, 10, 30), "visit", case_id)
    add_task(db, Task(0, case_id, "visit", datetime(2026, 11, 25, 9)))
    return case_id


def test_row_figures(db):
    case_id = make_case(db)
    add_case(db, "Z.", date(2026, 5, 1), [NewMeasure("vots", "A", date(2026, 11, 1))])
    rows = {r.label: r for r in case_rows(db, TODAY)}
    row = rows["J.K."]
    assert (row.id, row.measures, row.children, row.open_tasks) == (case_id, 2, 2, 1)
    assert row.measure_kinds == ("ots", "voogdij")
    assert row.hours_month == 3.5 and row.hours_total == 5.5
    assert row.next_planned_end == date(2026, 12, 1) and row.ends_soon(TODAY)
    assert not row.ends_soon(date(2026, 10, 19))
    assert rows["Z."].next_planned_end == date(2027, 2, 1) and not rows["Z."].ends_soon(TODAY)


def test_closed_cases_show_only_when_asked_and_keep_their_measures(db):
    case_id = make_case(db)
    close_case(db, case_id, date(2026, 11, 10))
    assert case_rows(db, TODAY) == []
    row = case_rows(db, TODAY, include_closed=True)[0]
    assert row.status == "closed" and row.measures == 2 and row.next_planned_end is None
    reopen_case(db, case_id)
    assert case_rows(db, TODAY)[0].measures == 2


def test_delete_keeping_or_removing_time(db):
    case_id = make_case(db)
    assert logged_hours(db, case_id) == 5.5
    delete_case(db, case_id, keep_time=True)
    assert db.execute("SELECT count(*), count(case_id) FROM time_entries").fetchone() == (2, 0)
    other = add_case(db, "Q.", date(2026, 1, 1))
    add_entry(db, datetime(2026, 11, 4, 9), datetime(2026, 11, 4, 10), "visit", other)
    delete_case(db, other, keep_time=False)
    assert db.execute("SELECT count(*) FROM time_entries").fetchone()[0] == 2


def test_snapshots_undo_and_redo_a_deletion(db):
    case_id = make_case(db)
    keys = case_keys(db, case_id)
    before = capture(db, keys)
    delete_case(db, case_id, keep_time=False)
    after = capture(db, keys)
    restore(db, before)
    assert case_rows(db, TODAY)[0].hours_total == 5.5
    assert db.execute("SELECT notes FROM cases WHERE id = ?", [case_id]).fetchone()[0] == "vader belt vaak"
    restore(db, after)
    assert case_rows(db, TODAY, include_closed=True) == []
    assert db.execute("SELECT count(*) FROM time_entries").fetchone()[0] == 0
