"""Import orders, the catalogue and boxes from CSV or JSON: all or nothing, and idempotent.

Every file is one transaction: any bad row (a rule in `domain.importing` or a check against the database) rejects
the whole file with `ImportRejected`, listing file, row and column for each problem. Re-importing is safe: an order
whose reference the merchant already has is left alone; SKUs and boxes are matched by code and only changed fields
are written; a barcode that belongs to another SKU (or a box) is refused, because a scan must mean one thing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, tuple_
from sqlalchemy.orm import Session

from packstation.domain import import_rows as rows
from packstation.domain.campaigns import normalise_code
from packstation.domain.delivery import ship_by
from packstation.domain.importing import ImportProblem, ImportRejected, barcode_key
from packstation.services.site import import_checks
from packstation.services.site import import_files as files
from packstation.store.db import transaction
from packstation.store.models import (
    Barcode,
    Box,
    Coupon,
    Customer,
    Merchant,
    Order,
    OrderLine,
    Redemption,
    Sku,
    utcnow,
)

KINDS = ("orders", "catalog", "boxes", "merchants", "redemptions", "incidents")


@dataclass(frozen=True)
class ImportResult:
    """What an import did: rows read; records created, updated and left unchanged (already there)."""

    kind: str
    file: str
    rows: int
    created: int
    updated: int
    unchanged: int
    detail: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        what = {
            "orders": "orders",
            "catalog": "SKUs",
            "boxes": "boxes",
            "merchants": "merchants",
            "redemptions": "redemptions",
            "incidents": "complaints",
        }[self.kind]
        extra = "".join(f", {n} {k.replace('_', ' ')}" for k, n in self.detail.items())
        return (
            f"{self.file}: {self.rows} rows; {what}: {self.created} new, {self.updated} updated, "
            f"{self.unchanged} unchanged{extra}"
        )


def import_file(
    store: Any,
    kind: str,
    path: Path,
    *,
    fmt: str | None = None,
    now: dt.datetime | None = None,
    label_sources: Mapping[str, str] | None = None,
) -> ImportResult:
    """Import `path` as `kind` (orders | catalog | boxes | incidents); raises ImportRejected and imports nothing on any problem.

    `label_sources` (Settings.label_sources): carrier + service pairs sent to karrio or the site's shipping system
    are not checked against the built-in carriers."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    path = Path(path)
    problems: list[ImportProblem] = []
    json_file = files.file_format(path, fmt) == "json"
    with transaction(store.sessions) as session:
        if kind == "orders":
            result = _orders_in_batches(session, path, json_file, now or utcnow(), problems, label_sources)
        elif kind == "incidents":
            from packstation.services.shipping.incident_import import import_incidents

            n_rows, made, already, lines = import_incidents(session, path, json_file, now or utcnow(), problems)
            result = ImportResult("incidents", path.name, n_rows, made, 0, already, detail={"replacement_lines": lines})
        elif kind == "catalog":
            raw = (
                files.read_json_flat(path, "skus", rows.CATALOG_COLUMNS, problems, extra=("barcodes",))
                if json_file
                else files.read_csv(path, rows.CATALOG_COLUMNS, rows.CATALOG_REQUIRED, problems)
            )
            skus = [rows.sku_row(path.name, where, values, problems, labels) for where, values, labels in raw]
            result = _catalog(session, path.name, [s for s in skus if s], problems)
        elif kind == "merchants":
            raw = (
                files.read_json_flat(path, "merchants", rows.MERCHANT_COLUMNS, problems)
                if json_file
                else files.read_csv(path, rows.MERCHANT_COLUMNS, rows.MERCHANT_REQUIRED, problems)
            )
            merchants = [rows.merchant_row(path.name, where, values, problems) for where, values, _labels in raw]
            result = _merchant_settings(session, path.name, [m for m in merchants if m], problems)
        elif kind == "redemptions":
            raw = (
                files.read_json_flat(path, "redemptions", rows.REDEMPTION_COLUMNS, problems)
                if json_file
                else files.read_csv(path, rows.REDEMPTION_COLUMNS, rows.REDEMPTION_REQUIRED, problems)
            )
            used = [rows.redemption_row(path.name, where, values, problems) for where, values, _labels in raw]
            result = _redemptions(session, path.name, [u for u in used if u], now or utcnow(), problems)
        else:
            raw = (
                files.read_json_flat(path, "boxes", rows.BOX_COLUMNS, problems)
                if json_file
                else files.read_csv(path, rows.BOX_COLUMNS, rows.BOX_REQUIRED, problems)
            )
            boxes = [rows.box_row(path.name, where, values, problems) for where, values, _labels in raw]
            result = _boxes(session, path.name, [b for b in boxes if b], problems)
        # Row checks and checks against the database both add problems; raising rolls the whole file back.
        if problems:
            raise ImportRejected(path.name, problems)
        return result


