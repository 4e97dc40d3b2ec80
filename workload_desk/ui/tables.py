"""Read-only tables and the small helpers every panel uses around them."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QWidget

from .table_model import RowsModel

#: How many rows size the columns.
FIT_ROWS = 40
#: Room around a cell's text: the style's margins on both sides, and a little air.
CELL_PADDING = 14
#: The narrowest a text column is squeezed to when the table is short of room.
MIN_TEXT_WIDTH = 60
#: A text made of figures only: hours (8:24), counts, amounts, dates written in figures.
_FIGURES = re.compile(r"^[-+\u2212]?[\d.,:%/ -]+$")


class Table(QTableView):
    """A read-only table that says what to do next while it is empty: on the screen, and to a screen
    reader in its accessible description (a painted text is not heard)."""

    def __init__(self) -> None:
        super().__init__()
        self._empty_hint = ""
        #: What the table holds, as :func:`.accessible.describe` gave it; the hint is added while empty.
        self._description = ""
        #: How many rows the table asks room for, so a short list (the days of a week) never scrolls.
        self.rows_in_view = 0

    @property
    def empty_hint(self) -> str:
        """The source text (context "EmptyTables") shown in the middle while the table has no rows."""
        return self._empty_hint

    @empty_hint.setter
    def empty_hint(self, hint: str) -> None:
        self._empty_hint = hint
        self._describe()
        self.viewport().update()

    def setModel(self, model) -> None:  # noqa: N802 - Qt's virtual
        old = self.model()
        if old is not None:
            for signal in (old.modelReset, old.rowsInserted, old.rowsRemoved, old.layoutChanged):
                signal.disconnect(self._describe)
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self._describe)
        self._describe()

    def setAccessibleDescription(self, description: str) -> None:  # noqa: N802 - Qt's name
        """What the table holds; while it is empty, the hint follows it."""
        self._description = description
        self._describe()

    def _describe(self, *_) -> None:
        model = self.model()
        hint = self.empty_hint_text() if model is not None and model.rowCount() == 0 else ""
        text = " ".join(t for t in (self._description, hint) if t)
        if text != self.accessibleDescription():
            super().setAccessibleDescription(text)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()  # the hint in the new language (the panel gives the description again)
        super().changeEvent(event)

    def minimumSizeHint(self):  # noqa: N802 - Qt's virtual
        least = super().minimumSizeHint()
        if self.rows_in_view:
            rows = self.rows_in_view * self.verticalHeader().defaultSectionSize()
            least.setHeight(
                max(least.height(), self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth())
            )
        return least

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's virtual
        super().paintEvent(event)
        model = self.model()
        if not self.empty_hint or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, self.horizontalHeader().height() // 2 + 12, -24, -12)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.empty_hint_text())
        painter.end()

    def empty_hint_text(self) -> str:
        """The hint in the current language."""
        return QCoreApplication.translate("EmptyTables", self.empty_hint) if self.empty_hint else ""


def table(model: RowsModel) -> Table:
    """A read-only table selecting whole rows; its columns fit the texts and the room (see :class:`ColumnFit`)."""
    view = Table()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab leaves the table for the buttons under it; the arrow keys move between rows.
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    # Rows as high as a line of text and a little air: the style's default wastes a third of a laptop's table.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(False)
    rows = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
    view.column_fit = ColumnFit(view, rows)
    model.modelReset.connect(lambda: fit_columns(view, rows))
    view.setAlternatingRowColors(True)
    return view


def delete_key(view: QTableView, delete) -> QShortcut:
    """The Delete key on ``view`` calls ``delete`` (only while the table has the focus); give it a whatsThis."""
    return QShortcut(QKeySequence.StandardKey.Delete, view, delete, context=Qt.ShortcutContext.WidgetShortcut)


def is_number_column(model: QAbstractItemModel, column: int, texts: set[str]) -> bool:
    """Whether ``column`` holds figures (hours, counts, dates in figures): right-aligned in a
    :class:`RowsModel`, or every text shown is figures."""
    aligned = getattr(model, "aligned_right", None)
    if aligned is not None and aligned(column):
        return True
    return bool(texts) and all(_FIGURES.match(text) for text in texts)


class ColumnFit(QObject):
    """Lays out a table's columns: a number column is as wide as its widest text, the text columns share
    the rest of the view's width in proportion to their texts (squeezing the widest first when short)."""

    def __init__(self, view: QTableView, model: QAbstractItemModel) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        #: Per column: the width its header and texts need, and whether it holds figures.
        self.needs: dict[int, int] = {}
        self.numbers: set[int] = set()
        #: The font measured with, its metrics and the widths of the texts measured so far; the headers' widths.
        self._font: QFont | None = None
        self._metrics: QFontMetrics | None = None
        self._widths: dict[str, int] = {}
        self._header_needs: dict[tuple, int] = {}
        #: The view's viewport, found by its name: PySide's ``viewport()`` on a view not asked before makes the
        #: Python class of every widget class Qt has, looking for the viewport's own (46 enum classes, ~15 ms at
        #: start); once it is kept here, ``viewport()`` answers with it.
        self.viewport = view.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
        (self.viewport or view.viewport()).installEventFilter(self)

    def measure(self, rows: int = FIT_ROWS, columns: range | None = None) -> None:
        """Measure the header and the texts of the first ``rows`` rows of ``columns`` (all by default).

        Qt's own sizing asks the model a dozen questions per cell (font, colour, alignment, ...)
        through Qt; this reads the texts straight from the model, which matters on ten years of rows.
        """
        model, header = self.model, self.view.horizontalHeader()
        shown = min(rows, model.rowCount())
        count = model.columnCount()
        row_texts = getattr(model, "display_texts", None)
        if row_texts is not None:  # a row's texts in one call, not one call per cell
            table = [row_texts(row) for row in range(shown)]
            text_of = lambda r, c: table[r][c]  # noqa: E731
        else:
            text_of = getattr(model, "display_text", None) or (lambda r, c: model.index(r, c).data())
        font = self.view.font()
        if font != self._font:
            bold = QFont(font)
            bold.setBold(True)  # marked cells are bold: measure every text as if it were
            self._font, self._metrics, self._widths = QFont(font), QFontMetrics(bold), {}
        metrics, widths = self._metrics, self._widths  # the same texts come back (numbers, kinds): each measured once
        if len(widths) > 4096:
            widths.clear()
        self.needs = {c: w for c, w in self.needs.items() if c < count}
        for column in columns if columns is not None else range(count):
            texts = {str(text) for text in (text_of(row, column) for row in range(shown)) if text}
            for text in texts - widths.keys():
                widths[text] = metrics.horizontalAdvance(text)
            widest = max((widths[text] for text in texts), default=0)
            self.needs[column] = max(self._header_need(header, column), widest + CELL_PADDING)
            if is_number_column(model, column, texts):
                self.numbers.add(column)
            else:
                self.numbers.discard(column)
        self.lay_out()

    def _header_need(self, header: QHeaderView, column: int) -> int:
        """The width the header of ``column`` asks, remembered by its text (Qt asks the model a dozen roles)."""
        key = (
            column,
            self.model.headerData(column, Qt.Orientation.Horizontal),
            header.font().key(),
            header.isSortIndicatorShown() and header.sortIndicatorSection() == column,
        )
        need = self._header_needs.get(key)
        if need is None:
            need = self._header_needs[key] = header.sectionSizeHint(column)
        return need

    def lay_out(self) -> None:
        """Give every column its width for the room the view has now."""
        needs = {c: w for c, w in self.needs.items() if not self.view.isColumnHidden(c)}
        if not needs:
            return
        texts = [c for c in needs if c not in self.numbers]
        room = self.view.viewport().width() - sum(needs[c] for c in needs if c in self.numbers)
        for column, width in text_widths({c: needs[c] for c in texts}, room).items():
            self.view.setColumnWidth(column, width)
        for column in self.numbers & needs.keys():
            self.view.setColumnWidth(column, needs[column])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.Resize:
            self.lay_out()
        return False


