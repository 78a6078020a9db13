"""A scenario made real: its orders written into a demo database, and what lies in each tote.

The tote is what the virtual scanner shows: the ordered units (with the injected faults: a wrong item, a damaged
or expired unit, a unit without its serial label, units missing) plus spare good units on the shelf to replace a
faulty one. Each unit shows only what a packer would see on it (its name, a lot item's best-before date, a crushed
box, a missing sticker), never the cause or the fault's name: the injected error is known only to the scoring. Barcodes are the demo catalogue's GTINs, GS1 element strings for lot and serial items.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.domain.barcodes import gtin13
from packstation.domain.errors import ValidationError
from packstation.domain.training import catalog_data as data
from packstation.domain.training.scenarios import Scenario, ScenarioOrder
from packstation.store.models import Customer, Merchant, Order, OrderLine, Sku
from packstation.store.queries.site import is_training_floor


@dataclass(frozen=True)
class ToteItem:
    """One thing the trainee can "scan" by clicking it."""

    label: str
    sku: str
    barcode: str
    kind: str = "ok"  # ok | wrong | damaged | expired | no_serial | spare
    note: str = ""  # what the trainee would see on the real unit ("box dented", "best before 2026-11-06")


@dataclass(frozen=True)
class BuiltOrder:
    key: str
    ref: str
    order_barcode: str
    tote: str
    items: tuple[ToteItem, ...]
    events: tuple[str, ...]  # injected event types for this order
    scale_offset_g: int = 0  # the simulated scale's first reading is off by this much
    printer_jams: int = 0  # the simulated label printer fails this many times first
    stray: str = ""  # weight mismatch: what checking the box's contents finds (the cause)


def sku_barcode(merchant: str, sku: str) -> str:
    """The unit GTIN-14 the demo generator gives `sku` (same table, same index -> same code)."""
    spec = next(m for m in data.MERCHANTS if m.code == merchant)
    index = next(i for i, s in enumerate(data.SKUS[merchant]) if s.code == sku)
    return "0" + gtin13(spec.gs1_company, 100 + index)


def _spec(merchant: str, sku: str) -> data.SkuSpec:
    return next(s for s in data.SKUS[merchant] if s.code == sku)


def unit_barcode(
    merchant: str,
    sku: str,
    *,
    today: dt.date,
    serial: str = "",
    lot: str | None = None,
    expired: bool = False,
    no_serial: bool = False,
) -> str:
    """What the unit's label scans as: GS1 (01)+(17)+(10) for lot items, (01)+(21) for serialised ones."""
    gtin = sku_barcode(merchant, sku)
    spec = _spec(merchant, sku)
    if "serial" in spec.flags and not no_serial:
        return f"(01){gtin}(21){serial}"
    if "lot" in spec.flags:
        expiry = today - dt.timedelta(days=30) if expired else today + dt.timedelta(days=spec.shelf_days + 200)
        return f"(01){gtin}(17){expiry:%y%m%d}(10){lot or f'L{today:%y}01A'}"
    return gtin


