"""Measures: what the court imposed for one child, with its term; added, extended and ended."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .dates import add_months
from .errors import UserError
from .i18n import format_date, translate
from .limits import check_day
from .model import Measure, measure_kind_name
from .parse import check_label, check_measure_kind
from .records import Record

if TYPE_CHECKING:
    from sqlite_utils import Database

COLUMNS = "id, case_id, kind, child_label, start, planned_end, actual_end"


class NewMeasure(Record):
    """A measure to add: kind, child label, start, (optional) planned end; an imported one may have ended."""

    kind: str
    child_label: str
    start: date
    planned_end: date | None = None
    actual_end: date | None = None


def default_planned_end(kind: str, start: date) -> date | None:
    """The usual term: an OTS runs a year, a provisional OTS three months; others have no set end."""
    if kind == "ots":
        return add_months(start, 12)
    if kind == "vots":
        return add_months(start, 3)
    return None


def child_labels(count: int) -> list[str]:
    """Labels A, B, C, ... for ``count`` children."""
    if not 1 <= count <= 26:
        raise UserError(
            translate("Validation", "A case has from 1 to 26 children with a measure, not {count}.").format(
                count=count
            ),
            "children",
        )
    return [chr(ord("A") + i) for i in range(count)]


def _check_after(later: date | None, start: date, field: str) -> None:
    if later is not None and later <= start:
        raise UserError(
            translate("Validation", "The planned end ({end}) must come after the start ({start}).").format(
                end=format_date(later), start=format_date(start)
            ),
            field,
        )


def _check_ends_after(day: date, start: date) -> None:
    if day < start:
        raise UserError(
            translate("Validation", "A measure cannot end ({day}) before it started ({start}).").format(
                day=format_date(day), start=format_date(start)
            ),
            "date",
        )


def check_measure(m: NewMeasure) -> tuple[str, str, date, date | None]:
    """Check a new measure and fill in its planned end by kind; return the row's values."""
    check_measure_kind(m.kind)
    label = check_label(m.child_label, "child_label")
    check_day(m.start, "start")
    planned = m.planned_end if m.planned_end is not None else default_planned_end(m.kind, m.start)
    _check_after(planned, m.start, "planned_end")
    if m.actual_end is not None:
        _check_ends_after(m.actual_end, m.start)
    return m.kind, label, m.start, planned


def measure_from_row(row: tuple) -> Measure:
    """A :class:`Measure` from a row of ``COLUMNS``."""
    return Measure(
        id=row[0],
        case_id=row[1],
        kind=row[2],
        child_label=row[3],
        start=date.fromisoformat(row[4]),
        planned_end=date.fromisoformat(row[5]) if row[5] else None,
        actual_end=date.fromisoformat(row[6]) if row[6] else None,
    )


def insert_measure(db: Database, case_id: int, m: NewMeasure) -> int:
    """Insert a checked measure (inside the caller's transaction); return its id."""
    kind, label, start, planned = check_measure(m)
    return db.execute(
        "INSERT INTO measures(case_id, kind, child_label, start, planned_end) VALUES (?, ?, ?, ?, ?)",
        [case_id, kind, label, start.isoformat(), planned.isoformat() if planned else None],
    ).lastrowid


def get_measure(db: Database, measure_id: int) -> Measure:
    """The measure with ``measure_id``; a :class:`UserError` when there is none."""
    row = db.execute(f"SELECT {COLUMNS} FROM measures WHERE id = ?", [measure_id]).fetchone()
    if row is None:
        raise UserError(translate("Validation", "There is no measure number {id}.").format(id=measure_id), "measure")
    return measure_from_row(row)


def add_measure(db: Database, case_id: int, m: NewMeasure) -> int:
    """Add a measure to a running case; return its id."""
    with db.atomic():
        status = db.execute("SELECT status FROM cases WHERE id = ?", [case_id]).fetchone()
        if status is None:
            raise UserError(translate("Validation", "There is no case number {id}.").format(id=case_id), "case")
        if status[0] != "active":
            raise UserError(translate("Validation", "Reopen the case before adding a measure."), "case")
        return insert_measure(db, case_id, m)


def extend_measure(db: Database, measure_id: int) -> date:
    """Extend an OTS by one year, the judge's usual term; return the new planned end."""
    m = get_measure(db, measure_id)
    if m.kind != "ots" or m.actual_end is not None:
        raise UserError(
            translate("Validation", "Only a running OTS is extended by a year; this is: {kind}.").format(
                kind=measure_kind_name(m.kind)
            ),
            "measure",
        )
    new_end = add_months(m.planned_end or m.start, 12)
    with db.atomic():
        db.execute("UPDATE measures SET planned_end = ? WHERE id = ?", [new_end.isoformat(), measure_id])
    return new_end


def end_measure(db: Database, measure_id: int, day: date) -> None:
    """End a running measure on ``day`` (it no longer counts from that day)."""
    m = get_measure(db, measure_id)
    if m.actual_end is not None:
        raise UserError(translate("Validation", "This measure has already ended."), "measure")
    _check_ends_after(day, m.start)
    with db.atomic():
        db.execute("UPDATE measures SET actual_end = ? WHERE id = ?", [day.isoformat(), measure_id])
