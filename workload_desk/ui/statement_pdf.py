"""The statement on paper: its HTML laid out on A4, with the charts, as PDF or to a printer."""

from __future__ import annotations

import html
import os
import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from ..core import i18n
from ..core.files import write_private
from ..core.i18n import translate
from ..core.say_no import caseload_weeks
from ..core.statement import Statement, build_statement, default_request, statement_footer, statement_html
from ..core.week import weekly_hours
from .desktop import STATEMENT_FONT, load_statement_font
from .statement_pages import CAPTION_PROPERTY, paginate
from .theme import paper_palette

# Drawn at this size and shown 480 points wide, within the page's text (wider, its right edge was cut off):
# the chart's own text stays readable on paper.
CHART_SIZE = QSize(920, 360)
MARGIN_MM = 18
# A chart image's text that goes under it as its caption.
CAPTION = "caption"
# Room under the body for the footer, in points.
FOOTER_HEIGHT = 24


def chart_images(db, statement: Statement, lang: str) -> dict[str, QImage]:
    """The two charts as images for paper (dark on white), in the statement's language."""
    from .caseload_chart import caseload_chart
    from .charts import chart_image
    from .week_chart import week_chart

    # The contract line as the statement counts it: none before logging began, the current week up to now.
    weeks = [
        replace(h, expected_hours=w.expected_hours, contract_hours=h.contract_hours if statement.is_recorded(w) else 0)
        for h, w in zip(
            weekly_hours(db, statement.weeks[-1].monday, len(statement.weeks)), statement.weeks, strict=True
        )
    ]
    points = caseload_weeks(db, statement.first, statement.last)  # the period, up to the day the text names
    if points and points[0][0] > statement.first:
        # The points count back a week at a time from the last day: the first one also on the period's first day,
        # so the line and its caption start where the period does.
        points = caseload_weeks(db, statement.first, statement.first) + points
    images = {}
    with i18n.speaking(lang):
        for name, chart in (
            ("chart-weeks", week_chart(weeks, statement.last)),
            ("chart-caseload", caseload_chart(points, statement.last)),
        ):
            if chart.empty_text():
                continue  # the window's hint ("add your cases ...") has no place on paper: no chart at all
            images[name] = chart_image(chart, CHART_SIZE)
            images[name].setText(CAPTION, chart.caption())  # goes under the chart as text: read, searched
    return images


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
    # A chart left out (nothing to show) leaves no empty image behind.
    doc.setHtml(re.sub(r'<p[^>]*><img src="([^"]+)"[^>]*></p>', lambda m: m[0] if m[1] in images else "", html))
    _add_captions(doc, images)
    return doc


def _add_captions(doc: QTextDocument, images: dict[str, QImage]) -> None:
    """A paragraph under each chart that has a caption, in small italics: what the chart shows, in words."""
    block = doc.begin()
    while block.isValid():
        at = block.text().find("\ufffc")  # an image's place in the text
        if at >= 0:
            cursor = QTextCursor(doc)
            cursor.setPosition(block.position() + at + 1)
            name = cursor.charFormat().toImageFormat().name()
            caption = images[name].text(CAPTION) if name in images else ""
            if caption:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                below = QTextBlockFormat(block.blockFormat())
                below.setTopMargin(0)
                below.setProperty(CAPTION_PROPERTY, True)
                words = QTextCharFormat()
                words.setFontItalic(True)
                words.setFontPointSize(7.5)
                cursor.insertBlock(below, words)
                cursor.insertText(caption)
                block = cursor.block()
        block = block.next()


def print_document(doc: QTextDocument, device: QPagedPaintDevice, footer: str = "", lang: str | None = None) -> int:
    """Lay the document out on A4 pages of ``device`` and paint it page by page; return the number of pages.

    Every page gets a footer: ``footer`` (the worker, the period, the date) on the left, "page x of y" on the right.
    """
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    # The page is the printer's own page rect (no second margin), less the room for the footer.
    page = device.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    doc.setPageSize(QSizeF(page.width(), page.height() - FOOTER_HEIGHT))
    paginate(doc)
    pages = doc.pageCount()
    body = doc.pageSize()
    painter = QPainter(device)
    if not painter.isActive():
        return pages
    try:
        # One document unit to the same share of the page as QTextDocument.print_ gives it.
        scale = device.width() / page.width()
        painter.scale(scale, scale)
        for n in range(pages):
            if n:
                device.newPage()
            _ink(painter)
            painter.save()
            painter.translate(0, -n * body.height())
            draw_on_paper(painter, doc, QRectF(0, n * body.height(), body.width(), body.height()))
            painter.restore()
            _draw_footer(painter, doc, body, footer, _page_of(n + 1, pages, lang))
    finally:
        painter.end()
    return pages


