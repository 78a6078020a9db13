"""An independent check of any plan (ours or another packer's): geometry, turns, weight, counts, box rules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from packstation.domain.cartonize.model import (
    DEFAULT_FRAGILE_CLEARANCE_MM,
    BoxSpec,
    ItemSpec,
    PackingPlan,
    Placement,
)
from packstation.domain.cartonize.placement import orientations
from packstation.domain.cartonize.support import DEFAULT_RULES, StackRules


def validate_plan(
    plan: PackingPlan,
    items: Sequence[ItemSpec],
    boxes: Sequence[BoxSpec],
    *,
    fragile_clearance: int = 0,
    check_counts: bool = True,
    stacking: StackRules | None = DEFAULT_RULES,
) -> list[str]:
    """Every rule the plan breaks, as plain sentences; an empty list means the plan is valid.

    Checks: each unit lies inside its box, no two units overlap, each is a turn of the real item (only about the
    vertical axis for this-side-up), no box is over its weight limit, mailers hold soft items only, ship-alone
    units travel alone, out-of-stock boxes are not used, fragile units keep `fragile_clearance` where the box
    allows it, (check_counts) every ordered unit is either placed or reported unpacked, and (stacking) every
    unit rests on the floor or on units right below it, heavy below light, fragile never under heavy.
    """
    spec = {i.sku: i for i in items}
    known = {b.code: b for b in boxes}
    errors: list[str] = []
    used: dict[str, int] = {}
    for no, pkg in enumerate(plan.packages, start=1):
        where = f"package {no} ({pkg.box_code})"
        if pkg.box is None:
            if len(pkg.placements) != 1 or not spec.get(pkg.placements[0].sku, _NONE).ship_alone:
                errors.append(f"{where}: only one ship-alone item may go without a box")
            continue
        box = known.get(pkg.box.code)
        if box is None:
            errors.append(f"{where}: box {pkg.box.code} is not in the box list")
            continue
        used[box.code] = used.get(box.code, 0) + 1
        weight = box.empty_weight
        for p in pkg.placements:
            item = spec.get(p.sku)
            if item is None:
                errors.append(f"{where}: {p.sku} is not in the order")
                continue
            weight += item.weight
            errors.extend(_turn_errors(where, p, item))
            if any(p.position[a] < 0 or p.position[a] + p.dims[a] > box.inner[a] for a in range(3)):
                errors.append(f"{where}: {p.sku} at {p.position} size {p.dims} leaves the box {box.inner}")
            if box.for_soft_only and (not item.soft or item.fragile):
                errors.append(f"{where}: {p.sku} is not a soft item and may not go in a {box.kind}")
            if item.ship_alone and len(pkg.placements) > 1:
                errors.append(f"{where}: {p.sku} must ship alone")
        if weight > box.max_weight:
            errors.append(f"{where}: {weight} g is over the box's limit of {box.max_weight} g")
        errors.extend(_overlaps(where, pkg.placements))
        if fragile_clearance:
            errors.extend(_clearance(where, pkg.placements, spec, box, fragile_clearance))
        if stacking is not None and stacking.active:
            errors.extend(stacking_errors(where, pkg.placements, spec, box, stacking, fragile_clearance))
    for code, n in used.items():
        stock = known[code].stock
        if stock is not None and n > stock:
            errors.append(f"box {code}: {n} used, only {stock} in stock")
    if check_counts:
        errors.extend(_count_errors(plan, items))
    return errors


class _NoItem:
    ship_alone = False


_NONE = _NoItem()


def _turn_errors(where: str, p: Placement, item: ItemSpec) -> list[str]:
    if sorted(p.dims) != sorted(item.dims):
        return [f"{where}: {p.sku} placed as {p.dims}, not a turn of {item.dims}"]
    if item.this_side_up and p.dims[2] != item.dims[2]:
        return [f"{where}: {p.sku} is this-side-up but lies on its side ({p.dims})"]
    return []


def _overlaps(where: str, placements: Sequence[Placement]) -> list[str]:
    boxes = sorted(placements, key=lambda p: p.position[0])
    out: list[str] = []
    for i, a in enumerate(boxes):
        ax1 = a.position[0] + a.dims[0]
        for b in boxes[i + 1 :]:
            if b.position[0] >= ax1:
                break
            if all(
                a.position[k] < b.position[k] + b.dims[k] and b.position[k] < a.position[k] + a.dims[k] for k in (1, 2)
            ):
                out.append(f"{where}: {a.sku} at {a.position} overlaps {b.sku} at {b.position}")
    return out


def _clearance(
    where: str, placements: Sequence[Placement], spec: dict[str, ItemSpec], box: BoxSpec, c: int
) -> list[str]:
    out: list[str] = []
    for p in placements:
        item = spec[p.sku]
        padded = [d + 2 * c for d in item.dims]
        if not item.fragile or not any(
            all(o[a] <= box.inner[a] for a in range(3)) for o in orientations(padded, item.this_side_up)
        ):
            continue  # the box has no room for the clearance: the plan says to wrap it tightly
        lo = [p.position[a] - c for a in range(3)]
        hi = [p.position[a] + p.dims[a] + c for a in range(3)]
        if any(lo[a] < 0 or hi[a] > box.inner[a] for a in range(3)):
            out.append(f"{where}: fragile {p.sku} at {p.position} has less than {c} mm to the wall")
            continue
        for q in placements:
            if q is p:
                continue
            if all(lo[a] < q.position[a] + q.dims[a] and q.position[a] < hi[a] for a in range(3)):
                out.append(f"{where}: fragile {p.sku} at {p.position} has less than {c} mm to {q.sku}")
                break
    return out


def _count_errors(plan: PackingPlan, items: Sequence[ItemSpec]) -> list[str]:
    ordered: dict[str, int] = {}
    for i in items:
        ordered[i.sku] = ordered.get(i.sku, 0) + max(i.qty, 0)
    seen: dict[str, int] = {}
    for pkg in plan.packages:
        for p in pkg.placements:
            seen[p.sku] = seen.get(p.sku, 0) + 1
    for u in plan.unpacked:
        seen[u.sku] = seen.get(u.sku, 0) + u.qty
    return [
        f"{sku}: {seen.get(sku, 0)} placed or reported, {n} ordered"
        for sku, n in ordered.items()
        if seen.get(sku, 0) != n
    ] + [f"{sku}: placed but not ordered" for sku in seen if sku not in ordered]


def stacking_errors(
    where: str,
    placements: Sequence[Placement],
    spec: dict[str, ItemSpec],
    box: BoxSpec,
    rules: StackRules,
    fragile_clearance: int = 0,
) -> list[str]:
    """One sentence per unit that does not rest on the floor or on units right below it (at least
    `rules.min_support` of its base), or rests on one it may not (heavier on lighter, anything heavier on fragile).

    A fragile unit wrapped in its clearance (where the box leaves room for it) stands on its wrap, and carries on
    its wrap: it counts as resting either bare or wrapped (`fragile_clearance`, else the planner's default)."""
    wrap = fragile_clearance or DEFAULT_FRAGILE_CLEARANCE_MM
    Shell = tuple[Placement, list[int], list[int], int, bool]
    units: list[list[Shell]] = []
    for p in placements:
        item = spec.get(p.sku)
        if item is None:
            continue
        lo, hi = list(p.position), [p.position[a] + p.dims[a] for a in range(3)]
        shells: list[Shell] = [(p, lo, hi, item.weight, item.fragile)]
        if item.fragile and any(
            all(o[a] <= box.inner[a] for a in range(3))
            for o in orientations([d + 2 * wrap for d in item.dims], item.this_side_up)
        ):
            shells.append(
                (
                    p,
                    [max(0, v - wrap) for v in lo],
                    [min(box.inner[a], hi[a] + wrap) for a in range(3)],
                    item.weight,
                    True,
                )
            )
        units.append(shells)
    by_top: dict[int, list[Shell]] = {}
    for shells in units:
        for s in shells:
            by_top.setdefault(s[2][2], []).append(s)
    out: list[str] = []
    for shells in units:
        first: list[str] | None = None
        for p, lo, hi, weight, _ in shells:
            problems = _resting(where, p, lo, hi, weight, by_top, rules)
            if not problems:
                break
            first = problems if first is None else first
        else:
            out.extend(first or [])
    return out


def _resting(
    where: str, p: Placement, lo: list[int], hi: list[int], weight: int, by_top: dict[Any, Any], rules: StackRules
) -> list[str]:
    if lo[2] == 0:
        return []
    area = (hi[0] - lo[0]) * (hi[1] - lo[1])
    got = 0
    out: list[str] = []
    for q, qlo, qhi, qweight, qfragile in by_top.get(lo[2], ()):
        if q is p:
            continue
        w = min(hi[0], qhi[0]) - max(lo[0], qlo[0])
        h = min(hi[1], qhi[1]) - max(lo[1], qlo[1])
        if w <= 0 or h <= 0:
            continue
        got += w * h
        if not rules.may_rest_on(weight, qweight, qfragile):
            what = "fragile " if qfragile else "lighter "
            out.append(f"{where}: {p.sku} ({weight} g) at {p.position} rests on {what}{q.sku} ({qweight} g)")
    if got < rules.min_support * area - 1e-9:
        out.append(
            f"{where}: {p.sku} at {p.position} rests on {100 * got // area} % of its base "
            f"(at least {rules.min_support:.0%} must be supported)"
        )
    return out
