"""Real elapsed time in the worker's time zone: clock changes, times that do not exist or happen twice,
runaway timers, entries in the future, and the migration that gave every entry its offsets."""

import sqlite3
import subprocess
import sys
from datetime import date, datetime

import pytest

from workload_desk.core.clock import is_ambiguous, zone
from workload_desk.core.contracts import contract_periods
from workload_desk.core.database import open_database
from workload_desk.core.errors import UserError
from workload_desk.core.time_log import (
    add_entry,
    get_entry,
    set_time_zone,
    start_timer,
    stop_timer,
    stop_timer_at,
    worked_minutes,
)
from workload_desk.core.week import week_report

NOW = datetime(2026, 11, 20, 12, 0)
TZ = zone("Europe/Amsterdam")


def test_a_night_across_the_change_to_summer_time_is_one_hour(db):
    add_entry(db, datetime(2026, 3, 29, 1, 30), datetime(2026, 3, 29, 3, 30), "visit", now=NOW)
    report = week_report(db, date(2026, 3, 29), NOW)
    assert report.worked_hours == 1 and report.by_day[date(2026, 3, 29)] == 1


def test_a_night_across_the_change_to_winter_time_is_three_hours(db):
    add_entry(db, datetime(2026, 10, 25, 1, 30), datetime(2026, 10, 25, 3, 30), "visit", now=NOW)
    assert week_report(db, date(2026, 10, 25), NOW).worked_hours == 3
    assert db.execute("SELECT minutes FROM time_entries").fetchone()[0] == 180


def test_by_day_of_a_clock_change_day_sums_to_its_real_length(db):
    add_entry(db, datetime(2026, 10, 24, 23, 0), datetime(2026, 10, 25, 12, 0), "visit", now=NOW)
    add_entry(db, datetime(2026, 10, 25, 12, 0), datetime(2026, 10, 26, 0, 0), "visit", now=NOW)
    report = week_report(db, date(2026, 10, 25), NOW)
    assert report.by_day[date(2026, 10, 25)] == 25  # the day the clocks go back lasts 25 hours
    assert worked_minutes(db, datetime(2026, 10, 25), datetime(2026, 10, 26), NOW) == 25 * 60


def test_a_time_the_clock_skips_is_refused_with_the_reason(db):
    with pytest.raises(UserError, match="bestaat niet") as refused:
        add_entry(db, datetime(2026, 3, 29, 2, 15), datetime(2026, 3, 29, 4, 0), "visit", now=NOW)
    assert refused.value.field == "start"
    assert db.execute("SELECT count(*) FROM time_entries").fetchone()[0] == 0


def test_the_hour_that_happens_twice_is_told_apart_by_its_fold(db):
    first = datetime(2026, 10, 25, 2, 30)
    assert is_ambiguous(first, TZ)
    a = add_entry(db, first, first.replace(minute=50), "visit", now=NOW)  # the first 02:30-02:50 (+02:00)
    b = add_entry(db, first.replace(fold=1), first.replace(minute=50, fold=1), "visit", now=NOW)  # the second
    assert get_entry(db, a).start_offset == 120 and get_entry(db, b).start_offset == 60
    assert week_report(db, date(2026, 10, 25), NOW).worked_hours == pytest.approx(40 / 60)
    with pytest.raises(UserError, match="overlapt"):
        add_entry(db, first.replace(minute=40, fold=1), datetime(2026, 10, 25, 3, 0), "visit", now=NOW)


def test_an_entry_may_not_end_in_the_future(db):
    with pytest.raises(UserError, match="toekomst"):
        add_entry(db, datetime(2026, 11, 20, 11, 0), datetime(2026, 11, 20, 12, 1), "visit", now=NOW)
    add_entry(db, datetime(2026, 11, 20, 11, 0), datetime(2026, 11, 20, 12, 0), "visit", now=NOW)


def test_a_timer_that_ran_over_16_hours_is_not_stopped_now(db):
    start_timer(db, "visit", now=datetime(2026, 11, 19, 8, 0))
    with pytest.raises(UserError, match="16 uur") as refused:
        stop_timer(db, now=datetime(2026, 11, 20, 0, 1))
    assert refused.value.field == "runaway"
    entry = stop_timer_at(db, datetime(2026, 11, 19, 17, 0), now=datetime(2026, 11, 20, 0, 1))
    assert entry.end == datetime(2026, 11, 19, 17, 0)


