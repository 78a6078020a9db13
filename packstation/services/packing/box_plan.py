"""The box proposal for an order in hand: the store's order lines, boxes and cushioning -> `plan_order` -> JSON.

Runs once after the last scan (the station facade calls it when the session reaches the box step) and the JSON is
kept with the session (`PackingService.set_plan`), so a restart shows the same plan without planning again.
Shipping is priced with the station's rate file (setting `rates_file`; default the shipped sample
`resources/rates/sample.json`), the table of the order's carrier service, on billable weight = max(actual,
dimensional). The table used goes into the plan, so a box override later is priced the same way.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from packstation.config import Settings
from packstation.domain.cartonize import (
    DEFAULT_RULES,
    BoxSpec,
    ItemSpec,
    OverrideCheck,
    StackRules,
    check_override_contents,
    plan_order,
)
from packstation.domain.cushioning import CushionMaterial
from packstation.domain.errors import ValidationError
from packstation.domain.rates import RateBook, RateTable, table_to_dict
from packstation.resources import resource_path
from packstation.store.database import Store
from packstation.store.db import transaction
from packstation.store.models import Box, CushioningMaterial, Order, OrderLine, Sku

_BOOKS: dict[tuple[str, float], RateBook] = {}


def rates_path(settings: Settings | None) -> Path:
    """The station's rate file: the `rates_file` setting, else the shipped sample."""
    if settings is not None and settings.rates_file:
        return Path(settings.rates_file).expanduser()
    return resource_path("rates", "sample.json")


def rate_book(settings: Settings | None = None) -> RateBook:
    """The station's rate tables, read once per file version; a bad file raises ValidationError naming it."""
    path = rates_path(settings)
    try:
        key = (str(path), path.stat().st_mtime)
    except OSError as exc:
        raise ValidationError("bad_rates", f"rate file {path}: {exc.strerror or exc}") from None
    book = _BOOKS.get(key)
    if book is None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError("bad_rates", f"rate file {path}: cannot read it ({exc})") from None
        except json.JSONDecodeError as exc:
            raise ValidationError(
                "bad_rates", f"rate file {path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from None
        book = _BOOKS[key] = RateBook.from_dict(data, str(path))
    return book


def _items(db: Any, order: Order) -> list[ItemSpec]:
    lines = db.scalars(select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.line_no)).all()
    items = []
    for line in lines:
        sku = db.get(Sku, line.sku_id)
        assert sku is not None
        items.append(
            ItemSpec(
                sku=sku.code,
                qty=line.quantity,
                dims=(max(sku.width_mm, 1), max(sku.length_mm, 1), max(sku.height_mm, 1)),
                weight=sku.weight_g,
                fragile=sku.fragile,
                this_side_up=sku.this_side_up,
                ship_alone=sku.ship_alone,
                soft=sku.soft,
            )
        )
    return items


def _box_spec(b: Box) -> BoxSpec:
    return BoxSpec(
        code=b.barcode,
        name=b.name or b.code,
        kind=b.kind,
        inner=(b.inner_width_mm, b.inner_length_mm, b.inner_height_mm),
        outer=(b.outer_width_mm, b.outer_length_mm, b.outer_height_mm),
        empty_weight=b.empty_weight_g,
        max_weight=b.max_weight_g,
        cost=b.cost,
        stock=b.stock,
    )


def _boxes(db: Any, order: Order) -> list[BoxSpec]:
    rows = db.scalars(
        select(Box).where(Box.active.is_(True), or_(Box.merchant_id.is_(None), Box.merchant_id == order.merchant_id))
    ).all()
    return [_box_spec(b) for b in rows]


def _materials(db: Any) -> list[CushionMaterial]:
    rows = db.scalars(select(CushioningMaterial).where(CushioningMaterial.active.is_(True))).all()
    return [
        CushionMaterial(
            code=m.code,
            name=m.name,
            kind=m.kind,
            unit_volume_ml=m.unit_volume_ml,
            unit_cost=m.unit_cost,
            for_fragile=m.for_fragile,
            unit=m.unit,
        )
        for m in rows
    ]