def text_widths(needs: dict[int, int], room: int) -> dict[int, int]:
    """Widths of text columns that fill ``room``: more room goes to each in proportion to its need;
    too little takes from the widest first, down to :data:`MIN_TEXT_WIDTH` (the table then scrolls)."""
    total = sum(needs.values())
    if not needs or total <= 0:
        return dict(needs)
    if total <= room:
        widths = {c: need + (room - total) * need // total for c, need in needs.items()}
    else:
        low, high = 0, max(needs.values())
        while low < high:  # the largest cap whose capped widths still fit
            cap = (low + high + 1) // 2
            if sum(max(min(need, cap), min(need, MIN_TEXT_WIDTH)) for need in needs.values()) <= room:
                low = cap
            else:
                high = cap - 1
        widths = {c: max(min(need, low), min(need, MIN_TEXT_WIDTH)) for c, need in needs.items()}
    rest = room - sum(widths.values())
    if rest > 0:  # what rounding left goes to the widest
        widest = max(widths, key=widths.get)
        widths[widest] += rest
    return widths


def fit_columns(
    view: QTableView, model: QAbstractItemModel, rows: int = FIT_ROWS, columns: range | None = None
) -> None:
    """Size the columns of ``view`` to its header and the texts of the first ``rows`` rows of ``model``."""
    fit = getattr(view, "column_fit", None)
    if fit is None:
        fit = view.column_fit = ColumnFit(view, model)
    fit.measure(rows, columns)


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side, pushed to the left."""
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


def reselect(view: QTableView, model: RowsModel, before) -> None:
    """Select again the row with the same id as ``before`` after the model was reloaded."""
    if before is None:
        return
    for row, item in enumerate(model.rows()):
        if item.id == before.id:
            view.selectRow(row)
            return


def open_dialog(dialog):
    """Show a dialog modal to its window without blocking, and hand it back (tests fill it in)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
