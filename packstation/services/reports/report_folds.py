"""Folding the dashboard's grouped aggregates (a few rows per packer-hour) into the values the screens show.

The database does the GROUP BY (see `reports.py`); these functions only add up those groups, so a year of history
costs one pass over a few thousand group rows, not over the journal.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from packstation.domain.report_views import (
    ORDER_CLASSES,
    ClassFigures,
    DayFigures,
    ErrorCount,
    HourFigures,
    Kpis,
    PackerFigures,
    ReportFilter,
    StationFigures,
)


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


@dataclass(frozen=True)
class Group:
    """Closed sessions of one packer at one station, of one order class, closed in one clock hour."""

    user_id: int
    station_id: int
    order_class: str
    bucket: dt.datetime | None  # None: summed over whole hours in SQL (their hours are in a `Rollup`)
    orders: int
    units: int
    secs: float
    with_error: int
    errors: int


@dataclass
class Rollup:
    """What the database folded out of the hourly aggregates' whole hours, beside their bucket-less `Group`s: the
    orders, units and error rows of each clock hour, and for each packer the number of hours they closed an order in. Those
    hours are never among the hours of the hour-level groups (the raw edges and dirty hours), so counts add up."""

    hour_totals: dict[dt.datetime, list[int]] = field(default_factory=dict)  # UTC hour -> [orders, units]
    user_hours: dict[int, int] = field(default_factory=dict)
    error_hours: dict[dt.datetime, int] = field(default_factory=dict)  # UTC hour -> error rows

    def add(self, other: Rollup) -> None:
        for h, (o, u) in other.hour_totals.items():
            t = self.hour_totals.setdefault(h, [0, 0])
            t[0] += o
            t[1] += u
        for uid, n in other.user_hours.items():
            self.user_hours[uid] = self.user_hours.get(uid, 0) + n
        for h, n in other.error_hours.items():
            self.error_hours[h] = self.error_hours.get(h, 0) + n


def _hour_totals(groups: list[Group], rollup: Rollup | None) -> Iterator[tuple[dt.datetime, int, int]]:
    for g in groups:
        if g.bucket is not None:
            yield g.bucket, g.orders, g.units
    if rollup is not None:
        for h, (o, u) in rollup.hour_totals.items():
            yield h, o, u


@functools.lru_cache(maxsize=1 << 15)
def _local(moment: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """A UTC clock hour in the lead's zone (a year's dashboard converts each of its 8,760 hours twice)."""
    return moment.astimezone(tz)


def _avg(secs: float, n: int) -> float | None:
    return secs / n if n else None


def kpis(groups: list[Group], errors: int, rollup: Rollup | None = None) -> Kpis:
    orders = sum(g.orders for g in groups)
    units = sum(g.units for g in groups)
    hours = len({b for b, _o, _u in _hour_totals(groups, rollup)})
    with_error = sum(g.with_error for g in groups)
    return Kpis(
        orders=orders,
        units=units,
        active_hours=hours,
        orders_per_hour=orders / hours if hours else 0.0,
        units_per_hour=units / hours if hours else 0.0,
        avg_pack_seconds=_avg(sum(g.secs for g in groups), orders),
        orders_with_error=with_error,
        accuracy=_ratio(orders - with_error, orders),
        errors=errors,
    )


def hours(
    f: ReportFilter,
    groups: list[Group],
    error_hours: list[tuple[dt.datetime, int]],
    rollup: Rollup | None = None,
) -> tuple[HourFigures, ...]:
    """Fold UTC clock hours into hours of the day in the lead's zone, in shift order."""
    folded: dict[int, dict[str, Any]] = defaultdict(lambda: {"orders": 0, "units": 0, "errors": 0, "b": set()})
    for bucket, orders, units in _hour_totals(groups, rollup):
        slot = folded[_local(bucket, f.tz).hour]
        slot["orders"] += orders
        slot["units"] += units
        slot["b"].add(bucket)
    for start, count in error_hours:
        slot = folded[_local(start, f.tz).hour]
        slot["errors"] += count
        slot["b"].add(start)
    hours = [HourFigures(h, v["orders"], v["units"], v["errors"], tuple(sorted(v["b"]))) for h, v in folded.items()]
    # A night shift's 22:00 before its 02:00: order by the time since the earliest hour, modulo a day.
    first = min((b for h in hours for b in h.buckets), default=f.start)
    return tuple(sorted(hours, key=lambda h: (h.buckets[0] - first).total_seconds() % 86400))


