"""The overload statement's figures (werkdrukmelding): gathered once for a period, as plain data.

Evidence for a meeting with the team lead, a works council or a court: hours per week
against the contract and the law, the caseload against the norm and the schedule, where the
time went, what the worker declined, the hours of every day and each legal finding with its
dienst. It names no case, no child and no note. The period is taken in whole ISO weeks
(Monday to Sunday), the unit the contract and the CAO count in. The document is made from
these figures by :mod:`.statement_text`.

The figures claim nothing the record does not hold. The period never reaches past today:
weeks that have not begun are left out, and the current week expects its contract only up to
now (as the balance counts it: days that are over in full, today as far as worked). Weeks
before the first logged day are *not recorded*: they expect no hours and are left out of every
total and count, and so are the finished weeks since with no hours logged that were not wholly off (the table marks
them). Counts of weeks ("in 3 of 4 weeks") count finished weeks only; a week whose working days are all days off is a
week of leave whatever was logged in it, and a week counts as over the contract only :data:`OVER_CONTRACT` minutes or
more above it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from .caseload import Caseload, caseload_on
from .caseload_norm import Norm, norm_on, target_on
from .clock import local_of, now_local, utc_of, zone_of
from .contracts import contract_periods
from .dates import add_months, week_start
from .days_off import days_off_between
from .errors import UserError
from .events import events_between
from .expected_hours import expected_minutes
from .i18n import format_date, translate
from .model import TASK_KINDS
from .register import BoundaryCount, boundaries_kept, declined
from .settings import get_setting
from .time_log import entries_between, minutes_per_day
from .week import WeekReport, week_reports
from .working_hours_act import Finding, merged

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_WEEKS = 60
# A year ago in whole weeks: the same weekdays, so the weeks compare one to one.
YEAR_BEFORE = timedelta(weeks=52)
# A year earlier is compared only when at least this share of its weeks has logged hours.
ENOUGH_LOGGED = 0.5
# "Structurally" needs at least this many finished weeks worked: two weeks above the contract are a period's
# figure, not a structure.
STRUCTURAL_WEEKS = 4
# A week counts as over the contract, for any claim, only this many minutes above it: less is not compensated (CAO
# Jeugdzorg art. 6.4.5 and 8.6), so a minute over is no ground. The table still shows the minutes.
OVER_CONTRACT = 30
# The record sees a pause only as a gap between entries, so these findings alone never make a statement of
# overload: a pause taken inside an entry is not in it.
PAUSE_CODES = ("atw_pause_30m", "atw_pause_45m")


# A finding about the work of one shift: a rest inside it this long or longer (shorter than the 8 hours that end a
# shift) is named, so "28 hours in a night shift" is read with the rests that kept it one shift.
SHIFT_WORK_CODES = ("atw_shift_12h", "atw_night_dienst_12h", "atw_night_rest_12h")
LONG_REST = 120


class ShiftFinding(Finding):
    """A finding about one shift, with the rests of :data:`LONG_REST` minutes or more inside it (in minutes)."""

    rests: tuple[int, ...] = ()


def minutes(hours: float) -> int:
    """The whole minutes behind hours the week report keeps (it counts in whole minutes and divides by 60)."""
    return round(hours * 60)


@dataclass(frozen=True)
class DayHours:
    """One day of the period: the minutes worked per kind of work, and the kind of day off, if any."""

    day: date
    by_task: dict[str, int]
    off: str | None = None

    @property
    def total(self) -> int:
        """The minutes worked that day."""
        return sum(self.by_task.values())


@dataclass(frozen=True)
class Comparison:
    """The same weeks a year earlier, for comparison: minutes worked and expected, measures at the end.

    Only the weeks with logged hours are counted (``weeks`` of them, out of ``span`` weeks from
    ``first`` to ``last``); a week inside the statement's own period never is.
    """

    first: date
    last: date
    worked: int
    expected: int
    weeks_over: int
    weeks: int
    measures: int
    span: int = 0


@dataclass(frozen=True)
class Statement:
    """Every figure the statement shows. Sums of hours are kept in whole minutes (``*_minutes``).

    ``first`` to ``last`` is the period counted: whole weeks, but ``last`` is today when the
    period chosen (``asked_first`` to ``asked_last``) runs into the current week. Days chosen are widened
    to whole weeks, and the document says so. In ``weeks`` the current week
    (``current``, its Monday) expects only its hours up to now, and a week before ``recorded_from``
    (the Monday of the first week with a logged entry) expects none.
    """

    first: date
    last: date
    made_on: date
    worker: str
    team: str
    manager: str
    weeks: list[WeekReport]
    caseload_first: Caseload
    caseload_last: Caseload
    caseload_highest: int
    norm: Norm
    target: float
    by_task: dict[str, float]
    court: tuple[int, int, int]  # hearings, in person, by phone or video
    redactions: tuple[int, int]  # redactions, pages
    care_searches: tuple[int, int]  # searches, providers contacted
    declined: Counter
    boundaries: list[BoundaryCount]
    days: tuple[DayHours, ...] = ()
    zone: ZoneInfo | None = None
    year_before: Comparison | None = None
    asked_last: date | None = None
    recorded_from: date | None = None
    current: date | None = None
    asked_first: date | None = None
    # Days off with work on them: hours logged, a task ticked done or a boundary kept.
    busy_days_off: tuple[date, ...] = ()
    # What was registered on each of those days besides logged hours: the kinds of task done, "boundary" for a
    # boundary kept.
    registered_on_days_off: dict[date, tuple[str, ...]] | None = None
    # Finished weeks since the balance's start that expected hours and have none logged: the balance would
    # count them as not worked, so the statement gives no balance figure while there are any.
    unlogged_since_balance: int = 0
    # The long rests inside each shift a finding is about (SHIFT_WORK_CODES), by the shift's start and end.
    shift_rests: dict[tuple[datetime, datetime], tuple[int, ...]] | None = None

    def is_recorded(self, week: WeekReport) -> bool:
        """Whether the week falls on or after the first week with a logged entry: a week before it is not counted."""
        return self.recorded_from is not None and week.monday >= self.recorded_from

    def is_empty(self, week: WeekReport) -> bool:
        """A finished week since logging began with no hours logged that was not wholly off: left out of every
        total and count (the record does not say it was not worked)."""
        return (
            self.is_recorded(week)
            and week.monday != self.current
            and not week.worked_minutes
            and not self.is_leave(week)
        )

    @property
    def counted_weeks(self) -> list[WeekReport]:
        """The weeks the totals count: those since logging began (the current one up to now), less the finished
        weeks with no hours logged that were not wholly off."""
        return [w for w in self.weeks if self.is_recorded(w) and not self.is_empty(w)]

    @property
    def finished_weeks(self) -> list[WeekReport]:
        """The counted weeks that are over: what counts of weeks ("in 3 of 4 weeks") count."""
        return [w for w in self.counted_weeks if w.monday != self.current]

    @property
    def worked_weeks(self) -> list[WeekReport]:
        """The finished weeks worked: what counts of weeks above the contract count (a week of leave, even with
        some work logged in it, or a week with no hours logged, was not a week worked)."""
        return [w for w in self.finished_weeks if w.worked_minutes > 0 and not self.is_leave(w)]

    @property
    def leave_weeks(self) -> int:
        """The finished weeks wholly off."""
        return sum(self.is_leave(w) for w in self.finished_weeks)

    @property
    def empty_weeks(self) -> list[WeekReport]:
        """The finished weeks since logging began with no hours logged that were not wholly off (left out)."""
        return [w for w in self.weeks if self.is_empty(w)]

    @property
    def consent_weeks(self) -> int:
        """The finished weeks more than a ninth of the contract above its week (CAO art. 6.4.5: only with
        the worker's consent)."""
        return sum(any(x.code == "consent_needed" for x in w.warnings) for w in self.finished_weeks)

    @property
    def has_cases(self) -> bool:
        """Whether any case was recorded in the period: without one the statement claims nothing of the
        caseload."""
        return bool(self.caseload_highest or self.caseload_first.measures or self.caseload_last.measures)

    @property
    def unrecorded_weeks(self) -> int:
        """The weeks of the period before logging began."""
        return sum(not self.is_recorded(w) for w in self.weeks)

    @property
    def has_hours(self) -> bool:
        """Whether any hours were logged in the period: without them the statement claims no overload."""
        return self.worked_minutes > 0

    @property
    def worked(self) -> float:
        return sum(w.worked_hours for w in self.counted_weeks)

    @property
    def expected(self) -> float:
        return sum(w.expected_hours for w in self.counted_weeks)

    @property
    def extra(self) -> float:
        return sum(w.extra_hours for w in self.counted_weeks)

    @property
    def overtime(self) -> float:
        return sum(w.overtime_hours for w in self.counted_weeks)

    @property
    def compensable(self) -> float:
        return sum(w.compensable for w in self.counted_weeks)

    @property
    def worked_minutes(self) -> int:
        return sum(minutes(w.worked_hours) for w in self.counted_weeks)

    @property
    def expected_minutes(self) -> int:
        return sum(minutes(w.expected_hours) for w in self.counted_weeks)

    @property
    def extra_minutes(self) -> int:
        return sum(minutes(w.extra_hours) for w in self.counted_weeks)

    @property
    def overtime_minutes(self) -> int:
        return sum(minutes(w.overtime_hours) for w in self.counted_weeks)

    @property
    def compensable_minutes(self) -> int:
        return sum(minutes(w.compensable) for w in self.counted_weeks)

    @property
    def task_minutes(self) -> dict[str, int]:
        """The minutes per kind of work over the period, summed from the weeks."""
        found: dict[str, int] = defaultdict(int)
        for w in self.counted_weeks:
            for kind, hours in w.by_task.items():
                found[kind] += minutes(hours)
        return {k: found[k] for k in TASK_KINDS if found.get(k)}

    @property
    def balance(self) -> float:
        """The running balance at the end of the period."""
        return (self.weeks[-1].balance_hours or 0.0) if self.weeks else 0.0

    @property
    def balance_since(self) -> date | None:
        """The day the running balance counts from: the Monday of the first logged week, or the worker's date."""
        return self.weeks[-1].balance_since if self.weeks else None

    @property
    def balance_given(self) -> bool:
        """Whether the statement gives the balance: only when every finished week since it starts that expected
        hours has hours logged (a week left empty would count as not worked, an argument the record does not hold)."""
        return self.balance_since is not None and not self.unlogged_since_balance

    @property
    def net_minutes(self) -> int:
        """Worked less expected over the whole period, weeks below the contract included (negative: less)."""
        return self.worked_minutes - self.expected_minutes

    @property
    def weeks_over(self) -> int:
        """The finished weeks worked in which at least :data:`OVER_CONTRACT` minutes more were worked than the
        contract asks."""
        return len(self.over_weeks)

    @property
    def over_weeks(self) -> list[WeekReport]:
        """The finished weeks worked in which at least :data:`OVER_CONTRACT` minutes more were worked than the
        contract asks: what every claim of weeks over the contract counts."""
        return [w for w in self.worked_weeks if w.worked_minutes - minutes(w.expected_hours) >= OVER_CONTRACT]

    @property
    def over_minutes(self) -> int:
        """The minutes above the contract in the finished weeks over it (a sum over those weeks, not the net)."""
        return sum(w.worked_minutes - minutes(w.expected_hours) for w in self.over_weeks)

    @property
    def over_compensable_minutes(self) -> int:
        """Of :attr:`over_minutes`, the minutes the CAO compensates (never more than the whole)."""
        return sum(min(minutes(w.compensable), w.worked_minutes - minutes(w.expected_hours)) for w in self.over_weeks)

    @property
    def above_norm(self) -> bool:
        """The caseload on the last day is above the responsible norm."""
        return self.caseload_last.measures > self.norm.measures

    @property
    def above_target(self) -> bool:
        """The caseload on the last day is above the reduction schedule's target (never below the norm)."""
        return self.caseload_last.measures > self.target

    @property
    def overloaded(self) -> bool:
        """The figures show overload: hours were logged, and a week was over the contract, a legal limit was
        passed or the caseload is above the norm. A period with no logged hours claims nothing."""
        return self.has_hours and bool(self.hours_too_high or self.above_norm)

    @property
    def hours_too_high(self) -> bool:
        """The hours themselves show overload: a finished week over the contract, or a legal limit passed other
        than a pause (:data:`PAUSE_CODES`: a pause the record does not show may have been taken)."""
        return self.has_hours and bool(self.weeks_over or self.limits_beyond_pauses)

    @property
    def caseload_only(self) -> bool:
        """Overload shown by the caseload alone: the hours stayed within the contract and the law."""
        return self.overloaded and not self.hours_too_high

    @property
    def structural(self) -> bool:
        """The workload is structurally too high: over at least :data:`STRUCTURAL_WEEKS` finished weeks worked, over
        the contract (by :data:`OVER_CONTRACT` minutes or more) in more than half of them. Fewer weeks worked are
        too few to call anything structural; the caseload is a ground of its own, never a structure of hours."""
        worked = len(self.worked_weeks)
        return self.has_hours and worked >= STRUCTURAL_WEEKS and 2 * self.weeks_over > worked

    @property
    def legal(self) -> list[tuple[str, str]]:
        """Every Arbeidstijdenwet limit passed: (week, message)."""
        return [(w.week, x.message) for w in self.weeks for x in w.warnings if x.legal and not x.note]

    @property
    def shortened_rests(self) -> list[tuple[str, str]]:
        """Rests shortened as the law allows once in 7 x 24 hours when the work requires it: (week, message)."""
        return [(w.week, x.message) for w in self.weeks for x in w.warnings if x.note]

    @property
    def findings(self) -> list[Finding]:
        """Each legal finding of the period once, by its dienst's start: the appendix lists them one by one."""
        seen = {(f.code, f.start, f.end): f for w in self.weeks for f in w.findings}
        rests = self.shift_rests or {}
        return sorted(
            (
                ShiftFinding(*(getattr(f, name) for name in Finding._fields), rests=rests[f.start, f.end])
                if f.code in SHIFT_WORK_CODES and rests.get((f.start, f.end))
                else f
                for f in seen.values()
            ),
            key=lambda f: (f.start, f.code),
        )

    @property
    def limits_passed(self) -> list[Finding]:
        """Each legal limit passed, once, by its dienst's start: what every count of limits passed counts."""
        return [f for f in self.findings if not f.is_note]

    @property
    def pause_limits(self) -> list[Finding]:
        """The limits passed on pauses: the record shows a pause only where no work was logged."""
        return [f for f in self.limits_passed if f.code in PAUSE_CODES]

    @property
    def limits_beyond_pauses(self) -> list[Finding]:
        """The limits passed other than on pauses: what makes the hours a ground of overload."""
        return [f for f in self.limits_passed if f.code not in PAUSE_CODES]

    @property
    def rests_shortened(self) -> list[Finding]:
        """Each rest shortened as the law allows once in 7 x 24 hours when the work requires it."""
        return [f for f in self.findings if f.is_note]

    @property
    def kinds_passed(self) -> int:
        """How many different limits (rules) :attr:`limits_passed` holds."""
        return len({f.code for f in self.limits_passed})

    @property
    def widened(self) -> bool:
        """Whether the days chosen were not whole weeks, so the period counted (whole weeks) is longer."""
        first, last = self.asked_first or self.first, self.asked_last or self.last
        return first.weekday() != 0 or last.weekday() != 6

    def is_leave(self, week: WeekReport) -> bool:
        """A finished week wholly off: days off took all of its contract's hours, whatever was logged in it (its
        work is named, as every day off with work is). Never a week worked nor a week over the contract."""
        return bool(week.days_off) and not week.expected_hours and week.monday != self.current


def whole_weeks(first: date, last: date) -> tuple[date, date]:
    """The period stretched to whole ISO weeks: Monday of the first, Sunday of the last."""
    return week_start(first), week_start(last) + timedelta(days=6)


def last_full_weeks(today: date, count: int = 4) -> tuple[date, date]:
    """The last ``count`` full weeks before this one."""
    monday = week_start(today)
    return monday - timedelta(weeks=count), monday - timedelta(days=1)


def quarter_of(day: date) -> tuple[date, date]:
    """The calendar quarter holding ``day``."""
    first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return first, add_months(first, 3) - timedelta(days=1)


def half_year_of(day: date) -> tuple[date, date]:
    """The half of the calendar year holding ``day``."""
    first = date(day.year, 1 if day.month <= 6 else 7, 1)
    return first, add_months(first, 6) - timedelta(days=1)


def year_of(day: date) -> tuple[date, date]:
    """The calendar year holding ``day``."""
    return date(day.year, 1, 1), date(day.year, 12, 31)


def check_period(first: date, last: date) -> tuple[date, date]:
    """The period in whole weeks, or a :class:`UserError` for an end before the start or too many weeks."""
    if last < first:
        raise UserError(translate("Validation", "The end of the period must come after its start."), "to")
    first, last = whole_weeks(first, last)
    if (last - first).days // 7 + 1 > MAX_WEEKS:
        raise UserError(
            translate("Validation", "A statement covers at most {weeks} weeks.").format(weeks=MAX_WEEKS), "to"
        )
    return first, last


def counted_period(first: date, last: date, today: date) -> tuple[date, date]:
    """The whole weeks from ``first`` to ``last``, never past ``today``; a :class:`UserError` for a period
    that has not begun (judged on the days asked: a period from later this week has not begun either, though its
    week has)."""
    asked_first, asked_last = first, last
    first, last = check_period(first, last)
    if asked_first > today:
        raise UserError(
            translate(
                "Validation",
                "The period from {first} to {last} has not begun yet: a statement counts only days that are over or "
                "today.",
            ).format(first=format_date(asked_first), last=format_date(asked_last)),
            "from",
        )
    return first, min(last, today)


def first_logged_week(db: Database) -> date | None:
    """The Monday of the first week with a logged entry: weeks before it are not recorded."""
    row = db.execute("SELECT min(start) FROM time_entries").fetchone()
    return week_start(datetime.fromisoformat(row[0]).date()) if row and row[0] else None


def build_statement(
    db: Database, first: date, last: date, today: date | None = None, now: datetime | None = None
) -> Statement:
    """Gather the statement's figures for the whole weeks from ``first`` to ``last``, up to ``now``.

    ``today`` is the date written on the document (by default the day of ``now``, the worker's clock).
    """
    now = now_local(zone_of(db), now)
    first_asked, asked_last = first, last
    check_period(first, last)
    first, last = counted_period(first, last, now.date())
    recorded_from = first_logged_week(db)
    current = week_start(now.date()) if last == now.date() else None
    # One load for the whole period; the running balance is shown once, for the period's end.
    weeks = [_as_counted(w, recorded_from, current) for w in week_reports(db, first, week_start(last), now)]
    by_task: dict[str, float] = {}
    for w in weeks:
        for kind, hours in w.by_task.items():
            by_task[kind] = by_task.get(kind, 0.0) + hours
    happened = events_between(db, first, last + timedelta(days=1))
    court = (
        sum(e.kind == "court" for e in happened),
        sum(e.kind == "court" and e.in_person for e in happened),
        sum(e.kind == "court" and not e.in_person for e in happened),
    )
    redactions = (sum(e.kind == "redaction" for e in happened), sum(e.pages for e in happened if e.kind == "redaction"))
    searches = (
        sum(e.kind == "care-search" for e in happened),
        sum(e.providers for e in happened if e.kind == "care-search"),
    )
    days = tuple(days_of(db, first, last, now))
    registered = registered_on_days_off(db, first, last)
    worked_off = {d.day for d in days if d.off and d.total}
    highest = max(caseload_on(db, first + timedelta(days=7 * i)).measures for i in range(len(weeks)))
    statement = Statement(
        first=first,
        last=last,
        made_on=today or now.date(),
        worker=get_setting(db, "worker_name", "") or "",
        team=get_setting(db, "worker_team", "") or "",
        manager=get_setting(db, "manager_name", "") or "",
        weeks=weeks,
        caseload_first=caseload_on(db, first),
        caseload_last=caseload_on(db, last),
        caseload_highest=max(highest, caseload_on(db, last).measures),
        norm=norm_on(db, last),
        target=target_on(db, last),
        by_task={k: by_task[k] for k in TASK_KINDS if by_task.get(k)},
        court=tuple(court),
        redactions=tuple(redactions),
        care_searches=tuple(searches),
        declined=Counter(r.what for r in declined(db, first, last)),
        boundaries=[b for b in boundaries_kept(db, first, last) if b.times],
        days=days,
        zone=zone_of(db),
        asked_first=first_asked,
        asked_last=asked_last,
        recorded_from=recorded_from,
        current=current,
        busy_days_off=tuple(sorted(worked_off | set(registered))),
        registered_on_days_off=registered,
    )
    since = statement.balance_since
    until = current or week_start(last) + timedelta(days=7)
    return replace(
        statement,
        year_before=year_before(db, statement, now),
        unlogged_since_balance=unlogged_weeks(db, since, until) if since else 0,
        shift_rests=rests_in_shifts(db, [f for w in weeks for f in w.findings if f.code in SHIFT_WORK_CODES], now),
    )


def _as_counted(week: WeekReport, recorded_from: date | None, current: date | None) -> WeekReport:
    """The week as the statement counts it: before logging began it expects nothing; the current week expects
    its hours up to now only (days over in full, today as far as worked, days to come not at all)."""
    if recorded_from is None or week.monday < recorded_from:
        return replace(week, expected_hours=0.0, expected_to_date_hours=0.0)
    if week.monday == current:
        return replace(week, expected_hours=week.expected_to_date_hours)
    return week


# The Monday of each week with a logged entry from :lo to :hi (an entry's start, and its end when it runs into
# another week), grouped in SQL: ten years are some 500 weeks and tens of thousands of entries.
_LOGGED_WEEKS = """
SELECT DISTINCT date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days') FROM (
    SELECT substr(start, 1, 10) AS day FROM time_entries WHERE start >= :lo AND start < :hi
    UNION
    SELECT substr(datetime("end", '-1 second'), 1, 10) FROM time_entries
    WHERE "end" > :lo AND start < :hi AND substr("end", 1, 10) != substr(start, 1, 10)
)
"""


def unlogged_weeks(db: Database, since: date, until: date) -> int:
    """How many weeks from the week of ``since`` up to the Monday ``until`` expected hours (counted from
    ``since``) and have none logged: what the running balance counts as not worked."""
    first = week_start(since)
    mondays = [first + timedelta(weeks=i) for i in range(max(0, (until - first).days // 7))]
    params = {"lo": since.isoformat(), "hi": until.isoformat()}
    logged = {date.fromisoformat(row[0]) for row in db.execute(_LOGGED_WEEKS, params).fetchall() if row[0]}
    empty = [m for m in mondays if m not in logged]
    if not empty:
        return 0
    periods = contract_periods(db)
    off = days_off_between(db, max(since, empty[0]), empty[-1] + timedelta(days=6))
    return sum(expected_minutes(periods, off, max(since, m), m + timedelta(days=7)) > 0 for m in empty)


def rests_in_shifts(
    db: Database, findings: list[Finding], now: datetime | None = None
) -> dict[tuple[datetime, datetime], tuple[int, ...]]:
    """The rests of :data:`LONG_REST` minutes or more between the spans of work inside each finding's shift, by
    its start and end (naive UTC, as the finding's); found from the entries logged over those shifts."""
    if not findings:
        return {}
    tz = zone_of(db)
    now_utc = utc_of(now_local(tz, now), tz)
    lo, hi = min(f.start for f in findings), max(f.end for f in findings)
    entries = entries_between(db, local_of(lo, tz).date(), local_of(hi, tz).date())
    spans = merged((e.start_utc, e.end_utc(now_utc)) for e in entries)
    found = {}
    for f in findings:
        inside = [(a, b) for a, b in spans if f.start <= a and b <= f.end]
        gaps = (int((later[0] - earlier[1]).total_seconds() // 60) for earlier, later in zip(inside, inside[1:]))
        found[f.start, f.end] = tuple(g for g in gaps if g >= LONG_REST)
    return found


def registered_on_days_off(db: Database, first: date, last: date) -> dict[date, tuple[str, ...]]:
    """The days off from ``first`` to ``last`` on which a task was ticked done (by its kind) or a boundary was
    kept (``"boundary"``), each with what was registered, kinds in the order of :data:`TASK_KINDS`."""
    off = days_off_between(db, first, last)
    params = [first.isoformat(), (last + timedelta(days=1)).isoformat()]
    rows = db.execute(
        "SELECT DISTINCT substr(due, 1, 10), kind FROM tasks WHERE done = 1 AND due >= ? AND due < ?", params
    ).fetchall()
    rows += db.execute(
        "SELECT DISTINCT day, 'boundary' FROM boundaries_kept WHERE day >= ? AND day < ?", params
    ).fetchall()
    found: dict[date, set[str]] = defaultdict(set)
    for day, what in rows:
        if (d := date.fromisoformat(day)) in off:
            found[d].add(what)
    order = [*TASK_KINDS, "boundary"]
    return {
        d: tuple(sorted(found[d], key=lambda k: order.index(k) if k in order else len(order))) for d in sorted(found)
    }


def days_of(db: Database, first: date, last: date, now: datetime | None = None) -> list[DayHours]:
    """Every day from ``first`` to ``last``: minutes per kind of work, counted as the week report counts them."""
    tz = zone_of(db)
    now_utc = utc_of(now_local(tz, now), tz)
    per_day: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for e in entries_between(db, first, last):
        for d, m in minutes_per_day(e, now_utc, tz):
            if first <= d <= last:
                per_day[d][e.task_kind] += m
    off = days_off_between(db, first, last)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return [
        DayHours(d, {k: per_day[d][k] for k in TASK_KINDS if per_day[d].get(k)}, off.get(d))
        for d in days
        if d in per_day or d in off
    ]


def year_before(db: Database, s: Statement, now: datetime | None = None) -> Comparison | None:
    """The statement's finished weeks 52 weeks earlier, counting only the weeks with logged hours there.

    A week inside the statement's own period is never compared, nor a week before logging began. None
    when fewer than half of the earlier weeks have logged hours (:data:`ENOUGH_LOGGED`): too little to
    compare with.
    """
    mondays = [w.monday - YEAR_BEFORE for w in s.finished_weeks if w.monday - YEAR_BEFORE < s.first]
    if not mondays or s.recorded_from is None or mondays[-1] < s.recorded_from:
        return None
    reports = week_reports(db, mondays[0], mondays[-1], now, balance=False)
    logged = [w for w in reports if w.monday >= s.recorded_from and w.worked_minutes > 0]
    if not logged or len(logged) < ENOUGH_LOGGED * len(mondays):
        return None
    last = mondays[-1] + timedelta(days=6)
    return Comparison(
        first=mondays[0],
        last=last,
        worked=sum(w.worked_minutes for w in logged),
        expected=sum(minutes(w.expected_hours) for w in logged),
        weeks_over=sum(  # counted as the period's own weeks over are: 30 minutes or more, never in a week off
            w.worked_minutes - minutes(w.expected_hours) >= OVER_CONTRACT and not (w.days_off and not w.expected_hours)
            for w in logged
        ),
        weeks=len(logged),
        measures=caseload_on(db, last).measures,
        span=len(mondays),
    )
