"""The Working Hours Act findings in words: one sentence per rule and week, with the article and the why.

Every message names the dienst (or week) by its local date and times, states the figure
measured and the limit, and cites the article; ``why`` explains how the app counted, for a
tooltip or a "why" link beside the finding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from .clock import is_ambiguous, local_of, offset_minutes, offset_text
from .dates import week_start
from .i18n import format_date, format_duration, translate
from .records import Record
from .working_hours_act import DAILY_REST_SHORT, Finding

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


class Warning(Record):
    """A rule passed this week: ``legal`` for the Arbeidstijdenwet, which weighs more than the contract.

    ``article`` cites the rule; ``why`` says how the app counted it. ``note`` marks what the law
    allows once when the work requires it (a shortened rest): worth knowing, not a violation.
    """

    code: str
    message: str
    legal: bool
    article: str = ""
    why: str = ""
    note: bool = False

    @property
    def weight(self) -> int:
        """How serious: 0 for a legal limit passed, 1 for a shortened rest, 2 for the contract and the CAO."""
        return 2 if not self.legal else 1 if self.note else 0


def clock_time(moment: datetime, tz: ZoneInfo) -> str:
    """A naive UTC moment as the local clock shows it: ``09:00``; in the hour the clocks repeat, with its
    offset (``02:30+01:00``), so the two are told apart."""
    local = local_of(moment, tz)
    text = f"{local:%H:%M}"
    return text + offset_text(offset_minutes(local, tz)) if is_ambiguous(local, tz) else text


def moment_text(moment: datetime, tz: ZoneInfo) -> str:
    """A naive UTC moment as local date and time: ``23-11-2026 09:00``."""
    return f"{format_date(local_of(moment, tz).date())} {clock_time(moment, tz)}"


def when(finding: Finding, tz: ZoneInfo) -> str:
    """A dienst's local date and times: ``23-11-2026 09:00–22:30``, or with both dates across midnight."""
    start, end = local_of(finding.start, tz), local_of(finding.end, tz)
    if end.date() == start.date():
        return f"{format_date(start.date())} {clock_time(finding.start, tz)}–{clock_time(finding.end, tz)}"
    return f"{moment_text(finding.start, tz)} – {moment_text(finding.end, tz)}"


def _h(minutes: float) -> str:
    return format_duration(minutes)


def message(f: Finding, tz: ZoneInfo) -> str:
    """The finding in one sentence, with its figure, its limit and its article."""
    t = when(f, tz)
    start = moment_text(f.start, tz)
    text = {
        "atw_shift_12h": lambda: translate(
            "Law", "Dienst of {when}: {work} hours of work, more than the 12 a dienst may have (ATW art. 5:7 lid 2 a)."
        ).format(when=t, work=_h(f.figure)),
        "atw_pause_30m": lambda: translate(
            "Law",
            "Dienst of {when}: {pause} minutes of pause; more than 5.5 hours of work needs at least 30, "
            "in pieces of at least 15 (ATW art. 5:4 lid 2 a).",
        ).format(when=t, pause=f.figure),
        "atw_pause_45m": lambda: translate(
            "Law",
            "Dienst of {when}: {pause} minutes of pause; more than 10 hours of work needs at least 45, "
            "in pieces of at least 15 (ATW art. 5:4 lid 2 b).",
        ).format(when=t, pause=f.figure),
        "atw_daily_rest_11h": lambda: translate(
            "Law",
            "In the 24 hours from {start}, your first work that day, your longest rest was {rest} hours: a shortened "
            "rest. The law asks 11 hours and allows 8 once in 7 × 24 hours when the work requires it "
            "(ATW art. 5:3 lid 2).",
        ).format(start=start, rest=_h(f.figure)),
        "atw_weekly_rest": lambda: translate(
            "Law",
            "In the 7 × 24 hours from {start}, your first work that day, your longest rest was {rest} hours, and "
            "the 14 × 24 hours from it held no 72 hours of rest in pieces of at least 32: the law asks 36 hours "
            "(ATW art. 5:5 lid 2).",
        ).format(start=start, rest=_h(f.figure)),
        "atw_week_60h": lambda: translate(
            "Law", "{hours} hours of work this week: more than the 60 the law allows (ATW art. 5:7 lid 2 b)."
        ).format(hours=_h(f.figure)),
        "atw_avg_4w_55h": lambda: translate(
            "Law",
            "{hours} hours of work in the 4 weeks ending with this one: on average more than 55 a week, "
            "more than the 220 the law allows (ATW art. 5:7 lid 3).",
        ).format(hours=_h(f.figure)),
        "atw_avg_16w_48h": lambda: translate(
            "Law",
            "{hours} hours of work in the 16 weeks ending with this one: on average more than 48 a week, "
            "more than the 768 the law allows (ATW art. 5:7 lid 2 c).",
        ).format(hours=_h(f.figure)),
    }
    if f.code == "atw_daily_rest_8h":
        if f.figure < DAILY_REST_SHORT:
            return translate(
                "Law",
                "In the 24 hours from {start}, your first work that day, your longest rest was {rest} hours: less "
                "than the 8 the law ever allows (ATW art. 5:3 lid 2).",
            ).format(start=start, rest=_h(f.figure))
        return translate(
            "Law",
            "In the 24 hours from {start}, your first work that day, your longest rest was {rest} hours: a second "
            "shortened rest within 7 × 24 hours, which the law never allows (ATW art. 5:3 lid 2).",
        ).format(start=start, rest=_h(f.figure))
    if f.code in text:
        return text[f.code]()
    from .night_work import night_message

    return night_message(f, t)


