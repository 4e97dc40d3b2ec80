"""Every change a panel makes goes through here, so it can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.balance import keep_counted_years
from ..core.history import Key, Snapshot, capture, case_keys, restore

if TYPE_CHECKING:
    from sqlite_utils import Database


class _SnapshotCommand(QUndoCommand):
    """Undo writes the rows back as they were before, redo as they were after."""

    def __init__(self, changes: UndoableChanges, text: str, before: Snapshot, after: Snapshot) -> None:
        super().__init__(text)
        self._changes, self._before, self._after = changes, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change itself was already made when the command was pushed
            self._first = False
            return
        self._changes.restore(self._after)

    def undo(self) -> None:
        self._changes.restore(self._before)


class UndoableChanges(QObject):
    """Makes changes through the core, recording the rows each touched on an undo stack."""

    #: Emitted after any change, undo or redo.
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.stack = QUndoStack(self)
        self.stack.indexChanged.connect(self._index_changed)
        self._parent = parent

    def _index_changed(self, _index: int) -> None:
        self.changed.emit()

    def set_db(self, db: Database) -> None:
        """Work on another database; the history of the old one is dropped."""
        self.db = db
        self.stack.clear()

    def apply(
        self,
        text: str,
        action: Callable[[], Any],
        case_id: int | None = None,
        keys: set[Key] = frozenset(),
        new_keys: Callable[[Any], set[Key]] | None = None,
    ) -> Any:
        """Run ``action`` (a core call) as one undoable change.

        It touches the rows of ``case_id`` and ``keys``; ``new_keys(result)`` names rows the action
        created (a new case, a new entry). A :class:`UserError` from the action passes to the
        caller and nothing is recorded.
        """
        before_keys = set(keys) | (case_keys(self.db, case_id) if case_id else set())
        before = capture(self.db, before_keys)
        mark = self.db.change_mark()
        result = action()
        all_keys = before_keys | (case_keys(self.db, case_id) if case_id else set())
        if new_keys is not None:
            all_keys |= new_keys(result)
        before = Snapshot({**{k: None for k in all_keys}, **before.rows})
        after = capture(self.db, all_keys)
        _keep_counted_years(self.db, mark, before, after)
        # The push moves the stack's index, which emits ``changed`` once (a second emit read it all again).
        self.stack.push(_SnapshotCommand(self, text, before, after))
        return result

    def restore(self, snapshot: Snapshot) -> None:
        """Write a snapshot back; say so when the rows no longer fit (say, time logged over them since)."""
        mark = self.db.change_mark()
        was = capture(self.db, set(snapshot.rows))
        try:
            restore(self.db, snapshot)
        except sqlite3.DatabaseError as exc:
            QMessageBox.warning(
                self._parent,
                self.tr("Cannot undo"),
                self.tr("This change cannot be undone or redone any more: {reason}").format(reason=exc),
            )
            return
        _keep_counted_years(self.db, mark, was, snapshot)


def _keep_counted_years(db: Database, mark: object, before: Snapshot, after: Snapshot) -> None:
    """The running balance keeps the years of minutes worked that the change did not touch."""
    keep_counted_years(db, mark, [(key[0], row) for s in (before, after) for key, row in s.rows.items()])
