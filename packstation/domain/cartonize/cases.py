"""Reading the carton case format of tests/data/cartons/README.md (a box list and a list of orders).

Lengths may be mm, cm or in and weights g, kg, lb or oz; they are converted to whole mm and g on the safe side
(items rounded up, box insides and weight limits rounded down), so a plan valid in mm is valid in the file's units.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from packstation.domain.cartonize.model import BOX_KINDS, BoxSpec, ItemSpec
from packstation.domain.cushioning import CushionMaterial
from packstation.domain.errors import ValidationError
from packstation.domain.rates import RateTable, Units

LENGTH_MM = {"mm": 1.0, "cm": 10.0, "in": 25.4, "inch": 25.4}
WEIGHT_G = {"g": 1.0, "kg": 1000.0, "lb": 453.59237, "oz": 28.349523125}


@dataclass(frozen=True)
class OrderCase:
    id: str
    items: tuple[ItemSpec, ...]
    boxes: tuple[BoxSpec, ...]
    expected: Mapping[str, Any] = field(default_factory=dict)
    mode: str = "pack"


@dataclass(frozen=True)
class CaseFile:
    dataset: str
    boxes: tuple[BoxSpec, ...]
    orders: tuple[OrderCase, ...]
    materials: tuple[CushionMaterial, ...] = ()
    rates: RateTable | None = None
    units: Units | None = None  # the file's length and weight units (None: mm and g), for showing the plans


def parse_cases(data: Any) -> CaseFile:
    """A case file's JSON value as domain values; a bad value raises ValidationError naming where it is."""
    if not isinstance(data, dict):
        raise ValidationError("bad_file", "the file must hold one JSON object with 'boxes' and 'orders'")
    units = data.get("units") or {}
    lu, wu = str(units.get("length", "mm")).lower(), str(units.get("weight", "g")).lower()
    if lu not in LENGTH_MM or wu not in WEIGHT_G:
        raise ValidationError("bad_units", f"units: unknown length {lu!r} or weight {wu!r}", key="units")
    mm, g = LENGTH_MM[lu], WEIGHT_G[wu]
    boxes = tuple(_box(b, f"boxes[{i}]", mm, g) for i, b in enumerate(_list(data, "boxes", "file")))
    orders = []
    for n, o in enumerate(_list(data, "orders", "file")):
        where = f"orders[{n}]"
        if not isinstance(o, dict):
            raise ValidationError("bad_order", f"{where}: must be an object", key=where)
        own = o.get("boxes")
        order_boxes = tuple(_box(b, f"{where}.boxes[{i}]", mm, g) for i, b in enumerate(own)) if own else boxes
        items = tuple(_item(it, f"{where}.items[{i}]", mm, g) for i, it in enumerate(_list(o, "items", where)))
        orders.append(
            OrderCase(str(o.get("id", n + 1)), items, order_boxes, o.get("expected") or {}, str(o.get("mode", "pack")))
        )
    materials = tuple(_material(m, f"materials[{i}]") for i, m in enumerate(data.get("materials") or []))
    rates = RateTable.from_dict(data["rates"]) if data.get("rates") else None
    shown = None if (lu, wu) == ("mm", "g") else file_units(lu, wu)
    return CaseFile(str(data.get("dataset", "")), boxes, tuple(orders), materials, rates, shown)


def file_units(length: str, weight: str) -> Units:
    """A file's units as a `Units` value (e.g. in and lb), so plans are shown in the units they came in."""
    names = {("cm", "kg"): "metric", ("in", "lb"): "imperial"}
    return Units(
        names.get((length, weight), f"{length}/{weight}"),
        length,
        weight,
        Decimal(str(LENGTH_MM[length])),
        Decimal(str(WEIGHT_G[weight])),
    )


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key)
    if not isinstance(value, list):
        raise ValidationError("bad_file", f"{where}: '{key}' must be a list", key=key)
    return value


