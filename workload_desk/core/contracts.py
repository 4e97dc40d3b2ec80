"""Contract periods: the hours per week the worker is paid for, since when, and on which weekdays."""

from __future__ import annotations

from datetime import date

from .errors import UserError, shown
from .i18n import format_hours, translate
from .model import ContractPeriod
from .parse import parse_hours

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from sqlite_utils import Database

FULL_TIME_HOURS = 36.0  # CAO Jeugdzorg art. 6.1
#: What a day off on a working day takes off the 36-hour line: a fifth of a full-time week.
FULL_TIME_DAY = FULL_TIME_HOURS / 5


def default_pattern(hours: float) -> tuple[float, ...]:
    """A fifth of ``hours`` on Monday to Friday, nothing at the weekend."""
    return (round(hours / 5, 4),) * 5 + (0.0, 0.0)


def parse_pattern(text: str | None, hours: float, field: str = "pattern") -> tuple[float, ...]:
    """Read the hours of each weekday, Monday to Sunday (``8,8,8,8,0,0,0``); they must sum to ``hours``."""
    if text is None or not str(text).strip():
        return default_pattern(hours)
    # "8,8,8,8,0,0,0" or "7.2 7.2 ..."; with a decimal comma the days are split by ";" ("7,2;7,2;...").
    text = str(text)
    parts = text.replace(",", ".").split(";") if ";" in text else text.replace(",", " ").split()
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != 7 or any(not 0 <= v <= 24 or v != v for v in values):
        raise UserError(
            translate(
                "Validation",
                "“{value}” is not a work pattern: give the hours of Monday to Sunday, seven numbers from 0 to 24, "
                "for example 8,8,8,8,0,0,0.",
            ).format(value=shown(str(text))),
            field,
        )
    if abs(sum(values) - hours) > 0.01:
        raise UserError(
            translate("Validation", "The hours of the pattern add up to {sum}, not to the contract's {hours}.").format(
                sum=format_hours(sum(values)), hours=format_hours(hours)
            ),
            field,
        )
    return tuple(round(v, 4) for v in values)


def pattern_text(pattern: tuple[float, ...]) -> str:
    """How a pattern is stored and shown on the command line: ``8,8,8,8,0,0,0``."""
    return ",".join(f"{v:g}" for v in pattern)


def check_contract(
    hours: float | str, valid_from: date, pattern: str | tuple[float, ...] | None = None
) -> tuple[float, tuple[float, ...]]:
    """Check a contract period as the window and an import both write it; return its hours and weekday pattern."""
    from .limits import check_day

    check_day(valid_from, "from")
    value = parse_hours(hours)
    return value, parse_pattern(pattern_text(pattern) if isinstance(pattern, tuple) else pattern, value)


def set_contract(
    db: Database, hours: float | str, valid_from: date, pattern: str | tuple[float, ...] | None = None
) -> ContractPeriod:
    """Start a contract period of ``hours`` a week on ``valid_from`` (replacing one on that same date).

    ``pattern`` gives the hours of Monday to Sunday; by default a fifth on Monday to Friday.
    """
    value, days = check_contract(hours, valid_from, pattern)
    with db.atomic():
        db.execute(
            "INSERT INTO contract_periods(valid_from, hours, pattern) VALUES (?, ?, ?) "
            "ON CONFLICT(valid_from) DO UPDATE SET hours = excluded.hours, pattern = excluded.pattern",
            [valid_from.isoformat(), value, pattern_text(days)],
        )
        row = db.execute("SELECT id FROM contract_periods WHERE valid_from = ?", [valid_from.isoformat()]).fetchone()
    return ContractPeriod(row[0], valid_from, value, days)


def _pattern_of(text: str, hours: float) -> tuple[float, ...]:
    try:
        values = tuple(float(v) for v in text.split(","))
    except ValueError:
        values = ()
    return values if len(values) == 7 else default_pattern(hours)


def contract_periods(db: Database) -> list[ContractPeriod]:
    """Every contract period, oldest first."""
    return [
        ContractPeriod(r[0], date.fromisoformat(r[1]), r[2], _pattern_of(r[3], r[2]))
        for r in db.execute("SELECT id, valid_from, hours, pattern FROM contract_periods ORDER BY valid_from")
    ]


def contract_hours_on(db: Database, day: date) -> float | None:
    """The contract hours in force on ``day``; before the first period, the first period's; None if none."""
    row = db.execute(
        "SELECT hours FROM contract_periods ORDER BY valid_from <= ? DESC, "
        "CASE WHEN valid_from <= ? THEN valid_from END DESC, valid_from ASC LIMIT 1",
        [day.isoformat(), day.isoformat()],
    ).fetchone()
    return row[0] if row else None


#: The contract assumed when the worker has set none: full time, Monday to Friday.
ASSUMED = ContractPeriod(0, date.min, FULL_TIME_HOURS, default_pattern(FULL_TIME_HOURS))


def period_in_force(periods: list[ContractPeriod], day: date) -> ContractPeriod:
    """The period of ``periods`` in force on ``day``: before the first, the first; with none, full time assumed."""
    if not periods:
        return ASSUMED
    found = periods[0]
    for p in periods:
        if p.valid_from <= day:
            found = p
    return found


def hours_in_force(periods: list[ContractPeriod], day: date) -> float:
    """The hours of ``periods`` in force on ``day``: before the first period its hours; with none, full time."""
    return period_in_force(periods, day).hours
