"""Time entries and the running timer: the record of every hour worked.

An entry runs from its start to its end, kept to the minute. The timer is an
entry without an end, saved the moment it starts, so a crash loses nothing.
No two entries overlap; the running timer counts as running until now.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from .dates import minute, split_by_day, stamp
from .errors import UserError
from .i18n import format_date, translate
from .model import TimeEntry, task_kind_name
from .parse import check_case_exists, check_task_kind, check_text

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_ENTRY = timedelta(hours=24)
COLUMNS = 'id, start, "end", task_kind, case_id, note'


def entry_from_row(row: tuple) -> TimeEntry:
    """A :class:`TimeEntry` from a row of ``COLUMNS``."""
    return TimeEntry(
        id=row[0],
        start=datetime.fromisoformat(row[1]),
        end=datetime.fromisoformat(row[2]) if row[2] else None,
        task_kind=row[3],
        case_id=row[4],
        note=row[5],
    )


def describe(entry: TimeEntry) -> str:
    """An entry in words, for messages: ``22-11-2026 09:00–11:00 (Court hearing)``."""
    end = entry.end.strftime("%H:%M") if entry.end else translate("TimeLog", "now")
    return f"{format_date(entry.start.date())} {entry.start:%H:%M}–{end} ({task_kind_name(entry.task_kind)})"


def check_free(db: Database, start: datetime, end: datetime, now: datetime, except_id: int | None) -> None:
    """Refuse a span that overlaps a stored entry (the running timer counts until ``now``)."""
    row = db.execute(
        f'SELECT {COLUMNS} FROM time_entries WHERE start < ? AND coalesce("end", ?) > ? AND id IS NOT ? '
        "ORDER BY start LIMIT 1",
        [stamp(end), stamp(max(now, start)), stamp(start), except_id],
    ).fetchone()
    if row:
        raise UserError(
            translate("Validation", "This time overlaps the entry of {entry}.").format(
                entry=describe(entry_from_row(row))
            ),
            "start",
        )


def check_span(start: datetime, end: datetime) -> None:
    """Refuse an end that is not after the start, or an entry longer than 24 hours."""
    if end <= start:
        raise UserError(translate("Validation", "The end must come after the start."), "end")
    if end - start > MAX_ENTRY:
        raise UserError(translate("Validation", "One entry may last at most 24 hours."), "end")


def add_entry(
    db: Database,
    start: datetime,
    end: datetime,
    task_kind: str,
    case_id: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> int:
    """Log time worked from ``start`` to ``end``; return the entry's id."""
    start, end = minute(start), minute(end)
    check_span(start, end)
    check_task_kind(task_kind)
    note = check_text(note)
    with db.atomic():
        check_case_exists(db, case_id)
        check_free(db, start, end, minute(now or datetime.now()), None)
        return db.execute(
            'INSERT INTO time_entries(start, "end", task_kind, case_id, note) VALUES (?, ?, ?, ?, ?)',
            [stamp(start), stamp(end), task_kind, case_id, note],
        ).lastrowid


def running_timer(db: Database) -> TimeEntry | None:
    """The running timer, if one runs."""
    row = db.execute(f'SELECT {COLUMNS} FROM time_entries WHERE "end" IS NULL').fetchone()
    return entry_from_row(row) if row else None


def start_timer(db: Database, task_kind: str, case_id: int | None = None, now: datetime | None = None) -> int:
    """Start the timer now; it is saved at once. Refused while another timer runs."""
    start = minute(now or datetime.now())
    check_task_kind(task_kind)
    with db.atomic():
        if running := running_timer(db):
            raise UserError(
                translate("TimeLog", "A timer is already running since {start}.").format(
                    start=f"{format_date(running.start.date())} {running.start:%H:%M}"
                ),
                "timer",
            )
        check_case_exists(db, case_id)
        check_free(db, start, start + timedelta(minutes=1), start, None)
        return db.execute(
            'INSERT INTO time_entries(start, "end", task_kind, case_id) VALUES (?, NULL, ?, ?)',
            [stamp(start), task_kind, case_id],
        ).lastrowid


