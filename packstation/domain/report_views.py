"""Plain values of the lead's dashboard and reports (never ORM objects): what the GUI, CLI and PDF show.

Domain value types: the reports query (services) fills them, documents and the GUI read them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# Order classes for complexity-adjusted packer figures: a single unit is quicker than a mixed order.
ORDER_CLASSES = ("single_unit", "single_line", "multi_line")


@dataclass(frozen=True)
class ReportFilter:
    """A shift or date range [start, end) in UTC and the stations to include (none: every station).

    `tz` only decides how hours of the day are labelled and folded (a lead thinks in local time).
    """

    start: dt.datetime
    end: dt.datetime
    station_ids: tuple[int, ...] = ()
    tz: dt.tzinfo = dt.UTC

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("ReportFilter needs timezone-aware start and end")
        if self.end <= self.start:
            raise ValueError("ReportFilter end must be after start")


@dataclass(frozen=True)
class Kpis:
    """The headline figures of a range: orders closed in it and how well they went."""

    orders: int
    units: int
    active_hours: int  # clock hours in which at least one order was closed
    orders_per_hour: float
    units_per_hour: float
    avg_pack_seconds: float | None
    orders_with_error: int
    accuracy: float | None  # orders closed with no error / all orders closed; None when nothing closed
    errors: int  # error events in the range


@dataclass(frozen=True)
class ErrorCount:
    """How many error events of one type one key (packer, station, hour or nothing) had."""

    key: int | None
    label: str
    error_type: str
    count: int


@dataclass(frozen=True)
class HourFigures:
    """One hour of the day (in the filter's zone): orders closed and errors, with the UTC hours folded into it."""

    hour: int
    orders: int
    units: int
    errors: int
    buckets: tuple[dt.datetime, ...]  # UTC hour starts that fold into this hour (for the drill-down)

    @property
    def label(self) -> str:
        return f"{self.hour:02d}:00"


@dataclass(frozen=True)
class DayFigures:
    """One day (in the filter's zone): orders closed, units and errors, with its UTC hours (for the drill-down)."""

    day: dt.date
    orders: int
    units: int
    errors: int
    buckets: tuple[dt.datetime, ...]

    @property
    def label(self) -> str:
        return self.day.isoformat()


@dataclass(frozen=True)
class SkuErrors:
    """Error events of one type on one SKU (look-alike SKUs swapped for each other show up here first)."""

    sku_id: int
    sku: str
    description: str
    error_type: str
    count: int


@dataclass(frozen=True)
class ClassFigures:
    """One order class (single_unit / single_line / multi_line) for a packer or the floor."""

    order_class: str
    orders: int
    avg_pack_seconds: float | None
    errors: int


@dataclass(frozen=True)
class PackerFigures:
    """A packer's figures, adjusted for how hard their orders were.

    `time_ratio` = their pack time / what the floor's mean time per class predicts for the same mix (below 1 is
    faster than the floor); `error_ratio` likewise for errors per order (below 1 is more accurate).
    """

    user_id: int
    name: str
    orders: int
    units: int
    active_hours: int
    orders_per_hour: float
    avg_pack_seconds: float | None
    errors: int
    accuracy: float | None
    time_ratio: float | None
    error_ratio: float | None
    classes: tuple[ClassFigures, ...] = ()


@dataclass(frozen=True)
class StationFigures:
    """A station's throughput and errors."""

    station_id: int
    code: str
    orders: int
    units: int
    avg_pack_seconds: float | None
    errors: int


@dataclass(frozen=True)
class MerchantDelivery:
    """On time and in full for one merchant (or the floor, `merchant` = "") over the orders closed in a range.

    `on_time` and `otif` count only orders with a ship-by time (`with_ship_by`); OTIF is on time with no unit
    short-shipped (no short-ship at the bench, no missing- or wrong-item complaint). Order-to-ship is placed ->
    closed at the bench, in whole minutes. `at_risk` / `overdue` are open orders right now (not the range).
    """

    merchant_id: int | None
    merchant: str
    name: str
    orders: int
    with_ship_by: int
    on_time: int
    otif: int
    p50_minutes: int | None
    p90_minutes: int | None
    at_risk: int = 0
    overdue: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.with_ship_by if self.with_ship_by else None

    @property
    def otif_rate(self) -> float | None:
        return self.otif / self.with_ship_by if self.with_ship_by else None


@dataclass(frozen=True)
class AtRiskOrder:
    """An open order whose ship-by time is near or past, most urgent first."""

    order_id: int
    order_ref: str
    merchant: str
    status: str
    ship_by: dt.datetime
    minutes_left: int  # negative: overdue
    priority: int = 0


@dataclass(frozen=True)
class Dashboard:
    """Everything the lead's dashboard and the shift report show for one filter."""

    filter: ReportFilter
    kpis: Kpis
    errors_by_type: tuple[ErrorCount, ...]
    errors_by_packer: tuple[ErrorCount, ...]  # one row per (packer, type)
    errors_by_station: tuple[ErrorCount, ...]  # one row per (station, type)
    hours: tuple[HourFigures, ...]
    packers: tuple[PackerFigures, ...]
    stations: tuple[StationFigures, ...]
    floor_classes: tuple[ClassFigures, ...]
    station_codes: tuple[str, ...] = ()  # the stations filtered on, for headings
    generated_at: dt.datetime | None = None
    training: bool = False  # a demo database: the report is stamped TRAINING
    days: tuple[DayFigures, ...] = ()  # the trend by day over the range, every day of it (none skipped)
    errors_by_sku: tuple[SkuErrors, ...] = ()  # most errors first
    delivery: tuple[MerchantDelivery, ...] = ()  # per merchant, by code
    delivery_total: MerchantDelivery | None = None  # the floor (every merchant)
    at_risk: tuple[AtRiskOrder, ...] = ()  # open orders near or past their ship-by time, most urgent first


@dataclass(frozen=True)
class EventView:
    """One journal row as the drill-down and the order timeline show it, names resolved."""

    id: int
    at: dt.datetime
    kind: str
    code: str
    error_type: str | None
    order_id: int | None
    order_ref: str
    session_id: int | None
    station: str
    user: str
    approver: str
    sku: str
    quantity: int
    raw: str
    lot: str
    serial: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OrderTimeline:
    """An order's whole story: every scan, verdict, QC result, override and print, in order, to the second."""

    order_id: int
    order_ref: str
    status: str
    customer: str
    merchant: str
    lines: int
    units: int
    closed_at: dt.datetime | None
    exception_reason: str
    events: tuple[EventView, ...]


_ERROR_WORDS = {
    "wrong_item": "wrong item",
    "over_scan": "over-scan",
    "unknown_barcode": "unknown barcode",
    "weight_mismatch": "weight mismatch",
    "short_ship": "short-ship",
    "slip_verification": "slip verification",
    "label_verification": "label verification",
    "box_override": "box override",
    "label_void": "label void",
    "incident_damaged": "complaint: damaged",
    "incident_wrong_item": "complaint: wrong item",
    "incident_missing_item": "complaint: missing item",
}


def error_label(error_type: str) -> str:
    """Plain English for an error type in reports and tables ("QC: damage", "wrong item")."""
    if error_type.startswith("qc_"):
        return "QC: " + error_type[3:].replace("_", " ")
    return _ERROR_WORDS.get(error_type, error_type.replace("_", " "))


def format_seconds(seconds: float | None) -> str:
    """A pack time as m:ss (or "-" when there is none)."""
    if seconds is None:
        return "-"
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def format_minutes(minutes: int | None) -> str:
    """An order-to-ship time as "3 h 05 min" / "45 min" (or "-"), never mistaken for a time of day."""
    if minutes is None:
        return "-"
    sign, minutes = ("-", -minutes) if minutes < 0 else ("", minutes)
    return f"{sign}{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{sign}{minutes} min"


def format_ratio(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value * 100:.1f} %" if percent else f"{value:.2f}"
