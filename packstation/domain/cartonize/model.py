"""The plain values of cartonization: what goes in (items, boxes) and what comes out (the plan).

Lengths are millimetres, weights grams (as in the store); money is Decimal. All values are frozen so services
can hand them to the GUI and keep them in the journal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from packstation.domain.cushioning import CushionUse
from packstation.domain.rates import Units

Dims = tuple[int, int, int]
BOX_KINDS = ("box", "mailer", "poly")
# Fragile items keep this much room on every side for bubble wrap, unless the caller asks otherwise.
DEFAULT_FRAGILE_CLEARANCE_MM = 20


@dataclass(frozen=True)
class ItemSpec:
    """An order line as the packer sees it: `qty` units of `dims` (w, l, d; d is up for this-side-up SKUs)."""

    sku: str
    qty: int
    dims: Dims
    weight: int
    fragile: bool = False
    this_side_up: bool = False
    ship_alone: bool = False
    soft: bool = False

    @property
    def volume(self) -> int:
        return self.dims[0] * self.dims[1] * self.dims[2]


@dataclass(frozen=True)
class BoxSpec:
    """A carton, mailer or poly bag. `max_weight` includes the empty box; `stock` None means not counted."""

    code: str
    inner: Dims
    outer: Dims
    empty_weight: int = 0
    max_weight: int = 0
    cost: Decimal = Decimal(0)
    stock: int | None = None
    kind: str = "box"
    name: str = ""

    @property
    def volume(self) -> int:
        return self.inner[0] * self.inner[1] * self.inner[2]

    @property
    def capacity(self) -> int:
        """Grams of contents the box may carry."""
        return self.max_weight - self.empty_weight

    @property
    def for_soft_only(self) -> bool:
        return self.kind in ("mailer", "poly")


@dataclass(frozen=True)
class Placement:
    """One unit in a box: `position` is its corner nearest the box origin, `dims` its extent once turned."""

    sku: str
    position: Dims
    dims: Dims
    weight: int
    fragile: bool = False


@dataclass(frozen=True)
class Package:
    """One box that leaves (or one item shipped as is when `box` is None, label on the product)."""

    box: BoxSpec | None
    placements: tuple[Placement, ...]
    weight: int
    void_ml: float
    cushioning: tuple[CushionUse, ...] = ()
    box_cost: Decimal = Decimal(0)
    cushioning_cost: Decimal = Decimal(0)
    shipping_cost: Decimal = Decimal(0)
    billable_weight: Decimal = Decimal(0)
    instruction: str = ""
    wrap_fragile: bool = False  # fragile units sit in their clearance: wrap them first (the instruction says so)

    @property
    def cost(self) -> Decimal:
        return self.box_cost + self.cushioning_cost + self.shipping_cost

    @property
    def box_code(self) -> str:
        return self.box.code if self.box is not None else "AS-IS"

    @property
    def outer(self) -> Dims:
        if self.box is not None:
            return self.box.outer
        return self.placements[0].dims if self.placements else (0, 0, 0)

    @property
    def items_volume(self) -> int:
        return sum(p.dims[0] * p.dims[1] * p.dims[2] for p in self.placements)

    def contents(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for p in self.placements:
            counts[p.sku] = counts.get(p.sku, 0) + 1
        return counts


@dataclass(frozen=True)
class Unpacked:
    """Units the plan could not box, with the reason (naming item and limit) and what the packer should do."""

    sku: str
    qty: int
    reason: str
    action: str
    code: str  # item_too_large | item_too_heavy | no_box_for_item | out_of_stock
    limit: str = ""


@dataclass(frozen=True)
class CostBreakdown:
    boxes: Decimal = Decimal(0)
    cushioning: Decimal = Decimal(0)
    shipping: Decimal = Decimal(0)

    @property
    def total(self) -> Decimal:
        return self.boxes + self.cushioning + self.shipping

    def as_dict(self) -> dict[str, str]:
        return {
            "boxes": str(self.boxes),
            "cushioning": str(self.cushioning),
            "shipping": str(self.shipping),
            "total": str(self.total),
        }


@dataclass(frozen=True)
class PackingPlan:
    """The proposal for one order: packages, what could not be packed, and what it all costs."""

    packages: tuple[Package, ...]
    unpacked: tuple[Unpacked, ...] = ()
    currency: str = ""
    notes: tuple[str, ...] = field(default=())
    units: Units | None = None  # how to_json shows lengths and weights; None: the store's mm and g

    @property
    def cost(self) -> CostBreakdown:
        return CostBreakdown(
            sum((p.box_cost for p in self.packages), Decimal(0)),
            sum((p.cushioning_cost for p in self.packages), Decimal(0)),
            sum((p.shipping_cost for p in self.packages), Decimal(0)),
        )

    @property
    def total_cost(self) -> Decimal:
        return self.cost.total

    @property
    def void_ml(self) -> float:
        return sum(p.void_ml for p in self.packages)

    @property
    def complete(self) -> bool:
        return not self.unpacked

    def to_json(self, order_id: str = "", ms: float | None = None) -> dict[str, Any]:
        """The `--json` output object of ../shared/data/cartons/README.md, lengths and weights in `units`."""
        out: dict[str, Any] = {"id": order_id}
        if ms is not None:
            out["ms"] = round(ms, 3)
        if self.units is not None:
            out["units"] = {"length": self.units.length, "weight": self.units.weight}
        out["boxes"] = [_package_json(p, self.units) for p in self.packages]
        out["unpacked"] = [
            {"sku": u.sku, "qty": u.qty, "reason": u.reason, "action": u.action, "code": u.code} for u in self.unpacked
        ]
        out["cost"] = self.cost.as_dict()
        return out


def show_length(mm: int, units: Units | None) -> int | float:
    """A length in `units` (whole mm stay whole; inches to 3 decimals)."""
    if units is None or units.mm_per_length == 1:
        return mm
    return float(round(Decimal(mm) / units.mm_per_length, 3))


def show_weight(grams: int | float | Decimal, units: Units | None) -> int | float:
    if units is None or units.g_per_weight == 1:
        return grams if isinstance(grams, int) else float(round(Decimal(str(grams)), 1))
    return float(round(Decimal(str(grams)) / units.g_per_weight, 3))


def _package_json(p: Package, units: Units | None = None) -> dict[str, Any]:
    def dims(v: Sequence[int]) -> list[Any]:
        return [show_length(d, units) for d in v]

    return {
        "box": p.box_code,
        "kind": p.box.kind if p.box else "as_is",
        "weight": show_weight(p.weight, units),
        "outer": dims(p.outer),
        "billable_weight": show_weight(p.billable_weight, units),
        "void_ml": round(p.void_ml, 1),
        "cushioning": {u.code: u.units for u in p.cushioning},
        "cost": {"box": str(p.box_cost), "cushioning": str(p.cushioning_cost), "shipping": str(p.shipping_cost)},
        "instruction": p.instruction,
        "wrap_fragile": p.wrap_fragile,
        "placements": [{"sku": q.sku, "position": dims(q.position), "dims": dims(q.dims)} for q in p.placements],
    }