def tote_items(scenario: Scenario, order: ScenarioOrder, tag: str, today: dt.date) -> tuple[ToteItem, ...]:
    """The tote's contents for one order, with the scenario's faults in it, in a stable order."""
    events = scenario.events_for(order.key)
    items: list[ToteItem] = []
    for line in order.lines:
        spec = _spec(order.merchant, line.sku)
        faults = [e for e in events if e.sku == line.sku]
        count = line.qty - sum(e.missing for e in faults if e.type == "short_pick")
        special = {e.type for e in faults}
        for n in range(count):
            kind, note = "ok", ""
            if "lot" in spec.flags:
                note = f"best before {today + dt.timedelta(days=spec.shelf_days + 200):%Y-%m-%d}"
            if n == 0 and "damaged_unit" in special:
                kind, note = "damaged", "the box is crushed and the unit rattles"
            elif n == 0 and "expired_lot" in special:
                kind, note = "expired", f"best before {today - dt.timedelta(days=30):%Y-%m-%d}"
            elif n == 0 and "missing_serial" in special:
                kind, note = "no_serial", "no serial-number sticker on the unit"
            code = unit_barcode(
                order.merchant,
                line.sku,
                today=today,
                serial=f"SN-{tag}-{order.key}-{line.sku}-{n}",
                lot=line.lot,
                expired=kind == "expired",
                no_serial=kind == "no_serial",
            )
            items.append(ToteItem(spec.description, line.sku, code, kind, note))
        if special & {"damaged_unit", "expired_lot"}:
            code = unit_barcode(
                order.merchant, line.sku, today=today, serial=f"SN-{tag}-{order.key}-{line.sku}-S", lot=line.lot
            )
            spare_note = (
                f"best before {today + dt.timedelta(days=spec.shelf_days + 200):%Y-%m-%d}"
                if "lot" in spec.flags
                else ""
            )
            items.append(ToteItem(f"{spec.description} (spare from the shelf)", line.sku, code, "spare", spare_note))
    for event in events:
        if event.type == "wrong_item":
            spec = _spec(order.merchant, event.sku)
            code = unit_barcode(order.merchant, event.sku, today=today, serial=f"SN-{tag}-{order.key}-W")
            items.insert(len(items) // 2, ToteItem(spec.description, event.sku, code, "wrong"))
    return tuple(items)


def _stray(order: ScenarioOrder) -> str:
    """The unit that fell into the box (a weight mismatch's cause): a SKU of the merchant not on the order."""
    ordered = {line.sku for line in order.lines}
    spec = next((s for s in data.SKUS[order.merchant] if s.code not in ordered), data.SKUS[order.merchant][0])
    return spec.description


def is_demo_database(db: Session) -> bool:
    """True only for a database marked `app_meta.mode = demo` (generated training floor)."""
    return is_training_floor(db)


def build_orders(db: Session, scenario: Scenario, tag: str, now: dt.datetime) -> tuple[BuiltOrder, ...]:
    """Write the scenario's orders (refs `TR-<tag>-<key>`) into a demo database; refuses any other database."""
    if not is_demo_database(db):
        raise ValidationError(
            "not_demo_database",
            "training scenarios run only in a demo database (app_meta mode = demo); this one is production",
        )
    built: list[BuiltOrder] = []
    for order in scenario.orders:
        merchant = db.scalars(select(Merchant).where(Merchant.code == order.merchant)).one()
        skus = {s.code: s for s in db.scalars(select(Sku).where(Sku.merchant_id == merchant.id))}
        vip = order.customer == "vip" or any(e.type == "vip_slip" for e in scenario.events_for(order.key))
        count = 45 if vip else (0 if order.customer == "first" else 4)
        customer = Customer(
            merchant_id=merchant.id,
            external_ref=f"C-TR-{tag}-{order.key}",
            first_name="Trainee",
            last_name=f"Customer {order.key}",
            email=f"tr-{tag}-{order.key}@example.com",
            locale="en",
            address_line1="Øvelsesveien 1",
            postal_code="0150",
            city="Oslo",
            country="NO",
            orders_count=count,
            lifetime_spend=Decimal(count * 450),
            first_order_at=now - dt.timedelta(days=700) if count else None,
            last_order_at=now - dt.timedelta(days=20) if count else None,
            categories=[],
        )
        db.add(customer)
        db.flush()
        ref = f"TR-{tag}-{order.key}"
        row = Order(
            merchant_id=merchant.id,
            customer_id=customer.id,
            external_ref=ref,
            order_barcode=f"ORD-{ref}",
            tote=f"TOTE-{ref}",
            carrier="postnord",
            gift=order.gift,
            gift_message="Happy birthday from the training floor!" if order.gift else "",
            currency=merchant.currency,
            priority=0,
            placed_at=now,
            imported_at=now,
            ship_name=customer.full_name,
            ship_line1=customer.address_line1,
            ship_postal_code="0150",
            ship_city="Oslo",
            ship_country="NO",
        )
        total = Decimal("0")
        for n, line in enumerate(order.lines, start=1):
            sku = skus[line.sku]
            row.lines.append(
                OrderLine(
                    line_no=n,
                    sku_id=sku.id,
                    quantity=line.qty,
                    lot_required=line.lot,
                    unit_price=sku.unit_price,
                    bin=f"TR-{n:02d}",
                )
            )
            total += sku.unit_price * line.qty
        row.total_value = total
        db.add(row)
        events = scenario.events_for(order.key)
        built.append(
            BuiltOrder(
                key=order.key,
                ref=ref,
                order_barcode=row.order_barcode,
                tote=row.tote or "",
                items=tote_items(scenario, order, tag, now.date()),
                events=tuple(e.type for e in events),
                scale_offset_g=sum(e.grams for e in events if e.type == "weight_mismatch"),
                printer_jams=sum(1 for e in events if e.type == "printer_jam"),
                stray=_stray(order) if any(e.type == "weight_mismatch" for e in events) else "",
            )
        )
    db.flush()
    return tuple(built)
