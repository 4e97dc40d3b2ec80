"""Wall-clock time as the worker types it, and real elapsed time in the worker's time zone.

An entry keeps the local time the worker typed (``2026-10-25T02:30``) and, beside it, that
moment's offset from UTC in minutes. The offset makes the moment exact: it tells the two
02:30s of the night the clocks go back apart, and it makes every duration real elapsed time
(a night across the change to summer time is one hour shorter, across the change to winter
time one hour longer). A local time that does not exist, such as 02:30 on the last Sunday of
March in the Netherlands, is refused.

Durations and the Working Hours Act rules work on naive UTC moments (local time less the
offset), so ordering and subtraction are plain datetime arithmetic.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import UserError, shown
from .i18n import format_date, translate

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from .database import WorkloadDatabase as Database

DEFAULT_ZONE = "Europe/Amsterdam"
ZONE_SETTING = "time_zone"


@lru_cache(maxsize=16)
def zone(name: str) -> ZoneInfo:
    """The time zone called ``name`` (an IANA name such as ``Europe/Amsterdam``)."""
    try:
        if not name or name != name.strip() or ".." in name:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UserError(
            translate(
                "Validation", "“{zone}” is not a time zone this computer knows, such as Europe/Amsterdam."
            ).format(zone=shown(name)),
            "time_zone",
        ) from None


_LAST_OF_HOUR = timedelta(minutes=59, seconds=59, microseconds=999999)


def zone_of(db: Database) -> ZoneInfo:
    """The worker's time zone: the setting, or Europe/Amsterdam."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [ZONE_SETTING]).fetchone()
    return zone(row[0] if row else DEFAULT_ZONE)


def offset_minutes(local: datetime, tz: ZoneInfo) -> int:
    """The offset from UTC, in minutes, of the local time ``local`` (its ``fold`` picks a repeated hour)."""
    return int(local.replace(tzinfo=tz).utcoffset() // timedelta(minutes=1))


def exists(local: datetime, tz: ZoneInfo) -> bool:
    """Whether the wall clock ever shows ``local`` (not in the hour skipped when summer time starts)."""
    aware = local.replace(tzinfo=tz)
    back = aware.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None, fold=0)
    return back == local.replace(fold=0)


def is_ambiguous(local: datetime, tz: ZoneInfo) -> bool:
    """Whether the wall clock shows ``local`` twice (the hour repeated when summer time ends)."""
    return exists(local, tz) and offset_minutes(local.replace(fold=0), tz) != offset_minutes(local.replace(fold=1), tz)


def offset_text(minutes: int) -> str:
    """An offset as ISO writes it: ``+01:00``."""
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def check_exists(local: datetime, tz: ZoneInfo, field: str) -> None:
    """Refuse a local time the clock skips when summer time starts."""
    if not exists(local, tz):
        raise UserError(
            translate(
                "Validation",
                "{day} {time} does not exist: the clocks went forward that night, so that hour was skipped.",
            ).format(day=format_date(local.date()), time=f"{local:%H:%M}"),
            field,
        )


def with_offset(local: datetime, offset: int, tz: ZoneInfo, field: str) -> datetime:
    """``local`` with the ``fold`` that gives it ``offset`` minutes from UTC; refused when neither does."""
    for fold in (0, 1):
        candidate = local.replace(fold=fold)
        if exists(candidate, tz) and offset_minutes(candidate, tz) == offset:
            return candidate
    raise UserError(
        translate("Validation", "{day} {time}{offset} is not a time on the clock here.").format(
            day=format_date(local.date()), time=f"{local:%H:%M}", offset=offset_text(offset)
        ),
        field,
    )


def to_utc(local: datetime, offset: int) -> datetime:
    """The naive UTC moment of a local time with its offset."""
    return local.replace(fold=0) - timedelta(minutes=offset)


def utc_of(local: datetime, tz: ZoneInfo) -> datetime:
    """The naive UTC moment of a local time in ``tz`` (its ``fold`` picks a repeated hour)."""
    return to_utc(local, offset_minutes(local, tz))


def local_of(utc: datetime, tz: ZoneInfo) -> datetime:
    """The naive local time of a naive UTC moment; ``fold`` is 1 on the second pass of a repeated hour."""
    shift = _hour_shift(tz, utc.year, utc.month, utc.day, utc.hour)
    if shift is None:
        return _converted(utc, tz)
    local = utc + shift[0]
    return local.replace(fold=1) if shift[1] else local


def _converted(utc: datetime, tz: ZoneInfo) -> datetime:
    return utc.replace(tzinfo=timezone.utc).astimezone(tz).replace(tzinfo=None)


@lru_cache(maxsize=8192)
def _hour_shift(tz: ZoneInfo, year: int, month: int, day: int, hour: int) -> tuple[timedelta, int] | None:
    """The offset and ``fold`` of local time through a whole UTC hour; None when they change within it.

    The week's rules turn hundreds of moments into local time, mostly in the same few hours: a
    conversion through the zone is remembered per hour instead of made per moment. Both ends of
    the hour are converted: the same offset and fold at both means the same all through (zones
    change at most once within an hour); a zone changing within the hour is converted moment by moment.
    """
    try:
        first = datetime(year, month, day, hour)
        last = first + _LAST_OF_HOUR
        a, b = _converted(first, tz), _converted(last, tz)
    except OverflowError:  # the first or last hour of the calendar: moment by moment, as before
        return None
    if a - first != b - last or a.fold != b.fold:
        return None
    return a - first, a.fold


@lru_cache(maxsize=8192)
def midnight(day: date, tz: ZoneInfo) -> datetime:
    """The naive UTC moment the local ``day`` begins (remembered: the rules ask it for the same days often)."""
    return utc_of(datetime.combine(day, time()), tz)


@lru_cache(maxsize=8192)
def at_hour(day: date, hour: int, tz: ZoneInfo) -> datetime:
    """The naive UTC moment of ``hour``:00 local time on ``day``."""
    return utc_of(datetime.combine(day, time(hour)), tz)


def elapsed_minutes(start: datetime, end: datetime, tz: ZoneInfo) -> int:
    """Real minutes from local ``start`` to local ``end``."""
    return int((utc_of(end, tz) - utc_of(start, tz)) // timedelta(minutes=1))


def now_local(tz: ZoneInfo, now: datetime | None = None) -> datetime:
    """The local time now, to the minute (``now`` given is taken as local already)."""
    if now is not None:
        return now.replace(second=0, microsecond=0, tzinfo=None)
    return datetime.now(tz).replace(second=0, microsecond=0, tzinfo=None)


def resolve(local: datetime, offset: int | None, tz: ZoneInfo, field: str) -> tuple[datetime, bool]:
    """A typed local time made exact: with its written ``offset``, else the earlier of a repeated hour.

    Returns the time (its ``fold`` set) and whether it was ambiguous and the earlier one was taken.
    """
    if offset is not None:
        return with_offset(local, offset, tz, field), False
    check_exists(local, tz, field)
    return local.replace(fold=0), is_ambiguous(local, tz)


def ambiguity_note(local: datetime, tz: ZoneInfo) -> str:
    """What the command line says when it took the earlier of two equal clock times."""
    first, second = offset_minutes(local.replace(fold=0), tz), offset_minutes(local.replace(fold=1), tz)
    return translate(
        "Validation",
        "{day} {time} happened twice (the clocks went back): the first was taken ({first}). "
        "Write {time}{second} for the second.",
    ).format(day=format_date(local.date()), time=f"{local:%H:%M}", first=offset_text(first), second=offset_text(second))