def _merchants(session: Session, codes: set[str]) -> dict[str, Merchant]:
    found = session.scalars(select(Merchant).where(Merchant.code.in_(codes))).all() if codes else []
    return {m.code: m for m in found}


BATCH_ROWS = 5_000  # order lines parsed, checked and written together; memory stays bounded by this


def _order_key(raw: Any) -> tuple[str, str]:
    def norm(value: Any) -> str:
        return str(value.strip() if isinstance(value, str) else ("" if value is None else value))

    return norm(raw.get("merchant")), norm(raw.get("order_ref"))


def _orders_in_batches(
    session: Session,
    path: Path,
    json_file: bool,
    now: dt.datetime,
    problems: list[ImportProblem],
    label_sources: Mapping[str, str] | None = None,
) -> ImportResult:
    """Orders in bounded memory: a CSV is streamed twice (first only to learn each order's last row), and
    orders are parsed, checked and written a batch of whole orders at a time, all in the caller's transaction.
    Once any problem is found nothing more is written, but every row is still checked so each problem is named;
    the caller then rolls the whole file back."""
    file = path.name
    if json_file:
        raw_rows = files.read_json_orders(path, problems)

        def stream(found: list[ImportProblem]) -> Any:  # the JSON file's problems are already in `problems`
            return iter(raw_rows)
    else:

        def stream(found: list[ImportProblem]) -> Any:
            return files.stream_csv(path, rows.ORDER_COLUMNS, rows.ORDER_REQUIRED, found)

    last_row: dict[tuple[str, str], int] = {}
    for index, (_where, raw, _labels) in enumerate(stream(problems)):  # the file's own problems, once
        last_row[_order_key(raw)] = index
    seen_barcodes: dict[str, str] = {}
    total = ImportResult("orders", file, 0, 0, 0, 0, detail={"lines": 0, "new_customers": 0})
    pending: dict[tuple[str, str], list[Any]] = {}
    ready: list[Any] = []
    n_rows = 0

    def flush_batch() -> None:
        nonlocal total
        parsed = rows.order_rows(file, ready, problems)
        part = _orders(session, file, parsed, len(ready), now, problems, label_sources, seen_barcodes)
        total = ImportResult(
            "orders",
            file,
            total.rows + part.rows,
            total.created + part.created,
            0,
            total.unchanged + part.unchanged,
            detail={k: total.detail.get(k, 0) + part.detail.get(k, 0) for k in ("lines", "new_customers")},
        )
        ready.clear()
        session.expunge_all()  # the batch is in the database (flushed, not committed): drop its objects

    for index, row in enumerate(stream([])):
        n_rows += 1
        key = _order_key(row[1])
        pending.setdefault(key, []).append(row)
        if last_row.get(key) == index:  # the order's last row: it is whole
            ready.extend(pending.pop(key))
            if len(ready) >= BATCH_ROWS:
                flush_batch()
    for rest in pending.values():  # the file changed between the two readings: still checked
        ready.extend(rest)
    if ready or n_rows == 0:
        flush_batch()
    if problems:
        return _empty("orders", file, n_rows)
    return total


