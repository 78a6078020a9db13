"""The cartonization entry points: `plan_order` (the proposal after the last scan) and `fill_box`."""

from __future__ import annotations

from collections.abc import Sequence

from packstation.domain.cartonize.costing import Coster
from packstation.domain.cartonize.model import (
    DEFAULT_FRAGILE_CLEARANCE_MM,
    BoxSpec,
    ItemSpec,
    Package,
    PackingPlan,
    Placement,
    Unpacked,
)
from packstation.domain.cartonize.placement import Block, Kind, fits_in, orientations, pack_box
from packstation.domain.cartonize.search import best_single, fill_most, search
from packstation.domain.cartonize.support import DEFAULT_RULES, StackRules, using_rules
from packstation.domain.cushioning import CushionMaterial
from packstation.domain.errors import ValidationError
from packstation.domain.rates import RateTable, Units

ACTION_REFUSED = (
    "Set this item aside: ship it as is with the label on the product if its own packaging allows, "
    "otherwise ask the shift lead for an oversize carton or a freight shipment."
)


def plan_order(
    items: Sequence[ItemSpec],
    boxes: Sequence[BoxSpec],
    *,
    materials: Sequence[CushionMaterial] = (),
    rates: RateTable | None = None,
    units: Units | None = None,
    fragile_clearance: int = DEFAULT_FRAGILE_CLEARANCE_MM,
    stacking: StackRules = DEFAULT_RULES,
) -> PackingPlan:
    """The least-cost plan (then fewest boxes, then least void) for `items` in the `boxes` in stock.

    Items no box can take are listed in `unpacked` with the reason and what to do; the rest is still planned.
    Items and boxes are in mm and g (cases.py converts a file's cm/kg or in/lb on the safe side); `units` is
    how the plan shows its lengths and weights (`to_json`, the CLI), e.g. IMPERIAL for inches and pounds. The
    rate table prices in its own units (dimensional divisor in cm3/kg or in3/lb), whatever `units` is.
    `stacking` (support.py): every unit rests on the floor or on units below it, heavy below light, fragile
    never under heavy.
    """
    with using_rules(stacking):
        return _plan_order(items, boxes, materials, rates, units, fragile_clearance)


def _plan_order(
    items: Sequence[ItemSpec],
    boxes: Sequence[BoxSpec],
    materials: Sequence[CushionMaterial],
    rates: RateTable | None,
    units: Units | None,
    fragile_clearance: int,
) -> PackingPlan:
    _check_items(items)
    coster = Coster([b for b in boxes if b.stock is None or b.stock > 0], materials, rates)
    all_boxes = list(boxes)
    kinds: list[Kind] = []
    counts: list[int] = []
    unpacked: list[Unpacked] = []
    packages: list[Package] = []
    notes: list[str] = []
    stock: list[int | None] = [b.stock for b in coster.boxes]
    for item in items:
        if item.qty <= 0:
            continue
        kind, problem = _make_kind(len(kinds), item, coster, all_boxes, fragile_clearance)
        if problem is not None and not item.ship_alone:
            unpacked.append(problem)
            continue
        if kind.pad == 0 and item.fragile and fragile_clearance > 0:
            notes.append(f"{item.sku}: no box leaves {fragile_clearance} mm around it; wrap it tightly")
        if item.ship_alone:
            packages.extend(_ship_alone(kind, item, coster, problem, stock))
            continue
        kinds.append(kind)
        counts.append(item.qty)
    if kinds:
        filled, left = search(kinds, counts, coster, stock)
        packages.extend(build_package(coster, coster.boxes[bi], blocks, kinds) for bi, blocks in filled)
        for i, n in enumerate(left):
            if n:
                unpacked.append(
                    Unpacked(
                        kinds[i].sku,
                        n,
                        f"{kinds[i].sku}: no box left in stock takes it",
                        ACTION_REFUSED,
                        "no_box_for_item",
                    )
                )
    return PackingPlan(tuple(packages), tuple(unpacked), notes=tuple(notes), units=units)


