"""What the tables of the Time panel show: entries, days, kinds of work, the weeks of a month.

Hours a person reads are hours and minutes (``8:24``): every row holds whole minutes, and every
total is the sum of the minutes of the rows above it, formatted once, so a total always equals
what its rows add up to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ..core import i18n
from ..core.i18n import format_date, format_day_span, format_duration
from ..core.model import TimeEntry, task_kind_name
from ..core.week import Warning, WeekReport
from .table_model import Column


def hours_text(hours: float) -> str:
    """Hours counted from whole minutes (``minutes / 60``) as hours and minutes: ``8:24``."""
    return format_duration(round(hours * 60))


def running_minutes(entry: TimeEntry, now_utc: datetime | None = None) -> int:
    """The whole real minutes a running timer has run so far."""
    now_utc = now_utc or datetime.now(UTC).replace(tzinfo=None)
    return max(0, int((now_utc - entry.start_utc) // timedelta(minutes=1)))


def signed_duration(minutes: int) -> str:
    """A difference in hours and minutes, with its sign: ``+1:30``, ``-7:12``, ``0:00``."""
    return ("+" if minutes > 0 else "") + format_duration(minutes)


def week_totals_text(report: WeekReport) -> str:
    """The Week tab's totals: worked against the contract, extra hours, overtime and the running balance
    (or, while nothing is logged, that there is none yet)."""
    text = QCoreApplication.translate(
        "TimePanel",
        "Worked {worked} of {expected} hours. Extra hours {extra}, overtime {overtime}, compensable {compensable}.",
    ).format(
        worked=format_duration(report.worked_minutes),
        expected=hours_text(report.expected_hours),
        extra=hours_text(report.extra_hours),
        overtime=hours_text(report.overtime_hours),
        compensable=hours_text(report.compensable),
    )
    if report.balance_since is None:
        return (
            text
            + " "
            + QCoreApplication.translate(
                "TimePanel", "No balance yet: it starts on the Monday of the week of your first entry."
            )
        )
    return (
        text
        + " "
        + QCoreApplication.translate("TimePanel", "Balance since {since}: {balance}.").format(
            since=format_date(report.balance_since), balance=signed_duration(round((report.balance_hours or 0.0) * 60))
        )
    )


def _locale() -> QLocale:
    """The window's language as a locale, for the names of months."""
    if i18n.language() == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def month_name(month: int) -> str:
    """The month's name in the window's language, as it stands in a date: ``november``, ``November``."""
    return _locale().monthName(month, QLocale.FormatType.LongFormat)


def week_days_text(monday: date) -> str:
    """The days of a week in words: ``23–29 november 2026``, ``30 november – 6 december 2026``,
    ``28 december 2026 – 3 januari 2027``."""
    sunday = monday + timedelta(days=6)
    last = f"{sunday.day} {month_name(sunday.month)} {sunday.year}"
    if monday.month == sunday.month:
        return f"{monday.day}–{last}"
    if monday.year == sunday.year:
        return f"{monday.day} {month_name(monday.month)} – {last}"
    return f"{monday.day} {month_name(monday.month)} {monday.year} – {last}"


def day_text(e: TimeEntry) -> str:
    """The day of an entry; an entry across midnight names both days, so its From and Until read right."""
    last = (e.end - timedelta(microseconds=1)).date() if e.end is not None else e.start.date()  # 24:00 ends a day
    if last > e.start.date():
        return format_day_span(e.start.date(), last)
    return format_date(e.start.date())


