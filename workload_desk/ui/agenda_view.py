"""The agenda: open tasks of the next two weeks across all cases, court hearings first, overdue marked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ..core import tasks
from ..core.errors import UserError
from ..core.events import past_not_done
from ..core.model import Task
from .accessible import describe
from .case_columns import task_columns
from .table_model import RowsModel
from .tables import button_row, table
from .undoable import UndoableChanges

DAYS = 14


class AgendaView(QWidget):
    """Lists the agenda; a task can be ticked done here. ``open_case`` asks to show a task's case."""

    open_case = Signal(int)

    def __init__(self, changes: UndoableChanges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = changes
        self.labels: dict[int, str] = {}
        self.model = RowsModel(task_columns(date.today(), self.labels), "CaseColumns", self)
        self.view = table(self.model)
        self.view.activated.connect(self._open)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.reminder = QLabel()
        self.reminder.setObjectName("agendaReminder")
        self.reminder.setWordWrap(True)
        self.reminder.hide()
        self.done_button = QPushButton(clicked=self.tick_done)
        self.open_button = QPushButton(clicked=lambda: self._open(None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.reminder)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row(self.done_button, self.open_button))
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.intro.setText(
            self.tr("Open tasks due in the next {days} days, court hearings first; overdue ones are marked.").format(
                days=DAYS
            )
        )
        self.done_button.setText(self.tr("Done"))
        describe(self.view, self.tr("Agenda"), self.tr("Open tasks of the coming days; Enter opens the task's case."))
        self.open_button.setText(self.tr("Open case"))
        self.model.retranslate()
        self._remind()
        self._enable()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self, labels: dict[int, str]) -> None:
        """Read the agenda again; ``labels`` names each case."""
        self.labels.clear()
        self.labels.update(labels)
        self.model.set_rows(tasks.agenda(self.changes.db, date.today(), DAYS))
        self._remind()
        self._enable()

    def _remind(self) -> None:
        """Past hearings, redactions and care searches count in the statement and the union export only once
        ticked done: say how many wait."""
        waiting = past_not_done(self.changes.db, date.today())
        self.reminder.setVisible(waiting > 0)
        self.reminder.setText(
            self.tr(
                "Past court hearings, redactions or care searches not yet ticked done: {count}. They count in the "
                "statement and the union export once you tick them done (a cancelled one: delete it)."
            ).format(count=waiting)
        )

    def selected(self) -> Task | None:
        """The selected task, if any."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        task = self.selected()
        self.done_button.setEnabled(task is not None)
        self.open_button.setEnabled(task is not None and task.case_id is not None)

    def tick_done(self) -> None:
        """Tick the selected task done."""
        task = self.selected()
        if task is None:
            return
        keys = set() if task.case_id else {("tasks", task.id)}
        try:
            self.changes.apply(
                self.tr("Tick task done"), lambda: tasks.set_done(self.changes.db, task.id), task.case_id, keys
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not possible"), exc.message)

    def _open(self, _index) -> None:
        task = self.selected()
        if task is not None and task.case_id is not None:
            self.open_case.emit(task.case_id)
