"""The figures the window keeps in view: today's caseload and this week's hours against the contract."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from .caseload import Caseload, caseload_on
from .contracts import contract_hours_on
from .dates import week_start
from .time_log import worked_hours


@dataclass(frozen=True)
class Overview:
    """Caseload today, and hours worked this ISO week against the contract (None when none is set)."""

    caseload: Caseload
    week_worked: float
    week_contract: float | None

    @property
    def over_contract(self) -> bool:
        """Whether this week's hours already passed the contract."""
        return self.week_contract is not None and self.week_worked > self.week_contract


def overview(db: Database, now: datetime | None = None) -> Overview:
    """Compute the overview at ``now`` (default: this minute); a running timer counts up to now."""
    now = now or datetime.now()
    today = now.date()
    monday = week_start(today)
    start = datetime.combine(monday, datetime.min.time())
    worked = worked_hours(db, start, start + timedelta(days=7), now)
    return Overview(caseload_on(db, today), worked, contract_hours_on(db, monday))
