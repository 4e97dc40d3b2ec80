"""The forms of the Time panel: an entry, a split, days off, and a timer found running at start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.cases import case_choices
from ..core.clock import is_ambiguous, offset_minutes, offset_text, zone_of
from ..core.errors import UserError
from ..core.i18n import format_date
from ..core.model import TASK_KINDS, TimeEntry, task_kind_name
from .case_dialogs import kind_combo
from .form_dialog import FormDialog, date_format, tab_leaves
from .theme import set_text_role

if TYPE_CHECKING:
    from sqlite_utils import Database


def moment_edit(moment: datetime) -> QDateTimeEdit:
    """A date-and-time field to the minute, holding the wall-clock time as typed.

    The field keeps plain clock time (Qt's UTC, which has no summer time), so it never moves a
    time the system's own zone would skip; the core checks the time in the worker's time zone.
    """
    utc = QTimeZone(QTimeZone.Initialization.UTC)
    edit = QDateTimeEdit(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute), utc)
    )
    edit.setTimeZone(utc)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format() + " HH:mm")  # the date as the labels of the window write it
    return tab_leaves(edit)


def moment_of(edit: QDateTimeEdit) -> datetime:
    """The wall-clock moment a date-and-time field holds, to the minute."""
    d, t = edit.date(), edit.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def which_of_two(db: Database, moment: datetime, parent: QWidget) -> datetime | None:
    """``moment`` with its ``fold``: in the hour the clocks go back the worker is asked which of the two
    is meant. None when the question was cancelled."""
    tz = zone_of(db)
    if not is_ambiguous(moment, tz):
        return moment
    first, second = (offset_text(offset_minutes(moment.replace(fold=f), tz)) for f in (0, 1))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("TimeDialogs", "Which {time}?").format(time=f"{moment:%H:%M}"))
    box.setText(
        QCoreApplication.translate(
            "TimeDialogs",
            "{day} {time} happened twice: the clocks went back an hour that night. Which one do you mean?",
        ).format(day=format_date(moment.date()), time=f"{moment:%H:%M}")
    )
    earlier = box.addButton(
        QCoreApplication.translate("TimeDialogs", "The first (summer time, {offset})").format(offset=first),
        QMessageBox.ButtonRole.AcceptRole,
    )
    later = box.addButton(
        QCoreApplication.translate("TimeDialogs", "The second (winter time, {offset})").format(offset=second),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(earlier)
    box.exec()
    if box.clickedButton() is earlier:
        return moment.replace(fold=0)
    if box.clickedButton() is later:
        return moment.replace(fold=1)
    return None


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
        self._db = db
        self._save = save
        self.start = self.add_field("start", self.tr("From"), moment_edit(entry.start))
        self.end = self.add_field("end", self.tr("Until"), moment_edit(entry.end))
        self.kind = self.add_field(
            "task", self.tr("Kind of work"), kind_combo(TASK_KINDS, task_kind_name, entry.task_kind)
        )
        self.case = self.add_field("case", self.tr("Case"), case_combo(db, entry.case_id, self.tr("(no case)")))
        self.note = self.add_field("note", self.tr("Note"), QLineEdit(entry.note))

    def save(self) -> None:
        start = which_of_two(self._db, moment_of(self.start), self)
        end = which_of_two(self._db, moment_of(self.end), self) if start is not None else None
        if start is None or end is None:
            raise UserError(self.tr("Not saved: say which of the two times you mean."), "start")
        self._save(start, end, self.kind.currentData(), self.case.currentData(), self.note.text())


class SplitDialog(FormDialog):
    """Where to split an entry in two."""

    def __init__(self, save: Callable[[datetime], None], entry: TimeEntry, parent: QWidget | None = None):
        super().__init__(self.tr("Split entry"), parent)
        self._save = save
        middle = entry.start + (entry.end - entry.start) / 2
        self.at = self.add_field("at", self.tr("Split at"), moment_edit(middle.replace(second=0, microsecond=0)))

    def save(self) -> None:
        self._save(moment_of(self.at))


class TimerRecoveryDialog(QDialog):
    """A timer found running at start that ran past midnight or more than 10 hours: never stopped silently.

    The time it stopped comes first, then the buttons; the first button names that time ("Stop at 17:00"),
    so it cannot be read as "stop now". Like a message box, it tells which button was clicked.
    """

    #: The button clicked (Escape counts as "Keep running").
    buttonClicked = Signal(object)  # noqa: N815 - named as QMessageBox names it

    def __init__(self, entry: TimeEntry, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry = entry
        self.setWindowTitle(self.tr("A timer is still running"))
        self.question = QLabel(
            self.tr("The timer for {task} has been running since {start}. Did you forget to stop it?").format(
                task=task_kind_name(entry.task_kind), start=f"{format_date(entry.start.date())} {entry.start:%H:%M}"
            )
        )
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        advice = QLabel(
            self.tr("Say when you really stopped and stop it at that time, keep it running, or discard it.")
        )
        advice.setWordWrap(True)
        self.stop_at = moment_edit(min(now, entry.start + timedelta(hours=8)))
        self.stop_at.setAccessibleName(self.tr("Stopped at"))
        stopped = QLabel(self.tr("&Stopped at"))
        stopped.setBuddy(self.stop_at)
        self.error = QLabel()
        set_text_role(self.error, "danger")
        self.error.setWordWrap(True)
        field = QHBoxLayout()
        field.addWidget(stopped)
        field.addWidget(self.stop_at)
        field.addStretch(1)
        self.stop_button = QPushButton()
        self.keep_button = QPushButton(self.tr("Keep running"))
        self.discard_button = QPushButton(self.tr("Discard"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        for button in (self.stop_button, self.keep_button, self.discard_button):
            button.clicked.connect(lambda _=False, b=button: self._clicked(b))
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(advice)
        layout.addLayout(field)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.stop_at.dateTimeChanged.connect(self._name_stop)
        self._name_stop()
        self.stop_button.setDefault(True)  # Enter stops at the time shown (set once the button is in the dialog)
        self.stop_at.setFocus()

    def text(self) -> str:
        """The question asked."""
        return self.question.text()

    def _name_stop(self, *_) -> None:
        """The stop button says the time it stops at: the date too when that is another day than the start."""
        at = moment_of(self.stop_at)
        moment = f"{at:%H:%M}" if at.date() == self._entry.start.date() else f"{format_date(at.date())} {at:%H:%M}"
        self.stop_button.setText(self.tr("Stop at {moment}").format(moment=moment))

    def _clicked(self, button: QPushButton) -> None:
        self.buttonClicked.emit(button)
        self.done(QDialog.DialogCode.Accepted if button is self.stop_button else QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Escape (or closing the window) keeps the timer running, as the button says."""
        if self.isVisible():
            self.buttonClicked.emit(self.keep_button)
        super().reject()
