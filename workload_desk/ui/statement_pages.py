"""Where the statement's pages break: the rules of a printed document on top of Qt's own layout.

Qt lays a QTextDocument out on pages, but keeps nothing together: a heading can end a page, a paragraph
can leave one line behind, a short table can be split. And when a page break falls inside a paragraph,
``QTextLayout.draw`` also draws the paragraph's last line of the page before (it starts one line above the
clip): clipped, so unseen, but in the PDF's text layer, where copy-paste and search find it twice.

So the document is laid out, the first place that breaks a rule gets a page break (or a paragraph is cut
in two at the page's end), and it is laid out again from there, until no rule is broken:

- no paragraph runs over a page's end: it is cut into two paragraphs there, so each line is drawn on
  one page only; at least two lines stay on each side, else the paragraph moves to the next page;
- a heading stays on the page of the first two lines or rows that follow it (and, after a short intro of up
  to two lines, of the first two of what the intro introduces); a chart, with its caption;
- a short table (half a page or less) is never split; a longer one leaves at least two rows on a page,
  its header repeated (Qt repeats a ``<thead>``), its rows whole: Qt moves a row's lines on one by one,
  so a table a page break runs through a row of is cut in two before that row; a month's row (bold, with
  its weeks after it) does not end a page: the table is cut before it, so it heads its weeks on the next;
- the last section before the appendix (the request) stays on one page with the signatures, or as much
  of the request's end as fits with them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat, QTextTable

# A paragraph keeps at least this many lines on each side of a page break (no orphans, no widows).
LINES_TOGETHER = 2
# The mark of a chart's caption: it stays on the page of its chart.
CAPTION_PROPERTY = QTextFormat.Property.UserProperty + 1
# Enough rounds for every page of a long statement; a guard against a rule that cannot be met.
MOST_ROUNDS = 400


@dataclass
class Part:
    """A block or a table of the document's body, with the boxes of its lines (a table: of its rows)."""

    what: QTextBlock | QTextTable
    lines: list[tuple[float, float]]
    heading: bool = False
    caption: bool = False

    @property
    def position(self) -> int:
        return self.what.firstPosition() if isinstance(self.what, QTextTable) else self.what.position()

    @property
    def top(self) -> float:
        return self.lines[0][0]

    @property
    def bottom(self) -> float:
        return self.lines[-1][1]


def paginate(doc: QTextDocument) -> None:
    """Set the page breaks of ``doc`` (laid out at its page size) so that it prints as a document should.

    The document is read from the top once: a change lays out what follows it again (Qt does that at the
    change), and the reading goes on from the part changed; what lies before it keeps its place.
    """
    height = doc.pageSize().height()
    appendix, _ = _landmarks(doc)
    keep_tables_whole(doc, appendix)  # the appendix's many tables at once: a round for each takes seconds
    parts = BodyParts(doc)
    for _ in range(MOST_ROUNDS):
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        changed = _first_fault(parts, height, doc.documentMargin(), _landmarks(doc))
        edit.endEditBlock()
        if changed is None:
            return
        # Qt lays out again from the change only as far as it thinks things moved: what follows can keep
        # stale places, or none. All of it from the change on, then.
        doc.markContentsDirty(changed, doc.characterCount() - changed)
        parts.forget_from(changed)


