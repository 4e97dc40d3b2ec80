"""ISO weeks against the contract, the CAO and the Working Hours Act (Arbeidstijdenwet).

The period is loaded once (entries as real time spans, contract periods, days off), then
diensten, pauses, rests and totals are computed by the pure rules of
:mod:`.working_hours_act` and :mod:`.night_work`. The week view, the banner, the statement
and ``week --json`` all read their findings from here. Everything is counted in whole real
minutes, so each rule holds exactly at its threshold and fires one minute past it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from .balance import balance as running_balance
from .balance import balance_start, counted_from, expected_to_date
from .clock import now_local, utc_of, zone_of
from .contracts import contract_periods, period_in_force
from .dates import iso_week_name, week_start
from .days_off import days_off_between
from .expected_hours import Expectation, above_contract, consent_limit, week_expectation
from .i18n import format_duration, language, translate
from .legal_findings import Warning, per_week, warnings_of
from .night_work import DIENST_MAX as NIGHT_DIENST_MAX
from .night_work import LONG_DIENST_MAX, night_findings, night_week_findings
from .records import Factory, Record
from .time_log import entries_between, minutes_by, minutes_per_day, worked_minutes
from .working_hours_act import (
    Finding,
    daily_rest_findings,
    dienst_findings,
    diensten,
    week_findings,
    weekly_rest_findings,
)

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "Warning",
    "WeekMemo",
    "WeekReport",
    "WeekHours",
    "legal_findings",
    "week_report",
    "week_reports",
    "weekly_hours",
]

HISTORY = timedelta(days=15)  # the look back of a dienst's rules: a shortened rest within 7 x 24 hours, 14 days
NIGHT_HISTORY = timedelta(weeks=16)  # the look back of the night counts (art. 5:8 lid 2 and 8)
LOOK_AHEAD = timedelta(days=15)  # the longest look forward: 14 x 24 hours of weekly rest (art. 5:5 lid 2 b)


class WeekReport(Record):
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
    warnings: tuple[Warning, ...] = ()
    balance_since: date | None = None
    contract_assumed: bool = False
    findings: tuple[Finding, ...] = ()
    #: The expected hours up to now, as the balance counts them: the whole week once it is over,
    #: none for a week to come, and in the current week the days that are over and today as far as worked;
    #: nothing before the day the balance starts (none at all while nothing is logged).
    expected_to_date_hours: float = 0.0
    #: Whole minutes worked (``worked_hours`` is this divided by 60): what the window sums and shows.
    worked_minutes: int = 0
    by_day_minutes: dict[date, int] = Factory(dict)
    by_task_minutes: dict[str, int] = Factory(dict)

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
            "expected_hours": round(self.expected_hours, 2),
            "worked_hours": round(self.worked_hours, 2),
            "extra_hours": round(self.extra_hours, 2),
            "overtime_hours": round(self.overtime_hours, 2),
            "compensable": round(self.compensable, 2),
            "balance_hours": round(self.balance_hours or 0.0, 2),
            "by_task": {k: round(v, 2) for k, v in self.by_task.items()},
            "by_day": {d.isoformat(): round(v, 2) for d, v in self.by_day.items()},
            "warnings": [{"code": w.code, "message": w.message} for w in self.warnings],
        }


def week_report(db: Database, day: date, now: datetime | None = None, balance: bool = True) -> WeekReport:
    """The report of the ISO week holding ``day``; a running timer counts until ``now``.

    ``balance=False`` skips the running balance (``balance_hours`` is then None) for callers
    that show it once for a whole period.
    """
    monday = week_start(day)
    return week_reports(db, monday, monday, now, balance)[0]


class _Period(Record):
    """What the weeks of a period are computed from, loaded once."""

    entries: list
    spans: list[tuple[datetime, datetime]]
    diensten: list
    findings: dict[date, list[Finding]]


def _load(db: Database, first_monday: date, last_monday: date, now_utc: datetime, tz, back: timedelta) -> _Period:
    entries = entries_between(db, first_monday - back, last_monday + timedelta(days=6) + LOOK_AHEAD)
    spans = [(e.start_utc, e.end_utc(now_utc)) for e in entries]
    found = diensten(spans, tz)
    findings = [f for d in found for f in dienst_findings(d, now_utc)]
    findings += daily_rest_findings(found, now_utc, tz)
    findings += weekly_rest_findings(found, now_utc, tz)
    findings += night_findings(found, now_utc, tz)
    return _Period(entries, spans, found, per_week(findings, tz))


def legal_findings(db: Database, first_monday: date, last_monday: date, now: datetime | None = None):
    """The Working Hours Act findings of the weeks from ``first_monday`` to ``last_monday``, by week."""
    return {r.monday: r.findings for r in week_reports(db, first_monday, last_monday, now, balance=False)}


def week_reports(
    db: Database, first_monday: date, last_monday: date, now: datetime | None = None, balance: bool = True
) -> list[WeekReport]:
    """The reports of the weeks from ``first_monday`` to ``last_monday``; the balance only for the last."""
    tz = zone_of(db)
    now = now_local(tz, now)
    now_utc = utc_of(now, tz)
    back = NIGHT_HISTORY if _any_night_work(db, first_monday - NIGHT_HISTORY, last_monday) else HISTORY
    period = _load(db, first_monday, last_monday, now_utc, tz, back)
    if any(d.is_night and NIGHT_DIENST_MAX < d.work <= LONG_DIENST_MAX for d in period.diensten):
        period = _load(db, first_monday, last_monday, now_utc, tz, timedelta(weeks=53))  # art. 5:8 lid 3: 52 weeks

    def minutes_in(first: date, until: date) -> int:
        lo, hi = datetime.combine(first, datetime.min.time()), datetime.combine(until, datetime.min.time())
        return worked_minutes(db, lo, hi, now)

    periods = contract_periods(db)
    since = balance_start(db)
    days_off = set(days_off_between(db, first_monday, last_monday + timedelta(days=6)))
    per_day: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for e in period.entries:
        if e.start.date() >= first_monday - timedelta(days=1):
            for d, minutes in minutes_per_day(e, now_utc, tz):
                per_day[d][e.task_kind] += minutes
    reports = []
    monday = first_monday
    while monday <= last_monday:
        by_day: dict[date, int] = {}
        by_task: dict[str, int] = defaultdict(int)
        for d in (monday + timedelta(days=i) for i in range(7)):
            kinds = per_day.get(d, {})
            by_day[d] = sum(kinds.values())
            for kind, minutes in kinds.items():
                by_task[kind] += minutes
        worked = sum(by_day.values())
        expect = week_expectation(periods, days_off, monday)
        above = above_contract(worked, expect)
        contract = period_in_force(periods, monday + timedelta(days=6)).hours
        findings = period.findings.get(monday, []) + week_findings(minutes_in, monday, tz)
        findings += night_week_findings(period.diensten, period.spans, monday, tz)
        last = balance and monday == last_monday
        owed = running_balance(db, monday, now) if last else None
        reports.append(
            WeekReport(
                monday=monday,
                contract_hours=contract,
                expected_hours=expect.expected / 60,
                days_off=sum(1 for i in range(7) if monday + timedelta(days=i) in days_off),
                worked_hours=worked / 60,
                by_day={d: m / 60 for d, m in by_day.items()},
                by_task={k: m / 60 for k, m in sorted(by_task.items()) if m},
                extra_hours=above.extra / 60,
                overtime_hours=above.overtime / 60,
                compensable=above.compensable / 60,
                balance_hours=owed.hours if owed else None,
                warnings=tuple(_contract_warnings(worked, expect, contract) + warnings_of(findings, tz)),
                balance_since=owed.since if owed else None,
                contract_assumed=not periods,
                findings=tuple(findings),
                expected_to_date_hours=_owed(periods, days_off, counted_from(since, monday), monday, now, by_day),
                worked_minutes=worked,
                by_day_minutes=by_day,
                by_task_minutes={k: m for k, m in sorted(by_task.items()) if m},
            )
        )
        monday += timedelta(days=7)
    return reports


def _owed(periods, days_off, first: date | None, monday: date, now: datetime, by_day: dict[date, int]) -> float:
    """The week's expected hours up to now as the balance counts them: none before the balance starts."""
    if first is None:
        return 0.0
    return expected_to_date(periods, days_off, first, monday + timedelta(days=7), now, by_day.get(now.date(), 0)) / 60