def _orders(
    session: Session,
    file: str,
    orders: list[rows.OrderRows],
    n_rows: int,
    now: dt.datetime,
    problems: list[ImportProblem],
    label_sources: Mapping[str, str] | None = None,
    seen_barcodes: dict[str, str] | None = None,
) -> ImportResult:
    merchants = _merchants(session, {o.merchant for o in orders})
    _check_merchants(file, orders, merchants, problems)
    skus = _skus_of(session, orders, merchants)
    new = _new_orders(session, orders, merchants)
    seen_barcodes = {} if seen_barcodes is None else seen_barcodes  # across batches of one file
    import_checks.check_order_codes(session, file, new, problems, label_sources)  # one namespace; carrier known
    taken = _taken_barcodes(session, new)
    for o in new:  # per order: its barcode, then its lines (the problems in the file's order)
        _check_barcode(file, o, taken, seen_barcodes, problems)
        _check_lines(file, o, merchants[o.merchant].id, skus, problems)
    if problems:
        return _empty("orders", file, n_rows)
    customers = _customers(session, merchants, new)
    order_values, line_values = _order_rows(new, merchants, skus, customers, now)
    _insert_orders(session, order_values, line_values)
    return ImportResult(
        "orders",
        file,
        n_rows,
        created=len(new),
        updated=0,
        unchanged=len(orders) - len(new),
        detail={"lines": sum(len(lines) for lines in line_values), "new_customers": customers.created},
    )


def _check_merchants(
    file: str, orders: list[rows.OrderRows], merchants: dict[str, Merchant], problems: list[ImportProblem]
) -> None:
    """Every order's merchant is known (the catalogue import creates them)."""
    for o in orders:
        if o.merchant not in merchants:
            problems.append(
                ImportProblem(file, o.row, "merchant", f"unknown merchant {o.merchant!r} (import the catalogue first)")
            )


def _skus_of(
    session: Session, orders: list[rows.OrderRows], merchants: dict[str, Merchant]
) -> dict[tuple[int, str], Sku]:
    """The SKUs the orders' lines name, by (merchant id, SKU code), in one query."""
    wanted = {(merchants[o.merchant].id, line.sku) for o in orders if o.merchant in merchants for line in o.lines}
    if not wanted:
        return {}
    return {
        (s.merchant_id, s.code): s
        for s in session.scalars(select(Sku).where(tuple_(Sku.merchant_id, Sku.code).in_(wanted)))
    }


def _new_orders(session: Session, orders: list[rows.OrderRows], merchants: dict[str, Merchant]) -> list[rows.OrderRows]:
    """The orders of a known merchant that are not in the database yet (a re-import leaves the others alone)."""
    refs = {(merchants[o.merchant].id, o.order_ref) for o in orders if o.merchant in merchants}
    existing = (
        set(
            map(
                tuple,
                session.execute(
                    select(Order.merchant_id, Order.external_ref).where(
                        tuple_(Order.merchant_id, Order.external_ref).in_(refs)
                    )
                ),
            )
        )
        if refs
        else set()
    )
    return [o for o in orders if o.merchant in merchants and (merchants[o.merchant].id, o.order_ref) not in existing]


def _taken_barcodes(session: Session, new: list[rows.OrderRows]) -> set[str]:
    """The new orders' barcodes (their references when they have none) that stored orders already use."""
    barcodes = {o.order["order_barcode"] or o.order_ref for o in new}
    return (
        set(session.scalars(select(Order.order_barcode).where(Order.order_barcode.in_(barcodes))))
        if barcodes
        else set()
    )


