"""The models round-trip on SQLite and PostgreSQL: Unicode, Decimal money, UTC times, JSON, constraints."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from packstation.store.models import (
    AppMeta,
    Barcode,
    Box,
    Customer,
    CustomerIncident,
    Event,
    Label,
    Merchant,
    Order,
    OrderLine,
    Package,
    PackSession,
    Sku,
    Station,
    User,
)

PLACED = dt.datetime(2025, 3, 1, 9, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def _floor(session) -> tuple[Merchant, Sku, Customer, Station, User]:  # type: ignore[no-untyped-def]
    merchant = Merchant(code="KAWKA", name="Kawka Palarnia", currency="PLN", qc_rules={"weight_check": True})
    sku = Sku(
        merchant=merchant,
        code="KW-CUPS",
        description="Filiżanki, zestaw 4 szt.",
        weight_g=900,
        unit_price=Decimal("129.99"),
        fragile=True,
        this_side_up=True,
        lot_tracked=True,
        min_shelf_life_days=30,
        hazmat_class="",
    )
    sku.barcodes.append(Barcode(code="05901234001000", kind="gtin"))
    sku.barcodes.append(Barcode(code="15901234001007", kind="case", quantity=6))
    session.add(sku)
    session.flush()
    customer = Customer(
        merchant_id=merchant.id,
        external_ref="C-1",
        first_name="Łukasz",
        last_name="Żółć",
        locale="pl",
        lifetime_spend=Decimal("1456.50"),
        categories=["kawa", "porcelana"],
        last_order_at=PLACED,
    )
    station, user = Station(code="BENCH-01", devices={"scale": "fake"}), User(name="Päivi", badge_code="B-1")
    session.add_all([customer, station, user])
    session.flush()
    return merchant, sku, customer, station, user


def test_round_trip_of_an_order_and_its_history(store) -> None:  # type: ignore[no-untyped-def]
    with store.sessions() as s, s.begin():
        merchant, sku, customer, station, user = _floor(s)
        order = Order(
            merchant_id=merchant.id,
            customer_id=customer.id,
            external_ref="KW-1",
            order_barcode="ORD-KW-1",
            placed_at=PLACED,
            gift=True,
            gift_message="Wszystkiego najlepszego! 🎁",
            total_value=Decimal("259.98"),
        )
        order.lines.append(
            OrderLine(
                line_no=1, sku_id=sku.id, quantity=2, bin="A-01-1", lot_required="L2409A", unit_price=Decimal("129.99")
            )
        )
        s.add(order)
        s.flush()
        session = PackSession(order_id=order.id, station_id=station.id, user_id=user.id, plan={"boxes": ["S1"]})
        s.add(session)
        s.flush()
        s.add(
            Event(
                event_uuid="00000000-0000-0000-0000-000000000001",
                kind="scan",
                code="accepted",
                order_id=order.id,
                session_id=session.id,
                sku_id=sku.id,
                raw="0105901234001000\x1d10L2409A",
                quantity=1,
                lot="L2409A",
                expiry=dt.date(2026, 1, 31),
                detail={"verdict": "accepted"},
            )
        )
        package = Package(
            order_id=order.id, package_no=1, expected_weight_g=1900, box_cost=Decimal("0.4500"), cushioning={"AIR": 4}
        )
        s.add(package)
        s.flush()
        s.add(
            Label(
                package_id=package.id, order_id=order.id, carrier="inpost", service="standard", tracking_number="TRK1"
            )
        )
        s.add(CustomerIncident(customer_id=customer.id, order_id=order.id, kind="damaged"))
        s.add(AppMeta(key="mode", value="production"))
    with store.sessions() as s:
        order = s.scalars(select(Order)).one()
        assert order.placed_at == PLACED and order.placed_at.tzinfo is not None
        assert order.placed_at.utcoffset() == dt.timedelta(0)  # stored and read back as UTC
        assert order.imported_at.tzinfo is not None
        assert order.gift_message == "Wszystkiego najlepszego! 🎁" and order.total_value == Decimal("259.98")
        line = order.lines[0]
        assert (line.quantity, line.lot_required, line.unit_price) == (2, "L2409A", Decimal("129.99"))
        customer = s.scalars(select(Customer)).one()
        assert customer.full_name == "Łukasz Żółć" and customer.categories == ["kawa", "porcelana"]
        assert customer.lifetime_spend == Decimal("1456.50")
        sku = s.scalars(select(Sku)).one()
        assert sku.fragile and sku.this_side_up and sku.lot_tracked and not sku.is_hazmat
        assert sorted((b.kind, b.quantity) for b in sku.barcodes) == [("case", 6), ("gtin", 1)]
        event = s.scalars(select(Event)).one()
        assert event.raw == "0105901234001000\x1d10L2409A" and event.expiry == dt.date(2026, 1, 31)
        assert event.detail == {"verdict": "accepted"} and isinstance(event.id, int)
        assert s.scalars(select(PackSession)).one().plan == {"boxes": ["S1"]}
        assert s.scalars(select(Package)).one().cushioning == {"AIR": 4}
        assert s.scalars(select(Station)).one().devices == {"scale": "fake"}
        assert s.get(AppMeta, "mode").value == "production"


def test_a_barcode_belongs_to_one_sku(store) -> None:  # type: ignore[no-untyped-def]
    with store.sessions() as s, s.begin():
        merchant, sku, *_ = _floor(s)
        other = Sku(merchant=merchant, code="KW-MUG")
        other.barcodes.append(Barcode(code="05901234001000"))
        s.add(other)
        with pytest.raises(IntegrityError):
            s.flush()


def test_foreign_keys_are_enforced(store) -> None:  # type: ignore[no-untyped-def]
    with store.sessions() as s, s.begin():
        s.add(OrderLine(order_id=999, line_no=1, sku_id=999, quantity=1))
        with pytest.raises(IntegrityError):
            s.flush()


def test_naive_times_are_refused(store) -> None:  # type: ignore[no-untyped-def]
    with store.sessions() as s, s.begin():
        s.add(
            Box(
                code="S1",
                barcode="BOX-S1",
                inner_length_mm=1,
                inner_width_mm=1,
                inner_height_mm=1,
                outer_length_mm=1,
                outer_width_mm=1,
                outer_height_mm=1,
                max_weight_g=1,
            )
        )
        s.add(Station(code="B", created_at=dt.datetime(2025, 1, 1)))
        with pytest.raises(Exception, match="naive datetime"):
            s.flush()
