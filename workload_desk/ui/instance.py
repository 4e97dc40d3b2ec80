"""One window per database file: a lock file beside it, freed when the process ends."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_database(path: Path) -> QLockFile | None:
    """Take the lock for the database at ``path``; None when another running Workload Desk holds it.

    A lock left by a process that no longer runs is taken over.
    """
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # never stale by age: only a dead owner frees it
    return lock if lock.tryLock(200) else None
