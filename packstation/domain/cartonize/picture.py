"""Pack-picture data: how the packer should put the items in, box by box, item by item.

The GUI draws either a layered top view (one panel per layer, rectangles) or an isometric view (three faces per
item, painted in step order so nearer items cover farther ones). No drawing here: just the numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from packstation.domain.cartonize.model import Dims, PackingPlan

_COS30 = math.cos(math.pi / 6)
Point = tuple[float, float]


@dataclass(frozen=True)
class PictureStep:
    step: int  # 1-based: the order the packer puts the units in
    sku: str
    position: Dims
    dims: Dims
    layer: int  # 1-based layer, by the height the unit stands on
    top_rect: tuple[int, int, int, int]  # x, y, w, l in the top view
    iso_faces: tuple[tuple[Point, ...], tuple[Point, ...], tuple[Point, ...]]  # top, left, right polygons
    fragile: bool = False


@dataclass(frozen=True)
class PictureBox:
    package_no: int
    box: str
    inner: Dims
    outline: tuple[tuple[Point, ...], ...]  # the box's isometric floor and back walls
    layers: int
    steps: tuple[PictureStep, ...]


def iso(x: float, y: float, z: float) -> Point:
    """Isometric projection: x to the right-down, y to the left-down, z up (screen y grows downward)."""
    return ((x - y) * _COS30, (x + y) * 0.5 - z)


def _cuboid_faces(p: Dims, d: Dims) -> tuple[tuple[Point, ...], tuple[Point, ...], tuple[Point, ...]]:
    x0, y0, z0 = p
    x1, y1, z1 = x0 + d[0], y0 + d[1], z0 + d[2]
    top = (iso(x0, y0, z1), iso(x1, y0, z1), iso(x1, y1, z1), iso(x0, y1, z1))
    left = (iso(x0, y1, z0), iso(x1, y1, z0), iso(x1, y1, z1), iso(x0, y1, z1))
    right = (iso(x1, y0, z0), iso(x1, y1, z0), iso(x1, y1, z1), iso(x1, y0, z1))
    return top, left, right


def pack_picture(plan: PackingPlan) -> tuple[PictureBox, ...]:
    """One picture per package; units in packing order (bottom first, back to front)."""
    out: list[PictureBox] = []
    for no, pkg in enumerate(plan.packages, start=1):
        inner = pkg.box.inner if pkg.box is not None else pkg.outer
        placements = sorted(pkg.placements, key=lambda q: (q.position[2], q.position[0] + q.position[1], q.position[0]))
        levels = sorted({q.position[2] for q in placements})
        layer_of = {z: i + 1 for i, z in enumerate(levels)}
        steps = tuple(
            PictureStep(
                i + 1,
                q.sku,
                q.position,
                q.dims,
                layer_of[q.position[2]],
                (q.position[0], q.position[1], q.dims[0], q.dims[1]),
                _cuboid_faces(q.position, q.dims),
                q.fragile,
            )
            for i, q in enumerate(placements)
        )
        w, ln, h = inner
        outline = (
            (iso(0, 0, 0), iso(w, 0, 0), iso(w, ln, 0), iso(0, ln, 0)),
            (iso(0, 0, 0), iso(w, 0, 0), iso(w, 0, h), iso(0, 0, h)),
            (iso(0, 0, 0), iso(0, ln, 0), iso(0, ln, h), iso(0, 0, h)),
        )
        out.append(PictureBox(no, pkg.box_code, inner, outline, len(levels), steps))
    return tuple(out)
