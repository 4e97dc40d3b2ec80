"""The worker's settings, kept in the database so the window and the command line share them.

Every value is checked before it is stored (:func:`check_setting`), whether the worker typed
it or an import brings it: a key the app does not know, or a value it cannot use, would
otherwise break the week, the statement or the union export later.
"""

from __future__ import annotations

import math
import re

from .errors import UserError, shown
from .i18n import translate

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from sqlite_utils import Database

#: One-line details shown on the statement, and their longest length.
DETAIL_KEYS = ("worker_name", "worker_team", "manager_name")
DETAIL_MAX = 100
_HEX64 = r"^[0-9a-f]{64}$"


def get_setting(db: Database, key: str, default: str | None = None) -> str | None:
    """Return the stored value of ``key``, or ``default``."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: Database, key: str, value: str) -> None:
    """Store ``value`` under ``key``, once :func:`check_setting` accepts it."""
    check_setting(key, value)
    with db.atomic():
        db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )


def _number(key: str, value: str, low: float, high: float) -> None:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not low <= number <= high:
        raise _bad_value(key, value)


def _day(key: str, value: str) -> None:
    from datetime import date

    from .limits import check_day

    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise _bad_value(key, value) from None
    check_day(day, key)


def _schedule(key: str, value: str) -> None:
    import json

    from .caseload_norm import PRESETS

    try:
        data = json.loads(value)
        ok = isinstance(data, dict) and data.get("preset") in PRESETS and isinstance(data.get("start"), str)
        baseline = data.get("baseline") if ok else None
        ok = ok and (baseline is None or (type(baseline) in (int, float) and 0 <= baseline <= 200))
    except (ValueError, RecursionError):
        ok = False
    if not ok:
        raise _bad_value(key, value)
    _day(key, data["start"])


def _bad_value(key: str, value: str) -> UserError:
    return UserError(
        translate("Validation", "“{value}” is not a value the setting “{key}” can hold.").format(
            value=shown(value), key=shown(key)
        ),
        key,
    )


def check_setting(key: object, value: object) -> None:
    """Refuse a key the app does not know, or a value it cannot use; free text passes the checks of a note."""
    from .i18n import LANGUAGES
    from .parse import check_line, check_text
    from .register import BOUNDARIES

    if not isinstance(key, str) or not isinstance(value, str):
        raise UserError(translate("Validation", "A setting's key and value are text."), "settings")
    if key == "language":
        if value not in LANGUAGES:
            raise _bad_value(key, value)
    elif key == "time_zone":
        from .clock import zone

        zone(value)
    elif key == "balance_start":
        _day(key, value)
    elif key in ("norm_measures_fte", "norm_families_low_fte", "norm_families_high_fte"):
        _number(key, value, 1, 40)
    elif key == "schedule":
        _schedule(key, value)
    elif key.startswith("hours_saved_") and key.removeprefix("hours_saved_") in BOUNDARIES:
        _number(key, value, 0, 24)
    elif key in [f"refusal_template_{lang}" for lang in LANGUAGES]:
        from .refusal import check_template

        check_text(value, key)
        check_template(value, key)
    elif key in [f"statement_request_{lang}" for lang in LANGUAGES]:
        check_text(value, key)
    elif key in DETAIL_KEYS:
        check_line(value, key, DETAIL_MAX)
    elif key in ("union_respondent_key", "union_respondent_secret"):
        if not re.match(_HEX64, value):
            raise _bad_value(key, value)
    elif key == "first_run":  # the first-day guide was finished or skipped
        if value not in ("done", "skipped"):
            raise _bad_value(key, value)
    elif key == "union_sequence":
        if not (value.isascii() and value.isdigit() and len(value) <= 9):
            raise _bad_value(key, value)
    else:
        raise UserError(
            translate("Validation", "“{key}” is not a setting Workload Desk knows.").format(key=shown(key)), "settings"
        )
