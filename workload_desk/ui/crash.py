"""When the code fails: the error is logged without personal data and the worker is told, in a dialog."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.logbook import log_dir, log_exception


class CrashReporter(QObject):
    """Python's exception hooks (``sys`` and ``threading``) for a window: log, then a dialog.

    An exception in another thread reaches the window's thread through a queued signal: widgets
    are only ever made on the window's own thread.
    """

    _failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        #: The last dialog shown (tests read it).
        self.dialog: QMessageBox | None = None
        self._failed.connect(self.show_dialog)

    def install(self) -> None:
        """Take over ``sys.excepthook`` and ``threading.excepthook``."""
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def excepthook(self, exc_type, exc, tb) -> None:
        """``sys.excepthook``: an exception nothing caught on the window's thread."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        exc = exc if exc is not None else exc_type()
        self._failed.emit(log_exception(exc.with_traceback(tb), "the window"))

    def thread_excepthook(self, args) -> None:
        """``threading.excepthook``: an exception nothing caught in another thread."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self._failed.emit(log_exception(args.exc_value, "a background thread"))

    def show_dialog(self, details: str) -> QMessageBox:
        """Say what happened and where the log is; "Copy details" copies the report (no personal data)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr(
                "Something went wrong in Workload Desk. What you saved before is kept; the last action may "
                "not have been completed. Check it, and save again if needed."
            )
        )
        box.setInformativeText(
            self.tr(
                "The error is written in the log, without case labels, notes or anything you typed:\n{folder}"
            ).format(folder=log_dir())
        )
        box.setDetailedText(details)
        copy = box.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # copying keeps the dialog open
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setObjectName("crashDialog")
        self.dialog = box
        box.open()
        return box