def _check_barcode(
    file: str, o: rows.OrderRows, taken: set[str], seen_barcodes: dict[str, str], problems: list[ImportProblem]
) -> None:
    """An order's barcode is used by no other order, stored or earlier in the file."""
    barcode = o.order["order_barcode"] or o.order_ref
    column = "order_barcode" if o.order["order_barcode"] else "order_ref"
    if barcode in taken:
        problems.append(
            ImportProblem(file, o.row, column, f"order barcode {barcode!r} is already used by another order")
        )
    elif barcode in seen_barcodes:
        problems.append(
            ImportProblem(
                file, o.row, column, f"order barcode {barcode!r} is also used by the order on {seen_barcodes[barcode]}"
            )
        )
    seen_barcodes.setdefault(barcode, o.row)


def _check_lines(
    file: str, o: rows.OrderRows, merchant_id: int, skus: dict[tuple[int, str], Sku], problems: list[ImportProblem]
) -> None:
    """Every line of an order names a SKU of its merchant, and a lot only for a lot-tracked SKU."""
    for line in o.lines:
        sku = skus.get((merchant_id, line.sku))
        if sku is None:
            problems.append(ImportProblem(file, line.row, "sku", f"unknown SKU {line.sku!r} for merchant {o.merchant}"))
        elif line.lot_required and not sku.lot_tracked:
            problems.append(ImportProblem(file, line.row, "lot_required", f"SKU {line.sku} is not lot-tracked"))


def _order_rows(
    new: list[rows.OrderRows],
    merchants: dict[str, Merchant],
    skus: dict[tuple[int, str], Sku],
    customers: _CustomerMap,
    now: dt.datetime,
) -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]:
    """The values of the new orders' rows and, per order, of its lines (a line without a price takes the SKU's)."""
    order_values: list[dict[str, Any]] = []
    line_values: list[list[dict[str, Any]]] = []
    for o in new:
        merchant = merchants[o.merchant]
        total = Decimal("0")
        lines = []
        for line in o.lines:
            sku = skus[(merchant.id, line.sku)]
            price = sku.unit_price if line.unit_price is None else line.unit_price
            lines.append(
                {
                    "line_no": line.line_no,
                    "sku_id": sku.id,
                    "quantity": line.quantity,
                    "bin": line.bin,
                    "lot_required": line.lot_required,
                    "unit_price": price,
                }
            )
            total += price * line.quantity
        order_values.append(
            {
                "merchant_id": merchant.id,
                "customer_id": customers[(merchant.id, o.customer_ref)].id,
                "external_ref": o.order_ref,
                "imported_at": now,
                **(
                    o.order
                    | {
                        "order_barcode": o.order["order_barcode"] or o.order_ref,
                        "placed_at": o.order["placed_at"] or now,
                        "ship_by": ship_by(
                            o.order["placed_at"] or now, o.order["ship_by"], merchant.ship_cutoff, merchant.ship_tz
                        ),
                        "currency": o.order["currency"] or merchant.currency,
                        "total_value": total.quantize(Decimal("0.01")),
                    }
                ),
            }
        )
        line_values.append(lines)
    return order_values, line_values


def _insert_orders(
    session: Session, order_values: list[dict[str, Any]], line_values: list[list[dict[str, Any]]]
) -> None:
    """Core bulk inserts (one statement per batch, ids returned in order): the ORM's unit of work per object
    was the bulk of a big import's time and memory."""
    if not order_values:
        return
    ids = session.scalars(insert(Order).returning(Order.id, sort_by_parameter_order=True), order_values).all()
    session.execute(
        insert(OrderLine),
        [line | {"order_id": order_id} for order_id, lines in zip(ids, line_values, strict=True) for line in lines],
    )


class _CustomerMap(dict[tuple[int, str], Customer]):
    created = 0


