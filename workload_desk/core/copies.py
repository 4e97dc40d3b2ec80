"""Database files written aside and renamed into place: copies, safety copies, and the leftovers of a kill.

Every copy is written to a hidden ``.part`` file beside its target, flushed to disk, then renamed
into place, and the folder is flushed too: a copy that exists is whole. A process killed midway
leaves only a ``.part`` file, which the next start removes.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from .causes import cause_of
from .errors import UserError
from .i18n import translate

#: Safety copies taken before a change the worker may want to undo; the daily rotation leaves them alone.
SAFETY_KINDS = ("restore", "import", "migration")
STAMP = "%Y%m%d-%H%M%S-%f"
# A .part file last written before this moment cannot be this process's own. The margin covers
# file systems whose clock for timestamps runs a little behind the system's.
_STARTED = time.time() - 5


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk; Windows cannot open a folder for this, so it is skipped there."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) cannot flush a folder; the rename itself was done
    finally:
        os.close(fd)


def replace_durably(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` onto ``target`` in one step, and flush the folder so the rename survives a power cut."""
    os.replace(tmp, target)
    fsync_folder(Path(target).parent)


def part_file(target: Path) -> Path:
    """A new, empty, private (0600) hidden file beside ``target`` to write it aside."""
    import tempfile  # here: it loads shutil and random, which a command that only reads never needs

    target = Path(target)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    return Path(name)


def fsync_file(path: Path) -> None:
    """Flush a file's content to disk."""
    fd = os.open(path, os.O_RDWR)  # Windows flushes only a handle open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` for reading; on read-only media, where SQLite cannot make a WAL file's -shm, as immutable."""
    uri = Path(path).resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        return sqlite3.connect(f"{uri}?immutable=1", uri=True)


def copy_database(source: Path, target: Path, finish: Callable[[Path], None] | None = None) -> Path:
    """Copy the database ``source`` to ``target`` with the online backup API, private, written aside.

    ``finish(part)`` may change the copy before it is renamed into place.
    """
    target = Path(target)
    tmp = None
    try:
        tmp = part_file(target)
        src = connect_read_only(Path(source))
        dest = sqlite3.connect(tmp)
        try:
            src.backup(dest)
            # A copy keeps no log of its own: it can be read from a USB stick or a read-only share,
            # and reading it leaves no -wal or -shm beside it. The app's own file is WAL again once opened.
            dest.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            dest.close()
            src.close()
        if finish is not None:
            finish(tmp)
        fsync_file(tmp)
        replace_durably(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        error = UserError(
            translate("Backup", "The backup could not be written: {reason}.").format(reason=cause_of(exc)), "backup"
        )
        error.cause = exc  # what went wrong, for a caller that tells it in its own words (an upgrade)
        raise error from None
    return target


def backups_dir(db_path: Path) -> Path:
    """The private folder of backups beside the database (made with mode 0700)."""
    folder = Path(db_path).parent / "backups"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def backup_target(db_path: Path, now: datetime, kind: str | None = None) -> Path:
    """A new name in the backups folder: ``workload-STAMP.db``, or ``workload-before-KIND-STAMP.db``."""
    folder = backups_dir(db_path)
    middle = f"before-{kind}-" if kind else ""
    out = folder / f"{Path(db_path).stem}-{middle}{now.strftime(STAMP)}.db"
    while out.exists():  # never overwrite a backup, however quick the next one comes
        now += timedelta(microseconds=1)
        out = folder / f"{Path(db_path).stem}-{middle}{now.strftime(STAMP)}.db"
    return out


def safety_copy(db_path: Path, kind: str, now: datetime | None = None) -> Path:
    """A safety copy of the database before a restore, an import or a migration: kept 30 days, never rotated."""
    return copy_database(Path(db_path), backup_target(db_path, now or datetime.now(), kind))


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove the ``.part`` files a killed copy of this database left; only ours, only from before this process."""
    db_path = Path(db_path)
    tail = r"(\.\w+)?\.part(-journal|-wal|-shm)?"
    found = [
        p
        for p in db_path.parent.glob(f".{db_path.name}.*")
        if re.fullmatch(re.escape(f".{db_path.name}") + tail, p.name)
    ]
    backups = db_path.parent / "backups"
    if backups.is_dir():
        kinds = "|".join(SAFETY_KINDS)  # exactly this database's names: never "w-old"'s when this is "w"
        pattern = re.escape(f".{db_path.stem}-") + rf"(before-({kinds})-)?[0-9]{{8}}-[0-9]{{6}}-[0-9]{{6}}\.db" + tail
        found += [p for p in backups.glob(f".{db_path.stem}-*") if re.fullmatch(pattern, p.name)]
    removed = []
    for path in found:
        try:
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime < _STARTED:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # another start removed it first, or it cannot be touched: left as it is
    return removed
