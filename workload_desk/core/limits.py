"""The range of dates the app accepts: wide enough for any working life, narrow enough for the calendar."""

from __future__ import annotations

from datetime import date

from .errors import UserError
from .i18n import format_date, translate

FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2100, 12, 31)


def check_day(day: date, field: str = "date") -> date:
    """Refuse a date before 1990 or after 2100: no working life reaches there, and arithmetic on it overflows."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise UserError(
            translate("Validation", "{day} lies outside the dates the app works with ({first} to {last}).").format(
                day=format_date(day), first=format_date(FIRST_DAY), last=format_date(LAST_DAY)
            ),
            field,
        )
    return day
