"""A read-only table model for the lead's tables: rows of plain values, each cell may carry a drill-down.

Headers are English source strings (marked with `N_`), translated when shown, so a language switch only needs
`retranslate()` (the owning widget calls it from its changeEvent).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from packstation.gui.messages import tr

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of display values; `drills[r][c]` (or `row_drills[r]`) is what double-clicking that cell opens."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[Any]] = []
        self._drills: list[list[Any]] = []
        self._payloads: list[Any] = []

    def set_rows(
        self,
        rows: Sequence[Sequence[Any]],
        drills: Sequence[Sequence[Any]] | None = None,
        payloads: Sequence[Any] | None = None,
        headers: Sequence[str] | None = None,
    ) -> None:
        self.beginResetModel()
        if headers is not None:
            self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._drills = [list(d) for d in drills] if drills is not None else [[] for _ in rows]
        self._payloads = list(payloads) if payloads is not None else [None] * len(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        value = self._rows[index.row()][index.column()] if index.column() < len(self._rows[index.row()]) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and self.drill(index.row(), index.column()) is not None:
            return tr("Double-click to see the events behind this count")
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return tr(self._headers[section])
        return None

    def retranslate(self) -> None:
        """Headers follow the language now in use."""
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def drill(self, row: int, column: int) -> Any:
        """The drill-down of a cell (a dict of filter arguments), or None."""
        if not 0 <= row < len(self._drills):
            return None
        cells = self._drills[row]
        return cells[column] if column < len(cells) else None

    def payload(self, row: int) -> Any:
        return self._payloads[row] if 0 <= row < len(self._payloads) else None

    def value(self, row: int, column: int) -> Any:
        return self._rows[row][column]
