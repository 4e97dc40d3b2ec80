"""Opening the worker's database file: where it lives, its schema, and refusing what is not ours.

The file is created private (mode 0600), runs in WAL mode with foreign keys
on, and is brought to the current schema by :mod:`.migrations`. Before an
existing file is migrated, a copy is taken beside it. A file written by a newer
version of the app, or a file that is not a Workload Desk database, is refused
and left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from .errors import DatabaseError
from .i18n import translate
from .migrations import known_names, migrations

DB_ENV = "WORKLOAD_DESK_DB"
SQLITE_HEADER = b"SQLite format 3\x00"


def default_path() -> Path:
    """The database file: ``$WORKLOAD_DESK_DB``, else ``workload.db`` in the user data dir."""
    if env := os.environ.get(DB_ENV):
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("WorkloadDesk", appauthor=False)) / "workload.db"


def schema_version() -> int:
    """The schema version this app writes: the number of migrations it knows."""
    return len(known_names())


def _inspect(path: Path) -> list[str] | None:
    """Return the migrations applied to an existing file, or None when it holds no tables.

    Opens read-only, so a file we refuse is never touched.
    """
    with path.open("rb") as f:
        header = f.read(16)
    if not header:
        return None
    if header != SQLITE_HEADER:
        raise DatabaseError(_not_ours(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if "_sqlite_migrations" not in tables:
                raise DatabaseError(_not_ours(path))
            rows = conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                [migrations.name],
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise DatabaseError(_not_ours(path)) from None
    if not rows:
        raise DatabaseError(_not_ours(path))
    return [r[0] for r in rows]


def _not_ours(path: Path) -> str:
    return translate(
        "Database", "“{path}” is not a Workload Desk database, or it is damaged; it was left as it is."
    ).format(path=path)


def _backup_copy(path: Path, version: int) -> Path:
    """Copy ``path`` beside itself with SQLite's backup API (consistent even in WAL mode)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-schema-{version + 1}.{stamp}{path.suffix}")
    _create_private(target)
    source = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def _create_private(path: Path) -> None:
    """Create an empty file readable by its owner only, unless it exists."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def open_database(path: Path | str) -> Database:
    """Open (and if need be create or upgrade) the database at ``path``.

    Raises :class:`DatabaseError` for a file from a newer version of the app,
    a file that is not ours, or a folder that cannot be written.
    """
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _create_private(path)
        applied = _inspect(path)
    except OSError as exc:
        raise DatabaseError(
            translate("Database", "The database “{path}” cannot be opened: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    known = known_names()
    if applied is not None and (set(applied) - set(known)):
        raise DatabaseError(
            translate(
                "Database",
                "“{path}” was written by a newer version of Workload Desk. "
                "Update the app to open it; the file was left as it is.",
            ).format(path=path)
        )
    if applied is not None and len(applied) < len(known):
        _backup_copy(path, len(applied))
    db = Database(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    if migrations.pending(db):
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {len(known)}")
    return db


def open_memory() -> Database:
    """A fresh in-memory database at the current schema, for tests and previews."""
    db = Database(memory=True)
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    return db