def _page_of(page: int, pages: int, lang: str | None) -> str:
    with i18n.speaking(lang or i18n.language()):
        return translate("Statement", "page {page} of {pages}").format(page=page, pages=pages)


def _draw_footer(painter: QPainter, doc: QTextDocument, body: QSizeF, left: str, right: str) -> None:
    """The footer under the body, in the document's font a little smaller, with a thin rule above it."""
    font = QFont(doc.defaultFont())
    font.setPointSizeF(7)
    line = QTextDocument()
    line.setDefaultFont(font)
    line.setDocumentMargin(0)
    line.setTextWidth(body.width())
    line.setHtml(
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td align="left">{html.escape(left)}</td><td align="right">{html.escape(right)}</td></tr></table>'
    )
    top = body.height() + FOOTER_HEIGHT - line.size().height()
    painter.save()
    painter.setPen(QPen(QColor("#999999"), 0.5))
    painter.drawLine(QPointF(0, top - 3), QPointF(body.width(), top - 3))
    painter.translate(0, top)
    draw_on_paper(painter, line)
    painter.restore()


def _ink(painter: QPainter) -> None:
    """Say the pen's colour again on a new page, so that the page itself records it.

    A print preview replays each page with the pen of the screen (white in a dark theme); a pen set to
    what it already was is not recorded, and the page's first lines would come out white on white.
    """
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setPen(QColor("#000000"))


def draw_on_paper(painter: QPainter, doc: QTextDocument, clip: QRectF | None = None) -> None:
    """Draw ``doc`` dark on white, as on paper: the preview of a dark theme shows the same page as the PDF.

    ``QTextDocument.drawContents`` takes the text colour from the application's palette: white in a dark theme.
    """
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()
    painter.save()
    if clip is not None:
        painter.setClipRect(clip)
        context.clip = clip
    doc.documentLayout().draw(painter, context)
    painter.restore()


def write_pdf(doc: QTextDocument, path: str, title: str, footer: str = "", lang: str | None = None) -> int:
    """Write the document as a PDF at ``path``; return the number of pages."""
    writer = QPdfWriter(path)
    writer.setTitle(title)
    writer.setCreator("Workload Desk")
    return print_document(doc, writer, footer, lang)


def ensure_application() -> None:
    """A QApplication for the command line's statement: offscreen when there is no screen."""
    if QApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("win32", "darwin")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_application.app = QApplication(sys.argv[:1])


def statement_text(db, first: date, last: date, lang: str, request: str | None = None, appendix: bool = True):
    """The statement's figures and its HTML. Core only: safe off the GUI thread, on a connection of its own."""
    statement = build_statement(db, first, last)
    request = request if request is not None else default_request(lang, statement)
    return statement, statement_html(statement, lang, request, appendix)


def statement_parts(db, first: date, last: date, lang: str, request: str | None = None, appendix: bool = True):
    """The statement, its HTML and its chart images: everything the PDF is made of. The charts are painted on
    images with the paper's palette, no widget, so this runs in a worker thread on a connection of its own."""
    statement, html = statement_text(db, first, last, lang, request, appendix)
    return statement, html, chart_images(db, statement, lang)


def statement_title(statement, lang: str) -> str:
    """The document's title in ``lang``, as its first line says it: an overload statement, or a record of hours
    when the figures show no overload (the PDF's own title, which a viewer shows, says the same)."""
    from ..core.statement_words import title

    with i18n.speaking(lang):
        return title(statement)


def write_statement_pdf(
    html: str, images: dict[str, QImage], title: str, path: str, footer: str = "", lang: str | None = None
) -> int:
    """Lay out the statement and write it as a private PDF at ``path``; return the number of pages.

    Safe to call off the GUI thread: it builds its own document from the HTML and the images.
    """
    tmp = Path(path).with_name(f".{Path(path).name}.part")
    # The text layout finishes a long document on a timer; a worker thread has no event dispatcher for it
    # until an event loop is made there (the layout is finished on demand all the same).
    dispatcher = QEventLoop()
    try:
        pages = write_pdf(statement_document(html, images), str(tmp), title, footer, lang)
        write_private(Path(path), tmp.read_bytes())
    finally:
        tmp.unlink(missing_ok=True)
        dispatcher.quit()
    return pages


def make_statement_pdf(
    db, first: date, last: date, lang: str, path: str, request: str | None = None, appendix: bool = True
) -> int:
    """Build the statement and write it as a PDF at ``path``; return the number of pages."""
    statement, html, images = statement_parts(db, first, last, lang, request, appendix)
    return write_statement_pdf(
        html, images, statement_title(statement, lang), path, statement_footer(statement, lang), lang
    )
