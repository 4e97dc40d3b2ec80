"""Opening the worker's database file: where it lives, its schema, and refusing what is not ours.

The file is created private (mode 0600), built aside and renamed into place, runs
in WAL mode with foreign keys on, and is brought to the current schema by
:mod:`.migrations`. Before an existing file is migrated, a safety copy is taken.
A file written by a newer version of the app, a file that is not a Workload Desk
database, or one that lacks a table or column its migrations made, is refused and
left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from functools import cache

from .causes import cause_of, is_damage
from .errors import DatabaseError, UserError
from .i18n import translate
from .migrations import SET_NAME, known_names, migration_set, migration_steps

# pathlib and .copies (which loads it) are imported where a file is made, upgraded or checked:
# ``week --json`` reads an up-to-date file through :func:`open_to_read` without them.
TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from contextlib import AbstractContextManager
    from pathlib import Path
    from typing import Any

    from sqlite_utils import Database

DB_ENV = "WORKLOAD_DESK_DB"
SQLITE_HEADER = b"SQLite format 3\x00"


class WorkloadDatabase:
    """The worker's database: a SQLite connection, with sqlite-utils behind it for writes and migrations.

    Reads run straight on the connection, so opening the window or running a command that only
    reads does not wait for sqlite-utils to load; it is loaded the first time something writes
    (``atomic()``) or asks for more of its API. Any other attribute is sqlite-utils' own.

    A read-only folder, a full disk or a busy file raises :class:`UserError` from any
    ``atomic()`` block: the transaction is rolled back, nothing is saved half, and the window
    keeps what the worker typed.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Database | None = None
        self._memo: dict[Any, Any] = {}
        self._memo_mark: tuple[int, int] | None = None
        #: The file opened and its identity then (see :func:`file_identity`); None in memory.
        self.file: Path | None = None
        self.identity: tuple[int, int] | None = None
        #: Opened for one command of the command line: a balance is counted in one pass, nothing kept for later.
        self.one_command = False

    @property
    def utils(self) -> Database:
        """The same connection as a ``sqlite_utils.Database``."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn, execute_plugins=False)
        return self._utils

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once (as sqlite-utils does)."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if not was_in_transaction and self.conn.in_transaction and cursor.description is None:
            self.conn.execute("COMMIT")
        return cursor

    def change_mark(self) -> tuple[int, int]:
        """A pair that changes whenever data changes: rows written here, or a commit by another connection."""
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]

    def remembered(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()``, remembered under ``key`` until any data in the file changes."""
        mark = self.change_mark()
        if mark != self._memo_mark:
            self._memo, self._memo_mark = {}, mark
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def atomic(self) -> AbstractContextManager[WorkloadDatabase]:
        """Writes that belong together: all saved, or none (savepoints when nested).

        The outer transaction starts with ``BEGIN IMMEDIATE``: it takes the write lock first, so
        another process writing makes it wait (the busy timeout) rather than fail halfway when a
        read turns into a write. sqlite-utils' own ``atomic`` starts with a plain ``BEGIN``.
        (contextlib is loaded at the first write: a command that only reads never loads it.)
        """
        from contextlib import contextmanager

        return contextmanager(WorkloadDatabase._atomic)(self)

    def _atomic(self) -> Iterator[WorkloadDatabase]:
        try:
            if self.conn.in_transaction:
                with self.utils.atomic():
                    yield self
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self._check_same_file()
                yield self
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise write_refused(exc) from None
        self._empty_log()

    def _empty_log(self) -> None:
        """Fold the write-ahead log into the file and empty it, once a write is committed.

        A file another program moves into this name would otherwise inherit the log and be read
        as damaged. A reader holding the log makes SQLite leave it; the next write tries again.
        """
        if self.file is None:
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.Error:
            pass

    def _check_same_file(self) -> None:
        """Refuse to write into a file another program has replaced, moved or deleted: no one would find it."""
        if self.file is not None and file_identity(self.file) != self.identity:
            raise UserError(
                translate(
                    "Database",
                    "Not saved: “{path}” was replaced, moved or deleted by another program since it was opened. "
                    "What you typed is kept.",
                ).format(path=self.file),
                "database",
            )

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.utils, name)


