"""May I take a new case? The answer in figures, and when the caseload comes down by itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .caseload import Caseload, caseload_on
from .caseload_norm import Norm, get_schedule, norm_on, step_dates, target_on
from .dates import add_months, week_start
from .i18n import format_hours, translate
from .week import weekly_hours

if TYPE_CHECKING:
    from sqlite_utils import Database

HOURS_WEEKS = 4
HOURS_WEEKS_OVER = 3
HORIZON_YEARS = 5


@dataclass(frozen=True)
class Answer:
    """The answer to "may I take a new case on this date?", with the figures behind it."""

    day: date
    caseload: Caseload
    norm: Norm
    target: float
    weeks_over_contract: int
    may_accept: bool
    reason: str

    def to_json(self) -> dict:
        """The object ``workload-desk say-no --json`` prints."""
        return {
            "date": self.day.isoformat(),
            "caseload_measures": self.caseload.measures,
            "caseload_families": self.caseload.families,
            "caseload_children": self.caseload.children,
            "contract_hours": round(self.norm.contract_hours, 2),
            "fte": round(self.norm.fte, 2),
            "norm_measures": round(self.norm.measures, 2),
            "schedule_target": round(self.target, 2),
            "may_accept": self.may_accept,
            "reason": self.reason,
        }


def _n(value: float) -> str:
    """A caseload figure: whole numbers plain, others with one decimal."""
    return format_hours(value)


def weeks_over_contract(db: Database, day: date) -> int:
    """In how many of the 4 full weeks before ``day``'s week the hours passed the contract."""
    last = week_start(day) - timedelta(days=7)
    return sum(w.worked_hours > w.expected_hours for w in weekly_hours(db, last, HOURS_WEEKS))


def may_accept(db: Database, day: date) -> Answer:
    """Yes when the caseload plus one is within the target; no when it is not, or when the hours ran
    past the contract in 3 of the last 4 weeks."""
    load = caseload_on(db, day)
    norm = norm_on(db, day)
    target = target_on(db, day, norm=norm)
    weeks = weeks_over_contract(db, day)
    fits = load.measures + 1 <= target + 1e-9
    hours_ok = weeks < HOURS_WEEKS_OVER
    figures = {
        "caseload": load.measures,
        "after": load.measures + 1,
        "target": _n(target),
        "norm": _n(norm.measures),
        "contract": _n(norm.contract_hours),
        "weeks": weeks,
    }
    if fits and hours_ok:
        reason = translate(
            "SayNo", "Yes: with one more case your caseload becomes {after}, within today's target of {target}."
        )
    elif not fits and hours_ok:
        reason = translate(
            "SayNo",
            "No: your caseload is {caseload}; one more makes {after}, above today's target of {target} "
            "(the norm is {norm} for {contract} hours).",
        )
    elif fits:
        reason = translate(
            "SayNo",
            "No: your caseload would fit, but you worked past your contract in {weeks} of the last 4 weeks.",
        )
    else:
        reason = translate(
            "SayNo",
            "No: your caseload is {caseload} against today's target of {target}, and you worked past your "
            "contract in {weeks} of the last 4 weeks.",
        )
    return Answer(day, load, norm, target, weeks, fits and hours_ok, reason.format(**figures))


@dataclass(frozen=True)
class Projection:
    """When the caseload reaches the target and the norm if no new case comes in (None: not within 5 years)."""

    reaches_target: date | None
    reaches_norm: date | None
    without_end: int  # running measures with no planned end (guardianship, often): they do not come down


def _planned_ends(db: Database, day: date) -> tuple[list[date], int]:
    rows = db.execute(
        "SELECT planned_end FROM measures WHERE start <= :d AND (actual_end IS NULL OR actual_end > :d)",
        {"d": day.isoformat()},
    ).fetchall()
    ends = sorted(date.fromisoformat(r[0]) for r in rows if r[0] and r[0] > day.isoformat())
    return ends, sum(1 for r in rows if not r[0] or r[0] <= day.isoformat())


def projected_load(start_load: int, ends: list[date], day: date) -> int:
    """The caseload on ``day`` if only the planned ends happen."""
    return start_load - sum(1 for e in ends if e <= day)


def projection(db: Database, day: date) -> Projection:
    """Walk the planned ends and the schedule's steps until the caseload meets the target and the norm."""
    load = caseload_on(db, day).measures
    ends, without_end = _planned_ends(db, day)
    horizon = add_months(day, 12 * HORIZON_YEARS)
    schedule = get_schedule(db)
    moments = sorted({day, *ends, *(d for d in (step_dates(schedule, horizon) if schedule else []) if d > day)})
    reaches_target = reaches_norm = None
    for moment in moments:
        now_load = projected_load(load, ends, moment)
        if reaches_target is None and now_load <= target_on(db, moment, schedule):
            reaches_target = moment
        if reaches_norm is None and now_load <= norm_on(db, moment).measures:
            reaches_norm = moment
    return Projection(reaches_target, reaches_norm, without_end)


def caseload_weeks(db: Database, first: date, last: date) -> list[tuple[date, int, float, float]]:
    """Weekly points (date, caseload counted, target, norm) from ``last`` back a week at a time, none before
    ``first``: a statement's chart ends on the day its text names."""
    schedule = get_schedule(db)
    days = [last - timedelta(weeks=k) for k in range((last - first).days // 7, -1, -1)]
    return [(d, caseload_on(db, d).measures, target_on(db, d, schedule), norm_on(db, d).measures) for d in days]


def caseload_series(db: Database, today: date, months_back: int = 12, months_ahead: int = 12):
    """Weekly points for the chart: (date, caseload counted or projected, target, norm)."""
    start, end = add_months(today, -months_back), add_months(today, months_ahead)
    schedule = get_schedule(db)
    load_today = caseload_on(db, today).measures
    ends, _ = _planned_ends(db, today)
    points, day = [], start
    while day <= end:
        load = caseload_on(db, day).measures if day <= today else projected_load(load_today, ends, day)
        norm = norm_on(db, day).measures
        points.append((day, load, target_on(db, day, schedule), norm))
        day += timedelta(days=7)
    return points
