"""The statement on paper: its HTML laid out on A4, with the charts, as PDF or to a printer."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from ..core import i18n
from ..core.files import write_private
from ..core.i18n import translate
from ..core.say_no import caseload_series
from ..core.statement import Statement, build_statement, default_request, statement_html
from ..core.week import weekly_hours
from .desktop import STATEMENT_FONT, load_statement_font

# Drawn at this size and shown 500 points wide: the chart's own text stays readable on paper.
CHART_SIZE = QSize(920, 360)
MARGIN_MM = 18


def chart_images(db, statement: Statement, lang: str) -> dict[str, QImage]:
    """The two charts as images, in the statement's language. Built in the GUI thread: QtCharts are widgets."""
    from .caseload_chart import caseload_chart
    from .week_chart import chart_image, week_chart

    weeks = weekly_hours(db, statement.weeks[-1].monday, len(statement.weeks))
    points = [p for p in caseload_series(db, statement.last, 12, 0)]
    with i18n.speaking(lang):
        return {
            "chart-weeks": chart_image(week_chart(weeks), CHART_SIZE),
            "chart-caseload": chart_image(caseload_chart(points, statement.last), CHART_SIZE),
        }


def statement_document(html: str, images: dict[str, QImage]) -> QTextDocument:
    """The document, in a plain font with ligatures off (so the PDF's text is the plain words).

    The font is the DejaVu Sans the app carries, so the PDF looks the same on every laptop.
    """
    doc = QTextDocument()
    load_statement_font()
    font = QFont(STATEMENT_FONT)
    font.setPointSizeF(9)
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        "h1 { font-size: 17pt; margin-bottom: 4px; } h2 { font-size: 12pt; margin-top: 10px; margin-bottom: 4px; } "
        "p { margin-top: 2px; margin-bottom: 4px; } th { background-color: #e8e8e8; }"
    )
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    return doc


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Lay the document out on A4 pages of ``device`` and print it; return the number of pages."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    # The page size of the printer's own page rect: no second margin and no page number added by Qt.
    doc.setPageSize(QSizeF(device.pageLayout().paintRect(QPageLayout.Unit.Point).size()))
    doc.print_(device)
    return doc.pageCount()


def write_pdf(doc: QTextDocument, path: str, title: str) -> int:
    """Write the document as a PDF at ``path``; return the number of pages."""
    writer = QPdfWriter(path)
    writer.setTitle(title)
    writer.setCreator("Workload Desk")
    return print_document(doc, writer)


def ensure_application() -> None:
    """A QApplication for the command line's statement: offscreen when there is no screen."""
    if QApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("win32", "darwin")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_application.app = QApplication(sys.argv[:1])


def statement_parts(db, first: date, last: date, lang: str, request: str | None = None):
    """The statement, its HTML and its chart images: everything the PDF is made of."""
    statement = build_statement(db, first, last)
    html = statement_html(statement, lang, request if request is not None else default_request(lang))
    return statement, html, chart_images(db, statement, lang)


def statement_title(lang: str) -> str:
    """The document's title in ``lang``."""
    with i18n.speaking(lang):
        return translate("Statement", "Overload statement")


def write_statement_pdf(html: str, images: dict[str, QImage], title: str, path: str) -> int:
    """Lay out the statement and write it as a private PDF at ``path``; return the number of pages.

    Safe to call off the GUI thread: it builds its own document from the HTML and the images.
    """
    tmp = Path(path).with_name(f".{Path(path).name}.part")
    try:
        pages = write_pdf(statement_document(html, images), str(tmp), title)
        write_private(Path(path), tmp.read_bytes())
    finally:
        tmp.unlink(missing_ok=True)
    return pages


def make_statement_pdf(db, first: date, last: date, lang: str, path: str, request: str | None = None) -> int:
    """Build the statement and write it as a PDF at ``path``; return the number of pages."""
    _, html, images = statement_parts(db, first, last, lang, request)
    return write_statement_pdf(html, images, statement_title(lang), path)
