"""Tasks: the work a case asks for, each due at a moment."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from .cases import check_case_exists
from .dates import stamp
from .errors import UserError
from .i18n import translate
from .parse import check_task_kind, check_text

COURT_MODES = ("in-person", "phone", "video")


def add_task(
    db: Database,
    kind: str,
    due: datetime,
    case_id: int | None = None,
    note: str = "",
    mode: str | None = None,
    done: bool = False,
) -> int:
    """Add a task; a court hearing may say how it is attended (``mode``). Return its id."""
    check_task_kind(kind, "kind")
    if mode is not None and (kind != "court" or mode not in COURT_MODES):
        raise UserError(translate("Validation", "Only a court hearing has a mode: in-person, phone or video."), "mode")
    note = check_text(note)
    with db.atomic():
        check_case_exists(db, case_id)
        return db.execute(
            "INSERT INTO tasks(case_id, kind, due, done, note, mode) VALUES (?, ?, ?, ?, ?, ?)",
            [case_id, kind, stamp(due), int(done), note, mode],
        ).lastrowid
