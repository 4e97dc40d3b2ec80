"""The Working Hours Act (Arbeidstijdenwet, ATW) counted as the law words it: per dienst, in real time.

Pure functions over plain data: work spans as naive UTC moments (local time less its offset,
see :mod:`.clock`), the worker's time zone for what the law ties to the clock (the night,
00:00-06:00), and "now". Nothing here reads the database, so each rule is tested on its own.

How the app reads what the law leaves open (also in the README's rules table):

- A **dienst** (art. 1:7 c: work between two uninterrupted rests of at least 8 hours) is work
  whose gaps are all shorter than 8 hours; a gap of 8 hours or more is a rest and starts a new
  dienst. A dienst can cross midnight; two can fall on one day.
- A **pause** (art. 1:7 e) is a gap of at least 15 minutes inside a dienst.
- **Daily rest** (art. 5:3 lid 2) is looked for in the 24 hours from the first moment of work on
  each calendar day, as lid 3 starts the period; **weekly rest** (art. 5:5 lid 2) in the 7 x 24
  and 14 x 24 hours from it (5:5 lid 3 starts it the same way). A window that reaches past now
  is not judged yet: the rest may still come.
- The limits are those for workers of 18 or older. Work after a call-out during on-call duty
  (art. 5:9) is counted as any other work: the app does not tell it apart.
- A dienst's **pauses** are judged once it is over: when 8 hours have passed since its last
  work, so no later work can still join it. Its 12 hours are judged at once.
- Averages over 4 and 16 weeks count a week before the first logged entry as 0 hours, so an
  average is never overstated.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta

from .clock import at_hour, local_of, midnight
from .records import Record

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

H = 60  # minutes
MINUTE = timedelta(minutes=1)
DAY = timedelta(hours=24)

DIENST_GAP = 8 * H  # a gap this long is a rest that ends a dienst (art. 1:7 c)
PAUSE_MIN = 15  # art. 1:7: a pause lasts at least a quarter of an hour
PAUSE_AFTER = (5 * H + 30, 30)  # art. 5:4 lid 2 a: more than 5.5 hours of work, 0.5 hour of pause
PAUSE_AFTER_LONG = (10 * H, 45)  # art. 5:4 lid 2 b: more than 10 hours of work, 0.75 hour of pause
DIENST_MAX = 12 * H  # art. 5:7 lid 2 a
WEEK_MAX = 60 * H  # art. 5:7 lid 2 b
AVG_16W_MAX = 48 * H  # art. 5:7 lid 2 c
AVG_4W_MAX = 55 * H  # art. 5:7 lid 3
DAILY_REST = 11 * H  # art. 5:3 lid 2
DAILY_REST_SHORT = 8 * H  # art. 5:3 lid 2: once in 7 x 24 hours
WEEKLY_REST = 36 * H  # art. 5:5 lid 2 a
WEEKLY_REST_14 = 72 * H  # art. 5:5 lid 2 b, in pieces of at least 32 hours
WEEKLY_REST_PIECE = 32 * H

NIGHT_WORK = 1 * H  # art. 1:7 d: a nachtdienst has more than 1 hour of work between 00:00 and 06:00


class Dienst(Record):
    """Work between two rests: spans of work (naive UTC) whose gaps are all under 8 hours."""

    spans: tuple[tuple[datetime, datetime], ...]
    night: int  # minutes of work between 00:00 and 06:00 local time

    @property
    def start(self) -> datetime:
        return self.spans[0][0]

    @property
    def end(self) -> datetime:
        return self.spans[-1][1]

    @property
    def work(self) -> int:
        """Minutes of work, pauses not counted."""
        return sum(_minutes(s, e) for s, e in self.spans)

    @property
    def pauses(self) -> tuple[int, ...]:
        """The gaps of at least 15 minutes inside the dienst, in minutes."""
        gaps = (_minutes(a[1], b[0]) for a, b in zip(self.spans, self.spans[1:]))
        return tuple(g for g in gaps if g >= PAUSE_MIN)

    @property
    def is_night(self) -> bool:
        """A nachtdienst (art. 1:7): more than one hour of work between 00:00 and 06:00."""
        return self.night > NIGHT_WORK


class Finding(Record):
    """A limit of the law passed (or a rest shortened), about the dienst (or weeks) ``start`` to ``end`` (naive UTC).

    ``figure`` is what was measured and ``limit`` what the law allows, in minutes (or, for
    counts, in diensten); ``article`` names the rule.
    """

    code: str
    article: str
    start: datetime
    end: datetime
    figure: int
    limit: int

    @property
    def is_note(self) -> bool:
        """A shortened rest: the law allows it once in 7 x 24 hours when the work requires it, which the app
        cannot know. Not a violation by itself; a second one is (``atw_daily_rest_8h``, ``atw_night_rest_8h``)."""
        return self.code in NOTES


NOTES = ("atw_daily_rest_11h", "atw_night_rest_14h")


def _minutes(start: datetime, end: datetime) -> int:
    return int((end - start) // MINUTE)


def merged(spans: Iterable[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """Spans sorted, those that touch or overlap made one: where they meet, no pause was taken."""
    out: list[list[datetime]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def night_minutes(start: datetime, end: datetime, tz: ZoneInfo) -> int:
    """Real minutes of [start, end) (naive UTC) that fall between 00:00 and 06:00 local time."""
    total = 0
    day = local_of(start, tz).date()
    while (lo := midnight(day, tz)) < end:
        hi = at_hour(day, 6, tz)
        if hi > start:
            total += _minutes(max(start, lo), min(end, hi))
        day += timedelta(days=1)
    return total


def diensten(spans: Iterable[tuple[datetime, datetime]], tz: ZoneInfo) -> list[Dienst]:
    """The work cut into diensten at every gap of 8 hours or more."""
    groups: list[list[tuple[datetime, datetime]]] = []
    for span in merged(spans):
        if groups and _minutes(groups[-1][-1][1], span[0]) < DIENST_GAP:
            groups[-1].append(span)
        else:
            groups.append([span])
    return [Dienst(tuple(g), sum(night_minutes(s, e, tz) for s, e in g)) for g in groups]


def _from(spans: Sequence[tuple[datetime, datetime]], lo: datetime) -> int:
    """The index of the first of ``spans`` (merged, so sorted by start and by end) that ends after ``lo``."""
    ends = [e for _, e in spans] if not isinstance(spans, Spans) else spans.ends
    return bisect_right(ends, lo)


class Spans(list):
    """Merged spans of work with their ends at hand, so a window finds its first span by bisection."""

    def __init__(self, spans: Iterable[tuple[datetime, datetime]]) -> None:
        super().__init__(spans)
        self.ends = [e for _, e in self]


def longest_rest(spans: Sequence[tuple[datetime, datetime]], lo: datetime, hi: datetime) -> tuple[int, datetime]:
    """The longest stretch without work inside [lo, hi), in minutes, and where it begins."""
    best, where, free_from = 0, lo, lo
    for i in range(_from(spans, lo), len(spans)):
        start, end = spans[i]
        if start >= hi:
            break
        if (gap := _minutes(free_from, start)) > best:
            best, where = gap, free_from
        free_from = max(free_from, end)
    if (gap := _minutes(free_from, hi)) > best:
        best, where = gap, free_from
    return best, where


def rests_of_at_least(spans: Sequence[tuple[datetime, datetime]], lo: datetime, hi: datetime, piece: int) -> int:
    """Minutes of rest inside [lo, hi) in stretches of at least ``piece`` minutes."""
    total, free_from = 0, lo
    for i in range(_from(spans, lo), len(spans)):
        start, end = spans[i]
        if start >= hi:
            break
        if (gap := _minutes(free_from, start)) >= piece:
            total += gap
        free_from = max(free_from, end)
    if (gap := _minutes(free_from, hi)) >= piece:
        total += gap
    return total


def day_starts(all_diensten: Sequence[Dienst], tz: ZoneInfo) -> list[datetime]:
    """The first moment of work on each calendar day with work (art. 5:3 lid 3, 5:5 lid 3), in order."""
    starts: dict[date, datetime] = {}
    for d in all_diensten:
        for start, end in d.spans:
            day = local_of(start, tz).date()
            while (begin := max(start, midnight(day, tz))) < end:
                starts.setdefault(day, begin)
                day += timedelta(days=1)
    return sorted(starts.values())


def dienst_findings(d: Dienst, now: datetime) -> list[Finding]:
    """Work and pauses within one dienst (art. 5:4 lid 2, 5:7 lid 2 a); a nachtdienst's hours are art. 5:8's."""
    found = []
    if not d.is_night and d.work > DIENST_MAX:
        found.append(Finding("atw_shift_12h", "5:7 lid 2 a", d.start, d.end, d.work, DIENST_MAX))
    over = _minutes(d.end, now) >= DIENST_GAP  # no later work can join it any more
    if over:
        for (work, pause), code, article in (
            (PAUSE_AFTER_LONG, "atw_pause_45m", "5:4 lid 2 b"),
            (PAUSE_AFTER, "atw_pause_30m", "5:4 lid 2 a"),
        ):
            if d.work > work:
                if sum(d.pauses) < pause:
                    found.append(Finding(code, article, d.start, d.end, sum(d.pauses), pause))
                break
    return found


def daily_rest_findings(all_diensten: Sequence[Dienst], now: datetime, tz: ZoneInfo) -> list[Finding]:
    """Art. 5:3 lid 2: 11 hours of uninterrupted rest in the 24 hours from the first work of each day (lid 3).

    Once in 7 x 24 hours the rest may be shortened to 8 hours when the nature of the work or the
    circumstances require it (``atw_daily_rest_11h``: the app cannot know whether they did). Less
    than 8 hours, or a second shortened rest within one period of 7 x 24 hours, is never allowed
    (``atw_daily_rest_8h``). Each finding is about the 24 hours from ``start``.
    """
    spans = Spans(s for d in all_diensten for s in d.spans)
    # Periods without 11 hours of rest, grouped: a period that shares 11 hours with the first of a group could
    # have had its rest in that shared stretch, so it is the same missing rest (a dienst across midnight starts
    # the next day's period hours before the rest the first period lacks). A group is reported once, by its
    # period with the shortest rest; periods that cannot share one rest are findings of their own.
    groups: list[list[tuple[datetime, int, datetime]]] = []
    for start in day_starts(all_diensten, tz):
        if start + DAY > now:
            continue
        rest, where = longest_rest(spans, start, start + DAY)
        if rest >= DAILY_REST:
            continue
        if groups and _minutes(start, groups[-1][0][0] + DAY) >= DAILY_REST:
            groups[-1].append((start, rest, where))
        else:
            groups.append([(start, rest, where)])
    found, shortened = [], []  # shortened: (rest start, rest end) of each rest shortened to 8 hours or more
    for group in groups:
        start, rest, where = min(group, key=lambda g: g[1])
        if rest < DAILY_REST_SHORT:
            found.append(Finding("atw_daily_rest_8h", "5:3 lid 2", start, start + DAY, rest, DAILY_REST_SHORT))
            continue
        end = where + timedelta(minutes=rest)
        earlier = [s for s, e in shortened if _minutes(s, end) <= 7 * 24 * H]
        shortened.append((where, end))
        code = "atw_daily_rest_8h" if earlier else "atw_daily_rest_11h"
        found.append(Finding(code, "5:3 lid 2", start, start + DAY, rest, DAILY_REST))
    return found


def weekly_rest_findings(all_diensten: Sequence[Dienst], now: datetime, tz: ZoneInfo) -> list[Finding]:
    """Art. 5:5 lid 2: 36 hours of rest in the 7 x 24 hours from the first work of each day (lid 3), or else
    72 hours in the 14 x 24 hours from it in pieces of at least 32 hours. A window reaching past now is not
    judged; one that shares 36 hours with the window last reported is the same missing rest and is not counted
    again."""
    spans = Spans(s for d in all_diensten for s in d.spans)
    found: list[Finding] = []
    for start in day_starts(all_diensten, tz):
        week_end, fortnight_end = start + 7 * DAY, start + 14 * DAY
        if found and _minutes(start, found[-1].end) >= WEEKLY_REST:
            # This period shares 36 hours with the one last reported: one weekly rest there would have served
            # both, so it is the same missing rest. Reported this way, the count is the fewest weekly rests that
            # would have mended every period (three weeks of work without a day off: two findings, not ten).
            continue
        rest, _ = longest_rest(spans, start, min(week_end, now))
        if rest >= WEEKLY_REST or fortnight_end > now:
            continue
        if rests_of_at_least(spans, start, fortnight_end, WEEKLY_REST_PIECE) >= WEEKLY_REST_14:
            continue
        found.append(Finding("atw_weekly_rest", "5:5 lid 2", start, week_end, rest, WEEKLY_REST))
    return found


def minutes_between(spans: Iterable[tuple[datetime, datetime]], lo: datetime, hi: datetime) -> int:
    """Minutes of work inside [lo, hi)."""
    return sum(max(0, _minutes(max(s, lo), min(e, hi))) for s, e in spans)


def week_findings(minutes_in: Callable[[date, date], int], monday: date, tz: ZoneInfo) -> list[Finding]:
    """Art. 5:7: at most 60 hours in the week (lid 2 b), and on average at most 48 over the 16 weeks
    (lid 2 c) and 55 over the 4 weeks (lid 3) ending with it. Weeks run from Monday 00:00 to Sunday 24:00,
    local time; ``minutes_in(first, until)`` gives the minutes worked on the days [first, until)."""
    until = monday + timedelta(days=7)
    found = []
    week = minutes_in(monday, until)
    if week > WEEK_MAX:
        found.append(Finding("atw_week_60h", "5:7 lid 2 b", midnight(monday, tz), midnight(until, tz), week, WEEK_MAX))
    for weeks, limit, code, article in (
        (4, AVG_4W_MAX, "atw_avg_4w_55h", "5:7 lid 3"),
        (16, AVG_16W_MAX, "atw_avg_16w_48h", "5:7 lid 2 c"),
    ):
        first = monday - timedelta(weeks=weeks - 1)
        total = minutes_in(first, until)
        if total > limit * weeks:
            found.append(Finding(code, article, midnight(first, tz), midnight(until, tz), total, limit * weeks))
    return found
