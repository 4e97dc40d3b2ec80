"""What the tables of the Cases panel show: the case list, a case's measures and tasks, the agenda."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel

from ..core.case_list import CaseRow
from ..core.i18n import format_date, language
from ..core.model import Task, case_status_name, court_mode_name, measure_kind_name, measure_short_name, task_kind_name
from .table_model import Column
from .time_columns import hours_text


def _date(day: date | None) -> str:
    return format_date(day) if day else ""


def _moment(moment: datetime) -> str:
    return f"{format_date(moment.date())} {moment:%H:%M}"


def measures_text(row: CaseRow) -> str:
    """``2: OTS, Guardianship``."""
    names = sorted({measure_short_name(k) for k in row.measure_kinds})
    return f"{row.measures}: {', '.join(names)}" if row.measures else "0"


def case_columns(today: date) -> list[Column]:
    """The case list's columns on ``today``."""
    return [
        Column(QT_TRANSLATE_NOOP("CaseColumns", "Label"), lambda r: r.label, lambda r: r.label.lower()),
        Column(QT_TRANSLATE_NOOP("CaseColumns", "Measures"), measures_text, lambda r: r.measures),
        Column(QT_TRANSLATE_NOOP("CaseColumns", "Children"), lambda r: str(r.children), lambda r: r.children, True),
        Column(QT_TRANSLATE_NOOP("CaseColumns", "Opened"), lambda r: _date(r.opened), lambda r: r.opened.toordinal()),
        Column(
            QT_TRANSLATE_NOOP("CaseColumns", "Next planned end"),
            lambda r: _date(r.next_planned_end),
            lambda r: r.next_planned_end.toordinal() if r.next_planned_end else 10**7,
            marked=lambda r: r.ends_soon(today),
            tooltip=lambda r: (
                QCoreApplication.translate("CaseColumns", "Ends within six weeks: capacity coming free")
                if r.ends_soon(today)
                else ""
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("CaseColumns", "Hours this month"),
            lambda r: hours_text(r.hours_month),
            lambda r: r.hours_month,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("CaseColumns", "Hours in total"),
            lambda r: hours_text(r.hours_total),
            lambda r: r.hours_total,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("CaseColumns", "Open tasks"), lambda r: str(r.open_tasks), lambda r: r.open_tasks, True
        ),
        Column(QT_TRANSLATE_NOOP("CaseColumns", "Status"), lambda r: case_status_name(r.status), lambda r: r.status),
    ]


MEASURE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CaseColumns", "Measure"), lambda m: measure_kind_name(m.kind), lambda m: m.kind),
    Column(QT_TRANSLATE_NOOP("CaseColumns", "Child"), lambda m: m.child_label),
    Column(QT_TRANSLATE_NOOP("CaseColumns", "Start"), lambda m: _date(m.start), lambda m: m.start.toordinal()),
    Column(
        QT_TRANSLATE_NOOP("CaseColumns", "Planned end"),
        lambda m: _date(m.planned_end),
        lambda m: m.planned_end.toordinal() if m.planned_end else 10**7,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseColumns", "Ended"),
        lambda m: _date(m.actual_end),
        lambda m: m.actual_end.toordinal() if m.actual_end else 10**7,
    ),
]


def task_details(task: Task) -> str:
    """The fields of a task's kind in a few words."""
    if task.kind == "court":
        parts = [task.court, court_mode_name(task.mode) if task.mode else ""]
    elif task.kind == "redaction":
        parts = [
            QCoreApplication.translate("CaseColumns", "requested by {role}").format(role=task.requested_by)
            if task.requested_by
            else "",
            QCoreApplication.translate("CaseColumns", "{pages} pages").format(pages=task.pages)
            if task.pages is not None
            else "",
        ]
    elif task.kind == "care-search":
        parts = [
            task.care_sought,
            QCoreApplication.translate("CaseColumns", "{count} providers contacted").format(
                count=task.providers_contacted
            ),
            task.outcome,
            _date(task.placed_on),
        ]
    else:
        parts = []
    return ", ".join(p for p in [*parts, task.note] if p)


def task_columns(today: date, labels: dict[int, str] | None = None) -> list[Column]:
    """A list of tasks; with ``labels`` (case id to label), a column for the case, as the agenda has."""
    overdue = lambda t: not t.done and t.due.date() < today  # noqa: E731
    columns = [
        Column(
            QT_TRANSLATE_NOOP("CaseColumns", "Due"),
            lambda t: _moment(t.due),
            lambda t: t.due.isoformat(),
            marked=overdue,
            tooltip=lambda t: QCoreApplication.translate("CaseColumns", "Overdue") if overdue(t) else "",
        ),
        Column(QT_TRANSLATE_NOOP("CaseColumns", "Task"), lambda t: task_kind_name(t.kind), lambda t: t.kind),
    ]
    if labels is not None:
        columns.append(Column(QT_TRANSLATE_NOOP("CaseColumns", "Case"), lambda t: labels.get(t.case_id, "")))
    columns += [
        Column(QT_TRANSLATE_NOOP("CaseColumns", "Details"), task_details),
        Column(
            QT_TRANSLATE_NOOP("CaseColumns", "Done"),
            lambda t: "✓" if t.done else "",
            lambda t: int(t.done),
        ),
    ]
    return columns


class CaseFilter(QSortFilterProxyModel):
    """Filters the case list on label or measure kind; it does not sort (the model behind it does)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        #: The searchable words of a label and its measures, in a language: kept when the rows are read
        #: again (showing closed cases must not translate every measure name of every case again).
        self._words: dict[tuple, str] = {}

    def forget_words(self) -> None:
        """Drop the searchable words of every row."""
        self._words = {}

    def set_text(self, text: str) -> None:
        """Show the cases whose label or measure kind holds ``text``."""
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange()

    def _words_of(self, row: CaseRow) -> str:
        key = (row.label, row.measure_kinds, language())
        words = self._words.get(key)
        if words is None:
            kinds = row.measure_kinds
            names = [row.label, *kinds, *map(measure_kind_name, kinds), *map(measure_short_name, kinds)]
            words = self._words[key] = "\n".join(names).lower()
        return words

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt's virtual
        if not self._text:
            return True
        return self._text in self._words_of(self.sourceModel().row_at(source_row))
