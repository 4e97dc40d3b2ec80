"""The first day: a short guide through the contract, the reduction schedule, the name on the statement
and an optional demo year. Shown once on a fresh database; Help reopens it. Skipping changes nothing
but the note that it was skipped."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import caseload_norm, contracts
from ..core.dates import week_start
from ..core.demo import is_empty
from ..core.errors import UserError
from ..core.i18n import weekday_names
from ..core.settings import DETAIL_MAX, get_setting, set_setting
from .form_dialog import date_edit, date_of
from .hours_field import HoursField, spread
from .panels import PANELS, panel_description, panel_title
from .theme import set_text_role

if TYPE_CHECKING:
    from sqlite_utils import Database

# The setting that remembers the guide was finished ("done") or skipped ("skipped").
SETTING = "first_run"


def guide_due(db: Database) -> bool:
    """Whether the guide should open by itself: a fresh database, the guide neither done nor skipped."""
    return get_setting(db, SETTING) is None and is_empty(db)


class FirstRunGuide(QDialog):
    """Four short steps; Finish saves them together, Skip saves nothing but the note that it was skipped.

    ``open_demo`` (if given) is called after Finish when the worker asked for the demo tour.
    """

    def __init__(self, db: Database, open_demo: Callable[[], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.open_demo = open_demo
        self.setObjectName("firstRunGuide")
        self.setWindowTitle(self.tr("Your first day with Workload Desk"))
        self.steps = QStackedWidget()
        self.steps.addWidget(self._contract_step())
        self.steps.addWidget(self._schedule_step())
        self.steps.addWidget(self._name_step())
        self.steps.addWidget(self._tour_step())
        self.step_label = QLabel()
        self.step_label.setEnabled(False)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        set_text_role(self.error, "danger")
        self.error.setWordWrap(True)
        self.error.hide()
        self.skip_button = QPushButton(self.tr("Skip"), clicked=self.reject)
        self.back_button = QPushButton(self.tr("← Back"), clicked=lambda: self.go(self.steps.currentIndex() - 1))
        self.next_button = QPushButton(self.tr("Next →"), clicked=lambda: self.go(self.steps.currentIndex() + 1))
        self.finish_button = QPushButton(self.tr("Finish"), clicked=self.accept)
        self.skip_button.setToolTip(self.tr("Nothing is saved; Help → First-day guide opens this again."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.step_label)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        intro = QLabel(
            self.tr(
                "A minute to set up what the app counts with. You can skip this and open it again from "
                "Help → First-day guide; everything here can also be changed later in Settings."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.go(0)

    # ----- the steps -----

    def _contract_step(self) -> QWidget:
        periods = contracts.contract_periods(self.db)
        current = contracts.period_in_force(periods, date.today())
        self.hours = HoursField(current.hours, 60, 1)
        self.hours.setSuffix(" " + self.tr("hours a week"))
        self.hours.setAccessibleName(self.tr("Contract hours per week"))
        self.hours.valueChanged.connect(lambda hours: spread(hours, self.days))
        self.valid_from = date_edit(week_start(date.today()) if not periods else date.today())
        self.valid_from.setAccessibleName(self.tr("Contract from"))
        self.days = [HoursField(h, 24) for h in current.pattern]
        pattern = QGridLayout()
        for i, (name, box) in enumerate(zip(weekday_names(), self.days)):
            label = QLabel(name)
            label.setBuddy(box)
            box.setAccessibleName(name)
            pattern.addWidget(label, 0, i)
            pattern.addWidget(box, 1, i)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Hours in your contract"), self.hours)
        form.addRow(self.tr("From"), self.valid_from)
        form.addRow(self.tr("Hours per weekday"), pattern)
        return self._step(
            self.tr("1. Your contract"),
            self.tr(
                "Your hours are counted against your contract: extra hours, overtime and the balance. "
                "Until you set it, 36 hours on Monday to Friday is assumed. Days you do not work get 0."
            ),
            form,
        )

    def _schedule_step(self) -> QWidget:
        schedule = caseload_norm.get_schedule(self.db)
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Reduction schedule"))
        for key, text in (
            (None, self.tr("No schedule (the target is the norm)")),
            (
                "akkoord-2023",
                self.tr(
                    "The 2023 agreement (FNV and employers): baseline on 1 May 2023, then one fewer every four months"
                ),
            ),
            ("every-4-months", self.tr("One fewer every four months, from a day I choose")),
        ):
            self.preset.addItem(text, key)
        self.preset.setCurrentIndex(self.preset.findData(schedule.preset if schedule else "akkoord-2023"))
        self.schedule_from = date_edit(schedule.start if schedule else date.today())
        self.schedule_from.setAccessibleName(self.tr("Counting from"))
        self.preset.currentIndexChanged.connect(self._follow_preset)
        self._follow_preset()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Reduction schedule"), self.preset)
        form.addRow(self.tr("Counting from"), self.schedule_from)
        return self._step(
            self.tr("2. The reduction schedule"),
            self.tr(
                "In 2023 the union and the employers agreed that caseloads come down step by step to the norm "
                "of 12 measures per full-time job. The schedule sets your target for today: the Say no panel "
                "tells you whether you may take a new case."
            ),
            form,
        )

    def _name_step(self) -> QWidget:
        self.worker_name = QLineEdit(get_setting(self.db, "worker_name", "") or "")
        self.worker_name.setMaxLength(DETAIL_MAX)
        self.worker_name.setAccessibleName(self.tr("Your name"))
        self.worker_name.setPlaceholderText(self.tr("shown only on the statement"))
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.worker_name)
        return self._step(
            self.tr("3. Your name on the statement"),
            self.tr(
                "The overload statement for your manager carries your name and a signature line. It is kept on "
                "this computer only, and never goes into the union export. You may leave it empty."
            ),
            form,
        )

    def _tour_step(self) -> QWidget:
        panels = QLabel(
            "\n".join(
                f"Ctrl+{i + 1}  {panel_title(key)}: {panel_description(key)}" for i, (key, _, _) in enumerate(PANELS)
            )
        )
        panels.setWordWrap(True)
        panels.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_tour = QCheckBox(
            self.tr("Afterwards, look around in a demo year (a separate file: your own database stays apart)")
        )
        self.demo_tour.setVisible(self.open_demo is not None)
        box = QVBoxLayout()
        box.addWidget(panels)
        box.addWidget(self.demo_tour)
        return self._step(
            self.tr("4. Where things are"),
            self.tr("Start with a case (Ctrl+N in Cases) and the timer (Ctrl+T). The panels:"),
            box,
        )

    @staticmethod
    def _step(title: str, text: str, content) -> QWidget:
        step = QWidget()
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        words = QLabel(text)
        words.setWordWrap(True)
        layout = QVBoxLayout(step)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(words)
        layout.addLayout(content)
        layout.addStretch(1)
        return step

    # ----- moving and saving -----

    def go(self, index: int) -> None:
        """Show step ``index`` (0-based) and the buttons that fit it."""
        count = self.steps.count()
        index = max(0, min(index, count - 1))
        self.steps.setCurrentIndex(index)
        self.step_label.setText(self.tr("Step {n} of {count}").format(n=index + 1, count=count))
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(index < count - 1)
        self.finish_button.setDefault(index == count - 1)
        self.next_button.setDefault(index < count - 1)
        first = {0: self.hours, 1: self.preset, 2: self.worker_name, 3: self.finish_button}[index]
        first.setFocus(Qt.FocusReason.TabFocusReason)

    def _follow_preset(self) -> None:
        self.schedule_from.setEnabled(self.preset.currentData() == "every-4-months")

    def accept(self) -> None:  # noqa: D102 - saves every step together, or shows why not and saves nothing
        try:
            with self.db.atomic():
                contracts.set_contract(
                    self.db, self.hours.value(), date_of(self.valid_from), tuple(b.value() for b in self.days)
                )
                caseload_norm.set_schedule(self.db, self.preset.currentData(), date_of(self.schedule_from))
                name = self.worker_name.text().strip()
                if name or get_setting(self.db, "worker_name"):
                    set_setting(self.db, "worker_name", name)
                set_setting(self.db, SETTING, "done")
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            step = {"from": 0, "pattern": 0, "hours": 0, "worker_name": 2}.get(exc.field, self.steps.currentIndex())
            self.go(step)
            return
        super().accept()
        if self.open_demo is not None and self.demo_tour.isChecked():
            self.open_demo()

    def reject(self) -> None:  # noqa: D102 - skipped: only that is remembered, so it does not open again
        if get_setting(self.db, SETTING) is None:
            set_setting(self.db, SETTING, "skipped")
        super().reject()