def _customers(session: Session, merchants: dict[str, Merchant], new: list[rows.OrderRows]) -> _CustomerMap:
    """Customers of the new orders: created, or refreshed from the newest row that names them."""
    keys = {(merchants[o.merchant].id, o.customer_ref) for o in new}
    result = _CustomerMap()
    if keys:
        for c in session.scalars(select(Customer).where(tuple_(Customer.merchant_id, Customer.external_ref).in_(keys))):
            result[(c.merchant_id, c.external_ref)] = c
    for o in new:
        key = (merchants[o.merchant].id, o.customer_ref)
        address = {
            "address_line1": o.order["ship_line1"],
            "address_line2": o.order["ship_line2"],
            "postal_code": o.order["ship_postal_code"],
            "city": o.order["ship_city"],
            "region": o.order["ship_region"],
            "country": o.order["ship_country"],
        }
        given = {k: v for k, v in (o.customer | address).items() if v not in ("", None, [])}
        if key not in result:
            result[key] = Customer(merchant_id=key[0], external_ref=key[1], **given)
            session.add(result[key])
            result.created += 1
        else:
            for name, value in given.items():
                if getattr(result[key], name) != value:
                    setattr(result[key], name, value)
    session.flush()
    return result


def _empty(kind: str, file: str, n_rows: int) -> ImportResult:
    return ImportResult(kind, file, n_rows, 0, 0, 0)


