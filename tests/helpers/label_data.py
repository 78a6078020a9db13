"""A small order with packages in a real store, for label, printing and CLI tests."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from packstation.app import Store
from packstation.store.db import transaction
from packstation.store.models.catalog import Merchant, Sku
from packstation.store.models.customers import Customer
from packstation.store.models.meta import AppMeta
from packstation.store.models.orders import Order, OrderLine
from packstation.store.models.people import Station, User
from packstation.store.models.shipping import Package


@dataclass(frozen=True)
class Seeded:
    order_id: int
    other_order_id: int
    package_ids: tuple[int, ...]
    station_id: int
    user_id: int


def seed_order(
    store: Store,
    *,
    boxes: int = 2,
    demo: bool = False,
    carrier: str = "postnord",
    name: str = "Łucja Żółkiewska-Øvergård",
    gift: bool = False,
    station_devices: dict | None = None,
    ref: str = "SO-1001",
) -> Seeded:
    with transaction(store.sessions) as db:
        if demo:
            db.add(AppMeta(key="mode", value="demo"))
        merchant = Merchant(
            code="NORD",
            name="Nordlys Outdoor AS",
            address_line1="Industriveien 4",
            postal_code="0580",
            city="Oslo",
            country="NO",
            returns_policy="Return within 30 days.",
            returns_slip=True,
        )
        db.add(merchant)
        db.flush()
        customer = Customer(merchant_id=merchant.id, external_ref="C-1", first_name=name, last_name="", country="PL")
        tent = Sku(
            merchant_id=merchant.id,
            code="TENT-2P",
            description="Tent, 2 person",
            weight_g=2100,
            fragile=True,
            unit_price=Decimal("199.00"),
        )
        lamp = Sku(
            merchant_id=merchant.id,
            code="LAMP-LI",
            description="Head lamp (lithium)",
            weight_g=150,
            hazmat_class="9",
            unit_price=Decimal("29.00"),
        )
        station = Station(code="BENCH-01", devices=station_devices or {})
        user = User(name="Packer One", badge_code="U-1")
        db.add_all([customer, tent, lamp, station, user])
        db.flush()
        orders = []
        for i, order_ref in enumerate((ref, ref + "-B")):
            order = Order(
                merchant_id=merchant.id,
                customer_id=customer.id,
                external_ref=order_ref,
                order_barcode=order_ref,
                carrier=carrier,
                service="standard",
                gift=gift,
                gift_message="Happy birthday!" if gift else "",
                currency="NOK",
                ship_name=name,
                ship_line1="ul. Świętojańska 12/4",
                ship_postal_code="81-391",
                ship_city="Gdynia",
                ship_country="PL",
            )
            order.lines = [
                OrderLine(line_no=1, sku_id=tent.id, quantity=1, unit_price=Decimal("199.00")),
                OrderLine(line_no=2, sku_id=lamp.id, quantity=2, unit_price=Decimal("29.00")),
            ]
            db.add(order)
            db.flush()
            orders.append(order)
            for n in range(1, (boxes if i == 0 else 1) + 1):
                db.add(
                    Package(
                        order_id=order.id,
                        package_no=n,
                        length_mm=300,
                        width_mm=200,
                        height_mm=100,
                        expected_weight_g=1200 + n,
                    )
                )
        db.flush()
        packages = db.query(Package).filter(Package.order_id == orders[0].id).order_by(Package.package_no).all()
        return Seeded(orders[0].id, orders[1].id, tuple(p.id for p in packages), station.id, user.id)
