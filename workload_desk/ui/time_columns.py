"""What the tables of the Time panel show: entries, days, kinds of work, the weeks of a month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.i18n import format_date, format_hours
from ..core.model import TimeEntry, task_kind_name
from .table_model import Column


def _hours(entry: TimeEntry) -> float:
    return (entry.end - entry.start).total_seconds() / 3600 if entry.end else 0.0


def entry_columns(labels: dict[int, str]) -> list[Column]:
    """The week's entries; ``labels`` names the cases."""
    return [
        Column(
            QT_TRANSLATE_NOOP("TimeColumns", "Day"),
            lambda e: format_date(e.start.date()),
            lambda e: e.start.isoformat(),
        ),
        Column(QT_TRANSLATE_NOOP("TimeColumns", "From"), lambda e: f"{e.start:%H:%M}", lambda e: e.start.isoformat()),
        Column(
            QT_TRANSLATE_NOOP("TimeColumns", "Until"),
            lambda e: f"{e.end:%H:%M}" if e.end else QCoreApplication.translate("TimeColumns", "running"),
            lambda e: e.end.isoformat() if e.end else "9",
            marked=lambda e: e.end is None,
        ),
        Column(QT_TRANSLATE_NOOP("TimeColumns", "Hours"), lambda e: format_hours(_hours(e)), _hours, True),
        Column(QT_TRANSLATE_NOOP("TimeColumns", "Work"), lambda e: task_kind_name(e.task_kind), lambda e: e.task_kind),
        Column(QT_TRANSLATE_NOOP("TimeColumns", "Case"), lambda e: labels.get(e.case_id, "")),
        Column(QT_TRANSLATE_NOOP("TimeColumns", "Note"), lambda e: e.note),
    ]


@dataclass(frozen=True)
class Line:
    """A name and its hours: a day, or a kind of work."""

    id: object
    name: str
    hours: float


LINE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("TimeColumns", "What"), lambda r: r.name, lambda r: str(r.id)),
    Column(QT_TRANSLATE_NOOP("TimeColumns", "Hours"), lambda r: format_hours(r.hours), lambda r: r.hours, True),
]


@dataclass(frozen=True)
class MonthWeek:
    """One week in the month view."""

    id: date
    week: str
    worked: float
    expected: float
    warnings: int


MONTH_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("TimeColumns", "Week"), lambda w: w.week, lambda w: w.id.toordinal()),
    Column(QT_TRANSLATE_NOOP("TimeColumns", "From"), lambda w: format_date(w.id), lambda w: w.id.toordinal()),
    Column(QT_TRANSLATE_NOOP("TimeColumns", "Worked"), lambda w: format_hours(w.worked), lambda w: w.worked, True),
    Column(
        QT_TRANSLATE_NOOP("TimeColumns", "Contract"), lambda w: format_hours(w.expected), lambda w: w.expected, True
    ),
    Column(
        QT_TRANSLATE_NOOP("TimeColumns", "Difference"),
        lambda w: format_hours(w.worked - w.expected),
        lambda w: w.worked - w.expected,
        True,
        marked=lambda w: w.worked > w.expected,
    ),
    Column(QT_TRANSLATE_NOOP("TimeColumns", "Warnings"), lambda w: str(w.warnings or ""), lambda w: w.warnings, True),
]
