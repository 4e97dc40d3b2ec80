"""The forms of the Cases panel: a case, a measure, a date (to close or end), a task."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ..core.measures import NewMeasure, child_labels
from ..core.model import (
    COURT_MODES,
    MEASURE_KINDS,
    TASK_KINDS,
    Case,
    Task,
    court_mode_name,
    measure_kind_name,
    task_kind_name,
)
from .form_dialog import FormDialog, date_edit, date_format, date_of, tab_leaves


def kind_combo(kinds: dict[str, str], name: Callable[[str], str], current: str | None = None) -> QComboBox:
    """A choice of kinds shown by their translated names, holding the stored key."""
    combo = QComboBox()
    for key in kinds:
        combo.addItem(name(key), key)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


class CaseDialog(FormDialog):
    """A new case with its first measures, or an existing case's label, opening date and notes."""

    def __init__(self, save: Callable[..., None], case: Case | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New case") if case is None else self.tr("Edit case"), parent)
        self._save, self._case = save, case
        self.label = self.add_field(
            "label", self.tr("Label (initials or a code)"), QLineEdit(case.label if case else "")
        )
        self.label.setMaxLength(40)
        self.label.setPlaceholderText(self.tr("never a name"))
        self.opened = self.add_field("opened", self.tr("Opened"), date_edit(case.opened if case else None))
        if case is None:
            self.kind = self.add_field("kind", self.tr("Measure"), kind_combo(MEASURE_KINDS, measure_kind_name))
            self.children = self.add_field("children", self.tr("Children with this measure"), QSpinBox())
            self.children.setRange(1, 26)
            self.start = self.add_field("start", self.tr("Measure starts"), date_edit())
            self.own_end = QCheckBox(self.tr("Other planned end than usual"))
            self.form.addRow("", self.own_end)
            self.planned_end = self.add_field("planned_end", self.tr("Planned end"), date_edit())
            self.planned_end.setEnabled(False)
            self.own_end.toggled.connect(self.planned_end.setEnabled)
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit(case.notes if case else ""))
        self.notes.setTabChangesFocus(True)  # Tab goes on to the next field; the notes need no tabs
        self.notes.setPlaceholderText(self.tr("No BSN, no names: what you need to do your work."))

    def save(self) -> None:
        notes = self.notes.toPlainText()
        if self._case is not None:
            self._save(self.label.text(), date_of(self.opened), notes)
            return
        start = date_of(self.start)
        end = date_of(self.planned_end) if self.own_end.isChecked() else None
        kind = self.kind.currentData()
        measures = [NewMeasure(kind, child, start, end) for child in child_labels(self.children.value())]
        self._save(self.label.text(), date_of(self.opened), measures, notes)


