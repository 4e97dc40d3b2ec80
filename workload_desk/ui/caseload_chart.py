"""The caseload chart: the last 12 months counted, the next 12 projected, against the target and the norm."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from ..core.dates import add_months
from ..core.i18n import format_date, format_hours, translate
from .charts import Chart, LegendEntry, Mark, month_name
from .theme import ChartColours


class CaseloadChart(Chart):
    """Lines for the caseload (solid up to today, dashed after), the schedule's target and the norm.

    ``points`` are (day, caseload, target, norm), as :func:`~workload_desk.core.say_no.caseload_series` gives them.
    """

    least_top = 10.0

    def __init__(self, points: list[tuple[date, float, float, float]], today: date) -> None:
        self.points = sorted(points)
        self.today = today
        self.title = (
            translate("CaseloadChart", "Caseload in measures: counted, and projected")
            if len(self._projected()) > 1
            else translate("CaseloadChart", "Caseload in measures")
        )
        self.unit = translate("CaseloadChart", "measures")

    def top(self) -> float:
        return max([max(p[1], p[2], p[3]) for p in self.points] + [0.0])

    def _counted(self):
        return [(p[0], p[1]) for p in self.points if p[0] <= self.today]

    def _projected(self):
        counted = self._counted()
        ahead = [(p[0], p[1]) for p in self.points if p[0] > self.today]
        return (counted[-1:] + ahead) if ahead else []

    def legend(self, colours: ChartColours) -> list[LegendEntry]:
        entries = [LegendEntry(translate("CaseloadChart", "Caseload"), colours.caseload, Mark.LINE)]
        if len(self._projected()) > 1:
            entries.append(
                LegendEntry(
                    translate("CaseloadChart", "Projected (no new cases)"),
                    colours.caseload,
                    Mark.LINE,
                    Qt.PenStyle.DashLine,
                )
            )
        entries.append(LegendEntry(translate("CaseloadChart", "Target"), colours.target, Mark.LINE))
        entries.append(LegendEntry(translate("CaseloadChart", "Norm"), colours.norm, Mark.LINE, Qt.PenStyle.DotLine))
        return entries

    def draw(self, painter: QPainter, plot: QRectF, y, colours: ChartColours, fm: QFontMetricsF) -> None:
        first, last = self.points[0][0], self.points[-1][0]
        span = max((last - first).days, 1)

        def x(day: date) -> float:
            return plot.left() + (day - first).days / span * plot.width()

        def line(values, colour, style, width) -> None:
            if len(values) < 2:
                return
            painter.setPen(QPen(colour, width, style, Qt.PenCapStyle.FlatCap))
            painter.drawPolyline([QPointF(x(d), y(v)) for d, v in values])

        painter.setBrush(Qt.BrushStyle.NoBrush)
        line([(p[0], p[3]) for p in self.points], colours.norm, Qt.PenStyle.DotLine, 2.5)
        line([(p[0], p[2]) for p in self.points], colours.target, Qt.PenStyle.SolidLine, 2)
        line(self._counted(), colours.caseload, Qt.PenStyle.SolidLine, 3)
        line(self._projected(), colours.caseload, Qt.PenStyle.DashLine, 2)
        self._line_names(painter, plot, y, colours, fm)
        self._months(painter, plot, first, last, x, colours, fm)

    def _line_names(self, painter: QPainter, plot: QRectF, y, colours: ChartColours, fm: QFontMetricsF) -> None:
        """The target's and the norm's names and values at the lines' right ends: on paper without colour too.

        The higher line's name goes above it, the lower one's below it where the two would touch.
        """
        end = self.points[-1]
        target, norm = translate("CaseloadChart", "Target"), translate("CaseloadChart", "Norm")
        names = sorted(
            [
                (end[2], target + " " + format_hours(end[2]), colours.target),
                (end[3], norm + " " + format_hours(end[3]), colours.norm),
            ],
            reverse=True,
        )
        close = abs(y(names[0][0]) - y(names[1][0])) < fm.height() * 1.1
        for n, (value, name, colour) in enumerate(names):
            below = n == 1 and close
            width = fm.horizontalAdvance(name) + fm.height() * 0.4
            box = QRectF(plot.right() - width, y(value) + (2 if below else -fm.height() - 2), width, fm.height())
            painter.fillRect(box, colours.background)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)

    def _months(self, painter: QPainter, plot: QRectF, first: date, last: date, x, colours, fm) -> None:
        months, day = [], first.replace(day=1)
        while day <= last:
            if day >= first:
                months.append(day)
            day = add_months(day, 1)
        if not months:
            return
        room = plot.width() / len(months)
        widest = max(fm.horizontalAdvance(f"{month_name(m.month)} {m.year}") for m in months) + fm.height()
        every = max(1, math.ceil(widest / room))
        painter.setPen(QPen(colours.text, 1))
        year = None
        for n, month in enumerate(months):
            painter.drawLine(QPointF(x(month), plot.bottom()), QPointF(x(month), plot.bottom() + fm.height() * 0.3))
            if n % every:
                continue
            label = month_name(month.month) + (f" {month.year}" if month.year != year else "")
            year = month.year
            left = min(max(x(month) - widest / 2, plot.left()), plot.right() - widest)  # the ends stay on the page
            painter.drawText(
                QRectF(left, plot.bottom() + 2, widest, fm.height() * 1.2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )

    def empty_text(self) -> str:
        if len(self.points) < 2:
            return translate("CaseloadChart", "Not enough weeks to draw.")
        if any(p[1] > 0 for p in self.points):
            return ""
        return translate(
            "CaseloadChart",
            "No measures to show yet. Add your cases and their measures in the Cases panel: your caseload "
            "then appears here against the target and the norm.",
        )

    def caption(self) -> str:
        """What the chart shows, in a sentence under it on paper."""
        return translate(
            "CaseloadChart",
            "The measures I carried each week from {first} to {last}, against the target of the reduction "
            "schedule and the norm for my contract. The scale starts at 0.",
        ).format(first=format_date(self.points[0][0]), last=format_date(self.points[-1][0]))

    def description(self) -> str:
        counted = self._counted()
        if not counted:
            return self.title
        now = next(p for p in reversed(self.points) if p[0] <= self.today)
        text = translate(
            "CaseloadChart", "On {day}: {load} measures, against a target of {target} and a norm of {norm}."
        ).format(
            day=format_date(now[0]), load=format_hours(now[1]), target=format_hours(now[2]), norm=format_hours(now[3])
        )
        start = counted[0]
        text += " " + translate("CaseloadChart", "On {day}: {load}.").format(
            day=format_date(start[0]), load=format_hours(start[1])
        )
        projected = self._projected()
        if len(projected) > 1:
            end = projected[-1]
            text += " " + translate("CaseloadChart", "Projected on {day}, with no new cases: {load}.").format(
                day=format_date(end[0]), load=format_hours(end[1])
            )
        return text


def caseload_chart(points, today: date) -> CaseloadChart:
    """The caseload chart of ``points`` (day, caseload, target, norm), counted up to ``today``."""
    return CaseloadChart(list(points), today)