def fill_box(
    items: Sequence[ItemSpec],
    box: BoxSpec,
    *,
    materials: Sequence[CushionMaterial] = (),
    rates: RateTable | None = None,
    units: Units | None = None,
    fragile_clearance: int = DEFAULT_FRAGILE_CLEARANCE_MM,
    stacking: StackRules = DEFAULT_RULES,
) -> PackingPlan:
    """Fill the one given box as far as it goes (most volume, then weight); the rest is reported unpacked."""
    with using_rules(stacking):
        return _fill_box(items, box, materials, rates, units, fragile_clearance)


def _fill_box(
    items: Sequence[ItemSpec],
    box: BoxSpec,
    materials: Sequence[CushionMaterial],
    rates: RateTable | None,
    units: Units | None,
    fragile_clearance: int,
) -> PackingPlan:
    _check_items(items)
    coster = Coster([box], materials, rates)
    kinds = [make_kind(i, item, fragile_clearance if item.fragile else 0) for i, item in enumerate(items)]
    for i, k in enumerate(kinds):
        if k.pad and not fits_in(k, box.inner):
            kinds[i] = make_kind(i, items[i], 0)
    counts = [max(item.qty, 0) for item in items]
    blocks = fill_most(box.inner, box.capacity, kinds, coster.allowed_counts(0, kinds, counts))
    left = list(counts)
    for b in blocks:
        left[b[0]] -= b[7] * b[8] * b[9]
    packages = (build_package(coster, box, blocks, kinds),) if blocks else ()
    unpacked = tuple(
        Unpacked(items[i].sku, n, f"{items[i].sku}: no room left in {box.code}", "Pack it in a further box.", "no_room")
        for i, n in enumerate(left)
        if n > 0
    )
    return PackingPlan(packages, unpacked, units=units)


def build_package(coster: Coster, box: BoxSpec, blocks: Sequence[Block], kinds: Sequence[Kind]) -> Package:
    placements = tuple(expand(blocks, kinds))
    weight = sum(p.weight for p in placements)
    volume = sum(kinds[b[0]].real_volume * b[7] * b[8] * b[9] for b in blocks)
    shell = sum((kinds[b[0]].volume - kinds[b[0]].real_volume) * b[7] * b[8] * b[9] for b in blocks)
    uses, bc, cc, sc, billable, void = coster.package(box, box.outer, box.volume, weight, volume, shell)
    fill = ", ".join(f"{u.units} x {u.code}" for u in uses)
    text = f"Use {box.code}" + ("; wrap fragile items first" if shell else "") + (f"; fill with {fill}" if fill else "")
    return Package(
        box, placements, weight + box.empty_weight, void, uses, bc, cc, sc, billable, text, wrap_fragile=bool(shell)
    )


def expand(blocks: Sequence[Block], kinds: Sequence[Kind]) -> list[Placement]:
    """One placement per unit, bottom layer first; fragile units sit inside their clearance."""
    out: list[Placement] = []
    for ki, x, y, z, dx, dy, dz, nx, ny, nz in blocks:
        k = kinds[ki]
        p = k.pad
        dims = (dx - 2 * p, dy - 2 * p, dz - 2 * p)
        for c in range(nz):
            for b in range(ny):
                for a in range(nx):
                    out.append(
                        Placement(k.sku, (x + a * dx + p, y + b * dy + p, z + c * dz + p), dims, k.weight, k.fragile)
                    )
    out.sort(key=lambda q: (q.position[2], q.position[1], q.position[0]))
    return out


def _check_items(items: Sequence[ItemSpec]) -> None:
    for item in items:
        if len(item.dims) != 3 or min(item.dims) <= 0:
            raise ValidationError(
                "bad_item", f"item {item.sku}: dimensions must be three positive lengths, got {item.dims}", sku=item.sku
            )
        if item.weight < 0:
            raise ValidationError("bad_item", f"item {item.sku}: weight must not be negative", sku=item.sku)


