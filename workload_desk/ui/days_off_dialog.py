"""Settings → Days off: leave, public holidays and sick days, one day or a range, and the year's holidays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import days_off
from ..core.errors import UserError
from ..core.i18n import format_date, language
from .accessible import describe
from .case_dialogs import kind_combo
from .form_dialog import date_edit, date_of
from .theme import set_text_role
from .undoable import UndoableChanges

if TYPE_CHECKING:
    from sqlite_utils import Database

DAY_ROLE = Qt.ItemDataRole.UserRole


def day_keys(first: date, last: date) -> set[tuple[str, str]]:
    """The rows of the days from ``first`` to ``last`` (none for a range the core refuses anyway)."""
    if not 0 <= (last - first).days < days_off.MAX_RANGE:
        return set()
    return {("days_off", (first + timedelta(days=i)).isoformat()) for i in range((last - first).days + 1)}


class DaysOffDialog(QDialog):
    """Mark a day or the working days of a range off, or make them working days again.

    Every change can be undone: with Undo (Ctrl+Z) here, and (given the Time panel's ``changes``) with
    Edit → Undo in the Time panel after the dialog is closed.
    """

    def __init__(
        self,
        db: Database,
        changed: Callable[[], None],
        parent: QWidget | None = None,
        changes: UndoableChanges | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._changed = db, changed
        self.changes = changes if changes is not None else UndoableChanges(db, self)
        #: Undo here takes back only what was done in this dialog.
        self._first_change = self.changes.stack.index()
        self.changes.changed.connect(self._after_change)
        self.setWindowTitle(self.tr("Days off"))
        self.resize(460, 520)
        self.day = date_edit()
        self.to = date_edit()
        self.day.dateChanged.connect(self.to.setDate)  # one day unless the worker stretches it
        self.kind = kind_combo(days_off.KINDS, days_off.kind_name)
        self.add_button = QPushButton(self.tr("Mark as days off"), clicked=self.mark)
        self.remove_button = QPushButton(self.tr("Working day again"), clicked=self.unmark)
        self.undo_button = QPushButton(self.tr("Undo"), clicked=self.undo, enabled=False)
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.holidays_button = QPushButton(self.tr("Public holidays…"), clicked=self.offer_holidays)
        self.list = QListWidget()
        self.error = QLabel()
        set_text_role(self.error, "danger")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.day)
        form.addRow(self.tr("Until"), self.to)
        form.addRow(self.tr("Kind"), self.kind)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.holidays_button)
        row.addStretch()
        explain = QLabel(
            self.tr(
                "A day off on a working day of your pattern lowers that week's expected hours by that day's hours. "
                "A range marks only the working days in it."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.list)
        below = QHBoxLayout()
        below.addWidget(self.remove_button)
        below.addStretch()
        below.addWidget(self.undo_button)
        layout.addLayout(below)
        describe(self.list, self.tr("Days off"), self.tr("Your days off of the past year and the coming one."))
        self.day.setFocus()  # the dialog opens in its first field
        self.reload()

    def reload(self) -> None:
        """Show the days off of the past year and the coming one."""
        self.list.clear()
        today = date.today()
        for day, kind in days_off.days_off_between(
            self._db, today - timedelta(days=366), today + timedelta(days=366)
        ).items():
            item = QListWidgetItem(f"{format_date(day)}  {days_off.kind_name(kind)}")
            item.setData(DAY_ROLE, day)
            self.list.addItem(item)

    def mark(self) -> None:
        """Mark the chosen day, or the working days of the chosen range, off."""
        first, last, kind = date_of(self.day), date_of(self.to), self.kind.currentData()
        try:
            added = self.changes.apply(
                self.tr("Mark days off"),
                lambda: days_off.mark_range_off(self._db, first, last, kind),
                keys=day_keys(first, last),
            )
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.error.setText("" if added else self.tr("There is no working day of your pattern in this range."))

    def unmark(self) -> None:
        """Make the selected days working days again, in one change."""
        chosen = [item.data(DAY_ROLE) for item in self.list.selectedItems()]
        if chosen:
            self.changes.apply(
                self.tr("Working day again"),
                lambda: days_off.unmark_days(self._db, chosen),
                keys={("days_off", day.isoformat()) for day in chosen},
            )

    def undo(self) -> None:
        """Take back the last change made in this dialog."""
        if self.changes.stack.index() > self._first_change:
            self.changes.stack.undo()

    def _after_change(self) -> None:
        self.reload()
        self.undo_button.setEnabled(self.changes.stack.index() > self._first_change)
        self._changed()

    def done(self, result: int) -> None:  # noqa: D102 - the history outlives the dialog: stop listening
        self.changes.changed.disconnect(self._after_change)
        super().done(result)

    def offer_holidays(self) -> HolidaysDialog:
        """The year's Dutch public holidays, for the worker to accept; nothing is marked without them."""
        dialog = HolidaysDialog(self._db, date_of(self.day).year, self, self.changes)
        dialog.open()
        return dialog


class HolidaysDialog(QDialog):
    """The Dutch public holidays of a year with a tick each: those on working days are ticked to start with."""

    def __init__(
        self, db: Database, year: int, parent: QWidget | None = None, changes: UndoableChanges | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.changes = changes if changes is not None else UndoableChanges(db, self)
        self.setWindowTitle(self.tr("Public holidays"))
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(self._fill)
        self.list = QListWidget()
        self.error = QLabel()
        set_text_role(self.error, "danger")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.mark_button = buttons.addButton(
            self.tr("Mark the ticked days off"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        explain = QLabel(self.tr("Which of these are days off depends on your CAO and your employer: tick yours."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        describe(self.list, self.tr("Public holidays"), self.tr("The public holidays of the year: tick your days off."))
        self.year.setFocus()  # the dialog opens in its first field
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for day, name in days_off.public_holidays(self.year.value(), language()).items():
            item = QListWidgetItem(f"{format_date(day)}  {name}")
            item.setData(DAY_ROLE, day)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            works = days_off.works_on(self._db, day)
            item.setCheckState(Qt.CheckState.Checked if works else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        # Wide enough for the longest name in this language and scale: no sideways scrolling.
        needed = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
        self.list.setMinimumWidth(needed + self.list.verticalScrollBar().sizeHint().width())

    def ticked(self) -> list[date]:
        """The days ticked."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.data(DAY_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:  # noqa: D102 - marks the ticked days, or says why not
        ticked = self.ticked()
        try:
            self.changes.apply(
                self.tr("Mark public holidays off"),
                lambda: days_off.mark_days_off(self._db, ticked, "holiday"),
                keys={("days_off", day.isoformat()) for day in ticked},
            )
        except UserError as exc:
            self.error.setText(exc.message)
            return
        super().accept()
