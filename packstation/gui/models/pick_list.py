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
    """Rows are the session's LineViews; `set_lines` replaces them after every service call.

    A new order resets the model; the same order again tells the view only the rows that changed (a scan changes
    one line, so a 1,000-line pick list repaints one row, not a thousand). The service hands back the very same
    LineView object for an unchanged line, so most rows are skipped by identity.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[LineView, ...] = ()
        self._rows: dict[int, int] = {}  # line_id -> row
        self._key: object = None
        self._active_id: int | None = None
        self._icons: dict[str, QIcon] = {}

    def set_lines(self, lines: tuple[LineView, ...], active_id: int | None, key: object = None) -> list[int]:
        """Show `lines` (of the order `key`); returns the rows told to repaint ([] after a reset)."""
        lines = tuple(lines)
        old = self._lines
        changed: set[int] = set()
        same_order = key is not None and key == self._key and len(lines) == len(old)
        if same_order:
            changed = {
                row
                for row, (before, after) in enumerate(zip(old, lines, strict=True))
                if before is not after and before != after
            }
            same_order = all(old[row].line_id == lines[row].line_id for row in changed)
        if not same_order:  # another order, or its rows moved: start over
            self.beginResetModel()
            self._lines, self._key, self._active_id = lines, key, active_id
            self._rows = {line.line_id: row for row, line in enumerate(lines)}
            self.endResetModel()
            return []
        if active_id != self._active_id:
            changed |= {self._rows[i] for i in (self._active_id, active_id) if i in self._rows}
        self._lines, self._active_id = lines, active_id
        last = self.columnCount() - 1
        for row in sorted(changed):
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return sorted(changed)

    @property
    def active_id(self) -> int | None:
        return self._active_id

    def line(self, row: int) -> LineView:
        return self._lines[row]

    def row_of(self, line_id: int | None) -> int | None:
        return self._rows.get(line_id) if line_id is not None else None

    # -- Qt model ---------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return tr(COLUMNS[section]) if COLUMNS[section] else ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role on each paint: plain int roles, shared brushes, cached icons.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._lines):
            return None
        line = self._lines[row]
        column = index.column()
        if role == _DISPLAY:
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
        if role == _DECORATION:
            return self._icon(line) if column == 0 else None
        if role == _BACKGROUND:
            if line.line_id == self._active_id:
                return _ACTIVE_BRUSH
            if line.complete:
                return _DONE_BRUSH
            return None
        if role == _FOREGROUND:
            return _TEXT_BRUSH
        if role == _ALIGNMENT:
            return _CENTER if column == 4 else None
        return f"{line.sku_code} {line.description} {line.scanned} of {line.ordered}"  # accessible text

    def _icon(self, line: LineView) -> QIcon:
        key = line.image or ""
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = QIcon(str(resource_path("icons", _icon_name(line))))
        return icon


_DISPLAY, _DECORATION, _BACKGROUND, _FOREGROUND, _ALIGNMENT, _ACCESSIBLE = (
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
)
_ROLES = frozenset((_DISPLAY, _DECORATION, _BACKGROUND, _FOREGROUND, _ALIGNMENT, _ACCESSIBLE))
_ACTIVE_BRUSH, _DONE_BRUSH, _TEXT_BRUSH = QBrush(ACTIVE_BG), QBrush(DONE_BG), QBrush(QColor("#111111"))
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
