"""Long work off the window's thread, with a progress dialog, and its result back on the window's thread."""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import Cancelled, UserError

#: How long a thread computing in Python keeps the GIL while another thread waits for it (seconds).
SWITCH_INTERVAL_S = 0.0005


class BackgroundWork(QObject):
    """Runs ``work()`` in a daemon thread; ``done(result)`` or ``failed(message)`` then run on the window's thread.

    The object lives on the window's thread (a child of the widget that asked), so its slots are
    called there, queued, when the worker emits. A lambda connected straight to a worker's signal
    would run in the worker's thread instead: PySide6 gives it no thread of its own. A daemon
    thread never holds up quitting; what it writes is written whole or not at all (the files by
    rename, the database in one transaction).

    Work that counts its steps is called as ``work(report)``: ``report(done)`` moves the progress
    bar and returns False once the person pressed Cancel; the work then raises
    :class:`~workload_desk.core.errors.Cancelled`, and ``cancelled`` is emitted instead of ``done``.
    """

    _finished = Signal(object)
    _refused = Signal(str)
    _crashed = Signal(str)
    _stopped = Signal()
    #: Emitted on the window's thread when the work is over, just before ``done`` or ``failed`` runs.
    over = Signal()
    #: The steps done so far (at most twenty times a second: one per step would flood the window).
    step = Signal(int)
    #: The person cancelled the work and it stopped; nothing of it was written.
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        work: Callable[..., Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        counts_steps: bool = False,
    ) -> None:
        super().__init__(parent)
        self._work, self._done, self._failed = work, done, failed
        self._counts_steps = counts_steps
        self._cancel = False
        self._last_step = 0.0
        # While a worker computes, the window's thread waits for the GIL at most this long each time it needs
        # it (Python lets a thread keep it 5 ms by default; a table's paint calls into Python hundreds of times,
        # and waited up to 5 ms at each call). For the whole process: the week's look-ahead thread gains too.
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._finished.connect(self._on_finished)
        self._refused.connect(self._on_refused)
        self._crashed.connect(self._on_crashed)
        self._stopped.connect(self._on_stopped)
        self.thread = threading.Thread(target=self._run, name="background-work", daemon=True)

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancel = True

    def report(self, done: int, total: int | None = None) -> bool:
        """From the work: ``done`` steps are done; False when it should stop."""
        now = time.monotonic()
        if now - self._last_step >= 0.05:
            self._last_step = now
            self._tell(self.step, done)
        return not self._cancel

    def _run(self) -> None:
        try:
            result = self._work(self.report) if self._counts_steps else self._work()
        except Cancelled:
            self._tell(self._stopped)
            return
        except UserError as exc:
            self._tell(self._refused, exc.message)
            return
        except Exception as exc:  # noqa: BLE001 - a bug must not leave the window behind a progress dialog
            self._tell(self._crashed, f"{type(exc).__name__}: {exc}")
            return
        self._tell(self._finished, result)

    @staticmethod
    def _tell(signal, *args) -> None:
        """Hand the outcome to the window's thread; if the window (and this object with it) was closed
        while the work ran, nobody is left to tell, and the outcome is dropped (what the work wrote is whole)."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            pass

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.over.emit()
        self._done(result)
        self.deleteLater()

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self.over.emit()
        self._failed(message)
        self.deleteLater()

    @Slot(str)
    def _on_crashed(self, error: str) -> None:
        self._on_refused(
            self.tr("This did not work, and nothing was changed by it. The error: {error}").format(error=error)
        )

    @Slot()
    def _on_stopped(self) -> None:
        self.over.emit()
        self.cancelled.emit()
        self.deleteLater()


def progress_dialog(parent: QWidget, text: str, steps: int = 0, cancel: str | None = None) -> QProgressDialog:
    """A progress dialog shown only once the work has taken 400 ms: busy when ``steps`` is 0, with a
    Cancel button when ``cancel`` gives its text."""
    progress = QProgressDialog(text, cancel or "", 0, max(steps, 1), parent)
    progress.setWindowTitle(parent.window().windowTitle())
    if cancel is None:
        progress.setCancelButton(None)
    # The dialog's own show timer restarts only when the bar stands at its minimum; a busy range
    # (0 to 0) never does, and the dialog would first appear after four seconds.
    progress.setValue(0)
    progress.setMinimumDuration(400)
    progress.setRange(0, steps)
    return progress


def busy_dialog(parent: QWidget, text: str) -> QProgressDialog:
    """A window-modal progress dialog without a cancel button: nothing is edited while the work runs."""
    progress = progress_dialog(parent, text)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    return progress


def in_background(
    parent: QWidget,
    text: str,
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[str], None],
) -> BackgroundWork:
    """Run ``work()`` in a worker thread behind a busy dialog; ``done``/``failed`` run on the window's thread.

    ``work`` must not touch widgets or the window's database connection: it opens what it needs
    itself. The dialog is window-modal, so nothing is edited meanwhile; it closes before
    ``done`` or ``failed`` runs.
    """
    return _start(BackgroundWork(parent, work, done, failed), busy_dialog(parent, text))


def cancellable_in_background(
    parent: QWidget,
    text: str,
    cancel: str,
    steps: int,
    work: Callable[[Callable[[int, int], bool]], Any],
    done: Callable[[Any], None],
    failed: Callable[[str], None],
) -> BackgroundWork:
    """Run ``work(report)`` in a worker thread behind a progress bar of ``steps`` with a button ``cancel``.

    The window stays usable meanwhile (``work`` reads files only: it must not touch widgets or
    the database). On Cancel the job emits ``cancelled`` and neither ``done`` nor ``failed`` runs.
    """
    progress = progress_dialog(parent, text, steps, cancel)
    job = BackgroundWork(parent, work, done, failed, counts_steps=True)
    job.step.connect(progress.setValue)
    progress.canceled.connect(job.cancel)
    return _start(job, progress)


def _start(job: BackgroundWork, progress: QProgressDialog) -> BackgroundWork:
    job.over.connect(progress.reset)
    job.over.connect(progress.deleteLater)
    job.thread.start()
    return job


class OwnConnection:
    """A worker's connection to the window's file, opened on the window's thread, known to the file watch.

    Its ``PRAGMA data_version`` (which moves only for other connections' commits) is read when it
    opens and again, on the window's thread, after the window's own: unchanged, nobody but this
    connection committed meanwhile, so the window's change is its own (see ``file_watch``).
    """

    def __init__(self, db) -> None:
        from ..core.database import WorkloadDatabase

        self.db = WorkloadDatabase(sqlite3.connect(db.file, check_same_thread=False))
        self.db.file, self.db.identity = db.file, db.identity  # a replaced file refuses its writes too
        self.version = self._version()
        #: The window connection's data_version as this one opened (the watch compares it with its own).
        self.window_version = db.execute("PRAGMA data_version").fetchone()[0]
        self.finished = False

    def _version(self) -> int:
        return self.db.conn.execute("PRAGMA data_version").fetchone()[0]

    def alone(self) -> bool:
        """Nobody else committed since it opened (read on the window's thread, after the window's version)."""
        return self._version() == self.version

    def close(self) -> None:
        self.db.close()


#: Per file, the worker connections that wrote and have not been looked at by the file watch yet.
_own_writers: dict[str, list[OwnConnection]] = {}
_own_lock = threading.Lock()


def own_writers(path) -> list[OwnConnection]:
    """The file's worker connections that wrote since the last call and are done; the caller closes them."""
    with _own_lock:
        mine = _own_writers.get(str(path), [])
        done = [own for own in mine if own.finished]
        _own_writers[str(path)] = [own for own in mine if not own.finished]
        return done


def own_writers_working(path) -> bool:
    """A worker connection to the file is still at work (its commit may be in the file already)."""
    with _own_lock:
        return any(not own.finished for own in _own_writers.get(str(path), []))


def on_own_connection(db, use: Callable[[Any], Any]) -> Callable[[], Any] | None:
    """``use(db2)`` as work for a worker thread, on a connection of its own to ``db``'s file (a worker may not
    use the window's), closed after; None for a database in memory, which has no second connection.

    Call it on the window's thread: the connection is opened here and made known to the file watch,
    so what it commits is not taken for another program's change (a reload of every panel).
    """
    path = db.file
    if path is None:
        return None
    own = OwnConnection(db)
    with _own_lock:
        _own_writers.setdefault(str(path), []).append(own)

    def work() -> Any:
        try:
            own.db.execute("PRAGMA busy_timeout = 5000")
            own.db.execute("PRAGMA foreign_keys = ON")
            return use(own.db)
        finally:
            wrote = own.db.conn.total_changes > 0
            with _own_lock:
                own.finished = True
                if not wrote:  # a reader: nothing for the watch to weigh
                    mine = _own_writers.get(str(path), [])
                    if own in mine:
                        mine.remove(own)
            if not wrote:
                own.close()

    return work


def with_own_connection(path, use: Callable[[Any], Any]) -> Any:
    """``use(db)`` on a connection of its own to the file at ``path``, closed after: a worker thread may not
    use the window's."""
    from ..core.database import with_database

    return with_database(path, use)
