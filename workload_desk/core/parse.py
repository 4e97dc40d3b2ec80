"""Reading what a person types: dates, times, hours and labels, checked at their edges."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time

from .errors import UserError, shown
from .i18n import translate
from .limits import check_day
from .model import MEASURE_KINDS, TASK_KINDS

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from .database import WorkloadDatabase as Database

LABEL_MAX = 40
HOURS_MIN, HOURS_MAX = 1.0, 60.0

# Patterns are compiled on first use (re keeps them): compiling all at import cost every start.
_ISO_DATE = r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
_DUTCH_DATE = r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})"
_TIME = r"([0-9]{1,2}):([0-9]{2})"


def parse_date(text: str, field: str = "date") -> date:
    """Read a date written as ISO (``2026-11-22``) or Dutch (``22-11-2026``), within the app's years (1990-2100)."""
    value = (text or "").strip()
    if m := re.fullmatch(_ISO_DATE, value):
        year, month, day = (int(g) for g in m.groups())
    elif m := re.fullmatch(_DUTCH_DATE, value):
        day, month, year = (int(g) for g in m.groups())
    else:
        raise UserError(
            translate("Validation", "“{value}” is not a date: write it as 22-11-2026 or 2026-11-22.").format(
                value=shown(value)
            ),
            field,
        )
    try:
        day_read = date(year, month, day)
    except ValueError:
        raise UserError(
            translate("Validation", "“{value}” is not a date that exists.").format(value=shown(value)), field
        ) from None
    return check_day(day_read, field)


def parse_time(text: str, field: str = "time") -> time:
    """Read a time of day written as ``HH:MM`` (24-hour clock)."""
    value = (text or "").strip()
    m = re.fullmatch(_TIME, value)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise UserError(
            translate("Validation", "“{value}” is not a time: write it as HH:MM, for example 09:30.").format(
                value=shown(value)
            ),
            field,
        )
    return time(int(m.group(1)), int(m.group(2)))


def parse_datetime(text: str, field: str = "datetime") -> datetime:
    """Read a date and a time, ``"DATE HH:MM"``, the date ISO or Dutch."""
    parts = (text or "").split()
    if len(parts) != 2:
        raise UserError(
            translate("Validation", "“{value}” needs a date and a time, for example “22-11-2026 09:30”.").format(
                value=shown((text or "").strip())
            ),
            field,
        )
    return datetime.combine(parse_date(parts[0], field), parse_time(parts[1], field))


_OFFSET = r"(.*[0-9])([+-])([0-9]{2}):([0-9]{2})"


def parse_moment(text: str, field: str = "datetime") -> tuple[datetime, int | None]:
    """Read ``"DATE HH:MM"`` with an optional UTC offset (``"2026-10-25 02:30+01:00"``).

    The offset, in minutes, tells the two 02:30s of the night the clocks go back apart; None
    when none was written.
    """
    value = (text or "").strip()
    if m := re.fullmatch(_OFFSET, value):
        sign = -1 if m.group(2) == "-" else 1
        hours, minutes = int(m.group(3)), int(m.group(4))
        if hours > 14 or minutes > 59:
            raise UserError(
                translate("Validation", "“{value}” has no valid offset: write it as +01:00 or +02:00.").format(
                    value=shown(value)
                ),
                field,
            )
        return parse_datetime(m.group(1), field), sign * (hours * 60 + minutes)
    return parse_datetime(value, field), None


_HOURS_MINUTES = r"([0-9]{1,4}):([0-9]{2})"
_DECIMAL_HOURS = r"[0-9]{1,4}(?:[.,][0-9]*)?|[.,][0-9]+"


