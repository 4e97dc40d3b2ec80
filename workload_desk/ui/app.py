"""Starting the window: the application, its language, the database lock, the main window."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME
from ..core import i18n
from ..core.database import default_path
from ..core.errors import DatabaseError, UserError
from ..core.logbook import log_event, start_logging
from ..core.settings import get_setting


class AfterFirstPaint(QObject):
    """Calls ``then()`` once the watched window has painted for the first time."""

    def __init__(self, then, parent: QObject) -> None:
        super().__init__(parent)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


#: The pause before each piece of the start's work after the first paint: the loop answers input in between.
TURN_MS = 15


def in_turns(jobs, parent: QObject, pause_ms: int = TURN_MS) -> None:
    """Call ``jobs`` one at a time, each ``pause_ms`` after the one before ended (the first after a pause too)."""
    left = list(jobs)

    def next_job() -> None:
        left.pop(0)()
        if left:
            QTimer.singleShot(pause_ms, parent, next_job)

    if left:
        QTimer.singleShot(pause_ms, parent, next_job)


def warm_text_guard() -> None:
    """Import the BSN guard (``core.bsn``), whose patterns take some milliseconds to compile: in a turn of its
    own after the first paint, so saving the first text (an entry's note, the statement's lines) does not."""
    from ..core import bsn  # noqa: F401 - imported for its compiled patterns


def start_up_work(window, more=()) -> None:
    """The work of a real start, set going once the window has painted, so the worker sees it at once; each
    piece in a turn of the event loop of its own, so none holds the window long (``more``: pieces after them).

    The Alt-letters' watcher starts (the first event it sees of one of Qt's own objects costs 30-60 ms once:
    see run_window); the running timer is checked on the window's thread (one query; it may ask a question,
    with its letters); the daily backup and the integrity check run off it, in threads of their own; the
    statement's font is registered; a fresh database is offered the first-day guide.
    """
    from .desktop import load_statement_font
    from .mnemonics import install

    jobs = [
        install,
        window.check_running_timer,
        window.backup_at_start,
        window.safety.check_integrity,
        load_statement_font,  # a few ms: ready before the worker asks for a statement
        warm_text_guard,  # the BSN guard's patterns, compiled now, not at the first text saved
        window.offer_first_run,  # a fresh database: the first-day guide, once
        *more,
    ]
    window.installEventFilter(AfterFirstPaint(lambda: in_turns(jobs, window), window))


def offer_restore(path: Path, exc: DatabaseError, ask=None):
    """A damaged database at start: offer the newest good backup; the damaged file is set aside, never deleted.

    ``ask(text) -> bool`` puts the question (a message box unless a test answers). Returns the
    opened session, or None when the worker declines or no good backup exists.
    """
    from ..core import backup
    from ..core.i18n import format_date, translate
    from .session import Session

    good = backup.newest_good_backup(path)
    if good is None:
        text = translate("Startup", "{problem}\n\nThere is no good backup to restore. The file was left as it is.")
        QMessageBox.critical(None, "Workload Desk", text.format(problem=exc.message))
        return None
    question = translate(
        "Startup",
        "{problem}\n\nRestore the newest good backup, of {day} {time}? The damaged file is kept beside it, "
        "renamed, never deleted.",
    ).format(problem=exc.message, day=format_date(good.taken.date()), time=good.taken.strftime("%H:%M"))
    if ask is None:

        def ask(text: str) -> bool:
            answer = QMessageBox.question(None, "Workload Desk", text)
            return answer == QMessageBox.StandardButton.Yes

    if not ask(question):
        return None
    backup.restore(path, good.path)
    return Session.open(path)


def make_application() -> QApplication:
    """The QApplication, named so QSettings finds the window's own settings, known to the desktop by its id."""
    from .desktop import integrate, set_windows_app_id

    set_windows_app_id()  # before the first window: the taskbar shows the app's icon, not Python's
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Workload Desk")
    integrate(app)
    return app


