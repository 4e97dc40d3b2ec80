"""Writing files that leave the database: private to the owner, never half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UserError
from .i18n import translate


def write_private(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` with mode 0600, through a temporary file renamed into place."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(raw)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        raise UserError(
            translate("Files", "“{path}” could not be written: {reason}.").format(
                path=path, reason=exc.strerror or exc
            ),
            "file",
        ) from None


def check_target(path: Path, field: str = "out", database: Path | None = None) -> Path:
    """Refuse, before any work starts, a file to write whose folder does not exist or that is a folder.

    Never the database itself, its journal or lock, its backups, or any other SQLite database: an
    export or a PDF written there would destroy it.
    """
    path = Path(path)
    if _a_database(path, database):
        raise UserError(
            translate("Files", "“{path}” is a database or one of its backups: choose another file to write.").format(
                path=path
            ),
            field,
        )
    if path.is_dir():
        raise UserError(
            translate("Files", "“{path}” is a folder: give the name of a file to write.").format(path=path), field
        )
    if not path.parent.is_dir():
        raise UserError(
            translate("Files", "The folder of “{path}” does not exist: nothing was written.").format(path=path), field
        )
    return path


def _a_database(path: Path, database: Path | None) -> bool:
    target = Path(os.path.realpath(path))
    if database is not None:
        db = Path(os.path.realpath(database))
        if target in {db, *(db.with_name(db.name + end) for end in ("-wal", "-shm", "-journal", ".lock"))}:
            return True
        if db.parent / "backups" in target.parents:
            return True
    try:
        if not target.is_file():  # never open a pipe or a device to look
            return False
        with open(target, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def read_regular(path: Path, limit: int, field: str = "file") -> bytes:
    """The bytes of ``path`` when it is a regular file of at most ``limit`` bytes: never a pipe, device or folder."""
    import stat

    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise UserError(
                translate("Files", "“{path}” is not a file (a folder, a device or a pipe).").format(path=path), field
            )
        if info.st_size > limit:
            raise UserError(
                translate("Files", "“{path}” is larger than {limit} MB.").format(path=path, limit=limit // 1_000_000),
                field,
            )
        with open(path, "rb") as f:
            return f.read(limit + 1)[:limit]
    except OSError as exc:
        raise UserError(
            translate("Files", "“{path}” cannot be read: {reason}.").format(path=path, reason=exc.strerror or exc),
            field,
        ) from None
