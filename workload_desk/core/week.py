"""One ISO week against the contract, the CAO and the Working Hours Act (Arbeidstijdenwet).

Everything is counted in whole minutes, so each rule holds exactly at its
threshold and fires one minute past it. An entry across midnight counts to each
day by its own hours; the running timer counts up to now.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from .contracts import FULL_TIME_HOURS, contract_periods, hours_in_force
from .dates import clip_minutes, iso_week_name, minute, split_by_day, week_start
from .days_off import days_off_between
from .i18n import format_date, format_hours, translate
from .time_log import entries_between, minutes_by, worked_minutes

if TYPE_CHECKING:
    from sqlite_utils import Database

SHIFT_MAX = 12 * 60
WEEK_MAX = 60 * 60
AVG_4W_MAX = 55 * 60
AVG_16W_MAX = 48 * 60
REST_MIN = 11 * 60
WORK_BEFORE_BREAK = 5 * 60 + 30
BREAK_MIN = 30
UNCOMPENSATED = 30  # less than half an hour above the contract is not compensated


@dataclass(frozen=True)
class Warning:
    """A rule passed this week: ``legal`` for the Arbeidstijdenwet, which weighs more than the contract."""

    code: str
    message: str
    legal: bool


@dataclass(frozen=True)
class WeekReport:
    """The figures of one ISO week, in hours."""

    monday: date
    contract_hours: float
    expected_hours: float
    days_off: int
    worked_hours: float
    by_day: dict[date, float]
    by_task: dict[str, float]
    extra_hours: float
    overtime_hours: float
    compensable: float
    balance_hours: float | None
    warnings: tuple[Warning, ...] = field(default=())

    @property
    def week(self) -> str:
        """The ISO week, as ``2026-W47``."""
        return iso_week_name(self.monday)

    @property
    def over_contract(self) -> bool:
        """Whether the week's hours passed the contract."""
        return any(w.code == "over_contract" for w in self.warnings)

    def to_json(self) -> dict:
        """The object ``workload-desk week --json`` prints."""
        return {
            "week": self.week,
            "contract_hours": round(self.contract_hours, 2),
            "worked_hours": round(self.worked_hours, 2),
            "extra_hours": round(self.extra_hours, 2),
            "overtime_hours": round(self.overtime_hours, 2),
            "compensable": round(self.compensable, 2),
            "balance_hours": round(self.balance_hours, 2),
            "by_task": {k: round(v, 2) for k, v in self.by_task.items()},
            "by_day": {d.isoformat(): round(v, 2) for d, v in self.by_day.items()},
            "warnings": [{"code": w.code, "message": w.message} for w in self.warnings],
        }


def _expected(contract: float, days_off: int) -> float:
    """The week's expected minutes: the contract, less a fifth of it for each day off."""
    return contract * 60 * (5 - days_off) / 5


def above_contract(worked: float, contract: float, days_off: int) -> tuple[float, float, float, float]:
    """Minutes expected, extra (meeruren), overtime and compensable for ``worked`` minutes in one week.

    Under 36 contract hours, the minutes above the contract up to 36 are extra hours and those
    above 36 overtime; at 36 or more everything above the contract is overtime (CAO Jeugdzorg
    6.4.5, 8.6). Less than half an hour above the contract is not compensable. Days off lower
    both the contract and the 36-hour line by a fifth each.
    """
    expected = _expected(contract, days_off)
    full = _expected(max(contract, FULL_TIME_HOURS), days_off)
    above = max(0.0, worked - expected)
    if contract < FULL_TIME_HOURS:
        extra = min(above, max(0.0, full - expected))
        overtime = max(0.0, worked - full)
    else:
        extra, overtime = 0.0, above
    return expected, extra, overtime, (above if above >= UNCOMPENSATED else 0.0)


