"""Filling one box: greedy block building over maximal free spaces.

Identical units are placed as cuboid blocks (nx by ny by nz of one SKU in one orientation), so an order of 75
units is a handful of steps. Free space is kept as the list of maximal empty cuboids: every space that a new
block cuts is replaced by the (up to six) slabs around the block, and spaces inside others are dropped. A
block is always put in a free space, so blocks never overlap and never leave the box.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import permutations
from typing import Any

from packstation.domain.cartonize.support import StackRules, Top, block_ok, current_rules

Space = tuple[int, int, int, int, int, int]  # x0, y0, z0, x1, y1, z1
# kind, x, y, z, dx, dy, dz (one unit, packing size), nx, ny, nz
Block = tuple[int, int, int, int, int, int, int, int, int, int]

# Orders in which a block grows along the axes (0 = x/w, 1 = y/l, 2 = z/d).
_AXIS_ORDERS = ((2, 1, 0), (2, 0, 1), (0, 1, 2), (1, 0, 2), (0, 2, 1), (1, 2, 0))
# (block choice, space choice, lengthwise preference among equal blocks: 0 none, 1 along x, 2 along y): tried in this order until one strategy fits everything.
STRATEGY_TABLE = ((0, 0, 0), (0, 1, 0), (2, 1, 0), (0, 0, 1), (1, 0, 0), (0, 0, 2), (1, 1, 0), (3, 0, 0), (3, 1, 0))
STRATEGIES = 7  # the all-in-one-box tries; the last two (heaviest first) fill weight-bound split orders
HEAVY_STRATEGIES = (7, 8)
# Filling a box as far as it goes (a split order) tries only the first few: the quick, usually best ones.
FILL_STRATEGIES = 3


@dataclass(frozen=True, slots=True)
class Kind:
    """One SKU's units as the packer sees them: packing size (with fragile clearance) and allowed turns."""

    idx: int
    sku: str
    size: tuple[int, int, int]  # packing size: real dims + 2 * pad on every axis
    pad: int
    weight: int
    orients: tuple[tuple[int, int, int], ...]
    fragile: bool = False
    soft: bool = False
    real_volume: int = 0
    volume: int = field(init=False)  # packing volume, read in the inner loops: stored, not computed
    min_side: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "volume", self.size[0] * self.size[1] * self.size[2])
        object.__setattr__(self, "min_side", min(self.size))


def orientations(dims: Sequence[int], keep_flat: bool) -> tuple[tuple[int, int, int], ...]:
    """Distinct turns of an item: all six, or only the two about the vertical axis for this-side-up."""
    w, ln, d = dims
    turns = [(w, ln, d), (ln, w, d)] if keep_flat else list(permutations((w, ln, d)))
    seen: list[tuple[int, int, int]] = []
    for t in turns:
        if t not in seen:
            seen.append(t)  # type: ignore[arg-type]
    return tuple(seen)


def fits_in(kind: Kind, inner: Sequence[int]) -> bool:
    W, L, H = inner
    return any(dx <= W and dy <= L and dz <= H for dx, dy, dz in kind.orients)


def pack_box(
    inner: Sequence[int], capacity: int, kinds: Sequence[Kind], counts: Sequence[int], strategy: int = 0
) -> tuple[list[Block], list[int]]:
    """Place as many of `counts` units (per kind index) as fit in `inner` within `capacity` grams.

    Returns the blocks placed and the counts left over. Strategies (STRATEGY_TABLE) differ in which block
    wins a space (0 the most volume, 1 the most volume that leaves the least sliver, 2 the bulkiest kind
    first) and which space is filled next (0 the lowest, nearest the back corner; 1 the roomiest).
    """
    W, L, H = inner
    return resume([(0, 0, 0, W, L, H)], list(counts), capacity, [], kinds, strategy)


def resume(
    spaces: list[Space], left: list[int], cap: int, blocks: list[Block], kinds: Sequence[Kind], strategy: int = 0
) -> tuple[list[Block], list[int]]:
    """Go on filling from a partly packed box (free `spaces`, `left` counts, `cap` grams still allowed)."""
    active = [k for k in kinds if left[k.idx] > 0]
    rules = current_rules()
    strategy, space_rule, along = STRATEGY_TABLE[strategy]
    anchor = _anchor if space_rule == 0 else _biggest
    if strategy == 2:
        active.sort(key=lambda k: (-k.volume, -k.weight, k.idx))
    while spaces:
        active = [k for k in active if left[k.idx] > 0 and k.weight <= cap]
        if not active:
            break
        space = min(spaces, key=anchor)
        choice = _best_block(
            space, active, left, cap, strategy, along, tops=tops_under(space, blocks, kinds, rules), rules=rules
        )
        if choice is None:
            spaces.remove(space)
            continue
        spaces, cap = put(spaces, left, cap, blocks, active, space, choice)
    return blocks, left


