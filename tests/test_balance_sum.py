"""The running balance as summed (SQLite's sums by year, expected hours per period and weekday) equals a
plain recount, day by day and entry by entry, on random records: entries across midnight and over the
clock changes, days off, contract changes with their own weekday patterns, a set start date, now within
or after the week asked about."""

import random
from datetime import date, datetime, time, timedelta

import pytest

from workload_desk.core.balance import balance, balance_start, set_balance_start
from workload_desk.core.clock import midnight, zone_of
from workload_desk.core.contracts import contract_periods, period_in_force, set_contract
from workload_desk.core.dates import stamp
from workload_desk.core.days_off import days_off_between, mark_day_off
from workload_desk.core.expected_hours import _expected_day_by_day, expected_minutes
from workload_desk.core.time_log import entries_between, insert_entries

FIRST = date(2023, 1, 2)
KINDS = ["visit", "court", "report", "admin"]


def _random_record(db, rng: random.Random) -> None:
    """Some 150 to 400 worked days: a few entries a day, now and then a late one over midnight."""
    rows, day = [], FIRST + timedelta(days=rng.randint(0, 6))

    def row(start: datetime, end: datetime, kind: str) -> tuple:
        return (stamp(start), stamp(end), kind, None, "")

    for _ in range(rng.randint(150, 400)):
        moment = datetime.combine(day, time(rng.choice([7, 8, 9]), rng.choice([0, 15, 30])))
        while moment.hour < 18:
            end = moment + timedelta(minutes=rng.randint(1, 240))
            rows.append(row(moment, end, rng.choice(KINDS)))
            moment = end + timedelta(minutes=rng.randint(0, 90))
        if rng.random() < 0.15:  # a late one, over midnight (ending before 2:00: never in a clock change)
            start = datetime.combine(day, time(21, rng.choice([0, 30])))
            rows.append(row(start, start + timedelta(minutes=rng.randint(120, 260)), "court"))
        day += timedelta(days=rng.choice([1, 1, 1, 2, 3]))
    insert_entries(db, rows)
    for _ in range(rng.randint(0, 3)):
        hours = rng.choice([24, 32, 36, 38, 40])
        pattern = None if rng.random() < 0.5 else tuple(rng.choice([0, 4, 6.5, 8, 9.5]) for _ in range(7))
        set_contract(
            db, hours if pattern is None else sum(pattern), FIRST + timedelta(days=rng.randint(0, 500)), pattern
        )
    for _ in range(rng.randint(0, 40)):
        day_off = FIRST + timedelta(days=rng.randint(0, 500))
        if not days_off_between(db, day_off, day_off):
            mark_day_off(db, day_off, rng.choice(["leave", "holiday", "sick"]))
    if rng.random() < 0.3:
        set_balance_start(db, FIRST + timedelta(days=rng.randint(0, 300)))


def _recounted(db, monday: date, now: datetime) -> float:
    """The balance in hours, counted the slow plain way."""
    since, tz = balance_start(db), zone_of(db)
    end = monday + timedelta(days=7)
    if since is None or since >= end:
        return 0.0
    lo, hi = midnight(since, tz), midnight(end, tz)
    now_utc = now - timedelta(minutes=tz.utcoffset(now).total_seconds() // 60)
    today = now.date()

    def worked(a: datetime, b: datetime) -> int:
        total = 0
        for e in entries_between(db, since - timedelta(days=1), end):
            start, stop = max(e.start_utc, a), min(e.end_utc(now_utc), b, now_utc)
            total += max(0, int((stop - start).total_seconds() // 60))
        return total

    periods, off = contract_periods(db), set(days_off_between(db, since, end))
    expected, day = 0.0, since
    while day < min(end, today):
        if day not in off:
            expected += period_in_force(periods, day).hours_on(day) * 60
        day += timedelta(days=1)
    if since <= today < end:
        owed = 0.0 if today in off else period_in_force(periods, today).hours_on(today) * 60
        expected += min(owed, worked(midnight(today, tz), midnight(today + timedelta(days=1), tz)))
    return (worked(lo, hi) - expected) / 60


@pytest.mark.parametrize("one_command", [False, True], ids=["by-year", "one-pass"])
@pytest.mark.parametrize("seed", range(12))
def test_the_balance_equals_a_plain_recount_on_random_records(db, seed, one_command):
    """Both ways of summing: by year, remembered (the window), and in one pass (a command of the command line)."""
    rng = random.Random(seed)
    _random_record(db, rng)
    db.one_command = one_command
    last = db.execute('SELECT max("end") FROM time_entries').fetchone()[0]
    for _ in range(4):
        day = FIRST + timedelta(days=rng.randint(-14, 600))
        monday = day - timedelta(days=day.weekday())
        now = datetime.combine(
            monday + timedelta(days=rng.randint(0, 20)), time(rng.randint(0, 23), rng.randint(0, 59))
        )
        now = max(now, datetime.fromisoformat(last) + timedelta(minutes=1))  # no entry ends in the future
        assert balance(db, monday, now).hours == pytest.approx(_recounted(db, monday, now), abs=1e-6)


def test_the_expected_hours_per_period_and_weekday_equal_the_day_by_day_count(db):
    rng = random.Random(5)
    _random_record(db, rng)
    periods, off = contract_periods(db), set(days_off_between(db, FIRST, FIRST + timedelta(days=700)))
    for _ in range(200):
        first = FIRST + timedelta(days=rng.randint(-30, 600))
        until = first + timedelta(days=rng.randint(0, 400))
        assert expected_minutes(periods, off, first, until) == pytest.approx(
            _expected_day_by_day(periods, off, first, until), abs=1e-6
        )
    assert expected_minutes([], off, FIRST, FIRST + timedelta(days=30)) == _expected_day_by_day(
        [], off, FIRST, FIRST + timedelta(days=30)
    )
