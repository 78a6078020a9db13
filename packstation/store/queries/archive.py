"""Which orders' history the archive moves (services/reports/archive.py, docs/archive.md)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from packstation.store.models import Event, Order, PackSession

OPEN_SESSION_STATES = ("scanning", "qc", "box", "slips", "label", "verify")


def _candidates(before: dt.datetime) -> Select[int]:
    """Closed orders before DATE, not archived, with no open pack session."""
    open_session = (
        select(PackSession.id)
        .where(PackSession.order_id == Order.id, PackSession.state.in_(OPEN_SESSION_STATES))
        .exists()
    )
    return (
        select(Order.id)
        .where(Order.status == "closed", Order.closed_at < before, Order.archived_at.is_(None), ~open_session)
        .order_by(Order.id)
    )


def orders_to_archive(db: Session, before: dt.datetime, limit: int) -> list[int]:
    """The first `limit` ids of the closed orders before DATE that are not archived and have no open session."""
    return list(db.scalars(_candidates(before).limit(limit)))


def count_orders_to_archive(db: Session, before: dt.datetime) -> int:
    return int(db.scalar(select(func.count()).select_from(_candidates(before).subquery())) or 0)


def journal_rows_to_archive(db: Session, before: dt.datetime) -> int:
    """The journal rows of the orders to archive (by order, or by one of their pack sessions)."""
    ids = _candidates(before).subquery()
    sessions = select(PackSession.id).where(PackSession.order_id.in_(select(ids.c.id)))
    return int(
        db.scalar(
            select(func.count())
            .select_from(Event)
            .where((Event.order_id.in_(select(ids.c.id))) | Event.session_id.in_(sessions))
        )
        or 0
    )


def open_orders_placed_before(db: Session, before: dt.datetime) -> int:
    """Orders placed before DATE that are neither closed nor cancelled (they stay live)."""
    return int(
        db.scalar(
            select(func.count())
            .select_from(Order)
            .where(Order.status.not_in(("closed", "cancelled")), Order.placed_at < before)
        )
        or 0
    )


def stamp_archived(db: Session, ids: list[int], now: dt.datetime) -> None:
    db.execute(update(Order).where(Order.id.in_(ids)).values(archived_at=now))
