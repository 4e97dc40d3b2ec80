"""The statement's own words for weeks, days and the Working Hours Act findings.

The window speaks to the worker ("your longest rest"); the statement is the worker speaking
("my longest rest"), so each finding has its sentence here, in the first person, naming its
week ("week 45, 2–8 November 2026") or its dienst's date and times. In English a dienst is a
shift: the English document holds no Dutch word but the names of laws and agreements.
Call these inside ``i18n.speaking(lang)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .clock import local_of
from .dates import week_start
from .i18n import QT_TRANSLATE_NOOP, format_date, format_duration, translate
from .legal_findings import ORDER, _rule, moment_text, when
from .working_hours_act import DAILY_REST_SHORT, Finding

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

MONTHS = (
    QT_TRANSLATE_NOOP("Statement", "January"),
    QT_TRANSLATE_NOOP("Statement", "February"),
    QT_TRANSLATE_NOOP("Statement", "March"),
    QT_TRANSLATE_NOOP("Statement", "April"),
    QT_TRANSLATE_NOOP("Statement", "May"),
    QT_TRANSLATE_NOOP("Statement", "June"),
    QT_TRANSLATE_NOOP("Statement", "July"),
    QT_TRANSLATE_NOOP("Statement", "August"),
    QT_TRANSLATE_NOOP("Statement", "September"),
    QT_TRANSLATE_NOOP("Statement", "October"),
    QT_TRANSLATE_NOOP("Statement", "November"),
    QT_TRANSLATE_NOOP("Statement", "December"),
)
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("Statement", "Jan"),
    QT_TRANSLATE_NOOP("Statement", "Feb"),
    QT_TRANSLATE_NOOP("Statement", "Mar"),
    QT_TRANSLATE_NOOP("Statement", "Apr"),
    QT_TRANSLATE_NOOP("Statement", "May"),
    QT_TRANSLATE_NOOP("Statement", "Jun"),
    QT_TRANSLATE_NOOP("Statement", "Jul"),
    QT_TRANSLATE_NOOP("Statement", "Aug"),
    QT_TRANSLATE_NOOP("Statement", "Sep"),
    QT_TRANSLATE_NOOP("Statement", "Oct"),
    QT_TRANSLATE_NOOP("Statement", "Nov"),
    QT_TRANSLATE_NOOP("Statement", "Dec"),
)
#: Findings about a week (or the weeks ending with it) rather than one dienst.
WEEK_CODES = ("atw_week_60h", "atw_avg_4w_55h", "atw_avg_16w_48h", "atw_night_count_16w", "atw_night_avg_16w_40h")


def day_in_words(day: date, year: bool = True, short: bool = False) -> str:
    """A date as a person writes it: ``29 September 2026`` (``29 september 2026`` in Dutch), or ``29 Sep``."""
    month = translate("Statement", (SHORT_MONTHS if short else MONTHS)[day.month - 1])
    return f"{day.day} {month}" + (f" {day.year}" if year else "")


def span_in_words(first: date, last: date, short: bool = False) -> str:
    """Two days as one span, the shared month and year said once: ``2–8 November 2026``, ``26 Oct – 1 Nov``."""
    year = not short
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{day_in_words(last, year, short)}"
    return f"{day_in_words(first, year and first.year != last.year, short)} – {day_in_words(last, year, short)}"


def week_label(monday: date, short: bool = True) -> str:
    """A week as a person reads it: ``week 45, 2–8 Nov`` (short, in a table) or ``week 45, 2–8 November 2026``.
    Files and ``--json`` keep ISO week codes."""
    return translate("Statement", "week {number}, {days}").format(
        number=monday.isocalendar().week, days=span_in_words(monday, monday + timedelta(days=6), short)
    )


def week_of(f: Finding, tz: ZoneInfo) -> date:
    """The Monday of the week a finding is about: for the week's limits the week the weeks counted end with,
    for the rest the week its dienst (or rest) starts in."""
    moment = f.end - timedelta(minutes=1) if f.code in WEEK_CODES else f.start
    return week_start(local_of(moment, tz).date())


def shift_when(f: Finding, tz: ZoneInfo) -> str:
    """The dienst's local date and times, its dates in words: ``23 November 2026 09:00–22:30``."""
    text = when(f, tz)
    start, end = local_of(f.start, tz).date(), local_of(f.end, tz).date()
    return _days_in_words(text, start, end)


def _days_in_words(text: str, *days: date) -> str:
    for day in days:
        text = text.replace(format_date(day), day_in_words(day))
    return text


def rests_said(rests: Sequence[int]) -> str:
    """The rests inside a shift that were too short to end it, as a clause after the shift's times (empty without
    any): ``, with rests of 7:30 and 6:00, each shorter than the 8 hours that end a shift``."""
    if not rests:
        return ""
    if len(rests) == 1:
        return ", " + translate("Statement", "with a rest of {rest}, shorter than the 8 hours that end a shift").format(
            rest=format_duration(rests[0])
        )
    listed = translate("Statement", "{items} and {last}").format(
        items=", ".join(format_duration(r) for r in rests[:-1]), last=format_duration(rests[-1])
    )
    return ", " + translate(
        "Statement", "with rests of {rests}, each shorter than the 8 hours that end a shift"
    ).format(rests=listed)


