"""Hours owed under the contract: the work pattern, days off, the CAO's extra hours and overtime, the balance.

A week's expected hours are the pattern's hours of each day under the contract in force that
day, so a contract changed on a Wednesday counts from that Wednesday. A day off on a working
day of the pattern lowers the week by that day's hours and the 36-hour line (CAO Jeugdzorg
art. 6.1) by a fifth of a full-time week, 7.2 hours; on a day the pattern does not work it
lowers nothing.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from .contracts import ASSUMED, FULL_TIME_DAY, FULL_TIME_HOURS, period_in_force
from .model import ContractPeriod
from .records import Record

UNCOMPENSATED = 30  # minutes: less than half an hour above the expected hours is not compensated (CAO 8.6)


class Expectation(Record):
    """What a stretch of days asks, in minutes: the expected work and the 36-hour line."""

    expected: float
    full_time: float


def expected_minutes(periods: list[ContractPeriod], days_off: Collection[date], first: date, until: date) -> float:
    """The minutes the pattern asks on the days [first, until), days off on working days left out.

    Counted per contract period and weekday, not day by day: the running balance asks this for
    every day since the worker began (ten years are 3,650 days), on every ``week --json``.
    """
    if any(a.valid_from > b.valid_from for a, b in zip(periods, periods[1:])):
        return _expected_day_by_day(periods, days_off, first, until)  # not in order: as period_in_force reads them
    total = 0.0
    for i, period in enumerate(periods or [ASSUMED]):
        lo = max(first, period.valid_from) if i else first  # before the first period, the first counts
        hi = min(until, periods[i + 1].valid_from) if i + 1 < len(periods) else until
        if lo >= hi:
            continue
        weeks, rest = divmod((hi - lo).days, 7)
        minutes = [period.hours_on(lo + timedelta(days=k)) * 60 for k in range(7)]
        total += weeks * sum(minutes) + sum(minutes[:rest])
    for day in set(days_off):
        if first <= day < until:
            total -= period_in_force(periods, day).hours_on(day) * 60
    return total


def _expected_day_by_day(periods: list[ContractPeriod], days_off: Collection[date], first: date, until: date) -> float:
    """:func:`expected_minutes` one day at a time (the recount the quick sum is tested against)."""
    total, day = 0.0, first
    while day < until:
        if day not in days_off:
            total += period_in_force(periods, day).hours_on(day) * 60
        day += timedelta(days=1)
    return total


def week_expectation(periods: list[ContractPeriod], days_off: Collection[date], monday: date) -> Expectation:
    """The expected minutes of the week of ``monday``, and its 36-hour line.

    On a day under a contract of 36 hours or more the line is that day's expected hours: everything
    above them is overtime. On a day under a smaller contract the line is a fifth of 36 hours on
    Monday to Friday, less 7.2 hours for a day off on a working day of the pattern.
    """
    expected = line = 0.0
    for day in (monday + timedelta(days=i) for i in range(7)):
        period = period_in_force(periods, day)
        hours = period.hours_on(day)
        off = day in days_off and hours > 0
        owed = 0.0 if off else hours * 60
        expected += owed
        if period.hours >= FULL_TIME_HOURS:
            line += owed
        else:
            line += (FULL_TIME_DAY * 60 if day.weekday() < 5 else 0.0) - (FULL_TIME_DAY * 60 if off else 0.0)
    return Expectation(expected, line)


class AboveContract(Record):
    """Minutes above the expected hours: extra hours (meeruren), overtime and what is compensable."""

    above: float
    extra: float
    overtime: float
    compensable: float


def above_contract(worked: float, week: Expectation) -> AboveContract:
    """Split ``worked`` minutes of one week by the CAO (art. 6.4.5, 8.6).

    Below the 36-hour line, the minutes above the expected hours are extra hours; above the line
    they are overtime. With a contract of 36 hours or more the line is the expected hours, so
    everything above them is overtime. Less than half an hour above is not compensable.
    """
    above = max(0.0, worked - week.expected)
    line = max(week.full_time, week.expected)
    extra = min(above, line - week.expected)
    overtime = max(0.0, worked - line)
    return AboveContract(above, extra, overtime, above if above >= UNCOMPENSATED else 0.0)


def consent_limit(contract_hours: float) -> float:
    """Minutes above the expected hours beyond which the CAO asks the worker's consent: a ninth of the contract."""
    return contract_hours * 60 / 9
