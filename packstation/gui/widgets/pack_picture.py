"""The pack picture: each proposed box drawn in isometric view with its items as shaded blocks, one colour per SKU.

Reads the plan's plain JSON (`boxes[].placements[]` with `position` and `dims` in mm, the cartonization output
format), so it draws any plan the service hands over without knowing how it was made.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

COS30 = math.cos(math.radians(30))
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")


def sku_colour(sku: str) -> QColor:
    """A stable colour per SKU (same on every screen and every run)."""
    digest = hashlib.sha1(sku.encode("utf-8")).digest()
    return QColor(PALETTE[digest[0] % len(PALETTE)])


def box_extent(box: dict[str, Any]) -> tuple[float, float, float]:
    """The box's inner size if given, else the outer size, else what the items span."""
    for key in ("inner", "outer"):
        dims = box.get(key)
        if dims and len(dims) == 3 and all(dims):
            return float(dims[0]), float(dims[1]), float(dims[2])
    span = [1.0, 1.0, 1.0]
    for placement in box.get("placements", ()):
        for axis in range(3):
            span[axis] = max(span[axis], float(placement["position"][axis]) + float(placement["dims"][axis]))
    return span[0], span[1], span[2]


class PackPicture(QWidget):
    """Draws `boxes` (the plan's list) side by side; the box index `highlight` gets a thicker outline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[dict[str, Any]] = []
        self.highlight = 0
        self.setMinimumSize(200, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_boxes(self, boxes: list[dict[str, Any]]) -> None:
        self.boxes = list(boxes)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#fafafa"))
        if not self.boxes:
            painter.setPen(QColor("#555555"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "—")
            return
        width = self.width() / len(self.boxes)
        for index, box in enumerate(self.boxes):
            self._draw_box(painter, QRectF(index * width, 0, width, self.height()), box, index)

    def _draw_box(self, painter: QPainter, area: QRectF, box: dict[str, Any], index: int) -> None:
        w, ln, d = box_extent(box)
        caption_px = max(12, int(area.height() / 14))
        area = area.adjusted(10, 10, -10, -caption_px * 2)
        # Isometric projection of (x, y, z) -> screen; fit the whole box into the area.
        span_x = (w + ln) * COS30
        span_y = (w + ln) * 0.5 + d
        scale = min(area.width() / span_x, area.height() / span_y)
        origin = QPointF(area.center().x() - (w - ln) * COS30 * scale / 2,
                         area.center().y() + (span_y * scale) / 2 - (w + ln) * 0.5 * scale)

        def project(x: float, y: float, z: float) -> QPointF:
            return QPointF(origin.x() + (x - y) * COS30 * scale, origin.y() + ((x + y) * 0.5 - z) * scale)

        outline = QPen(QColor("#3b2a14"), 3 if index == self.highlight else 1.5)
        # Back walls and floor first (light cardboard), then items far-to-near, then the front edges.
        painter.setPen(outline)
        painter.setBrush(QColor("#e8d3b0"))
        painter.drawPolygon(QPolygonF([project(0, 0, 0), project(w, 0, 0), project(w, ln, 0), project(0, ln, 0)]))
        painter.setBrush(QColor("#dcc29a"))
        painter.drawPolygon(QPolygonF([project(0, 0, 0), project(w, 0, 0), project(w, 0, d), project(0, 0, d)]))
        painter.drawPolygon(QPolygonF([project(0, 0, 0), project(0, ln, 0), project(0, ln, d), project(0, 0, d)]))
        placements = sorted(box.get("placements", ()),
                            key=lambda p: (p["position"][2], p["position"][0] + p["position"][1]))
        for placement in placements:
            x, y, z = (float(v) for v in placement["position"])
            dx, dy, dz = (float(v) for v in placement["dims"])
            colour = sku_colour(str(placement.get("sku", "")))
            painter.setPen(QPen(QColor("#222222"), 1))
            faces = (
                ([(x, y, z + dz), (x + dx, y, z + dz), (x + dx, y + dy, z + dz), (x, y + dy, z + dz)], 115),
                ([(x + dx, y, z), (x + dx, y + dy, z), (x + dx, y + dy, z + dz), (x + dx, y, z + dz)], 90),
                ([(x, y + dy, z), (x + dx, y + dy, z), (x + dx, y + dy, z + dz), (x, y + dy, z + dz)], 70),
            )
            for corners, shade in faces:
                painter.setBrush(colour.lighter(shade) if shade > 100 else colour.darker(int(10000 / shade)))
                painter.drawPolygon(QPolygonF([project(*corner) for corner in corners]))
        painter.setPen(QPen(QColor("#3b2a14"), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for a, b in (((w, ln, 0), (w, ln, d)), ((w, 0, d), (w, ln, d)), ((0, ln, d), (w, ln, d))):
            painter.drawLine(project(*a), project(*b))
        font = QFont(painter.font())
        font.setPixelSize(caption_px)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#111111"))
        caption = f"{index + 1}. {box.get('box', '?')}  ({int(w)}×{int(ln)}×{int(d)} mm)"
        painter.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), caption_px * 1.6),
                         Qt.AlignmentFlag.AlignCenter, caption)
