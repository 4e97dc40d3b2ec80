"""The running balance: hours worked minus hours expected, since the worker began logging.

It starts on the Monday of the first week with a logged entry (DOMAIN.md), or on a date the worker
sets; weeks before that are never counted (they would only show hours "owed" before the worker
began), and with nothing logged there is no balance at all. It runs through the end of the week asked about, and
never past now: the hours worked count up to now; the expected hours count in full for the days
that are over, not at all for the days still to come, and for today only as far as they are
worked (:func:`expected_to_date`).
So Monday morning shows no debt for a week barely begun, an hour above today's hours counts at
once, and an hour short counts when the day is over. With no contract set, 36 hours a week on
Monday to Friday is assumed, and the window says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache
from weakref import WeakKeyDictionary

from .contracts import contract_periods
from .dates import week_start
from .days_off import days_off_between
from .expected_hours import expected_minutes
from .limits import check_day
from .model import ContractPeriod
from .parse import parse_date
from .records import Record
from .settings import get_setting, set_setting
from .time_log import worked_minutes

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from .database import WorkloadDatabase as Database

START_SETTING = "balance_start"


class Balance(Record):
    """The balance in hours, and the day it counts from (None when nothing is logged yet)."""

    hours: float
    since: date | None


def balance_start(db: Database) -> date | None:
    """The first day the balance counts: the worker's date, else the Monday of the first logged week.

    None while nothing is logged: no balance, and no hours owed anywhere.
    """
    row = db.execute("SELECT min(start) FROM time_entries").fetchone()
    if not row or not row[0]:
        return None
    if text := get_setting(db, START_SETTING):
        return date.fromisoformat(text)
    return week_start(datetime.fromisoformat(row[0]).date())


def counted_from(since: date | None, monday: date) -> date | None:
    """The first day of the week of ``monday`` the balance counts (None: it counts none of that week)."""
    if since is None or since >= monday + timedelta(days=7):
        return None
    return max(since, monday)


def set_balance_start(db: Database, day: date | str | None) -> date | None:
    """Let the balance count from ``day`` (a date or its text); None goes back to the first logged week."""
    if day is None or day == "":
        with db.atomic():
            db.execute("DELETE FROM settings WHERE key = ?", [START_SETTING])
        return None
    value = day if isinstance(day, date) else parse_date(day, "date")
    check_day(value, "date")
    set_setting(db, START_SETTING, value.isoformat())
    return value


def balance(db: Database, monday: date, now: datetime) -> Balance:
    """The balance through the week of ``monday`` (up to ``now`` when that week is the current one)."""
    since = balance_start(db)
    end = monday + timedelta(days=7)
    if since is None or since >= end:
        return Balance(0.0, since)
    today = now.date()
    expected = _expected_since(db, since, max(since, min(end, today)))  # the days that are over
    if since <= today < end:
        expected += min(_expected_between(db, today, today + timedelta(days=1)), _worked_on(db, today, now))
    worked = _worked_since(
        db, datetime.combine(since, datetime.min.time()), datetime.combine(end, datetime.min.time()), now
    )
    return Balance((worked - expected) / 60, since)


def expected_to_date(
    periods: list[ContractPeriod], days_off: set[date], first: date, until: date, now: datetime, worked_today: int
) -> float:
    """The minutes expected on the days [first, until) up to ``now``, as the balance counts them.

    A day that is over counts in full, a day to come not at all, and today as far as it is
    worked (``worked_today`` minutes), so an unfinished day is never a debt.
    """
    today = now.date()
    expected = expected_minutes(periods, days_off, first, max(first, min(until, today)))
    if first <= today < until:
        expected += min(expected_minutes(periods, days_off, today, today + timedelta(days=1)), worked_today)
    return expected


def _worked_on(db: Database, day: date, now: datetime) -> int:
    start = datetime.combine(day, datetime.min.time())
    return worked_minutes(db, start, start + timedelta(days=1), now)


def _expected_since(db: Database, first: date, until: date) -> float:
    """Minutes expected on the days [first, until), a calendar year at a time.

    Each year is remembered by what it is counted from (the contract periods and that year's days
    off), not by the data's mark: a time entry added or undone changes neither, so the ten years
    are not counted again day by day after every entry.
    """
    if first >= until:
        return 0.0
    periods = tuple(contract_periods(db))
    days_off = sorted(days_off_between(db, first, until - timedelta(days=1)))
    total, start = 0.0, first
    while start < until:
        stop = min(until, date(start.year + 1, 1, 1))
        in_year = frozenset(d for d in days_off if start <= d < stop)
        total += _expected_of(periods, in_year, start, stop)
        start = stop
    return total


@lru_cache(maxsize=256)
def _expected_of(periods: tuple[ContractPeriod, ...], days_off: frozenset[date], first: date, until: date) -> float:
    return expected_minutes(list(periods), set(days_off), first, until)


def _expected_between(db: Database, first: date, until: date) -> float:
    days_off = set(days_off_between(db, first, until))
    return expected_minutes(contract_periods(db), days_off, first, until)


def _worked_since(db: Database, first: datetime, end: datetime, now: datetime) -> int:
    """Minutes worked from ``first`` to ``end``, by calendar year.

    A year that is over does not change until the data does, so its sum is remembered with the
    data's mark it was counted at: going from week to week does not add up ten years again, and
    after a change made here only the years it touched are (see :func:`keep_counted_years`).
    A database opened for one command (``one_command``) is counted in one pass instead.
    """
    if getattr(db, "one_command", False):  # opened for one command: nothing to remember, one pass
        return worked_minutes(db, first, end, now, onwards=True)
    counted = _WORKED.setdefault(db, {})
    mark = db.change_mark()
    total, start = 0, first
    while start < end:
        stop = min(end, datetime(start.year + 1, 1, 1))
        if stop <= now:
            held = counted.get((start, stop))
            if held is None or held[0] != mark:
                held = counted[(start, stop)] = (mark, worked_minutes(db, start, stop, now))
            total += held[1]
        else:
            total += worked_minutes(db, start, stop, now)
        start = stop
    return total


#: Per database: each year's minutes worked, with the data's mark they were counted at.
_WORKED: WeakKeyDictionary = WeakKeyDictionary()
#: Tables whose rows never change the minutes worked (the time zone, a setting, does).
_NOT_WORKED = frozenset({"cases", "measures", "tasks", "days_off", "declined_requests", "boundaries_kept"})


def keep_counted_years(db: Database, before: object, rows: Iterable[tuple[str, dict | None]]) -> None:
    """A change made through ``db`` since its mark ``before`` wrote only ``rows`` (table, row as it was
    or is now, None when absent): the years no time entry among them touches keep their minutes worked.

    Rows of another table that can change the minutes (a setting: the time zone), or a commit by
    another connection meanwhile, keep nothing: every year is counted again, as after any change.
    """
    counted = _WORKED.get(db)
    mark = db.change_mark()
    if not counted or mark[1] != before[1]:  # the second half moves only for another connection's commit
        return
    years: set[int] = set()
    for table, row in rows:
        if table == "time_entries":
            if row is not None:
                years.update(range(int(row["start"][:4]), int((row["end"] or row["start"])[:4]) + 1))
        elif table not in _NOT_WORKED:
            return
    for (start, stop), (held, minutes) in list(counted.items()):
        if held == before and start.year not in years:
            counted[(start, stop)] = (mark, minutes)
