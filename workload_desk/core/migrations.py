"""The schema of the database file, as small named migrations applied in order.

A migration, once released, is never changed: a new one is added instead.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

SET_NAME = "workload_desk"
_steps: list[Callable[[Database], None]] = []


def migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``fn`` as the next migration, under its own name."""
    _steps.append(fn)
    return fn


@cache
def migration_set() -> Migrations:
    """The migrations as a ``sqlite_utils.Migrations`` set (imported only when a file needs them)."""
    from sqlite_utils import Migrations

    steps = Migrations(SET_NAME)
    for fn in _steps:
        steps()(fn)
    return steps


def _run(db: Database, script: str) -> None:
    # executescript() would COMMIT first and break the migration's transaction.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migration
def m001_initial(db: Database) -> None:
    """Contract periods, cases, measures, tasks, time entries and settings."""
    _run(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE contract_periods (
            id INTEGER PRIMARY KEY,
            valid_from TEXT NOT NULL UNIQUE,
            hours REAL NOT NULL CHECK (hours BETWEEN 1 AND 60)
        );
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 40),
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
            opened TEXT NOT NULL,
            closed TEXT,
            notes TEXT NOT NULL DEFAULT '',
            CHECK (closed IS NULL OR closed >= opened)
        );
        CREATE TABLE measures (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('ots', 'vots', 'voogdij', 'jr')),
            child_label TEXT NOT NULL,
            start TEXT NOT NULL,
            planned_end TEXT,
            actual_end TEXT,
            CHECK (planned_end IS NULL OR planned_end > start),
            CHECK (actual_end IS NULL OR actual_end >= start)
        );
        CREATE INDEX measures_case ON measures(case_id);
        CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            due TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            mode TEXT CHECK (mode IS NULL OR mode IN ('in-person', 'phone', 'video'))
        );
        CREATE INDEX tasks_due ON tasks(due);
        CREATE INDEX tasks_case ON tasks(case_id);
        CREATE TABLE time_entries (
            id INTEGER PRIMARY KEY,
            start TEXT NOT NULL,
            "end" TEXT,
            task_kind TEXT NOT NULL,
            case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            CHECK ("end" IS NULL OR "end" > start)
        );
        CREATE INDEX time_entries_start ON time_entries(start);
        CREATE INDEX time_entries_case ON time_entries(case_id);
        CREATE UNIQUE INDEX time_entries_one_timer ON time_entries(("end" IS NULL)) WHERE "end" IS NULL;
        """,
    )


def migration_steps() -> list[Callable[[Database], None]]:
    """Every migration this version of the app knows, in order (they use only ``execute`` and ``conn``)."""
    return list(_steps)


def known_names() -> list[str]:
    """The names of every migration this version of the app knows, in order."""
    return [fn.__name__ for fn in _steps]


@migration
def m002_task_details(db: Database) -> None:
    """The fields each kind of task needs: a hearing's court, a redaction's pages, a care search's calls."""
    _run(
        db,
        """
        ALTER TABLE tasks ADD COLUMN court TEXT NOT NULL DEFAULT '';
        ALTER TABLE tasks ADD COLUMN requested_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE tasks ADD COLUMN pages INTEGER CHECK (pages IS NULL OR pages >= 0);
        ALTER TABLE tasks ADD COLUMN care_sought TEXT NOT NULL DEFAULT '';
        ALTER TABLE tasks ADD COLUMN started TEXT;
        ALTER TABLE tasks ADD COLUMN providers_contacted INTEGER NOT NULL DEFAULT 0 CHECK (providers_contacted >= 0);
        ALTER TABLE tasks ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
        ALTER TABLE tasks ADD COLUMN placed_on TEXT
        """,
    )


@migration
def m003_days_off(db: Database) -> None:
    """Days off (leave, public holiday, sick): each lowers its week's expected hours by a day's share."""
    _run(
        db,
        """
        CREATE TABLE days_off (
            day TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('leave', 'holiday', 'sick'))
        )
        """,
    )


@migration
def m004_say_no(db: Database) -> None:
    """The register of requests declined and of boundaries kept."""
    _run(
        db,
        """
        CREATE TABLE declined_requests (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            what TEXT NOT NULL CHECK (what IN ('new-case', 'extra-task', 'court-in-person', 'call', 'other')),
            from_role TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX declined_requests_day ON declined_requests(day);
        CREATE TABLE boundaries_kept (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            boundary TEXT NOT NULL
                CHECK (boundary IN ('own-cases-only', 'court-remote', 'contract-hours', 'no-new-case')),
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX boundaries_kept_day ON boundaries_kept(day)
        """,
    )


