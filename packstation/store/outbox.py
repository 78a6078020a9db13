"""The outbox's queries: write a shipment confirmation in the close's own transaction; claim, finish and list
deliveries. Claims are guarded updates (`WHERE state = 'pending'`), so two deliverers never take the same row."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from packstation.store.models.catalog import Box, Merchant, Sku
from packstation.store.models.customers import Customer
from packstation.store.models.integrations import OutboxDelivery, OutboxMessage
from packstation.store.models.meta import AppMeta
from packstation.store.models.orders import Order, OrderLine
from packstation.store.models.packing import PackedUnit, PackSession
from packstation.store.models.people import Station, User
from packstation.store.models.shipping import Label, Package

SHIPMENT_CONFIRMED = "shipment_confirmed"


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def shipment_payload(db: Session, order: Order, session: PackSession) -> dict[str, Any]:
    """What the shop or WMS needs to know about a closed order: packages, tracking numbers, weights, serials, and
    what shipped per line (a short-shipped line says so)."""
    merchant = db.get_one(Merchant, order.merchant_id)
    customer = db.get_one(Customer, order.customer_id)
    packer = db.get(User, session.user_id)
    station = db.get(Station, session.station_id) if session.station_id else None
    packages = []
    for package, box_code in db.execute(
        select(Package, Box.code)
        .outerjoin(Box, Box.id == Package.box_id)
        .where(Package.order_id == order.id)
        .order_by(Package.package_no)
    ):
        labels = list(
            db.scalars(select(Label).where(Label.package_id == package.id, Label.status != "voided").order_by(Label.id))
        )
        packages.append(
            {
                "package_no": package.package_no,
                "box": box_code or "",
                "sscc": package.sscc or "",
                "length_mm": package.length_mm,
                "width_mm": package.width_mm,
                "height_mm": package.height_mm,
                "expected_weight_g": package.expected_weight_g,
                "measured_weight_g": package.measured_weight_g,
                "carrier": labels[-1].carrier if labels else order.carrier,
                "service": labels[-1].service if labels else order.service,
                "tracking_numbers": [label.tracking_number for label in labels],
            }
        )
    shipped: dict[int, int] = defaultdict(int)
    serials: dict[int, list[str]] = defaultdict(list)
    lots: dict[int, set[str]] = defaultdict(set)
    for unit in db.scalars(select(PackedUnit).where(PackedUnit.session_id == session.id)):
        shipped[unit.order_line_id] += unit.quantity
        if unit.serial:
            serials[unit.order_line_id].append(unit.serial)
        if unit.lot:
            lots[unit.order_line_id].add(unit.lot)
    lines = [
        {
            "line_no": line.line_no,
            "sku": sku_code,
            "ordered": line.quantity,
            "shipped": shipped[line.id],
            "serials": serials[line.id],
            "lots": sorted(lots[line.id]),
        }
        for line, sku_code in db.execute(
            select(OrderLine, Sku.code)
            .join(Sku, Sku.id == OrderLine.sku_id)
            .where(OrderLine.order_id == order.id)
            .order_by(OrderLine.line_no)
        )
    ]
    return {
        "event": SHIPMENT_CONFIRMED,
        "merchant": merchant.code,
        "order_ref": order.external_ref,
        "order_barcode": order.order_barcode,
        "customer_ref": customer.external_ref,
        "closed_at": _iso(order.closed_at),
        "packer_badge": packer.badge_code if packer else "",
        "station": station.code if station else "",
        "packages": packages,
        "lines": lines,
    }


def record_shipment_confirmation(db: Session, order: Order, session: PackSession) -> None:
    """Called inside the close's transaction: the confirmation exists if and only if the close does."""
    mode = db.get(AppMeta, "mode")
    if mode is not None and mode.value == "demo":
        return  # nothing from training ever reaches the shop
    key = f"{SHIPMENT_CONFIRMED}:{order.id}:{session.id}"
    if db.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == key)) is None:
        db.add(
            OutboxMessage(
                dedupe_key=key,
                kind=SHIPMENT_CONFIRMED,
                order_id=order.id,
                payload=shipment_payload(db, order, session),
                created_at=order.closed_at,
            )
        )


FIRST_START_LOOKBACK = dt.timedelta(hours=24)


