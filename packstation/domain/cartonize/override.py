"""The packer scans another box than proposed: does it take the contents, within its weight, at what extra cost."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from packstation.domain.cartonize.costing import Coster
from packstation.domain.cartonize.model import (
    DEFAULT_FRAGILE_CLEARANCE_MM,
    BoxSpec,
    ItemSpec,
    Package,
    PackingPlan,
)
from packstation.domain.cartonize.placement import fits_in
from packstation.domain.cartonize.plan import build_package, make_kind
from packstation.domain.cartonize.search import fill_all
from packstation.domain.cushioning import CushionMaterial
from packstation.domain.errors import ValidationError
from packstation.domain.rates import RateTable

NO_LIMIT = 10**12


@dataclass(frozen=True)
class OverrideCheck:
    """The verdict on a box the packer chose instead of the plan's: record it as a deviation with its cost."""

    planned_box: str
    chosen_box: str
    fits: bool
    weight_ok: bool
    in_stock: bool
    package: Package | None  # the re-checked package in the chosen box (None when it does not fit)
    extra_cost: Decimal  # chosen package cost minus planned package cost (negative: cheaper)
    reasons: tuple[str, ...]

    @property
    def accepted(self) -> bool:
        return self.fits and self.weight_ok and self.in_stock

    def deviation(self) -> dict[str, Any]:
        """What the journal keeps (events.detail) for the lead's override report."""
        return {
            "planned_box": self.planned_box,
            "chosen_box": self.chosen_box,
            "fits": self.fits,
            "weight_ok": self.weight_ok,
            "in_stock": self.in_stock,
            "extra_cost": str(self.extra_cost),
            "reasons": list(self.reasons),
        }


def check_override(
    items: Sequence[ItemSpec],
    plan: PackingPlan,
    box: BoxSpec,
    *,
    package_no: int = 1,
    materials: Sequence[CushionMaterial] = (),
    rates: RateTable | None = None,
    fragile_clearance: int = DEFAULT_FRAGILE_CLEARANCE_MM,
) -> OverrideCheck:
    """Re-check package `package_no` (1-based) of `plan` in the scanned `box` instead of the planned one."""
    if not 1 <= package_no <= len(plan.packages):
        raise ValidationError(
            "bad_package", f"package {package_no}: the plan has {len(plan.packages)}", package_no=package_no
        )
    planned = plan.packages[package_no - 1]
    return check_override_contents(
        items,
        planned.contents(),
        planned.box_code,
        planned.cost,
        box,
        materials=materials,
        rates=rates,
        fragile_clearance=fragile_clearance,
    )


def check_override_contents(
    items: Sequence[ItemSpec],
    contents: dict[str, int],
    planned_box: str,
    planned_cost: Decimal,
    box: BoxSpec,
    *,
    materials: Sequence[CushionMaterial] = (),
    rates: RateTable | None = None,
    fragile_clearance: int = DEFAULT_FRAGILE_CLEARANCE_MM,
) -> OverrideCheck:
    """The same check from a stored plan: `contents` (units per SKU) planned in `planned_box` at `planned_cost`."""
    spec = {i.sku: i for i in items}
    missing = [sku for sku in contents if sku not in spec]
    if missing:
        raise ValidationError("bad_items", f"items {', '.join(missing)} are in the plan but not in the order")
    order = [spec[sku] for sku in contents]
    coster = Coster([box], materials, rates)
    kinds = []
    for i, item in enumerate(order):
        kind = make_kind(i, item, fragile_clearance if item.fragile else 0)
        if kind.pad and not fits_in(kind, box.inner):
            kind = make_kind(i, item, 0)
        kinds.append(kind)
    counts = [contents[i.sku] for i in order]
    reasons: list[str] = []
    weight = box.empty_weight + sum(i.weight * n for i, n in zip(order, counts, strict=True))
    weight_ok = weight <= box.max_weight
    if not weight_ok:
        reasons.append(f"{weight} g is over {box.code}'s limit of {box.max_weight} g")
    in_stock = box.stock is None or box.stock > 0
    if not in_stock:
        reasons.append(f"{box.code} is out of stock")
    soft_ok = not box.for_soft_only or all(i.soft and not i.fragile for i in order)
    if not soft_ok:
        reasons.append(f"a {box.kind} takes soft items only")
    blocks = fill_all(box.inner, NO_LIMIT, kinds, counts) if soft_ok else None
    if soft_ok and blocks is None:
        too_big = [k.sku for k in kinds if not fits_in(k, box.inner)]
        reasons.append(
            f"{', '.join(too_big)} larger than {box.code}" if too_big else f"the items do not all fit in {box.code}"
        )
    package = build_package(coster, box, blocks, kinds) if blocks is not None else None
    extra = package.cost - planned_cost if package is not None else Decimal(0)
    return OverrideCheck(planned_box, box.code, blocks is not None, weight_ok, in_stock, package, extra, tuple(reasons))
