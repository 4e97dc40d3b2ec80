"""Calendar arithmetic the rules need: months, ISO weeks, minutes."""

from __future__ import annotations

from datetime import date, datetime, timedelta


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, clamped to the month's last day."""
    import calendar  # here: loading it (and locale) would slow every command's start

    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def week_start(day: date) -> date:
    """The Monday of the ISO week holding ``day``."""
    return day - timedelta(days=day.weekday())


def iso_week_name(day: date) -> str:
    """The ISO week of ``day`` as ``2026-W47``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def minute(moment: datetime) -> datetime:
    """``moment`` cut to the whole minute: time is kept to the minute."""
    return moment.replace(second=0, microsecond=0, tzinfo=None)


def stamp(moment: datetime) -> str:
    """How a moment is stored: ``2026-11-22T09:30``."""
    return minute(moment).isoformat(timespec="minutes")


def clip_minutes(start: datetime, end: datetime, first: datetime, until: datetime) -> int:
    """Whole minutes of [start, end) that fall within [first, until)."""
    return max(0, int((min(end, until) - max(start, first)).total_seconds() // 60))


def split_by_day(start: datetime, end: datetime):
    """Yield (day, minutes) for each calendar day the span touches."""
    day = start.date()
    while datetime.combine(day, datetime.min.time()) < end:
        begin = datetime.combine(day, datetime.min.time())
        minutes = clip_minutes(start, end, begin, begin + timedelta(days=1))
        if minutes:
            yield day, minutes
        day += timedelta(days=1)
