"""Backups and restore: years of evidence in one file on a laptop must survive.

Backups are taken with SQLite's online backup API (consistent even while the app
writes, WAL included) into a private ``backups`` folder beside the database:
at start at most once a day, and on quit. The last 7 days and 4 weeks are kept.
Safety copies taken before a restore, an import or a migration are kept 30 days,
whatever the rotation. A restore checks the file first, takes a safety copy of the
current database, then swaps the files in one rename.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

from .causes import cause_of, is_failure_of_the_disk
from .copies import SAFETY_KINDS, STAMP, backup_target, copy_database, fsync_folder, safety_copy
from .database import check_database_file
from .errors import DatabaseError, UserError
from .i18n import translate
from .records import Record

KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_SAFETY_DAYS = 30


class Backup(Record):
    """A backup file: where, when it was taken, its size, and the change it was taken before (None: a daily one)."""

    path: Path
    taken: datetime
    size: int
    kind: str | None = None


def check_out_folder(out: Path) -> None:
    """Refuse a backup target whose folder does not exist, before any work starts."""
    if not Path(out).parent.is_dir():
        raise UserError(
            translate("Backup", "The folder “{folder}” does not exist; nothing was backed up.").format(
                folder=Path(out).parent
            ),
            "backup",
        )


def backup_now(db_path: Path, now: datetime | None = None, out: Path | None = None) -> Path:
    """Take a backup now, into the backups folder (or to ``out``); return its path."""
    if out is not None:
        check_out_folder(out)
    return copy_database(Path(db_path), Path(out) if out is not None else backup_target(db_path, now or datetime.now()))


def _parse(name: str) -> tuple[datetime, str | None] | None:
    """When a backup was taken and its kind, from the end of its name; None for a file not ours."""
    kind = None
    if name.startswith("before-"):
        kind, _, name = name.removeprefix("before-").partition("-")
        if kind not in SAFETY_KINDS:
            return None
    try:
        return datetime.strptime(name, STAMP), kind
    except ValueError:
        return None


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of the database, newest first."""
    folder = Path(db_path).parent / "backups"
    found = []
    prefix = f"{Path(db_path).stem}-"
    for path in folder.glob(f"{prefix}*.db") if folder.is_dir() else []:
        parsed = _parse(path.stem.removeprefix(prefix))
        if parsed is not None:
            found.append(Backup(path, parsed[0], path.stat().st_size, parsed[1]))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def rotate(db_path: Path, today: date | None = None) -> list[Path]:
    """Keep the newest backup of each of the last 7 days and of each of the last 4 weeks; remove the rest.

    Safety copies are kept 30 days, however many backups follow them.
    """
    today = today or date.today()
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for b in list_backups(db_path):  # newest first: the first of a day or week is the one kept
        day = b.taken.date()
        if b.kind is not None:
            if (today - day).days < KEEP_SAFETY_DAYS:
                keep.add(b.path)
            continue
        week = tuple(day.isocalendar())[:2]
        if day not in days and (today - day).days < KEEP_DAYS:
            days.add(day)
            keep.add(b.path)
        if week not in weeks and (today - day).days < 7 * KEEP_WEEKS:
            weeks.add(week)
            keep.add(b.path)
    removed = []
    for b in list_backups(db_path):
        if b.path not in keep:
            b.path.unlink()
            removed.append(b.path)
    return removed


def auto_backup(db_path: Path, now: datetime | None = None, on_quit: bool = False) -> Path | None:
    """The automatic backup: at start at most once a day, and on every quit; then rotate."""
    now = now or datetime.now()
    if not Path(db_path).exists():
        return None
    if not on_quit and any(b.taken.date() == now.date() and b.kind is None for b in list_backups(db_path)):
        return None
    made = backup_now(db_path, now)
    rotate(db_path, now.date())
    return made


def newest_good_backup(db_path: Path) -> Backup | None:
    """The newest backup that passes the checks (a real, whole, not-newer database)."""
    for b in list_backups(db_path):
        try:
            check_database_file(b.path)
        except DatabaseError:
            continue
        return b
    return None


def restore(db_path: Path, source: Path, now: datetime | None = None) -> Path | None:
    """Put ``source`` in place of the database; the current one is backed up first. Close it before.

    A foreign, damaged or newer file is refused and nothing changes. Returns the backup of
    the database that was replaced (None when there was none).
    """
    db_path, source = Path(db_path), Path(source)
    check_database_file(source)
    try:
        before = None
        identity: dict[str, str] = {}
        if db_path.exists():
            try:
                check_database_file(db_path)
                _checkpoint(db_path)
                identity = _union_identity(db_path)
                before = safety_copy(db_path, "restore", now)
            except DatabaseError as exc:
                if exc.kind != "corrupt":
                    raise
                before = set_aside(db_path, now)  # a damaged database is kept as it is, beside
        copy_database(source, db_path, finish=lambda copy: _keep_union_identity(copy, identity))
    except (OSError, sqlite3.Error) as exc:
        raise UserError(
            translate("Backup", "Not restored: {reason}. Your database was left as it is.").format(
                reason=cause_of(exc)
            ),
            "backup",
        ) from None
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return before


def _union_identity(db_path: Path) -> dict[str, str]:
    """The respondent key, its secret and the last sequence used: the person's, not the data's."""
    from .union_export import UNION_IDENTITY

    conn = sqlite3.connect(db_path)
    try:
        marks = ", ".join("?" * len(UNION_IDENTITY))
        return dict(conn.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", UNION_IDENTITY))
    except sqlite3.Error as exc:
        if is_failure_of_the_disk(exc):
            raise
        return {}
    finally:
        conn.close()


SEQUENCE_MARGIN = 100  # files a worker may have sent since a backup they restore without the database it was of


def _keep_union_identity(copy: Path, identity: dict[str, str]) -> None:
    """Give the restored copy the identity the worker's files were made with, and its newest sequence.

    A restore must not wind the sequence back: the next file would carry a number the union has
    already seen, and both files would be left out.
    """
    from .union_export import KEY_SETTING, SEQUENCE_SETTING

    restored = _union_identity(copy)
    if not identity:  # nothing to carry over (a new laptop, a damaged file): the backup's number may be behind
        if (restored.get(SEQUENCE_SETTING) or "").isdigit():
            identity = {SEQUENCE_SETTING: str(int(restored[SEQUENCE_SETTING]) + SEQUENCE_MARGIN)}
        else:
            return
    if restored.get(KEY_SETTING) == identity.get(KEY_SETTING):
        numbers = [v for v in (restored.get(SEQUENCE_SETTING), identity.get(SEQUENCE_SETTING)) if (v or "").isdigit()]
        if numbers:
            identity[SEQUENCE_SETTING] = str(max(int(v) for v in numbers))
    conn = sqlite3.connect(copy)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                list(identity.items()),
            )
    except sqlite3.Error as exc:
        if is_failure_of_the_disk(exc):
            raise  # a full disk must not wind the sequence back unnoticed
        # a copy without a settings table of this shape keeps its own; the worker can renew the key
    finally:
        conn.close()


def set_aside(db_path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database aside (never overwritten, never deleted); return its new name."""
    now = now or datetime.now()
    aside = db_path.with_name(f"{db_path.name}.broken-{now.strftime('%Y%m%d-%H%M%S')}")
    os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):
        wal = Path(f"{db_path}{suffix}")
        if wal.exists():
            os.replace(wal, Path(f"{aside}{suffix}"))
    fsync_folder(db_path.parent)
    return aside


def _checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the file, so the file alone holds everything."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