def write_refused(exc: sqlite3.OperationalError) -> UserError:
    """The message for a write SQLite refused."""
    reason = str(exc).lower()
    if "readonly" in reason or "read-only" in reason:
        text = translate("Database", "Not saved: the database cannot be written (read-only). What you typed is kept.")
    elif "full" in reason:
        text = translate(
            "Database", "Not saved: the disk is full. Free some space and try again; what you typed is kept."
        )
    elif "locked" in reason or "busy" in reason:
        text = translate("Database", "Not saved: the database is busy. Try again in a moment; what you typed is kept.")
    else:
        text = translate("Database", "Not saved: {reason}. What you typed is kept.").format(reason=exc)
    return UserError(text, "database")


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file ``path`` is now (device and file number, on every system); None when there is none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def stored_columns(db: Database, table: str) -> list[str]:
    """The columns of ``table`` a row is written with: those SQLite computes itself are left out."""
    # table_xinfo's "hidden" is 2 or 3 for a generated column.
    return [row[1] for row in db.execute(f"PRAGMA table_xinfo({table})") if row[6] not in (2, 3)]


def default_path() -> Path:
    """The database file: ``$WORKLOAD_DESK_DB``, else ``workload.db`` in the user data dir."""
    from pathlib import Path

    if env := os.environ.get(DB_ENV):
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("WorkloadDesk", appauthor=False)) / "workload.db"


def schema_version() -> int:
    """The schema version this app writes: the number of migrations it knows."""
    return len(known_names())


def _inspect(path: Path, check: str | None) -> list[str] | None:
    """Return the migrations applied to an existing file, or None when it holds no tables.

    Opens read-only, so a file we refuse is never touched. ``check`` runs SQLite's
    ``quick_check`` (at every start) or ``integrity_check`` (before a restore). A file that lacks
    a table or column its migrations made is damaged.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise DatabaseError(translate("Database", "“{path}” does not exist.").format(path=path), "unreadable") from None
    if not stat.S_ISREG(mode):  # a folder, a pipe or a device: opening a pipe would wait for ever
        raise DatabaseError(
            translate("Database", "“{path}” is not a file: choose a database file.").format(path=path), "unreadable"
        )
    with open(path, "rb") as f:
        header = f.read(16)
    if not header:
        return None
    if header != SQLITE_HEADER:
        raise DatabaseError(_damaged(path), "corrupt")
    from .copies import connect_read_only

    try:
        conn = connect_read_only(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if "_sqlite_migrations" not in tables:
                raise DatabaseError(_not_ours(path), "foreign")
            rows = conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                [SET_NAME],
            ).fetchall()
            if check and conn.execute(f"PRAGMA {check}").fetchone()[0] != "ok":
                raise DatabaseError(_damaged(path), "corrupt")
            names = [r[0] for r in rows]
            if rows and not set(names) - set(known_names()):
                _check_schema(path, conn, len(names))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DatabaseError(_damaged(path), "corrupt") from None
        raise DatabaseError(_cannot_open(path, exc)) from None  # a read-only folder or a full disk: no damage
    if not rows:
        raise DatabaseError(_not_ours(path), "foreign")
    return [r[0] for r in rows]


def _tables_of(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Every table of the app and its columns (generated ones included)."""
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite%' AND name != '_sqlite_migrations'"
    ).fetchall()
    return {t: {row[1] for row in conn.execute(f'PRAGMA table_xinfo("{t}")')} for (t,) in tables}


