"""Everything the app holds, to move to a new laptop: ``export-all`` and ``import-all``.

Unlike the union export this file holds all data, labels and notes included: keep
it as carefully as the database itself (it is written private, mode 0600).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from .clock import offset_minutes, zone_of
from .contracts import default_pattern, pattern_text
from .copies import safety_copy
from .database import stored_columns
from .demo import is_empty
from .errors import UserError
from .files import write_private
from .i18n import translate
from .migrations import known_names
from .time_log import check_free, entry_from_row

if TYPE_CHECKING:
    from sqlite_utils import Database

FORMAT = "workload-desk-everything"
# Parents before children, so an import can keep or remap the ids.
TABLES = (
    "settings",
    "contract_periods",
    "days_off",
    "cases",
    "measures",
    "tasks",
    "time_entries",
    "declined_requests",
    "boundaries_kept",
)
_CASE_CHILDREN = ("measures", "tasks", "time_entries")


def export_all(db: Database, now: datetime | None = None) -> dict:
    """Every row of every table, with the schema it was written in."""
    data = {
        "format": FORMAT,
        "app": f"Workload Desk {__version__}",
        "schema": known_names(),
        "exported_at": (now or datetime.now()).isoformat(timespec="seconds"),
        "tables": {},
    }
    for table in TABLES:
        names = stored_columns(db, table)
        quoted = ", ".join(f'"{c}"' for c in names)
        rows = db.execute(f"SELECT {quoted} FROM {table} ORDER BY rowid").fetchall()
        data["tables"][table] = [dict(zip(names, row)) for row in rows]
    return data


def write_export_all(db: Database, path: Path) -> int:
    """Write everything to ``path``; return the number of rows written."""
    data = export_all(db)
    write_private(Path(path), json.dumps(data, ensure_ascii=False, indent=1))
    return sum(len(rows) for rows in data["tables"].values())


def read_export_all(path: Path) -> dict:
    """Read and check a file written by ``export-all``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise UserError(
            translate("FullExport", "“{path}” cannot be read as a Workload Desk export.").format(path=path), "file"
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("tables"), dict):
        raise UserError(
            translate("FullExport", "“{path}” is not a full Workload Desk export.").format(path=path), "file"
        )
    if set(data.get("schema", [])) - set(known_names()):
        raise UserError(
            translate(
                "FullExport", "“{path}” was written by a newer version of Workload Desk: update the app first."
            ).format(path=path),
            "file",
        )
    return data


def import_all(db: Database, data: dict, merge: bool = False) -> int:
    """Load an export; refused into a database that holds data unless ``merge``. All or nothing."""
    if not merge and not is_empty(db):
        raise UserError(
            translate(
                "FullExport",
                "This database already holds data: importing would mix two records. "
                "Import into a new database, or ask to merge (--merge).",
            ),
            "merge",
        )
    tables = data["tables"]
    try:
        _from_older_schema(db, tables)
        with db.atomic():
            if merge:
                return _merge(db, tables)
            count = 0
            for table in TABLES:
                for row in tables.get(table, []):
                    _insert(db, table, row)
                    count += 1
            return count
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise UserError(
            translate("FullExport", "The export is incomplete or damaged ({reason}); nothing was imported.").format(
                reason=exc
            ),
            "file",
        ) from None
    except sqlite3.IntegrityError as exc:
        raise UserError(
            translate("FullExport", "The export does not fit this database ({reason}); nothing was imported.").format(
                reason=exc
            ),
            "file",
        ) from None


def import_with_safety_copy(db: Database, db_path: Path, data: dict, merge: bool = False) -> int:
    """``import_all``; a merge into a database that holds data takes a safety copy of the file first."""
    if merge and not is_empty(db):
        safety_copy(db_path, "import")
    return import_all(db, data, merge=merge)


def _from_older_schema(db: Database, tables: dict) -> None:
    """Rows exported before schema 6 get what it added: the entries' UTC offsets, the contracts' patterns."""
    tz = zone_of(db)
    for row in tables.get("time_entries", []):
        if isinstance(row, dict) and "start_offset" not in row:
            row["start_offset"] = offset_minutes(datetime.fromisoformat(row["start"]), tz)
            row["end_offset"] = offset_minutes(datetime.fromisoformat(row["end"]), tz) if row.get("end") else None
    for row in tables.get("contract_periods", []):
        if isinstance(row, dict) and "pattern" not in row:
            row["pattern"] = pattern_text(default_pattern(float(row["hours"])))


def _insert(db: Database, table: str, row: dict) -> int:
    columns = ", ".join(f'"{c}"' for c in row)
    return db.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    ).lastrowid


def _merge(db: Database, tables: dict) -> int:
    """Add the export's rows beside the database's own, with new ids; settings and contracts already set win."""
    count = 0
    for row in tables.get("settings", []):
        count += db.execute(
            "INSERT OR IGNORE INTO settings(key, value) VALUES (?, ?)", [row["key"], row["value"]]
        ).rowcount
    for row in tables.get("contract_periods", []):
        count += db.execute(
            "INSERT OR IGNORE INTO contract_periods(valid_from, hours, pattern) VALUES (?, ?, ?)",
            [row["valid_from"], row["hours"], row["pattern"]],
        ).rowcount
    for row in tables.get("days_off", []):
        count += db.execute(
            "INSERT OR IGNORE INTO days_off(day, kind) VALUES (?, ?)", [row["day"], row["kind"]]
        ).rowcount
    new_case: dict[int, int] = {}
    for row in tables.get("cases", []):
        new_case[row["id"]] = _insert(db, "cases", {k: v for k, v in row.items() if k != "id"})
        count += 1
    for table in _CASE_CHILDREN:
        for row in tables.get(table, []):
            values = {k: v for k, v in row.items() if k != "id"}
            if values.get("case_id") is not None:
                values["case_id"] = new_case[values["case_id"]]
            if table == "time_entries" and values.get("end"):
                entry = entry_from_row(
                    (
                        0,
                        values["start"],
                        values["end"],
                        values["task_kind"],
                        None,
                        "",
                        values["start_offset"],
                        values["end_offset"],
                    )
                )
                end = entry.end_utc(entry.start_utc)
                check_free(db, entry.start_utc, end, end, None, zone_of(db))
            _insert(db, table, values)
            count += 1
    for table in ("declined_requests", "boundaries_kept"):
        for row in tables.get(table, []):
            _insert(db, table, {k: v for k, v in row.items() if k != "id"})
            count += 1
    return count
