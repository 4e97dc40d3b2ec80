"""The real cause of a failed file or SQLite operation, so a full disk is never called a damaged file."""

from __future__ import annotations

import errno
import sqlite3

from .i18n import translate

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26

_FULL_IO_ERRORS = {sqlite3.SQLITE_IOERR_SHMSIZE}  # the -shm index cannot grow: no room on the disk
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_damage(exc: BaseException) -> bool:
    """Whether SQLite refused the file because it is damaged or not a database (not for want of space or rights)."""
    return _sqlite_code(exc) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def cause_of(exc: BaseException) -> str:
    """What went wrong, in a few words of the user's language: a full disk, a folder that cannot be written, …"""
    code = _sqlite_code(exc)
    extended = getattr(exc, "sqlite_errorcode", None)
    # Growing the -shm index or writing the log fails as an I/O error when the disk has no room left.
    if extended in _FULL_IO_ERRORS or code == _SQLITE_FULL or (isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS):
        return translate("Causes", "the disk is full")
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN) or (
        isinstance(exc, OSError) and exc.errno in _READ_ONLY_ERRNOS
    ):
        return translate("Causes", "the folder or the file cannot be written (read-only, or no permission)")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return translate("Causes", "another program keeps the file busy")
    if code == _SQLITE_IOERR or isinstance(exc, OSError) and exc.errno == errno.EIO:
        return translate("Causes", "the disk could not be read or written")
    if code is not None and is_damage(exc):
        return translate("Causes", "the file is damaged")
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def is_failure_of_the_disk(exc: BaseException) -> bool:
    """Whether ``exc`` is the disk or the folder failing (full, read-only, unreadable), not the data."""
    code = _sqlite_code(exc)
    if isinstance(exc, sqlite3.Error):
        return code in (_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN, _SQLITE_IOERR)
    return isinstance(exc, OSError)
