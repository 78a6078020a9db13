"""Choosing the boxes for an order: the cheapest plan, then the fewest boxes, then the least void.

One box is always tried first, cheapest box first (its cost is known before packing, so the first box that
takes everything is the best single box). When none does, boxes are filled one after another, each time with
the box that takes the most of what is left, and the last box is the cheapest that takes the rest; a second pass
then tries to do with fewer boxes by repacking the two emptiest boxes together.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from packstation.domain.cartonize.costing import Coster
from packstation.domain.cartonize.layers import layered, layered_spots, worth_trying
from packstation.domain.cartonize.lookahead import pack_lookahead
from packstation.domain.cartonize.placement import (
    FILL_STRATEGIES,
    HEAVY_STRATEGIES,
    STRATEGIES,
    Block,
    Kind,
    blocks_stand,
    fits_in,
    pack_box,
    settle,
)
from packstation.domain.cartonize.support import current_rules

Filled = tuple[int, list[Block]]  # box index, blocks
# The lookahead fill is tried for orders of at most this many SKUs (its cost grows with the square of the steps).
LOOKAHEAD_KINDS = 12


def _packed(
    inner: Sequence[int],
    capacity: int,
    kinds: Sequence[Kind],
    counts: Sequence[int],
    strategy: int,
    memo: dict[Any, Any] | None,
) -> tuple[list[Block], list[int]]:
    """pack_box, remembered for one order's search: merging and downsizing ask the same questions again."""
    if memo is None:
        return pack_box(inner, capacity, kinds, counts, strategy)
    key = (inner[0], inner[1], inner[2], capacity, tuple(counts), strategy)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = pack_box(inner, capacity, kinds, counts, strategy)
    return hit[0], list(hit[1])


def fill_all(
    inner: Sequence[int],
    capacity: int,
    kinds: Sequence[Kind],
    counts: Sequence[int],
    memo: dict[Any, Any] | None = None,
) -> list[Block] | None:
    """Blocks holding every unit of `counts` in one box, or None when no strategy manages it."""
    total = sum(counts)
    for strategy in range(STRATEGIES):
        blocks, left = _packed(inner, capacity, kinds, counts, strategy, memo)
        if not any(left):
            return blocks
        if sum(left) == total:
            return None  # nothing placeable at all: no other strategy will do better
    if (
        len([n for n in counts if n]) <= LOOKAHEAD_KINDS
        and sum(k.volume * counts[k.idx] for k in kinds) <= inner[0] * inner[1] * inner[2]
    ):
        key = (inner[0], inner[1], inner[2], capacity, tuple(counts), "lookahead")
        hit = memo.get(key) if memo is not None else None
        if hit is None:
            hit = pack_lookahead(inner, capacity, kinds, counts)
            if memo is not None:
                memo[key] = hit
        if not any(hit[1]):
            return hit[0]
    layer = _layer_fill(inner, capacity, kinds, counts)
    if layer is not None and sum(b[7] * b[8] * b[9] for b in layer) == total:
        return layer
    return None


def _one_shape(kinds: Sequence[Kind], counts: Sequence[int]) -> tuple[tuple[int, int, int], ...] | None:
    """The shared turns when every unit asked for has the same packing size and turn rule, else None."""
    shapes = {k.orients for k in kinds if counts[k.idx] > 0}
    if len(shapes) != 1:
        return None
    return tuple(sorted(shapes.pop()))


