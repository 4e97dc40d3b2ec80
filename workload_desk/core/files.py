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


def check_target(path: Path, field: str = "out") -> Path:
    """Refuse, before any work starts, a file to write whose folder does not exist or that is a folder."""
    path = Path(path)
    if path.is_dir():
        raise UserError(
            translate("Files", "“{path}” is a folder: give the name of a file to write.").format(path=path), field
        )
    if not path.parent.is_dir():
        raise UserError(
            translate("Files", "The folder of “{path}” does not exist: nothing was written.").format(path=path), field
        )
    return path
