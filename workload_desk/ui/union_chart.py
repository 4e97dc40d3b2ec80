"""The union summary's chart: the spread of caseload per FTE each month, against the norm."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from ..core.i18n import format_hours, translate
from .charts import Chart, LegendEntry, Mark, category_labels
from .theme import ChartColours

SIZE = QSize(1200, 600)


class UnionChart(Chart):
    """A box per month (quartiles and median of caseload per FTE) and the median norm as a line.

    Months with fewer than five respondents have no box: they are suppressed in the summary too.
    The whiskers stop at the quartiles: an extreme would be one person's figure.
    """

    least_top = 15.0

    def __init__(self, rows: list[dict]) -> None:
        self.rows = [r for r in rows if r["caseload_per_fte_median"] != ""]  # months with quartiles published
        self.title = translate("UnionChart", "Caseload per FTE: quartiles and median per month, against the norm")
        self.unit = translate("UnionChart", "measures per FTE")

    def top(self) -> float:
        return max(
            [_value(r, "caseload_per_fte_q3") or _value(r, "caseload_per_fte_median") for r in self.rows] + [0.0]
        )

    def legend(self, colours: ChartColours) -> list[LegendEntry]:
        return [
            LegendEntry(translate("UnionChart", "Caseload per FTE (middle half)"), colours.box),
            LegendEntry(translate("UnionChart", "Median"), colours.text, Mark.LINE),
            LegendEntry(translate("UnionChart", "Norm per FTE"), colours.norm, Mark.LINE, Qt.PenStyle.DashLine),
        ]

    def draw(self, painter: QPainter, plot: QRectF, y, colours: ChartColours, fm: QFontMetricsF) -> None:
        slot = plot.width() / len(self.rows)
        width = slot * 0.5
        norm = []
        for i, r in enumerate(self.rows):
            left = plot.left() + i * slot + (slot - width) / 2
            q1, median, q3 = (_value(r, f"caseload_per_fte_{k}") for k in ("q1", "median", "q3"))
            if q1 is not None and q3 is not None:  # a few respondents: the median alone, no quartiles
                painter.setPen(QPen(colours.box_edge, 1.5))
                painter.setBrush(colours.box)
                painter.drawRect(QRectF(left, y(q3), width, y(q1) - y(q3)))
            painter.setPen(QPen(colours.text, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawLine(QPointF(left, y(median)), QPointF(left + width, y(median)))
            norm.append(QPointF(plot.left() + (i + 0.5) * slot, y(_value(r, "norm_per_fte_median") or 0.0)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colours.norm, 2.5, Qt.PenStyle.DashLine))
        if len(norm) > 1:
            painter.drawPolyline(norm)
        else:
            painter.drawLine(norm[0] - QPointF(slot / 2, 0), norm[0] + QPointF(slot / 2, 0))
        category_labels(painter, plot, [str(r["month"]) for r in self.rows], fm, colours.text)

    def empty_text(self) -> str:
        return "" if self.rows else translate("UnionChart", "No month has enough respondents to show.")

    def description(self) -> str:
        if not self.rows:
            return self.empty_text()
        return "; ".join(self._month_text(r) for r in self.rows) + "."

    @staticmethod
    def _month_text(r: dict) -> str:
        figures = {k: _value(r, k) for k in ("caseload_per_fte_q1", "caseload_per_fte_median", "caseload_per_fte_q3")}
        median = format_hours(figures["caseload_per_fte_median"])
        norm = format_hours(_value(r, "norm_per_fte_median") or 0.0)
        if figures["caseload_per_fte_q1"] is None or figures["caseload_per_fte_q3"] is None:
            return translate("UnionChart", "{month}: median {median}, norm {norm}").format(
                month=r["month"], median=median, norm=norm
            )
        return translate("UnionChart", "{month}: median {median}, middle half {q1} to {q3}, norm {norm}").format(
            month=r["month"],
            median=median,
            q1=format_hours(figures["caseload_per_fte_q1"]),
            q3=format_hours(figures["caseload_per_fte_q3"]),
            norm=norm,
        )


def _value(row: dict, key: str) -> float | None:
    """A figure of the summary, or None where it is not published (an empty cell)."""
    value = row.get(key, "")
    return None if value == "" or value is None else float(value)


def union_chart(rows: list[dict]) -> UnionChart:
    """The chart of the summary's ``rows``."""
    return UnionChart(rows)


def write_union_chart(rows: list[dict], path: str) -> None:
    """Draw the chart to a PNG file, dark on white (works without a screen)."""
    from ..core.files import write_private
    from .charts import chart_image, png_bytes
    from .statement_pdf import ensure_application

    ensure_application()
    write_private(path, png_bytes(chart_image(union_chart(rows), SIZE, scale=1.0)))