def week_report(db: Database, day: date, now: datetime | None = None, balance: bool = True) -> WeekReport:
    """The report of the ISO week holding ``day``; a running timer counts until ``now``.

    The running balance sums every week since the first contract; ``balance=False`` skips it
    (``balance_hours`` is then None) for callers that show it once for a whole period.
    """
    now = minute(now or datetime.now())
    monday = week_start(day)
    first = datetime.combine(monday, datetime.min.time())
    until = first + timedelta(days=7)
    spans = [
        (e.start, e.end or max(now, e.start), e.task_kind)
        for e in entries_between(db, monday - timedelta(days=1), monday + timedelta(days=7))
    ]

    by_day: dict[date, int] = {monday + timedelta(days=i): 0 for i in range(7)}
    by_task: dict[str, int] = defaultdict(int)
    for start, end, kind in spans:
        for d, minutes in split_by_day(start, end):
            if d in by_day:
                by_day[d] += minutes
        by_task[kind] += clip_minutes(start, end, first, until)
    worked = sum(by_day.values())

    periods = contract_periods(db)
    contract = hours_in_force(periods, monday)
    off = _days_off_per_week(db, monday, monday).get(monday, 0)
    expected, extra, overtime, compensable = above_contract(worked, contract, off)

    warnings = _contract_warnings(worked, expected)
    warnings += _legal_warnings(db, spans, by_day, monday, now)
    return WeekReport(
        monday=monday,
        contract_hours=contract,
        expected_hours=expected / 60,
        days_off=off,
        worked_hours=worked / 60,
        by_day={d: m / 60 for d, m in by_day.items()},
        by_task={k: m / 60 for k, m in sorted(by_task.items()) if m},
        extra_hours=extra / 60,
        overtime_hours=overtime / 60,
        compensable=compensable / 60,
        balance_hours=_balance(db, periods, monday, now) / 60 if balance else None,
        warnings=tuple(warnings),
    )


def _contract_warnings(worked: int, expected: float) -> list[Warning]:
    found = []
    if worked > expected:
        found.append(
            Warning(
                "over_contract",
                translate(
                    "Week", "This week you worked {worked} hours: {above} above your contract of {expected}."
                ).format(
                    worked=format_hours(worked / 60),
                    above=format_hours((worked - expected) / 60),
                    expected=format_hours(expected / 60),
                ),
                False,
            )
        )
    if worked * 9 > expected * 10:
        found.append(
            Warning(
                "consent_needed",
                translate(
                    "Week",
                    "More than a ninth above your contract (over {limit} hours): the CAO says this needs your consent.",
                ).format(limit=format_hours(expected * 10 / 9 / 60)),
                False,
            )
        )
    return found


def _weeks_back(db: Database, monday: date, weeks: int, now: datetime) -> int:
    """Minutes worked in the ``weeks`` weeks ending with the week of ``monday``."""
    first = datetime.combine(monday - timedelta(weeks=weeks - 1), datetime.min.time())
    return worked_minutes(db, first, datetime.combine(monday + timedelta(days=7), datetime.min.time()), now)


def _legal_warnings(db, spans, by_day: dict[date, int], monday: date, now: datetime) -> list[Warning]:
    found = []
    for d, minutes in by_day.items():
        if minutes > SHIFT_MAX:
            found.append(
                Warning(
                    "atw_shift_12h",
                    translate("Week", "On {day} you worked {hours} hours: more than the legal 12 in one shift.").format(
                        day=format_date(d), hours=format_hours(minutes / 60)
                    ),
                    True,
                )
            )
    worked = sum(by_day.values())
    if worked > WEEK_MAX:
        found.append(
            Warning(
                "atw_week_60h",
                translate("Week", "{hours} hours this week: more than the legal 60 in one week.").format(
                    hours=format_hours(worked / 60)
                ),
                True,
            )
        )
    four = _weeks_back(db, monday, 4, now)
    if four > AVG_4W_MAX * 4:
        found.append(
            Warning(
                "atw_avg_4w_55h",
                translate(
                    "Week", "On average {hours} hours a week over the last 4 weeks: more than the legal 55."
                ).format(hours=format_hours(four / 4 / 60)),
                True,
            )
        )
    sixteen = _weeks_back(db, monday, 16, now)
    if sixteen > AVG_16W_MAX * 16:
        found.append(
            Warning(
                "atw_avg_16w_48h",
                translate(
                    "Week", "On average {hours} hours a week over the last 16 weeks: more than the legal 48."
                ).format(hours=format_hours(sixteen / 16 / 60)),
                True,
            )
        )
    found += _rest_and_break(spans, monday)
    return found