def put(
    spaces: list[Space],
    left: list[int],
    cap: int,
    blocks: list[Block],
    active: Sequence[Kind],
    space: Space,
    choice: tuple[Any, ...],
) -> tuple[list[Space], int]:
    """Place block `choice` (kind, turn, shape) at the corner of `space`; updates `left` and `blocks`."""
    k, (dx, dy, dz), (nx, ny, nz) = choice
    x0, y0, z0 = space[0], space[1], space[2]
    n = nx * ny * nz
    blocks.append((k.idx, x0, y0, z0, dx, dy, dz, nx, ny, nz))
    left[k.idx] -= n
    cap -= n * k.weight
    return _cut(spaces, (x0, y0, z0, x0 + nx * dx, y0 + ny * dy, z0 + nz * dz), active, left), cap


def _anchor(s: Space) -> tuple[int, int, int]:
    # Fill bottom up, from the back corner: stable stacks and a picture the packer can follow.
    return (s[2], s[0] + s[1], -(s[3] - s[0]) * (s[4] - s[1]))


def _biggest(s: Space) -> tuple[int, int]:
    # The roomiest space first: keeps big items from being shut out by thin slots at the bottom.
    return (-(s[3] - s[0]) * (s[4] - s[1]) * (s[5] - s[2]), s[2])


def tops_under(space: Space, blocks: Sequence[Block], kinds: Sequence[Kind], rules: StackRules) -> list[Top] | None:
    """The top faces a block put at `space`'s corner would stand on; None on the floor or with no stacking rules."""
    z0 = space[2]
    if z0 == 0 or not rules.active:
        return None
    x0, y0, x1, y1 = space[0], space[1], space[3], space[4]
    out: list[Top] = []
    for b in blocks:
        if b[3] + b[9] * b[6] != z0:
            continue
        bx1, by1 = b[1] + b[7] * b[4], b[2] + b[8] * b[5]
        if b[1] < x1 and bx1 > x0 and b[2] < y1 and by1 > y0:
            k = kinds[b[0]]
            out.append((b[1], b[2], bx1, by1, k.weight, k.fragile))
    return out