def channel_since(db: Session, channel: str, now: dt.datetime) -> dt.datetime:
    """Where a channel's confirmations begin: 24 hours before it was first started (the shift that closed orders
    before the service came up), never the whole history; `packstation export shipments` has the rest."""
    key = f"outbox_since:{channel}"[:40]
    meta = db.get(AppMeta, key)
    if meta is None:
        meta = AppMeta(key=key, value=(now - FIRST_START_LOOKBACK).isoformat())
        db.add(meta)
        db.flush()
    return dt.datetime.fromisoformat(meta.value)


def add_missing_deliveries(db: Session, channel: str, since: dt.datetime) -> int:
    """A delivery row for every message newer than `since` that this channel has not got yet."""
    missing = db.scalars(
        select(OutboxMessage.id)
        .outerjoin(
            OutboxDelivery, and_(OutboxDelivery.message_id == OutboxMessage.id, OutboxDelivery.channel == channel)
        )
        .where(OutboxDelivery.id.is_(None), OutboxMessage.created_at >= since)
        .order_by(OutboxMessage.id)
    ).all()
    if missing:  # two deliverers may add the same rows at once: the unique key keeps one, quietly
        dialect = db.get_bind().dialect.name
        insert = {"postgresql": pg_insert, "sqlite": sqlite_insert}[dialect]
        db.execute(
            insert(OutboxDelivery)
            .values(
                [
                    {
                        "message_id": message_id,
                        "channel": channel,
                        "state": "pending",
                        "attempts": 0,
                        "next_attempt_at": since,
                        "last_error": "",
                    }
                    for message_id in missing
                ]
            )
            .on_conflict_do_nothing(index_elements=["message_id", "channel"])
        )
    return len(missing)


def due_deliveries(db: Session, channel: str, now: dt.datetime, limit: int = 50) -> list[int]:
    return list(
        db.scalars(
            select(OutboxDelivery.id)
            .where(
                OutboxDelivery.channel == channel,
                OutboxDelivery.state == "pending",
                OutboxDelivery.next_attempt_at <= now,
            )
            .order_by(OutboxDelivery.id)
            .limit(limit)
        )
    )


def claim(db: Session, delivery_id: int, lease_until: dt.datetime) -> bool:
    """pending -> sending until `lease_until`, committed by the caller before anything leaves the station."""
    result = db.execute(
        update(OutboxDelivery)
        .where(OutboxDelivery.id == delivery_id, OutboxDelivery.state == "pending")
        .values(state="sending", attempts=OutboxDelivery.attempts + 1, next_attempt_at=lease_until)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def resume_interrupted(db: Session, now: dt.datetime) -> int:
    """Rows still `sending` after their lease ran out belong to a deliverer that died mid-call: back to pending.
    They are sent again under the same Idempotency-Key, which the receiver uses to drop a repeat (the folder
    channel writes the same file again). A live deliverer's row (lease not over) is left alone."""
    result = db.execute(
        update(OutboxDelivery)
        .where(OutboxDelivery.state == "sending", OutboxDelivery.next_attempt_at <= now)
        .values(state="pending")
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def message_of(db: Session, delivery_id: int) -> tuple[OutboxDelivery, OutboxMessage]:
    delivery = db.get_one(OutboxDelivery, delivery_id)
    return delivery, db.get_one(OutboxMessage, delivery.message_id)


def delivery_counts(db: Session) -> dict[tuple[str, str], int]:
    return {
        (channel, state): count
        for channel, state, count in db.execute(
            select(OutboxDelivery.channel, OutboxDelivery.state, func.count()).group_by(
                OutboxDelivery.channel, OutboxDelivery.state
            )
        )
    }


def problem_deliveries(db: Session, limit: int = 50) -> list[tuple[OutboxDelivery, OutboxMessage]]:
    """Deliveries that failed at least once and are not delivered: what a lead must look at."""
    rows = db.execute(
        select(OutboxDelivery, OutboxMessage)
        .join(OutboxMessage, OutboxMessage.id == OutboxDelivery.message_id)
        .where(OutboxDelivery.state != "delivered", OutboxDelivery.last_error != "")
        .order_by(OutboxDelivery.id)
        .limit(limit)
    )
    return [(delivery, message) for delivery, message in rows]


def bring_forward(db: Session, now: dt.datetime) -> int:
    result = db.execute(
        update(OutboxDelivery)
        .where(OutboxDelivery.state == "pending", OutboxDelivery.next_attempt_at > now)
        .values(next_attempt_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
