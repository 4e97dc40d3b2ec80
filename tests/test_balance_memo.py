"""The running balance keeps its counted years across changes that do not touch them, and still agrees
with a full recount (no memo at all) after any mix of entries, days off and contracts changed."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from workload_desk.core import balance as balance_module
from workload_desk.core.balance import balance, balance_start
from workload_desk.core.clock import now_local, zone_of
from workload_desk.core.contracts import contract_periods, set_contract
from workload_desk.core.dates import week_start
from workload_desk.core.days_off import days_off_between, mark_day_off, unmark_day_off
from workload_desk.core.expected_hours import expected_minutes
from workload_desk.core.time_log import add_entry, delete_entry, worked_minutes


def recount(db, monday: date, now: datetime) -> float:
    """The balance through ``monday``'s week counted from scratch, every day and entry at once."""
    since = balance_start(db)
    end = monday + timedelta(days=7)
    if since is None or since >= end:
        return 0.0
    today = now.date()
    periods = contract_periods(db)
    off = set(days_off_between(db, since, end))
    expected = expected_minutes(periods, off, since, max(since, min(end, today)))
    if since <= today < end:
        midnight = datetime.combine(today, datetime.min.time())
        worked_today = worked_minutes(db, midnight, midnight + timedelta(days=1), now)
        expected += min(expected_minutes(periods, off, today, today + timedelta(days=1)), worked_today)
    worked = worked_minutes(
        db, datetime.combine(since, datetime.min.time()), datetime.combine(end, datetime.min.time()), now
    )
    return (worked - expected) / 60


def test_the_balance_agrees_with_a_recount_after_random_changes(db):
    rng = random.Random(21)
    now = now_local(zone_of(db))
    this_monday = week_start(now.date())
    first_monday = this_monday - timedelta(weeks=120)  # more than two calendar years
    entries: list[int] = []
    for week in range(0, 120, 3):
        day = first_monday + timedelta(weeks=week, days=rng.randrange(5))
        start = datetime.combine(day, datetime.min.time()).replace(hour=9)
        entries.append(add_entry(db, start, start + timedelta(hours=rng.randrange(1, 9)), "visit"))
    set_contract(db, 32, first_monday - timedelta(days=30))
    mondays = [this_monday - timedelta(weeks=w) for w in (0, 1, 30, 60, 119)]
    for monday in mondays:  # the years remembered before anything changes
        assert abs(balance(db, monday, now).hours - recount(db, monday, now)) < 1e-6
    for step in range(120):
        what = rng.randrange(5)
        day = first_monday + timedelta(days=rng.randrange(7 * 120 - 7))
        if what == 0 or not entries:
            start = datetime.combine(day, datetime.min.time()).replace(hour=rng.choice((6, 19)))
            entries.append(add_entry(db, start, start + timedelta(minutes=rng.randrange(15, 240)), "report"))
        elif what == 1:
            delete_entry(db, entries.pop(rng.randrange(len(entries))))
        elif what == 2:
            mark_day_off(db, day, "leave")
        elif what == 3:
            off = list(days_off_between(db, first_monday, this_monday))
            if off:
                unmark_day_off(db, rng.choice(off))
        else:
            set_contract(db, rng.choice((24, 32, 36)), week_start(day))
        for monday in rng.sample(mondays, 2):
            assert abs(balance(db, monday, now).hours - recount(db, monday, now)) < 1e-6, (step, what, monday)


def test_a_year_is_counted_once_while_only_entries_change(db, monkeypatch):
    now = now_local(zone_of(db))
    this_monday = week_start(now.date())
    start = datetime.combine(this_monday - timedelta(weeks=104), datetime.min.time()).replace(hour=9)
    add_entry(db, start, start + timedelta(hours=2), "visit")
    balance(db, this_monday - timedelta(weeks=1), now)
    counted = []
    real = balance_module.expected_minutes
    monkeypatch.setattr(balance_module, "expected_minutes", lambda *a: counted.append(a[2]) or real(*a))
    later = start + timedelta(weeks=50)
    add_entry(db, later, later + timedelta(hours=1), "visit")
    again = balance(db, this_monday - timedelta(weeks=1), now)
    assert counted == []  # every year came from the memo: an entry changes no contract or day off
    assert abs(again.hours - recount(db, this_monday - timedelta(weeks=1), now)) < 1e-6
    mark_day_off(db, (later + timedelta(days=1)).date(), "leave")
    balance(db, this_monday - timedelta(weeks=1), now)
    assert len(counted) == 1  # the year of the day off, counted again; the others not


def _rows(db, entry_ids):
    return [("time_entries", row) for row in (get_row(db, i) for i in entry_ids)]


def get_row(db, entry_id):
    row = db.execute('SELECT start, "end" FROM time_entries WHERE id = ?', [entry_id]).fetchone()
    return {"start": row[0], "end": row[1]} if row else None


def test_a_change_made_here_keeps_the_years_it_did_not_touch(db, monkeypatch):
    rng = random.Random(5)
    now = now_local(zone_of(db))
    this_monday = week_start(now.date())
    first = this_monday - timedelta(weeks=160)
    entries = []
    for week in range(0, 160, 2):
        start = datetime.combine(first + timedelta(weeks=week), datetime.min.time()).replace(hour=8)
        entries.append(add_entry(db, start, start + timedelta(hours=3), "visit"))
    shown = this_monday - timedelta(weeks=2)
    balance(db, shown, now)
    for step in range(60):
        mark = db.change_mark()
        if rng.randrange(2) or len(entries) < 5:
            day = first + timedelta(days=step * 7 * 158 // 60 + rng.randrange(7))  # no two on one day
            start = datetime.combine(day, datetime.min.time()).replace(hour=rng.choice((13, 23)))
            new = add_entry(db, start, start + timedelta(minutes=rng.randrange(30, 180)), "report")
            entries.append(new)
            touched = _rows(db, [new])
        else:
            gone = entries.pop(rng.randrange(len(entries)))
            touched = _rows(db, [gone])
            delete_entry(db, gone)
        balance_module.keep_counted_years(db, mark, touched)
        counted = []
        real = balance_module.worked_minutes
        monkeypatch.setattr(balance_module, "worked_minutes", lambda *a: counted.append(a[1].year) or real(*a))
        got = balance(db, shown, now).hours
        monkeypatch.setattr(balance_module, "worked_minutes", real)
        years = {int(row["start"][:4]) for _, row in touched} | {int(row["end"][:4]) for _, row in touched}
        assert set(counted) <= years | {now.year}, step  # only the touched years (and this one) counted again
        assert abs(got - recount(db, shown, now)) < 1e-6, step


def test_a_setting_or_another_connection_keeps_no_year(db, db_path):
    now = now_local(zone_of(db))
    monday = week_start(now.date()) - timedelta(weeks=1)
    start = datetime.combine(monday - timedelta(weeks=100), datetime.min.time()).replace(hour=9)
    add_entry(db, start, start + timedelta(hours=2), "visit")
    balance(db, monday, now)
    mark = db.change_mark()
    from workload_desk.core.database import open_database

    other = open_database(db_path)
    later = start + timedelta(weeks=2)
    add_entry(other, later, later + timedelta(hours=5), "visit")  # the command line, say
    other.close()
    balance_module.keep_counted_years(db, mark, [])  # nothing changed here, but the file did
    assert abs(balance(db, monday, now).hours - recount(db, monday, now)) < 1e-6
    mark = db.change_mark()
    from workload_desk.core.settings import set_setting

    set_setting(db, "language", "en")
    balance_module.keep_counted_years(db, mark, [("settings", {"key": "language", "value": "en"})])
    assert all(held != db.change_mark() for held, _ in balance_module._WORKED[db].values())
