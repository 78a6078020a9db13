"""Shipment export: what the WMS needs per package, spreadsheet-safe, never from a demo database."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.demo.generate import generate_demo_data
from packstation.resources import resource_path
from packstation.services.shipping.exporting import DemoDatabaseError, export_shipments
from packstation.services.site.importing import import_file
from packstation.store.models import Box, Label, Order, Package, PackSession, Station, User

T0 = dt.datetime(2025, 3, 3, 7, 0, tzinfo=dt.UTC)


def _ship(store, ref: str, closed_at: dt.datetime, packages: int = 1) -> None:  # type: ignore[no-untyped-def]
    """Pack and close an imported order the way the engine records it: session, packages, labels."""
    with store.sessions() as s, s.begin():
        station = s.scalars(select(Station)).first() or Station(code="BENCH-07")
        user = s.scalars(select(User)).first() or User(name="Kari Nordmann", badge_code="BADGE-77")
        s.add_all([station, user])
        s.flush()
        order = s.scalars(select(Order).where(Order.external_ref == ref)).one()
        order.status, order.closed_at = "closed", closed_at
        s.add(
            PackSession(
                order_id=order.id,
                station_id=station.id,
                user_id=user.id,
                state="closed",
                started_at=closed_at - dt.timedelta(minutes=3),
                ended_at=closed_at,
            )
        )
        box = s.scalars(select(Box).where(Box.code == "BG-S")).one()
        for n in range(1, packages + 1):
            package = Package(
                order_id=order.id,
                package_no=n,
                box_id=box.id,
                length_mm=212,
                width_mm=212,
                height_mm=262,
                expected_weight_g=1000 + n,
                measured_weight_g=1010 + n,
                sscc=f"37031234{ref[-4:]}0000{n}"[:18],
            )
            s.add(package)
            s.flush()
            s.add(
                Label(
                    package_id=package.id,
                    order_id=order.id,
                    carrier="bring",
                    service="standard",
                    tracking_number=f"VOID{ref}{n}",
                    status="voided",
                )
            )
            s.add(
                Label(
                    package_id=package.id,
                    order_id=order.id,
                    carrier="bring",
                    service="express",
                    tracking_number=f"TRK{ref}{n}",
                    status="verified",
                )
            )


@pytest.fixture
def shipped(store):  # type: ignore[no-untyped-def]
    import_file(store, "catalog", resource_path("sample_data", "catalog.csv"))
    import_file(store, "boxes", resource_path("sample_data", "boxes.csv"))
    import_file(store, "orders", resource_path("sample_data", "orders.csv"))
    _ship(store, "BG-5001", T0, packages=2)
    _ship(store, "BG-5002", T0 + dt.timedelta(hours=2))
    _ship(store, "BG-5003", T0 - dt.timedelta(days=1))  # before the window
    return store


def test_csv_has_one_row_per_package_with_tracking_weights_packer_and_station(shipped) -> None:  # type: ignore[no-untyped-def]
    text = export_shipments(shipped, since=T0, fmt="csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["order_ref"], r["package_no"]) for r in rows] == [("BG-5001", "1"), ("BG-5001", "2"), ("BG-5002", "1")]
    first = rows[0]
    assert first["tracking_numbers"] == "TRKBG-50011"  # the voided label is left out
    assert (first["carrier"], first["service"], first["box"]) == ("bring", "express", "BG-S")
    assert (first["expected_weight_g"], first["measured_weight_g"], first["packages"]) == ("1001", "1011", "2")
    assert (first["packer"], first["packer_badge"], first["station"]) == ("Kari Nordmann", "BADGE-77", "BENCH-07")
    assert (first["started_at"], first["closed_at"]) == ("2025-03-03T06:57:00Z", "2025-03-03T07:00:00Z")
    assert rows[2]["ship_name"] == "Łukasz Żółć"
    later = export_shipments(shipped, since=T0 + dt.timedelta(hours=1), fmt="csv")
    assert [r["order_ref"] for r in csv.DictReader(io.StringIO(later))] == ["BG-5002"]


def test_json_has_one_object_per_order(shipped) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(
        export_shipments(shipped, since=T0 - dt.timedelta(days=2), fmt="json", until=T0 + dt.timedelta(hours=1))
    )
    assert [s["order_ref"] for s in doc["shipments"]] == ["BG-5003", "BG-5001"]
    bjorn = doc["shipments"][1]
    assert bjorn["ship_name"] == "Bjørn Ødegård" and bjorn["customer_ref"] == "BC-1001"
    assert [p["tracking_numbers"] for p in bjorn["packages"]] == [["TRKBG-50011"], ["TRKBG-50012"]]
    assert doc["since"] == "2025-03-01T07:00:00Z"


def test_formula_cells_are_neutralised(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = sqlite_store
    import_file(store, "catalog", resource_path("sample_data", "catalog.csv"))
    import_file(store, "boxes", resource_path("sample_data", "boxes.csv"))
    evil = tmp_path / "evil.csv"
    evil.write_text(
        "merchant,order_ref,customer_ref,ship_name,sku,quantity\n"
        'BORGEN,-1+1,C-1,"=HYPERLINK(""http://x.invalid"",""pay"")",BG-VASE-S,1\n',
        encoding="utf-8",
    )
    import_file(store, "orders", evil)
    _ship(store, "-1+1", T0)
    row = next(csv.DictReader(io.StringIO(export_shipments(store, since=T0, fmt="csv"))))
    assert row["ship_name"] == '\'=HYPERLINK("http://x.invalid","pay")'
    assert row["order_ref"] == "'-1+1"


def test_a_demo_database_refuses_to_export(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    generate_demo_data(sqlite_store, orders=2, seed=1)
    with pytest.raises(DemoDatabaseError, match="demo"):
        export_shipments(sqlite_store, since=T0, fmt="json")
