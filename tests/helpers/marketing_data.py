"""A small merchant with customers of crafted histories, for the marketing service tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from packstation.store.models import Customer, CustomerIncident, Merchant, Order, OrderLine, Sku

NOW = dt.datetime(2024, 6, 1, 10, 0, tzinfo=dt.UTC)


@dataclass
class Shop:
    merchant_id: int
    other_merchant_id: int
    customers: dict[str, int] = field(default_factory=dict)  # by first name
    orders: dict[str, int] = field(default_factory=dict)  # by external ref


def days_ago(days: float) -> dt.datetime:
    return NOW - dt.timedelta(days=days)


def seed_shop(session: Session) -> Shop:
    """Merchant NORDIC with coffee/tea SKUs; customers Alice (first order), Łukasz (pl, VIP), Bjørn (nb, repeat,
    coffee), Päivi (fi, damaged parcel 10 days ago); one queued order each; merchant OTHER with one order."""
    nordic = Merchant(code="NORDIC", name="Nordic Roast", returns_policy="Return within 30 days, free of charge.")
    other = Merchant(code="OTHER", name="Other Shop")
    session.add_all([nordic, other])
    session.flush()
    coffee = Sku(merchant_id=nordic.id, code="COF-1", description="Beans", category="coffee", unit_price=Decimal(12))
    tea = Sku(merchant_id=nordic.id, code="TEA-1", description="Green tea", category="tea", unit_price=Decimal(8))
    mug = Sku(merchant_id=other.id, code="MUG-1", description="Mug", category="mugs")
    session.add_all([coffee, tea, mug])
    session.flush()
    shop = Shop(nordic.id, other.id)
    people = [
        ("Alice", "Smith", "en", 0, "0", None, None, []),
        ("Łukasz", "Wójcik", "pl-PL", 14, "2150.00", days_ago(700), days_ago(20), ["tea"]),
        ("Bjørn", "Ødegård", "nb-NO", 3, "180.00", days_ago(300), days_ago(30), ["coffee"]),
        ("Päivi", "Mäkelä", "fi", 2, "75.50", days_ago(100), days_ago(10), []),
    ]
    for first, last, locale, count, spend, first_at, last_at, cats in people:
        customer = Customer(
            merchant_id=nordic.id,
            external_ref=f"C-{first}",
            first_name=first,
            last_name=last,
            locale=locale,
            email=f"{first.lower()}@example.invalid",
            orders_count=count,
            lifetime_spend=Decimal(spend),
            first_order_at=first_at,
            last_order_at=last_at,
            categories=cats,
            country="NO",
        )
        session.add(customer)
        session.flush()
        shop.customers[first] = customer.id
        ref = f"A-{first}"
        order = Order(
            merchant_id=nordic.id,
            customer_id=customer.id,
            external_ref=ref,
            order_barcode=f"PICK-{ref}",
            total_value=Decimal("24.00"),
            placed_at=days_ago(0.1),
        )
        order.lines.append(OrderLine(line_no=1, sku_id=tea.id, quantity=2, unit_price=Decimal(12)))
        session.add(order)
        session.flush()
        shop.orders[ref] = order.id
    session.add(
        CustomerIncident(customer_id=shop.customers["Päivi"], kind="damaged", at=days_ago(10), note="crushed box")
    )
    stranger = Customer(merchant_id=other.id, external_ref="C-X", first_name="Xavier")
    session.add(stranger)
    session.flush()
    foreign = Order(
        merchant_id=other.id,
        customer_id=stranger.id,
        external_ref="B-1",
        order_barcode="PICK-B-1",
        placed_at=days_ago(0.1),
    )
    foreign.lines.append(OrderLine(line_no=1, sku_id=mug.id, quantity=1))
    session.add(foreign)
    session.flush()
    shop.orders["B-1"] = foreign.id
    return shop


def texts(headline: str, body: str = "Hi {first_name}, your code: {coupon}") -> dict[str, dict[str, str]]:
    return {"en": {"headline": headline, "body": body}}


def campaign_data(shop: Shop, name: str, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "merchant_id": shop.merchant_id,
        "name": name,
        "variants": [{"name": "A", "split": 100, "texts": texts(name)}],
        "qr_link": "https://nordic.example/c/{coupon}",
    }
    data.update(changes)
    return data
