"""File menu actions that keep the worker's data safe: back up, restore, move everything to a new laptop."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import backup
from ..core.errors import UserError
from ..core.i18n import format_date


def size_text(size: int) -> str:
    """A file size in kB or MB."""
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{max(1, round(size / 1000))} kB"


class RestoreDialog(QDialog):
    """File → Restore: the backups with their dates and sizes, or another file."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.chosen: Path | None = None
        self.list = QListWidget()
        for b in backup.list_backups(db_path):
            item = QListWidgetItem(f"{format_date(b.taken.date())} {b.taken:%H:%M}    {size_text(b.size)}")
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        other = QPushButton(self.tr("Other file…"), clicked=self._other)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The backup you choose takes the place of your database. Your database as it is now is "
                    "backed up first, so this too can be undone."
                )
            )
        )
        layout.addWidget(self.list)
        layout.addWidget(other)
        layout.addWidget(buttons)
        self.resize(460, 360)

    def _other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a file"), "", self.tr("Database (*.db)"))
        if name:
            self.chosen = Path(name)
            super().accept()

    def accept(self) -> None:  # noqa: D102 - takes the selected backup
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        super().accept()


class _IntegrityJob(QObject):
    """SQLite's full integrity check, on a connection of its own in a worker thread."""

    finished = Signal(bool)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def run(self) -> None:
        import sqlite3

        try:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            ok = False
        self.finished.emit(ok)


class DataSafety:
    """The data-safety actions of a main window: it closes and reopens the window's session around a restore."""

    def __init__(self, window) -> None:
        self.window = window

    def check_integrity(self) -> QThread:
        """After the window is shown: the full integrity check in the background; damage is reported at once."""
        thread = QThread(self.window)
        job = _IntegrityJob(self.window.session.path)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.finished.connect(self._integrity_checked)
        job.finished.connect(thread.quit)
        thread.finished.connect(job.deleteLater)
        thread.finished.connect(thread.deleteLater)
        self._integrity = (thread, job)
        thread.start()
        return thread

    def _integrity_checked(self, ok: bool) -> None:
        if ok:
            return
        from ..core.database import _damaged
        from ..core.errors import DatabaseError
        from .app import offer_restore

        w = self.window
        path = w.session.path
        w.session.close()
        session = offer_restore(path, DatabaseError(_damaged(path), "corrupt"))
        if session is None:
            w.close()
            return
        w.session = session
        w.reopen(path, keep_session=True)

    def backup_now(self) -> Path | None:
        """File → Back up now."""
        try:
            made = backup.backup_now(self.window.session.path)
            backup.rotate(self.window.session.path)
        except UserError as exc:
            QMessageBox.warning(self.window, self.window.tr("Not possible"), exc.message)
            return None
        self.window.statusBar().showMessage(self.window.tr("Backup written: {path}").format(path=made), 8000)
        return made

    def restore_from(self, source: Path) -> bool:
        """Put ``source`` in place of the open database; on a refusal nothing changes."""
        from ..core.database import check_database_file

        w = self.window
        try:
            check_database_file(source)
        except UserError as exc:
            QMessageBox.warning(w, w.tr("Cannot restore"), exc.message)
            return False
        path = w.session.path
        w.session.close()
        try:
            backup.restore(path, source)
        finally:
            w.reopen(path)
        w.statusBar().showMessage(w.tr("Restored from {path}.").format(path=source), 8000)
        return True

    def choose_restore(self) -> None:
        """File → Restore…"""
        dialog = RestoreDialog(self.window.session.path, self.window)
        if dialog.exec() and dialog.chosen:
            self.restore_from(dialog.chosen)

    def export_everything(self, path: str | None = None) -> None:
        """File → Export everything… (to move to a new laptop)."""
        from ..core.full_export import write_export_all

        w = self.window
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                w, w.tr("Export everything"), f"workload-desk-{datetime.now():%Y%m%d}.json", "*.json"
            )
            if not path:
                return
        try:
            rows = write_export_all(w.session.db, Path(path))
        except UserError as exc:
            QMessageBox.warning(w, w.tr("Not possible"), exc.message)
            return
        w.statusBar().showMessage(
            w.tr("Written: {path} ({rows} rows). It holds everything: keep it safe.").format(path=path, rows=rows),
            10000,
        )

    def import_everything(self, path: str | None = None, merge: bool | None = None) -> bool:
        """File → Import everything…: into an empty database, or merged when the worker says so."""
        from ..core.demo import is_empty
        from ..core.full_export import import_all, read_export_all

        w = self.window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(w, w.tr("Import everything"), "", "*.json")
            if not path:
                return False
        if merge is None:
            merge = False
            if not is_empty(w.session.db):
                answer = QMessageBox.question(
                    w,
                    w.tr("Import everything"),
                    w.tr("This database already holds data. Add the file's data to it (merge)?"),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                merge = True
        try:
            rows = import_all(w.session.db, read_export_all(Path(path)), merge=merge)
        except UserError as exc:
            QMessageBox.warning(w, w.tr("Not imported"), exc.message)
            return False
        w.reopen(w.session.path, keep_session=True)
        w.statusBar().showMessage(w.tr("Imported {rows} rows.").format(rows=rows), 8000)
        return True
