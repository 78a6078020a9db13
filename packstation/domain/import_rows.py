"""The three import formats as typed rows: columns, per-row validation and the checks across rows of one file.

The column lists here are the documented file formats (README, "Import file formats"); CSV headers and JSON keys
use the same names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from packstation.domain.importing import ImportProblem, RowReader

ORDER_REQUIRED = ("merchant", "order_ref", "customer_ref", "sku", "quantity")
ORDER_COLUMNS = (
    "merchant",
    "order_ref",
    "order_barcode",
    "tote",
    "placed_at",
    "ship_by",
    "carrier",
    "service",
    "priority",
    "currency",
    "gift",
    "gift_message",
    "customer_ref",
    "first_name",
    "last_name",
    "email",
    "phone",
    "locale",
    "customer_orders_count",
    "customer_lifetime_spend",
    "customer_first_order_at",
    "customer_last_order_at",
    "customer_categories",
    "ship_name",
    "ship_line1",
    "ship_line2",
    "ship_postal_code",
    "ship_city",
    "ship_region",
    "ship_country",
    "line_no",
    "sku",
    "quantity",
    "bin",
    "lot_required",
    "unit_price",
)
# Order-level columns: every row of one order must agree on them.
ORDER_LEVEL = ORDER_COLUMNS[: ORDER_COLUMNS.index("line_no")]

CATALOG_REQUIRED = ("merchant", "sku")
CATALOG_COLUMNS = (
    "merchant",
    "merchant_name",
    "sku",
    "description",
    "category",
    "length_mm",
    "width_mm",
    "height_mm",
    "weight_g",
    "unit_price",
    "fragile",
    "this_side_up",
    "ship_alone",
    "hazmat_class",
    "serial_required",
    "lot_tracked",
    "min_shelf_life_days",
    "scan_each",
    "soft",
    "max_quantity_entry",
    "active",
    "gtin",
    "vendor_code",
    "case_gtin",
    "case_quantity",
)
BARCODE_KINDS = ("gtin", "vendor", "case", "inner")

BOX_REQUIRED = ("code", "barcode", "inner_length_mm", "inner_width_mm", "inner_height_mm", "max_weight_g")
BOX_COLUMNS = (
    "code",
    "barcode",
    "name",
    "kind",
    "merchant",
    "inner_length_mm",
    "inner_width_mm",
    "inner_height_mm",
    "outer_length_mm",
    "outer_width_mm",
    "outer_height_mm",
    "empty_weight_g",
    "max_weight_g",
    "cost",
    "stock",
    "active",
)
BOX_KINDS = ("box", "mailer", "poly")

MERCHANT_REQUIRED = ("merchant",)
POLICY_LANGUAGES = ("en", "nb", "pl", "fi")
MERCHANT_COLUMNS = (
    "merchant",
    "name",
    "address_line1",
    "address_line2",
    "postal_code",
    "city",
    "country",
    "currency",
    "returns_slip",
    "returns_policy",
    *(f"returns_policy_{lang}" for lang in POLICY_LANGUAGES),
)
MAX_POLICY = 2000

# From the shop's export of orders that used a coupon (one row per coupon used).
REDEMPTION_REQUIRED = ("coupon", "shop_order", "amount", "date")
REDEMPTION_COLUMNS = REDEMPTION_REQUIRED
MAX_MM = 5000
MAX_G = 1_000_000


@dataclass(frozen=True)
class BarcodeRow:
    code: str
    kind: str
    quantity: int
    row: str
    column: str


@dataclass(frozen=True)
class SkuRow:
    row: str
    merchant: str
    merchant_name: str
    values: dict[str, Any]  # Sku column -> value, ready for the model
    barcodes: tuple[BarcodeRow, ...]


@dataclass(frozen=True)
class BoxRow:
    row: str
    merchant: str  # "" = shared by all merchants
    values: dict[str, Any]


@dataclass(frozen=True)
class LineRow:
    row: str
    line_no: int
    sku: str
    quantity: int
    bin: str
    lot_required: str | None
    unit_price: Decimal | None  # None: the SKU's price


@dataclass
class OrderRows:
    """One order assembled from its rows (CSV: one row per line; JSON: one object with `lines`)."""

    row: str  # where the order starts
    merchant: str
    order_ref: str
    order: dict[str, Any]  # Order column -> value (without merchant/customer ids)
    customer_ref: str
    customer: dict[str, Any]  # Customer column -> value
    lines: list[LineRow] = field(default_factory=list)


def sku_row(
    file: str, row: str, raw: Mapping[str, Any], problems: list[ImportProblem], labels: Mapping[str, str] | None = None
) -> SkuRow | None:
    r = RowReader(file, row, raw, problems, labels)
    values: dict[str, Any] = {
        "code": r.code("sku"),
        "description": r.text("description", max_len=300),
        "category": r.text("category", max_len=80),
    }
    for column in ("length_mm", "width_mm", "height_mm"):
        values[column] = r.integer(column, maximum=MAX_MM)
    values["weight_g"] = r.integer("weight_g", maximum=MAX_G)
    values["unit_price"] = r.decimal("unit_price")
    for column in ("fragile", "this_side_up", "ship_alone", "serial_required", "lot_tracked", "scan_each", "soft"):
        values[column] = r.flag(column)
    values["active"] = r.flag("active", default=True)
    values["hazmat_class"] = r.text("hazmat_class", max_len=10)
    values["min_shelf_life_days"] = r.integer("min_shelf_life_days", maximum=3650)
    values["max_quantity_entry"] = r.integer("max_quantity_entry", maximum=100_000)
    if values["scan_each"] and values["max_quantity_entry"]:
        r.problem("max_quantity_entry", "must be 0 for a scan_each SKU (every unit is scanned)")
    barcodes: list[BarcodeRow] = []
    gtin = r.gtin("gtin")
    if gtin:
        barcodes.append(BarcodeRow(gtin, "gtin", 1, row, r.labels.get("gtin", "gtin")))
    vendor = r.code("vendor_code", required=False)
    if vendor:
        barcodes.append(BarcodeRow(vendor, "vendor", 1, row, r.labels.get("vendor_code", "vendor_code")))
    case = r.gtin("case_gtin")
    case_qty = r.integer("case_quantity", required=bool(case), minimum=2 if case else 0, maximum=10_000)
    if case:
        barcodes.append(BarcodeRow(case, "case", case_qty, row, r.labels.get("case_gtin", "case_gtin")))
    elif case_qty:
        r.problem("case_gtin", "is required when case_quantity is given")
    extra = raw.get("barcodes")
    if isinstance(extra, list):  # JSON only: [{"code": ..., "kind": ..., "quantity": ...}]
        for i, item in enumerate(extra):
            where = f"{row}.barcodes[{i}]"
            b = RowReader(file, where, item if isinstance(item, dict) else {}, problems)
            kind = b.choice("kind", BARCODE_KINDS, "gtin")
            code = b.gtin("code") if kind in ("gtin", "case") else b.code("code")
            quantity = b.integer("quantity", minimum=1, maximum=10_000, default=1)
            if kind == "case" and quantity < 2:
                b.problem("quantity", "a case pack counts 2 units or more")
            if b.ok and code:
                barcodes.append(BarcodeRow(code, kind, quantity, where, "code"))
            r.ok = r.ok and b.ok
    elif extra not in (None, ""):
        r.problem("barcodes", "must be a list of {code, kind, quantity}")
    merchant = r.code("merchant", max_len=40)
    merchant_name = r.text("merchant_name")
    return SkuRow(row, merchant, merchant_name, values, tuple(barcodes)) if r.ok else None


def box_row(file: str, row: str, raw: Mapping[str, Any], problems: list[ImportProblem]) -> BoxRow | None:
    r = RowReader(file, row, raw, problems)
    values: dict[str, Any] = {
        "code": r.code("code", max_len=40),
        "barcode": r.code("barcode"),
        "name": r.text("name", max_len=120),
        "kind": r.choice("kind", BOX_KINDS, "box"),
    }
    for side in ("length", "width", "height"):
        inner = r.integer(f"inner_{side}_mm", required=True, minimum=1, maximum=MAX_MM)
        values[f"inner_{side}_mm"] = inner
        wall = 12 if values["kind"] == "box" else 0
        outer = r.integer(f"outer_{side}_mm", maximum=MAX_MM, default=inner + wall)
        if outer < inner:
            r.problem(f"outer_{side}_mm", f"must not be smaller than inner_{side}_mm ({outer} < {inner})")
        values[f"outer_{side}_mm"] = outer
    values["empty_weight_g"] = r.integer("empty_weight_g", maximum=MAX_G)
    values["max_weight_g"] = r.integer("max_weight_g", required=True, minimum=1, maximum=MAX_G)
    if r.ok and values["max_weight_g"] <= values["empty_weight_g"]:
        r.problem("max_weight_g", "must be more than empty_weight_g (it includes the empty box)")
    values["cost"] = r.decimal("cost")
    values["stock"] = r.integer("stock", default=-1) if r.present("stock") else None
    values["active"] = r.flag("active", default=True)
    merchant = r.code("merchant", required=False, max_len=40)
    return BoxRow(row, merchant, values) if r.ok else None


def _order_values(r: RowReader) -> tuple[dict[str, Any], dict[str, Any]]:
    order: dict[str, Any] = {
        "order_barcode": r.code("order_barcode", required=False),
        "tote": r.code("tote", required=False) or None,
        "placed_at": r.timestamp("placed_at"),
        "ship_by": r.timestamp("ship_by"),
        "carrier": r.text("carrier", max_len=40, default="postnord").lower(),
        "service": r.text("service", max_len=40, default="standard").lower(),
        "priority": r.integer("priority", maximum=9),
        "currency": r.text("currency", max_len=3).upper(),
        "gift": r.flag("gift"),
        "gift_message": r.text("gift_message", max_len=1000),
        "ship_name": r.text("ship_name"),
        "ship_line1": r.text("ship_line1"),
        "ship_line2": r.text("ship_line2"),
        "ship_postal_code": r.text("ship_postal_code", max_len=20),
        "ship_city": r.text("ship_city", max_len=100),
        "ship_region": r.text("ship_region", max_len=100),
        "ship_country": r.country("ship_country"),
    }
    if order["ship_by"] and order["placed_at"] and order["ship_by"] < order["placed_at"]:
        r.problem("ship_by", f"is before placed_at ({order['ship_by'].isoformat()} < {order['placed_at'].isoformat()})")
    if order["gift_message"] and not order["gift"]:
        order["gift"] = True  # a message is a gift, whatever the flag says
    customer: dict[str, Any] = {
        "first_name": r.text("first_name", max_len=120),
        "last_name": r.text("last_name", max_len=120),
        "email": r.text("email"),
        "phone": r.text("phone", max_len=40),
    }
    # Only what the file gives: an absent column must not overwrite what the shop sent before.
    if r.present("locale"):
        customer["locale"] = r.locale("locale")
    if r.present("customer_orders_count"):
        customer["orders_count"] = r.integer("customer_orders_count", maximum=1_000_000)
    if r.present("customer_lifetime_spend"):
        customer["lifetime_spend"] = r.decimal("customer_lifetime_spend")
    for column in ("first_order_at", "last_order_at"):
        if r.present(f"customer_{column}"):
            customer[column] = r.timestamp(f"customer_{column}")
    categories = r.raw("customer_categories")
    if isinstance(categories, list):
        customer["categories"] = [str(c) for c in categories]
    elif categories:
        customer["categories"] = [c.strip() for c in str(categories).split(";") if c.strip()]
    if not order["ship_name"]:
        order["ship_name"] = f"{customer['first_name']} {customer['last_name']}".strip()
    return order, customer


def order_rows(
    file: str, rows: Sequence[tuple[str, Mapping[str, Any], Mapping[str, str]]], problems: list[ImportProblem]
) -> list[OrderRows]:
    """Group line rows into orders; the rows of one order must agree on the order, customer and ship-to."""
    orders: dict[tuple[str, str], OrderRows] = {}
    first_raw: dict[tuple[str, str], Mapping[str, Any]] = {}
    for row, raw, labels in rows:
        # JSON: order-level problems belong to `orders[i]`, not to each of its lines.
        order_where = row.split(".lines[")[0]
        key = (str(_norm(raw.get("merchant"))), str(_norm(raw.get("order_ref"))))
        first = key not in orders
        if first:  # the order-level columns are read once, from the order's first row
            o = RowReader(file, order_where, raw, problems, labels)
            merchant, ref = o.code("merchant", max_len=40), o.code("order_ref")
            customer_ref = o.code("customer_ref")
            order_values, customer_values = _order_values(o)
        r = RowReader(file, row, raw, problems, labels)
        line_no = r.integer("line_no", minimum=1, maximum=100_000, default=0)
        line = LineRow(
            row,
            line_no,
            r.code("sku"),
            r.integer("quantity", required=True, minimum=1, maximum=100_000),
            r.text("bin", max_len=40),
            r.text("lot_required", max_len=40) or None,
            r.decimal("unit_price", default=None),
        )
        if first:
            if not (merchant and ref):
                continue
            orders[key] = OrderRows(row, merchant, ref, order_values, customer_ref, customer_values)
            first_raw[key] = raw
        else:
            earlier = first_raw[key]
            for column in ORDER_LEVEL:
                if _norm(raw.get(column)) != _norm(earlier.get(column)):
                    r.problem(
                        column,
                        f"differs from the first row of order {key[1]} ({orders[key].row}): "
                        f"{_norm(raw.get(column))!r} vs {_norm(earlier.get(column))!r}",
                    )
        orders[key].lines.append(line)
    for order in orders.values():
        numbers = [line.line_no for line in order.lines]
        if all(n == 0 for n in numbers):
            order.lines = [_renumber(line, i) for i, line in enumerate(order.lines, start=1)]
            continue
        seen: dict[int, str] = {}
        for line in order.lines:
            if line.line_no == 0:
                problems.append(
                    ImportProblem(
                        file, line.row, "line_no", f"is required when other lines of order {order.order_ref} give one"
                    )
                )
            elif line.line_no in seen:
                problems.append(
                    ImportProblem(
                        file,
                        line.row,
                        "line_no",
                        f"line {line.line_no} of order {order.order_ref} is already on {seen[line.line_no]}",
                    )
                )
            seen.setdefault(line.line_no, line.row)
    return list(orders.values())


def _norm(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else ("" if value is None else value)


def _renumber(line: LineRow, number: int) -> LineRow:
    return LineRow(line.row, number, line.sku, line.quantity, line.bin, line.lot_required, line.unit_price)


@dataclass(frozen=True)
class MerchantRow:
    row: str
    code: str
    values: dict[str, Any]  # only the columns the file gives (an empty cell clears a text)
    policies: dict[str, str]  # returns_policy_<lang> columns given, by language


def merchant_row(file: str, row: str, raw: Mapping[str, Any], problems: list[ImportProblem]) -> MerchantRow | None:
    """A merchant's settings: name, return address, currency, whether a returns slip (and label) goes in the box,
    and the returns policy (`returns_policy`: the default text; `returns_policy_nb` etc.: per customer language)."""
    r = RowReader(file, row, raw, problems)
    code = r.code("merchant", max_len=40)
    values: dict[str, Any] = {}
    for column, length in (
        ("name", 200),
        ("address_line1", 200),
        ("address_line2", 200),
        ("postal_code", 20),
        ("city", 100),
    ):
        if column in raw:
            values[column] = r.text(column, max_len=length)
    if "country" in raw:
        values["country"] = r.country("country")
    if "currency" in raw and r.present("currency"):
        currency = r.text("currency", max_len=3).upper()
        if not (len(currency) == 3 and currency.isalpha() and currency.isascii()):
            r.problem("currency", f"must be a three-letter currency code like NOK, PLN, EUR, not {currency!r}")
        values["currency"] = currency
    if "returns_slip" in raw:
        values["returns_slip"] = r.flag("returns_slip")
    if "returns_policy" in raw:
        values["returns_policy"] = r.text("returns_policy", max_len=MAX_POLICY)
    policies = {
        lang: r.text(f"returns_policy_{lang}", max_len=MAX_POLICY)
        for lang in POLICY_LANGUAGES
        if f"returns_policy_{lang}" in raw
    }
    if values.get("returns_slip") and not (values.get("returns_policy") or any(policies.values())):
        r.problem(
            "returns_policy",
            "a merchant that puts a returns slip in the box needs its returns policy "
            "(returns_policy or returns_policy_<language>)",
        )
    return MerchantRow(row, code, values, policies) if r.ok else None


@dataclass(frozen=True)
class RedemptionRow:
    row: str
    coupon: str
    shop_order: str
    amount: Decimal
    date: Any  # dt.date


def redemption_row(file: str, row: str, raw: Mapping[str, Any], problems: list[ImportProblem]) -> RedemptionRow | None:
    r = RowReader(file, row, raw, problems)
    coupon = r.text("coupon", required=True, max_len=40).upper()
    shop_order = r.text("shop_order", required=True, max_len=64)
    amount = r.decimal("amount", required=True)
    when = r.timestamp("date")
    if when is None and r.present("date") is False:
        r.problem("date", "is required")
    return RedemptionRow(row, coupon, shop_order, amount or Decimal(0), when.date() if when else None) if r.ok else None
