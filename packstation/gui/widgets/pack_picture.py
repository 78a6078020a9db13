"""The pack picture: each proposed box drawn in isometric view with its items as shaded blocks, one colour per SKU.

The SKUs of one box always get distinct colours (each keeps its own colour unless another SKU of the box had it
first), and the caption under each box shrinks, then breaks into two lines, rather than run past its slot.

Reads the plan's plain JSON (`boxes[].placements[]` with `position` and `dims` in mm, the cartonization output
format), so it draws any plan the service hands over without knowing how it was made.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

COS30 = math.cos(math.radians(30))
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")


def _slot(sku: str) -> int:
    return hashlib.sha1(sku.encode("utf-8")).digest()[0] % len(PALETTE)


def sku_colour(sku: str) -> QColor:
    """A stable colour per SKU (same on every screen and every run)."""
    return QColor(PALETTE[_slot(sku)])


def box_colours(skus: list[str]) -> dict[str, QColor]:
    """Distinct colours for the SKUs of one box: each SKU its own stable colour when still free in this box, else
    the next free palette colour; beyond the palette, further hues spread by the golden angle."""
    out: dict[str, QColor] = {}
    taken: set[int] = set()
    extra = 0
    for sku in sorted(dict.fromkeys(skus), key=lambda s: (_slot(s), s)):
        slot = _slot(sku)
        for step in range(len(PALETTE)):
            if (slot + step) % len(PALETTE) not in taken:
                slot = (slot + step) % len(PALETTE)
                taken.add(slot)
                out[sku] = QColor(PALETTE[slot])
                break
        else:
            extra += 1
            out[sku] = QColor.fromHsv(int(extra * 137.508) % 360, 150 + 40 * (extra % 3), 200 - 30 * (extra % 2))
    return out


def caption_layout(text: str, base: QFont, width: float, px: int, min_px: int = 9) -> tuple[QFont, list[str]]:
    """The font and lines for a caption `width` pixels wide: `px` tall if it fits, smaller down to `min_px`, then
    broken after the box code (two lines), then smaller still: never wider than its slot."""
    font = QFont(base)
    font.setBold(True)
    head, sep, tail = text.partition("  (")
    options = [[text]] + ([[head, "(" + tail]] if sep else [])
    for lines in options:
        for size in range(px, min_px - 1, -1):
            font.setPixelSize(size)
            metrics = QFontMetricsF(font)
            if max(metrics.horizontalAdvance(line) for line in lines) <= width:
                return font, lines
    lines = options[-1]
    size = min_px
    while size > 4:
        font.setPixelSize(size)
        if max(QFontMetricsF(font).horizontalAdvance(line) for line in lines) <= width:
            break
        size -= 1
    return font, lines


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
        caption = f"{index + 1}. {box.get('box', '?')}  ({int(w)}×{int(ln)}×{int(d)} mm)"
        font, lines = caption_layout(caption, painter.font(), area.width() - 8, caption_px)
        line_h = QFontMetricsF(font).lineSpacing()
        caption_h = line_h * len(lines) + 6
        caption_rect = QRectF(area.left() + 4, area.bottom() - caption_h, area.width() - 8, caption_h)
        area = area.adjusted(10, 10, -10, -caption_h - 4)
        # Isometric projection of (x, y, z) -> screen; fit the whole box into the area.
        span_x = (w + ln) * COS30
        span_y = (w + ln) * 0.5 + d
        scale = min(area.width() / span_x, area.height() / span_y)
        origin = QPointF(
            area.center().x() - (w - ln) * COS30 * scale / 2,
            area.center().y() + (span_y * scale) / 2 - (w + ln) * 0.5 * scale,
        )

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
        colours = box_colours([str(p.get("sku", "")) for p in box.get("placements", ())])
        placements = sorted(
            box.get("placements", ()), key=lambda p: (p["position"][2], p["position"][0] + p["position"][1])
        )
        for placement in placements:
            x, y, z = (float(v) for v in placement["position"])
            dx, dy, dz = (float(v) for v in placement["dims"])
            colour = colours[str(placement.get("sku", ""))]
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
        painter.setFont(font)
        painter.setPen(QColor("#111111"))
        painter.drawText(caption_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, "\n".join(lines))
