"""Days off: leave, a public holiday or sick.

A day off on a working day of the contract's pattern lowers its week's expected hours by that
day's hours (and the 36-hour line by 7.2, see :mod:`.expected_hours`); on a day the pattern
does not work it is kept and lowers nothing. The Dutch public holidays of a year are offered
for the worker to accept, never added silently.
"""

from __future__ import annotations

from datetime import date, timedelta

from .contracts import contract_periods, period_in_force
from .errors import UserError, shown
from .i18n import QT_TRANSLATE_NOOP, translate
from .limits import check_day

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
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


MAX_RANGE = 366  # days in one range: a year of leave at the most


def check_day_off(day: date, kind: str) -> None:
    """Check a day off as the window and an import both write it: a day the app works with, a known kind."""
    _check_kind(kind)
    check_day(day, "date")


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UserError(
            translate("Validation", "“{kind}” is not a kind of day off; choose one of: {kinds}.").format(
                kind=shown(kind), kinds=", ".join(KINDS)
            ),
            "kind",
        )


def _check_range(first: date, last: date) -> None:
    check_day(first, "date")
    check_day(last, "to")
    if last < first:
        raise UserError(translate("Validation", "The last day must not come before the first."), "to")
    if (last - first).days >= MAX_RANGE:
        raise UserError(
            translate("Validation", "One range of days off spans at most {days} days.").format(days=MAX_RANGE), "to"
        )


def mark_day_off(db: Database, day: date, kind: str) -> None:
    """Mark ``day`` as a day off of ``kind`` (a day already marked takes the new kind).

    Any day is accepted; one the contract's pattern does not work lowers nothing.
    """
    mark_days_off(db, [day], kind)


def mark_days_off(db: Database, days: list[date], kind: str) -> None:
    """Mark each of ``days`` off, all or none."""
    for day in days:
        check_day_off(day, kind)
    with db.atomic():
        for day in days:
            db.execute(
                "INSERT INTO days_off(day, kind) VALUES (?, ?) ON CONFLICT(day) DO UPDATE SET kind = excluded.kind",
                [day.isoformat(), kind],
            )


def mark_range_off(db: Database, first: date, last: date, kind: str) -> list[date]:
    """Mark the weekdays and the pattern's working days from ``first`` to ``last`` off; return them.

    Monday to Friday are marked whatever the pattern, so that a week of leave looks the same for
    every contract (the union export's band counts weekdays off, see :mod:`.union_export`); a
    weekday the pattern does not work lowers nothing. A weekend day is marked only when the
    pattern works it. A single day (``first == last``) is marked whatever the pattern says, as the
    worker asked.
    """
    _check_kind(kind)
    _check_range(first, last)
    if first == last:
        days = [first]
    else:
        periods = contract_periods(db)
        days = [
            d
            for d in (first + timedelta(days=i) for i in range((last - first).days + 1))
            if d.weekday() < 5 or period_in_force(periods, d).hours_on(d) > 0
        ]
    mark_days_off(db, days, kind)
    return days


def unmark_day_off(db: Database, day: date) -> None:
    """Make ``day`` a working day again."""
    unmark_range(db, day, day)


def unmark_days(db: Database, days: list[date]) -> None:
    """Make each of ``days`` a working day again, all or none."""
    with db.atomic():
        for day in days:
            unmark_day_off(db, day)


def unmark_range(db: Database, first: date, last: date) -> int:
    """Make the days from ``first`` to ``last`` working days again; return how many were off."""
    _check_range(first, last)
    with db.atomic():
        return db.execute(
            "DELETE FROM days_off WHERE day BETWEEN ? AND ?", [first.isoformat(), last.isoformat()]
        ).rowcount


def works_on(db: Database, day: date) -> bool:
    """Whether the contract's pattern has hours on ``day``."""
    return period_in_force(contract_periods(db), day).hours_on(day) > 0


def public_holidays(year: int, language: str = "nl") -> dict[date, str]:
    """The Dutch public holidays of ``year`` with their names, to offer the worker (never added silently)."""
    import holidays

    check_day(date(year, 1, 1), "year")
    names = holidays.country_holidays("NL", years=year, language="nl" if language == "nl" else "en_US")
    return dict(sorted(names.items()))


def days_off_between(db: Database, first: date, last: date) -> dict[date, str]:
    """The days off from ``first`` to ``last`` inclusive, with their kind."""
    return {
        date.fromisoformat(r[0]): r[1]
        for r in db.execute(
            "SELECT day, kind FROM days_off WHERE day BETWEEN ? AND ? ORDER BY day",
            [first.isoformat(), last.isoformat()],
        )
    }
