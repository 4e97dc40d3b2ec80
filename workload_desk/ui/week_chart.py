"""The chart of the last weeks: hours stacked by kind of work, the contract as a line.

Imported when first shown (QtCharts is heavy), and rendered to an image for the statement.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from ..core.i18n import translate
from ..core.model import TASK_KINDS, task_kind_name
from ..core.week import WeekHours

# One colour per kind of work, the same in the window and on paper.
COLOURS = {
    "court": "#c0392b",
    "redaction": "#8e44ad",
    "care-search": "#d35400",
    "visit": "#2980b9",
    "report": "#16a085",
    "consult": "#27ae60",
    "travel": "#7f8c8d",
    "admin": "#2c3e50",
    "other": "#bdc3c7",
}


def week_chart(weeks: list[WeekHours]) -> QChart:
    """Stacked bars of hours by kind for each week, with the contract as a line."""
    chart = QChart()
    chart.setTitle(translate("WeekChart", "Hours per week, by kind of work"))
    bars = QStackedBarSeries()
    for kind in TASK_KINDS:
        if not any(kind in w.by_task for w in weeks):
            continue
        bar_set = QBarSet(task_kind_name(kind))
        bar_set.setColor(QColor(COLOURS[kind]))
        bar_set.setBorderColor(QColor(COLOURS[kind]))
        for w in weeks:
            bar_set.append(w.by_task.get(kind, 0.0))
        bars.append(bar_set)
    chart.addSeries(bars)
    contract = QLineSeries()
    contract.setName(translate("WeekChart", "Contract"))
    contract.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DashLine))
    for i, w in enumerate(weeks):
        contract.append(QPointF(i, w.expected_hours))
    chart.addSeries(contract)
    axis_x = QBarCategoryAxis()
    axis_x.append([f"W{w.monday.isocalendar()[1]:02d}" for w in weeks])
    top = max([w.worked_hours for w in weeks] + [w.expected_hours for w in weeks] + [10.0])
    axis_y = QValueAxis()
    ceiling = (int(top) // 10 + 1) * 10
    axis_y.setRange(0, ceiling)
    axis_y.setTickCount(ceiling // 10 + 1)
    axis_y.setLabelFormat("%d")
    axis_y.setTitleText(translate("WeekChart", "hours"))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for series in (bars, contract):
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def chart_view(chart: QChart) -> QChartView:
    """A view that draws the chart smoothly."""
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view


def chart_image(chart: QChart, size: QSize) -> QImage:
    """The chart drawn on a white image of ``size``, for print."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), QRectF(0, 0, size.width(), size.height()))
    painter.end()
    scene.removeItem(chart)
    return image