def sentence(f: Finding, tz: ZoneInfo) -> str:
    """The finding in one first-person sentence that names its week or its dienst, with its figure, its limit
    and its article; a shift's long rests (a statement's finding carries them) are named after its times."""
    t = shift_when(f, tz) + rests_said(getattr(f, "rests", ()))
    start = _days_in_words(moment_text(f.start, tz), local_of(f.start, tz).date())
    week = week_label(week_of(f, tz), short=False)
    h = format_duration(f.figure)
    texts: dict[str, Callable[[], str]] = {
        "atw_shift_12h": lambda: translate(
            "Statement",
            "Shift of {when}: I worked {work} hours, more than the 12 a shift may have (ATW art. 5:7(2)(a)).",
        ).format(when=t, work=h),
        "atw_pause_30m": lambda: (
            translate(
                "Statement",
                "Shift of {when}: my record shows {pause} minutes of pause; more than 5.5 hours of work needs at least "
                "30, in pieces of at least 15 (ATW art. 5:4(2)(a)).",
            )
            if f.figure
            else translate(
                "Statement",
                "Shift of {when}: my record shows no pause; more than 5.5 hours of work needs at least 30 minutes, in "
                "pieces of at least 15 (ATW art. 5:4(2)(a)).",
            )
        ).format(when=t, pause=f.figure),
        "atw_pause_45m": lambda: (
            translate(
                "Statement",
                "Shift of {when}: my record shows {pause} minutes of pause; more than 10 hours of work needs at least "
                "45, in pieces of at least 15 (ATW art. 5:4(2)(b)).",
            )
            if f.figure
            else translate(
                "Statement",
                "Shift of {when}: my record shows no pause; more than 10 hours of work needs at least 45 minutes, in "
                "pieces of at least 15 (ATW art. 5:4(2)(b)).",
            )
        ).format(when=t, pause=f.figure),
        "atw_daily_rest_11h": lambda: translate(
            "Statement",
            "In the 24 hours from {start}, my first work that day, my longest rest was {rest} hours: a shortened "
            "rest. The law asks 11 hours and allows 8 once in 7 × 24 hours when the work requires it "
            "(ATW art. 5:3(2)).",
        ).format(start=start, rest=h),
        "atw_weekly_rest": lambda: translate(
            "Statement",
            "In the 7 × 24 hours from {start}, my first work that day, my longest rest was {rest} hours, and the "
            "14 × 24 hours from it held no 72 hours of rest in pieces of at least 32: the law asks 36 hours "
            "(ATW art. 5:5(2)).",
        ).format(start=start, rest=h),
        "atw_week_60h": lambda: translate(
            "Statement", "In {week} I worked {hours} hours: more than the 60 the law allows (ATW art. 5:7(2)(b))."
        ).format(week=week, hours=h),
        "atw_avg_4w_55h": lambda: translate(
            "Statement",
            "In the 4 weeks ending with {week} I worked {hours} hours: on average more than 55 a week, more than "
            "the 220 the law allows (ATW art. 5:7(3)).",
        ).format(week=week, hours=h),
        "atw_avg_16w_48h": lambda: translate(
            "Statement",
            "In the 16 weeks ending with {week} I worked {hours} hours: on average more than 48 a week, more than "
            "the 768 the law allows (ATW art. 5:7(2)(c)).",
        ).format(week=week, hours=h),
        "atw_night_dienst_12h": lambda: translate(
            "Statement",
            "Night shift of {when}: I worked {work} hours, more than the 12 a night shift may ever have "
            "(ATW art. 5:8(1) and (3)).",
        ).format(when=t, work=h),
        "atw_night_long_14d": lambda: translate(
            "Statement",
            "Night shift of {when}: the exception for more than 10 hours (or 12 hours of rest after) used {count} "
            "times within 14 × 24 hours; the law allows 5 (ATW art. 5:8(3)).",
        ).format(when=t, count=f.figure),
        "atw_night_long_52w": lambda: translate(
            "Statement",
            "Night shift of {when}: the exception for more than 10 hours (or 12 hours of rest after) used {count} "
            "times within 52 weeks; the law allows 22 (ATW art. 5:8(3)).",
        ).format(when=t, count=f.figure),
        "atw_night_rest_12h": lambda: translate(
            "Statement",
            "Night shift of {when}: more than 10 hours of work, then {rest} hours of rest; more than 10 hours is "
            "allowed only with at least 12 hours of rest after it (ATW art. 5:8(1) and (3)).",
        ).format(when=t, rest=h),
        "atw_night_rest_14h": lambda: translate(
            "Statement",
            "After the night shift of {when}, which ended after 02:00, I rested {rest} hours: a shortened rest. "
            "The law asks 14 hours (12 at most 5 times in 14 × 24 hours) and allows 8 once in 7 × 24 hours when "
            "the work requires it (ATW art. 5:8(3) and (4)).",
        ).format(when=t, rest=h),
        "atw_night_rest_8h": lambda: translate(
            "Statement",
            "After the night shift of {when}, which ended after 02:00, I rested {rest} hours: less than 8, or a "
            "second shortened rest within 7 × 24 hours; the law asks 14 hours (ATW art. 5:8(4)).",
        ).format(when=t, rest=h),
        "atw_night_series_46h": lambda: translate(
            "Statement",
            "After a series of 3 or more night shifts ending {when} I rested {rest} hours: the law asks 46 "
            "(ATW art. 5:8(5)).",
        ).format(when=t, rest=h),
        "atw_night_row_7": lambda: translate(
            "Statement",
            "The shift of {when} was number {count} in a row, one or more of them a night shift: the law allows 7 "
            "(ATW art. 5:8(6)).",
        ).format(when=t, count=f.figure),
        "atw_night_count_16w": lambda: translate(
            "Statement",
            "In the 16 weeks ending with {week} I worked {count} night shifts ending after 02:00: the law allows 36 "
            "(ATW art. 5:8(8)).",
        ).format(week=week, count=f.figure),
        "atw_night_avg_16w_40h": lambda: translate(
            "Statement",
            "In the 16 weeks ending with {week} I worked 16 or more night shifts and {hours} hours in them: on "
            "average more than 40 a week, more than the 640 the law allows (ATW art. 5:8(2)).",
        ).format(week=week, hours=h),
    }
    if f.code == "atw_daily_rest_8h":
        if f.figure < DAILY_REST_SHORT:
            return translate(
                "Statement",
                "In the 24 hours from {start}, my first work that day, my longest rest was {rest} hours: less than "
                "the 8 the law ever allows (ATW art. 5:3(2)).",
            ).format(start=start, rest=h)
        return translate(
            "Statement",
            "In the 24 hours from {start}, my first work that day, my longest rest was {rest} hours: a second "
            "shortened rest within 7 × 24 hours, which the law never allows (ATW art. 5:3(2)).",
        ).format(start=start, rest=h)
    return texts[f.code]()


