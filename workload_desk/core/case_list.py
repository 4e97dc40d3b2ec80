"""The rows of the case list: every figure a worker scans a case by, computed in a few aggregate queries."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from .dates import add_months
from .records import Record
from .time_log import entries_between

if TYPE_CHECKING:
    from sqlite_utils import Database

ENDS_SOON = timedelta(weeks=6)


class CaseRow(Record):
    """One line of the case list."""

    id: int
    label: str
    status: str
    opened: date
    closed: date | None
    measure_kinds: tuple[str, ...]
    measures: int
    children: int
    next_planned_end: date | None
    hours_month: float
    hours_total: float
    open_tasks: int

    def ends_soon(self, today: date) -> bool:
        """Whether a measure is planned to end within six weeks: capacity coming free."""
        return self.next_planned_end is not None and today <= self.next_planned_end <= today + ENDS_SOON


def case_rows(db: Database, today: date, include_closed: bool = False) -> list[CaseRow]:
    """The case list on ``today``; running measures for an active case, all it had for a closed one."""
    month = datetime.combine(today.replace(day=1), datetime.min.time())
    next_month = datetime.combine(add_months(today.replace(day=1), 1), datetime.min.time())
    # Only the cases shown: ten years hold hundreds of closed cases and most of the hours.
    shown = "" if include_closed else "AND case_id IN (SELECT id FROM cases WHERE status = 'active')"
    totals = dict(
        db.execute(
            f"SELECT case_id, sum(minutes) FROM time_entries WHERE case_id IS NOT NULL {shown} GROUP BY case_id"
        ).fetchall()
    )
    this_month: dict[int, int] = {}
    for e in entries_between(db, month.date(), next_month.date() - timedelta(days=1)):
        if e.case_id is not None and e.end is not None:
            minutes = max(0, int((min(e.end, next_month) - max(e.start, month)).total_seconds() // 60))
            this_month[e.case_id] = this_month.get(e.case_id, 0) + minutes
    open_tasks = dict(
        db.execute(f"SELECT case_id, count(*) FROM tasks WHERE done = 0 {shown} GROUP BY case_id").fetchall()
    )
    active_only = "" if include_closed else "AND c.status = 'active'"
    measures: dict[int, list[tuple]] = {}
    for row in db.execute(
        f"""
        SELECT m.case_id, m.kind, m.child_label, m.planned_end, m.actual_end IS NULL
        FROM measures m JOIN cases c ON c.id = m.case_id
        WHERE (c.status = 'closed' OR m.actual_end IS NULL OR m.actual_end > :today) {active_only}
        ORDER BY m.start
        """,
        {"today": today.isoformat()},
    ):
        measures.setdefault(row[0], []).append(row[1:])
    where = "" if include_closed else "WHERE status = 'active'"
    rows = []
    for case_id, label, status, opened, closed in db.execute(
        f"SELECT id, label, status, opened, closed FROM cases {where} ORDER BY lower(label), id"
    ):
        own = measures.get(case_id, [])
        planned = [date.fromisoformat(m[2]) for m in own if m[2] and m[3] and m[2] >= today.isoformat()]
        month_hours, total_hours = this_month.get(case_id, 0) / 60, (totals.get(case_id) or 0) / 60
        rows.append(
            CaseRow(
                id=case_id,
                label=label,
                status=status,
                opened=date.fromisoformat(opened),
                closed=date.fromisoformat(closed) if closed else None,
                measure_kinds=tuple(m[0] for m in own),
                measures=len(own),
                children=len({m[1] for m in own}),
                next_planned_end=min(planned, default=None),
                hours_month=round(month_hours or 0.0, 2),
                hours_total=round(total_hours or 0.0, 2),
                open_tasks=open_tasks.get(case_id, 0),
            )
        )
    return rows