class MeasureDialog(FormDialog):
    """A measure for one more child of the case."""

    def __init__(self, save: Callable[[NewMeasure], None], child: str = "A", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add measure"), parent)
        self._save = save
        self.kind = self.add_field("kind", self.tr("Measure"), kind_combo(MEASURE_KINDS, measure_kind_name))
        self.child = self.add_field("child_label", self.tr("Child (label)"), QLineEdit(child))
        self.child.setMaxLength(40)
        self.start = self.add_field("start", self.tr("Starts"), date_edit())
        self.own_end = QCheckBox(self.tr("Other planned end than usual"))
        self.form.addRow("", self.own_end)
        self.planned_end = self.add_field("planned_end", self.tr("Planned end"), date_edit())
        self.planned_end.setEnabled(False)
        self.own_end.toggled.connect(self.planned_end.setEnabled)

    def save(self) -> None:
        end = date_of(self.planned_end) if self.own_end.isChecked() else None
        self._save(NewMeasure(self.kind.currentData(), self.child.text(), date_of(self.start), end))


class DateDialog(FormDialog):
    """Asks one date: to close a case, or end a measure."""

    def __init__(self, title: str, label: str, save: Callable[[date], None], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._save = save
        self.day = self.add_field("date", label, date_edit())

    def save(self) -> None:
        self._save(date_of(self.day))


def _optional_date(day: date | None) -> tuple[QCheckBox, QWidget]:
    check = QCheckBox()
    edit = date_edit(day)
    check.setChecked(day is not None)
    edit.setEnabled(day is not None)
    check.toggled.connect(edit.setEnabled)
    return check, edit


class TaskDialog(FormDialog):
    """A task of a case, with the fields its kind needs."""

    def __init__(self, save: Callable[[Task], None], task: Task, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New task") if task.id == 0 else self.tr("Edit task"), parent)
        self._save, self._task = save, task
        self.kind = self.add_field("kind", self.tr("Kind"), kind_combo(TASK_KINDS, task_kind_name, task.kind))
        moment = QDateTime(task.due.date(), QTime(task.due.hour, task.due.minute))
        self.due = self.add_field("due", self.tr("Date and time"), tab_leaves(QDateTimeEdit(moment)))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_format() + " HH:mm")
        self.court = self.add_field("court", self.tr("Court"), QLineEdit(task.court))
        self.mode = self.add_field("mode", self.tr("Attended"), kind_combo(COURT_MODES, court_mode_name, task.mode))
        self.requested_by = self.add_field("requested_by", self.tr("Requested by (role)"), QLineEdit(task.requested_by))
        self.requested_by.setPlaceholderText(self.tr("for example: mother"))
        self.pages = self.add_field("pages", self.tr("Pages"), QSpinBox())
        self.pages.setRange(0, 100_000)
        self.pages.setValue(task.pages or 0)
        self.care_sought = self.add_field("care_sought", self.tr("Care sought"), QLineEdit(task.care_sought))
        self.started_check, self.started = _optional_date(task.started)
        self.form.addRow(self.tr("Search started"), _pair(self.started_check, self.started))
        self.started_check.setAccessibleName(self.tr("Search started"))
        self.started.setAccessibleName(self.tr("Search started"))
        self.fields["started"] = self.started
        self.providers = self.add_field("providers", self.tr("Providers contacted"), QSpinBox())
        self.providers.setRange(0, 10_000)
        self.providers.setValue(task.providers_contacted)
        self.outcome = self.add_field("outcome", self.tr("Outcome"), QLineEdit(task.outcome))
        self.placed_check, self.placed_on = _optional_date(task.placed_on)
        self.form.addRow(self.tr("Placed on"), _pair(self.placed_check, self.placed_on))
        self.placed_check.setAccessibleName(self.tr("Placed on"))
        self.placed_on.setAccessibleName(self.tr("Placed on"))
        self.fields["placed_on"] = self.placed_on
        self.note = self.add_field("note", self.tr("Note"), QLineEdit(task.note))
        self.done_check = self.add_field("done", self.tr("Done"), QCheckBox())
        self.done_check.setChecked(task.done)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def _show_fields(self) -> None:
        kind = self.kind.currentData()
        for widget, kinds in (
            (self.court, {"court"}),
            (self.mode, {"court"}),
            (self.requested_by, {"redaction"}),
            (self.pages, {"redaction"}),
            (self.care_sought, {"care-search"}),
            (self.started.parentWidget(), {"care-search"}),
            (self.providers, {"care-search"}),
            (self.outcome, {"care-search"}),
            (self.placed_on.parentWidget(), {"care-search"}),
        ):
            self.form.setRowVisible(widget, kind in kinds)

    def task(self) -> Task:
        """The task as the form holds it."""
        kind = self.kind.currentData()
        due = self.due.dateTime().toPython()
        return Task(
            id=self._task.id,
            case_id=self._task.case_id,
            kind=kind,
            due=datetime(due.year, due.month, due.day, due.hour, due.minute),
            done=self.done_check.isChecked(),
            note=self.note.text(),
            mode=self.mode.currentData() if kind == "court" else None,
            court=self.court.text() if kind == "court" else "",
            requested_by=self.requested_by.text() if kind == "redaction" else "",
            pages=self.pages.value() if kind == "redaction" else None,
            care_sought=self.care_sought.text() if kind == "care-search" else "",
            started=date_of(self.started) if kind == "care-search" and self.started_check.isChecked() else None,
            providers_contacted=self.providers.value() if kind == "care-search" else 0,
            outcome=self.outcome.text() if kind == "care-search" else "",
            placed_on=date_of(self.placed_on) if kind == "care-search" and self.placed_check.isChecked() else None,
        )

    def save(self) -> None:
        self._save(self.task())


def _pair(check: QCheckBox, edit: QWidget) -> QWidget:
    from PySide6.QtWidgets import QHBoxLayout

    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(check)
    layout.addWidget(edit, 1)
    return box
