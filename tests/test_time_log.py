"""Time entries and the timer: end after start, at most 24 hours, no overlaps, saved at once."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workload_desk.core.database import open_memory
from workload_desk.core.errors import UserError
from workload_desk.core.time_log import (
    add_entry,
    edit_entry,
    entries_between,
    running_timer,
    start_timer,
    stop_timer,
    worked_hours,
)

T0 = datetime(2026, 11, 16, 9, 0)


def test_end_must_come_after_start(db):
    with pytest.raises(UserError, match="na het begin") as err:
        add_entry(db, T0, T0, "admin")
    assert err.value.field == "end"
    with pytest.raises(UserError, match="na het begin"):
        add_entry(db, T0, T0 - timedelta(minutes=1), "admin")
    assert add_entry(db, T0, T0 + timedelta(minutes=1), "admin")


def test_at_most_24_hours(db):
    assert add_entry(db, T0, T0 + timedelta(hours=24), "court")
    with pytest.raises(UserError, match="24 uur"):
        add_entry(db, T0 + timedelta(days=2), T0 + timedelta(days=3, minutes=1), "court")


def test_overlap_names_the_other_entry(db):
    add_entry(db, T0, T0 + timedelta(hours=2), "court")
    with pytest.raises(UserError) as err:
        add_entry(db, T0 + timedelta(hours=1, minutes=59), T0 + timedelta(hours=3), "report")
    assert "16-11-2026 09:00–11:00 (Zitting)" in err.value.message
    # Touching is not overlapping.
    assert add_entry(db, T0 + timedelta(hours=2), T0 + timedelta(hours=3), "report")
    assert add_entry(db, T0 - timedelta(hours=1), T0, "travel")


def test_overlap_message_in_english(db, english):
    add_entry(db, T0, T0 + timedelta(hours=2), "court")
    with pytest.raises(UserError, match=r"overlaps the entry of 16/11/2026 09:00–11:00 \(Court hearing\)"):
        add_entry(db, T0 + timedelta(minutes=30), T0 + timedelta(minutes=45), "admin")


def test_unknown_kind_and_case_are_refused(db):
    with pytest.raises(UserError, match="geen soort taak"):
        add_entry(db, T0, T0 + timedelta(hours=1), "coffee")
    with pytest.raises(UserError, match="geen zaak met nummer 42"):
        add_entry(db, T0, T0 + timedelta(hours=1), "admin", case_id=42)
    assert db.execute("SELECT count(*) FROM time_entries").fetchone()[0] == 0


def test_timer_is_saved_at_start_and_stopped_to_the_minute(db_path):
    from workload_desk.core.database import open_database

    db = open_database(db_path)
    start_timer(db, "visit", now=T0 + timedelta(seconds=42))
    db.close()
    # Another connection (as after a crash) sees the running timer.
    again = open_database(db_path)
    timer = running_timer(again)
    assert timer.start == T0 and timer.end is None
    entry = stop_timer(again, now=T0 + timedelta(hours=1, minutes=30, seconds=59))
    assert entry.end == T0 + timedelta(hours=1, minutes=30)
    assert running_timer(again) is None


def test_one_timer_at_a_time(db):
    start_timer(db, "visit", now=T0)
    with pytest.raises(UserError, match="al een timer"):
        start_timer(db, "report", now=T0 + timedelta(minutes=5))
    with pytest.raises(UserError, match="overlapt"):
        add_entry(db, T0 + timedelta(minutes=1), T0 + timedelta(minutes=20), "report", now=T0 + timedelta(minutes=30))


def test_stop_without_timer_and_a_timer_under_a_minute(db):
    with pytest.raises(UserError, match="geen timer"):
        stop_timer(db, now=T0)
    start_timer(db, "visit", now=T0)
    assert stop_timer(db, now=T0 + timedelta(seconds=50)) is None
    assert db.execute("SELECT count(*) FROM time_entries").fetchone()[0] == 0


def test_worked_hours_cut_at_the_edges(db):
    add_entry(db, datetime(2026, 11, 15, 22, 0), datetime(2026, 11, 16, 2, 0), "court")  # across midnight
    monday = datetime(2026, 11, 16)
    assert worked_hours(db, monday, monday + timedelta(days=7)) == 2
    assert worked_hours(db, monday - timedelta(days=1), monday) == 2


def test_running_timer_counts_until_now(db):
    start_timer(db, "visit", now=T0)
    assert worked_hours(db, T0, T0 + timedelta(days=1), now=T0 + timedelta(minutes=45)) == 0.75


def test_entries_between_takes_whole_days(db):
    add_entry(db, T0, T0 + timedelta(hours=1), "admin")
    add_entry(db, T0 + timedelta(days=1), T0 + timedelta(days=1, hours=1), "admin")
    assert len(entries_between(db, T0.date(), T0.date())) == 1
    assert len(entries_between(db, T0.date(), T0.date() + timedelta(days=1))) == 2


spans = st.tuples(st.integers(0, 7 * 24 * 60), st.integers(-60, 26 * 60))


@settings(max_examples=60, deadline=None)
@given(st.lists(spans, max_size=25))
def test_no_two_stored_entries_ever_overlap(attempts):
    db = open_memory()
    for offset, length in attempts:
        start = T0 + timedelta(minutes=offset)
        try:
            add_entry(db, start, start + timedelta(minutes=length), "admin", now=T0)
        except UserError:
            pass
    stored = sorted(
        entries_between(db, T0.date() - timedelta(days=1), T0.date() + timedelta(days=10)), key=lambda e: e.start
    )
    for a, b in zip(stored, stored[1:]):
        assert a.end <= b.start
    for e in stored:
        assert timedelta(0) < e.end - e.start <= timedelta(hours=24)


NOW = datetime(2026, 11, 20, 12, 0)


def test_an_entry_that_ends_after_now_is_refused_added_or_edited(db):
    with pytest.raises(UserError, match="toekomst") as refused:
        add_entry(db, NOW - timedelta(hours=1), NOW + timedelta(minutes=1), "visit", now=NOW)
    assert refused.value.field == "end"
    entry_id = add_entry(db, NOW - timedelta(hours=1), NOW, "visit", now=NOW)  # ending now is fine
    with pytest.raises(UserError, match="toekomst"):
        edit_entry(db, entry_id, NOW - timedelta(hours=1), NOW + timedelta(hours=1), "visit", now=NOW)
    with pytest.raises(UserError, match="toekomst"):
        add_entry(db, NOW + timedelta(days=1), NOW + timedelta(days=1, hours=1), "visit", now=NOW)
    assert [(e.start, e.end) for e in entries_between(db, NOW.date(), NOW.date() + timedelta(days=1))] == [
        (NOW - timedelta(hours=1), NOW)
    ]


def test_the_running_timer_is_the_way_to_log_work_in_progress(db):
    start_timer(db, "visit", now=NOW - timedelta(hours=1))
    assert running_timer(db).end is None  # open-ended, and not refused as a future entry
    assert worked_hours(db, NOW - timedelta(hours=2), NOW + timedelta(hours=2), now=NOW) == 1


def test_the_command_line_refuses_a_future_entry_and_saves_nothing(db_path, capsys):
    from workload_desk.core.database import open_database
    from workload_desk.main import main

    tomorrow = datetime.now() + timedelta(days=1)
    status = main(
        ["--db", str(db_path), "log", "add", "--task", "visit"]
        + ["--start", f"{tomorrow:%d-%m-%Y} 09:00", "--end", f"{tomorrow:%d-%m-%Y} 10:00"]
    )
    assert status != 0 and "toekomst" in capsys.readouterr().err
    db = open_database(db_path)
    assert db.execute("SELECT count(*) FROM time_entries").fetchone()[0] == 0
    db.close()
