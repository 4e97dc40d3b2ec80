"""The forms of the Time panel: an entry, a split, days off, and a timer found running at start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import days_off
from ..core.cases import case_choices
from ..core.errors import UserError
from ..core.i18n import format_date
from ..core.model import TASK_KINDS, TimeEntry, task_kind_name
from .case_dialogs import kind_combo
from .form_dialog import FormDialog, date_edit, date_of

if TYPE_CHECKING:
    from sqlite_utils import Database


def moment_edit(moment: datetime) -> QDateTimeEdit:
    """A date-and-time field to the minute."""
    edit = QDateTimeEdit(QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy HH:mm")
    return edit


def moment_of(edit: QDateTimeEdit) -> datetime:
    """The moment a date-and-time field holds, to the minute."""
    value = edit.dateTime().toPython()
    return datetime(value.year, value.month, value.day, value.hour, value.minute)


def case_combo(db: Database, current: int | None = None, none_text: str = "") -> QComboBox:
    """A choice of the running cases (and the current one, even if closed), or none."""
    combo = QComboBox()
    combo.addItem(none_text, None)
    for case_id, label in case_choices(db, current):
        combo.addItem(label, case_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class EntryDialog(FormDialog):
    """A time entry: from, until, kind of work, case and note."""

    def __init__(self, db: Database, save: Callable[..., None], entry: TimeEntry, parent: QWidget | None = None):
        super().__init__(self.tr("New entry") if entry.id == 0 else self.tr("Edit entry"), parent)
        self._save = save
        self.start = self.add_field("start", self.tr("From"), moment_edit(entry.start))
        self.end = self.add_field("end", self.tr("Until"), moment_edit(entry.end))
        self.kind = self.add_field(
            "task", self.tr("Kind of work"), kind_combo(TASK_KINDS, task_kind_name, entry.task_kind)
        )
        self.case = self.add_field("case", self.tr("Case"), case_combo(db, entry.case_id, self.tr("(no case)")))
        self.note = self.add_field("note", self.tr("Note"), QLineEdit(entry.note))

    def save(self) -> None:
        self._save(
            moment_of(self.start),
            moment_of(self.end),
            self.kind.currentData(),
            self.case.currentData(),
            self.note.text(),
        )


class SplitDialog(FormDialog):
    """Where to split an entry in two."""

    def __init__(self, save: Callable[[datetime], None], entry: TimeEntry, parent: QWidget | None = None):
        super().__init__(self.tr("Split entry"), parent)
        self._save = save
        middle = entry.start + (entry.end - entry.start) / 2
        self.at = self.add_field("at", self.tr("Split at"), moment_edit(middle.replace(second=0, microsecond=0)))

    def save(self) -> None:
        self._save(moment_of(self.at))


class DaysOffDialog(QDialog):
    """Settings → Days off: mark leave, public holidays and sick days, or unmark them."""

    def __init__(self, db: Database, changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._changed = db, changed
        self.setWindowTitle(self.tr("Days off"))
        self.day = date_edit()
        self.kind = kind_combo(days_off.KINDS, days_off.kind_name)
        self.add_button = QPushButton(self.tr("Mark as day off"), clicked=self.mark)
        self.remove_button = QPushButton(self.tr("Working day again"), clicked=self.unmark)
        self.list = QListWidget()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.kind)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A day off lowers that week's expected hours by a fifth of your contract.")))
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button)
        self.reload()

    def reload(self) -> None:
        """Show the days off of the past year and the coming one."""
        self.list.clear()
        today = date.today()
        for day, kind in days_off.days_off_between(
            self._db, today - timedelta(days=366), today + timedelta(days=366)
        ).items():
            item = QListWidgetItem(f"{format_date(day)}  {days_off.kind_name(kind)}")
            item.setData(256, day)
            self.list.addItem(item)

    def mark(self) -> None:
        """Mark the chosen day off."""
        try:
            days_off.mark_day_off(self._db, date_of(self.day), self.kind.currentData())
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.error.clear()
        self.reload()
        self._changed()

    def unmark(self) -> None:
        """Make the selected day a working day again."""
        item = self.list.currentItem()
        if item is not None:
            days_off.unmark_day_off(self._db, item.data(256))
            self.reload()
            self._changed()


class TimerRecoveryDialog(QMessageBox):
    """A timer found running at start that ran past midnight or more than 10 hours: never stopped silently."""

    def __init__(self, entry: TimeEntry, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("A timer is still running"))
        self.setText(
            self.tr("The timer for {task} has been running since {start}. Did you forget to stop it?").format(
                task=task_kind_name(entry.task_kind), start=f"{format_date(entry.start.date())} {entry.start:%H:%M}"
            )
        )
        self.setInformativeText(self.tr("Stop it at the time you really stopped, keep it running, or discard it."))
        self.stop_at = moment_edit(min(now, entry.start + timedelta(hours=8)))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        extra = QWidget()
        box = QHBoxLayout(extra)
        box.addWidget(QLabel(self.tr("Stopped at")))
        box.addWidget(self.stop_at)
        box.addWidget(self.error)
        self.layout().addWidget(extra, self.layout().rowCount(), 0, 1, self.layout().columnCount())
        self.stop_button = self.addButton(self.tr("Stop at this time"), QMessageBox.ButtonRole.AcceptRole)
        self.keep_button = self.addButton(self.tr("Keep running"), QMessageBox.ButtonRole.RejectRole)
        self.discard_button = self.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(self.stop_button)
