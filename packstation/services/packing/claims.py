"""Atomic claims: one station holds an order at a time, on SQLite and PostgreSQL alike.

A claim is a single conditional UPDATE (`... WHERE claim_station_id IS NULL AND status IN (...) AND claim_version =
:seen`); the row count says who won. PostgreSQL re-checks the WHERE clause after waiting on a competing writer's row
lock and SQLite runs one writer at a time, so two stations can never both see "1 row updated".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.orm import Session

from packstation.domain.barcodes import parse_scan
from packstation.domain.errors import DomainError
from packstation.domain.packing import WORKING
from packstation.domain.vocabulary import EventKind, SessionState
from packstation.services.journal import Actor, record
from packstation.store.models.orders import Order
from packstation.store.models.packing import PackSession
from packstation.store.models.people import Station, User

# The queue's order: a lead's or the shop's priority first (a replacement for a complaint is high), then the
# earliest ship-by time (orders without one after those with one), then the oldest.
MOST_URGENT_FIRST = (Order.priority.desc(), Order.ship_by.asc().nulls_last(), Order.placed_at, Order.id)


def find_order(db: Session, barcode_or_id: str | int) -> Order:
    """The order with this pick-ticket barcode, reference or tote (open orders first), or this id."""
    if isinstance(barcode_or_id, int):
        order = db.get(Order, barcode_or_id)
        if order is None:
            raise DomainError("no_such_order", f"There is no order {barcode_or_id}.", order=str(barcode_or_id))
        return order
    code = parse_scan(barcode_or_id).text or barcode_or_id.strip()
    order = db.scalars(
        select(Order).where(or_(Order.order_barcode == code, Order.external_ref == code)).order_by(Order.id)
    ).first()
    if order is None:
        order = db.scalars(
            select(Order)
            .where(Order.tote == code, Order.status.not_in(("closed", "cancelled")))
            .order_by(*MOST_URGENT_FIRST)
        ).first()
    if order is None:
        raise DomainError("no_such_order", f"No order or tote has the barcode {code}.", order=code)
    return order


def holder(db: Session, order: Order) -> str:
    """'BENCH-02 (Anna) since 10:42 UTC' for a refusal message (the plain-English log line)."""
    bench = holder_bench(db, order)
    since = f" since {order.claimed_at:%H:%M} UTC" if order.claimed_at else ""
    return (bench or "another station") + since


def holder_bench(db: Session, order: Order) -> str:
    """'BENCH-02 (Anna)': the bench holding the order and who is at it, as a value (no words around it)."""
    station = db.get(Station, order.claim_station_id) if order.claim_station_id else None
    user = db.get(User, order.claim_user_id) if order.claim_user_id else None
    return (station.code if station else "") + (f" ({user.name})" if user else "")


def _iso_utc(moment: Any) -> str:
    """A stored time as ISO 8601 in UTC ("—" when unknown): the GUI shows it in the reader's zone and format."""
    if moment is None:
        return "—"
    return str((moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC).isoformat())


def try_claim(db: Session, order: Order, actor: Actor, statuses: tuple[str, ...]) -> bool:
    """Take the order for this station if nobody holds it and its status is one of `statuses`; True if won."""
    seen = order.claim_version
    result = db.execute(
        update(Order)
        .where(
            Order.id == order.id,
            Order.claim_station_id.is_(None),
            Order.status.in_(statuses),
            Order.claim_version == seen,
        )
        .values(
            claim_station_id=actor.station_id,
            claim_user_id=actor.user_id,
            claimed_at=actor.now,
            claim_version=Order.claim_version + 1,
            status="claimed",
        )
        .execution_options(synchronize_session=False)
    )
    won = isinstance(result, CursorResult) and result.rowcount == 1
    db.refresh(order)
    return won


def free(order: Order, status: str) -> None:
    """Let go of the claim (suspend, exception, close, lead release)."""
    order.claim_station_id = None
    order.claim_user_id = None
    order.claimed_at = None
    order.claim_version = order.claim_version + 1
    order.status = status


def refuse_claim(db: Session, order: Order, actor: Actor) -> DomainError:
    """Why this station cannot have the order, in the packer's words."""
    ref = order.external_ref
    if order.status == "closed":
        when = f" at {order.closed_at:%Y-%m-%d %H:%M} UTC" if order.closed_at else ""
        return DomainError(
            "order_closed", f"Order {ref} was already packed and closed{when}; a lead can reopen it.", order=ref
        )
    if order.status == "cancelled":
        return DomainError("order_cancelled", f"Order {ref} was cancelled by the shop. Do not pack it.", order=ref)
    if order.status == "exception":
        return DomainError(
            "order_in_exception",
            f"Order {ref} is in the lead's exception queue: {order.exception_reason or 'no reason given'}.",
            order=ref,
        )
    if order.claim_station_id is not None and order.claim_station_id != actor.station_id:
        return DomainError(
            "order_claimed_elsewhere",
            f"Order {ref} is being packed at {holder(db, order)}. A lead can release it.",
            order=ref,
            holder=holder(db, order),
            station=holder_bench(db, order) or "—",
            since=_iso_utc(order.claimed_at),
        )
    return DomainError(
        "order_not_claimable",
        f"Order {ref} cannot be claimed now (status {order.status}).",
        order=ref,
        status=order.status,
    )


def open_session_at(db: Session, station_id: int, user_id: int | None = None) -> PackSession | None:
    """The working session at this station (the user's own first), if any."""
    query = select(PackSession).where(
        PackSession.station_id == station_id, PackSession.state.in_([s.value for s in WORKING])
    )
    sessions = list(db.scalars(query.order_by(PackSession.id.desc())))
    mine = [s for s in sessions if s.user_id == user_id]
    return (mine or sessions)[0] if sessions else None


def latest_session(db: Session, order_id: int) -> PackSession | None:
    return db.scalars(
        select(PackSession).where(PackSession.order_id == order_id).order_by(PackSession.id.desc())
    ).first()


def start_session(db: Session, order: Order, actor: Actor) -> PackSession:
    """A new pack session for a freshly claimed order, journaled as a claim."""
    assert actor.user_id is not None
    session = PackSession(
        order_id=order.id,
        station_id=actor.station_id,
        user_id=actor.user_id,
        state=SessionState.SCANNING.value,
        started_at=actor.now,
    )
    db.add(session)
    db.flush()
    record(
        db,
        actor,
        EventKind.CLAIM,
        "order_claimed",
        session=session,
        detail={"order": order.external_ref, "claim_version": order.claim_version},
    )
    record(db, actor, EventKind.STATE, SessionState.SCANNING.value, session=session)
    return session


def next_unclaimed(db: Session) -> int | None:
    """The most urgent unclaimed new order (priority, then earliest ship-by, then oldest), row-locked for this transaction; an order another bench is claiming at
    this moment is skipped, not waited for (PostgreSQL's FOR UPDATE SKIP LOCKED; SQLite runs one writer at a time
    and ignores the clause). With every bench queueing on the same first row, a floor of 50 waited seconds."""
    return db.scalar(
        select(Order.id)
        .where(Order.status == "new", Order.claim_station_id.is_(None))
        .order_by(*MOST_URGENT_FIRST)
        .limit(1)
        .with_for_update(skip_locked=True)
    )


def next_candidates(db: Session, limit: int = 20) -> list[int]:
    """Unclaimed new orders, most urgent first (priority, then earliest ship-by, then oldest)."""
    return list(
        db.scalars(
            select(Order.id)
            .where(Order.status == "new", Order.claim_station_id.is_(None))
            .order_by(*MOST_URGENT_FIRST)
            .limit(limit)
        )
    )
