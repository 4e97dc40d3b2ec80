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
from .background import in_background, with_own_connection


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
            text = f"{format_date(b.taken.date())} {b.taken:%H:%M}    {size_text(b.size)}"
            item = QListWidgetItem(f"{text}    {self.kind_text(b.kind)}" if b.kind else text)
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setAccessibleDescription(self.tr("The backups of your database and when each was taken."))
        self.list.setFocus()  # arrows choose, Enter restores
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

    def kind_text(self, kind: str) -> str:
        """What a safety copy is, in the worker's words."""
        return {
            "restore": self.tr("safety copy from before a restore"),
            "import": self.tr("safety copy from before an import"),
            "migration": self.tr("safety copy from before an app update"),
        }[kind]

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
        except sqlite3.DatabaseError as exc:
            from ..core.causes import is_damage

            ok = not is_damage(exc)  # a full disk or a locked file is no damage: the check was not run
        self.finished.emit(ok)


class DataSafety(QObject):
    """The data-safety actions of a main window: it closes and reopens the window's session around a restore."""

    #: Export everything was written: the file.
    exported = Signal(str)
    #: Import everything is over: the rows imported (0 when refused).
    imported = Signal(int)

    def __init__(self, window) -> None:
        super().__init__(window)
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
            QMessageBox.warning(self.window, self.tr("Not possible"), exc.message)
            return None
        self.window.statusBar().showMessage(self.tr("Backup written: {path}").format(path=made), 8000)
        return made

    def restore_from(self, source: Path) -> bool:
        """Put ``source`` in place of the open database; on a refusal nothing changes."""
        from ..core.database import check_database_file

        w = self.window
        try:
            check_database_file(source)
        except UserError as exc:
            QMessageBox.warning(w, self.tr("Cannot restore"), exc.message)
            return False
        path = w.session.path
        w.session.db.close()  # the window's lock stays: no other window opens the file meanwhile
        try:
            backup.restore(path, source)
        except UserError as exc:
            QMessageBox.warning(w, self.tr("Cannot restore"), exc.message)
            return False
        finally:
            w.session.reconnect()
            w.reopen(path, keep_session=True)
        w.statusBar().showMessage(self.tr("Restored from {path}.").format(path=source), 8000)
        return True

    def choose_restore(self) -> None:
        """File → Restore…"""
        dialog = RestoreDialog(self.window.session.path, self.window)
        if dialog.exec() and dialog.chosen:
            self.restore_from(dialog.chosen)

    def export_everything(self, path: str | None = None):
        """File → Export everything… (to move to a new laptop), written in the background."""
        w = self.window
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                w, self.tr("Export everything"), f"workload-desk-{datetime.now():%Y%m%d}.json", "*.json"
            )
            if not path:
                return None
        db_path = w.session.path

        def work() -> int:
            from ..core.full_export import write_export_all

            return with_own_connection(db_path, lambda db: write_export_all(db, Path(path)))

        def done(rows: int) -> None:
            w.statusBar().showMessage(
                self.tr("Written: {path} (%n row(s)). It holds everything: keep it safe.", "", int(rows)).format(
                    path=path
                ),
                10000,
            )
            self.exported.emit(str(path))

        return in_background(
            w, self.tr("Writing everything…"), work, done, lambda m: QMessageBox.warning(w, self.tr("Not possible"), m)
        )

    def import_everything(self, path: str | None = None, merge: bool | None = None):
        """File → Import everything…: into an empty database, or merged when the worker says so.

        The file is read and loaded in the background, all or nothing; the window shows it after.
        """
        from ..core.demo import is_empty

        w = self.window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(w, self.tr("Import everything"), "", "*.json")
            if not path:
                return None
        if merge is None:
            merge = False
            if not is_empty(w.session.db):
                answer = QMessageBox.question(
                    w,
                    self.tr("Import everything"),
                    self.tr("This database already holds data. Add the file's data to it (merge)?"),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                merge = True
        db_path = w.session.path

        def work() -> int:
            from ..core.full_export import import_with_safety_copy, read_export_all

            data = read_export_all(Path(path))
            return with_own_connection(db_path, lambda db: import_with_safety_copy(db, db_path, data, merge))

        def done(rows: int) -> None:
            w.reopen(w.session.path, keep_session=True)
            w.statusBar().showMessage(self.tr("Imported %n row(s).", "", int(rows)), 8000)
            self.imported.emit(rows)

        def failed(message: str) -> None:
            QMessageBox.warning(w, self.tr("Not imported"), message)
            self.imported.emit(0)

        return in_background(w, self.tr("Reading everything in…"), work, done, failed)