class BodyParts:
    """The blocks and tables of the document's body in order, with where their lines lie: read as far as asked."""

    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self.layout = doc.documentLayout()
        self.read: list[Part] = []
        self.next = doc.begin()
        self.start = 0  # the first part not checked yet

    def __len__(self) -> int:
        while self.next.isValid():
            self._read_one()
        return len(self.read)

    def __getitem__(self, i: int) -> Part:
        while len(self.read) <= i and self.next.isValid():
            self._read_one()
        return self.read[i]

    def has(self, i: int) -> bool:
        while len(self.read) <= i and self.next.isValid():
            self._read_one()
        return i < len(self.read)

    def upto(self, position: int) -> list[Part]:
        """The parts that start before ``position``."""
        while self.next.isValid() and (not self.read or self.read[-1].position < position):
            self._read_one()
        return [p for p in self.read if p.position < position]

    def forget_from(self, position: int) -> None:
        """The document changed at ``position``: read again from the part there."""
        keep = next((i for i, p in enumerate(self.read) if p.position >= position), len(self.read))
        keep = min(keep, self.start)
        del self.read[keep:]
        self.start = keep
        self.next = self.doc.findBlock(position)

    def _read_one(self) -> None:
        block = self.next
        table = QTextCursor(block).currentTable()
        if table is not None:
            rows = _rows(self.layout, table)
            frame = self.layout.frameBoundingRect(table)  # its border and padding too
            if rows:
                rows[0], rows[-1] = (frame.top(), rows[0][1]), (rows[-1][0], frame.bottom())
                self.read.append(Part(table, rows))
            self.next = self.doc.findBlock(table.lastPosition() + 1)
            return
        lines = _lines(self.layout, block)
        if lines and block.length() > 1:  # an empty block (Qt keeps one beside each table) holds nothing to keep
            fmt = block.blockFormat()
            self.read.append(Part(block, lines, fmt.headingLevel() > 0, fmt.boolProperty(CAPTION_PROPERTY)))
        self.next = block.next()


def _landmarks(doc: QTextDocument) -> tuple[int, int | None]:
    """Where the appendix starts (its heading of level 1) and where the request's section starts (the last
    heading of level 2 before it), as positions."""
    block, appendix, request = doc.begin().next(), doc.characterCount(), None
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level == 1:
            appendix = block.position()
            break
        if level == 2:
            request = block.position()
        block = block.next()
    return appendix, request


def _lines(layout, block: QTextBlock) -> list[tuple[float, float]]:
    text = block.layout()
    rect = layout.blockBoundingRect(block)
    origin = rect.top() - text.boundingRect().top()
    lines = (text.lineAt(n) for n in range(text.lineCount()))
    return [(origin + line.y(), origin + line.y() + line.height()) for line in lines]


def _rows(layout, table: QTextTable) -> list[tuple[float, float]]:
    rows = []
    for row in range(table.rows()):
        boxes = [
            box
            for column in range(table.columns())
            for box in _lines(layout, table.cellAt(row, column).firstCursorPosition().block())
        ]
        if boxes:
            rows.append((min(b[0] for b in boxes), max(b[1] for b in boxes)))
    return rows


