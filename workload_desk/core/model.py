"""The things Workload Desk keeps, as plain frozen records, and the names of their kinds."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .i18n import QT_TRANSLATE_NOOP, translate
from .records import Record

# Stored values are the command line's words; the names shown are translated.
MEASURE_KINDS: dict[str, str] = {
    "ots": QT_TRANSLATE_NOOP("Kinds", "OTS (family supervision)"),
    "vots": QT_TRANSLATE_NOOP("Kinds", "Provisional OTS"),
    "voogdij": QT_TRANSLATE_NOOP("Kinds", "Guardianship (voogdij)"),
    "jr": QT_TRANSLATE_NOOP("Kinds", "Juvenile probation (jeugdreclassering)"),
}

# Short names for tight places such as a table column.
MEASURE_SHORT: dict[str, str] = {
    "ots": QT_TRANSLATE_NOOP("Kinds", "OTS"),
    "vots": QT_TRANSLATE_NOOP("Kinds", "prov. OTS"),
    "voogdij": QT_TRANSLATE_NOOP("Kinds", "Guardianship"),
    "jr": QT_TRANSLATE_NOOP("Kinds", "Juvenile probation"),
}

TASK_KINDS: dict[str, str] = {
    "court": QT_TRANSLATE_NOOP("Kinds", "Court hearing"),
    "redaction": QT_TRANSLATE_NOOP("Kinds", "File redaction"),
    "care-search": QT_TRANSLATE_NOOP("Kinds", "Care search"),
    "visit": QT_TRANSLATE_NOOP("Kinds", "Home visit"),
    "report": QT_TRANSLATE_NOOP("Kinds", "Report"),
    "consult": QT_TRANSLATE_NOOP("Kinds", "Consultation"),
    "travel": QT_TRANSLATE_NOOP("Kinds", "Travel"),
    "admin": QT_TRANSLATE_NOOP("Kinds", "Administration"),
    "other": QT_TRANSLATE_NOOP("Kinds", "Other"),
}

CASE_STATUSES: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("Kinds", "active"),
    "closed": QT_TRANSLATE_NOOP("Kinds", "closed"),
}


def measure_kind_name(kind: str) -> str:
    """The translated name of a measure kind."""
    return translate("Kinds", MEASURE_KINDS[kind])


def measure_short_name(kind: str) -> str:
    """The translated short name of a measure kind."""
    return translate("Kinds", MEASURE_SHORT[kind])


def task_kind_name(kind: str) -> str:
    """The translated name of a task kind."""
    return translate("Kinds", TASK_KINDS[kind])


def case_status_name(status: str) -> str:
    """The translated name of a case status."""
    return translate("Kinds", CASE_STATUSES[status])


class ContractPeriod(Record):
    """Contract hours per week, in force from ``valid_from`` until the next period.

    ``pattern`` holds the hours of each weekday, Monday to Sunday, summing to ``hours``.
    """

    id: int
    valid_from: date
    hours: float
    pattern: tuple[float, ...] = ()

    def hours_on(self, day: date) -> float:
        """The hours the pattern asks on ``day``'s weekday."""
        return self.pattern[day.weekday()] if self.pattern else (self.hours / 5 if day.weekday() < 5 else 0.0)


class Measure(Record):
    """A child protection measure the court imposed for one child of a case."""

    id: int
    case_id: int
    kind: str
    child_label: str
    start: date
    planned_end: date | None
    actual_end: date | None

    def is_active_on(self, day: date) -> bool:
        """Whether the measure runs on ``day`` (it ends at the start of its end date)."""
        return self.start <= day and (self.actual_end is None or day < self.actual_end)


class Case(Record):
    """One family the worker carries, known only by the worker's own label."""

    id: int
    label: str
    status: str
    opened: date
    closed: date | None
    notes: str
    measures: tuple[Measure, ...] = ()

    @property
    def children(self) -> int:
        """The number of children with a measure in this case."""
        return len({m.child_label for m in self.measures})


COURT_MODES: dict[str, str] = {
    "in-person": QT_TRANSLATE_NOOP("Kinds", "in person"),
    "phone": QT_TRANSLATE_NOOP("Kinds", "by phone"),
    "video": QT_TRANSLATE_NOOP("Kinds", "by video"),
}


def court_mode_name(mode: str) -> str:
    """The translated name of how a hearing is attended."""
    return translate("Kinds", COURT_MODES[mode])


class Task(Record):
    """Work a case (or no case) asks for, due at a moment, with the fields its kind needs.

    A court hearing has its court and mode; a file redaction who asked (a role) and
    its pages; a care search the care sought, when it started, the providers called,
    the outcome and the day of placement.
    """

    id: int
    case_id: int | None
    kind: str
    due: datetime
    done: bool = False
    note: str = ""
    mode: str | None = None
    court: str = ""
    requested_by: str = ""
    pages: int | None = None
    care_sought: str = ""
    started: date | None = None
    providers_contacted: int = 0
    outcome: str = ""
    placed_on: date | None = None


_OFFSETS: dict[int | None, timedelta] = {}


def _offset(minutes: int) -> timedelta:
    """``timedelta(minutes=minutes)``, made once per offset: the week's rules ask each entry's UTC
    moments several times, and a timedelta made by keyword is a good part of that cost."""
    made = _OFFSETS[minutes] = timedelta(minutes=minutes)
    return made


class TimeEntry(Record):
    """Time worked; ``end`` is None while the timer runs.

    ``start`` and ``end`` are the local wall-clock times the worker typed; the offsets (minutes
    from UTC, see :mod:`.clock`) make them exact moments, also in the hour the clocks repeat.
    """

    id: int
    start: datetime
    end: datetime | None
    task_kind: str
    case_id: int | None
    note: str
    start_offset: int = 60
    end_offset: int | None = 60

    @property
    def running(self) -> bool:
        """Whether this entry is the running timer."""
        return self.end is None

    @property
    def start_utc(self) -> datetime:
        """The start as a naive UTC moment."""
        return self.start - (_OFFSETS.get(self.start_offset) or _offset(self.start_offset))  # drops the fold

    def end_utc(self, now_utc: datetime) -> datetime:
        """The end as a naive UTC moment; the running timer runs until ``now_utc``."""
        if self.end is None:
            return max(now_utc, self.start_utc)
        return self.end - (_OFFSETS.get(self.end_offset) or _offset(self.end_offset or 0))
