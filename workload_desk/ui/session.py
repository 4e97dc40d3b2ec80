"""The open database of the window, with the lock that keeps a second window off it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.database import file_identity, open_database
from ..core.errors import UserError
from ..core.i18n import translate
from ..core.window_lock import WindowLock, real_path, take_lock

if TYPE_CHECKING:
    from ..core.database import WorkloadDatabase


class Session:
    """A database file opened by this window, and its lock.

    ``path`` is the real file, links followed: the lock, the backups and a restore all go by it.
    (A plain class, not a dataclass: the window's start does without the dataclasses module.)
    """

    def __init__(self, path: Path, db: WorkloadDatabase, lock: WindowLock, closed: bool = False) -> None:
        self.path = path
        self.db = db
        self.lock = lock
        self.closed = closed

    @classmethod
    def open(cls, path: Path) -> "Session":
        """Lock and open ``path``; a :class:`UserError` when another window has it or it cannot be used."""
        path = real_path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            pass  # open_database() below says what is wrong with the folder
        lock = take_lock(path)
        if lock is None:
            raise UserError(
                translate("Session", "Workload Desk is already open with “{path}”: use that window.").format(path=path)
            )
        try:
            db = open_database(path)
        except UserError:
            lock.release()
            raise
        return cls(path, db, lock)

    def replaced(self) -> bool:
        """Whether the file at ``path`` is no longer the file this window opened (replaced, moved or deleted)."""
        return not self.closed and file_identity(self.path) != self.db.identity

    def reconnect(self) -> None:
        """Open the file now at ``path`` in place of the one opened before; the lock is kept."""
        fresh = open_database(self.path)  # a file that cannot be opened leaves the window on the old one
        self.db.close()
        self.db = fresh

    def close(self) -> None:
        """Close the database and free the lock (once; closing again does nothing)."""
        if not self.closed:
            self.closed = True
            self.db.close()
            self.lock.release()
