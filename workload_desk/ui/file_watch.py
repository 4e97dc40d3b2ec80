"""The window keeps up with its file: changes made by another process, and the file replaced under it.

Every second it asks SQLite's ``PRAGMA data_version`` (cheap: it changes only when another
connection commits) and the file's identity. A change from the command line reloads every panel;
the window's own worker connections' commits (``background.on_own_connection``) do not: each is
known to the watch, which weighs it here (see ``_only_own``).
a file replaced, moved or deleted by another program is said at once, and the window opens the
file that is there now (writes into the old one are refused meanwhile, see ``WorkloadDatabase``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from ..core.database import file_identity
from ..core.errors import UserError
from .background import own_writers, own_writers_working

_NOTHING = object()
#: A worker still at work holds back the weighing of a change this many looks at most (then: reload).
_WAIT_FOR_WORKERS = 10


class FileWatch(QObject):
    """Looks at the window's database file every ``interval`` milliseconds."""

    def __init__(self, window, interval: int = 1000) -> None:
        super().__init__(window)
        self.window = window
        #: The last message about the file, shown in a box that does not block (tests read it).
        self.notice: QMessageBox | None = None
        self._version = self._data_version()
        self._tried: object = _NOTHING  # the file last found in place of the window's own
        self._waited = 0  # looks held back for a worker connection still at work
        self.timer = QTimer(self, interval=interval)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _data_version(self) -> int | None:
        session = self.window.session
        if session.closed:
            return None
        return session.db.execute("PRAGMA data_version").fetchone()[0]

    def check(self) -> None:
        """Look now: reopen a replaced file, reload after another process's change."""
        session = self.window.session
        if session.closed:
            return
        if session.replaced():
            self._file_replaced()
            return
        self._tried = _NOTHING
        path = session.db.file
        if path is not None and own_writers_working(path) and self._waited < _WAIT_FOR_WORKERS:
            self._waited += 1  # its commit may be in the file already: weighed once it is done
            return
        self._waited = 0
        version = self._data_version()
        own = own_writers(path) if path is not None else []
        try:
            if version != self._version and not self._only_own(own):
                self.window.show_outside_changes()
        finally:
            for connection in own:
                connection.close()
        self._version = version

    def _only_own(self, own) -> bool:
        """The change since the last look is the window's own workers' alone: the window's version read
        before theirs, each opened when the window's version was the one last seen, and none has seen
        another connection's commit since it opened (another worker's counts too: then reload)."""
        return bool(own) and all(o.finished and o.window_version == self._version and o.alone() for o in own)

    def _file_replaced(self) -> None:
        session = self.window.session
        now = file_identity(session.path)
        if now == self._tried:
            return  # said already; wait for the file to change again
        self._tried = now
        if now is None:
            self._say(
                self.tr(
                    "“{path}” was moved or deleted by another program. Nothing is saved until it is back; "
                    "then the window opens it again."
                ).format(path=session.path)
            )
            return
        try:
            session.reconnect()
        except UserError as exc:
            self._say(
                self.tr("“{path}” was replaced by another program, and the new file cannot be used: {problem}").format(
                    path=session.path, problem=exc.message
                )
            )
            return
        self._tried = _NOTHING
        self._version = self._data_version()
        self.window.reopen(session.path, keep_session=True)
        self._say(
            self.tr(
                "“{path}” was replaced by another program (a restore, a copy, a sync). The window now shows "
                "the file that is there now."
            ).format(path=session.path)
        )

    def _say(self, text: str) -> None:
        if self.notice is not None:
            self.notice.close()
        self.notice = QMessageBox(QMessageBox.Icon.Warning, "Workload Desk", text, parent=self.window)
        self.notice.open()

    def stop(self) -> None:
        """Stop looking (the window closes)."""
        self.timer.stop()
