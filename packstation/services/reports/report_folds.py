"""Folding the dashboard's grouped aggregates (a few rows per packer-hour) into the values the screens show.

The database does the GROUP BY (see `reports.py`); these functions only add up those groups, so a year of history
costs one pass over a few thousand group rows, not over the journal.
"""

from __future__ import annotations

import datetime as dt
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
from packstation.services.reports.report_aggregates import hour_time


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


@dataclass(frozen=True)
class Group:
    """Closed sessions of one packer at one station, of one order class, closed in one clock hour."""

    user_id: int
    station_id: int
    order_class: str
    bucket: int | None  # UTC hour number (hours since 1970); None: summed over whole hours in SQL (see `Rollup`)
    orders: int
    units: int
    secs: float
    with_error: int
    errors: int


@dataclass
class Rollup:
    """What the database folded out of the hourly aggregates' whole hours, beside their bucket-less `Group`s: the
    orders, units and error rows of each clock hour (by UTC hour number), and for each packer the number of hours
    they closed an order in. Those hours are never among the hours of the hour-level groups (the raw edges and
    dirty hours), so counts add up."""

    hour_totals: dict[int, list[int]] = field(default_factory=dict)  # UTC hour -> [orders, units]
    user_hours: dict[int, int] = field(default_factory=dict)
    error_hours: dict[int, int] = field(default_factory=dict)  # UTC hour -> error rows

    def add(self, other: Rollup) -> None:
        for h, (o, u) in other.hour_totals.items():
            t = self.hour_totals.setdefault(h, [0, 0])
            t[0] += o
            t[1] += u
        for uid, n in other.user_hours.items():
            self.user_hours[uid] = self.user_hours.get(uid, 0) + n
        for h, n in other.error_hours.items():
            self.error_hours[h] = self.error_hours.get(h, 0) + n


def _hour_totals(groups: list[Group], rollup: Rollup | None) -> Iterator[tuple[int, int, int]]:
    for g in groups:
        if g.bucket is not None:
            yield g.bucket, g.orders, g.units
    if rollup is not None:
        for h, (o, u) in rollup.hour_totals.items():
            yield h, o, u


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


def _per_hour(groups: list[Group], error_hours: list[tuple[int, int]], rollup: Rollup | None) -> dict[int, list[int]]:
    """UTC hour -> [orders, units, error rows]: every hour with an order closed or an error row."""
    per: dict[int, list[int]] = {}
    for h, orders, units in _hour_totals(groups, rollup):
        slot = per.setdefault(h, [0, 0, 0])
        slot[0] += orders
        slot[1] += units
    for h, count in error_hours:
        per.setdefault(h, [0, 0, 0])[2] += count
    return per


def clock(
    f: ReportFilter,
    groups: list[Group],
    error_hours: list[tuple[int, int]],
    rollup: Rollup | None = None,
) -> tuple[tuple[HourFigures, ...], tuple[DayFigures, ...]]:
    """The UTC clock hours folded on the lead's wall clock, in one pass: into hours of the day (in shift order)
    and into every day of the range (quiet days too, so a trend has no gaps, oldest first). Each figure keeps the
    UTC hours it holds, for the drill-down."""
    first_day, last_day = (
        f.start.astimezone(f.tz).date().toordinal(),
        (f.end - dt.timedelta(microseconds=1)).astimezone(f.tz).date().toordinal(),
    )
    last_day = min(last_day, first_day + 399)
    by_hour: dict[int, list[Any]] = {}
    by_day: dict[int, list[Any]] = {d: [0, 0, 0, []] for d in range(first_day, last_day + 1)}
    per = _per_hour(groups, error_hours, rollup)
    for h in sorted(per):
        orders, units, errors = per[h]
        start = hour_time(h)
        local = start.astimezone(f.tz)
        slot = by_hour.setdefault(local.hour, [0, 0, 0, []])
        slot[0] += orders
        slot[1] += units
        slot[2] += errors
        slot[3].append(start)
        day = by_day.get(local.toordinal())
        if day is not None:
            day[0] += orders
            day[1] += units
            day[2] += errors
            day[3].append(start)
    hours = [HourFigures(h, o, u, e, tuple(b)) for h, (o, u, e, b) in by_hour.items()]
    # A night shift's 22:00 before its 02:00: order by the time since the earliest hour, modulo a day.
    earliest = min((b for h in hours for b in h.buckets), default=f.start)
    days = tuple(DayFigures(dt.date.fromordinal(d), o, u, e, tuple(b)) for d, (o, u, e, b) in sorted(by_day.items()))
    return tuple(sorted(hours, key=lambda h: (h.buckets[0] - earliest).total_seconds() % 86400)), days


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
