"""The caseload on a date: running measures, the families and the children they concern."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .records import Record

if TYPE_CHECKING:
    from sqlite_utils import Database


class Caseload(Record):
    """What the worker carries on one day."""

    day: date
    measures: int
    families: int
    children: int


def caseload_on(db: Database, day: date) -> Caseload:
    """Count the measures running on ``day`` (a measure ends at the start of its end date)."""
    measures, families, children = db.execute(
        """
        SELECT count(*), count(DISTINCT case_id), count(DISTINCT case_id || '/' || child_label)
        FROM measures
        WHERE start <= :day AND (actual_end IS NULL OR actual_end > :day)
        """,
        {"day": day.isoformat()},
    ).fetchone()
    return Caseload(day, measures, families, children)