def why(code: str) -> str:
    """How the app counts the rule behind ``code``: for a tooltip or a "why" link."""
    dienst = translate(
        "Law",
        "A dienst is work between two rests: entries with gaps under 8 hours (the shortest rest the law allows) "
        "belong to one dienst, so a dienst can cross midnight and one day can hold two. Times are real elapsed time "
        "in your time zone.",
    )
    texts = {
        "atw_shift_12h": dienst,
        "atw_pause_30m": translate(
            "Law",
            "A pause is a gap of at least 15 minutes inside a dienst; when it falls does not matter. "
            "A dienst is judged 8 hours after its last work, when nothing more can join it. A collective agreement "
            "may ask less, but never less than 15 minutes (art. 5:4 lid 3).",
        ),
        "atw_daily_rest_11h": translate(
            "Law",
            "Not a violation by itself: the law lets the daily rest be shortened to 8 hours once in 7 × 24 hours "
            "when the nature of the work or the circumstances require it. The app cannot know whether they did. "
            "The rest is looked for in the 24 hours from your first work of each day (art. 5:3 lid 3).",
        ),
        "atw_daily_rest_8h": translate(
            "Law",
            "The rest is looked for in the 24 hours from your first work of each day (art. 5:3 lid 3). Less than 8 "
            "hours, or a second shortened rest with both rests inside one period of 7 × 24 hours, is never allowed. "
            "A rest running on past those 24 hours counts only as far as it falls inside them. Periods that share 11 "
            "hours are one missing rest (one rest there would have served both), reported by the shortest.",
        ),
        "atw_weekly_rest": translate(
            "Law",
            "The rest is looked for in the 7 × 24 hours from your first work of each day (art. 5:5 lid 3), and else "
            "in the 14 × 24 hours from it; a period that reaches past now is not judged yet. A period that shares "
            "36 hours with the one last reported is the same missing rest and is not counted again.",
        ),
        "atw_week_60h": translate("Law", "A week runs from Monday 00:00 to Sunday 24:00."),
        "atw_avg_4w_55h": translate(
            "Law",
            "The average is taken over the weeks ending with this one, Monday to Sunday. Weeks before your first "
            "logged entry count as 0 hours, so an average is never overstated.",
        ),
    }
    texts["atw_pause_45m"] = texts["atw_pause_30m"]
    texts["atw_avg_16w_48h"] = texts["atw_avg_4w_55h"]
    texts["atw_avg_4w_55h"] += " " + translate(
        "Law", "A collective agreement may set this limit aside (art. 5:7 lid 4); the 48 of lid 2 it may not."
    )
    if code in texts:
        return texts[code]
    from .night_work import night_why

    return night_why(code)


def per_week(findings: Iterable[Finding], tz: ZoneInfo) -> dict[date, list[Finding]]:
    """Findings by the Monday of the local week their dienst (or window) starts in, oldest first."""
    weeks: dict[date, list[Finding]] = defaultdict(list)
    for f in sorted(findings, key=lambda f: (f.start, f.code)):
        weeks[week_start(local_of(f.start, tz).date())].append(f)
    return weeks


#: The order findings are listed in: hours before rests, rests before pauses.
ORDER = (
    "atw_shift_12h",
    "atw_night_dienst_12h",
    "atw_week_60h",
    "atw_avg_4w_55h",
    "atw_avg_16w_48h",
    "atw_night_avg_16w_40h",
    "atw_daily_rest_8h",
    "atw_night_rest_8h",
    "atw_night_rest_12h",
    "atw_weekly_rest",
    "atw_night_series_46h",
    "atw_pause_45m",
    "atw_pause_30m",
    "atw_night_long_14d",
    "atw_night_long_52w",
    "atw_night_row_7",
    "atw_night_count_16w",
    "atw_daily_rest_11h",
    "atw_night_rest_14h",
)


def warnings_of(findings: list[Finding], tz: ZoneInfo) -> list[Warning]:
    """One warning per rule: the first finding's sentence, and the other diensten it holds for named after it."""
    by_code: dict[str, list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (ORDER.index(f.code), f.start)):
        by_code.setdefault(_rule(f), []).append(f)
    out = []
    for rule, group in by_code.items():
        text = message(group[0], tz)
        if len(group) > 1:
            text += " " + translate("Law", "Also: {others}.").format(others="; ".join(when(f, tz) for f in group[1:]))
        out.append(Warning(group[0].code, text, True, group[0].article, why(group[0].code), group[0].is_note))
    return out


def _rule(f: Finding) -> str:
    """Findings of one code but different sentences (under 8 hours, a second shortening) stay apart."""
    if f.code == "atw_daily_rest_8h":
        return f.code + ("<8" if f.figure < DAILY_REST_SHORT else "second")
    return f.code
