"""The Union export panel: choose the months, see exactly what the file holds, then save it."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import union_export
from ..core.dates import add_months
from ..core.errors import UserError
from .accessible import describe, label_form_fields
from .background import BackgroundWork, on_own_connection
from .form_dialog import DateField, month_name
from .tables import button_row, fit_columns, table
from .theme import follow_palette, set_text_role

if TYPE_CHECKING:
    from sqlite_utils import Database

#: How many problem lines the summary's message lists; the rest are counted.
SHOWN_PROBLEMS = 10
#: Up to this many months not built yet are built on the window's thread (a month takes a millisecond or two).
FEW_MONTHS = 3

FIELD_MEANINGS = {
    "month": QT_TRANSLATE_NOOP("UnionFields", "the calendar month"),
    "contract_hours": QT_TRANSLATE_NOOP("UnionFields", "contract hours a week"),
    "contract_band": QT_TRANSLATE_NOOP("UnionFields", "contract band, instead of the hours"),
    "worked_hours": QT_TRANSLATE_NOOP("UnionFields", "hours worked"),
    "extra_hours": QT_TRANSLATE_NOOP("UnionFields", "extra hours (meeruren)"),
    "overtime_hours": QT_TRANSLATE_NOOP("UnionFields", "overtime"),
    "caseload_measures": QT_TRANSLATE_NOOP("UnionFields", "measures at the month's end"),
    "caseload_families": QT_TRANSLATE_NOOP("UnionFields", "families at the month's end"),
    "caseload_children": QT_TRANSLATE_NOOP("UnionFields", "children at the month's end"),
    "norm_measures": QT_TRANSLATE_NOOP("UnionFields", "your norm in measures"),
    "schedule_target": QT_TRANSLATE_NOOP("UnionFields", "the schedule's target"),
    "court_in_person": QT_TRANSLATE_NOOP("UnionFields", "court hearings in person"),
    "court_remote": QT_TRANSLATE_NOOP("UnionFields", "court hearings by phone or video"),
    "redactions": QT_TRANSLATE_NOOP("UnionFields", "file redactions"),
    "care_searches": QT_TRANSLATE_NOOP("UnionFields", "care searches"),
    "boundaries_kept": QT_TRANSLATE_NOOP("UnionFields", "boundaries kept"),
}


def field_meaning(field: str) -> str:
    """What a field of the export means, in words."""
    from ..core.model import task_kind_name
    from ..core.register import request_name

    if field in FIELD_MEANINGS:
        return QCoreApplication.translate("UnionFields", FIELD_MEANINGS[field])
    for kind, name in union_export.KIND_FIELDS.items():
        if name == field:
            return QCoreApplication.translate("UnionFields", "hours of: {kind}").format(kind=task_kind_name(kind))
    for what, name in union_export.DECLINED_FIELDS.items():
        if name == field:
            return QCoreApplication.translate("UnionFields", "declined: {what}").format(what=request_name(what))
    return field


_DISPLAY = Qt.ItemDataRole.DisplayRole


class ExportPreview(QAbstractTableModel):
    """The export field by field (rows) and month by month (columns), exactly as the file will hold it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.export: union_export.UnionExport | None = None

    def set_export(self, export: union_export.UnionExport | None) -> None:
        """Show ``export``; a range of months that grew or shrank at its ends moves only those columns.

        A click on a month spinner then inserts or removes one column instead of laying out the
        whole table again (ten years are 120 columns).
        """
        old = self.export
        if old is None or export is None or not self._months_overlap(old, export):
            self.beginResetModel()
            self.export = export
            self.endResetModel()
            return
        before, after = [m["month"] for m in old.months], [m["month"] for m in export.months]
        first = 2
        if after[0] < before[0]:  # months added in front
            count = after.index(before[0])
            self.beginInsertColumns(QModelIndex(), first, first + count - 1)
            self.export = union_export.UnionExport(
                old.submission_id, old.region, export.months[:count] + old.months, old.respondent_key
            )
            self.endInsertColumns()
        elif after[0] > before[0]:  # months taken from the front
            count = before.index(after[0])
            self.beginRemoveColumns(QModelIndex(), first, first + count - 1)
            self.export = union_export.UnionExport(
                old.submission_id, old.region, old.months[count:], old.respondent_key
            )
            self.endRemoveColumns()
        shown = [m["month"] for m in self.export.months]
        if after[-1] > shown[-1]:  # months added at the end
            count = len(after) - after.index(shown[-1]) - 1
            self.beginInsertColumns(QModelIndex(), first + len(shown), first + len(shown) + count - 1)
            self.export = union_export.UnionExport(
                old.submission_id, old.region, self.export.months + export.months[-count:], old.respondent_key
            )
            self.endInsertColumns()
        elif after[-1] < shown[-1]:  # months taken from the end
            count = len(shown) - shown.index(after[-1]) - 1
            self.beginRemoveColumns(QModelIndex(), first + len(shown) - count, first + len(shown) - 1)
            self.export = union_export.UnionExport(
                old.submission_id, old.region, self.export.months[:-count], old.respondent_key
            )
            self.endRemoveColumns()
        self.export = export  # the same months now: every value and the file's fields as they are
        last = self.index(self.rowCount() - 1, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    @staticmethod
    def _months_overlap(old: union_export.UnionExport, new: union_export.UnionExport) -> bool:
        a, b = old.months, new.months
        return bool(a and b) and a[0]["month"] <= b[-1]["month"] and b[0]["month"] <= a[-1]["month"]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.export is None else len(union_export.MONTH_FIELDS) - 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.export is None else 2 + len(self.export.months)

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        # Asked for some eight roles of every cell painted: the cheapest test first.
        if role != _DISPLAY or self.export is None or not index.isValid():
            return None
        return self.display_text(index.row(), index.column())

    def display_text(self, row: int, column: int) -> str:
        """The text of a cell, read straight (the columns are sized by these, see ``fit_columns``)."""
        field = union_export.MONTH_FIELDS[row + 1]
        if column == 0:
            return field
        if column == 1:
            return field_meaning(field)
        value = self.export.months[column - 2][field]
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or self.export is None:
            return None
        if section == 0:
            return QCoreApplication.translate("UnionPanel", "Field")
        if section == 1:
            return QCoreApplication.translate("UnionPanel", "Meaning")
        if 2 <= section < 2 + len(self.export.months):
            return month_name(self.export.months[section - 2]["month"])
        return None


def _built_months(db, months: list[date], band: bool) -> list[tuple[date, dict]]:
    """The rows of ``months`` (in order), each run of consecutive months built in one go."""
    built, missing = [], list(months)
    while missing:
        run = [missing.pop(0)]
        while missing and missing[0] == add_months(run[-1], 1):
            run.append(missing.pop(0))
        built += zip(run, union_export.month_rows(db, run[0], run[-1], band), strict=True)
    return built


def month_edit(day: date) -> QDateEdit:
    """A field for a month, in words as the table's headers write it ("mei 2026")."""
    return DateField(day.replace(day=1), month_only=True)


class UnionPanel(QWidget):
    """Anonymised totals you may choose to send to the union; and the union's own summary."""

    #: The union summary was written; the problems met (files skipped or counted once).
    summary_done = Signal(list)
    #: The union summary was cancelled: nothing was written.
    summary_cancelled = Signal()
    #: The preview shows the export of the months chosen (built here, or in a worker thread first).
    shown = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._months: dict[tuple[date, bool], dict] = {}
        self._generation = 0  # one more at every change of data: months built before it are not kept
        self._proof_ready = False  # the respondent key's proof worked out (and remembered) once
        self.build_job: BackgroundWork | None = None  # months built in a worker thread, while it runs
        today = date.today()
        last = add_months(today.replace(day=1), -1)
        self.first, self.last = month_edit(add_months(last, -5)), month_edit(last)
        self.region = QComboBox()
        self.region.addItem("", None)
        for key in union_export.REGIONS:
            self.region.addItem(union_export.region_name(key), key)
        self.band = QCheckBox()
        for signal in (
            self.first.dateChanged,
            self.last.dateChanged,
            self.region.currentIndexChanged,
            self.band.toggled,
        ):
            signal.connect(lambda *_: self.refresh())
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.file_facts = QLabel()
        self.file_facts.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)  # a long refusal must not widen the window past a laptop's screen
        set_text_role(self.error, "danger")
        self.preview = ExportPreview(self)
        self.view = table(self.preview)
        self.preview.columnsInserted.connect(
            lambda _parent, first, last: fit_columns(self.view, self.preview, columns=range(first, last + 1))
        )
        self.json_button = QPushButton(clicked=lambda: self.save("json"))
        self.csv_button = QPushButton(clicked=lambda: self.save("csv"))
        self.summary_button = QPushButton(clicked=self.union_summary)
        self.new_key_button = QPushButton(clicked=self.renew_key)
        self.labels = {k: QLabel() for k in ("months", "to", "region", "band")}
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        months = QHBoxLayout()
        months.addWidget(self.first)
        months.addWidget(self.labels["to"])
        months.addWidget(self.last)
        months.addStretch(1)
        form.addRow(self.labels["months"], months)
        form.addRow(self.labels["region"], self.region)
        form.addRow(self.labels["band"], self.band)
        self.labels["months"].setBuddy(self.first)
        self.labels["to"].setBuddy(self.last)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addWidget(self.box)
        facts = QHBoxLayout()
        facts.addWidget(self.file_facts, 1)
        facts.addWidget(self.new_key_button)
        layout.addLayout(facts)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(button_row(self.json_button, self.csv_button, self.summary_button))
        label_form_fields(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.intro.setText(
            self.tr(
                "The union collects caseload and hours from its members. This file holds totals per month only: "
                "no label, note, name, free text, or date finer than a month, and it does not say who you are. "
                "Below is exactly what it will hold; nothing is sent: you choose whether to mail it."
            )
        )
        self.box.setTitle(self.tr("Union export"))
        describe(self.view, self.tr("Export preview"), self.tr("What the export would hold, month by month."))
        self.new_key_button.setText(self.tr("New respondent key…"))
        self.labels["months"].setText(self.tr("Months"))
        self.labels["to"].setText(self.tr("to"))
        self.labels["region"].setText(self.tr("Region (optional)"))
        self.labels["band"].setText(self.tr("Contract band"))
        self.band.setText(self.tr("Give a band (under 32, 32 to 35, 36 or more) instead of my hours"))
        self.region.setItemText(0, self.tr("(not given)"))
        self.region.setItemText(self.region.count() - 1, union_export.region_name("landelijk"))
        self.json_button.setText(self.tr("Save as JSON…"))
        self.csv_button.setText(self.tr("Save as CSV…"))
        self.summary_button.setText(self.tr("Union summary of many exports…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            follow_palette(self)
        super().changeEvent(event)

    def set_db(self, db: Database) -> None:
        """Work on another database."""
        self.db = db
        self._months.clear()
        self._generation += 1
        self._proof_ready = False
        self.refresh()

    def reload(self, *_) -> None:
        """The data changed: build the preview again."""
        self._months.clear()
        self._generation += 1
        self.refresh()

    def _months_of(self, first: date, last: date) -> list[date]:
        months = []
        month = first.replace(day=1)
        while month <= last:
            months.append(month)
            month = add_months(month, 1)
        return months

    def _missing(self, months: list[date], band: bool) -> list[date]:
        """The months not built yet. The running month and later ones are built afresh every time: the clock
        changes them."""
        this_month = date.today().replace(day=1)
        return [m for m in months if (m, band) not in self._months or m >= this_month]

    def _rows(self, first: date, last: date, band: bool) -> list[dict]:
        """The months' rows, each past month built once until the data changes.

        A click on a month spinner then builds one month, not the whole range again (ten years
        take a fifth of a second to build; one month a millisecond or two).
        """
        union_export.check_range(first, last)
        months = self._months_of(first, last)
        for m, row in _built_months(self.db, self._missing(months, band), band):
            self._months[(m, band)] = row
        return [self._months[(m, band)] for m in months]

    def refresh(self) -> None:
        """Build the export the file will hold and show it field by field.

        Many months to build (the panel's first look, or after a change of data), or the respondent key's
        proof not worked out yet (10,000 hashes), are done in a worker thread on a connection of its own,
        and the preview says it is being built meanwhile; a month or two more are built here at once.
        """
        first = self.first.date().toPython()
        last = self.last.date().toPython()
        band = self.band.isChecked()
        if self.db.file is not None and last >= first:
            missing = self._missing(self._months_of(first, last), band)
            if len(missing) > FEW_MONTHS or not self._proof_ready:
                if self.build_job is None:  # else the one running looks again when it is done
                    self._build_in_background(missing, band)
                return
        self._show(first, last, band)

    def _build_in_background(self, missing: list[date], band: bool) -> None:
        generation = self._generation

        def work(db) -> list[tuple[date, dict]]:
            union_export.new_export(db, None, [])  # the key's proof, remembered for the window's thread
            return _built_months(db, missing, band)

        def done(built: list[tuple[date, dict]]) -> None:
            self.build_job = None
            if generation == self._generation:  # else built before a change of data: built again
                self._months.update({(m, band): row for m, row in built})
                self._proof_ready = True
            try:
                self.refresh()  # the months chosen now: shown, or what is still missing built
            except sqlite3.ProgrammingError:  # the window closed its database while the months were built
                pass

        def failed(message: str) -> None:
            self.build_job = None
            self.error.setText(message)

        # Nothing of the months chosen before is shown as if it were these.
        self.preview.set_export(None)
        self._allow_saving(False)
        self.file_facts.setText(self.tr("Building the export of the months chosen…"))
        self.error.clear()
        self.build_job = BackgroundWork(self, on_own_connection(self.db, work), done, failed)
        self.build_job.thread.start()

    def _show(self, first: date, last: date, band: bool) -> None:
        try:
            rows = self._rows(first, last, band)
            export = union_export.new_export(self.db, self.region.currentData(), rows)
        except UserError as exc:
            self.error.setText(exc.message)
            self.preview.set_export(None)
            self.file_facts.clear()
            self._allow_saving(False)
            return
        try:  # months without any data are refused when saving: say so now, and offer no Save
            union_export.check_has_data(export)
        except UserError as exc:
            self.error.setText(exc.message)
        else:
            self.error.clear()
        self._allow_saving(not self.error.text())
        self.preview.set_export(export)
        self.file_facts.setText(
            self.tr(
                "Also in the file: the version of its layout ({version}); your respondent key {key}, random and "
                "made once for this database: it lets the union count you once and link your files to each other, "
                "never to your name; a file number ({sequence}): your newest file for a month replaces older ones; "
                "a proof that the file comes from this database, so nobody else can make a newer one in your name; "
                "a random number, new for every file; and your region: {region}."
            ).format(
                version=union_export.SCHEMA_VERSION,
                key=export.respondent_key,
                sequence=export.sequence,
                region=union_export.region_name(export.region) if export.region else self.tr("not given"),
            )
        )
        self.shown.emit()

    def _allow_saving(self, allowed: bool) -> None:
        for button in (self.json_button, self.csv_button):
            button.setEnabled(allowed)

    def save(self, kind: str, path: str | None = None) -> str | None:
        """Save the export shown as JSON or CSV."""
        if self.preview.export is None:
            return None
        if path is None:
            suggested = f"vakbond-{self.preview.export.months[0]['month']}.{kind}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the union export"), suggested, f"*.{kind}")
            if not path:
                return None
        try:
            union_export.write_export(self.preview.export, Path(path), self.db)
        except UserError as exc:
            self.error.setText(exc.message)
            return None
        self.refresh()  # a new file gets a new submission id
        return path

    def renew_key(self, ask: bool = True) -> None:
        """A new respondent key: files from now on cannot be linked to the earlier ones."""
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("New respondent key"),
                self.tr(
                    "With a new key the union can no longer link your next files to the ones you sent before, and "
                    "may count you twice in a month you already sent. Make a new key?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            union_export.renew_respondent_key(self.db)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.refresh()

    def union_summary(self, files: list[str] | None = None, out: str | None = None) -> BackgroundWork | None:
        """For the union: merge many exports into a summary CSV and a chart beside it.

        The files are read in a worker thread, with a progress bar that can cancel; the window
        stays usable. ``summary_done`` (or ``summary_cancelled``) tells when it is over.
        """
        from .background import cancellable_in_background

        if files is None:
            files, _ = QFileDialog.getOpenFileNames(self, self.tr("Union exports to merge"), "", "*.json *.csv")
            if not files:
                return None
            out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the summary"), "samenvatting.csv", "*.csv")
            if not out:
                return None
        paths, out_path = [Path(f) for f in files], Path(out)

        def work(report) -> tuple[list[dict], list[str]]:
            from ..core.union_releases import ReleaseRegister, default_register
            from ..core.union_summary import summarize, write_summary

            # The register of releases of this user: a month is published once, whatever the folder.
            releases = ReleaseRegister.load(default_register())
            problems: list[str] = []
            rows = summarize(paths, problems, report, releases=releases)
            if rows:
                write_summary(rows, out_path)
                releases.save()
            return rows, problems

        job = cancellable_in_background(
            self,
            self.tr("Reading the exports…"),
            self.tr("Cancel"),
            len(paths),
            work,
            lambda result: self._summary_written(*result, files=len(paths), out=out_path),
            self._summary_failed,
        )
        job.cancelled.connect(self.summary_cancelled)
        return job

    def _summary_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Union summary"), message)

    def _summary_written(self, rows: list[dict], problems: list[str], files: int, out: Path) -> None:
        from .union_chart import write_union_chart  # drawn here: charts belong to the window's thread

        if rows:
            write_union_chart(rows, str(out.with_suffix(".png")))
        text = self.tr("%n month(s) summarised from {files}.", "", len(rows)).format(
            files=self.tr("%n file(s)", "", files)
        )
        shown = problems[:SHOWN_PROBLEMS]
        if len(problems) > len(shown):
            shown.append(self.tr("… and %n more file(s) skipped or counted once.", "", len(problems) - len(shown)))
        QMessageBox.information(self, self.tr("Union summary"), "\n".join([text, *shown]))
        self.summary_done.emit(problems)
