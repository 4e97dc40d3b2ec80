"""Each row of a full export, checked as the window checks a row typed in, before ``import-all`` writes it.

A row's keys must be columns of its table (they become column names in SQL); its values
must have the column's type, and then pass the very check the window and the command line
use for that kind of row (:func:`.cases.check_case`, :func:`.time_log.check_entry`, ...).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from .cases import check_case
from .clock import offset_minutes, zone_of
from .contracts import check_contract, pattern_text
from .days_off import check_day_off
from .errors import UserError, shown
from .i18n import translate
from .measures import NewMeasure, check_measure
from .model import Task
from .parse import check_case_exists
from .register import check_declined, check_kept
from .settings import check_setting
from .tasks import COLUMNS as TASK_COLUMNS
from .tasks import check_task, task_values
from .time_log import check_entry, check_timer

if TYPE_CHECKING:
    from sqlite_utils import Database

#: The columns an imported row may name, per table: the stored columns of the current schema.
COLUMNS: dict[str, tuple[str, ...]] = {
    "settings": ("key", "value"),
    "contract_periods": ("id", "valid_from", "hours", "pattern"),
    "days_off": ("day", "kind"),
    "cases": ("id", "label", "status", "opened", "closed", "notes"),
    "measures": ("id", "case_id", "kind", "child_label", "start", "planned_end", "actual_end"),
    "tasks": tuple(TASK_COLUMNS.split(", ")),
    "time_entries": ("id", "start", "end", "task_kind", "case_id", "note", "start_offset", "end_offset"),
    "declined_requests": ("id", "day", "what", "from_role", "note"),
    "boundaries_kept": ("id", "day", "boundary", "note"),
}
_REQUIRED = object()


class Row:
    """One row of an export, read column by column with the column's type."""

    def __init__(self, table: str, row: Any) -> None:
        if not isinstance(row, dict):
            raise UserError(translate("FullExport", "A row must be an object of columns and values."), "file")
        for key in row:
            if key not in COLUMNS[table]:
                raise UserError(
                    translate("FullExport", "“{column}” is not a column of this table.").format(column=shown(key)),
                    "file",
                )
        self.row = row

    def _get(self, column: str, default: Any) -> Any:
        if column not in self.row and default is _REQUIRED:
            raise UserError(translate("FullExport", "The column “{column}” is missing.").format(column=column), column)
        return self.row.get(column, default)

    def bad(self, column: str) -> UserError:
        """The refusal of the value in ``column``."""
        return UserError(
            translate("FullExport", "“{value}” does not fit the column “{column}”.").format(
                value=shown(self.row.get(column)), column=column
            ),
            column,
        )

    def text(self, column: str, default: Any = _REQUIRED) -> str:
        """A text value."""
        value = self._get(column, default)
        if not isinstance(value, str):
            raise self.bad(column)
        return value

    def optional_text(self, column: str) -> str | None:
        """A text value, or None."""
        value = self._get(column, None)
        return None if value is None else self.text(column)

    def integer(self, column: str, default: Any = _REQUIRED) -> int:
        """A whole number (a JSON true or false is not one)."""
        value = self._get(column, default)
        if type(value) is not int or not -(2**63) <= value < 2**63:  # SQLite's integers
            raise self.bad(column)
        return value

    def optional_integer(self, column: str) -> int | None:
        """A whole number, or None."""
        return None if self._get(column, None) is None else self.integer(column)

    def number(self, column: str) -> float:
        """A number."""
        value = self._get(column, _REQUIRED)
        if type(value) not in (int, float):
            raise self.bad(column)
        return float(value)

    def day(self, column: str) -> date:
        """A date, written ISO."""
        try:
            return date.fromisoformat(self.text(column))
        except ValueError:
            raise self.bad(column) from None

    def optional_day(self, column: str) -> date | None:
        """A date, or None."""
        return None if self._get(column, None) is None else self.day(column)

    def moment(self, column: str) -> datetime:
        """A local date and time, written ISO, without an offset."""
        try:
            value = datetime.fromisoformat(self.text(column))
        except ValueError:
            raise self.bad(column) from None
        if value.tzinfo is not None:
            raise self.bad(column)
        return value


def checked_row(db: Database, table: str, raw: Any, case_ids: dict[int, int] | None) -> dict[str, Any]:
    """The values to write for one exported row of ``table``, checked; a :class:`UserError` says what is wrong.

    ``case_ids`` maps the file's case numbers to new ones when merging; None keeps them. The
    row's own ``id`` is kept too, unless merging. Call inside the import's transaction, after
    the rows before it were written: overlaps and labels are checked against them.
    """
    row = Row(table, raw)
    row_id = row.integer("id") if "id" in COLUMNS[table] else None
    values = _CHECKS[table](db, row, case_ids)
    return values if row_id is None or case_ids is not None else {"id": row_id, **values}


