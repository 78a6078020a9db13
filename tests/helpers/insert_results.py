"""A merchant whose A/B insert campaign has run on 120 orders, with a 20 % holdout group: the slips are issued and
scanned into the box as at the bench, some customers order again, and the shop's export of used coupons is
written as a CSV (for `packstation import redemptions`)."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from helpers.marketing_data import NOW
from packstation.app import Store
from packstation.domain.ports import FixedClock
from packstation.services.marketing.marketing_editor import CampaignEditorService
from packstation.services.marketing.service import MarketingService
from packstation.store.db import transaction
from packstation.store.models import Coupon, Customer, Merchant, Order, OrderLine, Sku, Slip

TEXTS = {"en": {"headline": "{first_name}, 15 % off", "body": "Your code: {coupon}"}}


@dataclass
class InsertWorld:
    campaign_id: int
    merchant_id: int
    orders: list[int]
    redemptions_csv: Path


def build_insert_world(store: Store, folder: Path, customers: int = 120) -> InsertWorld:
    """Variant A wins (half its customers come back, most with the coupon), B does no better than the holdout."""
    with transaction(store.sessions) as db:
        merchant = Merchant(code="NORDIC", name="Nordic Roast", currency="NOK")
        db.add(merchant)
        db.flush()
        sku = Sku(merchant_id=merchant.id, code="COF-1", description="Beans", unit_price=Decimal(120))
        db.add(sku)
        db.flush()
        merchant_id, sku_id = merchant.id, sku.id
    editor = CampaignEditorService(store.sessions, clock=FixedClock(NOW))
    spec = editor.save_campaign(
        {
            "merchant_id": merchant_id,
            "name": "Come back",
            "coupon_prefix": "CB",
            "holdout_percent": 20,
            "paper_cost": "0.08",
            "print_cost": "0.04",
            "per_customer_limit": 0,
            "variants": [{"name": "A", "split": 50, "texts": TEXTS}, {"name": "B", "split": 50, "texts": TEXTS}],
        }
    )
    assert spec.id is not None
    placed = NOW - dt.timedelta(days=30)
    orders = []
    with transaction(store.sessions) as db:
        for n in range(customers):
            customer = Customer(merchant_id=merchant_id, external_ref=f"C{n:03}", first_name=f"Kari{n}", locale="nb")
            db.add(customer)
            db.flush()
            order = Order(
                merchant_id=merchant_id,
                customer_id=customer.id,
                external_ref=f"SO-{n:03}",
                order_barcode=f"PICK-{n:03}",
                total_value=Decimal(120),
                placed_at=placed,
                status="closed",
            )
            order.lines.append(OrderLine(line_no=1, sku_id=sku_id, quantity=1, unit_price=Decimal(120)))
            db.add(order)
            db.flush()
            orders.append(order.id)
    marketing = MarketingService(store.sessions, clock=FixedClock(placed))
    for order_id in orders:
        for slip in marketing.issue_slips(order_id).slips:
            assert marketing.verify_slip_scan(order_id, slip.slip_code).ok
    rows = []
    with transaction(store.sessions) as db:
        issued = db.execute(
            select(Slip.variant, Coupon.code, Order.customer_id, Order.external_ref)
            .join(Coupon, Coupon.id == Slip.coupon_id)
            .join(Order, Order.id == Slip.order_id)
            .order_by(Order.id)
        ).all()
        held = [
            customer
            for (customer,) in db.execute(
                select(Order.customer_id).where(Order.id.in_(orders), ~Order.id.in_(select(Slip.order_id)))
            )
        ]
        back: list[int] = []
        for i, (variant, code, customer_id, ref) in enumerate(issued):
            if variant == "A" and i % 2 == 0:  # half of A's customers come back with the coupon
                rows.append((code, f"W-{ref}", "359.00", (placed + dt.timedelta(days=9)).date().isoformat()))
                back.append(customer_id)
            elif variant == "B" and i % 10 == 0:  # a tenth of B's, without it
                back.append(customer_id)
        back += held[::10]  # and a tenth of the holdout
        for k, customer_id in enumerate(back):
            later = Order(
                merchant_id=merchant_id,
                customer_id=customer_id,
                external_ref=f"RE-{k:03}",
                order_barcode=f"PICK-RE-{k:03}",
                total_value=Decimal(359),
                placed_at=placed + dt.timedelta(days=9),
                status="new",
            )
            later.lines.append(OrderLine(line_no=1, sku_id=sku_id, quantity=1, unit_price=Decimal(359)))
            db.add(later)
    path = folder / "redemptions.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["coupon", "shop_order", "amount", "date"])
        writer.writerows(rows)
    return InsertWorld(spec.id, merchant_id, orders, path)
