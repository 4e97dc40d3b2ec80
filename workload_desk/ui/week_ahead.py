"""The weeks a worker is likely to open next, worked out ahead in a thread with a connection of its own.

A week's report takes tens of milliseconds on ten years of data (its rules look back up to
sixteen weeks): worked out on the window's thread when a button is pressed, it is a stall the
worker feels. Here the week before, the week after and the month of the week shown are worked
out in a thread while the worker reads, and handed to the panel's :class:`WeekMemo` on the
window's thread, only if the data did not change meanwhile. The window's own answers never wait
for the thread: what is not ready is worked out on the spot, as before.
"""

from __future__ import annotations

import _thread
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from ..core.copies import connect_read_only
from ..core.database import WorkloadDatabase
from ..core.week import WeekMemo, compute_key

if TYPE_CHECKING:
    from sqlite_utils import Database


class WeekAhead(QObject):
    """Works out keys of a :class:`WeekMemo` in one thread at a time; the latest wish replaces the ones waiting."""

    #: A value worked out: the key, the value, the data's mark it was asked at (queued to the window's thread).
    _ready = Signal(object, object, object)
    #: The thread has nothing more to do (tests wait for it).
    idle = Signal()
    #: A key's value is in the memo now, worked out at the data's present mark (or, the memo full, it may
    #: be worked out on the spot): a panel waiting for it shows it.
    kept = Signal(object)

    def __init__(self, memo: WeekMemo, db_of) -> None:
        # No parent: Qt never deletes it under a thread that is still working (the thread holds it).
        super().__init__()
        self.memo = memo
        self._db_of = db_of
        self._lock = threading.Lock()
        self._wishes: list[tuple[Path, object, tuple]] = []
        self._running = False
        self._ready.connect(self._keep)

    def ask(self, db: Database, keys: list[tuple]) -> None:
        """Work out ``keys`` of ``db`` that the memo lacks, in this order (earlier wishes are dropped)."""
        path = getattr(db, "file", None)
        if path is None:  # a database in memory has no second connection
            return
        mark = self.memo.mark(db)
        wishes = [(path, mark, key) for key in keys if not self.memo.knows(db, key)]
        with self._lock:
            self._wishes = wishes
            if self._running or not wishes:
                return
            self._running = True
        # Not threading.Thread: its start() waits until the new thread runs, a wait on the window's thread.
        _thread.start_new_thread(self._work, ())

    def stop(self) -> None:
        """Drop the wishes not yet begun (the panel left the view: its thread must not slow the window)."""
        with self._lock:
            self._wishes = []

    def busy(self) -> bool:
        """Whether the thread is still working something out."""
        with self._lock:
            return self._running

    def _work(self) -> None:
        db, opened = None, None
        try:
            while True:
                with self._lock:
                    if not self._wishes:
                        self._running = False
                        break
                    path, mark, key = self._wishes.pop(0)
                if path != opened:
                    if db is not None:
                        db.close()
                    db, opened = WorkloadDatabase(connect_read_only(path)), path
                value = compute_key(db, key)
                try:
                    self._ready.emit(key, value, mark)
                except RuntimeError:  # the panel is gone: nobody waits for the rest
                    with self._lock:
                        self._wishes, self._running = [], False
                    return
        except Exception:  # noqa: BLE001 - only a guess ahead: the window works it out itself when asked
            with self._lock:
                self._wishes, self._running = [], False
        finally:
            if db is not None:
                db.close()
        try:
            self.idle.emit()
        except RuntimeError:
            pass

    @Slot(object, object, object)
    def _keep(self, key: tuple, value: object, mark: object) -> None:
        try:
            db = self._db_of()
            current = self.memo.keep(db, mark, key, value) or self.memo.mark(db) == mark
        except (sqlite3.ProgrammingError, RuntimeError):  # the window closed its database or the panel meanwhile
            return
        if current:
            self.kept.emit(key)
