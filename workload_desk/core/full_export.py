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
from .copies import safety_copy
from .database import stored_columns
from .demo import is_empty
from .errors import UserError, shown
from .files import write_private
from .i18n import translate
from .import_rows import checked_row
from .migrations import known_names

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
    from .files import read_regular

    try:
        raw = read_regular(Path(path), MAX_BYTES, "file")
        data = json.loads(raw.decode("utf-8-sig"))  # Notepad saves a byte-order mark
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise UserError(
            translate("FullExport", "“{path}” cannot be read as a Workload Desk export.").format(path=path), "file"
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("tables"), dict):
        raise UserError(
            translate("FullExport", "“{path}” is not a full Workload Desk export.").format(path=path), "file"
        )
    schema = data.get("schema", [])
    if not isinstance(schema, list) or not all(isinstance(name, str) for name in schema):
        raise UserError(
            translate("FullExport", "“{path}” is not a full Workload Desk export.").format(path=path), "file"
        )
    if set(schema) - set(known_names()):
        raise UserError(
            translate(
                "FullExport", "“{path}” was written by a newer version of Workload Desk: update the app first."
            ).format(path=path),
            "file",
        )
    return data


MAX_BYTES = 500_000_000  # ten years of one worker are about 20 MB


def import_all(db: Database, data: dict, merge: bool = False) -> int:
    """Load an export; refused into a database that holds data unless ``merge``. All or nothing.

    Every row passes the checks a row typed in the window passes (:mod:`.import_rows`); the
    first row that fails refuses the whole file, named by its table and number. Rows from an
    older schema lack the columns added since: the checks give them the defaults the
    migrations gave (a contract's pattern, an entry's offsets in the worker's time zone).
    """
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
    for table, rows in tables.items():
        if table not in TABLES or not isinstance(rows, list):
            raise UserError(
                translate(
                    "FullExport", "The export holds “{table}”, which is not a table of rows Workload Desk knows."
                ).format(table=shown(table)),
                "file",
            )
    with db.atomic():
        count = 0
        case_ids: dict[int, int] | None = {} if merge else None
        for table in TABLES:
            for number, raw in enumerate(tables.get(table, []), 1):
                try:
                    count += _write(db, table, checked_row(db, table, raw, case_ids), raw, case_ids)
                except UserError as exc:
                    raise _refused(table, number, exc.message) from None
                except sqlite3.IntegrityError:
                    raise _refused(
                        table, number, translate("FullExport", "it repeats a row before it or one already stored")
                    ) from None
                except (UnicodeEncodeError, OverflowError):  # half a surrogate pair; a number beyond SQLite's
                    raise _refused(
                        table, number, translate("FullExport", "it holds text or a number SQLite cannot store")
                    ) from None
        _move_union_sequence_on(db, tables.get("settings", []))
        return count


def _move_union_sequence_on(db: Database, settings: list) -> None:
    """The union key came with the file: its sequence moves on, as after a restore on a new laptop.

    The file may be older than the worker's last union export; a number the union has seen again
    would leave both files out.
    """
    from .backup import SEQUENCE_MARGIN
    from .settings import get_setting, set_setting
    from .union_export import KEY_SETTING, SEQUENCE_SETTING

    brought = {r.get("key"): r.get("value") for r in settings if isinstance(r, dict)}
    sequence = get_setting(db, SEQUENCE_SETTING)
    if brought.get(KEY_SETTING) and brought.get(KEY_SETTING) == get_setting(db, KEY_SETTING) and sequence:
        set_setting(db, SEQUENCE_SETTING, str(int(sequence) + SEQUENCE_MARGIN))


def import_with_safety_copy(db: Database, db_path: Path, data: dict, merge: bool = False) -> int:
    """``import_all``; a merge into a database that holds data takes a safety copy of the file first."""
    if merge and not is_empty(db):
        safety_copy(db_path, "import")
    return import_all(db, data, merge=merge)


def _refused(table: str, number: int, reason: str) -> UserError:
    reason = reason.rstrip(".")
    if reason[1:2].islower():  # "The column ..." reads on inside the sentence; "BSN ..." stays as it is
        reason = reason[0].lower() + reason[1:]
    return UserError(
        translate("FullExport", "Nothing was imported: row {number} of “{table}” is refused ({reason}).").format(
            number=number, table=table, reason=reason
        ),
        "file",
    )


def _write(db: Database, table: str, values: dict, raw: dict, case_ids: dict[int, int] | None) -> int:
    """Write one checked row; when merging, the database's own settings, contracts and days off win."""
    if case_ids is not None and table in ("settings", "contract_periods", "days_off"):
        return _insert(db, table, values, "OR IGNORE").rowcount
    row_id = _insert(db, table, values).lastrowid
    if case_ids is not None and table == "cases":
        case_ids[raw.get("id")] = row_id
    return 1


def _insert(db: Database, table: str, values: dict, conflict: str = ""):
    # The column names come from import_rows.COLUMNS, never from the file.
    columns = ", ".join(f'"{c}"' for c in values)
    return db.execute(
        f"INSERT {conflict} INTO {table} ({columns}) VALUES ({', '.join('?' * len(values))})", list(values.values())
    )