#: The tables and columns the first 6 migrations make, written out so an ordinary start does not run
#: every migration in memory to learn them (10 ms or more). A test checks it against the migrations;
#: with a newer migration it is simply not used until it is written out again.
SCHEMA_6_NAMES = [
    "m001_initial",
    "m002_task_details",
    "m003_days_off",
    "m004_say_no",
    "m005_entry_minutes",
    "m006_real_time_and_work_pattern",
]
SCHEMA_6 = {
    "boundaries_kept": frozenset({"boundary", "day", "id", "note"}),
    "cases": frozenset({"closed", "id", "label", "notes", "opened", "status"}),
    "contract_periods": frozenset({"hours", "id", "pattern", "valid_from"}),
    "days_off": frozenset({"day", "kind"}),
    "declined_requests": frozenset({"day", "from_role", "id", "note", "what"}),
    "measures": frozenset({"actual_end", "case_id", "child_label", "id", "kind", "planned_end", "start"}),
    "settings": frozenset({"key", "value"}),
    "tasks": frozenset(
        {
            "care_sought",
            "case_id",
            "court",
            "done",
            "due",
            "id",
            "kind",
            "mode",
            "note",
            "outcome",
            "pages",
            "placed_on",
            "providers_contacted",
            "requested_by",
            "started",
        }
    ),
    "time_entries": frozenset(
        {"case_id", "end", "end_offset", "id", "minutes", "note", "start", "start_offset", "task_kind"}
    ),
}


@cache
def expected_tables(applied: int) -> dict[str, frozenset[str]]:
    """The tables and columns the first ``applied`` migrations make, read from a fresh in-memory database."""
    if applied == 6 and known_names()[:6] == SCHEMA_6_NAMES:
        return SCHEMA_6
    return tables_made_by(applied)


def tables_made_by(applied: int) -> dict[str, frozenset[str]]:
    """The tables and columns the first ``applied`` migrations make, by running them in memory."""
    db = WorkloadDatabase(sqlite3.connect(":memory:"))
    try:
        for step in migration_steps()[:applied]:
            step(db)
        return {table: frozenset(columns) for table, columns in _tables_of(db.conn).items()}
    finally:
        db.close()


def _check_schema(path: Path, conn: sqlite3.Connection, applied: int) -> None:
    """Refuse a file whose migrations are recorded but whose tables or columns are not all there."""
    found = _tables_of(conn)
    missing: list[str] = []
    for table, columns in expected_tables(applied).items():
        if table not in found:
            missing.append(table)
        else:
            missing += [f"{table}.{column}" for column in sorted(columns - found[table])]
    if missing:
        shown = ", ".join(missing[:3]) + (", …" if len(missing) > 3 else "")
        raise DatabaseError(
            translate(
                "Database", "“{path}” lacks parts of a Workload Desk database ({missing}); it was left as it is."
            ).format(path=path, missing=shown),
            "corrupt",
        )


