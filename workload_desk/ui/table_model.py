"""A table model over a plain list of rows, with columns described once; sorting uses raw values.

The model sorts itself (one Python sort over keys worked out once per row), so a proxy in front
of it only filters: a proxy that sorts asks the model for two values at every comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.records import Record
from .theme import colours

#: The raw value to sort by (a date, a number), never the display string.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row object itself.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

# The roles as plain numbers: ``data`` is called thousands of times and compares on each call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_SORT = int(SORT_ROLE)
_ROW = int(ROW_ROLE)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ANSWERED = frozenset({_DISPLAY, _SORT, _ROW, _ALIGN, _BACKGROUND, _FOREGROUND, _FONT, _TOOLTIP, _DECORATION})
_LOOK = {_BACKGROUND: 0, _FOREGROUND: 1, _FONT: 2}
#: How a cell looks, worked out once per row: plain, marked (the mark's colours, bold), strong (bold), muted (italics).
_PLAIN, _MARKED, _STRONG, _MUTED = range(4)


def _marked_look() -> tuple[QBrush, QBrush, QFont]:
    """How a marked cell looks: a soft yellow of the palette in use, text that reads on it, in bold."""
    theme = colours()
    return _look(theme.mark_background.rgba(), theme.mark_text.rgba())


@cache
def _look(background: int, text: int) -> tuple[QBrush, QBrush, QFont]:
    font = QFont()
    font.setBold(True)
    return QBrush(QColor.fromRgba(background)), QBrush(QColor.fromRgba(text)), font


@cache
def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def sort_key(value: Any) -> tuple:
    """Order raw values: empty ones last, text without regard to case."""
    if value is None or value == "":
        return (1, 0)
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


class Column(Record):
    """One column: its header (a source string in ``context``), what it shows and what it sorts by."""

    header: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False
    marked: Callable[[Any], bool] | None = None
    tooltip: Callable[[Any], str] | None = None
    #: Whether a cell is in bold without the mark's colour (a total line).
    strong: Callable[[Any], bool] | None = None
    #: An icon before the text (a warning), or None.
    icon: Callable[[Any], Any] | None = None
    #: Whether a cell is in italics: shown for reference, not counted (a week to come).
    muted: Callable[[Any], bool] | None = None


class RowsModel(QAbstractTableModel):
    """Rows of any dataclass, shown through ``columns``; the headers translate in ``context``."""

    def __init__(self, columns: Sequence[Column], context: str, parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._rows: list[Any] = []
        self._cells: dict[int, tuple[list, list]] = {}
        #: Per row: how each cell looks (see _PLAIN) and its icon; worked out for the rows a view paints.
        self._looks: dict[int, tuple[list, list]] = {}
        #: The columns that never change their look or show an icon: a view's questions about them are None.
        self._plain = [
            c.marked is None and c.strong is None and c.muted is None and c.icon is None for c in self._columns
        ]
        self._aligns = [_RIGHT if c.align_right else None for c in self._columns]
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (in the order last sorted by, if any)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._cells, self._looks = {}, {}
        if self._sorted_by is not None:
            self._sort_rows(*self._sorted_by)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on ``column``'s raw values; the rows stay sorted when they are replaced."""
        if not 0 <= column < len(self._columns):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._sort_rows(column, order)
        new_row = {old: new for new, old in enumerate(before)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i.row()], i.column()) if i.isValid() else i for i in persistent]
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Put the rows in order; return the old row number of each new row."""
        keys = [sort_key(self._row_cells(r)[1][column]) for r in range(len(self._rows))]
        order_of = sorted(range(len(self._rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[r] for r in order_of]
        cells, looks = self._cells, self._looks
        self._cells = {new: cells[old] for new, old in enumerate(order_of) if old in cells}
        self._looks = {new: looks[old] for new, old in enumerate(order_of) if old in looks}
        return order_of

    def _row_cells(self, row: int) -> tuple[list, list]:
        """A row's display texts and sort values, worked out once: a view asks for them many times."""
        cells = self._cells.get(row)
        if cells is None:
            item = self._rows[row]
            shown = [c.display(item) for c in self._columns]
            keys = []
            for c, text in zip(self._columns, shown):
                value = c.sort(item) if c.sort else text
                keys.append("" if value is None else value)
            cells = self._cells[row] = (shown, keys)
        return cells

    def _row_looks(self, row: int) -> tuple[list, list]:
        """How the cells of ``row`` look and their icons, worked out once: a view asks at every paint."""
        looks = self._looks.get(row)
        if looks is None:
            item = self._rows[row]
            kinds, icons = [], []
            for c, plain in zip(self._columns, self._plain):
                if plain:
                    kinds.append(_PLAIN)
                    icons.append(None)
                    continue
                if c.marked is not None and c.marked(item):
                    kinds.append(_MARKED)
                elif c.strong is not None and c.strong(item):
                    kinds.append(_STRONG)
                elif c.muted is not None and c.muted(item):
                    kinds.append(_MUTED)
                else:
                    kinds.append(_PLAIN)
                icons.append(c.icon(item) if c.icon else None)
            looks = self._looks[row] = (kinds, icons)
        return looks

    def display_text(self, row: int, column: int) -> str:
        """What the cell at ``row``, ``column`` shows."""
        return self._row_cells(row)[0][column]

    def display_texts(self, row: int) -> list[str]:
        """What the cells of ``row`` show, column by column."""
        return self._row_cells(row)[0]

    def aligned_right(self, column: int) -> bool:
        """Whether ``column`` holds figures (shown right-aligned)."""
        return 0 <= column < len(self._columns) and self._columns[column].align_right

    def row_at(self, row: int) -> Any:
        """The row object at ``row``."""
        return self._rows[row]

    def rows(self) -> list[Any]:
        """Every row object, in model order."""
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # A view asks seven roles of every cell it paints: the ones not answered go first and fast, and the
        # looks are read from what was worked out once per row (every call from Qt into Python counts).
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None  # also an invalid index, whose row is -1
        if role == _DISPLAY:
            return self._row_cells(row)[0][index.column()]
        column = index.column()
        if role == _FONT or role == _FOREGROUND or role == _BACKGROUND:
            if self._plain[column]:
                return None
            kind = (self._looks.get(row) or self._row_looks(row))[0][column]
            if kind == _MARKED:
                return _marked_look()[_LOOK[role]]
            if role != _FONT or kind == _PLAIN:
                return None
            return _marked_look()[_LOOK[_FONT]] if kind == _STRONG else _italic()
        if role == _ALIGN:
            return self._aligns[column]
        if role == _DECORATION:
            return None if self._plain[column] else (self._looks.get(row) or self._row_looks(row))[1][column]
        if role == _SORT:
            return self._row_cells(row)[1][column]
        if role == _ROW:
            return self._rows[row]
        tooltip = self._columns[column].tooltip  # the tooltip, asked only on a hover: worked out then
        return (tooltip(self._rows[row]) or None) if tooltip else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate(self._context, self._columns[section].header)
        return None

    def retranslate(self) -> None:
        """Tell views that headers and texts changed language."""
        self._cells, self._looks = {}, {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._columns) - 1))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))
        if self._sorted_by is not None:
            self.sort(*self._sorted_by)  # names sort differently in another language
