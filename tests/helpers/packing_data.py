"""A small catalogue, people and orders for the packing-engine tests (built with the ORM, no fixtures files)."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packstation.app import Store
from packstation.domain.pins import hash_pin
from packstation.store.db import transaction
from packstation.store.models.catalog import Barcode, Box, Merchant, Sku
from packstation.store.models.customers import Customer
from packstation.store.models.meta import AppMeta
from packstation.store.models.orders import Order, OrderLine
from packstation.store.models.people import Station, User

# Valid GTIN-13s (check digits computed with the GS1 mod-10 rule).
GTIN_MUG = "4006381333931"
GTIN_TEA = "5901234123457"
GTIN_TEA_CASE = "15901234123454"  # GTIN-14, indicator 1: a case of 6 teas
GTIN_PHONE = "4012345678901"
GTIN_MILK = "7311041013342"
GTIN_GLASS = "9780201379624"
GTIN_BATTERY = "8712345678906"
PACKER_PIN = "1234"
LEAD_PIN = "9876"


# The fixed "now" of the packing tests.
NOW = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)


def gtin14(code: str) -> str:
    return code.rjust(14, "0")


@dataclass
class World:
    """Ids of what `build_world` created."""

    merchant_id: int = 0
    customer_id: int = 0
    skus: dict[str, int] = field(default_factory=dict)
    boxes: dict[str, int] = field(default_factory=dict)
    packer_id: int = 0
    packer2_id: int = 0
    lead_id: int = 0
    packer_badge: str = "BADGE-P1"
    packer2_badge: str = "BADGE-P2"
    lead_badge: str = "BADGE-L1"


def build_world(store: Store, *, merchant_rules: dict[str, Any] | None = None) -> World:
    """One merchant, seven SKUs with barcodes (one case pack), two boxes, two packers and a lead."""
    world = World()
    with transaction(store.sessions) as db:
        merchant = Merchant(code="ACME", name="Acme Goods", qc_rules=merchant_rules or {})
        db.add(merchant)
        db.flush()
        world.merchant_id = merchant.id
        customer = Customer(merchant_id=merchant.id, external_ref="C1", first_name="Åsa", last_name="Ødegård")
        db.add(customer)
        specs = [
            ("MUG", "Blue mug", 350, {}, [(GTIN_MUG, "gtin", 1)]),
            (
                "TEA",
                "Green tea 100 g",
                110,
                {"max_quantity_entry": 50},
                [(GTIN_TEA, "gtin", 1), (GTIN_TEA_CASE, "case", 6)],
            ),
            ("PHONE", "Phone", 200, {"serial_required": True, "scan_each": True}, [(GTIN_PHONE, "gtin", 1)]),
            ("MILK", "Oat milk", 1050, {"min_shelf_life_days": 30, "lot_tracked": True}, [(GTIN_MILK, "gtin", 1)]),
            (
                "GLASS",
                "Wine glass",
                180,
                {"fragile": True, "scan_each": True, "category": "glassware"},
                [(GTIN_GLASS, "gtin", 1)],
            ),
            ("BATT", "Lithium battery pack", 300, {"hazmat_class": "9"}, [(GTIN_BATTERY, "gtin", 1)]),
            ("SOCK", "Socks", 60, {}, [("VND-SOCK-01", "vendor", 1)]),
        ]
        for code, description, weight, flags, barcodes in specs:
            sku = Sku(
                merchant_id=merchant.id,
                code=code,
                description=description,
                weight_g=weight,
                length_mm=100,
                width_mm=80,
                height_mm=60,
                **flags,
            )
            db.add(sku)
            db.flush()
            world.skus[code] = sku.id
            for barcode, kind, qty in barcodes:
                stored = gtin14(barcode) if barcode.isdigit() else barcode
                db.add(Barcode(sku_id=sku.id, code=stored, kind=kind, quantity=qty))
        for code, barcode, tare in (("S", "BOX-S", 120), ("M", "BOX-M", 200)):
            box = Box(
                code=code,
                barcode=barcode,
                name=f"Box {code}",
                inner_length_mm=300,
                inner_width_mm=200,
                inner_height_mm=150,
                outer_length_mm=310,
                outer_width_mm=210,
                outer_height_mm=160,
                empty_weight_g=tare,
                max_weight_g=20000,
            )
            db.add(box)
            db.flush()
            world.boxes[code] = box.id
        packer = User(name="Pat Packer", badge_code=world.packer_badge, role="packer", pin_hash=hash_pin(PACKER_PIN))
        packer2 = User(name="Quinn Second", badge_code=world.packer2_badge, role="packer")
        lead = User(name="Lee Lead", badge_code=world.lead_badge, role="lead", pin_hash=hash_pin(LEAD_PIN))
        db.add_all([packer, packer2, lead, Station(code="BENCH-01"), Station(code="BENCH-02")])
        db.merge(AppMeta(key="mode", value="test"))  # a test database: replay scripts may set their own clock
        db.flush()
        world.packer_id, world.packer2_id, world.lead_id = packer.id, packer2.id, lead.id
        world.customer_id = customer.id
    return world


def add_order(
    store: Store,
    world: World,
    ref: str,
    lines: list[tuple[str, int] | tuple[str, int, str]],
    *,
    tote: str | None = None,
    gift: bool = False,
    service: str = "standard",
    priority: int = 0,
) -> int:
    """An order with lines (sku code, quantity[, lot required]); returns its id."""
    with transaction(store.sessions) as db:
        order = Order(
            merchant_id=world.merchant_id,
            customer_id=world.customer_id,
            external_ref=ref,
            order_barcode=f"ORD-{ref}",
            tote=tote,
            gift=gift,
            service=service,
            priority=priority,
            ship_name="Åsa Ødegård",
            placed_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
        )
        for no, spec in enumerate(lines, start=1):
            sku_code, qty = spec[0], spec[1]
            lot = spec[2] if len(spec) > 2 else None  # type: ignore[misc]
            order.lines.append(
                OrderLine(line_no=no, sku_id=world.skus[sku_code], quantity=qty, bin=f"A-{no:02d}", lot_required=lot)
            )
        db.add(order)
        db.flush()
        return order.id


def world_template(folder: Path) -> tuple[Path, World]:
    """A migrated SQLite file with `build_world` applied, made once and copied per test (migrations are slow)."""
    from packstation.app import open_store

    path = folder / "template.db"
    store = open_store(f"sqlite:///{path}")
    world = build_world(store)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()
    return path, world


def open_copy(template: Path, folder: Path) -> Store:
    """A fresh store copied from a template file."""
    from packstation.app import open_store

    target = folder / "packstation.db"
    shutil.copyfile(template, target)
    return open_store(f"sqlite:///{target}", migrate=False)
