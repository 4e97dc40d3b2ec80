"""Read-only tables and the small helpers every panel uses around them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView

from .table_model import RowsModel

#: How many rows size the columns, and how wide one may become by itself.
FIT_ROWS = 40
MAX_COLUMN_WIDTH = 420
#: Room around a cell's text: the style's margins on both sides, and a little air.
CELL_PADDING = 14


def table(model: RowsModel) -> QTableView:
    """A read-only table selecting whole rows."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab leaves the table for the buttons under it; the arrow keys move between rows.
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    # Columns are sized once per load, by the texts of the first rows (see fit_columns).
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    rows = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
    model.modelReset.connect(lambda: fit_columns(view, rows))
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


def delete_key(view: QTableView, delete) -> QShortcut:
    """The Delete key on ``view`` calls ``delete`` (only while the table has the focus); give it a whatsThis."""
    return QShortcut(QKeySequence.StandardKey.Delete, view, delete, context=Qt.ShortcutContext.WidgetShortcut)


def fit_columns(
    view: QTableView, model: QAbstractItemModel, rows: int = FIT_ROWS, columns: range | None = None
) -> None:
    """Size each column of ``view`` to its header and the texts of the first ``rows`` rows of ``model``.

    Qt's own sizing asks the model a dozen questions per cell (font, colour, alignment, ...)
    through Qt; this reads the texts straight from the model, which matters on ten years of rows.
    """
    header = view.horizontalHeader()
    text_of = getattr(model, "display_text", None) or (lambda r, c: model.index(r, c).data())
    bold = QFont(view.font())
    bold.setBold(True)  # marked cells are bold: measure every text as if it were
    metrics = QFontMetrics(bold)
    padding = CELL_PADDING
    shown = min(rows, model.rowCount())
    widths: dict[str, int] = {}  # the same texts come back (numbers, kinds): each measured once
    for column in columns if columns is not None else range(model.columnCount()):
        texts = {str(text) for text in (text_of(row, column) for row in range(shown)) if text}
        for text in texts - widths.keys():
            widths[text] = metrics.horizontalAdvance(text)
        widest = max((widths[text] for text in texts), default=0)
        view.setColumnWidth(column, min(max(header.sectionSizeHint(column), widest + padding), MAX_COLUMN_WIDTH))


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
