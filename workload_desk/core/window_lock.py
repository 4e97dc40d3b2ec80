"""One window per database file: an operating-system lock on a file beside the real database file.

The lock is the operating system's (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows):
it is freed when its process ends, however it ends, so a lock is never stale and no process id is
ever looked up. The lock file lies beside the file the path leads to, links followed, so a window
opened through a link and a command given the real path see the same lock. The lock file itself
stays; only its lock comes and goes.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .causes import cause_of
from .errors import UserError
from .i18n import translate

if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# How the systems say "another process holds it" (the rest is a real failure, said as such).
_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}


def real_path(db_path: Path | str) -> Path:
    """The database file ``db_path`` leads to: absolute, links followed."""
    return Path(db_path).expanduser().resolve()


def lock_path(db_path: Path | str) -> Path:
    """The lock file of the database at ``db_path``: beside the real file."""
    real = real_path(db_path)
    return real.with_name(real.name + ".lock")


class WindowLock:
    """The lock a window holds on its database file while it has it open."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        """Free the lock (once; releasing again does nothing)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)


def take_lock(db_path: Path | str) -> WindowLock | None:
    """Take the lock of the database at ``db_path``; None when another window (or a restore) holds it.

    A lock file that cannot be made (a read-only folder, a full disk) raises :class:`UserError`
    with that cause: it is not "already open".
    """
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise UserError(
            translate("Session", "The database “{path}” cannot be locked for this window: {reason}.").format(
                path=real_path(db_path), reason=cause_of(exc)
            ),
            "database",
        ) from None
    try:
        _lock(fd)
    except OSError as exc:
        os.close(fd)
        if exc.errno in _HELD:
            return None
        raise UserError(
            translate("Session", "The database “{path}” cannot be locked for this window: {reason}.").format(
                path=real_path(db_path), reason=cause_of(exc)
            ),
            "database",
        ) from None
    return WindowLock(path, fd)


@contextmanager
def held_for_restore(db_path: Path | str) -> Iterator[None]:
    """Hold the window's lock while the file is replaced; refused while a window has the database open."""
    lock = take_lock(db_path)
    if lock is None:
        raise UserError(
            translate("CommandLine", "Workload Desk is open with this database: close the window first."), "database"
        )
    try:
        yield
    finally:
        lock.release()
