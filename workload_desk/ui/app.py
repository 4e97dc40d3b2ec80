"""Starting the window: the application, its language, the database lock, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME
from ..core import i18n
from ..core.database import default_path
from ..core.errors import UserError
from ..core.settings import get_setting


class _QuitAfterFirstPaint(QObject):
    """Quits the application once the watched window has painted: ``--quit-when-ready``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def make_application() -> QApplication:
    """The QApplication, named so QSettings finds the window's own settings."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Workload Desk")
    return app


def run_window(argv: list[str]) -> int:
    """Open the window on the database ``argv`` names; return the exit status."""
    from ..cli.parser import UsageError, build_parser

    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    app = make_application()
    from .language import apply_language
    from .session import Session

    apply_language(args.lang or i18n.DEFAULT_LANGUAGE)
    path = Path(args.db).expanduser() if args.db else default_path()
    try:
        session = Session.open(path)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        if not args.quit_when_ready:
            QMessageBox.critical(None, "Workload Desk", exc.message)
        return 1
    if args.lang is None:
        apply_language(get_setting(session.db, "language", i18n.DEFAULT_LANGUAGE))
    from .main_window import MainWindow
    from .tray import app_icon

    window = MainWindow(session)
    window.setWindowIcon(app_icon())
    if args.quit_when_ready:
        watcher = _QuitAfterFirstPaint(window)
        window.installEventFilter(watcher)
    window.show()
    if not args.quit_when_ready:
        QTimer.singleShot(0, window.check_running_timer)
    return app.exec()
