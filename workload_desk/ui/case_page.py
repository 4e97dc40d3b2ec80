"""One case: its measures and tasks, and everything a worker does with them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import cases, measures, tasks
from ..core.errors import UserError
from ..core.i18n import format_date
from ..core.model import TASK_KINDS, Case, Task, case_status_name, task_kind_name
from .accessible import describe
from .case_columns import MEASURE_COLUMNS, task_columns
from .case_dialogs import CaseDialog, DateDialog, MeasureDialog, TaskDialog
from .table_model import RowsModel
from .tables import button_row, delete_key, open_dialog, reselect, table
from .time_columns import hours_text
from .undoable import UndoableChanges


def next_working_morning(now: datetime) -> datetime:
    """Nine o'clock on the next working day: where a new task starts out."""
    day = now.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(9, 0))


def ask_delete_case(parent: QWidget, changes: UndoableChanges, c: Case) -> QMessageBox:
    """Ask whether to delete case ``c`` with its measures and tasks, keeping its hours or not; Ctrl+Z undoes it."""
    hours = cases.logged_hours(changes.db, c.id)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CasePage", "Delete case"))
    box.setText(
        QCoreApplication.translate(
            "CasePage", "Delete case “{label}” with its measures and tasks? {hours} hours are logged on it."
        ).format(label=c.label, hours=hours_text(hours))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CasePage", "Those hours are part of your evidence: keep them without a case, or remove them too."
        )
    )
    box.keep_button = box.addButton(
        QCoreApplication.translate("CasePage", "Delete, keep the hours"), QMessageBox.ButtonRole.AcceptRole
    )
    box.remove_button = box.addButton(
        QCoreApplication.translate("CasePage", "Delete with the hours"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(box.keep_button)

    def answered(button) -> None:
        if button in (box.keep_button, box.remove_button):
            keep_time = button is box.keep_button
            changes.apply(
                QCoreApplication.translate("CasePage", "Delete case “{label}”").format(label=c.label),
                lambda: cases.delete_case(changes.db, c.id, keep_time),
                c.id,
            )

    box.buttonClicked.connect(answered)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class CasePage(QWidget):
    """Shows the case with ``case_id``; emits ``back`` to return to the list."""

    back = Signal()
    #: Asks to start the timer: (task kind, case id).
    start_timer = Signal(str, int)

    def __init__(self, changes: UndoableChanges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = changes
        self.case: Case | None = None
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(clicked=self.back.emit)
        self.edit_button = QPushButton(clicked=self.edit_case)
        self.close_button = QPushButton(clicked=self.close_or_reopen)
        self.delete_button = QPushButton(clicked=self.delete_case)
        self.export_button = QPushButton(clicked=self.export_case)
        # A push button keeps room for its menu's arrow beside the text (a tool button drew it over the text).
        self.timer_button = QPushButton()
        self.timer_menu = QMenu(self.timer_button)
        for kind in TASK_KINDS:
            action = self.timer_menu.addAction("")
            action.setData(kind)
            action.triggered.connect(lambda _=False, kind=kind: self.start_timer.emit(kind, self.case.id))
        self.timer_button.setMenu(self.timer_menu)

        self.measure_model = RowsModel(MEASURE_COLUMNS, "CaseColumns", self)
        self.measure_view = table(self.measure_model)
        self.measure_view.activated.connect(lambda _: self.open_measure())
        self.add_measure_button = QPushButton(clicked=self.add_measure)
        self.extend_button = QPushButton(clicked=self.extend_measure)
        self.end_button = QPushButton(clicked=self.end_measure)
        self.measures_box = QGroupBox()
        box = QVBoxLayout(self.measures_box)
        box.addWidget(self.measure_view)
        box.addLayout(button_row(self.add_measure_button, self.extend_button, self.end_button))

        self.task_model = RowsModel(task_columns(date.today()), "CaseColumns", self)
        self.task_view = table(self.task_model)
        self.task_view.activated.connect(lambda _: self.edit_task())
        # Said in the table while it is empty, as the panels' tables do (see panels.EMPTY_HINTS).
        self.task_view.empty_hint = QT_TRANSLATE_NOOP(
            "EmptyTables",
            "No tasks for this case yet. Press “Add task…” to plan a visit, a report or a hearing; "
            "tasks with a date appear in the agenda.",
        )
        self.add_task_button = QPushButton(clicked=self.add_task)
        self.edit_task_button = QPushButton(clicked=self.edit_task)
        self.done_button = QPushButton(clicked=self.toggle_done)
        self.call_button = QPushButton(clicked=self.count_call)
        self.delete_task_button = QPushButton(clicked=self.delete_task)
        self.delete_task_shortcut = delete_key(self.task_view, self.delete_task)
        self.tasks_box = QGroupBox()
        box = QVBoxLayout(self.tasks_box)
        box.addWidget(self.task_view)
        box.addLayout(
            button_row(
                self.add_task_button, self.edit_task_button, self.done_button, self.call_button, self.delete_task_button
            )
        )

        layout = QVBoxLayout(self)
        top = button_row(self.back_button)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.notes)
        layout.addLayout(
            button_row(self.edit_button, self.close_button, self.delete_button, self.export_button, self.timer_button)
        )
        layout.addWidget(self.measures_box, 2)
        layout.addWidget(self.tasks_box, 3)
        self.back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit)
        self.measure_view.selectionModel().selectionChanged.connect(self._enable)
        self.task_view.selectionModel().selectionChanged.connect(self._enable)
        self.retranslate()

    @property
    def db(self):
        return self.changes.db

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.back_button.setText(self.tr("← All cases"))
        self.back_shortcut.setWhatsThis(self.tr("A case: back to all cases"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.export_button.setText(self.tr("Export what is held…"))
        self.export_button.setToolTip(self.tr("Everything the app holds on this case, for a parent's access request"))
        self.timer_button.setText(self.tr("Start timer for this case"))
        for action in self.timer_menu.actions():
            action.setText(task_kind_name(action.data()))
        self.measures_box.setTitle(self.tr("Measures"))
        self.add_measure_button.setText(self.tr("Add measure…"))
        self.extend_button.setText(self.tr("Extend by a year"))
        self.end_button.setText(self.tr("End…"))
        self.tasks_box.setTitle(self.tr("Tasks"))
        self.add_task_button.setText(self.tr("Add task…"))
        self.edit_task_button.setText(self.tr("Edit…"))
        self.done_button.setText(self.tr("Done / not done"))
        self.call_button.setText(self.tr("+1 provider called"))
        self.delete_task_button.setText(self.tr("Delete task"))
        describe(
            self.measure_view,
            self.tr("Measures"),
            self.tr("The measures of this case; Enter ends the selected one when it runs."),
        )
        describe(
            self.task_view,
            self.tr("Tasks"),
            self.tr("The tasks of this case; Enter edits the selected one, Delete deletes it."),
        )
        self.delete_task_shortcut.setWhatsThis(self.tr("A case: delete the selected task (Ctrl+Z brings it back)"))
        self.measure_model.retranslate()
        self.task_model.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, case_id: int) -> None:
        """Show the case with ``case_id``."""
        self.case = cases.get_case(self.db, case_id)
        self.reload()

    def reload(self) -> None:
        """Read the case again (after a change, undo or redo); go back when it no longer exists."""
        if self.case is None:
            return
        try:
            self.case = cases.get_case(self.db, self.case.id)
        except UserError:
            self.case = None
            self.back.emit()
            return
        c = self.case
        self.title.setText(c.label)
        facts = self.tr("{status}, opened {opened}").format(
            status=case_status_name(c.status), opened=format_date(c.opened)
        )
        if c.closed:
            facts += ", " + self.tr("closed {closed}").format(closed=format_date(c.closed))
        hours = cases.logged_hours(self.db, c.id)
        self.facts.setText(facts + " · " + self.tr("{hours} hours logged").format(hours=hours_text(hours)))
        self.notes.setText(c.notes or self.tr("No notes."))
        self.close_button.setText(self.tr("Close…") if c.status == "active" else self.tr("Reopen"))
        keep_measure, keep_task = self.selected_measure(), self.selected_task()
        self.measure_model.set_rows(c.measures)
        self.task_model.set_rows(tasks.tasks_of_case(self.db, c.id))
        reselect(self.measure_view, self.measure_model, keep_measure)
        reselect(self.task_view, self.task_model, keep_task)
        for view in (self.measure_view, self.task_view):
            # The rows laid out now, not at the loop's next turn: that turn paints the table a second time.
            view.executeDelayedItemsLayout()
        self._enable()

    def _selected(self, view: QTableView, model: RowsModel):
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return model.row_at(rows[0].row()) if rows else None

    def selected_measure(self):
        """The measure selected in the table, if any."""
        return self._selected(self.measure_view, self.measure_model)

    def selected_task(self) -> Task | None:
        """The task selected in the table, if any."""
        return self._selected(self.task_view, self.task_model)

    def _enable(self) -> None:
        active = self.case is not None and self.case.status == "active"
        m, t = self.selected_measure(), self.selected_task()
        self.add_measure_button.setEnabled(active)
        self.extend_button.setEnabled(m is not None and m.kind == "ots" and m.actual_end is None)
        self.end_button.setEnabled(m is not None and m.actual_end is None)
        for b in (self.edit_task_button, self.done_button, self.delete_task_button):
            b.setEnabled(t is not None)
        self.call_button.setEnabled(t is not None and t.kind == "care-search")

    def _run(self, text: str, action) -> None:
        """A change without a form: a refusal is said in a message box."""
        try:
            self.changes.apply(text, action, self.case.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not possible"), exc.message)

    def edit_case(self) -> None:
        c = self.case
        save = lambda label, opened, notes: self.changes.apply(  # noqa: E731
            self.tr("Edit case “{label}”").format(label=label),
            lambda: cases.edit_case(self.db, c.id, label, opened, notes),
            c.id,
        )
        return open_dialog(CaseDialog(save, c, self))

    def close_or_reopen(self) -> None:
        c = self.case
        if c.status == "closed":
            self._run(self.tr("Reopen case “{label}”").format(label=c.label), lambda: cases.reopen_case(self.db, c.id))
            return
        save = lambda day: self.changes.apply(  # noqa: E731
            self.tr("Close case “{label}”").format(label=c.label), lambda: cases.close_case(self.db, c.id, day), c.id
        )
        return open_dialog(DateDialog(self.tr("Close case"), self.tr("Closed on"), save, self))

    def delete_case(self) -> QMessageBox:
        """Ask whether to delete the case, and what becomes of its hours."""
        return ask_delete_case(self, self.changes, self.case)

    def export_case(self) -> None:
        c = self.case
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export what is held about this case"), f"{c.label}.html", self.tr("Web page (*.html)")
        )
        if not name:
            return
        try:
            from ..core.case_export import export_case  # only when asked for

            html_path, json_path = export_case(self.db, c.id, name)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not possible"), exc.message)
            return
        QMessageBox.information(
            self,
            self.tr("Exported"),
            self.tr("Written:\n{html}\n{json}").format(html=html_path, json=json_path),
        )

    def add_measure(self) -> None:
        used = {m.child_label for m in self.case.measures}
        child = next((chr(ord("A") + i) for i in range(26) if chr(ord("A") + i) not in used), "")
        case_id = self.case.id
        save = lambda m: self.changes.apply(  # noqa: E731
            self.tr("Add measure"), lambda: measures.add_measure(self.db, case_id, m), case_id
        )
        return open_dialog(MeasureDialog(save, child, self))

    def open_measure(self) -> DateDialog | QMessageBox | None:
        """Enter on a measure: end it when it runs (the one change a measure takes); an ended one says so."""
        m = self.selected_measure()
        if m is None:
            return None
        if m.actual_end is None:
            return self.end_measure()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Measure ended"),
            self.tr("This measure ended on {day}. “Add measure…” records a new one.").format(
                day=format_date(m.actual_end)
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def extend_measure(self) -> None:
        m = self.selected_measure()
        self._run(self.tr("Extend measure"), lambda: measures.extend_measure(self.db, m.id))

    def end_measure(self) -> DateDialog:
        m = self.selected_measure()
        save = lambda day: self.changes.apply(  # noqa: E731
            self.tr("End measure"), lambda: measures.end_measure(self.db, m.id, day), self.case.id
        )
        return open_dialog(DateDialog(self.tr("End measure"), self.tr("Ended on"), save, self))

    def add_task(self) -> None:
        new = Task(id=0, case_id=self.case.id, kind="visit", due=next_working_morning(datetime.now()))
        save = lambda t: self.changes.apply(  # noqa: E731
            self.tr("Add task"), lambda: tasks.add_task(self.db, t), self.case.id
        )
        return open_dialog(TaskDialog(save, new, self))

    def edit_task(self) -> None:
        t = self.selected_task()
        if t is None:
            return
        save = lambda edited: self.changes.apply(  # noqa: E731
            self.tr("Edit task"), lambda: tasks.edit_task(self.db, edited), self.case.id
        )
        return open_dialog(TaskDialog(save, t, self))

    def toggle_done(self) -> None:
        t = self.selected_task()
        self._run(self.tr("Tick task done"), lambda: tasks.set_done(self.db, t.id, not t.done))

    def count_call(self) -> None:
        t = self.selected_task()
        self._run(self.tr("Count a provider called"), lambda: tasks.count_provider_call(self.db, t.id))

    def delete_task(self) -> None:
        t = self.selected_task()
        if t is None:
            return
        self._run(self.tr("Delete task"), lambda: tasks.delete_task(self.db, t.id))
