"""The personal norm and the agreed reduction schedule: the target caseload on any date.

The norm is 12 measures per full-time (36-hour) job, pro rata to the contract
(Significant Public 2022; the 2023 agreement), shown beside it as 8 to 9
families. The 2023 agreement lowers each worker's caseload from a baseline: 1.5
fewer by 1 September 2023, 2.5 fewer by 1 January 2024, then one fewer every four
months; the target never goes below the norm.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .caseload import caseload_on
from .contracts import FULL_TIME_HOURS, contract_periods, hours_in_force
from .dates import add_months
from .errors import UserError, shown
from .i18n import translate
from .settings import get_setting, set_setting

if TYPE_CHECKING:
    from sqlite_utils import Database

NORM_MEASURES_FTE = 12.0
NORM_FAMILIES_FTE = (8.0, 9.0)
AKKOORD_BASELINE_DAY = date(2023, 5, 1)
AKKOORD_FIRST_STEPS = ((date(2023, 9, 1), 1.5), (date(2024, 1, 1), 2.5))
PRESETS = ("akkoord-2023", "every-4-months")


@dataclass(frozen=True)
class Norm:
    """The norm for a contract, in measures and families."""

    contract_hours: float
    measures_fte: float
    families_fte: tuple[float, float]

    @property
    def fte(self) -> float:
        """The contract as a share of a full-time week."""
        return self.contract_hours / FULL_TIME_HOURS

    @property
    def measures(self) -> float:
        """Measures this worker may responsibly carry."""
        return self.measures_fte * self.fte

    @property
    def families(self) -> tuple[float, float]:
        """Families this worker may responsibly carry, as a range."""
        return (self.families_fte[0] * self.fte, self.families_fte[1] * self.fte)


@dataclass(frozen=True)
class Schedule:
    """A reduction schedule: its preset, the day it starts from, and a baseline entered by hand (or None)."""

    preset: str
    start: date
    baseline: float | None = None


def norm_on(db: Database, day: date) -> Norm:
    """The norm on ``day``, for the contract in force then and the norms in the settings."""
    measures = float(get_setting(db, "norm_measures_fte", str(NORM_MEASURES_FTE)))
    low = float(get_setting(db, "norm_families_low_fte", str(NORM_FAMILIES_FTE[0])))
    high = float(get_setting(db, "norm_families_high_fte", str(NORM_FAMILIES_FTE[1])))
    return Norm(hours_in_force(contract_periods(db), day), measures, (low, high))


def set_norms(db: Database, measures_fte: float, families_low: float, families_high: float) -> None:
    """Change the norms per full-time job (measures, and the families range)."""
    if not 1 <= measures_fte <= 40 or not 1 <= families_low <= families_high <= 40:
        raise UserError(
            translate("Validation", "A norm lies between 1 and 40 per full-time job, the lower bound first."), "norm"
        )
    with db.atomic():
        set_setting(db, "norm_measures_fte", str(measures_fte))
        set_setting(db, "norm_families_low_fte", str(families_low))
        set_setting(db, "norm_families_high_fte", str(families_high))


def get_schedule(db: Database) -> Schedule | None:
    """The schedule the worker picked, or None."""
    raw = get_setting(db, "schedule")
    if not raw:
        return None
    data = json.loads(raw)
    return Schedule(data["preset"], date.fromisoformat(data["start"]), data.get("baseline"))


def set_schedule(db: Database, preset: str | None, start: date | None = None, baseline: float | None = None) -> None:
    """Pick a schedule: ``akkoord-2023``, ``every-4-months`` from ``start``, or None for no schedule."""
    if preset is None:
        with db.atomic():
            db.execute("DELETE FROM settings WHERE key = 'schedule'")
        return
    if preset not in PRESETS:
        raise UserError(
            translate("Validation", "“{preset}” is not a schedule; choose one of: {presets}.").format(
                preset=shown(preset), presets=", ".join(PRESETS)
            ),
            "preset",
        )
    if preset == "akkoord-2023":
        start = AKKOORD_BASELINE_DAY
    elif start is None:
        raise UserError(translate("Validation", "This schedule needs the date it starts from."), "from")
    if baseline is not None and not 0 <= baseline <= 200:
        raise UserError(translate("Validation", "A baseline is a caseload from 0 to 200 measures."), "baseline")
    value = {"preset": preset, "start": start.isoformat(), "baseline": baseline}
    set_setting(db, "schedule", json.dumps(value))


def baseline_of(db: Database, schedule: Schedule) -> float:
    """The schedule's baseline: as entered, or the caseload counted on its start date."""
    if schedule.baseline is not None:
        return schedule.baseline
    return float(caseload_on(db, schedule.start).measures)


def reduction_on(schedule: Schedule, day: date) -> float:
    """How many measures fewer than the baseline the schedule asks on ``day``."""
    if day < schedule.start:
        return 0.0
    if schedule.preset == "every-4-months":
        return float(_steps_of_four_months(schedule.start, day))
    if day < AKKOORD_FIRST_STEPS[0][0]:
        return 0.0
    if day < AKKOORD_FIRST_STEPS[1][0]:
        return AKKOORD_FIRST_STEPS[0][1]
    return AKKOORD_FIRST_STEPS[1][1] + _steps_of_four_months(AKKOORD_FIRST_STEPS[1][0], day)


def _steps_of_four_months(first: date, day: date) -> int:
    """Whole four-month periods from ``first`` up to ``day``."""
    steps = 0
    while add_months(first, 4 * (steps + 1)) <= day:
        steps += 1
    return steps


def step_dates(schedule: Schedule, until: date) -> list[date]:
    """The dates on which the schedule's target steps down, up to ``until``."""
    if schedule.preset == "every-4-months":
        first, steps = schedule.start, []
    else:
        first, steps = AKKOORD_FIRST_STEPS[1][0], [d for d, _ in AKKOORD_FIRST_STEPS]
    k = 1
    while add_months(first, 4 * k) <= until:
        steps.append(add_months(first, 4 * k))
        k += 1
    return [d for d in steps if d <= until]


def target_on(db: Database, day: date, schedule: Schedule | None = None, norm: Norm | None = None) -> float:
    """Today's target: the schedule's step, never below the norm; with no schedule, the norm."""
    schedule = schedule if schedule is not None else get_schedule(db)
    norm = norm or norm_on(db, day)
    if schedule is None:
        return norm.measures
    return max(norm.measures, baseline_of(db, schedule) - reduction_on(schedule, day))
