"""The Statement panel: choose the period, language and request; preview, print or save the PDF."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.dates import add_months
from ..core.errors import UserError
from ..core.i18n import format_date, language
from ..core.parse import check_line
from ..core.settings import DETAIL_MAX, get_setting, set_setting
from ..core.statement import build_statement, default_request, last_full_weeks, quarter_of, whole_weeks
from .accessible import label_form_fields
from .form_dialog import date_edit, date_of
from .tables import button_row

if TYPE_CHECKING:
    from sqlite_utils import Database

PERIODS = ("weeks", "quarter", "last-quarter", "dates")
DETAILS = (("worker_name", "name"), ("worker_team", "team"), ("manager_name", "manager"))


class StatementPanel(QWidget):
    """The worker takes this paper into a meeting with the team lead."""

    #: Emitted when a PDF was written: its path and number of pages.
    written = Signal(str, int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.statement = None  # the figures of the chosen period, for the summary and the default request
        self.period = QComboBox()
        for key in PERIODS:
            self.period.addItem("", key)
        self.period.currentIndexChanged.connect(lambda _: self._fill_dates())
        self.first, self.last = date_edit(), date_edit()
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _: self._show_summary())
        self.lang = QComboBox()
        self.lang.addItem("Nederlands", "nl")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(self.lang.findData(language()))  # the window's language, unless changed
        self.lang.currentIndexChanged.connect(lambda _: self._load_request())
        self.details = {key: QLineEdit() for key, _ in DETAILS}
        for key, edit in self.details.items():
            edit.setText(get_setting(db, key, "") or "")
            edit.editingFinished.connect(lambda key=key: self._save_detail(key))
        self.request = QPlainTextEdit()
        self.request.setTabChangesFocus(True)
        self.request.textChanged.connect(self._save_request)
        self.default_button = QPushButton(clicked=self._default_request)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.preview_button = QPushButton(clicked=self.preview)
        self.print_button = QPushButton(clicked=self.print_statement)
        self.pdf_button = QPushButton(clicked=self.save_pdf)
        self.pdf_button.setObjectName("savePdf")

        self.labels = {name: QLabel() for name in ("period", "from", "to", "lang", "name", "team", "manager")}
        choose = QGroupBox()
        self.choose_box = choose
        form = QFormLayout(choose)
        form.addRow(self.labels["period"], self.period)
        dates = QHBoxLayout()
        dates.addWidget(self.labels["from"])
        dates.addWidget(self.first)
        dates.addWidget(self.labels["to"])
        dates.addWidget(self.last)
        dates.addStretch(1)
        form.addRow("", dates)
        self.labels["from"].setBuddy(self.first)
        self.labels["to"].setBuddy(self.last)
        form.addRow(self.labels["lang"], self.lang)
        for key, name in DETAILS:
            form.addRow(self.labels[name], self.details[key])
        self.request_box = QGroupBox()
        request_layout = QVBoxLayout(self.request_box)
        request_layout.addWidget(self.request)
        request_layout.addLayout(button_row(self.default_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(choose)
        layout.addWidget(self.request_box, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addLayout(button_row(self.preview_button, self.print_button, self.pdf_button))
        label_form_fields(self)
        self.retranslate()
        self._fill_dates()
        self._load_request()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        names = (
            self.tr("The last 4 full weeks"),
            self.tr("This quarter"),
            self.tr("Last quarter"),
            self.tr("Other dates"),
        )
        for i, name in enumerate(names):
            self.period.setItemText(i, name)
        for key, text in (
            ("period", self.tr("Period")),
            ("from", self.tr("From")),
            ("to", self.tr("to")),
            ("lang", self.tr("Language of the statement")),
            ("name", self.tr("Your name")),
            ("team", self.tr("Your team")),
            ("manager", self.tr("Your manager")),
        ):
            self.labels[key].setText(text)
        self.choose_box.setTitle(self.tr("Overload statement (werkdrukmelding)"))
        self.request_box.setTitle(self.tr("Your request for measures"))
        self.request.setAccessibleName(self.tr("Your request for measures"))
        self.default_button.setText(self.tr("Default text"))
        self.preview_button.setText(self.tr("Preview…"))
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.details["worker_name"].setPlaceholderText(self.tr("shown only on this statement"))
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_db(self, db: Database) -> None:
        """Work on another database."""
        self.db = db
        for key, edit in self.details.items():
            edit.setText(get_setting(db, key, "") or "")
        self._load_request()
        self._show_summary()

    def reload(self, *_) -> None:
        """The data changed: show the summary again."""
        self._show_summary()

    def _fill_dates(self) -> None:
        today = date.today()
        key = self.period.currentData()
        if key == "weeks":
            first, last = last_full_weeks(today)
        elif key == "quarter":
            first, last = quarter_of(today)
        elif key == "last-quarter":
            first, last = quarter_of(add_months(today, -3))
        else:
            first, last = date_of(self.first), date_of(self.last)
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
            edit.setEnabled(key == "dates")
        self._show_summary()

    def _show_summary(self) -> None:
        first, last = date_of(self.first), date_of(self.last)
        if last < first:
            self.summary.setText(self.tr("The end of the period comes before its start."))
            return
        try:
            self.statement = build_statement(self.db, first, last)
        except UserError as exc:
            self.statement = None
            self.summary.setText(exc.message)
            return
        first, last = whole_weeks(first, last)
        text = self.tr("The statement covers the whole weeks from {first} to {last}.").format(
            first=format_date(first), last=format_date(last)
        )
        if not self.statement.overloaded:
            text += " " + self.tr(
                "The figures of this period do not show overload: the statement says so and asks for no measures."
            )
        self.summary.setText(text)
        if not get_setting(self.db, f"statement_request_{self.lang.currentData()}"):
            self._load_request()

    def _load_request(self) -> None:
        lang = self.lang.currentData()
        self.request.blockSignals(True)
        saved = get_setting(self.db, f"statement_request_{lang}")
        self.request.setPlainText(saved or default_request(lang, self.statement))
        self.request.blockSignals(False)

    def _save_request(self) -> None:
        try:
            set_setting(self.db, f"statement_request_{self.lang.currentData()}", self.request.toPlainText())
            self.error.clear()
        except UserError as exc:
            self.error.setText(exc.message)

    def _default_request(self) -> None:
        # No saved request: the default follows the figures of the period chosen.
        set_setting(self.db, f"statement_request_{self.lang.currentData()}", "")
        self._load_request()

    def _save_detail(self, key: str) -> None:
        try:
            set_setting(self.db, key, check_line(self.details[key].text(), key, DETAIL_MAX))
            self.error.clear()
        except UserError as exc:
            self.error.setText(exc.message)

    def _parts(self):
        from .statement_pdf import statement_parts

        for key in self.details:
            self._save_detail(key)
        return statement_parts(
            self.db, date_of(self.first), date_of(self.last), self.lang.currentData(), self.request.toPlainText()
        )

    def _document(self):
        from ..core.statement import statement_footer
        from .statement_pdf import statement_document

        try:
            statement, html, images = self._parts()
        except UserError as exc:
            self.error.setText(exc.message)
            return None
        self.error.clear()
        lang = self.lang.currentData()
        return statement_document(html, images), statement_footer(statement, lang), lang

    def preview(self):
        """Show the statement as it will print."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from .statement_pdf import print_document

        made = self._document()
        if made is None:
            return None
        dialog = QPrintPreviewDialog(self)
        doc, footer, lang = made
        dialog.paintRequested.connect(lambda printer: print_document(doc, printer, footer, lang))
        dialog.resize(900, 1000)
        dialog.open()
        return dialog

    def print_statement(self) -> None:
        """Print on paper."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from .statement_pdf import print_document

        made = self._document()
        if made is None:
            return
        doc, footer, lang = made
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            print_document(doc, printer, footer, lang)

    def save_pdf(self, path: str | None = None) -> None:
        """Save as PDF; the layout runs in a worker thread with a progress dialog when it takes a moment."""
        if path is None:
            name = f"werkdrukmelding-{date_of(self.last).isoformat()}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statement"), name, self.tr("PDF (*.pdf)"))
            if not path:
                return
        try:
            statement, html, images = self._parts()
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.error.clear()
        from ..core.statement import statement_footer
        from .background import in_background
        from .statement_pdf import statement_title, write_statement_pdf

        lang = self.lang.currentData()
        title, footer = statement_title(lang), statement_footer(statement, lang)
        in_background(
            self,
            self.tr("Writing the statement…"),
            lambda: write_statement_pdf(html, images, title, path, footer, lang),
            lambda pages: self._written(path, pages),
            self.error.setText,
        )

    def _written(self, path: str, pages: int) -> None:
        self.summary.setText(self.tr("Written: {path} ({pages} pages).").format(path=path, pages=pages))
        self.written.emit(path, pages)