def _page(y: float, height: float) -> int:
    return int(y // height)


def _unbroken_height(run: list[Part], height: float) -> float:
    """How tall ``run`` (parts that follow each other) is without its page breaks: where Qt moved the rest of
    a table or a paragraph to the next page, the room left at the page's end and the next page's margin are
    not counted (a split table looks taller than it is: taller than a page, for a short one near the end)."""
    lines = sorted(line for part in run for line in part.lines)
    tall = lines[-1][1] - lines[0][0]
    for page in range(_page(lines[0][0], height) + 1, _page(lines[-1][1] - 1, height) + 1):
        before = [bottom for _, bottom in lines if bottom <= page * height]
        after = [top for top, _ in lines if top >= page * height]
        if before and after:
            tall -= min(after) - max(before)
    return tall


def _first_fault(parts: BodyParts, height: float, margin: float, landmarks: tuple[int, int | None]) -> int | None:
    """Mend the first place that breaks a rule; return where the document changed, or None when none does."""
    appendix, request = landmarks
    i = parts.start
    while parts.has(i):
        part = parts[i]
        parts.start = i
        if part.position == request:
            mended = _keep_request_with_signatures(parts, i, len(parts.upto(appendix)), height, margin)
            if mended is not None:
                return mended
        if part.heading:
            following = _kept_with_heading(parts, i)
            last = _page(part.bottom - 1, height)
            if _page(part.top, height) != last or any(_page(b - 1, height) != last for _, b in following):
                mended = _break_before(parts, _heading_run(parts, i), height, margin)
                if mended is not None:
                    return mended
        elif part.caption and i:
            if _page(parts[i - 1].top, height) != _page(part.bottom - 1, height):
                mended = _break_before(parts, i - 1, height, margin)  # the chart goes on with its caption
                if mended is not None:
                    return mended
        elif isinstance(part.what, QTextTable):
            mended = _keep_table(parts, i, height, margin, part.position > appendix)
            if mended is not None:
                return mended
        elif _page(part.top, height) != _page(part.bottom - 1, height):
            return _cut_paragraph(parts, i, height, margin)
        i += 1
    return None


def _kept_with_heading(parts: BodyParts, i: int) -> list[tuple[float, float]]:
    """The lines that must share the page of the heading ``parts[i]``: the first two after it; and when those
    are a short intro (``Each finding…:``), the first two of what it introduces too, so an intro never ends a
    page with its heading while its list or table starts the next."""
    if not parts.has(i + 1):
        return []
    lines = parts[i + 1].lines[:LINES_TOGETHER]
    if len(parts[i + 1].lines) > LINES_TOGETHER or parts[i + 1].heading:
        return lines
    more: list[tuple[float, float]] = []  # two lines of what follows the intro (a list's items are parts each)
    n = i + 2
    while len(more) < LINES_TOGETHER and parts.has(n) and not parts[n].heading:
        more += parts[n].lines[: LINES_TOGETHER - len(more)]
        n += 1
    return lines + more


def _level(part: Part) -> int:
    return part.what.blockFormat().headingLevel()


def _heading_run(parts: list[Part], i: int) -> int:
    """The first of the headings straight before ``parts[i]`` (and itself): they go to a new page together."""
    while i and parts[i - 1].heading:
        i -= 1
    return i


def _at_page_top(parts: list[Part], i: int, height: float) -> bool:
    """Whether ``parts[i]`` is the first thing on its page (a break before it would leave a page empty)."""
    return i == 0 or _page(parts[i - 1].bottom - 1, height) < _page(parts[i].top, height)


def _break_before(parts: list[Part], i: int, height: float, margin: float) -> int | None:
    """A page break before ``parts[i]``; None when it already starts a page."""
    if _at_page_top(parts, i, height):
        return None
    what = parts[i].what
    if isinstance(what, QTextTable):
        table_format = what.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        what.setFormat(table_format)
    else:
        page_break = QTextBlockFormat()
        page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(what).mergeBlockFormat(page_break)
    return parts[i].position


def _keep_table(parts: list[Part], i: int, height: float, margin: float, in_appendix: bool) -> int | None:
    """A short table on one page; a long one with at least two rows under its header where it starts.

    In the appendix a table (a week's days) is whole on a page whenever it fits on one.
    """
    table = parts[i]
    if _page(table.top, height) == _page(table.bottom - 1, height):
        return None
    room = height - 4 * margin
    tall = _unbroken_height([table], height)
    if in_appendix and tall < room:
        return _break_before(parts, i, height, margin)
    header = table.what.format().headerRowCount()
    first_page = _page(table.top, height)
    on_first = sum(1 for top, bottom in table.lines[header:] if _page(bottom - 1, height) == first_page)
    if tall <= room / 2 or on_first < LINES_TOGETHER:
        return _break_before(parts, _heading_run(parts, i - 1) if i and parts[i - 1].heading else i, height, margin)
    return _keep_rows_whole(parts.doc, table, header, height)


def _keep_rows_whole(doc: QTextDocument, table: Part, header: int, height: float) -> int | None:
    """A row of two lines that a page break runs through goes whole to the next page, under its header.

    Qt moves a table's lines on one by one, so a row's first line stays behind alone (and is drawn twice in
    the text layer, as a paragraph's is); it moves a row whole only when all its cells' first lines went on.
    So the table is cut in two before that row, as a paragraph is: the rest is a table of its own on the
    next page, with the same header.
    """
    lines = table.lines
    for row, (top, bottom) in enumerate(lines[header:], header):
        split = _page(top, height) != _page(bottom - 1, height)
        alone = row > header and row + 1 < len(lines) and _page(lines[row + 1][1] - 1, height) != _page(top, height)
        if split or (alone and _heads_a_group(table.what, row)):
            _cut_table(doc, table.what, row, header)
            return table.position  # the table read again, from its top
    return None


def _heads_a_group(table: QTextTable, row: int) -> bool:
    """Whether ``row`` is a bold row with rows after it: a month's total over its weeks, which must not end a
    page without the first of them (a table's last bold row, its total, ends it)."""
    return table.cellAt(row, 0).firstCursorPosition().charFormat().fontWeight() >= QFont.Weight.Bold.value


def _cut_table(doc: QTextDocument, table: QTextTable, row: int, header: int) -> None:
    """Move the rows of ``table`` from ``row`` on into a new table after it that starts a new page."""
    rows, columns = table.rows(), table.columns()
    cursor = QTextCursor(doc)
    cursor.setPosition(table.lastPosition() + 1)
    table_format = table.format()
    table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    rest = cursor.insertTable(header + rows - row, columns, table_format)
    for n, source in enumerate([*range(header), *range(row, rows)]):
        for column in range(columns):
            cell = table.cellAt(source, column)
            copy = QTextCursor(doc)
            copy.setPosition(cell.firstPosition())
            copy.setPosition(cell.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            target = rest.cellAt(n, column)
            target.setFormat(cell.format())
            into = target.firstCursorPosition()
            into.setBlockFormat(cell.firstCursorPosition().blockFormat())
            into.insertFragment(copy.selection())
    table.removeRows(row, rows - row)


def _cut_paragraph(parts: list[Part], i: int, height: float, margin: float) -> int | None:
    """Cut the paragraph ``parts[i]`` where its page ends, keeping two lines on each side; else move it on."""
    part = parts[i]
    block = part.what
    page = _page(part.top, height)
    cut = next(n for n, (_, bottom) in enumerate(part.lines) if _page(bottom - 1, height) != page)
    kept = min(cut, len(part.lines) - LINES_TOGETHER)
    if kept < LINES_TOGETHER:
        before = i - 1 if i and parts[i - 1].heading else i
        moved = _break_before(parts, _heading_run(parts, before), height, margin)
        if moved is not None:
            return moved
    else:
        cut = kept
    text = block.layout()
    at = block.position() + text.lineAt(cut).textStart()
    cursor = QTextCursor(block.document())
    end = QTextBlockFormat()
    end.setBottomMargin(0)
    QTextCursor(block).mergeBlockFormat(end)
    cursor.setPosition(at)
    cursor.insertBlock()
    rest = cursor.block()
    listed = rest.textList()
    if listed is not None:
        listed.remove(rest)  # no second bullet: the list's indent goes to the block, the text stays in place
    continued = QTextBlockFormat()
    continued.setTopMargin(0)
    continued.setTextIndent(0)
    continued.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.mergeBlockFormat(continued)
    return block.position()


def _keep_request_with_signatures(parts: BodyParts, first: int, end: int, height: float, margin: float) -> int | None:
    """The request and the signatures on one page: the whole section when it fits, else the request's end.

    The section runs from its heading ``parts[first]`` to the appendix (``parts[end]``); the signatures are its
    last table.
    """
    tables = [n for n in range(first, end) if isinstance(parts[n].what, QTextTable)]
    if not tables:
        return None
    bottom = parts[tables[-1]].bottom
    room = height - 2 * margin
    # The heading (with the report under it), else a line of the request, else the signatures alone.
    for start in [first, *range(first + 2, tables[-1] + 1)]:
        if _unbroken_height([parts[n] for n in range(start, tables[-1] + 1)], height) < room:
            if _page(parts[start].top, height) == _page(bottom - 1, height):
                return None
            moved = _break_before(parts, start, height, margin)
            if moved is not None:
                return moved  # else it starts a page already and is a little too tall all the same: less of it
    return None


def keep_tables_whole(doc: QTextDocument, after: int) -> None:
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