def parse_duration(value: str | float, field: str = "hours") -> float:
    """Read a number of hours written as hours and minutes (``7:12``) or as a number (``7,2``, ``7.2``, ``36``).

    Returns hours as a float (``7:12`` is 7.2). Not negative; the caller checks the range.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        hours = float(value)
        if math.isfinite(hours) and hours >= 0:
            return hours
    text = str(value).strip()
    if m := re.fullmatch(_HOURS_MINUTES, text):
        if int(m.group(2)) > 59:
            raise UserError(
                translate("Validation", "“{value}” has more than 59 minutes: write it as 7:12 or 7,2.").format(
                    value=shown(text)
                ),
                field,
            )
        return int(m.group(1)) + int(m.group(2)) / 60
    if re.fullmatch(_DECIMAL_HOURS, text):
        return float(text.replace(",", "."))
    raise UserError(
        translate("Validation", "“{value}” is not a number of hours: write it as 7:12 or 7,2.").format(
            value=shown(text)
        ),
        field,
    )


def parse_hours(value: str | float, field: str = "hours") -> float:
    """Read contract hours per week, from 1 to 60: ``36``, ``36:00``, ``31,5`` or ``31:30``."""
    text = str(value).strip()
    try:
        hours = parse_duration(value, field)
    except UserError:
        try:
            hours = float(text.replace(",", "."))  # "-36", "1e9", "inf": numbers, said as out of range below
        except ValueError:
            hours = math.nan
        if math.isnan(hours):
            raise
    if not HOURS_MIN <= hours <= HOURS_MAX:
        raise UserError(
            translate("Validation", "Contract hours must be between 1 and 60 a week, not {value}.").format(
                value=shown(value)
            ),
            field,
        )
    return round(hours, 2)


def refuse_bsn(text: str, field: str) -> None:
    """Refuse ``text`` when it holds a citizen service number (:func:`.bsn.refuse_bsn`)."""
    from .bsn import refuse_bsn as refuse

    refuse(text, field)


# Characters that turn the order text is shown in: ``evil\u202efdp.exe`` shows as "evilexe.pdf".
_BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BIDI_MARKS = frozenset("\u200e\u200f")


def _control_characters(text: str, allowed: str = "", one_line: bool = True) -> bool:
    """Whether ``text`` holds a control character, a bidi override, or (in one line) a line separator or bidi mark."""
    import unicodedata  # here, as the BSN guard below: reading a date needs neither

    refused = ("Cc", "Zl", "Zp") if one_line else ("Cc",)
    return any(
        (unicodedata.category(c) in refused and c not in allowed)
        or c in _BIDI_OVERRIDES
        or (one_line and c in _BIDI_MARKS)
        for c in text
    )


def check_label(text: str | None, field: str = "label") -> str:
    """Check a case or child label: not empty, one line without direction controls, at most 40 characters, no BSN."""
    label = (text or "").strip()
    if _control_characters(label):
        raise UserError(
            translate("Validation", "A label is one line of text: no line breaks, tabs or control characters."), field
        )
    if not label:
        raise UserError(translate("Validation", "A label may not be empty."), field)
    if len(label) > LABEL_MAX:
        raise UserError(
            translate("Validation", "A label has at most 40 characters; this one has {count}.").format(
                count=len(label)
            ),
            field,
        )
    refuse_bsn(label, field)
    return label


def check_line(text: str | None, field: str, limit: int | None = None) -> str:
    """Check a one-line field (a role, a court, a name): no line breaks, control or direction characters, no BSN."""
    value = (text or "").strip()
    if _control_characters(value):
        raise UserError(
            translate("Validation", "This field is one line of text: no line breaks, tabs or control characters."),
            field,
        )
    if limit is not None and len(value) > limit:
        raise UserError(translate("Validation", "This field holds at most {max} characters.").format(max=limit), field)
    refuse_bsn(value, field)
    return value


def check_text(text: str | None, field: str = "note") -> str:
    """Check free text (a note): lines and tabs, but no other control characters or direction overrides, and no BSN."""
    value = (text or "").strip()
    if _control_characters(value, "\n\t", one_line=False):
        raise UserError(translate("Validation", "A note may hold lines and tabs, but no control characters."), field)
    refuse_bsn(value, field)
    return value


def check_task_kind(kind: str, field: str = "task") -> str:
    """Check a task kind is one the app knows (``court``, ``redaction``, ...)."""
    if kind not in TASK_KINDS:
        raise UserError(
            translate("Validation", "“{kind}” is not a kind of task; choose one of: {kinds}.").format(
                kind=shown(kind), kinds=", ".join(TASK_KINDS)
            ),
            field,
        )
    return kind


def check_measure_kind(kind: str, field: str = "kind") -> str:
    """Check a measure kind is one the app knows (``ots``, ``vots``, ``voogdij``, ``jr``)."""
    if kind not in MEASURE_KINDS:
        raise UserError(
            translate("Validation", "“{kind}” is not a kind of measure; choose one of: {kinds}.").format(
                kind=shown(kind), kinds=", ".join(MEASURE_KINDS)
            ),
            field,
        )
    return kind


def check_case_exists(db: Database, case_id: int | None) -> None:
    """Refuse a case number that is not in the database (None means no case, which is fine)."""
    if case_id is not None and db.execute("SELECT 1 FROM cases WHERE id = ?", [case_id]).fetchone() is None:
        raise UserError(translate("Validation", "There is no case number {id}.").format(id=case_id), "case")
