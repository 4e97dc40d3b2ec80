"""The Say no panel: caseload against the norm and the schedule, the answer, the words to refuse, the register."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import caseload_norm, refusal, register
from ..core.errors import UserError
from ..core.files import write_private
from ..core.i18n import format_date, format_duration, format_hours, language
from ..core.say_no import may_accept, projection
from .accessible import describe, label_form_fields
from .background import BackgroundWork, on_own_connection
from .form_dialog import date_edit, date_of, month_name
from .hours_field import HoursField
from .say_no_dialogs import DeclineDialog, TemplateDialog
from .table_model import Column, RowsModel
from .tables import button_row, delete_key, open_dialog, table
from .theme import follow_palette, set_text_role
from .undoable import UndoableChanges

if TYPE_CHECKING:
    from sqlite_utils import Database

DECLINED_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("SayNoColumns", "Date"), lambda r: format_date(r.day), lambda r: r.day.toordinal()),
    Column(
        QT_TRANSLATE_NOOP("SayNoColumns", "What was asked"), lambda r: register.request_name(r.what), lambda r: r.what
    ),
    Column(QT_TRANSLATE_NOOP("SayNoColumns", "From"), lambda r: r.from_role),
    Column(QT_TRANSLATE_NOOP("SayNoColumns", "Note"), lambda r: r.note),
]


@dataclass(frozen=True)
class MonthCount:
    """Requests declined in one month."""

    id: str
    total: int
    new_cases: int


MONTH_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("SayNoColumns", "Month"), lambda m: month_name(m.id), lambda m: m.id),
    Column(QT_TRANSLATE_NOOP("SayNoColumns", "Declined"), lambda m: str(m.total), lambda m: m.total, True),
    Column(
        QT_TRANSLATE_NOOP("SayNoColumns", "Of which new cases"), lambda m: str(m.new_cases), lambda m: m.new_cases, True
    ),
]

BOUNDARY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("SayNoColumns", "Boundary"), lambda b: register.boundary_name(b.boundary)),
    Column(QT_TRANSLATE_NOOP("SayNoColumns", "Times kept"), lambda b: str(b.times), lambda b: b.times, True),
    Column(
        QT_TRANSLATE_NOOP("SayNoColumns", "Hours saved"),
        lambda b: format_duration(round(b.hours_saved * 60)),
        lambda b: b.hours_saved,
        True,
    ),
]


#: The chart is counted once its tab has been in view this long (ms).
CHART_AFTER_MS = 250


def big(label: QLabel, factor: float = 1.6) -> QLabel:
    """Make a label big and bold."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)
    return label


#: The settings the "Schedule and norm" tab writes, so saving it can be undone.
SETTING_KEYS = (
    "schedule",
    "norm_measures_fte",
    "norm_families_low_fte",
    "norm_families_high_fte",
    "hours_saved_court-remote",
)


