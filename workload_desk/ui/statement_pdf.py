"""The statement on paper: its HTML laid out on A4, with the charts, as PDF or to a printer."""

from __future__ import annotations

import html
import os
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
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtWidgets import QApplication

from ..core import i18n
from ..core.files import write_private
from ..core.i18n import translate
from ..core.say_no import caseload_series
from ..core.statement import Statement, build_statement, default_request, statement_footer, statement_html
from ..core.week import weekly_hours
from .desktop import STATEMENT_FONT, load_statement_font
from .theme import paper_palette

# Drawn at this size and shown 500 points wide: the chart's own text stays readable on paper.
CHART_SIZE = QSize(920, 360)
MARGIN_MM = 18
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


def print_document(doc: QTextDocument, device: QPagedPaintDevice, footer: str = "", lang: str | None = None) -> int:
    """Lay the document out on A4 pages of ``device`` and paint it page by page; return the number of pages.

    Every page gets a footer: ``footer`` (the worker, the period, the date) on the left, "page x of y" on the right.
    """
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    # The page is the printer's own page rect (no second margin), less the room for the footer.
    page = device.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    doc.setPageSize(QSizeF(page.width(), page.height() - FOOTER_HEIGHT))
    keep_together(doc)
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


def keep_together(doc: QTextDocument) -> None:
    """Keep what belongs together on one page, by a page break before it (Qt has no page-break-inside: avoid).

    A heading goes with the first line under it. The last section goes to a new page when it would be split:
    the whole of it (report, request, signatures) when that fits on a page, else as much of the end of the
    request as fits with the signatures. In the appendix (after a heading of level 1) a table that fits on a
    page is never split: its rows stay whole and its header comes with it.
    """
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    blocks = list(_blocks(doc))
    appendix = next((b.position() for b in blocks[1:] if b.blockFormat().headingLevel() == 1), doc.characterCount())
    headings = [b for b in blocks if b.blockFormat().headingLevel() == 2 and b.position() < appendix]
    for heading in [*headings[:-1], *(b for b in blocks if b.blockFormat().headingLevel() == 3)]:
        following = heading.next()
        top = layout.blockBoundingRect(heading).top()
        if following.isValid() and _page(top, height) != _page(_top(layout, following), height):
            _break_before(heading)
    if headings:
        _keep_request_with_signatures(doc, [b for b in blocks if headings[-1].position() <= b.position() < appendix])
    _keep_tables_whole(doc, appendix)


def _keep_request_with_signatures(doc: QTextDocument, section: list) -> None:
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    room = height - 2 * doc.documentMargin()
    signatures = next((t for t in (QTextCursor(b).currentTable() for b in section) if t is not None), None)
    # The heading, the report, then the request's lines (a paragraph each), then the signatures' table.
    lines = [b for b in section[2:] if QTextCursor(b).currentTable() is None and b.text()]
    starts = [section[0], *lines] + ([signatures] if signatures is not None else [])
    bottom = max(layout.blockBoundingRect(b).bottom() for b in section)
    for start in starts:
        top = (
            layout.frameBoundingRect(start).top()
            if isinstance(start, QTextTable)
            else layout.blockBoundingRect(start).top()
        )
        if bottom - top < room:
            if _page(top, height) != _page(bottom - 1, height):
                _break_before(start)
            return