def _any_night_work(db: Database, first: date, last_monday: date) -> bool:
    """Whether any entry from ``first`` to the end of ``last_monday``'s week may hold work between 00:00 and
    06:00: one that starts before 06:00 or runs past midnight (or the running timer). Only then are the
    16 weeks the night rules count loaded; a worker of the day loads two weeks around the period."""
    row = db.execute(
        "SELECT 1 FROM time_entries WHERE start >= ? AND start < ? AND (substr(start, 12, 5) < '06:00' "
        'OR "end" IS NULL OR "end" > date(start, \'+1 day\')) LIMIT 1',
        [(first - timedelta(days=1)).isoformat(), (last_monday + timedelta(days=7)).isoformat()],
    ).fetchone()
    return row is not None


def _contract_warnings(worked: int, expect: Expectation, contract: float) -> list[Warning]:
    found = []
    above = worked - expect.expected
    if above > 0:
        found.append(
            Warning(
                "over_contract",
                translate(
                    "Week", "This week you worked {worked} hours: {above} above the {expected} your contract expects."
                ).format(
                    worked=format_duration(worked),
                    above=format_duration(round(above)),
                    expected=format_duration(round(expect.expected)),
                ),
                False,
            )
        )
    if above > consent_limit(contract):
        found.append(
            Warning(
                "consent_needed",
                translate(
                    "Week",
                    "{above} hours above this week's expected hours, more than a ninth of your contract "
                    "({limit} hours): the CAO says this needs your consent (CAO Jeugdzorg art. 6.4.5).",
                ).format(above=format_duration(round(above)), limit=format_duration(round(consent_limit(contract)))),
                False,
                "CAO 6.4.5",
            )
        )
    return found