def check_database_file(path: Path) -> None:
    """Refuse a file that is not a whole Workload Desk database this app can open (before a restore)."""
    from pathlib import Path

    try:
        applied = _inspect(Path(path), "integrity_check")  # a restore is rare: the full check
    except OSError as exc:
        raise DatabaseError(
            translate("Database", "“{path}” cannot be read: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from None
    if applied is None:
        raise DatabaseError(_not_ours(Path(path)), "foreign")
    if set(applied) - set(known_names()):
        raise DatabaseError(_newer(Path(path)), "newer")


def _cannot_open(path: Path, exc: BaseException) -> str:
    return translate("Database", "The database “{path}” cannot be opened: {reason}.").format(
        path=path, reason=cause_of(exc)
    )


def _not_ours(path: Path) -> str:
    return translate(
        "Database", "“{path}” is not a Workload Desk database, or it is damaged; it was left as it is."
    ).format(path=path)


def _damaged(path: Path) -> str:
    return translate("Database", "“{path}” is damaged or is not a database; it was left as it is.").format(path=path)


def _newer(path: Path) -> str:
    return translate(
        "Database",
        "“{path}” was written by a newer version of Workload Desk. "
        "Update the app to open it; the file was left as it is.",
    ).format(path=path)


def _create_aside(path: Path) -> None:
    """Build a new database at the current schema beside ``path``, then rename it into place.

    A start killed midway leaves only a hidden ``.part`` file (removed at the next start), never
    a half-made database. When another start made the file first, that one is kept.
    """
    from .copies import fsync_file, fsync_folder, part_file

    tmp = part_file(path)
    try:
        db = WorkloadDatabase(sqlite3.connect(tmp))
        try:
            migration_set().apply(db.utils)
            db.execute(f"PRAGMA user_version = {len(known_names())}")
        finally:
            db.close()
        fsync_file(tmp)
        try:
            if os.name == "nt":
                os.rename(tmp, path)  # Windows' rename never replaces
            else:
                os.link(tmp, path)  # unlike a rename, a link never replaces a file made meanwhile
        except FileExistsError:
            pass
        fsync_folder(path.parent)
    finally:
        tmp.unlink(missing_ok=True)


def open_database(path: Path | str, check: str | None = None) -> WorkloadDatabase:
    """Open (and if need be create or upgrade) the database at ``path``.

    Raises :class:`DatabaseError` for a file from a newer version of the app, a file that is
    not ours or damaged, or a folder that cannot be written. ``check`` runs SQLite's
    ``quick_check`` or ``integrity_check`` first; the window runs the full check in the
    background instead, so a ten-year file opens at once.
    """
    from pathlib import Path

    from .copies import remove_leftovers, safety_copy

    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_leftovers(path)
        if not os.path.lexists(path):
            _create_aside(path)
        applied = _inspect(path, check)
    except (OSError, sqlite3.Error) as exc:  # sqlite3: building the first database aside on a full disk
        raise DatabaseError(_cannot_open(path, exc)) from None
    known = known_names()
    if applied is not None and (set(applied) - set(known)):
        raise DatabaseError(_newer(path), "newer")
    upgrade = applied is not None and len(applied) < len(known)
    try:
        if upgrade:
            try:
                safety_copy(path, "migration")
            except UserError as exc:
                raise getattr(exc, "cause", None) or sqlite3.OperationalError(str(exc)) from None
        db = WorkloadDatabase(sqlite3.connect(path))
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(_cannot_upgrade(path, exc) if upgrade else _cannot_open(path, exc)) from None
    db.file, db.identity = path, file_identity(path)
    try:
        db.execute("PRAGMA busy_timeout = 5000")  # first: switching to WAL waits for another writer too
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA foreign_keys = ON")
        if applied is None or upgrade:
            migration_set().apply(db.utils)  # each migration all or nothing
            db.execute(f"PRAGMA user_version = {len(known)}")
    except (OSError, sqlite3.Error) as exc:
        db.close()
        raise DatabaseError(_cannot_upgrade(path, exc) if upgrade else _cannot_open(path, exc)) from None
    return db


def with_database(path: Path | str, use):
    """``use(db)`` on a connection of its own to the database file at ``path``, closed after: for a worker
    thread (which may not use the window's connection) or a child process."""
    db = open_database(path)
    try:
        return use(db)
    finally:
        db.close()


def open_to_read(path: str) -> WorkloadDatabase | None:
    """The database at ``path`` opened read-only for a command that only reads, when it is a file at
    this app's schema (its ``PRAGMA user_version``, which every start and upgrade sets); None otherwise.

    ``week --json`` runs from scripts and status bars: it reads an up-to-date file without the safety
    checks of :func:`open_database` (the header, the recorded migrations, the tables' columns) and
    without loading pathlib. On None (no file, an older or newer one, not a database, not POSIX)
    the caller opens it with :func:`open_database`, which makes, upgrades or refuses it in its own
    words; a read that fails on a damaged file is run again that way too (``cli/commands.py``).
    """
    if os.name != "posix":
        return None  # a URI of a Windows path needs pathlib's care: the full way
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        # A URI, for mode=ro: the few characters a URI gives a meaning to are escaped ("%" first).
        name = os.path.abspath(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
        conn = sqlite3.connect(f"file:{name}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != len(known_names()):
            conn.close()
            return None
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.Error:
        conn.close()
        return None
    return WorkloadDatabase(conn)


def _cannot_upgrade(path: Path, exc: BaseException) -> str:
    return translate(
        "Database",
        "The database “{path}” could not be brought up to this version: {reason}. Nothing was lost: "
        "start again once that is put right.",
    ).format(path=path, reason=cause_of(exc))


def open_memory() -> WorkloadDatabase:
    """A fresh in-memory database at the current schema, for tests and previews."""
    db = WorkloadDatabase(sqlite3.connect(":memory:"))
    db.execute("PRAGMA foreign_keys = ON")
    migration_set().apply(db.utils)
    return db