def _keep_tables_whole(doc: QTextDocument, after: int) -> None:
    """A table after ``after`` that would run over a page's end starts a new page, when it fits on one.

    The breaks are reckoned once: the tables' heights are read from a copy of that part laid out on one
    endless page (nothing split there), then the tables are placed page by page from the first one's place
    as Qt pages them. Setting breaks one by one and reading the next table's place each time laid the
    rest out again at each break: seconds for a year's appendix. The pages are then checked: a table the
    reckoning placed wrong is moved the slow way.
    """
    tables = _tables_after(doc, after)
    if not tables:
        return
    height = doc.pageSize().height()
    room = height - 4 * doc.documentMargin()
    boxes = _natural_boxes(doc, after, len(tables))
    if boxes is not None:
        shift = doc.documentLayout().frameBoundingRect(tables[0]).top() - boxes[0][0]  # the copy's places to paper
        page_top = _top_after_break(doc, tables[0])
        edit = QTextCursor(doc)
        edit.beginEditBlock()  # one edit: laid out again once, at its end
        for table, (natural_top, natural_bottom) in zip(tables, boxes, strict=True):
            top, bottom = natural_top + shift, natural_bottom + shift
            page = _page(top, height)
            if top >= (page + 1) * height - doc.documentMargin():
                shift += (page + 1) * height + page_top - top  # in the page's bottom margin: Qt moves it itself
            elif bottom > (page + 1) * height and natural_bottom - natural_top < room:
                _set_break(table)
                shift += (page + 1) * height + page_top - top
        edit.endEditBlock()
        doc.markContentsDirty(0, doc.characterCount())
    _move_split_tables(doc, after)


def _tables_after(doc: QTextDocument, after: int) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable) and f.firstPosition() > after]


def _natural_boxes(doc: QTextDocument, after: int, count: int) -> list[tuple[float, float]] | None:
    """The tops and bottoms of the tables after ``after`` in a copy of that part laid out on one endless page
    (the tables follow each other with nothing between); None when the copy does not hold as many tables."""
    copy = doc.clone()
    cursor = QTextCursor(copy)
    cursor.setPosition(after)
    cursor.setPosition(0, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    copy.setPageSize(QSizeF(doc.pageSize().width(), 1e9))
    layout = copy.documentLayout()
    tables = [f for f in copy.rootFrame().childFrames() if isinstance(f, QTextTable)]
    if len(tables) != count:
        return None
    return [(box.top(), box.bottom()) for box in (layout.frameBoundingRect(t) for t in tables)]


def _top_after_break(doc: QTextDocument, table: QTextTable) -> float:
    """Where on a new page a table starts: laid out in a small document of the same kind."""
    probe = QTextDocument()
    probe.setDefaultFont(doc.defaultFont())
    probe.setDocumentMargin(doc.documentMargin())
    probe.setPageSize(doc.pageSize())
    cursor = QTextCursor(probe)
    cursor.insertText("–")
    table_format = table.format()
    table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.insertTable(1, 1, table_format)
    placed = next(f for f in probe.rootFrame().childFrames() if isinstance(f, QTextTable))
    return probe.documentLayout().frameBoundingRect(placed).top() - doc.pageSize().height()


def _move_split_tables(doc: QTextDocument, after: int) -> None:
    """Every table after ``after`` that still runs over a page's end (and fits on one) starts a new page."""
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    room = height - 4 * doc.documentMargin()
    moved = False
    for table in _tables_after(doc, after):
        box = layout.frameBoundingRect(table)
        if box.height() < room and _page(box.top(), height) != _page(box.bottom() - 1, height):
            _set_break(table)
            moved = True
    if moved:
        doc.markContentsDirty(0, doc.characterCount())


def _set_break(table: QTextTable) -> None:
    table_format = table.format()
    table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(table_format)


def _top(layout, block) -> float:
    """The top of a block, or of the table it opens (a cell's block lies inside the table's border)."""
    table = QTextCursor(block).currentTable()
    return layout.frameBoundingRect(table).top() if table is not None else layout.blockBoundingRect(block).top()


def _break_before(what) -> None:
    """A page break before a block or a table, and the whole document laid out again.

    Qt lays out again only from the change on, and what follows can keep its old place: drawn over or lost.
    """
    if isinstance(what, QTextTable):
        table_format = what.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        what.setFormat(table_format)
        doc = what.document()
    else:
        page_break = QTextBlockFormat()
        page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(what).mergeBlockFormat(page_break)
        doc = what.document()
    doc.markContentsDirty(0, doc.characterCount())


def _blocks(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _page(y: float, height: float) -> int:
    return int(y // height)


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


def statement_title(lang: str) -> str:
    """The document's title in ``lang``."""
    with i18n.speaking(lang):
        return translate("Statement", "Overload statement")


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
    return write_statement_pdf(html, images, statement_title(lang), path, statement_footer(statement, lang), lang)
