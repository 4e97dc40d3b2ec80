"""Cases: one family each, known by the worker's own label; added, edited, closed, reopened, deleted."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .errors import UserError
from .i18n import format_date, translate
from .limits import check_day
from .measures import COLUMNS as MEASURE_COLUMNS
from .measures import NewMeasure, check_measure, insert_measure, measure_from_row
from .model import Case, Measure
from .parse import check_case_exists, check_label, check_text

if TYPE_CHECKING:
    from sqlite_utils import Database

_CASE_COLUMNS = "id, label, status, opened, closed, notes"


def _check_label_free(db: Database, label: str, except_id: int | None = None) -> None:
    row = db.execute(
        "SELECT id FROM cases WHERE status = 'active' AND lower(label) = lower(?) AND id IS NOT ?",
        [label, except_id],
    ).fetchone()
    if row:
        raise UserError(
            translate("Validation", "An active case already has the label “{label}”.").format(label=label),
            "label",
        )


def check_case(
    db: Database, label: str, opened: date, notes: str, closed: date | None = None, case_id: int | None = None
) -> tuple[str, str]:
    """Check a case's fields as the window and an import both write them; return the label and notes trimmed.

    An active case (no ``closed``) needs a label no other active case has: call this inside the
    transaction that writes the case.
    """
    label = check_label(label)
    notes = check_text(notes, "notes")
    check_day(opened, "opened")
    if closed is not None and opened > closed:
        raise UserError(
            translate("Validation", "A case cannot close ({day}) before it opened ({opened}).").format(
                day=format_date(closed), opened=format_date(opened)
            ),
            "opened",
        )
    if closed is None:
        _check_label_free(db, label, case_id)
    return label, notes


def add_case(db: Database, label: str, opened: date, measures: list[NewMeasure] = (), notes: str = "") -> int:
    """Add a case with its measures in one transaction; return its id."""
    for m in measures:
        check_measure(m)
    with db.atomic():
        label, notes = check_case(db, label, opened, notes)
        case_id = db.execute(
            "INSERT INTO cases(label, status, opened, notes) VALUES (?, 'active', ?, ?)",
            [label, opened.isoformat(), notes],
        ).lastrowid
        for m in measures:
            insert_measure(db, case_id, m)
    return case_id


def edit_case(db: Database, case_id: int, label: str, opened: date, notes: str) -> None:
    """Change a case's label, opening date and notes."""
    case = get_case(db, case_id)
    with db.atomic():
        label, notes = check_case(db, label, opened, notes, case.closed, case_id)
        db.execute(
            "UPDATE cases SET label = ?, opened = ?, notes = ? WHERE id = ?",
            [label, opened.isoformat(), notes, case_id],
        )


def list_cases(db: Database, include_closed: bool = False) -> list[Case]:
    """The cases, active ones only unless ``include_closed``, each with its measures, by label."""
    where = "" if include_closed else "WHERE status = 'active'"
    by_case: dict[int, list[Measure]] = {}
    for row in db.execute(f"SELECT {MEASURE_COLUMNS} FROM measures ORDER BY start, id"):
        by_case.setdefault(row[1], []).append(measure_from_row(row))
    return [
        _case(row, by_case.get(row[0], []))
        for row in db.execute(f"SELECT {_CASE_COLUMNS} FROM cases {where} ORDER BY lower(label), id")
    ]


def case_labels(db: Database) -> dict[int, str]:
    """Every case's label by its number, closed cases too: for lists that name the case of a row."""
    return dict(db.execute("SELECT id, label FROM cases").fetchall())


def case_choices(db: Database, keep: int | None = None) -> list[tuple[int, str]]:
    """The active cases (and ``keep``, even if closed) as (number, label), by label: what a picker offers."""
    return db.execute(
        "SELECT id, label FROM cases WHERE status = 'active' OR id = ? ORDER BY lower(label), id", [keep]
    ).fetchall()


def _case(row: tuple, measures: list[Measure]) -> Case:
    return Case(
        id=row[0],
        label=row[1],
        status=row[2],
        opened=date.fromisoformat(row[3]),
        closed=date.fromisoformat(row[4]) if row[4] else None,
        notes=row[5],
        measures=tuple(measures),
    )


def get_case(db: Database, case_id: int) -> Case:
    """The case with ``case_id`` and its measures; a :class:`UserError` when there is none."""
    row = db.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", [case_id]).fetchone()
    if row is None:
        raise UserError(translate("Validation", "There is no case number {id}.").format(id=case_id), "case")
    measures = [
        measure_from_row(r)
        for r in db.execute(f"SELECT {MEASURE_COLUMNS} FROM measures WHERE case_id = ? ORDER BY start, id", [case_id])
    ]
    return _case(row, measures)


def close_case(db: Database, case_id: int, day: date) -> None:
    """Close a case on ``day``, ending its running measures that day."""
    case = get_case(db, case_id)
    if case.status == "closed":
        raise UserError(translate("Validation", "Case “{label}” is already closed.").format(label=case.label), "case")
    if day < case.opened:
        raise UserError(
            translate("Validation", "A case cannot close ({day}) before it opened ({opened}).").format(
                day=format_date(day), opened=format_date(case.opened)
            ),
            "date",
        )
    later = [m for m in case.measures if m.actual_end is None and m.start > day]
    if later:
        raise UserError(
            translate("Validation", "A measure of this case starts on {start}, after the closing date.").format(
                start=format_date(later[0].start)
            ),
            "date",
        )
    with db.atomic():
        db.execute("UPDATE cases SET status = 'closed', closed = ? WHERE id = ?", [day.isoformat(), case_id])
        db.execute(
            "UPDATE measures SET actual_end = ? WHERE case_id = ? AND actual_end IS NULL",
            [day.isoformat(), case_id],
        )


def reopen_case(db: Database, case_id: int) -> None:
    """Reopen a closed case; the measures its closing ended run again."""
    case = get_case(db, case_id)
    if case.status != "closed":
        raise UserError(translate("Validation", "Case “{label}” is not closed.").format(label=case.label), "case")
    with db.atomic():
        _check_label_free(db, case.label, case_id)
        db.execute(
            "UPDATE measures SET actual_end = NULL WHERE case_id = ? AND actual_end = ?",
            [case_id, case.closed.isoformat()],
        )
        db.execute("UPDATE cases SET status = 'active', closed = NULL WHERE id = ?", [case_id])


def logged_hours(db: Database, case_id: int) -> float:
    """All hours logged on a case (a running timer up to its start only)."""
    row = db.execute(
        'SELECT coalesce(sum(julianday("end") - julianday(start)), 0) * 24 FROM time_entries WHERE case_id = ?',
        [case_id],
    ).fetchone()
    return round(row[0], 2)


def delete_case(db: Database, case_id: int, keep_time: bool) -> None:
    """Delete a case with its measures and tasks; its logged time is kept without a case, or removed."""
    check_case_exists(db, case_id)
    with db.atomic():
        if not keep_time:
            db.execute("DELETE FROM time_entries WHERE case_id = ?", [case_id])
        db.execute("DELETE FROM cases WHERE id = ?", [case_id])
