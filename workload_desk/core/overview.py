"""The figures the window keeps in view: today's caseload and this week's report."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from .caseload import Caseload, caseload_on
from .records import Record
from .week import WeekReport, week_report

if TYPE_CHECKING:
    from sqlite_utils import Database


class Overview(Record):
    """Caseload today, and this ISO week against the contract and the law."""

    caseload: Caseload
    week: WeekReport


def overview(db: Database, now: datetime | None = None) -> Overview:
    """Compute the overview at ``now`` (default: this minute); a running timer counts up to now."""
    now = now or datetime.now()
    # The running balance is shown in the Time panel, not here: it sums every week since the first contract.
    return Overview(caseload_on(db, now.date()), week_report(db, now.date(), now, balance=False))