def read_window_args(argv: list[str]) -> SimpleNamespace | None:
    """The window's plain calls read without argparse (its module and grammar are 2-3% of a start): ``--db PATH``,
    ``--lang nl|en`` and ``--quit-when-ready``, each once, in any order. None for anything else (help, ``--db=PATH``,
    a shortened option, a repeated one, a value like an option): argparse reads those, and says what is off."""
    found: dict[str, object] = {"db": None, "lang": None, "version": False, "quit_when_ready": False}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--quit-when-ready" and not found["quit_when_ready"]:
            found["quit_when_ready"] = True
            i += 1
        elif arg in ("--db", "--lang") and found[arg[2:]] is None and i + 1 < len(argv) and argv[i + 1][:1] not in "-":
            found[arg[2:]] = argv[i + 1]
            i += 2
        else:
            return None
    if found["lang"] is not None and found["lang"] not in ("nl", "en"):
        return None
    return SimpleNamespace(**found, command=None)


def parse_window_args(argv: list[str]):
    """The window's arguments as argparse reads them; :class:`..cli.parser.UsageError` when they are off."""
    from ..cli.parser import WINDOW, build_parser

    # Help is printed only on request: otherwise the grammar is built in English, without reading the
    # translations from the .ts at start (Qt's own translator reads the .qm once the window is made).
    wants_help = any(arg in ("-h", "--help") for arg in argv)
    with nullcontext() if wants_help else i18n.speaking("en"):
        parser = build_parser(WINDOW)
    return parser.parse_args(argv)


def _log_opened() -> None:
    start_logging()
    log_event("window opened")


def run_window(argv: list[str]) -> int:
    """Open the window on the database ``argv`` names; return the exit status."""
    args = read_window_args(argv)
    if args is None:
        from ..cli.parser import UsageError

        try:
            args = parse_window_args(argv)
        except UsageError as exc:
            print(exc, file=sys.stderr)
            return 2
    app = make_application()
    from .beacon import knock
    from .language import apply_language
    from .session import Session

    apply_language(args.lang or i18n.DEFAULT_LANGUAGE)
    path = Path(args.db).expanduser() if args.db else default_path()
    if knock(path):
        start_logging()
        log_event("a second start brought the open window to the front")
        print(
            i18n.translate("Startup", "Workload Desk is already open with this database: that window is now in front.")
        )
        return 0
    try:
        session = Session.open(path)
    except DatabaseError as exc:
        session = None if args.quit_when_ready or exc.kind != "corrupt" else offer_restore(path, exc)
        if session is None:
            print(exc.message, file=sys.stderr)
            if not args.quit_when_ready and exc.kind != "corrupt":
                QMessageBox.critical(None, "Workload Desk", exc.message)
            return 1
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        if not args.quit_when_ready:
            QMessageBox.critical(None, "Workload Desk", exc.message)
        return 1
    if args.lang is None:
        apply_language(get_setting(session.db, "language", i18n.DEFAULT_LANGUAGE))
    from .desktop import app_icon
    from .main_window import MainWindow

    # At start the window paints first (the cases, the caseload), then reads this week (ten years: the balance)
    # and sets the Alt-letters' watcher going: it sees every event of the application, and the first it sees
    # of one of Qt's own objects (an animation timer) has PySide make the Python class of every Qt object class
    # (30-60 ms). The first paint's letters are given here.
    window = MainWindow(session, at_start=True)
    window.crash.install()
    window.setWindowIcon(app_icon())
    from .mnemonics import assign_window

    assign_window(window)
    if args.quit_when_ready:
        window.backups = False
        window.installEventFilter(AfterFirstPaint(QApplication.quit, window))
    else:
        # After the paint: the log starts (an error before it starts it at once), and a second start on this
        # database brings this window to the front.
        start_up_work(window, more=(_log_opened, window.listen_for_second_starts))
    window.show()
    status = app.exec()
    log_event("window closed")
    return status
