"""Export shipments (closed orders with their packages and tracking numbers) for the WMS or the shop.

One row per package in CSV (spreadsheet-safe through `documents.csv_safe`), one object per order in JSON. Times are
ISO 8601 UTC. A demo (training) database refuses: its orders never shipped and must not reach a real system.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import and_, select, true
from sqlalchemy.orm import Session

from packstation.documents.csv_safe import csv_text
from packstation.domain.errors import DomainError, ValidationError
from packstation.store.models import (
    AppMeta,
    Box,
    Customer,
    Label,
    Merchant,
    Order,
    Package,
    PackSession,
    Station,
    User,
    utcnow,
)

FORMATS = ("csv", "json")
CSV_COLUMNS = (
    "merchant",
    "order_ref",
    "order_barcode",
    "customer_ref",
    "ship_name",
    "ship_country",
    "packer",
    "packer_badge",
    "station",
    "placed_at",
    "started_at",
    "closed_at",
    "packages",
    "package_no",
    "box",
    "length_mm",
    "width_mm",
    "height_mm",
    "expected_weight_g",
    "measured_weight_g",
    "carrier",
    "service",
    "tracking_numbers",
    "sscc",
)


@dataclass(frozen=True)
class PackageRecord:
    package_no: int
    box: str  # box code, "" when shipped as is
    length_mm: int
    width_mm: int
    height_mm: int
    expected_weight_g: int
    measured_weight_g: int | None
    carrier: str
    service: str
    tracking_numbers: tuple[str, ...]  # labels not voided
    sscc: str


@dataclass(frozen=True)
class ShipmentRecord:
    merchant: str
    order_ref: str
    order_barcode: str
    customer_ref: str
    ship_name: str
    ship_country: str
    packer: str
    packer_badge: str
    station: str
    placed_at: dt.datetime
    started_at: dt.datetime | None
    closed_at: dt.datetime
    packages: tuple[PackageRecord, ...]


class DemoDatabaseError(DomainError):
    """Raised when asked to export from a demo database."""


def _iso(value: dt.datetime | None) -> str:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if value else ""


def refuse_demo(session: Session) -> None:
    meta = session.get(AppMeta, "mode")
    if meta is not None and meta.value == "demo":
        raise DemoDatabaseError(
            "demo_database", "this is a demo (training) database: its orders never shipped and are not exported"
        )


def shipments(store: Any, since: dt.datetime, until: dt.datetime | None = None) -> list[ShipmentRecord]:
    """Orders closed in [since, until) with packer, station, times and packages; oldest first."""
    for name, value in (("since", since), ("until", until)):
        if value is not None and value.tzinfo is None:
            raise ValidationError("naive_time", f"'{name}' needs a time zone (UTC is assumed nowhere)", key=name)
    with store.sessions() as session:
        refuse_demo(session)
        window = and_(
            Order.status == "closed", Order.closed_at >= since, Order.closed_at < until if until is not None else true()
        )
        orders = session.execute(
            select(Order, Merchant.code, Customer.external_ref)
            .join(Merchant, Merchant.id == Order.merchant_id)
            .join(Customer, Customer.id == Order.customer_id)
            .where(window)
            .order_by(Order.closed_at, Order.id)
        ).all()
        # The session that closed each order (the last one, if an order was resumed after a suspend).
        closers: dict[int, tuple[PackSession, str, str, str]] = {}
        for pack, user_name, badge, station in session.execute(
            select(PackSession, User.name, User.badge_code, Station.code)
            .join(Order, Order.id == PackSession.order_id)
            .join(User, User.id == PackSession.user_id)
            .join(Station, Station.id == PackSession.station_id)
            .where(window)
            .order_by(PackSession.started_at)
        ):
            if pack.state == "closed" or pack.order_id not in closers:
                closers[pack.order_id] = (pack, user_name, badge, station)
        packages: dict[int, list[tuple[Package, str]]] = defaultdict(list)
        for package, box_code in session.execute(
            select(Package, Box.code)
            .join(Order, Order.id == Package.order_id)
            .outerjoin(Box, Box.id == Package.box_id)
            .where(window)
            .order_by(Package.package_no, Package.id)
        ):
            packages[package.order_id].append((package, box_code or ""))
        labels: dict[int, list[Label]] = defaultdict(list)
        for label in session.scalars(
            select(Label)
            .join(Order, Order.id == Label.order_id)
            .where(window, Label.status != "voided")
            .order_by(Label.created_at, Label.id)
        ):
            labels[label.package_id].append(label)
    records = []
    for order, merchant_code, customer_ref in orders:
        closer = closers.get(order.id)
        pack_records = []
        for package, box_code in packages.get(order.id, []):
            issued = labels.get(package.id, [])
            pack_records.append(
                PackageRecord(
                    package_no=package.package_no,
                    box=box_code,
                    length_mm=package.length_mm,
                    width_mm=package.width_mm,
                    height_mm=package.height_mm,
                    expected_weight_g=package.expected_weight_g,
                    measured_weight_g=package.measured_weight_g,
                    carrier=issued[-1].carrier if issued else order.carrier,
                    service=issued[-1].service if issued else order.service,
                    tracking_numbers=tuple(label.tracking_number for label in issued),
                    sscc=package.sscc or "",
                )
            )
        records.append(
            ShipmentRecord(
                merchant=merchant_code,
                order_ref=order.external_ref,
                order_barcode=order.order_barcode,
                customer_ref=customer_ref,
                ship_name=order.ship_name,
                ship_country=order.ship_country,
                packer=closer[1] if closer else "",
                packer_badge=closer[2] if closer else "",
                station=closer[3] if closer else "",
                placed_at=order.placed_at,
                started_at=closer[0].started_at if closer else None,
                closed_at=order.closed_at or order.placed_at,
                packages=tuple(pack_records),
            )
        )
    return records


def shipments_csv(records: list[ShipmentRecord], separator: str = ",") -> str:
    """One row per package (an order without packages still gets one row); formulas neutralised."""
    rows = []
    for r in records:
        head = [
            r.merchant,
            r.order_ref,
            r.order_barcode,
            r.customer_ref,
            r.ship_name,
            r.ship_country,
            r.packer,
            r.packer_badge,
            r.station,
            _iso(r.placed_at),
            _iso(r.started_at),
            _iso(r.closed_at),
            len(r.packages),
        ]
        for p in r.packages or (None,):
            if p is None:
                rows.append([*head, "", "", "", "", "", "", "", "", "", "", ""])
                continue
            rows.append(
                [
                    *head,
                    p.package_no,
                    p.box,
                    p.length_mm,
                    p.width_mm,
                    p.height_mm,
                    p.expected_weight_g,
                    "" if p.measured_weight_g is None else p.measured_weight_g,
                    p.carrier,
                    p.service,
                    ";".join(p.tracking_numbers),
                    p.sscc,
                ]
            )
    return csv_text(CSV_COLUMNS, rows, separator)


def shipments_json(
    records: list[ShipmentRecord], since: dt.datetime, until: dt.datetime | None = None, now: dt.datetime | None = None
) -> str:
    def plain(value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return _iso(value)
        if isinstance(value, tuple | list):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    doc = {
        "exported_at": _iso(now or utcnow()),
        "since": _iso(since),
        "until": _iso(until) or None,
        "shipments": [plain(asdict(r)) for r in records],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def export_shipments(
    store: Any, since: dt.datetime, fmt: str = "csv", until: dt.datetime | None = None, *, separator: str = ","
) -> str:
    """The export document as text in `fmt` (csv | json); CSV fields separated by `separator`."""
    if fmt not in FORMATS:
        raise ValidationError("bad_format", f"format must be csv or json, not {fmt!r}", key="format")
    records = shipments(store, since, until)
    return shipments_csv(records, separator) if fmt == "csv" else shipments_json(records, since, until)