def make_kind(idx: int, item: ItemSpec, pad: int) -> Kind:
    size = (item.dims[0] + 2 * pad, item.dims[1] + 2 * pad, item.dims[2] + 2 * pad)
    return Kind(
        idx,
        item.sku,
        size,
        pad,
        item.weight,
        orientations(size, item.this_side_up),
        item.fragile,
        item.soft,
        item.volume,
    )


def _make_kind(
    idx: int, item: ItemSpec, coster: Coster, all_boxes: Sequence[BoxSpec], clearance: int
) -> tuple[Kind, Unpacked | None]:
    """The item's packing kind, and why no box takes it (if none does)."""
    plain = make_kind(idx, item, 0)
    if item.fragile and clearance > 0:
        padded = make_kind(idx, item, clearance)
        if any(
            coster.allowed(bi, padded) and fits_in(padded, b.inner) and b.capacity >= item.weight
            for bi, b in enumerate(coster.boxes)
        ):
            return padded, None
    usable = [b for bi, b in enumerate(coster.boxes) if coster.allowed(bi, plain)]
    by_size = [b for b in usable if fits_in(plain, b.inner)]
    if any(b.capacity >= item.weight for b in by_size):
        return plain, None
    dims = "x".join(str(d) for d in item.dims)
    if by_size:
        limit = max(b.capacity for b in by_size)
        return plain, Unpacked(
            item.sku,
            item.qty,
            f"{item.sku} weighs {item.weight} g, more than any box that fits it may carry ({limit} g)",
            ACTION_REFUSED,
            "item_too_heavy",
            f"{limit} g",
        )
    stocked_out = [
        b for b in all_boxes if b not in coster.boxes and fits_in(plain, b.inner) and b.capacity >= item.weight
    ]
    if stocked_out:
        codes = ", ".join(b.code for b in stocked_out)
        return plain, Unpacked(
            item.sku,
            item.qty,
            f"{item.sku} ({dims} mm) fits only {codes}, out of stock",
            "Restock " + codes + " or ask the shift lead.",
            "out_of_stock",
            codes,
        )
    if not usable:
        return plain, Unpacked(
            item.sku, item.qty, f"{item.sku}: no box in stock may take it", ACTION_REFUSED, "no_box_for_item"
        )
    big = max(usable, key=lambda b: b.volume)
    inside = "x".join(str(d) for d in big.inner) + " mm"
    return plain, Unpacked(
        item.sku,
        item.qty,
        f"{item.sku} ({dims} mm) is larger than every box (largest inside {big.code}: {inside})",
        ACTION_REFUSED,
        "item_too_large",
        inside,
    )


def _ship_alone(
    kind: Kind, item: ItemSpec, coster: Coster, problem: Unpacked | None, stock: list[int | None]
) -> list[Package]:
    """Each unit in its own box, the cheapest that takes it; none does: as is, label on the product."""
    counts = [0] * (kind.idx + 1)
    counts[kind.idx] = 1
    kinds = [kind] * (kind.idx + 1)
    coster.memo = {}  # its kind indices are not the order's: keep its attempts apart
    out: list[Package] = []
    for _ in range(item.qty):
        single = None if problem is not None else best_single(kinds, counts, coster, stock)
        if single is not None:
            bi, blocks = single
            if stock[bi] is not None:
                stock[bi] -= 1  # type: ignore[operator]
            out.append(build_package(coster, coster.boxes[bi], blocks, kinds))
            continue
        placement = Placement(item.sku, (0, 0, 0), item.dims, item.weight, item.fragile)
        _, _, _, sc, billable, _ = coster.package(None, item.dims, 0, item.weight, item.volume, 0)
        out.append(
            Package(
                None,
                (placement,),
                item.weight,
                0.0,
                (),
                shipping_cost=sc,
                billable_weight=billable,
                instruction=f"Ship {item.sku} as is: put the label on the product",
            )
        )
    coster.memo = {}
    return out


__all__ = ["plan_order", "fill_box", "pack_box"]