def days(
    f: ReportFilter,
    groups: list[Group],
    error_hours: list[tuple[dt.datetime, int]],
    rollup: Rollup | None = None,
) -> tuple[DayFigures, ...]:
    """Every day of the range in the lead's zone (quiet days too, so a trend has no gaps), oldest first."""
    first, last = f.start.astimezone(f.tz).date(), (f.end - dt.timedelta(microseconds=1)).astimezone(f.tz).date()
    folded: dict[dt.date, dict[str, Any]] = {}
    day = first
    while day <= last and len(folded) < 400:
        folded[day] = {"orders": 0, "units": 0, "errors": 0, "b": set()}
        day += dt.timedelta(days=1)
    for bucket, orders, units in _hour_totals(groups, rollup):
        slot = folded.get(_local(bucket, f.tz).date())
        if slot is not None:
            slot["orders"] += orders
            slot["units"] += units
            slot["b"].add(bucket)
    for start, count in error_hours:
        slot = folded.get(_local(start, f.tz).date())
        if slot is not None:
            slot["errors"] += count
            slot["b"].add(start)
    return tuple(
        DayFigures(d, v["orders"], v["units"], v["errors"], tuple(sorted(v["b"]))) for d, v in sorted(folded.items())
    )


def _classes(groups: list[Group]) -> dict[str, ClassFigures]:
    acc: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for g in groups:
        a = acc[g.order_class]
        a[0] += g.orders
        a[1] += g.secs
        a[2] += g.errors
    return {c: ClassFigures(c, int(a[0]), _avg(a[1], int(a[0])), int(a[2])) for c, a in acc.items()}


def packers(
    groups: list[Group], names: dict[int, str], by_packer: tuple[ErrorCount, ...], rollup: Rollup | None = None
) -> tuple[tuple[ClassFigures, ...], tuple[PackerFigures, ...]]:
    """Each packer against the floor's mean for the same mix of order classes."""
    floor = _classes(groups)
    mine: dict[int, list[Group]] = defaultdict(list)
    for g in groups:
        mine[g.user_id].append(g)
    error_total: dict[int | None, int] = defaultdict(int)
    labels: dict[int | None, str] = {}
    for ec in by_packer:
        error_total[ec.key] += ec.count
        labels[ec.key] = ec.label
    packers = []
    for user_id, gs in mine.items():
        classes = sorted(_classes(gs).values(), key=lambda c: ORDER_CLASSES.index(c.order_class))
        n = sum(c.orders for c in classes)
        hours = len({g.bucket for g in gs if g.bucket is not None})
        hours += rollup.user_hours.get(user_id, 0) if rollup is not None else 0
        expected_secs = sum(c.orders * (floor[c.order_class].avg_pack_seconds or 0.0) for c in classes)
        expected_errs = sum(c.orders * floor[c.order_class].errors / floor[c.order_class].orders for c in classes)
        packers.append(
            PackerFigures(
                user_id=user_id,
                name=names.get(user_id, f"user {user_id}"),
                orders=n,
                units=sum(g.units for g in gs),
                active_hours=hours,
                orders_per_hour=n / hours if hours else 0.0,
                avg_pack_seconds=_avg(sum(g.secs for g in gs), n),
                errors=error_total.get(user_id, 0),
                accuracy=_ratio(n - sum(g.with_error for g in gs), n),
                time_ratio=_ratio(sum(g.secs for g in gs), expected_secs),
                error_ratio=_ratio(sum(c.errors for c in classes), expected_errs),
                classes=tuple(classes),
            )
        )
    # Packers who made errors but closed nothing in the range still belong on the list.
    for uid, count in error_total.items():
        if uid is not None and uid not in mine:
            packers.append(PackerFigures(uid, labels[uid], 0, 0, 0, 0.0, None, count, None, None, None))
    packers.sort(key=lambda p: p.name)
    return tuple(floor[c] for c in ORDER_CLASSES if c in floor), tuple(packers)


def stations(
    groups: list[Group], codes: dict[int, str], by_station: tuple[ErrorCount, ...]
) -> tuple[StationFigures, ...]:
    acc: dict[int, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for g in groups:
        a = acc[g.station_id]
        a[0] += g.orders
        a[1] += g.units
        a[2] += g.secs
    errors: dict[int | None, int] = defaultdict(int)
    labels: dict[int | None, str] = {}
    for ec in by_station:
        errors[ec.key] += ec.count
        labels[ec.key] = ec.label
    out = {
        sid: StationFigures(
            sid, codes.get(sid, str(sid)), int(a[0]), int(a[1]), _avg(a[2], int(a[0])), errors.get(sid, 0)
        )
        for sid, a in acc.items()
    }
    for sid, count in errors.items():
        if sid is not None and sid not in out:
            out[sid] = StationFigures(sid, labels[sid], 0, 0, None, count)
    return tuple(sorted(out.values(), key=lambda s: s.code))
