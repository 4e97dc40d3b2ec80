"""The chart of the weeks: hours stacked by kind of work, the contract as a line, weeks off hatched.

Drawn by :mod:`.charts`, the same in the window, on the statement and in a PNG.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from ..core.i18n import format_date, format_duration, translate
from ..core.model import TASK_KINDS, task_kind_name
from ..core.week import WeekHours
from .charts import Chart, LegendEntry, Mark, category_labels, hatch, month_name
from .theme import ChartColours

# More weeks than this are labelled by month, not one by one.
WEEKS_BY_MONTH = 16


def week_off(week: WeekHours) -> bool:
    """A whole week of days off (leave, sick, holidays): the contract asks no hours of it."""
    return week.contract_hours > 0 and week.expected_hours == 0


def minutes(hours: float) -> int:
    """Whole minutes of hours that were summed from whole minutes."""
    return round(hours * 60)


def contract_runs(weeks: list[WeekHours]) -> list[list[tuple[int, float]]]:
    """The contract line as runs of (week's index, expected hours): broken at weeks off and without contract."""
    runs: list[list[tuple[int, float]]] = []
    for i, week in enumerate(weeks):
        if week.expected_hours <= 0:
            continue
        if runs and runs[-1][-1][0] == i - 1:
            runs[-1].append((i, week.expected_hours))
        else:
            runs.append([(i, week.expected_hours)])
    return runs


def month_groups(weeks: list[WeekHours]) -> list[tuple[int, int, date]]:
    """Runs of weeks by the month their Thursday falls in (as ISO counts weeks): (first index, count, month)."""
    groups: list[tuple[int, int, date]] = []
    for i, week in enumerate(weeks):
        month = (week.monday + timedelta(days=3)).replace(day=1)
        if groups and groups[-1][2] == month:
            first, count, _ = groups[-1]
            groups[-1] = (first, count + 1, month)
        else:
            groups.append((i, 1, month))
    return groups


class WeekChart(Chart):
    """Stacked bars of hours by kind for each week, the hours the contract asks as a line."""

    def __init__(self, weeks: list[WeekHours], last: date | None = None) -> None:
        self.weeks = weeks
        self.last = last  # the last day counted (a statement's period can end inside its last week)
        self.title = translate("WeekChart", "Hours per week, by kind of work")
        self.unit = translate("WeekChart", "hours")
        self.kinds = [k for k in TASK_KINDS if any(k in w.by_task for w in weeks)]
        self.by_month = len(weeks) > WEEKS_BY_MONTH

    def top(self) -> float:
        return max([w.worked_hours for w in self.weeks] + [w.expected_hours for w in self.weeks] + [0.0])

    def legend(self, colours: ChartColours) -> list[LegendEntry]:
        entries = [LegendEntry(task_kind_name(k), colours.kinds[k]) for k in self.kinds]
        entries.append(
            LegendEntry(translate("WeekChart", "Contract"), colours.contract, Mark.LINE, Qt.PenStyle.DashLine)
        )
        if any(week_off(w) for w in self.weeks):
            entries.append(LegendEntry(translate("WeekChart", "Week off"), colours.leave, Mark.HATCH))
        return entries

    def draw(self, painter: QPainter, plot: QRectF, y, colours: ChartColours, fm: QFontMetricsF) -> None:
        if not self.weeks:
            return
        slot = plot.width() / len(self.weeks)
        bar = slot * (0.8 if self.by_month else 0.6)
        for i, week in enumerate(self.weeks):
            left = plot.left() + i * slot + (slot - bar) / 2
            if week_off(week):
                hatch(painter, QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()), colours.leave)
            level = 0.0
            for kind in self.kinds:
                hours = week.by_task.get(kind, 0.0)
                if hours <= 0:
                    continue
                painter.setPen(QPen(colours.background, 0.5))
                painter.setBrush(colours.kinds[kind])
                painter.drawRect(QRectF(left, y(level + hours), bar, y(level) - y(level + hours)))
                level += hours
        painter.setPen(QPen(colours.contract, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for run in contract_runs(self.weeks):
            points = []
            for i, hours in run:
                points += [QPointF(plot.left() + i * slot, y(hours)), QPointF(plot.left() + (i + 1) * slot, y(hours))]
            painter.drawPolyline(points)
        self._labels(painter, plot, colours, fm)

    def week_labels(self, width: float, fm: QFontMetricsF) -> list[str]:
        """The weeks under the bars in plain words, the longest that fits each bar: ``week 38``, else
        ``wk 38``, else ``38`` (never an ISO code like ``W38``)."""
        numbers = [w.monday.isocalendar()[1] for w in self.weeks]
        slot = width / max(1, len(numbers))
        forms = (translate("WeekChart", "week {week}"), translate("WeekChart", "wk {week}"), "{week}")
        for form in forms:
            labels = [form.format(week=n) for n in numbers]
            if max((fm.horizontalAdvance(t) for t in labels), default=0) + fm.horizontalAdvance("  ") <= slot:
                return labels
        return labels

    def _labels(self, painter: QPainter, plot: QRectF, colours: ChartColours, fm: QFontMetricsF) -> None:
        if not self.by_month:
            category_labels(painter, plot, self.week_labels(plot.width(), fm), fm, colours.text)
            return
        slot = plot.width() / len(self.weeks)
        painter.setPen(QPen(colours.text, 1))
        for first, _, _ in month_groups(self.weeks):
            left = plot.left() + first * slot
            painter.drawLine(QPointF(left, plot.bottom()), QPointF(left, plot.bottom() + fm.height() * 0.4))
        for box, label in self.month_labels(plot, fm):
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    def month_labels(self, plot: QRectF, fm: QFontMetricsF) -> list[tuple[QRectF, str]]:
        """Where each month's name goes under the bars (with the year where it changes), as near its weeks as
        there is room: it may reach past a short month's edge and into the chart's right margin, never over the
        next label nor left of the plot (where the value axis's "0" is). A month without room is left out: a
        name is never cut to a letter."""
        slot = plot.width() / len(self.weeks)
        # A box is its label with a space each side: its letters start a space clear of the plot's left edge
        # and end inside the margin that paint_chart leaves right of the plot (two "0"s wide).
        year, free, right = None, plot.left(), plot.right() + fm.horizontalAdvance("0") * 2
        labels = []
        for first, count, month in month_groups(self.weeks):
            name = month_name(month.month)
            centre = plot.left() + (first + count / 2) * slot
            for label in [f"{name} {month.year}", str(month.year)] if month.year != year else [name]:
                width = fm.horizontalAdvance(label + "  ")  # a space each side: names never touch
                x = min(max(centre - width / 2, free), right - width)
                if x >= free and abs(x + width / 2 - centre) <= width * 0.75:  # still under its month
                    labels.append((QRectF(x, plot.bottom() + 2, width, fm.height() * 1.2), label))
                    free, year = x + width, month.year
                    break
        return labels

    def empty_text(self) -> str:
        if any(h > 0 for w in self.weeks for h in w.by_task.values()):
            return ""
        return translate(
            "WeekChart",
            "No hours to show yet. Start the timer (Ctrl+T) or add time worked in the Time panel: "
            "each week's hours appear here, by kind of work.",
        )

    def caption(self) -> str:
        """What the chart shows, in a sentence under it on paper."""
        if not self.weeks:
            return ""
        if any(week_off(w) for w in self.weeks):  # the hatching is explained only where the chart has it
            text = translate(
                "WeekChart",
                "My hours in each week from {first} to {last}, by kind of work; the dashed line is what my contract "
                "asks, a hatched week was a week off.",
            )
        else:
            text = translate(
                "WeekChart",
                "My hours in each week from {first} to {last}, by kind of work; the dashed line is what my contract "
                "asks.",
            )
        return text.format(first=format_date(self.weeks[0].monday), last=format_date(self._last_day()))

    def _last_day(self) -> date:
        sunday = self.weeks[-1].monday + timedelta(days=6)
        return sunday if self.last is None else min(sunday, self.last)

    def description(self) -> str:
        if not self.weeks:
            return self.title
        worked = sum(minutes(h) for w in self.weeks for h in w.by_task.values())
        expected = sum(minutes(w.expected_hours) for w in self.weeks)
        leave = sum(1 for w in self.weeks if week_off(w))
        text = translate(
            "WeekChart", "{count} weeks from {first} to {last}: {worked} worked against {expected} in the contract."
        ).format(
            count=len(self.weeks),
            first=format_date(self.weeks[0].monday),
            last=format_date(self.weeks[-1].monday + timedelta(days=6)),
            worked=format_duration(worked),
            expected=format_duration(expected),
        )
        if leave:
            text += " " + translate("WeekChart", "Weeks off: {count}.").format(count=leave)
        weeks = []
        for w in self.weeks:
            number = w.monday.isocalendar()[1]
            if week_off(w):
                weeks.append(translate("WeekChart", "week {week}: off").format(week=number))
            else:
                weeks.append(
                    translate("WeekChart", "week {week}: {worked} of {expected}").format(
                        week=number,
                        worked=format_duration(sum(minutes(h) for h in w.by_task.values())),
                        expected=format_duration(minutes(w.expected_hours)),
                    )
                )
        return text + " " + "; ".join(weeks) + "."


def week_chart(weeks: list[WeekHours], last: date | None = None) -> WeekChart:
    """The chart of ``weeks`` (hours by kind, the contract, leave), counted up to ``last`` when given."""
    return WeekChart(weeks, last)
