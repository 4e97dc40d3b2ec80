"""Tasks: the work a case asks for, each due at a moment, and the agenda of the coming days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from .dates import stamp
from .errors import UserError
from .i18n import translate
from .limits import check_day
from .model import COURT_MODES, Task
from .parse import check_case_exists, check_line, check_task_kind, check_text

if TYPE_CHECKING:
    from sqlite_utils import Database

COLUMNS = (
    "id, case_id, kind, due, done, note, mode, court, requested_by, pages, "
    "care_sought, started, providers_contacted, outcome, placed_on"
)
TEXT_MAX = 200
PAGES_MAX = 100_000


def task_from_row(row: tuple) -> Task:
    """A :class:`Task` from a row of ``COLUMNS``."""
    return Task(
        id=row[0],
        case_id=row[1],
        kind=row[2],
        due=datetime.fromisoformat(row[3]),
        done=bool(row[4]),
        note=row[5],
        mode=row[6],
        court=row[7],
        requested_by=row[8],
        pages=row[9],
        care_sought=row[10],
        started=date.fromisoformat(row[11]) if row[11] else None,
        providers_contacted=row[12],
        outcome=row[13],
        placed_on=date.fromisoformat(row[14]) if row[14] else None,
    )


def check_task(task: Task) -> Task:
    """Check every field of a task against its kind; return it with the text trimmed."""
    check_task_kind(task.kind, "kind")
    check_day(task.due.date(), "due")
    for day, field in ((task.started, "started"), (task.placed_on, "placed_on")):
        if day is not None:
            check_day(day, field)
    if task.mode is not None and (task.kind != "court" or task.mode not in COURT_MODES):
        raise UserError(translate("Validation", "Only a court hearing has a mode: in-person, phone or video."), "mode")
    if task.pages is not None and not 0 <= task.pages <= PAGES_MAX:
        raise UserError(
            translate("Validation", "The number of pages runs from 0 to {max}.").format(max=PAGES_MAX), "pages"
        )
    if not 0 <= task.providers_contacted <= 10_000:
        raise UserError(translate("Validation", "The number of providers contacted cannot be negative."), "providers")
    if task.started and task.placed_on and task.placed_on < task.started:
        raise UserError(translate("Validation", "A placement cannot come before the search started."), "placed_on")
    from dataclasses import replace  # here: the window's start does without the dataclasses module

    return replace(
        task,
        note=check_text(task.note),
        court=check_line(task.court, "court", TEXT_MAX),
        requested_by=check_line(task.requested_by, "requested_by", TEXT_MAX),
        care_sought=check_line(task.care_sought, "care_sought", TEXT_MAX),
        outcome=check_line(task.outcome, "outcome", TEXT_MAX),
    )


def task_values(task: Task) -> list:
    """The values of a task's row, in the order of ``COLUMNS`` without the id."""
    return [
        task.case_id,
        task.kind,
        stamp(task.due),
        int(task.done),
        task.note,
        task.mode,
        task.court,
        task.requested_by,
        task.pages,
        task.care_sought,
        task.started.isoformat() if task.started else None,
        task.providers_contacted,
        task.outcome,
        task.placed_on.isoformat() if task.placed_on else None,
    ]


def add_task(db: Database, task: Task) -> int:
    """Add a task (its ``id`` is ignored); return the new id."""
    task = check_task(task)
    with db.atomic():
        check_case_exists(db, task.case_id)
        return db.execute(
            f"INSERT INTO tasks({COLUMNS.removeprefix('id, ')}) VALUES ({', '.join('?' * 14)})", task_values(task)
        ).lastrowid


def get_task(db: Database, task_id: int) -> Task:
    """The task with ``task_id``; a :class:`UserError` when there is none."""
    row = db.execute(f"SELECT {COLUMNS} FROM tasks WHERE id = ?", [task_id]).fetchone()
    if row is None:
        raise UserError(translate("Validation", "There is no task number {id}.").format(id=task_id), "task")
    return task_from_row(row)


def edit_task(db: Database, task: Task) -> None:
    """Save every field of an existing task."""
    get_task(db, task.id)
    task = check_task(task)
    names = COLUMNS.removeprefix("id, ").split(", ")
    with db.atomic():
        check_case_exists(db, task.case_id)
        db.execute(
            f"UPDATE tasks SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?", [*task_values(task), task.id]
        )


def set_done(db: Database, task_id: int, done: bool = True) -> None:
    """Tick a task done (or not done again)."""
    get_task(db, task_id)
    with db.atomic():
        db.execute("UPDATE tasks SET done = ? WHERE id = ?", [int(done), task_id])


def count_provider_call(db: Database, task_id: int) -> int:
    """One more provider contacted in a care search; return the new count."""
    task = get_task(db, task_id)
    if task.kind != "care-search":
        raise UserError(translate("Validation", "Only a care search counts providers contacted."), "task")
    with db.atomic():
        db.execute("UPDATE tasks SET providers_contacted = providers_contacted + 1 WHERE id = ?", [task_id])
    return task.providers_contacted + 1


def delete_task(db: Database, task_id: int) -> None:
    """Remove a task."""
    get_task(db, task_id)
    with db.atomic():
        db.execute("DELETE FROM tasks WHERE id = ?", [task_id])


def tasks_of_case(db: Database, case_id: int) -> list[Task]:
    """A case's tasks, open ones first, then by due moment."""
    return [
        task_from_row(r)
        for r in db.execute(f"SELECT {COLUMNS} FROM tasks WHERE case_id = ? ORDER BY done, due, id", [case_id])
    ]


#: Days enough for any task: a larger "within" asks for every open task (and would overflow a date).
CENTURY = 36_525


def due_within(db: Database, today: date, days: int | None) -> list[Task]:
    """Open tasks by due moment; with ``days``, only those due before the end of ``today + days``."""
    if days is None:
        rows = db.execute(f"SELECT {COLUMNS} FROM tasks WHERE done = 0 ORDER BY due, id")
    else:
        until = (today + timedelta(days=min(days, CENTURY) + 1)).isoformat()  # more days than that: all
        rows = db.execute(f"SELECT {COLUMNS} FROM tasks WHERE done = 0 AND due < ? ORDER BY due, id", [until])
    return [task_from_row(r) for r in rows]


def agenda(db: Database, today: date, days: int = 14) -> list[Task]:
    """The open tasks of the coming ``days`` (overdue ones included): court hearings first, then by due."""
    return sorted(due_within(db, today, days), key=lambda t: (t.kind != "court", t.due))
