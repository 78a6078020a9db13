"""Demo data: the same seed gives the same floor; the floor is realistic enough to train on and test against."""

from __future__ import annotations

import datetime as dt

import pytest
from biip.gtin import Gtin
from sqlalchemy import func, select

from packstation.app import open_store
from packstation.demo.generate import generate_demo_data, has_data
from packstation.domain.errors import ValidationError
from packstation.store.models import (
    AppMeta,
    Barcode,
    Box,
    CushioningMaterial,
    Customer,
    CustomerIncident,
    Order,
    OrderLine,
    Sku,
    User,
)

NOW = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.UTC)


def _dump(url: str) -> list[tuple[object, ...]]:
    """Everything a packer would see of the orders: refs, customers, lines."""
    store = open_store(url)
    with store.sessions() as s:
        rows = s.execute(
            select(
                Order.external_ref,
                Order.order_barcode,
                Order.tote,
                Order.placed_at,
                Order.gift_message,
                Customer.first_name,
                Customer.last_name,
                Customer.orders_count,
                OrderLine.line_no,
                Sku.code,
                OrderLine.quantity,
                OrderLine.bin,
                OrderLine.lot_required,
            )
            .join(Customer, Customer.id == Order.customer_id)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .join(Sku, Sku.id == OrderLine.sku_id)
            .order_by(Order.external_ref, OrderLine.line_no)
        ).all()
    store.dispose()
    return [tuple(r) for r in rows]


def test_same_seed_same_data_other_seed_other_orders(tmp_path) -> None:  # type: ignore[no-untyped-def]
    urls = [f"sqlite:///{tmp_path / name}.db" for name in ("a", "b", "c")]
    for url, seed in zip(urls, (11, 11, 12), strict=True):
        store = open_store(url)
        generate_demo_data(store, orders=20, seed=seed, now=NOW)
        store.dispose()
    first, again, other = (_dump(u) for u in urls)
    assert first == again
    assert first != other
    assert len({r[0] for r in first}) == 20


def test_floor_is_realistic(store) -> None:  # type: ignore[no-untyped-def]
    summary = generate_demo_data(store, orders=60, seed=7, now=NOW)
    assert summary.orders == 60 and summary.merchants == 3
    with store.sessions() as s:
        assert s.get(AppMeta, "mode").value == "demo"
        # Every GTIN and case code has a valid check digit (biip refuses a bad one).
        codes = s.execute(select(Barcode.code, Barcode.kind, Barcode.quantity)).all()
        for code, kind, _quantity in codes:
            if kind in ("gtin", "case"):
                assert len(code) == 14 and Gtin.parse(code).as_gtin_14() == code
        assert any(kind == "case" and qty > 1 for _c, kind, qty in codes)
        assert any(kind == "vendor" for _c, kind, _q in codes)
        skus = s.scalars(select(Sku)).all()
        for flag in ("fragile", "this_side_up", "ship_alone", "serial_required", "lot_tracked", "scan_each"):
            assert any(getattr(sku, flag) for sku in skus), flag
        assert any(sku.hazmat_class for sku in skus) and any(sku.min_shelf_life_days for sku in skus)
        boxes = s.scalars(select(Box)).all()
        assert 10 <= len(boxes) <= 14 and "BOX-S1" in {b.barcode for b in boxes}
        assert {b.kind for b in boxes} >= {"box", "mailer"}
        assert all(b.outer_length_mm > b.inner_length_mm for b in boxes)
        assert {m.kind for m in s.scalars(select(CushioningMaterial))} == {"air_pillow", "paper", "bubble_wrap"}
        names = {c.full_name for c in s.scalars(select(Customer))}
        assert {"Bjørn Haugen", "Łukasz Żółć", "Päivi Virtanen"} <= names
        assert {c.locale for c in s.scalars(select(Customer))} == {"nb", "pl", "fi", "en"}
        assert s.scalar(select(func.count()).select_from(CustomerIncident)) >= 1
        counts = [c.orders_count for c in s.scalars(select(Customer))]
        assert 0 in counts and max(counts) >= 20  # first orders and VIPs
        per_order = s.execute(select(OrderLine.order_id, func.count()).group_by(OrderLine.order_id)).all()
        sizes = [n for _o, n in per_order]
        assert len(sizes) == 60 and min(sizes) == 1 and max(sizes) == 30
        assert s.scalar(select(func.count()).where(OrderLine.lot_required.is_not(None))) > 0
        roles = {u.role for u in s.scalars(select(User))}
        assert roles == {"packer", "lead", "trainer", "admin"}
        assert all(u.pin_hash and "1111" not in u.pin_hash for u in s.scalars(select(User)))


def test_demo_pins_verify_with_the_engines_hash(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    from packstation.domain import pins

    generate_demo_data(sqlite_store, orders=1, seed=1, now=NOW)
    with sqlite_store.sessions() as s:
        lead = s.scalars(select(User).where(User.badge_code == "BADGE-L001")).one()
    assert pins.verify_pin("5050", lead.pin_hash)
    assert not pins.verify_pin("5051", lead.pin_hash)


def test_refuses_a_database_that_has_data(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    assert not has_data(sqlite_store)
    generate_demo_data(sqlite_store, orders=3, seed=1, now=NOW)
    assert has_data(sqlite_store)
    with pytest.raises(ValidationError, match="already holds"):
        generate_demo_data(sqlite_store, orders=3, seed=2, now=NOW)
    with sqlite_store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 3


def test_history_days_add_packed_orders_on_top(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    summary = generate_demo_data(sqlite_store, orders=5, seed=3, history_days=1, now=NOW)
    assert summary.history is not None and summary.history.days == 1
    with sqlite_store.sessions() as s:
        closed = s.scalar(select(func.count()).select_from(Order).where(Order.status == "closed"))
        new = s.scalar(select(func.count()).select_from(Order).where(Order.status == "new"))
    assert new == 5 and closed > 0
