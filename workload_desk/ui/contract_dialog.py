"""Settings → Contract hours: the hours per week and the day they start."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core import contracts
from ..core.errors import UserError
from ..core.i18n import format_date, format_hours

if TYPE_CHECKING:
    from sqlite_utils import Database


class ContractDialog(QDialog):
    """Start a new contract period; a refusal is shown in the dialog and nothing is saved."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Contract hours"))
        current = contracts.contract_hours_on(db, date.today())
        self.hours = QDoubleSpinBox()
        self.hours.setRange(1, 60)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(current or contracts.FULL_TIME_HOURS)
        self.hours.setSuffix(" " + self.tr("hours a week"))
        self.valid_from = QDateEdit(QDate.currentDate())
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("dd-MM-yyyy")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        history = QLabel(
            "\n".join(
                self.tr("From {day}: {hours} hours a week").format(
                    day=format_date(p.valid_from), hours=format_hours(p.hours)
                )
                for p in contracts.contract_periods(db)
            )
            or self.tr("No contract hours set yet.")
        )
        history.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Hours per week"), self.hours)
        form.addRow(self.tr("From"), self.valid_from)
        form.addRow(self.tr("Until now"), history)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:  # noqa: D102 - saves, or shows why not
        try:
            contracts.set_contract(self._db, self.hours.value(), self.valid_from.date().toPython())
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        super().accept()