@migration
def m005_entry_minutes(db: Database) -> None:
    """Each entry's length in minutes, kept by SQLite itself, so sums over years need no date arithmetic."""
    _run(
        db,
        """
        CREATE TABLE time_entries_new (
            id INTEGER PRIMARY KEY,
            start TEXT NOT NULL,
            "end" TEXT,
            task_kind TEXT NOT NULL,
            case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            minutes INTEGER GENERATED ALWAYS AS (
                CAST(round((julianday("end") - julianday(start)) * 1440) AS INTEGER)
            ) STORED,
            CHECK ("end" IS NULL OR "end" > start)
        );
        INSERT INTO time_entries_new (id, start, "end", task_kind, case_id, note)
            SELECT id, start, "end", task_kind, case_id, note FROM time_entries;
        DROP TABLE time_entries;
        ALTER TABLE time_entries_new RENAME TO time_entries;
        CREATE INDEX time_entries_start ON time_entries(start, "end", minutes);
        CREATE INDEX time_entries_case ON time_entries(case_id, minutes);
        CREATE UNIQUE INDEX time_entries_one_timer ON time_entries(("end" IS NULL)) WHERE "end" IS NULL
        """,
    )


@migration
def m006_real_time_and_work_pattern(db: Database) -> None:
    """Each entry's UTC offsets, so its minutes are real elapsed time; a weekday pattern per contract period.

    Entries typed before this version were typed in the Netherlands: their offsets are those of
    Europe/Amsterdam (the default time zone). A contract period's pattern starts as a fifth of its
    hours on Monday to Friday.
    """
    from .clock import DEFAULT_ZONE, offset_minutes, zone

    tz = zone(DEFAULT_ZONE)
    _run(
        db,
        """
        ALTER TABLE contract_periods ADD COLUMN pattern TEXT NOT NULL DEFAULT '';
        UPDATE contract_periods SET pattern =
            printf('%s,%s,%s,%s,%s,0,0', round(hours / 5.0, 4), round(hours / 5.0, 4), round(hours / 5.0, 4),
                   round(hours / 5.0, 4), round(hours / 5.0, 4));
        CREATE TABLE time_entries_new (
            id INTEGER PRIMARY KEY,
            start TEXT NOT NULL,
            "end" TEXT,
            task_kind TEXT NOT NULL,
            case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            start_offset INTEGER NOT NULL CHECK (start_offset BETWEEN -1440 AND 1440),
            end_offset INTEGER CHECK (end_offset BETWEEN -1440 AND 1440),
            minutes INTEGER GENERATED ALWAYS AS (
                CAST(round((julianday("end") - julianday(start)) * 1440) AS INTEGER) - (end_offset - start_offset)
            ) STORED,
            CHECK (("end" IS NULL) = (end_offset IS NULL)),
            CHECK (
                "end" IS NULL
                OR round((julianday("end") - julianday(start)) * 1440) - (end_offset - start_offset) >= 1
            )
        )
        """,
    )
    from datetime import datetime

    rows = []
    for id_, start, end, kind, case_id, note in db.execute(
        'SELECT id, start, "end", task_kind, case_id, note FROM time_entries'
    ).fetchall():
        start_offset = offset_minutes(datetime.fromisoformat(start), tz)
        end_offset = offset_minutes(datetime.fromisoformat(end), tz) if end else None
        rows.append((id_, start, end, kind, case_id, note, start_offset, end_offset))
    db.conn.executemany(
        'INSERT INTO time_entries_new (id, start, "end", task_kind, case_id, note, start_offset, end_offset) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    _run(
        db,
        """
        DROP TABLE time_entries;
        ALTER TABLE time_entries_new RENAME TO time_entries;
        CREATE INDEX time_entries_start ON time_entries(start, "end", minutes);
        CREATE INDEX time_entries_case ON time_entries(case_id, minutes);
        CREATE UNIQUE INDEX time_entries_one_timer ON time_entries(("end" IS NULL)) WHERE "end" IS NULL
        """,
    )