def entry_columns(labels: dict[int, str], minutes: dict[int, int], whole: dict[int, int]) -> list[Column]:
    """The week's entries; ``labels`` names the cases, ``minutes`` holds each entry's minutes in the week
    shown (a running timer's up to now) and ``whole`` the full length of an entry that reaches past the week."""

    def tooltip(e: TimeEntry) -> str:
        if e.id in whole:
            return QCoreApplication.translate("TimeColumns", "{whole} in all, {part} in this week.").format(
                whole=format_duration(whole[e.id]), part=format_duration(minutes.get(e.id, 0))
            )
        return QCoreApplication.translate("TimeColumns", "Running: counted up to now.") if e.end is None else ""

    return [
        Column(
            QT_TRANSLATE_NOOP("TimeColumns", "Day"),
            day_text,
            lambda e: e.start.isoformat(),
        ),
        Column(QT_TRANSLATE_NOOP("TimeColumns", "From"), lambda e: f"{e.start:%H:%M}", lambda e: e.start.isoformat()),
        Column(
            QT_TRANSLATE_NOOP("TimeColumns", "Until"),
            lambda e: f"{e.end:%H:%M}" if e.end else QCoreApplication.translate("TimeColumns", "running"),
            lambda e: e.end.isoformat() if e.end else "9",
            marked=lambda e: e.end is None,
        ),
        Column(
            QT_TRANSLATE_NOOP("TimeColumns", "Hours"),
            lambda e: format_duration(minutes.get(e.id, 0)),
            lambda e: minutes.get(e.id, 0),
            True,
            tooltip=tooltip,
        ),
        Column(QT_TRANSLATE_NOOP("TimeColumns", "Work"), lambda e: task_kind_name(e.task_kind), lambda e: e.task_kind),
        Column(QT_TRANSLATE_NOOP("TimeColumns", "Case"), lambda e: labels.get(e.case_id, "")),
        Column(QT_TRANSLATE_NOOP("TimeColumns", "Note"), lambda e: e.note),
    ]


@dataclass(frozen=True)
class Line:
    """A name and its minutes: a day, a kind of work, or (``total``) the sum of the lines above it."""

    id: object
    name: str
    minutes: int
    total: bool = False


def with_total(lines: list[Line]) -> list[Line]:
    """``lines`` and under them a line with the sum of their minutes."""
    return [
        *lines,
        Line("total", QCoreApplication.translate("TimeColumns", "Total"), sum(line.minutes for line in lines), True),
    ]


LINE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("TimeColumns", "What"), lambda r: r.name, lambda r: str(r.id), strong=lambda r: r.total),
    Column(
        QT_TRANSLATE_NOOP("TimeColumns", "Hours"),
        lambda r: format_duration(r.minutes),
        lambda r: r.minutes,
        True,
        strong=lambda r: r.total,
    ),
]


@dataclass(frozen=True)
class MonthWeek:
    """One week in the month view, in whole minutes; ``id`` is its Monday, None on the total line.

    ``owed`` is what the week expected up to now as the balance counts it
    (:func:`~workload_desk.core.balance.expected_to_date`), from ``counted_from`` on; ``expected`` is
    the whole week's contract. A week the balance does not count (``counted_from`` None: a week to
    come, or one before the balance starts) shows no difference and is not in the total.
    """

    id: date | None
    week: str
    worked: int
    expected: int
    owed: int
    to_come: bool = False
    warnings: tuple[Warning, ...] = ()
    counted_from: date | None = None
    #: The day the balance starts (None while nothing is logged): said in the tooltips.
    since: date | None = None

    @property
    def counted(self) -> bool:
        """Whether the balance counts (part of) this week: its difference is shown and in the total."""
        return self.total or self.counted_from is not None

    @property
    def difference(self) -> int | None:
        """Worked minus the contract so far, as shown in the row; None for a week not counted."""
        return self.worked - self.owed if self.counted else None

    @property
    def total(self) -> bool:
        return self.id is None


def month_total(weeks: list[MonthWeek]) -> MonthWeek:
    """The total line: each column the sum of the weeks it counts (the weeks in italics add nothing)."""
    counted = [w for w in weeks if w.counted]
    return MonthWeek(
        None,
        QCoreApplication.translate("TimeColumns", "Total up to now"),
        sum(w.worked for w in counted),
        sum(w.expected for w in counted),
        sum(w.owed for w in counted),
    )


