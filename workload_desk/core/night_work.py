"""Night work under the Working Hours Act, art. 5:8, counted per nachtdienst (art. 1:7 d).

A nachtdienst is a dienst with more than one hour of work between 00:00 and 06:00 local time.
The rules, as art. 5:8 words them for workers of 18 or older:

- lid 1 and 3: at most 10 hours of work in a nachtdienst; up to 12 hours at most 5 times in
  any 14 x 24 hours and 22 times in 52 weeks, each followed by at least 12 hours of rest.
- lid 4: after a nachtdienst that ends after 02:00, at least 14 hours of rest; once in 7 x 24
  hours it may be shortened to 8 when the work requires it (the app cannot know; it says so).
- lid 5: after a series of 3 or more nachtdiensten in a row, at least 46 hours of rest (a rest of
  24 hours or more ends a row, as for lid 6).
- lid 6: at most 7 diensten in a row when one or more of them is a nachtdienst. The law does
  not say what ends a row; the app ends it at any rest of 24 hours or more, so a row is never
  made longer than it surely was.
- lid 8: at most 36 nachtdiensten that end after 02:00 in any 16 weeks in a row.
- lid 2: in 16 weeks in a row with 16 or more nachtdiensten, at most 40 hours a week on average.

A collective agreement may depart from lid 6 and 8 within lid 7 and 9; the app counts the
law's own figures and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from .clock import local_of, midnight
from .i18n import format_duration, translate
from .working_hours_act import DAILY_REST_SHORT, Dienst, Finding, H, minutes_between

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

DIENST_MAX = 10 * H  # lid 1
LONG_DIENST_MAX = 12 * H  # lid 3 a
LONG_IN_14_DAYS = 5  # lid 3
LONG_IN_52_WEEKS = 22  # lid 3
LONG_REST = 12 * H  # lid 3 b
LATE_END_HOUR = 2  # lid 4, 8: a nachtdienst that ends after 02:00
LATE_REST = 14 * H  # lid 4
SERIES = 3  # lid 5
SERIES_REST = 46 * H  # lid 5
ROW_MAX = 7  # lid 6
ROW_BREAK = 24 * H  # the app's reading of what ends a row of diensten (lid 6)
LATE_IN_16_WEEKS = 36  # lid 8
MANY_IN_16_WEEKS = 16  # lid 2
AVG_16W_MAX = 40 * H  # lid 2


def _minutes(a: datetime, b: datetime) -> int:
    return int((b - a) // timedelta(minutes=1))


def ends_late(d: Dienst, tz: ZoneInfo) -> bool:
    """Whether a nachtdienst ends after 02:00 (art. 5:8 lid 4 and 8), by the clock on the wall.

    It worked on past 06:00 (after that night's 02:00 too), or it ended before 06:00 but after 02:00.
    On the night the clocks go back, 02:00 the second time is no later than 02:00: never counted late.
    """
    last = local_of(d.end - timedelta(minutes=1), tz)
    return last.hour >= 6 or local_of(d.end, tz).time() > time(LATE_END_HOUR)


def _rest_after(all_diensten: Sequence[Dienst], i: int, now: datetime, needed: int) -> int | None:
    """Minutes of rest after diensten[i]: until the next dienst; with none yet, ``needed`` once that much has
    passed, or None while the rest may still be cut short."""
    if i + 1 < len(all_diensten):
        return _minutes(all_diensten[i].end, all_diensten[i + 1].start)
    return needed if _minutes(all_diensten[i].end, now) >= needed else None


def _within(moments: list[datetime], moment: datetime, hours: int) -> int:
    """How many of ``moments`` fall less than ``hours`` before ``moment`` (or at it)."""
    return sum(1 for m in moments if 0 <= _minutes(m, moment) < hours * H)


def night_findings(all_diensten: Sequence[Dienst], now: datetime, tz: ZoneInfo) -> list[Finding]:
    """Every art. 5:8 finding in ``all_diensten`` (sorted, as :func:`.working_hours_act.diensten` gives them).

    Lid 3 lets a nachtdienst have up to 12 hours of work, or be followed by 12 hours of rest instead of
    the 14 of lid 4, at most 5 times in 14 x 24 hours and 22 times in 52 weeks; lid 4 lets the 14 hours
    be shortened to 8 once in 7 x 24 hours. A rest is first counted as lid 3's while it has room, then
    as lid 4's shortening; only what neither allows is reported as a limit passed.
    """
    found: list[Finding] = []
    lid3: list[datetime] = []  # the starts of nachtdiensten that used lid 3
    shortened: list[datetime] = []  # the ends of nachtdiensten after which lid 4's shortening was used
    for i, d in enumerate(all_diensten):
        if not d.is_night:
            continue
        if d.work > LONG_DIENST_MAX:
            found.append(Finding("atw_night_dienst_12h", "5:8 lid 1, 3", d.start, d.end, d.work, LONG_DIENST_MAX))
            continue
        if d.work > DIENST_MAX:
            lid3.append(d.start)
            in_14, in_52 = _within(lid3, d.start, 14 * 24), _within(lid3, d.start, 52 * 7 * 24)
            if in_14 > LONG_IN_14_DAYS:
                found.append(Finding("atw_night_long_14d", "5:8 lid 3", d.start, d.end, in_14, LONG_IN_14_DAYS))
            if in_52 > LONG_IN_52_WEEKS:
                found.append(Finding("atw_night_long_52w", "5:8 lid 3", d.start, d.end, in_52, LONG_IN_52_WEEKS))
            rest = _rest_after(all_diensten, i, now, LONG_REST)
            if rest is not None and rest < LONG_REST:
                found.append(Finding("atw_night_rest_12h", "5:8 lid 1, 3", d.start, d.end, rest, LONG_REST))
            continue
        rest = _rest_after(all_diensten, i, now, LATE_REST)
        if not ends_late(d, tz) or rest is None or rest >= LATE_REST:
            continue
        room_in_lid3 = (
            _within(lid3, d.start, 14 * 24) < LONG_IN_14_DAYS and _within(lid3, d.start, 52 * 7 * 24) < LONG_IN_52_WEEKS
        )
        if rest >= LONG_REST and room_in_lid3:
            lid3.append(d.start)  # 12 hours of rest after it, as lid 3 allows
        elif rest >= DAILY_REST_SHORT and not _within(shortened, d.end, 7 * 24):
            shortened.append(d.end)
            found.append(Finding("atw_night_rest_14h", "5:8 lid 4", d.start, d.end, rest, LATE_REST))
        else:
            found.append(Finding("atw_night_rest_8h", "5:8 lid 4", d.start, d.end, rest, LATE_REST))
    found += _series(all_diensten, now)
    found += _rows(all_diensten)
    return found


def _series(all_diensten: Sequence[Dienst], now: datetime) -> list[Finding]:
    """Lid 5: 46 hours of rest after 3 or more nachtdiensten in a row (a rest of 24 hours or more ends a row)."""
    found, run = [], 0
    for i, d in enumerate(all_diensten):
        after_rest = i > 0 and _minutes(all_diensten[i - 1].end, d.start) >= ROW_BREAK
        run = (1 if after_rest else run + 1) if d.is_night else 0
        following = all_diensten[i + 1] if i + 1 < len(all_diensten) else None
        continues = following is not None and following.is_night and _minutes(d.end, following.start) < ROW_BREAK
        if run >= SERIES and not continues:
            rest = _rest_after(all_diensten, i, now, SERIES_REST)
            if rest is not None and rest < SERIES_REST:
                found.append(Finding("atw_night_series_46h", "5:8 lid 5", d.start, d.end, rest, SERIES_REST))
    return found


def _rows(all_diensten: Sequence[Dienst]) -> list[Finding]:
    """Lid 6: at most 7 diensten in a row when one of them is a nachtdienst; filed under the dienst past 7."""
    found, row = [], []
    for d in all_diensten:
        if row and _minutes(row[-1].end, d.start) >= ROW_BREAK:
            row = []
        row.append(d)
        if len(row) > ROW_MAX and any(x.is_night for x in row):
            found.append(Finding("atw_night_row_7", "5:8 lid 6", d.start, d.end, len(row), ROW_MAX))
    return found


def night_week_findings(
    all_diensten: Sequence[Dienst], spans: Sequence[tuple[datetime, datetime]], monday: date, tz: ZoneInfo
) -> list[Finding]:
    """Lid 8 and lid 2, over the 16 weeks (Monday to Sunday) ending with the week of ``monday``."""
    lo, hi = midnight(monday - timedelta(weeks=15), tz), midnight(monday + timedelta(days=7), tz)
    nights = [d for d in all_diensten if d.is_night and lo <= d.start < hi]
    found = []
    late = sum(1 for d in nights if ends_late(d, tz))
    if late > LATE_IN_16_WEEKS:
        found.append(Finding("atw_night_count_16w", "5:8 lid 8", lo, hi, late, LATE_IN_16_WEEKS))
    if len(nights) >= MANY_IN_16_WEEKS:
        total = minutes_between(spans, lo, hi)
        if total > AVG_16W_MAX * 16:
            found.append(Finding("atw_night_avg_16w_40h", "5:8 lid 2", lo, hi, total, AVG_16W_MAX * 16))
    return found


def night_message(f: Finding, when: str) -> str:
    """The sentence of a night finding (see :func:`.legal_findings.message`)."""
    h = format_duration(f.figure)
    texts = {
        "atw_night_dienst_12h": translate(
            "Law",
            "Nachtdienst of {when}: {work} hours of work, more than the 12 a nachtdienst may ever have "
            "(ATW art. 5:8 lid 1 and 3).",
        ),
        "atw_night_long_14d": translate(
            "Law",
            "Nachtdienst of {when}: the exception for more than 10 hours (or 12 hours of rest after) used {count} "
            "times within 14 × 24 hours; the law allows 5 (ATW art. 5:8 lid 3).",
        ),
        "atw_night_long_52w": translate(
            "Law",
            "Nachtdienst of {when}: the exception for more than 10 hours (or 12 hours of rest after) used {count} "
            "times within 52 weeks; the law allows 22 (ATW art. 5:8 lid 3).",
        ),
        "atw_night_rest_12h": translate(
            "Law",
            "Nachtdienst of {when}: more than 10 hours of work, then {rest} hours of rest; more than 10 hours is "
            "allowed only with at least 12 hours of rest after it (ATW art. 5:8 lid 1 and 3).",
        ),
        "atw_night_rest_14h": translate(
            "Law",
            "After the nachtdienst of {when}, which ended after 02:00, you rested {rest} hours: a shortened rest. The "
            "law asks 14 hours (12 at most 5 times in 14 × 24 hours) and allows 8 once in 7 × 24 hours when the work "
            "requires it (ATW art. 5:8 lid 3 and 4).",
        ),
        "atw_night_rest_8h": translate(
            "Law",
            "After the nachtdienst of {when}, which ended after 02:00, you rested {rest} hours: less than 8, or a "
            "second shortened rest within 7 × 24 hours; the law asks 14 hours (ATW art. 5:8 lid 4).",
        ),
        "atw_night_series_46h": translate(
            "Law",
            "After a series of 3 or more nachtdiensten ending {when} you rested {rest} hours: the law asks 46 "
            "(ATW art. 5:8 lid 5).",
        ),
        "atw_night_row_7": translate(
            "Law",
            "The dienst of {when} is number {count} in a row, one or more of them a nachtdienst: the law allows 7 "
            "(ATW art. 5:8 lid 6).",
        ),
        "atw_night_count_16w": translate(
            "Law",
            "{count} nachtdiensten ending after 02:00 in the 16 weeks ending with this one: the law allows 36 "
            "(ATW art. 5:8 lid 8).",
        ),
        "atw_night_avg_16w_40h": translate(
            "Law",
            "16 or more nachtdiensten in the 16 weeks ending with this one, and {hours} hours of work in them: on "
            "average more than 40 a week, more than the 640 the law allows (ATW art. 5:8 lid 2).",
        ),
    }
    return texts[f.code].format(when=when, work=h, count=f.figure, rest=h, hours=h)


def night_why(code: str) -> str:
    """How the app counts a night rule, for a tooltip."""
    text = translate(
        "Law",
        "A nachtdienst is a dienst with more than one hour of work between 00:00 and 06:00. A collective agreement "
        "may depart from some night rules (art. 5:8 lid 6 to 9); the app counts the law's own figures.",
    )
    if code == "atw_night_row_7":
        text += " " + translate(
            "Law", "The law does not say what ends a row of diensten; the app ends it at any rest of 24 hours or more."
        )
    if code == "atw_night_rest_14h":
        text += " " + translate(
            "Law",
            "Not a violation by itself: the rest may be shortened to 8 hours once in 7 × 24 hours when the work "
            "requires it, which the app cannot know.",
        )
    return text
