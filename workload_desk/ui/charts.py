"""The charts, drawn with QPainter: one code path for the window, the statement's PDF and a PNG.

A chart (:class:`Chart`) says what to draw inside its plot; this module draws the frame around it:
the title, the value axis with its grid, the labels under the plot and a legend that wraps instead of
cutting words off. :class:`ChartView` paints it in the window in the palette's colours; on paper
(:func:`chart_image`) it is always dark on white.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.i18n import QT_TRANSLATE_NOOP, format_hours, translate
from .theme import ChartColours, chart_colours, paper_chart_colours

# On paper, text is drawn this many pixels high in the chart's own units (see statement_pdf.CHART_SIZE).
PAPER_TEXT_PX = 17
PAD = 8

MONTHS = (
    QT_TRANSLATE_NOOP("Charts", "Jan"),
    QT_TRANSLATE_NOOP("Charts", "Feb"),
    QT_TRANSLATE_NOOP("Charts", "Mar"),
    QT_TRANSLATE_NOOP("Charts", "Apr"),
    QT_TRANSLATE_NOOP("Charts", "May"),
    QT_TRANSLATE_NOOP("Charts", "Jun"),
    QT_TRANSLATE_NOOP("Charts", "Jul"),
    QT_TRANSLATE_NOOP("Charts", "Aug"),
    QT_TRANSLATE_NOOP("Charts", "Sep"),
    QT_TRANSLATE_NOOP("Charts", "Oct"),
    QT_TRANSLATE_NOOP("Charts", "Nov"),
    QT_TRANSLATE_NOOP("Charts", "Dec"),
)


def month_name(month: int) -> str:
    """The short name of a month (1-12) in the current language."""
    return translate("Charts", MONTHS[month - 1])


class Mark(Enum):
    """How a legend entry shows its series."""

    BOX = "box"
    LINE = "line"
    HATCH = "hatch"


@dataclass(frozen=True)
class LegendEntry:
    """One line of the legend: a label and how its series looks."""

    label: str
    colour: QColor
    mark: Mark = Mark.BOX
    style: Qt.PenStyle = Qt.PenStyle.SolidLine


@dataclass(frozen=True)
class LegendItem:
    """Where a legend entry lands: its swatch and its text."""

    entry: LegendEntry
    swatch: QRectF
    text: QRectF


class Chart:
    """What one chart draws; the frame around it is :func:`paint_chart`'s."""

    title: str = ""
    #: The value axis: its unit, and the least top it shows.
    unit: str = ""
    least_top: float = 10.0

    def top(self) -> float:
        """The highest value drawn."""
        raise NotImplementedError

    def legend(self, colours: ChartColours) -> list[LegendEntry]:
        """The legend's entries, in ``colours``."""
        raise NotImplementedError

    def draw(
        self, painter: QPainter, plot: QRectF, y: Callable[[float], float], colours: ChartColours, fm: QFontMetricsF
    ) -> None:
        """Draw the series in ``plot``; ``y(value)`` is a value's height on the page. Labels go under ``plot``."""
        raise NotImplementedError

    def description(self) -> str:
        """What the chart shows, in words: for a screen reader."""
        raise NotImplementedError

    def empty_text(self) -> str:
        """While there is nothing to draw: what to do to see something (drawn instead of empty axes); else ""."""
        return ""


def nice_step(top: float, ticks: int = 6) -> float:
    """A round step (1, 2 or 5 times a power of ten) that divides 0..``top`` in about ``ticks`` parts."""
    raw = max(top, 1e-9) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def legend_layout(entries: list[LegendEntry], fm: QFontMetricsF, width: float, top: float = 0) -> list[LegendItem]:
    """Lay the legend out in rows of ``width``, wrapping between entries: no label is cut off.

    A label wider than the whole row (only in a very narrow window) keeps a row of its own.
    """
    swatch_w, gap, spacing, line = fm.height() * 1.4, fm.height() * 0.4, fm.height() * 1.2, fm.height() * 1.3
    width -= fm.height()  # half a line clear of each edge
    rows: list[list[tuple[LegendEntry, float]]] = [[]]
    used = 0.0
    for entry in entries:
        need = swatch_w + gap + fm.horizontalAdvance(entry.label) + fm.height() * 0.2  # drawn a little wider
        if rows[-1] and used + spacing + need > width:
            rows.append([])
            used = 0.0
        used += (spacing if rows[-1] else 0) + need
        rows[-1].append((entry, need))
    items = []
    for r, row in enumerate(rows):
        total = sum(need for _, need in row) + spacing * (len(row) - 1)
        x = fm.height() / 2 + max(0.0, (width - total) / 2)
        y = top + r * line
        for entry, need in row:
            swatch = QRectF(x, y + (line - fm.height() * 0.7) / 2, swatch_w, fm.height() * 0.7)
            text = QRectF(x + swatch_w + gap, y, need - swatch_w - gap, line)
            items.append(LegendItem(entry, swatch, text))
            x += need + spacing
    return items


def legend_height(items: list[LegendItem], top: float = 0) -> float:
    """How tall the laid-out legend is."""
    return max((i.text.bottom() for i in items), default=top) - top


