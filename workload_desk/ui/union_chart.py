"""The union summary's chart: the spread of caseload per FTE each month, against the norm."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBoxPlotSeries, QBoxSet, QChart, QLineSeries, QValueAxis
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPen

from ..core.i18n import translate

SIZE = QSize(1200, 600)


def union_chart(rows: list[dict]) -> QChart:
    """A box per month (quartiles and median of caseload per FTE) and the median norm as a line.

    Months with fewer than five respondents have no box: they are suppressed in the summary too.
    """
    shown = [r for r in rows if r["caseload_per_fte_median"] != ""]  # months with quartiles published
    chart = QChart()
    chart.setTitle(translate("UnionChart", "Caseload per FTE: quartiles and median per month, against the norm"))
    boxes = QBoxPlotSeries()
    boxes.setName(translate("UnionChart", "Caseload per FTE (middle half)"))
    boxes.setBrush(QColor("#9cc3d5"))
    norm = QLineSeries()
    norm.setName(translate("UnionChart", "Norm per FTE"))
    norm.setPen(QPen(QColor("#1e7b34"), 2, Qt.PenStyle.DashLine))
    for i, r in enumerate(shown):
        q1, median, q3 = r["caseload_per_fte_q1"], r["caseload_per_fte_median"], r["caseload_per_fte_q3"]
        # The whiskers stop at the quartiles: an extreme would be one person's figure.
        boxes.append(QBoxSet(q1, q1, median, q3, q3, r["month"]))
        norm.append(QPointF(i, r["norm_per_fte_median"]))
    chart.addSeries(boxes)
    chart.addSeries(norm)
    axis_x = QBarCategoryAxis()
    axis_x.append([r["month"] for r in shown])
    top = max([r["caseload_per_fte_q3"] for r in shown] + [15])
    axis_y = QValueAxis()
    ceiling = (int(top) // 5 + 1) * 5
    axis_y.setRange(0, ceiling)
    axis_y.setTickCount(ceiling // 5 + 1)
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for series in (boxes, norm):
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def write_union_chart(rows: list[dict], path: str) -> None:
    """Draw the chart to a PNG file (works without a screen)."""
    from ..core.files import write_private
    from .statement_pdf import ensure_application
    from .week_chart import chart_image

    ensure_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = chart_image(union_chart(rows), SIZE)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    write_private(path, bytes(data))