def stop_timer(db: Database, now: datetime | None = None) -> TimeEntry | None:
    """Stop the running timer now and return the entry; None when it ran under a minute (it is dropped)."""
    end = minute(now or datetime.now())
    with db.atomic():
        running = running_timer(db)
        if running is None:
            raise UserError(translate("TimeLog", "No timer is running."), "timer")
        if end <= running.start:
            db.execute("DELETE FROM time_entries WHERE id = ?", [running.id])
            return None
        end = min(end, running.start + MAX_ENTRY)
        db.execute('UPDATE time_entries SET "end" = ? WHERE id = ?', [stamp(end), running.id])
    return entry_from_row(
        (running.id, stamp(running.start), stamp(end), running.task_kind, running.case_id, running.note)
    )


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


def worked_minutes(db: Database, first: datetime, until: datetime, now: datetime | None = None) -> int:
    """Minutes worked between two moments; the part of an entry outside them does not count."""
    now = minute(now or datetime.now())
    first, until = minute(first), minute(until)
    inside = db.execute(
        # "start < until" bounds the index range; "end" alone would scan every later entry.
        'SELECT coalesce(sum(minutes), 0) FROM time_entries WHERE start >= ? AND start < ? AND "end" <= ?',
        [stamp(first), stamp(until), stamp(until)],
    ).fetchone()[0]
    for e in crossing(db, first, until):
        end = min(e.end or max(now, e.start), until)
        inside += max(0, int((end - max(e.start, first)).total_seconds() // 60))
    return inside


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
    start, end = minute(start), minute(end)
    check_span(start, end)
    check_task_kind(task_kind)
    note = check_text(note)
    with db.atomic():
        check_case_exists(db, case_id)
        check_free(db, start, end, minute(now or datetime.now()), entry_id)
        db.execute(
            'UPDATE time_entries SET start = ?, "end" = ?, task_kind = ?, case_id = ?, note = ? WHERE id = ?',
            [stamp(start), stamp(end), task_kind, case_id, note, entry_id],
        )


def split_entry(db: Database, entry_id: int, at: datetime) -> int:
    """Split a stopped entry in two at ``at`` (strictly inside it); return the id of the second part."""
    entry = get_entry(db, entry_id)
    at = minute(at)
    if entry.running or not entry.start < at < entry.end:
        raise UserError(
            translate("TimeLog", "Split at a moment inside the entry, between {start} and {end}.").format(
                start=entry.start.strftime("%H:%M"), end=entry.end.strftime("%H:%M") if entry.end else "…"
            ),
            "at",
        )
    with db.atomic():
        db.execute('UPDATE time_entries SET "end" = ? WHERE id = ?', [stamp(at), entry_id])
        return db.execute(
            'INSERT INTO time_entries(start, "end", task_kind, case_id, note) VALUES (?, ?, ?, ?, ?)',
            [stamp(at), stamp(entry.end), entry.task_kind, entry.case_id, entry.note],
        ).lastrowid


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
    end = minute(end)
    check_span(running.start, end)
    if end > minute(now or datetime.now()):
        raise UserError(translate("TimeLog", "The timer cannot stop in the future."), "end")
    with db.atomic():
        check_free(db, running.start, end, end, running.id)
        db.execute('UPDATE time_entries SET "end" = ? WHERE id = ?', [stamp(end), running.id])
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
    """Minutes worked per period (``day``, ISO ``week`` or ``month``) and kind of work, on the days [first, until).

    SQLite sums the entries that stay within one day; the few over midnight (and the running
    timer) are split by day here, so each day gets its own minutes.
    """
    now = minute(now or datetime.now())
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
        for day, minutes in split_by_day(e.start, e.end or max(now, e.start)):
            if first <= day < until:
                totals[(_period_of(day, group), e.task_kind)] += minutes
    return totals