class SayNoPanel(QWidget):
    """The heart of the app: the facts to say no with, and the record that you did; every change can be undone."""

    #: The chart tab shows the caseload chart, counted for the data as it is now.
    chart_shown = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = UndoableChanges(db, self)
        self.changes.changed.connect(self.reload)
        self.caseload = big(QLabel())
        self.norm = big(QLabel())
        self.target = big(QLabel())
        self.answer = big(QLabel(), 2.0)
        self.answer.setObjectName("answer")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setObjectName("reason")
        self.families = QLabel()
        self.outlook = QLabel()
        self.outlook.setWordWrap(True)
        self.caseload_title, self.norm_title, self.target_title, self.answer_title = (QLabel() for _ in range(4))
        figures = QGridLayout()
        for column, (title, value) in enumerate(
            (
                (self.caseload_title, self.caseload),
                (self.norm_title, self.norm),
                (self.target_title, self.target),
                (self.answer_title, self.answer),
            )
        ):
            figures.addWidget(title, 0, column)
            figures.addWidget(value, 1, column)
        top = QGroupBox()
        top_layout = QVBoxLayout(top)
        top_layout.addLayout(figures)
        top_layout.addWidget(self.reason)
        top_layout.addWidget(self.families)
        top_layout.addWidget(self.outlook)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._message_tab(), "")
        self.tabs.addTab(self._register_tab(), "")
        self.tabs.addTab(self._boundaries_tab(), "")
        self.chart_tab = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_tab)
        self.chart = None
        #: Said while the chart's weeks are counted (a year back and ahead: hundreds of queries, in a thread).
        self.chart_busy = QLabel()
        self.chart_busy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_busy.hide()
        self.chart_layout.addWidget(self.chart_busy)
        #: The chart shows the data as it is (False: counted before a change, or never): counted again when opened.
        self._chart_current = False
        self._chart_asked = 0
        # Counted once the tab has stayed in view a moment: a tab passed with Ctrl+Tab costs nothing.
        self._chart_timer = QTimer(self, singleShot=True, interval=CHART_AFTER_MS)
        self._chart_timer.timeout.connect(self._count_chart)
        self.tabs.addTab(self.chart_tab, "")
        self.tabs.addTab(self._settings_tab(), "")
        self.tabs.currentChanged.connect(lambda _: self._show_chart())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(top)
        layout.addWidget(self.tabs, 1)
        label_form_fields(self)
        self.retranslate()

    @property
    def db(self) -> Database:
        """The database shown (the undo history's)."""
        return self.changes.db

    def _message_tab(self) -> QWidget:
        self.message_lang = QComboBox()
        self.message_lang.addItem("Nederlands", "nl")
        self.message_lang.addItem("English", "en")
        self.message_lang.setCurrentIndex(self.message_lang.findData(language()))  # the window's, unless changed
        self.message_lang.currentIndexChanged.connect(lambda _: self.fill_message())
        self.message_to = QLineEdit()
        self.message_to.textChanged.connect(lambda _: self.fill_message())
        self.message = QPlainTextEdit()
        self.message.setObjectName("refusalMessage")
        self.message.setTabChangesFocus(True)
        self.copy_button = QPushButton(clicked=self.copy_message)
        self.save_message_button = QPushButton(clicked=self.save_message)
        self.template_button = QPushButton(clicked=self.edit_template)
        self.record_button = QPushButton(clicked=lambda: self.record_decline("new-case"))
        tab = QWidget()
        form = QFormLayout()
        self.message_lang_label, self.message_to_label = QLabel(), QLabel()
        form.addRow(self.message_lang_label, self.message_lang)
        form.addRow(self.message_to_label, self.message_to)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.message, 1)
        layout.addLayout(
            button_row(self.copy_button, self.save_message_button, self.template_button, self.record_button)
        )
        return tab

    def _register_tab(self) -> QWidget:
        self.declined_model = RowsModel(DECLINED_COLUMNS, "SayNoColumns", self)
        self.declined_view = table(self.declined_model)
        self.delete_decline_key = delete_key(self.declined_view, self.delete_decline)
        self.declined_view.activated.connect(lambda _: self.edit_decline())
        self.month_model = RowsModel(MONTH_COLUMNS, "SayNoColumns", self)
        self.decline_button = QPushButton(clicked=lambda: self.record_decline("new-case"))
        self.delete_decline_button = QPushButton(clicked=self.delete_decline)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.declined_view, 2)
        layout.addLayout(button_row(self.decline_button, self.delete_decline_button))
        self.register_month_view = table(self.month_model)
        layout.addWidget(self.register_month_view, 1)
        return tab

    def _boundaries_tab(self) -> QWidget:
        self.boundary_model = RowsModel(BOUNDARY_COLUMNS, "SayNoColumns", self)
        self.boundary_view = table(self.boundary_model)
        self.kept_button = QPushButton(clicked=self.keep_boundary)
        self.kept_day = date_edit()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.boundary_view, 1)
        layout.addLayout(button_row(self.kept_day, self.kept_button))
        return tab

    def _settings_tab(self) -> QWidget:
        self.preset = QComboBox()
        for key in (None, "akkoord-2023", "every-4-months"):
            self.preset.addItem("", key)
        self.schedule_from = date_edit()
        self.count_baseline = QCheckBox()
        self.baseline = QDoubleSpinBox()
        self.baseline.setRange(0, 200)
        self.baseline.setDecimals(1)
        self.count_baseline.toggled.connect(lambda on: self.baseline.setEnabled(not on))
        self.norm_measures = QDoubleSpinBox()
        self.norm_measures.setRange(1, 40)
        self.families_low, self.families_high = QDoubleSpinBox(), QDoubleSpinBox()
        for spin in (self.families_low, self.families_high):
            spin.setRange(1, 40)
        self.court_hours = HoursField(0, 24)
        self.save_settings_button = QPushButton(clicked=self.save_settings)
        self.settings_error = QLabel()
        set_text_role(self.settings_error, "danger")
        self.settings_labels = [QLabel() for _ in range(7)]
        tab = QWidget()
        form = QFormLayout(tab)
        form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint
        )  # no field of figures 1000 px wide
        for label, field in zip(
            self.settings_labels,
            (
                self.preset,
                self.schedule_from,
                self.count_baseline,
                self.baseline,
                self.norm_measures,
                _pair(self.families_low, self.families_high),
                self.court_hours,
            ),
        ):
            form.addRow(label, field)
        form.addRow("", self.save_settings_button)
        form.addRow("", self.settings_error)
        return tab

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.caseload_title.setText(self.tr("Caseload"))
        self.norm_title.setText(self.tr("Norm"))
        self.target_title.setText(self.tr("Target today"))
        self.answer_title.setText(self.tr("May I take a new case?"))
        for i, title in enumerate(
            (
                self.tr("Words to refuse"),
                self.tr("Requests declined"),
                self.tr("Boundaries kept"),
                self.tr("Chart"),
                self.tr("Schedule and norm"),
            )
        ):
            self.tabs.setTabText(i, title)
        self.message_lang.setCurrentIndex(self.message_lang.findData(language()))
        self.message_lang_label.setText(self.tr("Language of the message"))
        self.message_to_label.setText(self.tr("To"))
        self.message_to.setPlaceholderText(self.tr("colleague"))
        self.copy_button.setText(self.tr("Copy"))
        self.save_message_button.setText(self.tr("Save as…"))
        self.template_button.setText(self.tr("Edit template…"))
        self.record_button.setText(self.tr("Record as declined…"))
        self.decline_button.setText(self.tr("Record a request declined…"))
        self.delete_decline_button.setText(self.tr("Delete"))
        self.kept_button.setText(self.tr("Kept this boundary on"))
        self.kept_day.setAccessibleName(self.tr("Kept this boundary on"))
        self.message.setAccessibleName(self.tr("Words to refuse"))
        describe(
            self.declined_view,
            self.tr("Requests declined"),
            self.tr("Every request you recorded as declined; Enter corrects the selected one, Delete deletes it."),
        )
        describe(self.register_month_view, self.tr("Per month"), self.tr("The requests declined, month by month."))
        describe(self.boundary_view, self.tr("Boundaries kept"), self.tr("Your boundaries and when you kept them."))
        self.families_low.setAccessibleName(self.tr("Norm: families per full-time job, lowest"))
        self.families_high.setAccessibleName(self.tr("Norm: families per full-time job, highest"))
        texts = (
            self.tr("No schedule (the target is the norm)"),
            self.tr("The 2023 agreement (FNV and employers)"),
            self.tr("One fewer every four months"),
        )
        for i, text in enumerate(texts):
            self.preset.setItemText(i, text)
        self.preset.setItemData(
            1,
            self.tr(
                "Counted from 1 May 2023: 1.5 measures fewer by 1 September 2023, 2.5 fewer by 1 January 2024, "
                "then one fewer every four months until the norm."
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        for label, text in zip(
            self.settings_labels,
            (
                self.tr("Reduction schedule"),
                self.tr("Counting from"),
                self.tr("Count the baseline from my data"),
                self.tr("Baseline (measures)"),
                self.tr("Norm: measures per full-time job"),
                self.tr("Norm: families per full-time job"),
                self.tr("Hours saved by court by phone"),
            ),
        ):
            label.setText(text)
        self.save_settings_button.setText(self.tr("Save"))
        for model in (self.declined_model, self.month_model, self.boundary_model):
            model.retranslate()
            model.given = None  # set again below: the columns measured in the new language
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            follow_palette(self)
        super().changeEvent(event)

    def set_db(self, db: Database) -> None:
        """Show another database; the undo history of the old one is dropped."""
        self.changes.set_db(db)
        self.reload()

    def reload(self, *_) -> None:
        """Compute the figures again and refresh every tab."""
        today = date.today()
        self.answer_now = answer = may_accept(self.db, today)
        load = answer.caseload
        self.caseload.setText(self.tr("%n measure(s)", "", load.measures))
        self.caseload.setToolTip(
            self.tr("%n family(s)", "", load.families) + ", " + self.tr("%n child(ren)", "", load.children)
        )
        low, high = answer.norm.families
        self.norm.setText(self.tr("{norm} measures").format(norm=format_hours(answer.norm.measures)))
        self.norm.setToolTip(self.tr("or {low}–{high} families").format(low=format_hours(low), high=format_hours(high)))
        self.target.setText(format_hours(answer.target))
        self.answer.setText(self.tr("Yes") if answer.may_accept else self.tr("No"))
        set_text_role(self.answer, "ok" if answer.may_accept else "danger")
        self.reason.setText(answer.reason)
        self.families.setText(
            self.tr("That is %n family(s) against a norm of {low}–{high}.", "", load.families).format(
                low=format_hours(low), high=format_hours(high)
            )
        )
        self.outlook.setText(self._outlook(today))
        self.fill_message()
        self._set_rows(self.declined_model, register.declined(self.db))
        self._set_rows(
            self.month_model,
            [
                MonthCount(m, sum(c.values()), c.get("new-case", 0))
                for m, c in register.declined_per_month(self.db).items()
            ],
        )
        self._set_rows(self.boundary_model, register.boundaries_kept(self.db))
        self._load_settings()
        self._chart_current = False
        self._chart_asked += 1  # a count under way is of the data before: not shown
        if self.tabs.currentWidget() is self.chart_tab:
            self._show_chart()

    @staticmethod
    def _set_rows(model: RowsModel, rows: list) -> None:
        """Show ``rows``, unless the table shows these already: most changes of data (an hour logged, a case)
        leave the register as it was, and a table set again measures its columns again (25 ms on ten years)."""
        if getattr(model, "given", None) == rows:
            return
        model.given = rows
        model.set_rows(rows)

    def _outlook(self, today: date) -> str:
        p = projection(self.db, today)
        if p.reaches_target == today:
            text = self.tr("Your caseload is within today's target.")
        elif p.reaches_target:
            text = self.tr("If no new case comes in, your caseload reaches the target on {day}").format(
                day=format_date(p.reaches_target)
            )
            text += (
                self.tr(" and the norm on {day}.").format(day=format_date(p.reaches_norm))
                if p.reaches_norm
                else self.tr(", but not the norm within five years.")
            )
        else:
            text = self.tr(
                "Even with no new case, the planned ends do not bring your caseload to the target within five years."
            )
        if p.without_end:
            text += " " + self.tr("%n running measure(s) have no planned end.", "", p.without_end)
        return text

    def _load_settings(self) -> None:
        schedule = caseload_norm.get_schedule(self.db)
        self.preset.setCurrentIndex(self.preset.findData(schedule.preset if schedule else None))
        if schedule:
            self.schedule_from.setDate(QDate(schedule.start.year, schedule.start.month, schedule.start.day))
            self.count_baseline.setChecked(schedule.baseline is None)
            self.baseline.setValue(caseload_norm.baseline_of(self.db, schedule))
        norm = caseload_norm.norm_on(self.db, date.today())
        self.norm_measures.setValue(norm.measures_fte)
        self.families_low.setValue(norm.families_fte[0])
        self.families_high.setValue(norm.families_fte[1])
        self.court_hours.setValue(register.hours_saved_per_time(self.db)["court-remote"])

    def save_settings(self) -> None:
        """Save the schedule and the norms; a refusal is said below the form and nothing changes."""

        def save() -> None:
            with self.db.atomic():
                caseload_norm.set_schedule(
                    self.db,
                    self.preset.currentData(),
                    date_of(self.schedule_from),
                    None if self.count_baseline.isChecked() else self.baseline.value(),
                )
                caseload_norm.set_norms(
                    self.db, self.norm_measures.value(), self.families_low.value(), self.families_high.value()
                )
                register.set_hours_saved(self.db, "court-remote", self.court_hours.value())

        try:
            self.changes.apply(self.tr("Save the schedule and norm"), save, keys=_setting_keys(*SETTING_KEYS))
        except UserError as exc:
            self.settings_error.setText(exc.message)
            return
        self.settings_error.clear()

    def fill_message(self) -> None:
        """Fill the refusal message in the chosen language with today's figures; none when the answer is yes."""
        if not hasattr(self, "answer_now"):
            return
        saying_no = not self.answer_now.may_accept
        for widget in (self.message, self.copy_button, self.save_message_button):
            widget.setEnabled(saying_no)
        self.message.setPlaceholderText(
            "" if saying_no else self.tr("Today the answer is yes: there is nothing to refuse.")
        )
        self.message.setPlainText(
            refusal.refusal_message(self.db, self.answer_now, self.message_lang.currentData(), self.message_to.text())
            if saying_no
            else ""
        )

    def copy_message(self) -> None:
        """Copy the message (as edited) to the clipboard."""
        QGuiApplication.clipboard().setText(self.message.toPlainText())

    def save_message(self) -> None:
        """Save the message (as edited) to a text file."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the message"), "nee.txt", self.tr("Text (*.txt)"))
        if name:
            try:
                write_private(name, self.message.toPlainText())
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Not possible"), exc.message)

    def edit_template(self) -> TemplateDialog:
        """Edit the template of the chosen language."""
        lang = self.message_lang.currentData()

        def save(text: str) -> None:
            self.changes.apply(
                self.tr("Edit the refusal template"),
                lambda: refusal.save_template(self.db, lang, text),
                keys=_setting_keys(f"refusal_template_{lang}"),
            )

        return open_dialog(TemplateDialog(refusal.template(self.db, lang), lang, save, self))

    def record_decline(self, what: str) -> DeclineDialog:
        """Record a request declined."""

        def save(day, what, role, note):
            self.changes.apply(
                self.tr("Record a request declined"),
                lambda: register.decline(self.db, day, what, role, note),
                new_keys=lambda new_id: {("declined_requests", new_id)},
            )

        return open_dialog(DeclineDialog(save, what, self))

    def edit_decline(self) -> DeclineDialog | None:
        """Enter on a request declined: correct it; Ctrl+Z takes the correction back."""
        rows = self.declined_view.selectionModel().selectedRows()
        if not rows:
            return None
        request = self.declined_model.row_at(rows[0].row())

        def save(day, what, role, note):
            self.changes.apply(
                self.tr("Correct a request declined"),
                lambda: register.edit_declined(self.db, request.id, day, what, role, note),
                keys={("declined_requests", request.id)},
            )

        return open_dialog(DeclineDialog(save, request.what, self, request))

    def delete_decline(self) -> None:
        """Remove the selected request from the register (the Delete key too); Ctrl+Z brings it back."""
        rows = self.declined_view.selectionModel().selectedRows()
        if rows:
            request_id = self.declined_model.row_at(rows[0].row()).id
            self.changes.apply(
                self.tr("Delete a request declined"),
                lambda: register.delete_declined(self.db, request_id),
                keys={("declined_requests", request_id)},
            )

    def keep_boundary(self) -> None:
        """Count the selected boundary as kept on the chosen day; Ctrl+Z takes it back."""
        rows = self.boundary_view.selectionModel().selectedRows()
        if rows:
            boundary = self.boundary_model.row_at(rows[0].row()).boundary
            day = date_of(self.kept_day)
            try:
                self.changes.apply(
                    self.tr("Keep a boundary"),
                    lambda: register.keep_boundary(self.db, day, boundary),
                    new_keys=lambda new_id: {("boundaries_kept", new_id)},
                )
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Not possible"), exc.message)

    def _show_chart(self) -> None:
        """The caseload chart, counted in a worker thread when its tab is opened; kept until the data changes."""
        if self.tabs.currentWidget() is not self.chart_tab or self._chart_current:
            return
        if self.chart is not None:
            self.chart.hide()  # counted before a change: never shown as the figures of now
        self.chart_busy.setText(self.tr("Counting your caseload week by week…"))
        self.chart_busy.show()
        if self.db.file is None:  # a database in memory: counted here, at once
            self._count_chart()
        else:
            self._chart_timer.start()

    def _count_chart(self) -> None:
        if self.tabs.currentWidget() is not self.chart_tab or self._chart_current:
            return  # passed by: counted when the tab is opened again
        from ..core.say_no import caseload_series

        today = date.today()
        self._chart_current = True
        self._chart_asked += 1
        asked = self._chart_asked

        def done(series) -> None:
            if asked == self._chart_asked:  # else the data changed meanwhile: a newer count is coming
                self._draw_chart(series, today)

        def failed(message: str) -> None:
            if asked == self._chart_asked:
                self._chart_current = False
                self.chart_busy.setText(message)

        work = on_own_connection(self.db, lambda db: caseload_series(db, today))
        if work is None:  # a database in memory: counted here
            done(caseload_series(self.db, today))
            return
        self.chart_job = BackgroundWork(self, work, done, failed)
        self.chart_job.thread.start()

    def _draw_chart(self, series, today: date) -> None:
        from .caseload_chart import caseload_chart
        from .charts import ChartView

        chart = caseload_chart(series, today)
        if self.chart is None:
            self.chart = ChartView(chart)
            self.chart_layout.addWidget(self.chart)
        else:
            self.chart.set_chart(chart)
        self.chart_busy.hide()
        self.chart.show()
        self.chart_shown.emit()


def _setting_keys(*names: str) -> set[tuple[str, str]]:
    return {("settings", name) for name in names}


def _pair(low: QWidget, high: QWidget) -> QWidget:
    from PySide6.QtWidgets import QHBoxLayout

    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(low)
    row.addWidget(QLabel("–"))
    row.addWidget(high)
    return box
