"""Undo and redo for changes to cases, as snapshots of the rows a change touched.

A change is recorded as the rows it touched, before and after. Undo writes the
``before`` rows back (deleting rows that did not exist yet), redo the ``after``
rows, each in one transaction and with the same ids, so later changes that point
at those ids stay valid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .database import stored_columns
from .records import Record

if TYPE_CHECKING:
    from sqlite_utils import Database

# Parents before children when inserting; the reverse when deleting. The register and the settings
# stand alone (the Say no panel's changes), and so do the days off (Settings → Days off).
TABLES = ("cases", "measures", "tasks", "time_entries", "declined_requests", "boundaries_kept", "settings", "days_off")
# A row is found by its id, a setting by its key, a day off by its day.
KEY_COLUMNS = {"settings": "key", "days_off": "day"}

Key = tuple[str, int | str]


class Snapshot(Record):
    """The rows at ``keys`` as they were: a dict of column to value, or None for a row that did not exist."""

    rows: dict[Key, dict | None]


def case_keys(db: Database, case_id: int) -> set[Key]:
    """Every row that belongs to a case: the case, its measures, tasks and logged time."""
    keys: set[Key] = {("cases", case_id)}
    for table in ("measures", "tasks", "time_entries"):
        keys |= {(table, r[0]) for r in db.execute(f"SELECT id FROM {table} WHERE case_id = ?", [case_id])}
    return keys


def capture(db: Database, keys: set[Key]) -> Snapshot:
    """The current state of the rows at ``keys``."""
    rows: dict[Key, dict | None] = {}
    columns = {table: stored_columns(db, table) for table in {t for t, _ in keys}}
    for table, row_id in keys:
        names = ", ".join(f'"{c}"' for c in columns[table])
        key = KEY_COLUMNS.get(table, "id")
        row = db.execute(f"SELECT {names} FROM {table} WHERE {key} = ?", [row_id]).fetchone()
        rows[(table, row_id)] = dict(zip(columns[table], row)) if row else None
    return Snapshot(rows)


def restore(db: Database, snapshot: Snapshot) -> None:
    """Put the rows back as the snapshot holds them, in one transaction."""
    with db.atomic():
        for table in reversed(TABLES):
            for (t, row_id), _ in snapshot.rows.items():
                if t == table:
                    db.execute(f"DELETE FROM {table} WHERE {KEY_COLUMNS.get(table, 'id')} = ?", [row_id])
        for table in TABLES:
            for (t, _), row in snapshot.rows.items():
                if t == table and row is not None:
                    columns = ", ".join(f'"{c}"' for c in row)
                    db.execute(
                        f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})", list(row.values())
                    )
