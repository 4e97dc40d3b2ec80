"""Settings → Contract hours: the hours per week, the day they start, the hours of each weekday, and the
day the running balance counts from."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core import balance, contracts
from ..core.errors import UserError
from ..core.i18n import format_date, format_duration, weekday_names
from ..core.settings import get_setting
from .form_dialog import date_edit, date_of
from .hours_field import HoursField, spread
from .theme import set_text_role

if TYPE_CHECKING:
    from sqlite_utils import Database


class ContractDialog(QDialog):
    """Start a new contract period; a refusal is shown in the dialog and nothing is saved."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Contract hours"))
        periods = contracts.contract_periods(db)
        current = contracts.period_in_force(periods, date.today())
        self.hours = HoursField(current.hours, 60, 1)
        self.hours.setSuffix(" " + self.tr("hours a week"))
        self.hours.valueChanged.connect(lambda hours: spread(hours, self.days))
        self.valid_from = date_edit()
        names = weekday_names()
        self.days = [HoursField(h, 24) for h in current.pattern]
        pattern = QGridLayout()
        for i, (name, box) in enumerate(zip(names, self.days)):
            label = QLabel(name)
            label.setBuddy(box)
            box.setAccessibleName(name)
            pattern.addWidget(label, 0, i)
            pattern.addWidget(box, 1, i)
        self.balance_auto = QCheckBox(self.tr("from the Monday of the week of my first entry"))
        stored = get_setting(db, balance.START_SETTING)
        self.balance_from = date_edit(
            date.fromisoformat(stored) if stored else balance.balance_start(db) or date.today()
        )
        self.balance_auto.setChecked(stored is None)
        self.balance_from.setEnabled(stored is not None)
        self.balance_auto.toggled.connect(lambda on: self.balance_from.setEnabled(not on))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        set_text_role(self.error, "danger")
        self.error.setWordWrap(True)
        self.error.hide()
        history = QLabel(
            "\n".join(
                self.tr("From {day}: {hours} hours a week").format(
                    day=format_date(p.valid_from), hours=format_duration(round(p.hours * 60))
                )
                for p in periods
            )
            or self.tr("No contract hours set yet: 36 hours a week on Monday to Friday is assumed.")
        )
        history.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Hours per week"), self.hours)
        form.addRow(self.tr("From"), self.valid_from)
        form.addRow(self.tr("Hours per weekday"), pattern)
        form.addRow(self.tr("Balance counts"), self.balance_auto)
        form.addRow(self.tr("or from"), self.balance_from)
        form.addRow(self.tr("Until now"), history)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.hours.setFocus()  # the dialog opens in its first field, not on Save

    def pattern(self) -> tuple[float, ...]:
        """The hours of Monday to Sunday as the fields hold them."""
        return tuple(box.value() for box in self.days)

    def accept(self) -> None:  # noqa: D102 - saves, or shows why not
        try:
            with self._db.atomic():
                contracts.set_contract(self._db, self.hours.value(), date_of(self.valid_from), self.pattern())
                since = None if self.balance_auto.isChecked() else date_of(self.balance_from)
                balance.set_balance_start(self._db, since)
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        super().accept()