def stack_rules(settings: Settings | None) -> StackRules:
    """The stacking rules of this station's settings (support share, heavy-on-light leeway)."""
    if settings is None:
        return DEFAULT_RULES
    return StackRules(
        min_support=settings.carton_min_support_pct / 100, heavy_on_light_g=settings.carton_heavy_on_light_g
    )


def plan_for_order(store: Store, order_id: int, settings: Settings | None = None) -> dict[str, Any]:
    """The least-cost plan for the order as plain JSON; each box also carries its `inner` size for the picture.

    Lengths and weights stay in the store's mm and g (the screen converts for display); `rates` names the table
    that priced the shipping, `rate_table` keeps it whole for the override check.
    """
    book = rate_book(settings)
    with transaction(store.sessions) as db:
        order = db.get(Order, order_id)
        if order is None:
            raise LookupError(f"no order {order_id}")
        items, boxes, materials = _items(db, order), _boxes(db, order), _materials(db)
        carrier, service = order.carrier or "", order.service or ""
    table = book.for_service(carrier, service)
    plan = plan_order(items, boxes, materials=materials, rates=table, stacking=stack_rules(settings))
    out = plan.to_json(order_id=str(order_id))
    for package, box_json in zip(plan.packages, out["boxes"], strict=True):
        if package.box is not None:
            box_json["inner"] = list(package.box.inner)
            box_json["name"] = package.box.name
    out["cost"] = {**out.get("cost", {}), "total": str(plan.total_cost)}
    if table is None:
        out["notes"] = [*plan.notes, f"no rate for {carrier}/{service} in {book.source}: shipping not priced"]
    else:
        out["rates"] = {
            "carrier": carrier,
            "service": service,
            "table": f"{table.carrier}/{table.service}",
            "units": table.units.name,
            "divisor": str(table.divisor),
            "source": book.source,
        }
        out["rate_table"] = table_to_dict(table)
    return out


def check_box_override(db: Any, order: Order, plan: dict[str, Any], package_no: int, box: Box) -> OverrideCheck | None:
    """Re-check package `package_no` (1-based) of a stored plan in the box the packer scanned instead.

    Does the box take the planned contents, within its weight limit, and what does it cost more (or less) than the
    planned package, priced with the plan's own rate table. None when the plan names no contents to check.
    """
    entries = list(plan.get("boxes") or plan.get("packages") or [])
    if not 1 <= package_no <= len(entries) or not isinstance(entries[package_no - 1], dict):
        return None
    entry = entries[package_no - 1]
    contents: dict[str, int] = {}
    for p in entry.get("placements") or []:
        if isinstance(p, dict) and p.get("sku"):
            contents[str(p["sku"])] = contents.get(str(p["sku"]), 0) + 1
    if not contents:
        return None
    table = None
    if isinstance(plan.get("rate_table"), dict):
        try:
            table = RateTable.from_dict(plan["rate_table"])
        except ValidationError:
            table = None
    cost = entry.get("cost") if isinstance(entry.get("cost"), dict) else {}
    try:
        planned_cost = sum((Decimal(str(cost.get(k, "0"))) for k in ("box", "cushioning", "shipping")), Decimal(0))
    except InvalidOperation:
        planned_cost = Decimal(0)
    items = [i for i in _items(db, order) if i.sku in contents]
    return check_override_contents(
        items, contents, str(entry.get("box", "")), planned_cost, _box_spec(box), materials=_materials(db), rates=table
    )


def check_box_unplanned(db: Any, order: Order, box: Box) -> OverrideCheck | None:
    """With no plan, the whole order goes in the one box the packer took: does it take every unit, within its weight
    limit? None when the order has no lines to check."""
    items = _items(db, order)
    contents: dict[str, int] = {}
    for item in items:
        contents[item.sku] = contents.get(item.sku, 0) + item.qty
    if not contents:
        return None
    return check_override_contents(items, contents, "", Decimal(0), _box_spec(box), materials=_materials(db))