def _contract_text(w: MonthWeek) -> str:
    if w.counted:
        return format_duration(w.owed)
    return format_duration(w.expected) if w.to_come else ""


def _contract_tip(w: MonthWeek) -> str:
    if w.total:
        return QCoreApplication.translate(
            "TimeColumns", "The sum of the weeks above that count; the weeks in italics are not in it."
        )
    if w.to_come:
        return QCoreApplication.translate(
            "TimeColumns", "A week to come: {expected} in the contract, not counted yet."
        ).format(expected=format_duration(w.expected))
    if w.since is None:
        return QCoreApplication.translate(
            "TimeColumns", "Nothing logged yet: the balance starts on the Monday of the week of your first entry."
        )
    if not w.counted:
        return QCoreApplication.translate("TimeColumns", "Before the balance starts on {day}: not counted.").format(
            day=format_date(w.since)
        )
    tip = ""
    if w.owed != w.expected:
        tip = QCoreApplication.translate("TimeColumns", "{owed} so far of {expected} this week.").format(
            owed=format_duration(w.owed), expected=format_duration(w.expected)
        )
    if w.counted_from and w.id and w.counted_from > w.id:
        tip += " " + QCoreApplication.translate(
            "TimeColumns", "Counted from {day}, the day the balance starts."
        ).format(day=format_date(w.counted_from))
    return tip.strip()


def _difference_tip(w: MonthWeek) -> str:
    if w.counted:
        return ""
    return _contract_tip(w)


def _warnings_text(w: MonthWeek) -> str:
    if not w.warnings:
        return ""
    worst = min(w.warnings, key=lambda x: x.weight)
    more = len(w.warnings) - 1
    return worst.message + (
        " " + QCoreApplication.translate("TimeColumns", "(+{count} more)").format(count=more) if more else ""
    )


def _warnings_icon(w: MonthWeek):
    if not w.warnings:
        return None
    from PySide6.QtWidgets import QApplication, QStyle  # here: the Cases panel, shown first, needs none (11 enums)

    legal = any(x.weight == 0 for x in w.warnings)
    pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical if legal else QStyle.StandardPixmap.SP_MessageBoxWarning
    return QApplication.style().standardIcon(pixmap)


MONTH_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("TimeColumns", "Week"),
        lambda w: w.week,
        lambda w: w.id.toordinal() if w.id else 10**7,
        strong=lambda w: w.total,
        muted=lambda w: not w.counted,
    ),
    Column(
        QT_TRANSLATE_NOOP("TimeColumns", "From"),
        lambda w: format_date(w.id) if w.id else "",
        lambda w: w.id.toordinal() if w.id else 10**7,
        muted=lambda w: not w.counted,
    ),
    Column(
        QT_TRANSLATE_NOOP("TimeColumns", "Worked"),
        lambda w: "" if w.to_come else format_duration(w.worked),
        lambda w: w.worked,
        True,
        strong=lambda w: w.total,
        muted=lambda w: not w.counted,
    ),
    Column(
        QT_TRANSLATE_NOOP("TimeColumns", "Contract"),
        _contract_text,
        lambda w: w.owed if w.counted else w.expected,
        True,
        tooltip=_contract_tip,
        strong=lambda w: w.total,
        muted=lambda w: not w.counted,
    ),
    Column(
        QT_TRANSLATE_NOOP("TimeColumns", "Difference"),
        lambda w: "" if w.difference is None else signed_duration(w.difference),
        lambda w: w.difference,
        True,
        marked=lambda w: (w.difference or 0) > 0,
        tooltip=_difference_tip,
        strong=lambda w: w.total,
    ),
    Column(
        QT_TRANSLATE_NOOP("TimeColumns", "Warnings"),
        _warnings_text,
        lambda w: len(w.warnings),
        tooltip=lambda w: "\n".join(x.message for x in sorted(w.warnings, key=lambda x: x.weight)),
        icon=_warnings_icon,
    ),
]
