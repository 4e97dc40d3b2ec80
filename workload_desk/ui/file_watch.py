"""The window keeps up with its file: changes made by another process, and the file replaced under it.

Every second it asks SQLite's ``PRAGMA data_version`` (cheap: it changes only when another
connection commits) and the file's identity. A change from the command line reloads every panel;
a file replaced, moved or deleted by another program is said at once, and the window opens the
file that is there now (writes into the old one are refused meanwhile, see ``WorkloadDatabase``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from ..core.database import file_identity
from ..core.errors import UserError

_NOTHING = object()


class FileWatch(QObject):
    """Looks at the window's database file every ``interval`` milliseconds."""

    def __init__(self, window, interval: int = 1000) -> None:
        super().__init__(window)
        self.window = window
        #: The last message about the file, shown in a box that does not block (tests read it).
        self.notice: QMessageBox | None = None
        self._version = self._data_version()
        self._tried: object = _NOTHING  # the file last found in place of the window's own
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
        version = self._data_version()
        if version != self._version:
            self._version = version
            self.window.show_outside_changes()

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