def test_sixteen_hours_exactly_is_stopped(db):
    start_timer(db, "visit", now=datetime(2026, 11, 19, 8, 0))
    assert stop_timer(db, now=datetime(2026, 11, 20, 0, 0)).end == datetime(2026, 11, 20, 0, 0)


def test_another_time_zone_recounts_every_entry(db):
    add_entry(db, datetime(2026, 3, 29, 1, 30), datetime(2026, 3, 29, 3, 30), "visit", now=NOW)
    set_time_zone(db, "UTC")
    assert week_report(db, date(2026, 3, 29), NOW).worked_hours == 2
    with pytest.raises(UserError, match="tijdzone"):
        set_time_zone(db, "Mars/Olympus")


def cli(db_path, *args):
    return subprocess.run(
        [sys.executable, "-m", "workload_desk", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_command_line_takes_an_offset_and_says_when_it_chose(tmp_path):
    db_path = tmp_path / "w.db"
    done = cli(
        db_path, "log", "add", "--task", "visit", "--start", "2026-10-25 02:30", "--end", "2026-10-25 02:50+01:00"
    )
    assert done.returncode == 0, done.stderr
    assert "02:30 kwam twee keer voor" in done.stderr and "+01:00" in done.stderr
    done = cli(db_path, "week", "--date", "2026-10-25", "--json")
    assert '"worked_hours": 1.33' in done.stdout
    done = cli(db_path, "log", "add", "--task", "visit", "--start", "2026-03-29 02:15", "--end", "2026-03-29 04:00")
    assert done.returncode == 2 and "bestaat niet" in done.stderr and "Traceback" not in done.stderr
    done = cli(
        db_path, "log", "add", "--task", "visit", "--start", "2026-10-25 04:00+02:00", "--end", "2026-10-25 05:00"
    )
    assert done.returncode == 2 and "+02:00" in done.stderr


def test_log_stop_after_16_hours_asks_for_the_time(tmp_path):
    db_path = tmp_path / "w.db"
    db = open_database(db_path)
    start_timer(db, "visit", now=datetime(2026, 1, 5, 8, 0))
    db.close()
    done = cli(db_path, "log", "stop")
    assert done.returncode == 2 and "--at" in done.stderr
    done = cli(db_path, "log", "stop", "--at", "2026-01-05 16:30")
    assert done.returncode == 0 and "08:00–16:30" in done.stdout


def test_an_older_database_migrates_with_offsets_and_patterns(tmp_path):
    from sqlite_utils import Database, Migrations

    from workload_desk.core import migrations

    path = tmp_path / "old.db"
    old = Migrations(migrations.SET_NAME)
    for step in migrations._steps[:5]:
        old()(step)
    conn = sqlite3.connect(path)
    old.apply(Database(conn))
    conn.execute("INSERT INTO contract_periods(valid_from, hours) VALUES ('2026-01-05', 32)")
    conn.execute(
        "INSERT INTO time_entries(start, \"end\", task_kind) VALUES ('2026-10-25T01:30', '2026-10-25T03:30', 'visit')"
    )
    conn.commit()
    conn.close()
    db = open_database(path)
    (period,) = contract_periods(db)
    assert period.pattern == (6.4, 6.4, 6.4, 6.4, 6.4, 0, 0)
    assert db.execute("SELECT start_offset, end_offset, minutes FROM time_entries").fetchone() == (120, 60, 180)
    assert list((tmp_path / "backups").glob("old-before-migration-*.db"))


def test_choosing_the_same_time_zone_again_changes_no_minute(db):
    second = datetime(2026, 10, 25, 2, 10, fold=1)
    add_entry(db, second, datetime(2026, 10, 25, 5, 0), "visit", now=NOW)
    before = db.execute("SELECT minutes FROM time_entries").fetchone()[0]
    set_time_zone(db, "Europe/Amsterdam")
    assert db.execute("SELECT minutes FROM time_entries").fetchone()[0] == before == 170
