"""The Statement panel: choose the period, language and request; preview, print or save the PDF."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from ..core import i18n
from ..core.clock import now_local, zone_of
from ..core.dates import add_months
from ..core.errors import UserError
from ..core.i18n import format_date
from ..core.parse import check_line
from ..core.settings import DETAIL_MAX, get_setting, set_setting
from ..core.statement import (
    check_period,
    default_request,
    last_full_weeks,
    quarter_of,
    statement_footer,
    year_of,
)
from ..core.statement_figures import counted_period
from .accessible import label_form_fields
from .background import BackgroundWork, in_background, with_own_connection
from .form_dialog import date_edit, date_of
from .tables import button_row
from .theme import follow_palette, set_text_role

if TYPE_CHECKING:
    from sqlite_utils import Database

# The request is saved this long after the last key.
REQUEST_SAVE_MS = 800
PERIODS = ("weeks", "quarter", "last-quarter", "half-year", "year", "last-year", "dates")
DETAILS = (("worker_name", "name"), ("worker_team", "team"), ("manager_name", "manager"))


class StatementPanel(QWidget):
    """The worker takes this paper into a meeting with the team lead."""

    #: Emitted when a PDF was written: its path and number of pages.
    written = Signal(str, int)
    #: Emitted when the figures of the chosen period are counted and the summary shows them.
    summarised = Signal()
    #: Emitted with the preview dialog once the statement is made and shown in it.
    previewing = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.statement = None  # the figures of the chosen period, for the summary and the default request
        self._asked = 0  # the summaries asked for: only the last one's figures are shown
        self.summary_job = self.job = None  # the work in a worker thread, while it runs
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
        self.lang.setCurrentIndex(max(0, self.lang.findData(i18n.language())))  # the window's language first
        self.lang.currentIndexChanged.connect(lambda _: self._load_request())
        self.details = {key: QLineEdit() for key, _ in DETAILS}
        for key, edit in self.details.items():
            edit.setText(get_setting(db, key, "") or "")
            edit.editingFinished.connect(lambda key=key: self._save_detail(key))
        self.request = QPlainTextEdit()
        self.request.setTabChangesFocus(True)
        # Saved when the box loses focus, when the statement is made and a moment after typing stops: a write
        # per keystroke would wait on the disk with every key.
        self.request.textChanged.connect(self._request_typed)
        self.request.installEventFilter(self)
        self._request_timer = QTimer(self, singleShot=True, interval=REQUEST_SAVE_MS)
        self._request_timer.timeout.connect(self._save_request)
        self._request_dirty = False
        self._summary_timer = QTimer(self, singleShot=True, interval=0)
        self._summary_timer.timeout.connect(self._count_summary)
        self.default_button = QPushButton(clicked=self._default_request)
        self.appendix = QCheckBox()
        self.appendix.setChecked(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        set_text_role(self.error, "danger")
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
        form.addRow("", self.appendix)
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
            self.tr("The last 26 full weeks (half a year)"),
            self.tr("The last 52 full weeks (a year)"),
            self.tr("Last calendar year"),
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
        self.request_box.setTitle(self.tr("Your request for action"))
        self.appendix.setText(self.tr("Add an appendix: the hours of every day and each legal finding, for checking"))
        self.request.setAccessibleName(self.tr("Your request for action"))
        self.default_button.setText(self.tr("Default text"))
        self.preview_button.setText(self.tr("Preview…"))
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.details["worker_name"].setPlaceholderText(self.tr("shown only on this statement"))
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.lang.setCurrentIndex(max(0, self.lang.findData(i18n.language())))  # the statement follows the window
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            follow_palette(self)
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's virtual
        self.window().installEventFilter(self)
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's virtual
        # Another panel chosen, or the window closing: nothing typed is lost.
        self.save_request()
        super().hideEvent(event)

    def set_db(self, db: Database) -> None:
        """Work on another database."""
        self.save_request()  # into the database it was typed for
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
        elif key == "half-year":
            first, last = last_full_weeks(today, 26)
        elif key == "year":
            first, last = last_full_weeks(today, 52)
        elif key == "last-year":
            first, last = year_of(date(today.year - 1, 1, 1))
        else:
            first, last = date_of(self.first), date_of(self.last)
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
            edit.setEnabled(key == "dates")
        self._show_summary()

    def _show_summary(self) -> None:
        """Count the period's figures off the window's thread; the summary and the default request follow them.

        Choices made in one go (a period sets both dates: three changes) are counted once, for the last.
        """
        self._asked += 1  # a count under way is for dates no longer chosen: its figures are not shown
        first, last = date_of(self.first), date_of(self.last)
        if last < first:
            self._summary_timer.stop()
            self.summary.setText(self.tr("The end of the period comes before its start."))
            return
        if self.db.file is None:  # a database in memory has no second connection: counted here, at once
            self._count_summary()
            return
        self.summary.setText(self.tr("Counting the figures of the period…"))
        self._summary_timer.start()

    def _count_summary(self) -> None:
        first, last = date_of(self.first), date_of(self.last)
        asked = self._asked

        def done(statement) -> None:
            if asked != self._asked:  # a later choice of dates has its own count coming
                return
            try:
                self._summarise(statement)
            except sqlite3.ProgrammingError:  # the window closed its database while the figures were counted
                pass

        def failed(message: str) -> None:
            if asked == self._asked:
                self.statement = None
                self.summary.setText(message)

        path = self.db.file
        if path is None:  # a database in memory has no file for a child, nor a second connection: counted here
            from .pdf_process import counted_summary

            try:
                done(PeriodSummary(counted_summary(self.db, first, last)))
            except UserError as exc:
                failed(exc.message)
            return
        self.summary_job = BackgroundWork(
            self, lambda: PeriodSummary(_summary_apart(str(path), first, last)), done, failed
        )
        self.summary_job.thread.start()

    def _summarise(self, summary: PeriodSummary) -> None:
        self.statement = summary
        first, last = summary.first, summary.last
        text = self.tr("The statement covers the whole weeks from {first} to {last}.").format(
            first=format_date(first), last=format_date(last)
        )
        if not self.statement.overloaded:
            text += " " + self.tr(
                "The figures of this period do not show overload: the statement says so and asks for no action."
            )
        self.summary.setText(text)
        if not get_setting(self.db, f"statement_request_{self.lang.currentData()}"):
            self._load_request()
        self.summarised.emit()

    def _on_own_connection(self, use):
        """``use(db)`` as work for a worker thread, on a connection of its own; None for a database in memory."""
        path = self.db.file
        if path is None:
            return None
        return lambda: with_own_connection(path, use)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        if watched is self.request and event.type() == QEvent.Type.FocusOut:
            self.save_request()
        elif watched is self.window() and event.type() == QEvent.Type.Close:
            self.save_request()  # before the window closes its database
            self._summary_timer.stop()
            self._asked += 1  # a count under way finds the database closed: its figures are dropped
        return super().eventFilter(watched, event)

    def _request_typed(self) -> None:
        self._request_dirty = True
        self._request_timer.start()

    def save_request(self) -> None:
        """Save the request typed since the last save, if any (the window calls this before it closes)."""
        if self._request_dirty:
            self._save_request()

    def _load_request(self) -> None:
        self.save_request()  # what was typed in the other language first
        lang = self._request_lang = self.lang.currentData()
        self.request.blockSignals(True)
        saved = get_setting(self.db, f"statement_request_{lang}")
        self.request.setPlainText(saved or (self.statement.requests[lang] if self.statement else default_request(lang)))
        self.request.blockSignals(False)

    def _save_request(self) -> None:
        self._request_timer.stop()
        self._request_dirty = False
        key, text = f"statement_request_{self._request_lang}", self.request.toPlainText()
        try:
            if text != get_setting(self.db, key):
                set_setting(self.db, key, text)
            self.error.clear()
        except UserError as exc:
            self.error.setText(exc.message)

    def _default_request(self) -> None:
        # No saved request: the default follows the figures of the period chosen.
        self._request_timer.stop()
        self._request_dirty = False
        set_setting(self.db, f"statement_request_{self.lang.currentData()}", "")
        self._load_request()

    def _save_detail(self, key: str) -> None:
        try:
            line = check_line(self.details[key].text(), key, DETAIL_MAX)
            # Unchanged, nothing is written: a write waits on the disk and makes every memo of the data forget.
            if line != (get_setting(self.db, key, "") or ""):
                set_setting(self.db, key, line)
            self.error.clear()
        except UserError as exc:
            self.error.setText(exc.message)

    def _choices(self) -> tuple:
        """What the statement is made of as chosen here: the period, the language, the request, the appendix."""
        for key in self.details:
            self._save_detail(key)
        self.save_request()
        lang = self.lang.currentData()
        return date_of(self.first), date_of(self.last), lang, self.request.toPlainText(), self.appendix.isChecked()

    def _with_text(self, busy: str, then) -> bool:
        """Make the statement's figures, text and charts (painted on images) in a worker thread, then call
        ``then(statement, html, images, lang)`` on the window's thread. False, with the message shown, when the
        period is refused at once."""
        from .statement_pdf import statement_parts

        first, last, lang, request, appendix = self._choices()
        try:
            check_period(first, last)
        except UserError as exc:
            self.error.setText(exc.message)
            return False
        self.error.clear()

        def text(db):
            return statement_parts(db, first, last, lang, request, appendix)  # charts are images: any thread

        def made(result) -> None:
            then(*result, lang)

        work = self._on_own_connection(text)
        if work is None:  # a database in memory: made here
            made(text(self.db))
        else:
            self.job = in_background(self, busy, work, made, self.error.setText)
        return True

    def _document(self, statement, html: str, images, lang: str):
        from .statement_pdf import statement_document

        return statement_document(html, images), statement_footer(statement, lang)

    def preview(self) -> bool:
        """Show the statement as it will print, once it is made (``previewing`` gives the dialog)."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from .statement_pdf import print_document

        def show(statement, html: str, images, lang: str) -> None:
            doc, footer = self._document(statement, html, images, lang)
            dialog = QPrintPreviewDialog(self)
            dialog.paintRequested.connect(lambda printer: print_document(doc, printer, footer, lang))
            free = self.screen().availableGeometry()  # a page as large as the screen allows, on a laptop too
            dialog.resize(min(900, free.width() - 40), min(1000, free.height() - 40))
            dialog.open()
            self.previewing.emit(dialog)

        return self._with_text(self.tr("Making the statement…"), show)

    def print_statement(self) -> bool:
        """Print on paper, once the statement is made."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from .statement_pdf import print_document

        def send(statement, html: str, images, lang: str) -> None:
            doc, footer = self._document(statement, html, images, lang)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec():
                print_document(doc, printer, footer, lang)

        return self._with_text(self.tr("Making the statement…"), send)

    def save_pdf(self, path: str | None = None) -> None:
        """Save as PDF. A process of its own (``pdf_process``) makes the whole statement from the database file,
        figures, charts and layout, behind a progress dialog: the window's thread only checks the period and
        waits for the answer (in a worker thread the figures' Python held the lock the window's thread needs).
        A database in memory has no file for the child: made in a worker thread, laid out in a child, as before.
        """
        if path is None:
            name = f"werkdrukmelding-{date_of(self.last).isoformat()}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statement"), name, self.tr("PDF (*.pdf)"))
            if not path:
                return
        busy = self.tr("Writing the statement…")
        if self.db.file is None:
            self._save_pdf_in_thread(path, busy)
            return
        first, last, lang, request, appendix = self._choices()  # the lines written first: the child reads them
        try:
            counted_period(first, last, now_local(zone_of(self.db)).date())
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.error.clear()
        db_path = str(self.db.file)
        self.job = in_background(
            self,
            busy,
            lambda: _make_pdf_apart(db_path, first, last, lang, request, appendix, path),
            lambda pages: self._written(path, pages),
            self.error.setText,
        )

    def _save_pdf_in_thread(self, path: str, busy: str) -> None:
        from .statement_pdf import statement_title

        def write(statement, html: str, images, lang: str) -> None:
            footer, title = statement_footer(statement, lang), statement_title(statement, lang)
            self.job = in_background(
                self,
                busy,
                lambda: _pdf_apart(html, images, title, path, footer, lang),
                lambda pages: self._written(path, pages),
                self.error.setText,
            )

        self._with_text(busy, write)

    def _written(self, path: str, pages: int) -> None:
        self.summary.setText(self.tr("Written: {path} ({pages} pages).").format(path=path, pages=pages))
        self.written.emit(path, pages)


def _pdf_apart(html: str, images, title: str, path: str, footer: str, lang: str) -> int:
    """The PDF laid out by a child process, run in the worker thread: ``pdf_process`` (and ``subprocess``, 20 ms
    to import) is imported there the first time, not on the window's thread."""
    from .pdf_process import write_statement_pdf_apart

    return write_statement_pdf_apart(html, images, title, path, footer, lang)


def _make_pdf_apart(db_path: str, first, last, lang: str, request: str, appendix: bool, path: str) -> int:
    """The whole statement made by a child process, waited for in the worker thread (``pdf_process`` imported
    there, not on the window's thread)."""
    from .pdf_process import make_statement_pdf_apart

    return make_statement_pdf_apart(db_path, first, last, lang, request, appendix, path)


class PeriodSummary:
    """What the panel shows of the chosen period's figures: its whole weeks, whether they show overload, and the
    default request in each language (counted by a child process: ``pdf_process.summarise_apart``)."""

    def __init__(self, said: dict) -> None:
        self.first, self.last = date.fromisoformat(said["first"]), date.fromisoformat(said["last"])
        self.overloaded: bool = said["overloaded"]
        self.requests: dict[str, str] = said["requests"]


def _summary_apart(db_path: str, first, last) -> dict:
    """The period's summary counted by a child process, waited for in the worker thread."""
    from .pdf_process import summarise_apart

    return summarise_apart(db_path, first, last)
