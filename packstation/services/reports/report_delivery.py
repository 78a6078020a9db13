"""On time and in full, counted by the database: the figures per merchant over the orders closed in a range, and the
open orders at risk right now. Definitions in `domain.delivery` and `report_views.MerchantDelivery`.

An order counts in a range like everywhere in the reports: its pack session closed (`state = closed`) with
`ended_at` in the range, at a chosen station. Order-to-ship times are grouped by whole minute in SQL and folded into
p50/p90 here, so a year's range is a few thousand group rows, never the orders themselves.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Integer, case, cast, func, select
from sqlalchemy.orm import Session

from packstation.domain.delivery import AT_RISK, percentile_minutes
from packstation.domain.report_views import AtRiskOrder, MerchantDelivery, ReportFilter
from packstation.domain.vocabulary import ErrorType
from packstation.store.models import Event, Merchant, Order, PackSession

OPEN_STATUSES = ("new", "claimed", "suspended", "exception")
NOT_IN_FULL = (ErrorType.SHORT_SHIP.value, ErrorType.INCIDENT_MISSING_ITEM.value, ErrorType.INCIDENT_WRONG_ITEM.value)
AT_RISK_LIST = 50


def _seconds(start: Any, end: Any, dialect: str) -> Any:
    if dialect == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 86400.0
    return func.extract("epoch", end - start)


def delivery(
    session: Session, f: ReportFilter, dialect: str, now: dt.datetime
) -> tuple[tuple[MerchantDelivery, ...], MerchantDelivery | None, tuple[AtRiskOrder, ...]]:
    """(per merchant, the floor, the orders at risk) in the caller's read transaction."""
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
            cast(_seconds(Order.placed_at, ps.ended_at, dialect) / 60.0, Integer).label("minutes"),
        )
        .join(Order, Order.id == ps.order_id)
        .where(*conds)
        .subquery("delivery_facts")
    )
    # One pass: grouped by merchant and whole minute; the merchant's totals are the sums of its minute groups.
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    minutes: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m, mins, n, p, t, o in session.execute(
        select(
            facts.c.merchant_id,
            facts.c.minutes,
            func.count(),
            func.sum(facts.c.promised),
            func.sum(facts.c.on_time),
            func.sum(facts.c.otif),
        ).group_by(facts.c.merchant_id, facts.c.minutes)
    ):
        acc = counts[int(m)]
        for i, value in enumerate((n, p, t, o)):
            acc[i] += int(value or 0)
        minutes[int(m)].append((max(0, int(mins or 0)), int(n)))
    open_orders = [Order.status.in_(OPEN_STATUSES), Order.ship_by.is_not(None), Order.ship_by < now + AT_RISK]
    risk = {
        int(m): (int(n), int(late or 0))
        for m, n, late in session.execute(
            select(Order.merchant_id, func.count(), func.sum(case((Order.ship_by < now, 1), else_=0)))
            .where(*open_orders)
            .group_by(Order.merchant_id)
        )
    }
    ids = set(counts) | set(risk)
    merchants = (
        {
            i: (c, n)
            for i, c, n in session.execute(
                select(Merchant.id, Merchant.code, Merchant.name).where(Merchant.id.in_(ids))
            )
        }
        if ids
        else {}
    )
    rows = []
    for mid in ids:
        n, promised, ontime, ok = counts.get(mid, (0, 0, 0, 0))
        at_risk, overdue = risk.get(mid, (0, 0))
        code, name = merchants.get(mid, (str(mid), ""))
        rows.append(
            MerchantDelivery(
                mid,
                code,
                name,
                n,
                promised,
                ontime,
                ok,
                percentile_minutes(minutes[mid], 0.5),
                percentile_minutes(minutes[mid], 0.9),
                at_risk,
                overdue,
            )
        )
    rows.sort(key=lambda r: r.merchant)
    total = None
    if rows:
        every = [pair for mid in minutes for pair in minutes[mid]]
        total = MerchantDelivery(
            None,
            "",
            "",
            sum(r.orders for r in rows),
            sum(r.with_ship_by for r in rows),
            sum(r.on_time for r in rows),
            sum(r.otif for r in rows),
            percentile_minutes(every, 0.5),
            percentile_minutes(every, 0.9),
            sum(r.at_risk for r in rows),
            sum(r.overdue for r in rows),
        )
    listed = tuple(
        AtRiskOrder(
            int(oid),
            ref,
            code,
            status,
            ship_by,  # type: ignore[arg-type]  # only orders with a ship-by are at risk (the query's WHERE)
            int((ship_by - now).total_seconds() // 60),  # type: ignore[operator]
            int(prio),
        )
        for oid, ref, code, status, ship_by, prio in session.execute(
            select(Order.id, Order.external_ref, Merchant.code, Order.status, Order.ship_by, Order.priority)
            .join(Merchant, Merchant.id == Order.merchant_id)
            .where(*open_orders)
            .order_by(Order.ship_by, Order.id)
            .limit(AT_RISK_LIST)
        )
    )
    return tuple(rows), total, listed
