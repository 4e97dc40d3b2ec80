"""The open database of the window, with the lock that keeps a second window off it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from ..core.database import open_database
from ..core.errors import UserError
from ..core.i18n import translate
from .instance import lock_database

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class Session:
    """A database file opened by this window, and its lock."""

    path: Path
    db: Database
    lock: QLockFile
    closed: bool = False

    @classmethod
    def open(cls, path: Path) -> "Session":
        """Lock and open ``path``; a :class:`UserError` when another window has it or it cannot be used."""
        path = Path(path).expanduser().absolute()
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            pass  # open_database() below says what is wrong with the folder
        lock = lock_database(path)
        if lock is None:
            raise UserError(
                translate("Session", "Workload Desk is already open with “{path}”: use that window.").format(path=path)
            )
        try:
            db = open_database(path)
        except UserError:
            lock.unlock()
            raise
        return cls(path, db, lock)

    def close(self) -> None:
        """Close the database and free the lock (once; closing again does nothing)."""
        if not self.closed:
            self.closed = True
            self.db.close()
            self.lock.unlock()