def paint_chart(painter: QPainter, rect: QRectF, chart: Chart, colours: ChartColours, font: QFont) -> None:
    """Draw ``chart`` in ``rect``: background, title, value axis and grid, the chart's own drawing, the legend."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, colours.background)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    bold = QFont(font)
    bold.setBold(True)
    inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
    painter.setPen(colours.text)
    painter.setFont(bold)
    title_h = QFontMetricsF(bold).boundingRect(inner, Qt.TextFlag.TextWordWrap, chart.title).height()
    painter.drawText(
        QRectF(inner.left(), inner.top(), inner.width(), title_h),
        Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
        chart.title,
    )
    painter.setFont(font)
    empty = chart.empty_text()
    if empty:  # a sentence, not axes over nothing
        no_data(painter, inner.adjusted(PAD * 3, title_h + PAD, -PAD * 3, 0), empty, colours.text)
        painter.restore()
        return
    items = legend_layout(chart.legend(colours), fm, inner.width())
    legend_h = legend_height(items)
    top = max(chart.top(), chart.least_top)
    step = nice_step(top)
    ceiling = math.ceil(top / step) * step
    if ceiling <= top:
        ceiling += step
    ticks = [i * step for i in range(int(round(ceiling / step)) + 1)]
    labels = [format_hours(t) for t in ticks]  # whole numbers, or the decimal comma in Dutch
    axis_w = max(fm.horizontalAdvance(t) for t in labels) + PAD
    unit_h = fm.height() if chart.unit else 0
    plot = QRectF(
        inner.left() + axis_w,
        inner.top() + title_h + unit_h + PAD + fm.height() / 2,
        inner.width() - axis_w - fm.horizontalAdvance("0") * 2,
        inner.height() - title_h - unit_h - PAD - fm.height() / 2 - fm.height() * 1.2 - PAD - legend_h,
    )
    if plot.height() < fm.height() or plot.width() < fm.height():
        painter.restore()
        return  # too small to say anything

    def y(value: float) -> float:
        return plot.bottom() - value / ceiling * plot.height()

    if chart.unit:
        painter.drawText(QPointF(inner.left(), plot.top() - fm.height() / 2 - fm.descent()), chart.unit)
    for tick, label in zip(ticks, labels, strict=True):
        painter.setPen(QPen(colours.grid, 1))
        painter.drawLine(QPointF(plot.left(), y(tick)), QPointF(plot.right(), y(tick)))
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(inner.left(), y(tick) - fm.height() / 2, axis_w - PAD / 2, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    chart.draw(painter, plot, y, colours, fm)
    painter.setPen(QPen(colours.text, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.translate(inner.left(), inner.bottom() - legend_h)
    for item in items:
        draw_swatch(painter, item.entry, item.swatch, colours)
        painter.setPen(colours.text)
        painter.drawText(item.text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, item.entry.label)
    painter.restore()


def draw_swatch(painter: QPainter, entry: LegendEntry, rect: QRectF, colours: ChartColours) -> None:
    """A legend's sample: a filled box, a piece of line, or the hatching of leave."""
    if entry.mark is Mark.LINE:
        painter.setPen(QPen(entry.colour, 2.5, entry.style))
        painter.drawLine(QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y()))
    elif entry.mark is Mark.HATCH:
        hatch(painter, rect, entry.colour)
        painter.setPen(QPen(entry.colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
    else:
        painter.setPen(QPen(colours.background, 0.5))
        painter.setBrush(entry.colour)
        painter.drawRect(rect)


def hatch(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """Diagonal lines over ``rect``: a week of leave."""
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setPen(QPen(colour, 1))
    spacing = 7.0
    x = rect.left() - rect.height()
    while x < rect.right():
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()))
        x += spacing
    painter.restore()


def category_labels(painter: QPainter, plot: QRectF, labels: list[str], fm: QFontMetricsF, colour: QColor) -> None:
    """One label under each of ``len(labels)`` equal slots; every other (or fewer) where they would touch."""
    if not labels:
        return
    slot = plot.width() / len(labels)
    widest = max(fm.horizontalAdvance(t) for t in labels) + fm.horizontalAdvance("  ")
    every = max(1, math.ceil(widest / slot))
    painter.setPen(colour)
    for i in range(0, len(labels), every):
        painter.drawText(
            QRectF(plot.left() + (i + 0.5) * slot - widest / 2, plot.bottom() + 2, widest, fm.height() * 1.2),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            labels[i],
        )


class ChartView(QWidget):
    """A chart in the window, in the palette's colours, described for a screen reader."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 220)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches it and reads the description
        self.set_chart(chart)

    def set_chart(self, chart: Chart) -> None:
        """Show ``chart``."""
        self.chart = chart
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(chart.empty_text() or chart.description())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's virtual
        return QSize(800, 400)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's virtual
        painter = QPainter(self)
        paint_chart(painter, QRectF(self.rect()), self.chart, chart_colours(self.palette()), self.font())
        painter.end()


def paper_font() -> QFont:
    """The statement's font at the size a chart's text has on paper."""
    from .desktop import STATEMENT_FONT, load_statement_font

    load_statement_font()
    font = QFont(STATEMENT_FONT)
    font.setPixelSize(PAPER_TEXT_PX)
    return font


def chart_image(chart: Chart, size: QSize, scale: float = 2.0) -> QImage:
    """``chart`` drawn for paper (dark on white) on an image of ``size`` logical pixels, ``scale`` times as sharp."""
    image = QImage(QSize(round(size.width() * scale), round(size.height() * scale)), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), chart, paper_chart_colours(), paper_font())
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` as the bytes of a PNG file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def no_data(painter: QPainter, plot: QRectF, text: str, colour: QColor) -> None:
    """Say in the middle of the plot that there is nothing to show."""
    painter.setPen(colour)
    painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
