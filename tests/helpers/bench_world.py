"""A floor for load and fault runs: a merchant with N plain SKUs (valid GTIN-13s), boxes, benches, packers, orders.

Shared by the benchmarks, the crash and database-gone tests and the floor; built with the ORM in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import insert

from packstation.app import Store
from packstation.domain.pins import hash_pin
from packstation.store.db import transaction
from packstation.store.models.catalog import Barcode, Box, Merchant, Sku
from packstation.store.models.customers import Customer
from packstation.store.models.orders import Order, OrderLine
from packstation.store.models.people import Station, User

PIN = "1357"
SKU_WEIGHT_G = 100
BOX_TARE_G = 150


def gtin13(n: int, prefix: str = "479") -> str:
    """A valid GTIN-13: prefix + zero-padded n + GS1 mod-10 check digit."""
    body = f"{prefix}{n:0{12 - len(prefix)}d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


@dataclass
class Floor:
    """Ids and codes of what `build_floor` made."""

    merchant_id: int = 0
    customer_id: int = 0
    sku_ids: list[int] = field(default_factory=list)
    gtins: list[str] = field(default_factory=list)  # as printed (13 digits), index = sku index
    packer_ids: list[int] = field(default_factory=list)
    badges: list[str] = field(default_factory=list)
    stations: list[str] = field(default_factory=list)
    box_barcode: str = "BENCH-BOX-M"


def build_floor(store: Store, *, skus: int = 50, packers: int = 1, stations: int = 1, pin: bool = True) -> Floor:
    """One merchant with `skus` SKUs (100 g each), one box, `packers` packers and `stations` benches."""
    floor = Floor()
    with transaction(store.sessions) as db:
        merchant = Merchant(code="BENCH", name="Bench Goods")
        db.add(merchant)
        db.flush()
        customer = Customer(merchant_id=merchant.id, external_ref="BENCH-C1", first_name="Bo", last_name="Bench")
        db.add(customer)
        db.flush()
        floor.merchant_id, floor.customer_id = merchant.id, customer.id
        sku_rows = [
            {
                "merchant_id": merchant.id,
                "code": f"B{i:05d}",
                "description": f"Bench item {i}",
                "weight_g": SKU_WEIGHT_G,
                "length_mm": 100,
                "width_mm": 80,
                "height_mm": 50,
            }
            for i in range(skus)
        ]
        floor.sku_ids = list(db.scalars(insert(Sku).returning(Sku.id, sort_by_parameter_order=True), sku_rows))
        floor.gtins = [gtin13(i) for i in range(skus)]
        db.execute(
            insert(Barcode),
            [
                {"sku_id": sid, "code": "0" + g, "kind": "gtin", "quantity": 1}
                for sid, g in zip(floor.sku_ids, floor.gtins, strict=True)
            ],
        )
        db.add(
            Box(
                code="M",
                barcode=floor.box_barcode,
                name="Bench box M",
                inner_length_mm=400,
                inner_width_mm=300,
                inner_height_mm=300,
                outer_length_mm=410,
                outer_width_mm=310,
                outer_height_mm=310,
                empty_weight_g=BOX_TARE_G,
                max_weight_g=30000,
            )
        )
        hashed = hash_pin(PIN) if pin else None
        for i in range(packers):
            user = User(name=f"Bench Packer {i + 1}", badge_code=f"BENCH-P{i + 1:03d}", role="packer", pin_hash=hashed)
            db.add(user)
            db.flush()
            floor.packer_ids.append(user.id)
            floor.badges.append(user.badge_code)
        floor.stations = [f"BENCH-{i + 1:03d}" for i in range(stations)]
        db.add_all([Station(code=code) for code in floor.stations])
    return floor


def add_orders(
    store: Store, floor: Floor, count: int, lines: int, *, prefix: str = "BO", start: int = 0, quantity: int = 1
) -> list[int]:
    """`count` orders of `lines` lines (SKUs taken in turn, `quantity` units each); returns their ids."""
    ids = []
    with transaction(store.sessions) as db:
        for n in range(start, start + count):
            ref = f"{prefix}{n:06d}"
            order = Order(
                merchant_id=floor.merchant_id,
                customer_id=floor.customer_id,
                external_ref=ref,
                order_barcode=ref,
                ship_name="Bo Bench",
                ship_country="SE",
                placed_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=n),
            )
            for no in range(1, lines + 1):
                order.lines.append(
                    OrderLine(
                        line_no=no,
                        sku_id=floor.sku_ids[(n + no - 1) % len(floor.sku_ids)],
                        quantity=quantity,
                        bin=f"A-{no:04d}",
                    )
                )
            db.add(order)
            db.flush()
            ids.append(order.id)
    return ids
