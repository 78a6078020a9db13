"""Order import: all or nothing, idempotent, Unicode-safe, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.domain.importing import ImportRejected
from packstation.resources import resource_path
from packstation.services.site.importing import import_file
from packstation.store.models import Customer, Order, OrderLine

SAMPLES = ("catalog", "boxes")


def _count(store, model) -> int:  # type: ignore[no-untyped-def]
    with store.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def catalogued(store):  # type: ignore[no-untyped-def]
    """A store with the sample catalogue (merchant BORGEN) imported."""
    import_file(store, "catalog", resource_path("sample_data", "catalog.csv"))
    return store


def test_sample_orders_import_once_and_names_survive(catalogued) -> None:  # type: ignore[no-untyped-def]
    store = catalogued
    first = import_file(store, "orders", resource_path("sample_data", "orders.csv"))
    assert (first.created, first.unchanged, first.detail["lines"]) == (3, 0, 5)
    again = import_file(store, "orders", resource_path("sample_data", "orders.csv"))
    assert (again.created, again.unchanged) == (0, 3)
    from_json = import_file(store, "orders", resource_path("sample_data", "orders.json"))
    assert from_json.created == 2
    assert import_file(store, "orders", resource_path("sample_data", "orders.json")).created == 0
    assert _count(store, Order) == 5 and _count(store, OrderLine) == 8 and _count(store, Customer) == 5
    with store.sessions() as s:
        names = set(s.scalars(select(Order.ship_name)))
        gift = s.scalars(select(Order).where(Order.external_ref == "BG-5101")).one()
        lukasz = s.scalars(select(Customer).where(Customer.external_ref == "BC-1002")).one()
        placed = s.scalars(select(Order).where(Order.external_ref == "BG-5001")).one().placed_at
    assert {"Bjørn Ødegård", "Łukasz Żółć", "Päivi Hämäläinen", "Åse Bråthen", "Oliver O'Brien"} == names
    assert gift.gift and gift.gift_message == "Gratulerer med dagen, Åse!" and gift.order_barcode == "ORD-BG-5101"
    assert str(gift.total_value) == "1688.00"  # 2 x 349.00 (catalogue price) + 990.00 (line price)
    assert (lukasz.first_name, lukasz.last_name, lukasz.locale, lukasz.city) == ("Łukasz", "Żółć", "pl", "Gdańsk")
    assert placed.isoformat() == "2025-03-01T08:12:00+00:00"  # +01:00 in the file, stored as UTC


def test_one_bad_row_imports_nothing_and_every_problem_is_named(catalogued, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "orders.csv"
    bad.write_text(
        "merchant,order_ref,customer_ref,first_name,sku,quantity,lot_required\n"
        "BORGEN,O-1,C-1,Zofia,BG-VASE-S,1,\n"  # a good order ...
        "BORGEN,O-2,C-2,Eirik,BG-THROW,0,\n"  # ... quantity 0
        "BORGEN,O-3,C-3,Sini,BG-NOPE,1,\n"  # unknown SKU
        "BORGEN,O-4,C-4,Ola,BG-VASE-S,1,L1\n"  # lot on a SKU that is not lot-tracked
        "NOBODY,O-5,C-5,Jack,BG-VASE-S,1,\n",  # unknown merchant
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as caught:
        import_file(catalogued, "orders", bad)
    where = {(p.row, p.column) for p in caught.value.problems}
    assert where == {("row 3", "quantity"), ("row 4", "sku"), ("row 5", "lot_required"), ("row 6", "merchant")}
    assert "orders.csv, row 3, column 'quantity': must be at least 1" in str(caught.value)
    assert _count(catalogued, Order) == 0 and _count(catalogued, Customer) == 0


def test_json_problems_point_into_the_document(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_file(sqlite_store, "catalog", resource_path("sample_data", "catalog.csv"))
    doc = {
        "orders": [
            {
                "merchant": "BORGEN",
                "order_ref": "J-1",
                "customer": {"ref": "C-1", "locale": "Norsk"},
                "lines": [{"sku": "BG-VASE-S", "quantity": 1}, {"sku": "BG-LAMP", "quantity": "x"}],
            },
            {"merchant": "BORGEN", "order_ref": "J-2", "customer": {"ref": "C-2"}, "lines": []},
        ]
    }
    path = tmp_path / "orders.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_file(sqlite_store, "orders", path)
    assert {(p.row, p.column) for p in caught.value.problems} == {
        ("orders[0]", "customer.locale"),
        ("orders[0].lines[1]", "quantity"),
        ("orders[1]", "lines"),
    }
    assert _count(sqlite_store, Order) == 0


def test_order_barcodes_are_unique_and_rows_of_an_order_agree(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_file(sqlite_store, "catalog", resource_path("sample_data", "catalog.csv"))
    import_file(sqlite_store, "orders", resource_path("sample_data", "orders.csv"))
    path = tmp_path / "more.csv"
    path.write_text(
        "merchant,order_ref,order_barcode,customer_ref,ship_city,sku,quantity\n"
        "BORGEN,N-1,BG-5001,C-9,Oslo,BG-VASE-S,1\n"  # the barcode of an imported order
        "BORGEN,N-2,,C-9,Oslo,BG-VASE-S,1\n"
        "BORGEN,N-2,,C-9,Bergen,BG-THROW,1\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as caught:
        import_file(sqlite_store, "orders", path)
    assert {(p.row, p.column) for p in caught.value.problems} == {("row 2", "order_barcode"), ("row 4", "ship_city")}


def test_a_new_order_refreshes_its_customer_without_clearing_what_the_file_leaves_out(
    sqlite_store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import_file(sqlite_store, "catalog", resource_path("sample_data", "catalog.csv"))
    import_file(sqlite_store, "orders", resource_path("sample_data", "orders.csv"))
    path = tmp_path / "next.csv"
    path.write_text(
        "merchant;order_ref;customer_ref;email;sku;quantity\n"
        "BORGEN;BG-6001;BC-1001;bjorn.odegard@example.com;BG-THROW;1\n",
        encoding="utf-8-sig",
    )
    assert import_file(sqlite_store, "orders", path).created == 1
    with sqlite_store.sessions() as s:
        bjorn = s.scalars(select(Customer).where(Customer.external_ref == "BC-1001")).one()
    assert bjorn.email == "bjorn.odegard@example.com"
    assert (bjorn.first_name, bjorn.locale, bjorn.orders_count, bjorn.city) == ("Bjørn", "nb", 12, "Oslo")


def test_a_file_that_is_not_utf8_is_refused_by_name(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "latin1.csv"
    path.write_bytes("merchant,order_ref,customer_ref,sku,quantity\nB,O,C,S,1,Bjørn\n".encode("latin-1"))
    with pytest.raises(ImportRejected, match=r"latin1.csv, file: not UTF-8"):
        import_file(sqlite_store, "orders", path)
