"""A table model over a plain list of rows, with columns described once; sorting uses raw values."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

#: The raw value to sort by (a date, a number), never the display string.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row object itself.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

MARK = QColor("#fff3c4")


@dataclass(frozen=True)
class Column:
    """One column: its header (a source string in ``context``), what it shows and what it sorts by."""

    header: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False
    marked: Callable[[Any], bool] | None = None
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """Rows of any dataclass, shown through ``columns``; the headers translate in ``context``."""

    def __init__(self, columns: Sequence[Column], context: str, parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._rows: list[Any] = []
        self._cells: dict[int, tuple[list, list]] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = {}
        self.endResetModel()

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

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_cells(index.row())[0][index.column()]
        if role == SORT_ROLE:
            return self._row_cells(index.row())[1][index.column()]
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.marked and column.marked(row):
            return QBrush(MARK)
        if role == Qt.ItemDataRole.FontRole and column.marked and column.marked(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate(self._context, self._columns[section].header)
        return None

    def retranslate(self) -> None:
        """Tell views that headers and texts changed language."""
        self._cells = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._columns) - 1))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))
