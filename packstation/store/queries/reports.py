"""The lead's reports: on time and in full per merchant, and the open orders at risk of missing their ship-by."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Integer, case, cast, func, select
from sqlalchemy.orm import Session

from packstation.domain.report_views import ReportFilter
from packstation.domain.vocabulary import ErrorType
from packstation.store.models import Event, Merchant, Order, PackSession

OPEN_STATUSES = ("new", "claimed", "suspended", "exception")
NOT_IN_FULL = (ErrorType.SHORT_SHIP.value, ErrorType.INCIDENT_MISSING_ITEM.value, ErrorType.INCIDENT_WRONG_ITEM.value)


def seconds_between(start: Any, end: Any, dialect: str) -> Any:
    """SQL for the seconds from `start` to `end` (SQLite: julianday; PostgreSQL: epoch of the interval)."""
    if dialect == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 86400.0
    return func.extract("epoch", end - start)


def delivery_by_merchant_minute(
    session: Session, f: ReportFilter, dialect: str
) -> Iterable[tuple[int, int | None, int, int | None, int | None, int | None]]:
    """The orders closed in the range, grouped by merchant and whole minute from placed to shipped:
    (merchant id, minutes, orders, with a ship-by, on time, on time and in full)."""
    ps = PackSession
    conds = [ps.state == "closed", ps.ended_at >= f.start, ps.ended_at < f.end]
    if f.station_ids:
        conds.append(ps.station_id.in_(f.station_ids))
    # The orders not shipped in full: read once from the error rows (few, by index), not per order.
    short = Order.id.in_(select(Event.order_id).where(Event.error_type.in_(NOT_IN_FULL), Event.order_id.is_not(None)))
    on_time = case((Order.ship_by.is_(None), 0), (ps.ended_at <= Order.ship_by, 1), else_=0)
    otif = case((Order.ship_by.is_(None), 0), (ps.ended_at > Order.ship_by, 0), (short, 0), else_=1)
    facts = (
        select(
            Order.merchant_id.label("merchant_id"),
            on_time.label("on_time"),
            otif.label("otif"),
            case((Order.ship_by.is_(None), 0), else_=1).label("promised"),
            cast(seconds_between(Order.placed_at, ps.ended_at, dialect) / 60.0, Integer).label("minutes"),
        )
        .join(Order, Order.id == ps.order_id)
        .where(*conds)
        .subquery("delivery_facts")
    )
    return session.execute(
        select(
            facts.c.merchant_id,
            facts.c.minutes,
            func.count(),
            func.sum(facts.c.promised),
            func.sum(facts.c.on_time),
            func.sum(facts.c.otif),
        ).group_by(facts.c.merchant_id, facts.c.minutes)
    )


def _open_at_risk(now: dt.datetime, within: dt.timedelta) -> list[Any]:
    return [Order.status.in_(OPEN_STATUSES), Order.ship_by.is_not(None), Order.ship_by < now + within]


def at_risk_by_merchant(session: Session, now: dt.datetime, within: dt.timedelta) -> dict[int, tuple[int, int]]:
    """Per merchant: (open orders due within `within`, of them already overdue)."""
    return {
        int(m): (int(n), int(late or 0))
        for m, n, late in session.execute(
            select(Order.merchant_id, func.count(), func.sum(case((Order.ship_by < now, 1), else_=0)))
            .where(*_open_at_risk(now, within))
            .group_by(Order.merchant_id)
        )
    }


def merchant_names(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    """(code, name) of the merchants with these ids."""
    if not ids:
        return {}
    return {
        i: (c, n)
        for i, c, n in session.execute(select(Merchant.id, Merchant.code, Merchant.name).where(Merchant.id.in_(ids)))
    }


def orders_at_risk(
    session: Session, now: dt.datetime, within: dt.timedelta, limit: int
) -> Sequence[tuple[int, str, str, str, dt.datetime, int]]:
    """The open orders due within `within`, soonest first: (id, reference, merchant code, status, ship-by,
    priority)."""
    return session.execute(  # type: ignore[return-value]
        select(Order.id, Order.external_ref, Merchant.code, Order.status, Order.ship_by, Order.priority)
        .join(Merchant, Merchant.id == Order.merchant_id)
        .where(*_open_at_risk(now, within))
        .order_by(Order.ship_by, Order.id)
        .limit(limit)
    ).all()