def _layer_fill(
    inner: Sequence[int], capacity: int, kinds: Sequence[Kind], counts: Sequence[int]
) -> list[Block] | None:
    """Units of one shape in layers (layers.py), lightest first within the weight limit; None when not tried."""
    orients = _one_shape(kinds, counts)
    size = (inner[0], inner[1], inner[2])
    if orients is None or not worth_trying(size, orients):
        return None
    if layered(size, orients)[0] == 0:
        return []
    spots = layered_spots(size, orients)
    chosen: list[Kind] = []
    cap = capacity
    for k in sorted((k for k in kinds if counts[k.idx] > 0), key=lambda k: (k.weight, k.idx)):
        n = counts[k.idx]
        if k.weight:
            n = min(n, cap // k.weight)
        n = min(n, len(spots) - len(chosen))
        chosen.extend([k] * n)
        cap -= n * k.weight
        if len(chosen) == len(spots):
            break
    # The lightest units are chosen (most units within the weight limit); the heaviest of them go lowest.
    chosen.sort(key=lambda k: (-k.weight, k.idx))
    low_first = sorted(spots[: len(chosen)], key=lambda s: (s[2], s[1], s[0]))
    blocks: list[Block] = [
        (k.idx, x, y, z, dx, dy, dz, 1, 1, 1) for k, (x, y, z, dx, dy, dz) in zip(chosen, low_first, strict=True)
    ]
    rules = current_rules()
    if blocks_stand(blocks, kinds, rules):
        return blocks
    blocks = settle(blocks)
    return blocks if blocks_stand(blocks, kinds, rules) else None


def fill_most(
    inner: Sequence[int],
    capacity: int,
    kinds: Sequence[Kind],
    counts: Sequence[int],
    memo: dict[Any, Any] | None = None,
    heavy: bool = False,
) -> list[Block]:
    """The strategy's blocks that leave the least volume (heavy: weight) behind, for a box that cannot take
    everything."""
    best: list[Block] = []
    best_vol = -1
    vols = {k.idx: (k.weight if heavy else k.volume) for k in kinds}
    for strategy in HEAVY_STRATEGIES if heavy else range(FILL_STRATEGIES):
        blocks, left = _packed(inner, capacity, kinds, counts, strategy, memo)
        vol = sum(b[7] * b[8] * b[9] * vols[b[0]] for b in blocks)
        if vol > best_vol:
            best, best_vol = blocks, vol
        if not any(left):
            break
    if not heavy and len([n for n in counts if n]) <= LOOKAHEAD_KINDS:
        key = (inner[0], inner[1], inner[2], capacity, tuple(counts), "lookahead")
        hit = memo.get(key) if memo is not None else None
        if hit is None:
            hit = pack_lookahead(inner, capacity, kinds, counts)
            if memo is not None:
                memo[key] = hit
        vol = sum(b[7] * b[8] * b[9] * vols[b[0]] for b in hit[0])
        if vol > best_vol:
            best, best_vol = hit[0], vol
    if best_vol < sum(vols[k.idx] * counts[k.idx] for k in kinds):
        layer = _layer_fill(inner, capacity, kinds, counts)
        if layer:
            vol = sum(b[7] * b[8] * b[9] * vols[b[0]] for b in layer)
            if vol > best_vol:
                best = layer
    return best


def search(
    kinds: Sequence[Kind], counts: Sequence[int], coster: Coster, stock: list[int | None] | None = None
) -> tuple[list[Filled], list[int]]:
    """Boxes for all `counts`; returns the filled boxes and the counts no box could take.

    `stock` (boxes left per box index, None = not counted) is used up as boxes are chosen. When one box is
    not enough, one more plan per box type is tried (fill with that type first) and the cheapest plan wins.
    """
    if stock is None:
        stock = [b.stock for b in coster.boxes]
    shelf = list(stock)
    best = _greedy(kinds, counts, coster, shelf, None)
    if len(best[0]) > 1:
        first = best[0][0][0]
        for bi in range(len(coster.boxes)):
            if bi == first or _out_of_stock(stock, bi):
                continue
            other = _greedy(kinds, counts, coster, list(stock), bi)
            if _plan_rank(other, kinds, coster) < _plan_rank(best, kinds, coster):
                best = other
        # Weight-bound orders: also fill each box with the heaviest units first.
        weight = sum(k.weight * n for k, n in zip(kinds, counts, strict=True))
        heaviest = max((b.capacity for b in coster.boxes), default=0)
        if len(best[0]) > 1 and heaviest and len(best[0]) > -(-weight // heaviest):
            for bi in [None, *range(len(coster.boxes))]:
                other = _greedy(kinds, counts, coster, list(stock), bi, heavy=True)
                if _plan_rank(other, kinds, coster) < _plan_rank(best, kinds, coster):
                    best = other
    out, left, used = best
    stock[:] = used
    return out, left


def _plan_rank(
    plan: tuple[list[Filled], list[int], list[Any]], kinds: Sequence[Kind], coster: Coster
) -> tuple[Any, ...]:
    """Fewest units left behind, then fewest boxes, then least cost, then least void (a split order goes in the
    fewest, cheapest boxes)."""
    out, left, _ = plan
    cost, void = Decimal(0), 0.0
    for bi, blocks in out:
        c, v = coster.rank_single(bi, _counts((bi, blocks), kinds), kinds)
        cost += c
        void += v
    return (sum(left), len(out), cost, void)


def _greedy(
    kinds: Sequence[Kind],
    counts: Sequence[int],
    coster: Coster,
    stock: list[int | None],
    prefer: int | None,
    heavy: bool = False,
) -> tuple[list[Filled], list[int], list[int | None]]:
    """Fill boxes one after another (the `prefer` box type while it takes anything, else the box taking the
    most volume) until the rest fits one box; then merge and downsize."""
    boxes = coster.boxes
    left = list(counts)
    out: list[Filled] = []
    while any(left):
        single = best_single(kinds, left, coster, stock)
        if single is not None:
            out.append(single)
            _take(stock, single[0])
            left = [0] * len(left)
            break
        best: Filled | None = None
        best_key: tuple[Any, ...] = ()
        # The preferred box type, when it takes anything, wins outright: no need to try the others.
        order = list(range(len(boxes))) if prefer is None else [prefer] + [b for b in range(len(boxes)) if b != prefer]
        for bi in order:
            box = boxes[bi]
            if best is not None and best_key[0]:
                break
            if _out_of_stock(stock, bi):
                continue
            sub = coster.allowed_counts(bi, kinds, left)
            if not any(sub):
                continue
            blocks = fill_most(box.inner, box.capacity, kinds, sub, coster.memo, heavy)
            if not blocks:
                continue
            vol = sum(b[7] * b[8] * b[9] * (kinds[b[0]].weight if heavy else kinds[b[0]].volume) for b in blocks)
            key = (bi == prefer, vol, -coster.box_cost_hint(bi), -box.volume, -bi)
            if best is None or key > best_key:
                best, best_key = (bi, blocks), key
        if best is None:
            break
        out.append(best)
        _take(stock, best[0])
        for b in best[1]:
            left[b[0]] -= b[7] * b[8] * b[9]
    out = merge_pass(out, kinds, coster, stock)
    out = [downsize(f, kinds, coster, stock) for f in out]
    return out, left, stock


def best_single(
    kinds: Sequence[Kind], counts: Sequence[int], coster: Coster, stock: Sequence[int | None]
) -> Filled | None:
    """The cheapest box (then least void) that takes every unit of `counts`, or None."""
    weight = sum(kinds[i].weight * n for i, n in enumerate(counts))
    volume = sum(kinds[i].volume * n for i, n in enumerate(counts))
    needed = [kinds[i] for i, n in enumerate(counts) if n]
    for bi in coster.single_order(counts, kinds):
        box = coster.boxes[bi]
        if _out_of_stock(stock, bi):
            continue
        if box.volume < volume or box.capacity < weight or not coster.allowed_all(bi, needed):
            continue
        if not all(fits_in(k, box.inner) for k in needed):
            continue
        blocks = fill_all(box.inner, box.capacity, kinds, counts, coster.memo)
        if blocks is not None:
            return bi, blocks
    return None


def merge_pass(out: list[Filled], kinds: Sequence[Kind], coster: Coster, stock: list[int | None]) -> list[Filled]:
    """Try to put the contents of two boxes into one (fewer boxes is cheaper and greener), until none merge."""
    changed = True
    while changed and len(out) > 1:
        changed = False
        order = sorted(range(len(out)), key=lambda i: _filled_volume(out[i], kinds))
        for a_pos in range(len(order)):
            for b_pos in range(a_pos + 1, len(order)):
                a, b = order[a_pos], order[b_pos]
                counts = _counts(out[a], kinds)
                for i, n in enumerate(_counts(out[b], kinds)):
                    counts[i] += n
                for bi in (out[a][0], out[b][0]):
                    _give(stock, bi)
                single = best_single(kinds, counts, coster, stock)
                if single is None:
                    for bi in (out[a][0], out[b][0]):
                        _take(stock, bi)
                    continue
                _take(stock, single[0])
                out = [f for i, f in enumerate(out) if i not in (a, b)] + [single]
                changed = True
                break
            if changed:
                break
    return out


def downsize(filled: Filled, kinds: Sequence[Kind], coster: Coster, stock: list[int | None]) -> Filled:
    """The same contents in a cheaper box when one takes them all."""
    counts = _counts(filled, kinds)
    _give(stock, filled[0])
    single = best_single(kinds, counts, coster, stock)
    if single is not None and coster.rank_single(single[0], counts, kinds) < coster.rank_single(
        filled[0], counts, kinds
    ):
        _take(stock, single[0])
        return single
    _take(stock, filled[0])
    return filled


def _counts(filled: Filled, kinds: Sequence[Kind]) -> list[int]:
    counts = [0] * len(kinds)
    for b in filled[1]:
        counts[b[0]] += b[7] * b[8] * b[9]
    return counts


def _filled_volume(filled: Filled, kinds: Sequence[Kind]) -> int:
    return sum(b[7] * b[8] * b[9] * kinds[b[0]].volume for b in filled[1])


def _take(stock: list[int | None], bi: int) -> None:
    if stock[bi] is not None:
        stock[bi] -= 1  # type: ignore[operator]


def _give(stock: list[int | None], bi: int) -> None:
    if stock[bi] is not None:
        stock[bi] += 1  # type: ignore[operator]


def _out_of_stock(stock: Sequence[int | None], bi: int) -> bool:
    """Box `bi` is counted and none is left."""
    left = stock[bi]
    return left is not None and left <= 0