def _best_block(
    space: Space,
    active: Sequence[Kind],
    left: Sequence[int],
    cap: int,
    strategy: int,
    along: int = 0,
    ranked: list[Any] | None = None,
    tops: list[Top] | None = None,
    rules: StackRules | None = None,
) -> tuple[Any, ...] | None:
    """The winning block for `space`; with `ranked`, every candidate is also appended as (key, choice).

    With `tops` (the faces below a space above the floor), only blocks whose every bottom unit rests on them
    by the stacking rules count."""
    x0, y0, z0, x1, y1, z1 = space
    if tops is not None and not tops:
        return None  # nothing under this corner: a unit there would float
    size = (x1 - x0, y1 - y0, z1 - z0)
    sx, sy, sz = size
    best: tuple[Any, ...] | None = None
    best_key: tuple[Any, ...] = ()
    key: tuple[Any, ...]
    for k in active:
        q = left[k.idx]
        if k.weight:
            q = min(q, cap // k.weight)
        if q <= 0:
            continue
        kvol = k.volume
        for o in k.orients:
            dx, dy, dz = o
            if dx > sx or dy > sy or dz > sz:
                continue
            most = (sx // dx, sy // dy, sz // dz)
            for shape in _shapes(most, q):
                n = shape[0] * shape[1] * shape[2]
                vol = n * kvol
                if strategy == 1:
                    # Prefer blocks that use a side of the space fully: slivers waste the box.
                    rest = (sx - shape[0] * dx, sy - shape[1] * dy, sz - shape[2] * dz)
                    sliver = sum(1 for r, m in zip(rest, size, strict=True) if 0 < r < m // 4 + 1)
                    key = (-sliver, vol, k.weight * n, -k.idx, -dz, 0)
                elif strategy == 3:
                    key = (k.weight / k.volume, vol, -k.idx, -dz, 0)  # densest first
                else:
                    lengthwise = shape[0] * dx if along == 1 else shape[1] * dy if along == 2 else 0
                    key = (vol, k.weight * n, -k.idx, -dz, lengthwise, -shape[2] * dz)  # low blocks
                if ranked is not None:
                    if not _rests(x0, y0, dx, dy, shape, k.weight, tops, rules):
                        continue
                    ranked.append((key, (k, o, shape)))
                elif best is not None and key <= best_key or not _rests(x0, y0, dx, dy, shape, k.weight, tops, rules):
                    continue
                if best is None or key > best_key:
                    best, best_key = (k, o, shape), key
        if strategy == 2 and best is not None:
            return best  # the bulkiest kind that fits takes the space
    return best


def _rests(
    x0: int,
    y0: int,
    dx: int,
    dy: int,
    shape: tuple[int, int, int],
    weight: int,
    tops: list[Top] | None,
    rules: StackRules | None,
) -> bool:
    """On the floor (no `tops`) a block always rests; above it, by the stacking rules given with the tops."""
    if tops is None:
        return True
    assert rules is not None, "tops come with their stacking rules"
    return block_ok(x0, y0, dx, dy, shape[0], shape[1], weight, tops, rules)


_ONE = {(1, 1, 1)}


def _shapes(most: tuple[int, int, int], q: int) -> set[tuple[int, int, int]]:
    """Cuboid block shapes of at most q units, grown greedily along each axis order."""
    if q == 1:
        return _ONE
    mx, my, mz = most
    if mx * my * mz <= q:
        return {most}
    out: set[tuple[int, int, int]] = set()
    for order in _AXIS_ORDERS:
        n = [1, 1, 1]
        rest = q
        for axis in order:
            take = min(most[axis], rest)
            n[axis] = take
            rest //= take
        out.add((n[0], n[1], n[2]))
    return out


def _cut(spaces: list[Space], b: Space, active: Sequence[Kind], left: Sequence[int]) -> list[Space]:
    bx0, by0, bz0, bx1, by1, bz1 = b
    live = [k for k in active if left[k.idx] > 0]
    if not live:
        return []
    small = min(k.min_side for k in live)
    out: list[Space] = []
    for s in spaces:
        x0, y0, z0, x1, y1, z1 = s
        if bx0 >= x1 or bx1 <= x0 or by0 >= y1 or by1 <= y0 or bz0 >= z1 or bz1 <= z0:
            out.append(s)
            continue
        if bx0 - x0 >= small:
            out.append((x0, y0, z0, bx0, y1, z1))
        if x1 - bx1 >= small:
            out.append((bx1, y0, z0, x1, y1, z1))
        if by0 - y0 >= small:
            out.append((x0, y0, z0, x1, by0, z1))
        if y1 - by1 >= small:
            out.append((x0, by1, z0, x1, y1, z1))
        if bz0 - z0 >= small:
            out.append((x0, y0, z0, x1, y1, bz0))
        if z1 - bz1 >= small:
            out.append((x0, y0, bz1, x1, y1, z1))
    out = [s for s in out if s[3] - s[0] >= small and s[4] - s[1] >= small and s[5] - s[2] >= small]
    # Drop spaces inside others: the big ones first, so each is tested only against keepers.
    out.sort(key=lambda s: (s[3] - s[0]) * (s[4] - s[1]) * (s[5] - s[2]), reverse=True)
    kept: list[Space] = []
    for s in out:
        x0, y0, z0, x1, y1, z1 = s
        for t in kept:
            if t[0] <= x0 and t[1] <= y0 and t[2] <= z0 and x1 <= t[3] and y1 <= t[4] and z1 <= t[5]:
                break
        else:
            kept.append(s)
    return kept


def blocks_stand(blocks: Sequence[Block], kinds: Sequence[Kind], rules: StackRules) -> bool:
    """Does every block of a filled box rest on the floor or on blocks right below it by the stacking rules?"""
    if not rules.active:
        return True
    for b in blocks:
        z = b[3]
        if z == 0:
            continue
        tops = [
            (c[1], c[2], c[1] + c[7] * c[4], c[2] + c[8] * c[5], kinds[c[0]].weight, kinds[c[0]].fragile)
            for c in blocks
            if c[3] + c[9] * c[6] == z
        ]
        if not block_ok(b[1], b[2], b[4], b[5], b[7], b[8], kinds[b[0]].weight, tops, rules):
            return False
    return True


def settle(blocks: Sequence[Block]) -> list[Block]:
    """Let every block drop straight down onto whatever is below it (nothing overlaps after: blocks drop in the
    order of their heights, each onto blocks already dropped)."""
    out: list[Block] = []
    for b in sorted(blocks, key=lambda c: c[3]):
        x0, y0, x1, y1 = b[1], b[2], b[1] + b[7] * b[4], b[2] + b[8] * b[5]
        floor = 0
        for c in out:
            if c[1] < x1 and c[1] + c[7] * c[4] > x0 and c[2] < y1 and c[2] + c[8] * c[5] > y0:
                floor = max(floor, c[3] + c[9] * c[6])
        out.append((b[0], b[1], b[2], floor, b[4], b[5], b[6], b[7], b[8], b[9]))
    return out