def _apply(obj: Any, values: dict[str, Any]) -> bool:
    """Set changed attributes; True when anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _catalog(session: Session, file: str, skus: list[rows.SkuRow], problems: list[ImportProblem]) -> ImportResult:
    seen: dict[tuple[str, str], str] = {}
    owner_in_file: dict[str, tuple[str, str, str]] = {}  # barcode -> merchant, sku, row
    for s in skus:
        key = (s.merchant, s.values["code"])
        if key in seen:
            problems.append(ImportProblem(file, s.row, "sku", f"SKU {key[1]} of {key[0]} is also on {seen[key]}"))
        seen.setdefault(key, s.row)
        for b in s.barcodes:
            other = owner_in_file.setdefault(b.code, (*key, b.row))
            if other[:2] != key:
                problems.append(
                    ImportProblem(
                        file,
                        b.row,
                        b.column,
                        f"barcode {b.code} is also given for SKU {other[1]} ({other[2]}); a barcode maps to one SKU",
                    )
                )
    codes = list(owner_in_file)
    in_db = (
        {
            code: (m_code, sku_code)
            for code, m_code, sku_code in session.execute(
                select(Barcode.code, Merchant.code, Sku.code)
                .join(Sku, Sku.id == Barcode.sku_id)
                .join(Merchant, Merchant.id == Sku.merchant_id)
                .where(Barcode.code.in_(codes))
            )
        }
        if codes
        else {}
    )
    box_codes = {barcode_key(code) for code in session.scalars(select(Box.barcode))}  # tens of boxes, not more
    import_checks.check_item_codes(session, file, skus, problems)  # not an order's barcode or tote, not CMD-
    for s in skus:
        for b in s.barcodes:
            owner = in_db.get(b.code)
            if owner is not None and owner != (s.merchant, s.values["code"]):
                problems.append(
                    ImportProblem(
                        file,
                        b.row,
                        b.column,
                        f"barcode {b.code} already belongs to SKU {owner[1]} of {owner[0]}; a barcode maps to one SKU",
                    )
                )
            if b.code in box_codes:
                problems.append(ImportProblem(file, b.row, b.column, f"barcode {b.code} is a box's barcode"))
    if problems:
        return _empty("catalog", file, len(skus))
    merchants = _merchants(session, {s.merchant for s in skus})
    for s in skus:
        if s.merchant not in merchants:
            merchants[s.merchant] = Merchant(code=s.merchant, name=s.merchant_name or s.merchant)
            session.add(merchants[s.merchant])
        elif s.merchant_name and merchants[s.merchant].name != s.merchant_name:
            merchants[s.merchant].name = s.merchant_name
    session.flush()
    existing = {
        (sku.merchant_id, sku.code): sku
        for sku in session.scalars(
            select(Sku).where(
                tuple_(Sku.merchant_id, Sku.code).in_({(merchants[s.merchant].id, s.values["code"]) for s in skus})
            )
        )
    }
    created = updated = new_barcodes = 0
    for s in skus:
        sku = existing.get((merchants[s.merchant].id, s.values["code"]))
        changed, is_new = False, sku is None
        if sku is None:
            sku = Sku(merchant_id=merchants[s.merchant].id, **s.values)
            session.add(sku)
            created += 1
        else:
            changed = _apply(sku, s.values)
        have = {b.code: b for b in sku.barcodes}
        for b in s.barcodes:
            if b.code in have:
                changed = _apply(have[b.code], {"kind": b.kind, "quantity": b.quantity}) or changed
            else:
                sku.barcodes.append(Barcode(code=b.code, kind=b.kind, quantity=b.quantity))
                have[b.code] = sku.barcodes[-1]
                new_barcodes += 1
                changed = True
        updated += int(changed and not is_new)
    session.flush()
    return ImportResult(
        "catalog",
        file,
        len(skus),
        created,
        updated,
        len(skus) - created - updated,
        detail={"new_barcodes": new_barcodes},
    )


def _boxes(session: Session, file: str, boxes: list[rows.BoxRow], problems: list[ImportProblem]) -> ImportResult:
    merchants = _merchants(session, {b.merchant for b in boxes if b.merchant})
    seen_code: dict[str, str] = {}
    seen_barcode: dict[str, str] = {}
    for b in boxes:
        if b.merchant and b.merchant not in merchants:
            problems.append(ImportProblem(file, b.row, "merchant", f"unknown merchant {b.merchant!r}"))
        for column, seen in (("code", seen_code), ("barcode", seen_barcode)):
            value = b.values[column]
            if value in seen:
                problems.append(ImportProblem(file, b.row, column, f"{value} is also on {seen[value]}"))
            seen.setdefault(value, b.row)
    barcodes = list(seen_barcode)
    import_checks.check_box_codes(session, file, boxes, problems)  # not an order's barcode or tote, not CMD-
    box_owner: dict[str, str] = {
        barcode: code
        for barcode, code in session.execute(select(Box.barcode, Box.code).where(Box.barcode.in_(barcodes)))
    }
    keys = {barcode_key(code) for code in barcodes}
    item_codes = set(session.scalars(select(Barcode.code).where(Barcode.code.in_(keys)))) if keys else set()
    for b in boxes:
        owner = box_owner.get(b.values["barcode"])
        if owner is not None and owner != b.values["code"]:
            problems.append(
                ImportProblem(file, b.row, "barcode", f"{b.values['barcode']} is already the barcode of box {owner}")
            )
        if barcode_key(b.values["barcode"]) in item_codes:
            problems.append(ImportProblem(file, b.row, "barcode", f"{b.values['barcode']} is an item's barcode"))
    if problems:
        return _empty("boxes", file, len(boxes))
    existing = {box.code: box for box in session.scalars(select(Box).where(Box.code.in_(seen_code)))}
    created = updated = 0
    for b in boxes:
        values = b.values | {"merchant_id": merchants[b.merchant].id if b.merchant else None}
        box = existing.get(b.values["code"])
        if box is None:
            session.add(Box(**values))
            created += 1
        elif _apply(box, values):
            updated += 1
    session.flush()
    return ImportResult("boxes", file, len(boxes), created, updated, len(boxes) - created - updated)


def _merchant_settings(
    session: Session, file: str, merchants: list[rows.MerchantRow], problems: list[ImportProblem]
) -> ImportResult:
    """Create or update merchants' settings; a returns policy per language is merged into what is stored (an
    empty cell removes that language's text)."""
    seen: dict[str, str] = {}
    for m in merchants:
        if m.code in seen:
            problems.append(ImportProblem(file, m.row, "merchant", f"merchant {m.code} is also on {seen[m.code]}"))
        seen.setdefault(m.code, m.row)
    existing = _merchants(session, set(seen))
    for m in merchants:
        if m.code not in existing and not m.values.get("name"):
            problems.append(ImportProblem(file, m.row, "name", f"merchant {m.code} is new: give its name"))
        offers = m.values.get("returns_slip", existing[m.code].returns_slip if m.code in existing else False)
        policies = dict(existing[m.code].returns_policies or {}) if m.code in existing else {}
        policies.update(m.policies)
        default = m.values.get("returns_policy", existing[m.code].returns_policy if m.code in existing else "")
        if offers and not default and not any(policies.values()):
            problems.append(
                ImportProblem(
                    file,
                    m.row,
                    "returns_policy",
                    f"merchant {m.code} puts a returns slip in the box: give its returns policy",
                )
            )
    if problems:
        return _empty("merchants", file, len(merchants))
    created = updated = 0
    for m in merchants:
        merchant = existing.get(m.code)
        if merchant is None:
            merchant = Merchant(code=m.code, name=m.values["name"])
            session.add(merchant)
            created += 1
            changed = True
        else:
            changed = False
        changed = _apply(merchant, m.values) or changed
        if m.policies:
            policies = {k: v for k, v in {**(merchant.returns_policies or {}), **m.policies}.items() if v}
            if policies != (merchant.returns_policies or {}):
                merchant.returns_policies = policies
                changed = True
        updated += int(changed and merchant not in session.new)
    session.flush()
    return ImportResult("merchants", file, len(merchants), created, updated, len(merchants) - created - updated)