def _case_id(db: Database, row: Row, case_ids: dict[int, int] | None, required: bool) -> int | None:
    number = row.integer("case_id") if required else row.optional_integer("case_id")
    if number is not None and case_ids is not None:
        if number not in case_ids:
            raise UserError(translate("Validation", "There is no case number {id}.").format(id=number), "case")
        number = case_ids[number]
    check_case_exists(db, number)
    return number


def _setting(db: Database, row: Row, case_ids: Any) -> dict:
    key, value = row.text("key"), row.text("value")
    check_setting(key, value)
    return {"key": key, "value": value}


def _contract(db: Database, row: Row, case_ids: Any) -> dict:
    valid_from = row.day("valid_from")
    hours, pattern = check_contract(row.number("hours"), valid_from, row.optional_text("pattern") or None)
    return {"valid_from": valid_from.isoformat(), "hours": hours, "pattern": pattern_text(pattern)}


def _day_off(db: Database, row: Row, case_ids: Any) -> dict:
    day, kind = row.day("day"), row.text("kind")
    check_day_off(day, kind)
    return {"day": day.isoformat(), "kind": kind}


def _case(db: Database, row: Row, case_ids: Any) -> dict:
    status, opened, closed = row.text("status", "active"), row.day("opened"), row.optional_day("closed")
    if status not in ("active", "closed") or (status == "closed") != (closed is not None):
        raise row.bad("status")
    label, notes = check_case(db, row.text("label"), opened, row.text("notes", ""), closed)
    return {
        "label": label,
        "status": status,
        "opened": opened.isoformat(),
        "closed": closed and closed.isoformat(),
        "notes": notes,
    }


def _measure(db: Database, row: Row, case_ids: dict[int, int] | None) -> dict:
    case_id = _case_id(db, row, case_ids, required=True)
    planned, ended = row.optional_day("planned_end"), row.optional_day("actual_end")
    kind, label, start, _ = check_measure(
        NewMeasure(row.text("kind"), row.text("child_label"), row.day("start"), planned, ended)
    )
    return {
        "case_id": case_id,
        "kind": kind,
        "child_label": label,
        "start": start.isoformat(),
        "planned_end": planned and planned.isoformat(),
        "actual_end": ended and ended.isoformat(),
    }


def _task(db: Database, row: Row, case_ids: dict[int, int] | None) -> dict:
    done = row.integer("done", 0)
    if done not in (0, 1):
        raise row.bad("done")
    task = check_task(
        Task(
            id=0,
            case_id=_case_id(db, row, case_ids, required=False),
            kind=row.text("kind"),
            due=row.moment("due"),
            done=bool(done),
            note=row.text("note", ""),
            mode=row.optional_text("mode"),
            court=row.text("court", ""),
            requested_by=row.text("requested_by", ""),
            pages=row.optional_integer("pages"),
            care_sought=row.text("care_sought", ""),
            started=row.optional_day("started"),
            providers_contacted=row.integer("providers_contacted", 0),
            outcome=row.text("outcome", ""),
            placed_on=row.optional_day("placed_on"),
        )
    )
    return dict(zip(COLUMNS["tasks"][1:], task_values(task)))


def _local(db: Database, row: Row, column: str) -> datetime:
    """The local time of ``column``; its offset tells which of a repeated hour it is."""
    local, offset = row.moment(column), row.optional_integer(f"{column}_offset")
    tz = zone_of(db)
    second = local.replace(fold=1)
    if offset is not None and offset == offset_minutes(second, tz) != offset_minutes(local, tz):
        return second
    return local


def _entry(db: Database, row: Row, case_ids: dict[int, int] | None) -> dict:
    case_id = _case_id(db, row, case_ids, required=False)
    kind, note = row.text("task_kind"), row.text("note", "")
    if row.optional_text("end") is None:
        values = check_timer(db, _local(db, row, "start"), kind, case_id, note)
    else:
        values = check_entry(db, _local(db, row, "start"), _local(db, row, "end"), kind, case_id, note)
    return dict(zip(COLUMNS["time_entries"][1:], values))


def _declined(db: Database, row: Row, case_ids: Any) -> dict:
    day, what = row.day("day"), row.text("what")
    role, note = check_declined(day, what, row.text("from_role", ""), row.text("note", ""))
    return {"day": day.isoformat(), "what": what, "from_role": role, "note": note}


def _kept(db: Database, row: Row, case_ids: Any) -> dict:
    day, boundary = row.day("day"), row.text("boundary")
    note = check_kept(day, boundary, row.text("note", ""))
    return {"day": day.isoformat(), "boundary": boundary, "note": note}


_CHECKS = {
    "settings": _setting,
    "contract_periods": _contract,
    "days_off": _day_off,
    "cases": _case,
    "measures": _measure,
    "tasks": _task,
    "time_entries": _entry,
    "declined_requests": _declined,
    "boundaries_kept": _kept,
}