def _dims(value: Any, where: str, scale: float, up: bool) -> tuple[int, int, int]:
    if not isinstance(value, list | tuple) or len(value) != 3:
        raise ValidationError("bad_dims", f"{where}: need three lengths [w, l, d], got {value!r}", key=where)
    out = []
    for v in value:
        if isinstance(v, bool) or not isinstance(v, int | float) or v < 0:
            raise ValidationError("bad_dims", f"{where}: {v!r} is not a length", key=where)
        x = v * scale
        out.append(math.ceil(x - 1e-9) if up else math.floor(x + 1e-9))
    return out[0], out[1], out[2]


def _num(obj: dict[str, Any], key: str, where: str, scale: float, up: bool, default: float | None = None) -> int:
    v = obj.get(key, default)
    if isinstance(v, bool) or not isinstance(v, int | float) or v < 0:
        raise ValidationError("bad_value", f"{where}.{key}: {v!r} is not a non-negative number", key=f"{where}.{key}")
    x = v * scale
    return math.ceil(x - 1e-9) if up else math.floor(x + 1e-9)


def _money(obj: dict[str, Any], key: str, where: str) -> Decimal:
    try:
        return Decimal(str(obj.get(key, 0)))
    except InvalidOperation:
        raise ValidationError("bad_value", f"{where}.{key}: not an amount", key=f"{where}.{key}") from None


def _box(b: Any, where: str, mm: float, g: float) -> BoxSpec:
    if not isinstance(b, dict) or "id" not in b or "inner" not in b:
        raise ValidationError("bad_box", f"{where}: a box needs 'id' and 'inner'", key=where)
    inner = _dims(b["inner"], f"{where}.inner", mm, up=False)
    outer = _dims(b.get("outer", b["inner"]), f"{where}.outer", mm, up=True)
    kind = str(b.get("kind", "box"))
    if kind not in BOX_KINDS:
        raise ValidationError("bad_box", f"{where}.kind: {kind!r} is not one of {', '.join(BOX_KINDS)}", key=where)
    stock = b.get("stock")
    return BoxSpec(
        str(b["id"]),
        inner,
        outer,
        _num(b, "empty_weight", where, g, up=True, default=0),
        _num(b, "max_weight", where, g, up=False),
        _money(b, "cost", where),
        None if stock is None else int(stock),
        kind,
        str(b.get("name", "")),
    )


def _item(it: Any, where: str, mm: float, g: float) -> ItemSpec:
    if not isinstance(it, dict) or "dims" not in it:
        raise ValidationError("bad_item", f"{where}: an item needs 'sku' and 'dims'", key=where)
    rotation = str(it.get("rotation", "any"))
    if rotation not in ("any", "keep_flat"):
        raise ValidationError("bad_item", f"{where}.rotation: {rotation!r} is not 'any' or 'keep_flat'", key=where)
    qty = it.get("qty", 1)
    if isinstance(qty, bool) or not isinstance(qty, int) or qty < 0:
        raise ValidationError("bad_item", f"{where}.qty: {qty!r} is not a whole number", key=where)
    dims = _dims(it["dims"], f"{where}.dims", mm, up=True)
    if min(dims) <= 0:
        raise ValidationError("bad_item", f"{where}.dims: every length must be above zero", key=where)
    return ItemSpec(
        str(it.get("sku", where)),
        qty,
        dims,
        _num(it, "weight", where, g, up=True, default=0),
        bool(it.get("fragile", False)),
        rotation == "keep_flat" or bool(it.get("this_side_up", False)),
        bool(it.get("ship_alone", False)),
        bool(it.get("soft", False)),
    )


def _material(m: Any, where: str) -> CushionMaterial:
    if not isinstance(m, dict) or "code" not in m or "unit_volume_ml" not in m:
        raise ValidationError("bad_material", f"{where}: needs 'code' and 'unit_volume_ml'", key=where)
    return CushionMaterial(
        str(m["code"]),
        str(m.get("name", m["code"])),
        str(m.get("kind", "air_pillow")),
        int(m["unit_volume_ml"]),
        _money(m, "unit_cost", where),
        bool(m.get("for_fragile", False)),
        str(m.get("unit", "pcs")),
    )
