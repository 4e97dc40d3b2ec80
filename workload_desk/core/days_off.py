"""Days off: leave, a public holiday or sick. A day off lowers its week's expected hours."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .errors import UserError, shown
from .i18n import QT_TRANSLATE_NOOP, format_date, translate

if TYPE_CHECKING:
    from sqlite_utils import Database

KINDS: dict[str, str] = {
    "leave": QT_TRANSLATE_NOOP("Kinds", "leave"),
    "holiday": QT_TRANSLATE_NOOP("Kinds", "public holiday"),
    "sick": QT_TRANSLATE_NOOP("Kinds", "sick"),
}


def kind_name(kind: str) -> str:
    """The translated name of a kind of day off."""
    return translate("Kinds", KINDS[kind])


def mark_day_off(db: Database, day: date, kind: str) -> None:
    """Mark ``day`` as a day off of ``kind`` (a day already marked takes the new kind)."""
    if kind not in KINDS:
        raise UserError(
            translate("Validation", "“{kind}” is not a kind of day off; choose one of: {kinds}.").format(
                kind=shown(kind), kinds=", ".join(KINDS)
            ),
            "kind",
        )
    if day.weekday() >= 5:
        raise UserError(
            translate("Validation", "{day} is a weekend day: it has no expected hours to lower.").format(
                day=format_date(day)
            ),
            "day",
        )
    with db.atomic():
        db.execute(
            "INSERT INTO days_off(day, kind) VALUES (?, ?) ON CONFLICT(day) DO UPDATE SET kind = excluded.kind",
            [day.isoformat(), kind],
        )


def unmark_day_off(db: Database, day: date) -> None:
    """Make ``day`` a working day again."""
    with db.atomic():
        db.execute("DELETE FROM days_off WHERE day = ?", [day.isoformat()])


def days_off_between(db: Database, first: date, last: date) -> dict[date, str]:
    """The days off from ``first`` to ``last`` inclusive, with their kind."""
    return {
        date.fromisoformat(r[0]): r[1]
        for r in db.execute(
            "SELECT day, kind FROM days_off WHERE day BETWEEN ? AND ? ORDER BY day",
            [first.isoformat(), last.isoformat()],
        )
    }