def _redemptions(
    session: Session, file: str, used: list[rows.RedemptionRow], now: dt.datetime, problems: list[ImportProblem]
) -> ImportResult:
    """Coupons used in the shop: each row's coupon must be one this station printed; a coupon is used once (the
    same row imported again is left alone; another shop order for it is refused)."""
    wanted = {normalise_code(u.coupon) for u in used}
    coupons: dict[str, Coupon] = {}
    if wanted:
        for coupon in session.scalars(select(Coupon).where(func.replace(Coupon.code, "-", "").in_(wanted))):
            coupons[normalise_code(coupon.code)] = coupon
    stored = (
        {
            r.coupon_id: r
            for r in session.scalars(
                select(Redemption).where(Redemption.coupon_id.in_([c.id for c in coupons.values()]))
            )
        }
        if coupons
        else {}
    )
    seen: dict[str, str] = {}
    for u in used:
        key = normalise_code(u.coupon)
        found = coupons.get(key)
        if found is None:
            problems.append(
                ImportProblem(
                    file, u.row, "coupon", f"unknown coupon code {u.coupon!r}: no slip printed here carried it"
                )
            )
            continue
        if key in seen:
            problems.append(
                ImportProblem(
                    file, u.row, "coupon", f"coupon {found.code} is also used on {seen[key]}; a coupon is used once"
                )
            )
        seen.setdefault(key, u.row)
        before = stored.get(found.id)
        if before is not None and before.shop_order != u.shop_order:
            problems.append(
                ImportProblem(
                    file,
                    u.row,
                    "shop_order",
                    f"coupon {found.code} was already used on shop order {before.shop_order}, not {u.shop_order}",
                )
            )
    if problems:
        return _empty("redemptions", file, len(used))
    created = updated = 0
    for u in used:
        coupon = coupons[normalise_code(u.coupon)]
        before = stored.get(coupon.id)
        if before is None:
            session.add(
                Redemption(
                    coupon_id=coupon.id,
                    campaign_id=coupon.campaign_id,
                    shop_order=u.shop_order,
                    amount=u.amount,
                    redeemed_on=u.date,
                    imported_at=now,
                )
            )
            created += 1
        elif _apply(before, {"amount": u.amount, "redeemed_on": u.date}):
            updated += 1
        redeemed_at = dt.datetime.combine(u.date, dt.time(), tzinfo=dt.UTC)
        if coupon.redeemed_at != redeemed_at:
            coupon.redeemed_at = redeemed_at
    session.flush()
    return ImportResult("redemptions", file, len(used), created, updated, len(used) - created - updated)
