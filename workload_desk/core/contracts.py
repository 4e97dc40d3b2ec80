"""Contract periods: the hours per week the worker is paid for, and since when."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .model import ContractPeriod
from .parse import parse_hours

if TYPE_CHECKING:
    from sqlite_utils import Database

FULL_TIME_HOURS = 36.0  # CAO Jeugdzorg art. 6.1


def set_contract(db: Database, hours: float | str, valid_from: date) -> ContractPeriod:
    """Start a contract period of ``hours`` a week on ``valid_from`` (replacing one on that same date)."""
    value = parse_hours(hours)
    with db.atomic():
        db.execute(
            "INSERT INTO contract_periods(valid_from, hours) VALUES (?, ?) "
            "ON CONFLICT(valid_from) DO UPDATE SET hours = excluded.hours",
            [valid_from.isoformat(), value],
        )
        row = db.execute("SELECT id FROM contract_periods WHERE valid_from = ?", [valid_from.isoformat()]).fetchone()
    return ContractPeriod(row[0], valid_from, value)


def contract_periods(db: Database) -> list[ContractPeriod]:
    """Every contract period, oldest first."""
    return [
        ContractPeriod(r[0], date.fromisoformat(r[1]), r[2])
        for r in db.execute("SELECT id, valid_from, hours FROM contract_periods ORDER BY valid_from")
    ]


def contract_hours_on(db: Database, day: date) -> float | None:
    """The contract hours in force on ``day``; before the first period, the first period's; None if none."""
    row = db.execute(
        "SELECT hours FROM contract_periods ORDER BY valid_from <= ? DESC, "
        "CASE WHEN valid_from <= ? THEN valid_from END DESC, valid_from ASC LIMIT 1",
        [day.isoformat(), day.isoformat()],
    ).fetchone()
    return row[0] if row else None


def hours_in_force(periods: list[ContractPeriod], day: date) -> float:
    """The hours of ``periods`` in force on ``day``: before the first period its hours; with none, full time."""
    if not periods:
        return FULL_TIME_HOURS
    hours = periods[0].hours
    for p in periods:
        if p.valid_from <= day:
            hours = p.hours
    return hours
