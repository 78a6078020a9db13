"""On time and in full, counted by the database: the figures per merchant over the orders closed in a range, and the
open orders at risk right now. Definitions in `domain.delivery` and `report_views.MerchantDelivery`.

An order counts in a range like everywhere in the reports: its pack session closed (`state = closed`) with
`ended_at` in the range, at a chosen station. The counts come grouped by merchant and order-to-ship minutes (rounded
up to their step) from the hourly aggregate `report_delivery_hours` for the range's clean whole hours and from the
raw rows for its edges (`store.queries.reports.delivery_cells`); p50/p90 are folded here, so a year's range is a
few hundred group rows per merchant, never the orders themselves.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy.orm import Session

from packstation.domain.delivery import AT_RISK, percentile_minutes
from packstation.domain.report_views import AtRiskOrder, MerchantDelivery
from packstation.store.queries import reports as queries

AT_RISK_LIST = 50


def delivery(
    session: Session, cells: Iterable[queries.DeliveryCell], now: dt.datetime
) -> tuple[tuple[MerchantDelivery, ...], MerchantDelivery | None, tuple[AtRiskOrder, ...]]:
    """(per merchant, the floor, the orders at risk) from the range's `delivery_cells` (merchant, minutes, orders,
    with a ship-by, on time, OTIF), in the caller's read transaction (the orders at risk are read now)."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    minutes: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m, mins, n, p, t, o in cells:
        acc = counts[m]
        for i, value in enumerate((n, p, t, o)):
            acc[i] += value
        minutes[m].append((max(0, mins), n))
    risk = queries.at_risk_by_merchant(session, now, AT_RISK)
    ids = set(counts) | set(risk)
    merchants = queries.merchant_names(session, ids)
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
            ship_by,
            int((ship_by - now).total_seconds() // 60),
            int(prio),
        )
        for oid, ref, code, status, ship_by, prio in queries.orders_at_risk(session, now, AT_RISK, AT_RISK_LIST)
    )
    return tuple(rows), total, listed