def _periods(spans) -> list[tuple[datetime, datetime]]:
    """Spans of work merged where one ends as the next begins: a night through counts as one period."""
    merged: list[list[datetime]] = []
    for start, end, _ in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _rest_and_break(spans, monday: date) -> list[Warning]:
    """Daily rest of 11 hours before each working day, and a 30-minute break after 5.5 hours of work."""
    periods = _periods(spans)
    found = []
    for d in (monday + timedelta(days=i) for i in range(7)):
        today = [p for p in periods if p[0].date() == d]
        if not today:
            continue
        earlier = [p for p in periods if p[0].date() < d]
        if earlier:
            rest = int((today[0][0] - earlier[-1][1]).total_seconds() // 60)
            if rest < REST_MIN:
                found.append(
                    Warning(
                        "atw_daily_rest_11h",
                        translate("Week", "Only {hours} hours of rest before {day}: the law asks at least 11.").format(
                            hours=format_hours(rest / 60), day=format_date(d)
                        ),
                        True,
                    )
                )
        stretch, last_end = 0, None
        for start, end in today:
            if last_end is not None and (start - last_end) >= timedelta(minutes=BREAK_MIN):
                stretch = 0
            stretch += int((end - start).total_seconds() // 60)
            last_end = end
            if stretch > WORK_BEFORE_BREAK:
                found.append(
                    Warning(
                        "atw_break",
                        translate(
                            "Week", "On {day} you worked more than 5.5 hours without a break of 30 minutes."
                        ).format(day=format_date(d)),
                        True,
                    )
                )
                break
    return found


def _days_off_per_week(db: Database, first_monday: date, last_monday: date) -> dict[date, int]:
    """How many working days are marked off in each week from ``first_monday`` to ``last_monday``."""
    per_week: dict[date, int] = defaultdict(int)
    for d in days_off_between(db, first_monday, last_monday + timedelta(days=4)):
        if d.weekday() < 5:
            per_week[week_start(d)] += 1
    return per_week


def _balance(db: Database, periods, monday: date, now: datetime) -> float:
    """Minutes above (or below) the contract from the first contract period up to the end of this week."""
    if not periods:
        return 0.0
    first_monday = week_start(periods[0].valid_from)
    if first_monday > monday:
        return 0.0
    end = datetime.combine(monday + timedelta(days=7), datetime.min.time())
    worked = _worked_since(db, datetime.combine(first_monday, datetime.min.time()), end, now)
    off_per_week = _days_off_per_week(db, first_monday, monday)
    expected, week = 0.0, first_monday
    while week <= monday:
        expected += _expected(hours_in_force(periods, week), off_per_week.get(week, 0))
        week += timedelta(days=7)
    return worked - expected


def _worked_since(db: Database, first: datetime, end: datetime, now: datetime) -> int:
    """Minutes worked from ``first`` to ``end``, by calendar year.

    A year that is over does not change until the data does, so its sum is remembered
    (:meth:`WorkloadDatabase.remembered`): going from week to week does not add up ten years again.
    """
    total, start = 0, first
    while start < end:
        stop = min(end, datetime(start.year + 1, 1, 1))
        if stop <= now:
            total += db.remembered(("worked", start, stop), partial(worked_minutes, db, start, stop, now))
        else:
            total += worked_minutes(db, start, stop, now)
        start = stop
    return total


@dataclass(frozen=True)
class WeekHours:
    """Hours per task kind in one week, against the contract in force and the days off."""

    monday: date
    by_task: dict[str, float]
    contract_hours: float
    days_off: int

    @property
    def worked_hours(self) -> float:
        """All hours worked that week."""
        return sum(self.by_task.values())

    @property
    def expected_hours(self) -> float:
        """The contract less a fifth for each day off."""
        return _expected(self.contract_hours, self.days_off) / 60

    @property
    def extra_and_overtime(self) -> tuple[float, float]:
        """Extra hours and overtime, as the week's report counts them."""
        _, extra, overtime, _ = above_contract(self.worked_hours * 60, self.contract_hours, self.days_off)
        return extra / 60, overtime / 60


def weekly_hours(db: Database, last_monday: date, count: int, now: datetime | None = None) -> list[WeekHours]:
    """Hours per task kind for ``count`` weeks ending with the week of ``last_monday``: what the chart shows."""
    first_monday = last_monday - timedelta(weeks=count - 1)
    minutes = minutes_by(db, first_monday, last_monday + timedelta(days=7), "week", now)
    by_week: dict[date, dict[str, int]] = {first_monday + timedelta(weeks=i): {} for i in range(count)}
    for (monday, kind), m in minutes.items():
        if m and monday in by_week:
            by_week[monday][kind] = m
    periods = contract_periods(db)
    off_per_week = _days_off_per_week(db, first_monday, last_monday)
    return [
        WeekHours(
            monday,
            {k: v / 60 for k, v in sorted(kinds.items())},
            hours_in_force(periods, monday),
            off_per_week.get(monday, 0),
        )
        for monday, kinds in by_week.items()
    ]
