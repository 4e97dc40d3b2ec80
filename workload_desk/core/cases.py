"""Cases (families) and the measures the court imposed for their children."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from .dates import add_months
from .errors import UserError
from .i18n import format_date, translate
from .model import Case, Measure
from .parse import check_label, check_measure_kind, check_text


@dataclass(frozen=True)
class NewMeasure:
    """A measure to add: kind, child label, start and (optional) planned end."""

    kind: str
    child_label: str
    start: date
    planned_end: date | None = None


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


def _check_measure(m: NewMeasure, opened: date) -> tuple[str, str, date, date | None]:
    check_measure_kind(m.kind)
    label = check_label(m.child_label, "child_label")
    planned = m.planned_end if m.planned_end is not None else default_planned_end(m.kind, m.start)
    if planned is not None and planned <= m.start:
        raise UserError(
            translate("Validation", "The planned end ({end}) must come after the start ({start}).").format(
                end=format_date(planned), start=format_date(m.start)
            ),
            "planned_end",
        )
    return m.kind, label, m.start, planned


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


def add_case(db: Database, label: str, opened: date, measures: list[NewMeasure] = (), notes: str = "") -> int:
    """Add a case with its measures in one transaction; return its id."""
    label = check_label(label)
    notes = check_text(notes, "notes")
    rows = [_check_measure(m, opened) for m in measures]
    with db.atomic():
        _check_label_free(db, label)
        case_id = db.execute(
            "INSERT INTO cases(label, status, opened, notes) VALUES (?, 'active', ?, ?)",
            [label, opened.isoformat(), notes],
        ).lastrowid
        for kind, child, start, planned in rows:
            db.execute(
                "INSERT INTO measures(case_id, kind, child_label, start, planned_end) VALUES (?, ?, ?, ?, ?)",
                [case_id, kind, child, start.isoformat(), planned.isoformat() if planned else None],
            )
    return case_id


def _measure(row: tuple) -> Measure:
    return Measure(
        id=row[0],
        case_id=row[1],
        kind=row[2],
        child_label=row[3],
        start=date.fromisoformat(row[4]),
        planned_end=date.fromisoformat(row[5]) if row[5] else None,
        actual_end=date.fromisoformat(row[6]) if row[6] else None,
    )


_MEASURE_COLUMNS = "id, case_id, kind, child_label, start, planned_end, actual_end"


def list_cases(db: Database, include_closed: bool = False) -> list[Case]:
    """The cases, active ones only unless ``include_closed``, each with its measures, by label."""
    where = "" if include_closed else "WHERE status = 'active'"
    by_case: dict[int, list[Measure]] = {}
    for row in db.execute(f"SELECT {_MEASURE_COLUMNS} FROM measures ORDER BY start, id"):
        by_case.setdefault(row[1], []).append(_measure(row))
    return [
        _case(row, by_case.get(row[0], []))
        for row in db.execute(
            f"SELECT id, label, status, opened, closed, notes FROM cases {where} ORDER BY lower(label), id"
        )
    ]


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


def check_case_exists(db: Database, case_id: int | None) -> None:
    """Refuse a case number that is not in the database (None means no case, which is fine)."""
    if case_id is not None and db.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is None:
        raise UserError(translate("Validation", "There is no case number {id}.").format(id=case_id), "case")


def get_case(db: Database, case_id: int) -> Case:
    """The case with ``case_id`` and its measures; a :class:`UserError` when there is none."""
    row = db.execute("SELECT id, label, status, opened, closed, notes FROM cases WHERE id = ?", [case_id]).fetchone()
    if row is None:
        raise UserError(translate("Validation", "There is no case number {id}.").format(id=case_id), "case")
    measures = [
        _measure(r)
        for r in db.execute(f"SELECT {_MEASURE_COLUMNS} FROM measures WHERE case_id = ? ORDER BY start, id", [case_id])
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
