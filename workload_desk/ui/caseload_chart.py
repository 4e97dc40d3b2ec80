"""The caseload chart: the last 12 months counted, the next 12 projected, against the target and the norm."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCharts import QChart, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor, QPen

from ..core.i18n import translate


def _ms(day: date) -> float:
    return QDateTime(datetime.combine(day, datetime.min.time())).toMSecsSinceEpoch()


def caseload_chart(points, today: date) -> QChart:
    """Lines for the caseload (solid up to today, dashed after), the schedule's target and the norm."""
    chart = QChart()
    chart.setTitle(translate("CaseloadChart", "Caseload in measures: counted, and projected"))
    counted, projected, target, norm = (QLineSeries() for _ in range(4))
    counted.setName(translate("CaseloadChart", "Caseload"))
    projected.setName(translate("CaseloadChart", "Projected (no new cases)"))
    target.setName(translate("CaseloadChart", "Target"))
    norm.setName(translate("CaseloadChart", "Norm"))
    for day, load, goal, responsible in points:
        x = _ms(day)
        if day <= today:
            counted.append(x, load)
        if day >= today:
            projected.append(x, load)
        target.append(x, goal)
        norm.append(x, responsible)
    if counted.count():
        projected.insert(0, counted.at(counted.count() - 1))
    styles = (
        (counted, "#2f6f8f", Qt.PenStyle.SolidLine, 3),
        (projected, "#2f6f8f", Qt.PenStyle.DashLine, 2),
        (target, "#e4572e", Qt.PenStyle.SolidLine, 2),
        (norm, "#1e7b34", Qt.PenStyle.DotLine, 2),
    )
    axis_x = QDateTimeAxis()
    axis_x.setFormat("MM-yyyy")
    axis_x.setTickCount(7)
    top = max([p[1] for p in points] + [p[2] for p in points] + [10])
    axis_x.setRange(
        QDateTime(datetime.combine(points[0][0], datetime.min.time())),
        QDateTime(datetime.combine(points[-1][0], datetime.min.time())),
    )
    axis_y = QValueAxis()
    ceiling = (int(top) // 5 + 1) * 5
    axis_y.setRange(0, ceiling)
    axis_y.setTickCount(ceiling // 5 + 1)
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for series, colour, style, width in styles:
        if series.count() < 2:
            continue  # nothing to draw (no projection on a statement of the past)
        series.setPen(QPen(QColor(colour), width, style))
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart
