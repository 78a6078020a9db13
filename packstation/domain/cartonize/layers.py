"""Identical units, packed in layers with non-guillotine layer patterns (for the orders the quick fill leaves short).

A box is cut into slabs along one of its axes; each slab is one unit thick and holds a 2D pattern of the units'
cross-sections; the rest of the box is packed the same way (any axis again). The 2D pattern is the best of the
plain grid, guillotine cuts, and first-order non-guillotine "five-block" partitions (Birgin, Lobato and Morabito,
2010, for the pallet loading problem) over the raster points of the units' sides. That finds, e.g., 20 units of
80x285x70 in a 229x305x520 box where a block fill stops at 19 (11 standing on a 9-unit bed lying lengthwise).

Pure and memoised by sizes only, so the same box and unit shape cost nothing the second time. Used only for one
unit shape at a time and only where the units are few per box (the pattern search grows with the raster points).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any, cast

Rects = tuple[tuple[int, int], ...]  # the allowed (width, height) of one unit in the pattern plane
Recipe = tuple[Any, ...]  # ("grid", w, h) | ("v", x) | ("h", y) | ("5", x1, x2, y1, y2): how `place2d` lays it out
Spot = tuple[int, int, int, int, int, int]  # x, y, z, dx, dy, dz

# Only shapes with at most this many units per box by volume go through the layer search.
MAX_UNITS = 80
# The five-block partitions are tried only when both sides have at most this many raster points.
MAX_RASTER_5 = 12
MAX_RASTER = 40
# ... and only when the box has at most this many sub-boxes (products of raster points) to remember.
MAX_STATES = 6000


def _raster(size: int, sides: Sequence[int]) -> tuple[int, ...]:
    """Every length <= size that is a sum of unit sides (where a pattern's cut can fall)."""
    pts = {0}
    for s in sorted(set(sides)):
        grown = set(pts)
        for p in pts:
            q = p + s
            while q <= size:
                grown.add(q)
                q += s
        pts = grown
    return tuple(sorted(pts))


@lru_cache(maxsize=65536)
def pattern2d(w: int, h: int, rects: Rects) -> tuple[int, Recipe]:
    """(count, recipe) of the most units that fit a w x h rectangle; a recipe is expanded by `place2d`."""
    if not rects or w <= 0 or h <= 0:
        return 0, ("grid", 1, 1)
    best, recipe = 0, cast(Recipe, ("grid", 1, 1))
    for rw, rh in rects:
        n = (w // rw) * (h // rh)
        if n > best:
            best, recipe = n, ("grid", rw, rh)
    area = min(rw * rh for rw, rh in rects)
    bound = (w * h) // area
    if best >= bound or best == 0 and not any(rw <= w and rh <= h for rw, rh in rects):
        return best, recipe
    rx = _raster(w, [r[0] for r in rects])
    ry = _raster(h, [r[1] for r in rects])
    if len(rx) > MAX_RASTER or len(ry) > MAX_RASTER:
        return best, recipe
    for x in rx:
        if 0 < x <= w // 2:
            n = pattern2d(x, h, rects)[0] + pattern2d(w - x, h, rects)[0]
            if n > best:
                best, recipe = n, ("v", x)
    for y in ry:
        if 0 < y <= h // 2:
            n = pattern2d(w, y, rects)[0] + pattern2d(w, h - y, rects)[0]
            if n > best:
                best, recipe = n, ("h", y)
    if best >= bound or len(rx) > MAX_RASTER_5 or len(ry) > MAX_RASTER_5:
        return best, recipe
    for i, x1 in enumerate(rx):
        if x1 == 0:
            continue
        for x2 in rx[i + 1 :]:
            if x2 >= w:
                break
            for j, y1 in enumerate(ry):
                if y1 == 0:
                    continue
                for y2 in ry[j + 1 :]:
                    if y2 >= h:
                        break
                    n = (
                        pattern2d(x1, y2, rects)[0]
                        + pattern2d(w - x1, y1, rects)[0]
                        + pattern2d(w - x2, h - y1, rects)[0]
                        + pattern2d(x2, h - y2, rects)[0]
                        + pattern2d(x2 - x1, y2 - y1, rects)[0]
                    )
                    if n > best:
                        best, recipe = n, ("5", x1, x2, y1, y2)
                        if best >= bound:
                            return best, recipe
    return best, recipe


def place2d(w: int, h: int, rects: Rects, x0: int = 0, y0: int = 0) -> list[tuple[int, int, int, int]]:
    """The pattern of `pattern2d(w, h, rects)` as (x, y, width, height) rectangles."""
    n, recipe = pattern2d(w, h, rects)
    if n == 0:
        return []
    kind = recipe[0]
    if kind == "grid":
        rw, rh = recipe[1], recipe[2]
        return [(x0 + i * rw, y0 + j * rh, rw, rh) for j in range(h // rh) for i in range(w // rw)]
    if kind == "v":
        x = recipe[1]
        return place2d(x, h, rects, x0, y0) + place2d(w - x, h, rects, x0 + x, y0)
    if kind == "h":
        y = recipe[1]
        return place2d(w, y, rects, x0, y0) + place2d(w, h - y, rects, x0, y0 + y)
    _, x1, x2, y1, y2 = recipe
    return (
        place2d(x1, y2, rects, x0, y0)
        + place2d(w - x1, y1, rects, x0 + x1, y0)
        + place2d(w - x2, h - y1, rects, x0 + x2, y0 + y1)
        + place2d(x2, h - y2, rects, x0, y0 + y2)
        + place2d(x2 - x1, y2 - y1, rects, x0 + x1, y0 + y1)
    )


_OTHER = ((1, 2), (0, 2), (0, 1))


def _slabs(size: tuple[int, int, int], orients: tuple[tuple[int, int, int], ...]) -> Iterator[tuple[int, int, Rects]]:
    """(axis, thickness, cross-section rects) of every slab one unit thick that fits `size`."""
    for axis in range(3):
        b, c = _OTHER[axis]
        for t in sorted({o[axis] for o in orients}):
            if t > size[axis]:
                continue
            rects = tuple(
                sorted({(o[b], o[c]) for o in orients if o[axis] == t and o[b] <= size[b] and o[c] <= size[c]})
            )
            if rects:
                yield axis, t, rects


@lru_cache(maxsize=16384)
def layered(size: tuple[int, int, int], orients: tuple[tuple[int, int, int], ...]) -> tuple[int, tuple[Any, ...]]:
    """(count, (axis, thickness, rects) or ()) of the most units in a box of `size`, slab by slab."""
    vol = min(o[0] * o[1] * o[2] for o in orients)
    bound = (size[0] * size[1] * size[2]) // vol if vol else 0
    best, choice = 0, cast(tuple[Any, ...], ())
    for axis, t, rects in _slabs(size, orients):
        b, c = _OTHER[axis]
        n = pattern2d(size[b], size[c], rects)[0]
        if n == 0:
            continue
        rest = list(size)
        rest[axis] -= t
        n += layered((rest[0], rest[1], rest[2]), orients)[0]
        if n > best:
            best, choice = n, (axis, t, rects)
            if best >= bound:
                break
    return best, choice


def layered_spots(size: tuple[int, int, int], orients: tuple[tuple[int, int, int], ...]) -> list[Spot]:
    """The units of `layered(size, orients)`: corner and extent of each, slab by slab from the origin."""
    out: list[Spot] = []
    origin = [0, 0, 0]
    dims = list(size)
    while True:
        n, choice = layered((dims[0], dims[1], dims[2]), orients)
        if not n:
            return out
        axis, t, rects = choice
        b, c = _OTHER[axis]
        for u, v, du, dv in place2d(dims[b], dims[c], rects):
            pos = [0, 0, 0]
            ext = [0, 0, 0]
            pos[axis], ext[axis] = origin[axis], t
            pos[b], ext[b] = origin[b] + u, du
            pos[c], ext[c] = origin[c] + v, dv
            out.append((pos[0], pos[1], pos[2], ext[0], ext[1], ext[2]))
        origin[axis] += t
        dims[axis] -= t


def worth_trying(size: Sequence[int], orients: Sequence[tuple[int, int, int]]) -> bool:
    """Few enough units per box, and few enough cut positions, for the layer search to stay quick."""
    vol = min(o[0] * o[1] * o[2] for o in orients)
    if not vol or size[0] * size[1] * size[2] // vol > MAX_UNITS:
        return False
    sides = sorted({d for o in orients for d in o})
    states = 1
    for axis in range(3):
        states *= len(_raster(size[axis], sides))
    return states <= MAX_STATES
