"""The pick list as a Qt table model: one row per order line, the active line marked, complete lines ticked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from packstation.gui.messages import tr
from packstation.resources import resource, resource_path
from packstation.services.views import LineView

COLUMNS = ("", "SKU", "Description", "Bin", "Scanned", "Capture")
ACTIVE_BG = QColor("#fff3c4")
DONE_BG = QColor("#dff3e4")

Index = QModelIndex | QPersistentModelIndex


def _icon_name(line: LineView) -> str:
    if line.image:
        try:
            resource("icons", line.image)
            return line.image
        except FileNotFoundError:
            pass
    return "item.svg"


def capture_text(line: LineView) -> str:
    """What the packer must capture or mind for this line, as words (not only icons)."""
    parts = []
    if line.needs_serial:
        parts.append(tr("serial"))
    if line.needs_lot or line.lot_required:
        parts.append(tr("lot {lot}", lot=line.lot_required) if line.lot_required else tr("lot"))
    if line.fragile:
        parts.append(tr("fragile"))
    if line.hazmat:
        parts.append(tr("hazmat"))
    if line.this_side_up:
        parts.append(tr("this side up"))
    return ", ".join(parts)


class PickListModel(QAbstractTableModel):
    """Rows are the session's LineViews; `set_lines` replaces them after every service call."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[LineView, ...] = ()
        self._active_id: int | None = None
        self._icons: dict[str, QIcon] = {}

    def set_lines(self, lines: tuple[LineView, ...], active_id: int | None) -> None:
        self.beginResetModel()
        self._lines = tuple(lines)
        self._active_id = active_id
        self.endResetModel()

    def line(self, row: int) -> LineView:
        return self._lines[row]

    def row_of(self, line_id: int | None) -> int | None:
        return next((row for row, line in enumerate(self._lines) if line.line_id == line_id), None)

    # -- Qt model ---------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section]) if COLUMNS[section] else ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return line.sku_code
            if column == 2:
                return line.description
            if column == 3:
                return line.bin
            if column == 4:
                return f"{'✔ ' if line.complete else ''}{line.scanned} / {line.ordered}"
            if column == 5:
                return capture_text(line)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            name = _icon_name(line)
            if name not in self._icons:
                self._icons[name] = QIcon(str(resource_path("icons", name)))
            return self._icons[name]
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.line_id == self._active_id:
                return QBrush(ACTIVE_BG)
            if line.complete:
                return QBrush(DONE_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#111111"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{line.sku_code} {line.description} {line.scanned} of {line.ordered}"
        return None
