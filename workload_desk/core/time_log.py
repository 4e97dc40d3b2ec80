"""Time entries and the running timer: the record of every hour worked.

An entry runs from its start to its end, kept to the minute as the worker typed it (local
wall-clock time) with each moment's offset from UTC (:mod:`.clock`), so every length is real
elapsed time. The timer is an entry without an end, saved the moment it starts, so a crash
loses nothing. No two entries overlap; the running timer counts as running until now. An
entry may not end in the future: work in progress is what the timer is for.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from .clock import check_exists, exists, local_of, midnight, now_local, offset_minutes, utc_of, zone_of
from .dates import minute, stamp
from .errors import UserError
from .i18n import format_date, translate
from .limits import check_day
from .model import TimeEntry, task_kind_name
from .parse import check_case_exists, check_task_kind, check_text

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sqlite_utils import Database

MAX_ENTRY = timedelta(hours=24)
#: A timer that ran longer than this is not stopped "now" without the worker saying when they stopped.
RUNAWAY = timedelta(hours=16)
COLUMNS = 'id, start, "end", task_kind, case_id, note, start_offset, end_offset'
_MARGIN = timedelta(hours=3)  # wall-clock text may differ from real order by an offset change


_MINUTE = timedelta(minutes=1)
_from_iso = datetime.fromisoformat


def insert_entries(db: Database, rows: list[tuple]) -> None:
    """Store many stopped entries at once, (start, end, task kind, case id, note), with their offsets.

    For the demo year and test data: no checks, the rows are the app's own.
    """
    tz = zone_of(db)
    db.conn.executemany(
        'INSERT INTO time_entries(start, "end", task_kind, case_id, note, start_offset, end_offset) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (start, end, kind, case_id, note)
            + (offset_minutes(datetime.fromisoformat(start), tz), offset_minutes(datetime.fromisoformat(end), tz))
            for start, end, kind, case_id, note in rows
        ],
    )


def entry_from_row(row: tuple) -> TimeEntry:
    """A :class:`TimeEntry` from a row of ``COLUMNS``."""
    # In the fields' order (id, start, end, task_kind, case_id, note, start_offset, end_offset):
    # by position, as the week reads hundreds of rows.
    return TimeEntry(
        row[0],
        _from_iso(row[1]),
        _from_iso(row[2]) if row[2] else None,
        row[3],
        row[4],
        row[5],
        row[6],
        row[7],
    )


def describe(entry: TimeEntry) -> str:
    """An entry in words, for messages: ``22-11-2026 09:00–11:00 (Court hearing)``."""
    end = entry.end.strftime("%H:%M") if entry.end else translate("TimeLog", "now")
    return f"{format_date(entry.start.date())} {entry.start:%H:%M}–{end} ({task_kind_name(entry.task_kind)})"


def _moment(local: datetime, tz: ZoneInfo, field: str) -> tuple[datetime, int]:
    """A typed local time to the minute with its UTC offset; a time the clock skips is refused."""
    local = minute(local)
    check_day(local.date(), field)
    check_exists(local, tz, field)
    return local, offset_minutes(local, tz)


def check_free(
    db: Database, start_utc: datetime, end_utc: datetime, now_utc: datetime, except_id: int | None, tz: ZoneInfo
) -> None:
    """Refuse a span (naive UTC) that overlaps a stored entry (the running timer counts until ``now_utc``)."""
    lo, hi = local_of(start_utc, tz) - MAX_ENTRY - _MARGIN, local_of(end_utc, tz) + _MARGIN
    # A stopped entry lasts at most 24 hours, so one that overlaps starts after ``lo``: the index
    # range stays small however long the record is. SQLite drops the entries plainly apart (a
    # minute's margin against rounding); the exact test is below. The running timer may have run longer.
    near = db.execute(
        f"SELECT {COLUMNS} FROM time_entries WHERE start >= ? AND start < ? AND id IS NOT ? "
        "AND julianday(start) - start_offset / 1440.0 < julianday(?) + 1 / 1440.0 "
        'AND julianday("end") - end_offset / 1440.0 > julianday(?) - 1 / 1440.0 ORDER BY start',
        [stamp(lo), stamp(hi), except_id, end_utc.isoformat(), start_utc.isoformat()],
    ).fetchall()
    timer = running_timer(db)
    others = [entry_from_row(row) for row in near]
    if timer is not None and timer.id != except_id and all(o.id != timer.id for o in others):
        others.append(timer)
    for other in others:
        if other.start_utc < end_utc and other.end_utc(now_utc) > start_utc:
            raise UserError(
                translate("Validation", "This time overlaps the entry of {entry}.").format(entry=describe(other)),
                "start",
            )


def check_span(start_utc: datetime, end_utc: datetime) -> None:
    """Refuse an end that is not after the start, or an entry longer than 24 hours (real time)."""
    if end_utc <= start_utc:
        raise UserError(translate("Validation", "The end must come after the start."), "end")
    if end_utc - start_utc > MAX_ENTRY:
        raise UserError(translate("Validation", "One entry may last at most 24 hours."), "end")


def _not_future(end_utc: datetime, now_utc: datetime) -> None:
    if end_utc > now_utc:
        raise UserError(
            translate("Validation", "An entry may not end in the future: start the timer for work you are doing now."),
            "end",
        )


def _checked(db: Database, start: datetime, end: datetime, now: datetime | None):
    """The checked moments of a stopped entry: (start, start offset, end, end offset, now in UTC, zone)."""
    tz = zone_of(db)
    start, start_offset = _moment(start, tz, "start")
    end, end_offset = _moment(end, tz, "end")
    start_utc, end_utc = start - timedelta(minutes=start_offset), end - timedelta(minutes=end_offset)
    check_span(start_utc, end_utc)
    now_utc = utc_of(now_local(tz, now), tz)
    _not_future(end_utc, now_utc)
    return start, start_offset, end, end_offset, now_utc, tz


_INSERT = (
    'INSERT INTO time_entries(start, "end", task_kind, case_id, note, start_offset, end_offset) '
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def check_entry(
    db: Database,
    start: datetime,
    end: datetime,
    task_kind: str,
    case_id: int | None = None,
    note: str = "",
    now: datetime | None = None,
    except_id: int | None = None,
) -> list:
    """Check a stopped entry as the window and an import both write it; return its row's values
    (start, end, task kind, case, note, start offset, end offset).

    It must not overlap another entry: call this inside the transaction that writes it.
    """
    start, start_offset, end, end_offset, now_utc, tz = _checked(db, start, end, now)
    check_task_kind(task_kind)
    note = check_text(note)
    check_case_exists(db, case_id)
    check_free(db, start - timedelta(minutes=start_offset), end - timedelta(minutes=end_offset), now_utc, except_id, tz)
    return [stamp(start), stamp(end), task_kind, case_id, note, start_offset, end_offset]


def add_entry(
    db: Database,
    start: datetime,
    end: datetime,
    task_kind: str,
    case_id: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> int:
    """Log time worked from ``start`` to ``end`` (local times; ``fold=1`` picks the second of a repeated
    hour); return the entry's id."""
    with db.atomic():
        return db.execute(_INSERT, check_entry(db, start, end, task_kind, case_id, note, now)).lastrowid


def running_timer(db: Database) -> TimeEntry | None:
    """The running timer, if one runs."""
    row = db.execute(f'SELECT {COLUMNS} FROM time_entries WHERE "end" IS NULL').fetchone()
    return entry_from_row(row) if row else None


def check_timer(
    db: Database,
    start: datetime,
    task_kind: str,
    case_id: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> list:
    """Check a running timer as starting it and an import both write it; return its row's values.

    Refused while another timer runs, or when it starts in the future or over another entry:
    call this inside the transaction that writes it.
    """
    tz = zone_of(db)
    start, offset = _moment(start, tz, "start")
    start_utc = start - timedelta(minutes=offset)
    now_utc = utc_of(now_local(tz, now), tz)
    check_task_kind(task_kind)
    note = check_text(note)
    if start_utc > now_utc:
        raise UserError(translate("TimeLog", "The timer cannot start in the future."), "start")
    if running := running_timer(db):
        raise UserError(
            translate("TimeLog", "A timer is already running since {start}.").format(
                start=f"{format_date(running.start.date())} {running.start:%H:%M}"
            ),
            "timer",
        )
    check_case_exists(db, case_id)
    check_free(db, start_utc, max(now_utc, start_utc + timedelta(minutes=1)), now_utc, None, tz)
    return [stamp(start), None, task_kind, case_id, note, offset, None]


def start_timer(db: Database, task_kind: str, case_id: int | None = None, now: datetime | None = None) -> int:
    """Start the timer now; it is saved at once. Refused while another timer runs."""
    with db.atomic():
        values = check_timer(db, now_local(zone_of(db), now), task_kind, case_id, now=now)
        return db.execute(_INSERT, values).lastrowid


def stop_timer(db: Database, now: datetime | None = None) -> TimeEntry | None:
    """Stop the running timer now and return the entry; None when it ran under a minute (it is dropped).

    A timer that ran more than 16 hours is refused: the worker says when they stopped
    (:func:`stop_timer_at`), since "now" is surely not it.
    """
    tz = zone_of(db)
    end, offset = _moment(now_local(tz, now), tz, "end")
    end_utc = end - timedelta(minutes=offset)
    with db.atomic():
        running = running_timer(db)
        if running is None:
            raise UserError(translate("TimeLog", "No timer is running."), "timer")
        if end_utc <= running.start_utc:
            db.execute("DELETE FROM time_entries WHERE id = ?", [running.id])
            return None
        if end_utc - running.start_utc > RUNAWAY:
            raise UserError(
                translate(
                    "TimeLog",
                    "The timer has run since {start}, more than 16 hours: say when you stopped, "
                    'with log stop --at "DATE HH:MM".',
                ).format(start=f"{format_date(running.start.date())} {running.start:%H:%M}"),
                "runaway",
            )
        db.execute('UPDATE time_entries SET "end" = ?, end_offset = ? WHERE id = ?', [stamp(end), offset, running.id])
    return get_entry(db, running.id)


def entries_between(db: Database, first: date, last: date) -> list[TimeEntry]:
    """Entries that touch the days ``first`` to ``last`` (inclusive), by start; the running timer too."""
    lo = datetime.combine(first, datetime.min.time())
    rows = db.execute(
        f'SELECT {COLUMNS} FROM time_entries WHERE start >= ? AND start < ? AND ("end" > ? OR "end" IS NULL)',
        [stamp(lo - MAX_ENTRY), (last + timedelta(days=1)).isoformat(), first.isoformat()],
    ).fetchall()
    found = {r[0]: entry_from_row(r) for r in rows}
    timer = running_timer(db)
    if timer is not None and timer.start < datetime.combine(last + timedelta(days=1), datetime.min.time()):
        found[timer.id] = timer
    return sorted(found.values(), key=lambda e: e.start)


def crossing(db: Database, first: datetime, until: datetime) -> list[TimeEntry]:
    """Entries that run over an edge of [first, until), and the running timer: the few that need clipping.

    An entry lasts at most 24 hours, so one over an edge starts less than a day before it.
    """
    found: dict[int, TimeEntry] = {}
    for edge in (first, until):
        for row in db.execute(
            f'SELECT {COLUMNS} FROM time_entries WHERE start >= ? AND start < ? AND "end" > ?',
            [stamp(edge - MAX_ENTRY), stamp(edge), stamp(edge)],
        ):
            found[row[0]] = entry_from_row(row)
    if timer := running_timer(db):
        found[timer.id] = timer
    return list(found.values())


def worked_hours(db: Database, first: datetime, until: datetime, now: datetime | None = None) -> float:
    """Hours worked between two moments; the part of an entry outside them does not count."""
    return round(worked_minutes(db, first, until, now) / 60, 4)


def worked_minutes(
    db: Database, first: datetime, until: datetime, now: datetime | None = None, onwards: bool = False
) -> int:
    """Real minutes worked between two local moments; the part of an entry outside them does not count.

    ``onwards`` counts the same minutes another way, quicker when few entries start after ``until``
    (the balance up to this week): every entry from ``first`` on, less those from ``until`` on and
    those running over ``until``. The index is then read without testing each row's end (ten years:
    about 30 million instructions fewer); for a span in the middle of the record it would read
    every later entry, so the plain way is the default.
    """
    tz = zone_of(db)
    now_utc = utc_of(now_local(tz, now), tz)
    first, until = minute(first), minute(until)
    if onwards:
        # An entry lasts at most 24 hours of real time: one running over ``until`` starts within
        # a day of it (the margin covers a clock change between its wall-clock ends).
        near = max(first, until - MAX_ENTRY - _MARGIN)
        inside = db.execute(
            "SELECT coalesce((SELECT sum(minutes) FROM time_entries WHERE start >= ?1), 0)"
            " - coalesce((SELECT sum(minutes) FROM time_entries WHERE start >= ?2), 0)"
            ' - coalesce((SELECT sum(minutes) FROM time_entries WHERE start >= ?3 AND start < ?2 AND "end" > ?2), 0)',
            [stamp(first), stamp(until), stamp(near)],
        ).fetchone()[0]
    else:
        inside = db.execute(
            # "start < until" bounds the index range; "end" alone would scan every later entry.
            'SELECT coalesce(sum(minutes), 0) FROM time_entries WHERE start >= ? AND start < ? AND "end" <= ?',
            [stamp(first), stamp(until), stamp(until)],
        ).fetchone()[0]
    lo, hi = utc_of(first, tz), utc_of(until, tz)
    for e in crossing(db, first, until):
        inside += clipped_minutes(e.start_utc, e.end_utc(now_utc), lo, hi)
    return inside


def clipped_minutes(start: datetime, end: datetime, lo: datetime, hi: datetime) -> int:
    """Whole minutes of [start, end) inside [lo, hi) (all naive UTC)."""
    return max(0, int((min(end, hi) - max(start, lo)) // _MINUTE))


def minutes_per_day(entry: TimeEntry, now_utc: datetime, tz: ZoneInfo):
    """Yield (local day, real minutes) for each calendar day the entry touches."""
    start, end = entry.start_utc, entry.end_utc(now_utc)
    if entry.end is not None and entry.end.date() == entry.start.date():
        yield entry.start.date(), int((end - start) // _MINUTE)  # most entries: one day
        return
    day = local_of(start, tz).date()
    while (begin := midnight(day, tz)) < end:
        if minutes := clipped_minutes(start, end, begin, midnight(day + timedelta(days=1), tz)):
            yield day, minutes
        day += timedelta(days=1)


def get_entry(db: Database, entry_id: int) -> TimeEntry:
    """The entry with ``entry_id``; a :class:`UserError` when there is none."""
    row = db.execute(f"SELECT {COLUMNS} FROM time_entries WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        raise UserError(translate("Validation", "There is no time entry number {id}.").format(id=entry_id), "entry")
    return entry_from_row(row)


def edit_entry(
    db: Database,
    entry_id: int,
    start: datetime,
    end: datetime,
    task_kind: str,
    case_id: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> None:
    """Change a stopped entry, with the same checks as a new one."""
    if get_entry(db, entry_id).running:
        raise UserError(translate("TimeLog", "Stop the timer before editing its entry."), "entry")
    with db.atomic():
        values = check_entry(db, start, end, task_kind, case_id, note, now, except_id=entry_id)
        db.execute(
            'UPDATE time_entries SET start = ?, "end" = ?, task_kind = ?, case_id = ?, note = ?, '
            "start_offset = ?, end_offset = ? WHERE id = ?",
            [*values, entry_id],
        )


def split_entry(db: Database, entry_id: int, at: datetime) -> int:
    """Split a stopped entry in two at ``at`` (strictly inside it); return the id of the second part."""
    entry = get_entry(db, entry_id)
    tz = zone_of(db)
    at = minute(at)
    inside = not entry.running and exists_inside(entry, at, tz)
    if not inside:
        raise UserError(
            translate("TimeLog", "Split at a moment inside the entry, between {start} and {end}.").format(
                start=entry.start.strftime("%H:%M"), end=entry.end.strftime("%H:%M") if entry.end else "…"
            ),
            "at",
        )
    at, offset = _moment(at, tz, "at")
    with db.atomic():
        db.execute('UPDATE time_entries SET "end" = ?, end_offset = ? WHERE id = ?', [stamp(at), offset, entry_id])
        return db.execute(
            'INSERT INTO time_entries(start, "end", task_kind, case_id, note, start_offset, end_offset) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [stamp(at), stamp(entry.end), entry.task_kind, entry.case_id, entry.note, offset, entry.end_offset],
        ).lastrowid


def exists_inside(entry: TimeEntry, at: datetime, tz: ZoneInfo) -> bool:
    """Whether the local time ``at`` is a moment strictly inside the stopped ``entry``."""
    try:
        check_exists(at, tz, "at")
    except UserError:
        return False
    moment = utc_of(at, tz)
    return entry.start_utc < moment < entry.end_utc(moment)


def delete_entry(db: Database, entry_id: int) -> None:
    """Remove an entry."""
    get_entry(db, entry_id)
    with db.atomic():
        db.execute("DELETE FROM time_entries WHERE id = ?", [entry_id])


def stop_timer_at(db: Database, end: datetime, now: datetime | None = None) -> TimeEntry:
    """Stop the running timer at a moment the worker gives (after a forgotten timer)."""
    running = running_timer(db)
    if running is None:
        raise UserError(translate("TimeLog", "No timer is running."), "timer")
    tz = zone_of(db)
    end, offset = _moment(end, tz, "end")
    end_utc = end - timedelta(minutes=offset)
    check_span(running.start_utc, end_utc)
    if end_utc > utc_of(now_local(tz, now), tz):
        raise UserError(translate("TimeLog", "The timer cannot stop in the future."), "end")
    with db.atomic():
        check_free(db, running.start_utc, end_utc, end_utc, running.id, tz)
        db.execute('UPDATE time_entries SET "end" = ?, end_offset = ? WHERE id = ?', [stamp(end), offset, running.id])
    return get_entry(db, running.id)


def discard_timer(db: Database) -> None:
    """Throw the running timer away, as if it never ran."""
    with db.atomic():
        db.execute('DELETE FROM time_entries WHERE "end" IS NULL')


RECOVERY_AFTER = timedelta(hours=10)


def timer_needs_recovery(entry: TimeEntry | None, now: datetime) -> bool:
    """Whether a running timer ran more than 10 hours, or past midnight.

    Such a timer is never stopped silently: the worker is asked.
    """
    return (
        entry is not None and entry.running and (now - entry.start > RECOVERY_AFTER or now.date() > entry.start.date())
    )


_PERIOD_SQL = {
    "day": "date(start)",
    "week": "date(start, 'weekday 0', '-6 days')",
    "month": "date(start, 'start of month')",
}


def _period_of(day: date, group: str) -> date:
    if group == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1) if group == "month" else day


def minutes_by(db: Database, first: date, until: date, group: str, now: datetime | None = None) -> dict:
    """Real minutes worked per period (``day``, ISO ``week`` or ``month``) and kind of work, on the days [first, until).

    SQLite sums the entries that stay within one day; the few over midnight (and the running
    timer) are split by day here, so each day gets its own minutes.
    """
    tz = zone_of(db)
    now_utc = utc_of(now_local(tz, now), tz)
    totals: dict[tuple[date, str], int] = defaultdict(int)
    for key, kind, minutes in db.execute(
        f"""
        SELECT {_PERIOD_SQL[group]}, task_kind, sum(minutes) FROM time_entries
        WHERE start >= ? AND start < ? AND "end" <= date(start, '+1 day')
        GROUP BY 1, 2
        """,
        [first.isoformat(), until.isoformat()],
    ):
        totals[(date.fromisoformat(key), kind)] += minutes
    rest = [
        entry_from_row(r)
        for r in db.execute(
            f"SELECT {COLUMNS} FROM time_entries WHERE start >= ? AND start < ? AND \"end\" > date(start, '+1 day')",
            [(first - timedelta(days=1)).isoformat(), until.isoformat()],
        )
    ]
    if timer := running_timer(db):
        rest.append(timer)
    for e in rest:
        for day, minutes in minutes_per_day(e, now_utc, tz):
            if first <= day < until:
                totals[(_period_of(day, group), e.task_kind)] += minutes
    return totals


def set_time_zone(db: Database, name: str) -> None:
    """Count in the time zone ``name`` from now on: every entry's offsets are worked out again for it."""
    from .clock import ZONE_SETTING, zone

    tz = zone(name)

    def offset_in(text: str, offset: int) -> int:
        """The moment's offset in the new zone; the one it has when it still fits (the same 02:30 stays)."""
        local = datetime.fromisoformat(text)
        fits = any(
            exists(local.replace(fold=f), tz) and offset_minutes(local.replace(fold=f), tz) == offset for f in (0, 1)
        )
        return offset if fits else offset_minutes(local, tz)

    with db.atomic():
        rows = db.execute('SELECT id, start, "end", start_offset, end_offset FROM time_entries').fetchall()
        for id_, start, end, start_offset, end_offset in rows:
            db.execute(
                "UPDATE time_entries SET start_offset = ?, end_offset = ? WHERE id = ?",
                [offset_in(start, start_offset), offset_in(end, end_offset) if end else None, id_],
            )
        db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [ZONE_SETTING, name],
        )
