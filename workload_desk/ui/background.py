"""Long work off the window's thread, with a progress dialog, and its result back on the window's thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import UserError


class BackgroundWork(QObject):
    """Runs ``work()`` in a daemon thread; ``done(result)`` or ``failed(message)`` then run on the window's thread.

    The object lives on the window's thread (a child of the widget that asked), so its slots are
    called there, queued, when the worker emits. A lambda connected straight to a worker's signal
    would run in the worker's thread instead: PySide6 gives it no thread of its own. A daemon
    thread never holds up quitting; what it writes is written whole or not at all (the files by
    rename, the database in one transaction).
    """

    _finished = Signal(object)
    _refused = Signal(str)
    _crashed = Signal(str)
    #: Emitted on the window's thread when the work is over, just before ``done`` or ``failed`` runs.
    over = Signal()

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._work, self._done, self._failed = work, done, failed
        self._finished.connect(self._on_finished)
        self._refused.connect(self._on_refused)
        self._crashed.connect(self._on_crashed)
        self.thread = threading.Thread(target=self._run, name="background-work", daemon=True)

    def _run(self) -> None:
        try:
            result = self._work()
        except UserError as exc:
            self._refused.emit(exc.message)
            return
        except Exception as exc:  # noqa: BLE001 - a bug must not leave the window behind a busy dialog
            self._crashed.emit(f"{type(exc).__name__}: {exc}")
            return
        self._finished.emit(result)

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
        self._on_refused(self.tr("This did not work, and nothing was changed by it. The error: {error}").format(error=error))


def busy_dialog(parent: QWidget, text: str) -> QProgressDialog:
    """A window-modal progress dialog without a cancel button, shown only once the work has taken 400 ms."""
    progress = QProgressDialog(text, "", 0, 1, parent)
    progress.setWindowTitle(parent.window().windowTitle())
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    # The dialog's own show timer restarts only when the bar stands at its minimum; a busy range
    # (0 to 0) never does, and the dialog would first appear after four seconds.
    progress.setValue(0)
    progress.setMinimumDuration(400)
    progress.setRange(0, 0)
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
    progress = busy_dialog(parent, text)
    job = BackgroundWork(parent, work, done, failed)
    job.over.connect(progress.reset)
    job.over.connect(progress.deleteLater)
    job.thread.start()
    return job