class WeekHours(Record):
    """Hours per task kind in one week, against the contract in force and the days off."""

    monday: date
    by_task: dict[str, float]
    contract_hours: float
    expected_hours: float
    full_time_hours: float

    @property
    def worked_hours(self) -> float:
        """All hours worked that week."""
        return sum(self.by_task.values())

    @property
    def extra_and_overtime(self) -> tuple[float, float]:
        """Extra hours and overtime, as the week's report counts them."""
        above = above_contract(self.worked_hours * 60, Expectation(self.expected_hours * 60, self.full_time_hours * 60))
        return above.extra / 60, above.overtime / 60


def weekly_hours(db: Database, last_monday: date, count: int, now: datetime | None = None) -> list[WeekHours]:
    """Hours per task kind for ``count`` weeks ending with the week of ``last_monday``: what the chart shows."""
    first_monday = last_monday - timedelta(weeks=count - 1)
    minutes = minutes_by(db, first_monday, last_monday + timedelta(days=7), "week", now)
    by_week: dict[date, dict[str, int]] = {first_monday + timedelta(weeks=i): {} for i in range(count)}
    for (monday, kind), m in minutes.items():
        if m and monday in by_week:
            by_week[monday][kind] = m
    periods = contract_periods(db)
    days_off = set(days_off_between(db, first_monday, last_monday + timedelta(days=6)))
    weeks = []
    for monday, kinds in by_week.items():
        expect = week_expectation(periods, days_off, monday)
        weeks.append(
            WeekHours(
                monday,
                {k: v / 60 for k, v in sorted(kinds.items())},
                period_in_force(periods, monday + timedelta(days=6)).hours,
                expect.expected / 60,
                expect.full_time / 60,
            )
        )
    return weeks


def week_key(monday: date, now: datetime) -> tuple:
    """What :class:`WeekMemo` keeps the report of ``monday``'s week under (balance included)."""
    return ("week", monday, monday, now, language())


def weeks_key(first_monday: date, last_monday: date, now: datetime) -> tuple:
    """What :class:`WeekMemo` keeps the reports (no balance) of the weeks ``first_monday`` to ``last_monday`` under."""
    return ("weeks", first_monday, last_monday, now, language())


def chart_key(last_monday: date, count: int, now: datetime) -> tuple:
    """What :class:`WeekMemo` keeps :func:`weekly_hours` of ``count`` weeks up to ``last_monday`` under."""
    return ("chart", last_monday, count, now, language())


def compute_key(db: Database, key: tuple):
    """Work out what ``key`` (made by :func:`week_key`, :func:`weeks_key` or :func:`chart_key`) stands for."""
    kind, first, last, now, _ = key
    if kind == "week":
        return week_report(db, first, now)
    if kind == "weeks":
        return week_reports(db, first, last, now, balance=False)
    return weekly_hours(db, first, last, now)


class WeekMemo:
    """Week reports remembered until the data in the file changes.

    A worker pages back and forth, opens the month, comes back to the week: each is worked out
    once. The memo is dropped as soon as :meth:`WorkloadDatabase.change_mark` moves (a row written
    here, an undo, a commit by the command line), and the keys hold the minute counted to and the
    language, so a report is never older than the data, the clock or the words it shows.
    Reports worked out elsewhere (a thread with a connection of its own) are taken in by
    :meth:`keep` only when they were made at the data's present mark.
    """

    #: More than this many kept, and the memo starts again (a worker paging through years).
    LIMIT = 256

    def __init__(self) -> None:
        self._db: object | None = None
        self._mark: object = None
        self._values: dict[tuple, object] = {}

    def mark(self, db: Database) -> object:
        """The data's present mark; the memo is dropped when it moved (or ``db`` is another database)."""
        mark = db.change_mark()
        if db is not self._db or mark != self._mark:
            self._db, self._mark, self._values = db, mark, {}
        return mark

    def get(self, db: Database, key: tuple):
        """The value of ``key``, worked out now unless it is remembered."""
        self.mark(db)
        if key not in self._values:
            if len(self._values) >= self.LIMIT:
                self._values = {}
            self._values[key] = compute_key(db, key)
        return self._values[key]

    def knows(self, db: Database, key: tuple) -> bool:
        """Whether the value of ``key`` is remembered at the data's present mark."""
        self.mark(db)
        return key in self._values

    def keep(self, db: Database, mark: object, key: tuple, value: object) -> bool:
        """Take in ``value`` of ``key`` worked out at ``mark``; refused (False) when the data moved since."""
        if self.mark(db) != mark or len(self._values) >= self.LIMIT:
            return False
        self._values.setdefault(key, value)
        return True
