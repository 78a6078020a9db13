"""The box proposal for an order in hand: the store's order lines, boxes and cushioning -> `plan_order` -> JSON.

Runs once after the last scan (the station facade calls it when the session reaches the box step) and the JSON is
kept with the session (`PackingService.set_plan`), so a restart shows the same plan without planning again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from packstation.app import Store
from packstation.domain.cartonize import BoxSpec, ItemSpec, plan_order
from packstation.domain.cushioning import CushionMaterial
from packstation.store.db import transaction
from packstation.store.models import Box, CushioningMaterial, Order, OrderLine, Sku


def _items(db: Any, order: Order) -> list[ItemSpec]:
    lines = db.scalars(select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.line_no)).all()
    items = []
    for line in lines:
        sku = db.get(Sku, line.sku_id)
        assert sku is not None
        items.append(ItemSpec(sku=sku.code, qty=line.quantity,
                              dims=(max(sku.width_mm, 1), max(sku.length_mm, 1), max(sku.height_mm, 1)),
                              weight=sku.weight_g, fragile=sku.fragile, this_side_up=sku.this_side_up,
                              ship_alone=sku.ship_alone, soft=sku.soft))
    return items


def _boxes(db: Any, order: Order) -> list[BoxSpec]:
    rows = db.scalars(select(Box).where(Box.active.is_(True),
                                        or_(Box.merchant_id.is_(None), Box.merchant_id == order.merchant_id))).all()
    return [BoxSpec(code=b.barcode, name=b.name or b.code, kind=b.kind,
                    inner=(b.inner_width_mm, b.inner_length_mm, b.inner_height_mm),
                    outer=(b.outer_width_mm, b.outer_length_mm, b.outer_height_mm),
                    empty_weight=b.empty_weight_g, max_weight=b.max_weight_g, cost=b.cost, stock=b.stock)
            for b in rows]


def _materials(db: Any) -> list[CushionMaterial]:
    rows = db.scalars(select(CushioningMaterial).where(CushioningMaterial.active.is_(True))).all()
    return [CushionMaterial(code=m.code, name=m.name, kind=m.kind, unit_volume_ml=m.unit_volume_ml,
                            unit_cost=m.unit_cost, for_fragile=m.for_fragile, unit=m.unit) for m in rows]


def plan_for_order(store: Store, order_id: int) -> dict[str, Any]:
    """The least-cost plan for the order as plain JSON; each box also carries its `inner` size for the picture."""
    with transaction(store.sessions) as db:
        order = db.get(Order, order_id)
        if order is None:
            raise LookupError(f"no order {order_id}")
        items, boxes, materials = _items(db, order), _boxes(db, order), _materials(db)
    plan = plan_order(items, boxes, materials=materials)
    out = plan.to_json(order_id=str(order_id))
    for package, box_json in zip(plan.packages, out["boxes"], strict=True):
        if package.box is not None:
            box_json["inner"] = list(package.box.inner)
            box_json["name"] = package.box.name
    out["cost"] = {**out.get("cost", {}), "total": str(plan.total_cost)}
    return out
