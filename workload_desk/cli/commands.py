"""Running a parsed command: open the database it names and hand it to the command's module.

The commands live in modules by subject (cases, time, reports, data) and are imported only when
called, so ``week --json`` loads nothing of cases, demo data or exports.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable

from .. import __version__
from ..core import i18n
from ..core.database import DB_ENV, default_path, open_database, open_to_read, schema_version
from ..core.errors import UserError, shown
from ..core.i18n import translate
from ..core.settings import get_setting

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    import argparse

    from ..core.database import WorkloadDatabase as Database


def parse_id(text: str | None, field: str = "case") -> int | None:
    """Read a case or entry number (ASCII digits, within SQLite's integers); None stays None."""
    if text is None:
        return None
    if not re.fullmatch(r"[0-9]{1,18}", text.strip()):
        raise UserError(
            translate("Validation", "“{value}” is not a number: give the number the list shows.").format(
                value=shown(text)
            ),
            field,
        )
    return int(text.strip())


def parse_number(text: str, field: str) -> float:
    """Read a number (a comma is a decimal point too)."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = float("nan")
    if value != value or value in (float("inf"), float("-inf")):
        raise UserError(translate("Validation", "“{value}” is not a number.").format(value=shown(text)), field)
    return value


def parse_count(text: str, field: str) -> int:
    """Read a whole number of children."""
    if not text.strip().isdigit():
        raise UserError(translate("Validation", "“{value}” is not a whole number.").format(value=shown(text)), field)
    return int(text)


def dispatch(args: argparse.Namespace, chosen_language: str | None) -> int:
    """Open the database the call names and run its command."""
    if args.command == "version" or args.version:
        print(
            translate("CommandLine", "Workload Desk {version} (database schema {schema})").format(
                version=__version__, schema=schema_version()
            )
        )
        return 0
    if (args.command, getattr(args, "action", None)) in _QUICK:
        done = _run_quickly(args, chosen_language)
        if done is not None:
            return done
    from pathlib import Path

    from ..core.window_lock import real_path

    path = real_path(Path(args.db) if args.db else default_path())  # a link is followed: one file, one lock
    for option in ("out", "chart"):
        if getattr(args, option, None) is not None:
            from ..core.files import check_target

            check_target(Path(getattr(args, option)), option, None if args.command == "union-summary" else path)
    if args.command == "union-summary":
        from .report_commands import union_summary

        return union_summary(args)  # the union's files, not the worker's database
    if not path.exists() and _only_reads(args) and (args.db or os.environ.get(DB_ENV)):
        raise UserError(
            translate(
                "CommandLine",
                "There is no database at “{path}”: check the path (the first command that writes makes one).",
            ).format(path=path),
            "db",
        )
    if args.command == "restore":
        from .data_commands import restore_file

        return restore_file(path, Path(args.file))
    if args.command == "backup" and args.out:
        from ..core.backup import check_out_folder

        check_out_folder(Path(args.out))  # before the database is opened (or made)
    db = open_database(path)
    db.path = path
    db.one_command = True
    try:
        return _run(db, args, chosen_language)
    finally:
        db.close()


def _run(db: Database, args: argparse.Namespace, chosen_language: str | None) -> int:
    if chosen_language is None:
        i18n.set_language(get_setting(db, "language", i18n.DEFAULT_LANGUAGE))
    return handler(args.command, getattr(args, "action", None))(db, args) or 0


#: Commands run on a file opened read-only by :func:`open_to_read` when it is up to date: ``week``, which
#: scripts and status bars call every minute. It writes nothing and prints only once its figures are made.
_QUICK = {("week", None)}


def _run_quickly(args: argparse.Namespace, chosen_language: str | None) -> int | None:
    """Run a :data:`_QUICK` command on the file ``--db`` or ``$WORKLOAD_DESK_DB`` names, opened read-only
    without pathlib or the full opening's checks; None when it is left to the full way: no file named
    (the default one is found by platformdirs), a file to be made, upgraded or refused, or a read
    SQLite fails on (a damaged file: the full way says so in words)."""
    where = args.db or os.environ.get(DB_ENV)
    if not where:
        return None
    db = open_to_read(os.path.realpath(os.path.expanduser(where)))  # a link followed, as real_path does
    if db is None:
        return None
    db.one_command = True
    try:
        return _run(db, args, chosen_language)
    except sqlite3.DatabaseError:
        return None
    finally:
        db.close()


# Commands that only read or copy the database out: on a mistyped --db they would make an empty database,
# or write an empty export, a PDF of nothing or a backup of nothing, and say "written". They refuse a
# database that does not exist, and make none.
_READING = {
    ("contract", "show"),
    ("day-off", "list"),
    ("case", "show"),
    ("task", "list"),
    ("log", "list"),
    ("week", None),
    ("say-no", "declined"),
    ("statement", None),
    ("union-export", None),
    ("export-all", None),
    ("backup", None),
    ("case", "export"),
}


def _only_reads(args: argparse.Namespace) -> bool:
    return (args.command, getattr(args, "action", None)) in _READING


def print_json(value: object) -> None:
    """Print ``value`` as readable JSON, letters as they are: what ``json.dumps(value, ensure_ascii=False,
    indent=2)`` writes. Plain values (dicts with text keys, lists, text, numbers, true, false, null) are
    written here, since importing json costs ``week --json`` more than writing its answer; anything
    else (another type, a number that is not finite) is left to json, byte for byte the same."""
    try:
        text = _json_of(value, "\n")
    except _NotPlain:
        import json

        text = json.dumps(value, ensure_ascii=False, indent=2)
    print(text)


class _NotPlain(Exception):
    """A value :func:`_json_of` leaves to the json module."""


# What json escapes in a string when letters are kept as they are (ensure_ascii=False).
_ESCAPES = {i: f"\\u{i:04x}" for i in range(0x20)} | {
    ord(c): e
    for c, e in (
        ("\\", "\\\\"),
        ('"', '\\"'),
        ("\b", "\\b"),
        ("\f", "\\f"),
        ("\n", "\\n"),
        ("\r", "\\r"),
        ("\t", "\\t"),
    )
}


def _json_string(text: str) -> str:
    return '"' + text.translate(_ESCAPES) + '"'


def _json_of(value: object, newline: str) -> str:
    """``value`` as json.dumps writes it with ``indent=2`` at the depth ``newline`` starts its lines."""
    kind = type(value)
    if kind is str:
        return _json_string(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise _NotPlain
        return float.__repr__(value)
    inner = newline + "  "
    if kind is dict:
        if not value:
            return "{}"
        if any(type(key) is not str for key in value):
            raise _NotPlain
        items = (_json_string(key) + ": " + _json_of(item, inner) for key, item in value.items())
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if kind in (list, tuple):
        if not value:
            return "[]"
        return "[" + inner + ("," + inner).join(_json_of(item, inner) for item in value) + newline + "]"
    raise _NotPlain


# Each command's handler, as (module, function): a command imports only what it needs.
HANDLERS = {
    ("contract", "set"): ("time_commands", "contract_set"),
    ("contract", "show"): ("time_commands", "contract_show"),
    ("contract", "set-balance-start"): ("time_commands", "contract_balance_start"),
    ("contract", "time-zone"): ("time_commands", "contract_time_zone"),
    ("day-off", "add"): ("days_off_commands", "day_off_add"),
    ("day-off", "list"): ("days_off_commands", "day_off_list"),
    ("day-off", "remove"): ("days_off_commands", "day_off_remove"),
    ("day-off", "holidays"): ("days_off_commands", "day_off_holidays"),
    ("case", "add"): ("case_commands", "case_add"),
    ("case", "list"): ("case_commands", "case_list"),
    ("case", "close"): ("case_commands", "case_close"),
    ("case", "show"): ("case_commands", "case_show"),
    ("case", "export"): ("case_commands", "case_export"),
    ("task", "add"): ("case_commands", "task_add"),
    ("task", "done"): ("case_commands", "task_done"),
    ("task", "list"): ("case_commands", "task_list"),
    ("log", "add"): ("time_commands", "log_add"),
    ("log", "start"): ("time_commands", "log_start"),
    ("log", "stop"): ("time_commands", "log_stop"),
    ("log", "list"): ("time_commands", "log_list"),
    ("week", None): ("time_commands", "week_show"),
    ("say-no", None): ("report_commands", "say_no_answer"),
    ("say-no", "schedule"): ("report_commands", "say_no_schedule"),
    ("say-no", "decline"): ("report_commands", "say_no_decline"),
    ("say-no", "declined"): ("report_commands", "say_no_declined"),
    ("statement", None): ("report_commands", "statement_pdf"),
    ("union-export", None): ("report_commands", "union_export"),
    ("backup", None): ("data_commands", "backup_db"),
    ("export-all", None): ("data_commands", "export_everything"),
    ("import-all", None): ("data_commands", "import_everything"),
    ("demo", None): ("data_commands", "demo_fill"),
}


def handler(command: str, action: str | None) -> Callable[[Database, argparse.Namespace], int | None]:
    """The function that runs ``command action``, its module imported now."""
    module, function = HANDLERS[(command, action)]
    # __import__ rather than importlib.import_module: the same module, without loading importlib (1.5 million
    # instructions of week --json).
    return getattr(__import__(f"{__package__}.{module}", fromlist=[function]), function)
