"""Whether a window has the database open: read from the lock file the window holds (Qt's QLockFile)."""

from __future__ import annotations

import os
import socket
from pathlib import Path


def window_has_open(db_path: Path) -> bool:
    """Whether a running Workload Desk window on this machine holds the database's lock."""
    lock = Path(f"{db_path}.lock")
    try:
        lines = lock.read_text(errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return False
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return True  # another machine's lock on a shared folder: be careful
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return pid != os.getpid()