def per_week_and_rule(findings: list[Finding], tz: ZoneInfo) -> list[tuple[date, list[Finding]]]:
    """The findings by the week they are about, then by rule (most serious first), each group oldest first."""
    groups: dict[tuple[date, str], list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (week_of(f, tz), ORDER.index(f.code), f.start)):
        groups.setdefault((week_of(f, tz), _rule(f)), []).append(f)
    return [(monday, group) for (monday, _), group in groups.items()]


def grouped_lines(findings: list[Finding], tz: ZoneInfo) -> list[str]:
    """A line per week and rule: the first finding's sentence, the other diensten it holds for named after it."""
    lines = []
    for monday, group in per_week_and_rule(findings, tz):
        text = sentence(group[0], tz)
        if len(group) > 1:
            others = "; ".join(shift_when(f, tz) for f in group[1:])
            text += " " + translate("Statement", "Also: {others}.").format(others=others)
        # A week's own limit names its week in the sentence already.
        lines.append(text if group[0].code in WEEK_CODES else f"{week_label(monday)}: {text}")
    return lines


def explained(code: str) -> str | None:
    """How the rule behind ``code`` is counted beyond what a shift is (None: nothing more to say), in the
    statement's words."""
    if code.startswith("atw_night_"):
        return translate(
            "Statement",
            "A night shift is a shift with more than one hour of work between 00:00 and 06:00; its own, stricter "
            "limits are those of the law (a collective agreement may depart from some of them).",
        )
    if code == "atw_shift_12h":
        return None
    if code in ("atw_pause_30m", "atw_pause_45m"):
        return translate(
            "Statement",
            "A pause is a gap of at least 15 minutes inside a shift; when in the shift it falls does not matter.",
        )
    if code in ("atw_daily_rest_11h", "atw_daily_rest_8h", "atw_weekly_rest"):
        return translate(
            "Statement",
            "A rest is looked for in the 24 hours (daily rest) or 7 × 24 hours (weekly rest) from my first work "
            "of each day. A rest shortened to 8 hours once in 7 × 24 hours is allowed when the work requires it, "
            "which the record cannot show; less than 8 hours, or a second shortening, never is. A rest running on "
            "past a period counts only as far as it falls inside it. Periods that share 11 hours (daily rest) or 36 "
            "hours (weekly rest) with the one reported before are the same missing rest, so each finding is at "
            "least one rest missing.",
        )
    return translate(
        "Statement",
        "A week runs from Monday 00:00 to Sunday 24:00; an average over 4 or 16 weeks is taken over the weeks "
        "ending with the week named, and a week before my first logged entry counts as 0 hours.",
    )
