"""The shift report as one CSV table (section, key, metric, value) that pivots in any spreadsheet.

Written through `csv_safe`, so a packer named "=HYPERLINK(...)" stays text. The header row is in the reader's
language (`language`: "Sekcja;Klucz;Miara;Wartość" for a Polish lead); the rows keep their codes ("orders_per_hour")
so a pivot or script built on one language's file works on every other's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from packstation.documents.csv_safe import csv_text, write_csv
from packstation.documents.i18n import DocText
from packstation.domain.report_views import Dashboard

HEADER = ("section", "key", "metric", "value")


def header(language: str | None = None) -> tuple[str, ...]:
    """The header row in the reader's language (English: the codes of HEADER)."""
    if DocText(language).language == "en":
        return HEADER
    return tuple(DocText(language).uis("Section", "Key", "Metric", "Value"))


def shift_rows(board: Dashboard) -> Iterator[tuple[Any, ...]]:
    """Every figure of the report as (section, key, metric, value)."""
    f = board.filter
    yield ("report", "range", "from", f.start.isoformat())
    yield ("report", "range", "to", f.end.isoformat())
    yield ("report", "range", "stations", " ".join(board.station_codes) or "all")
    if board.training:
        yield ("report", "range", "mode", "TRAINING")
    k = board.kpis
    for metric in (
        "orders",
        "units",
        "active_hours",
        "orders_per_hour",
        "units_per_hour",
        "avg_pack_seconds",
        "orders_with_error",
        "accuracy",
        "errors",
    ):
        value = getattr(k, metric)
        yield ("summary", "", metric, round(value, 4) if isinstance(value, float) else value)
    for d in (*board.delivery, *([board.delivery_total] if board.delivery_total else [])):
        key = d.merchant or "all"
        for metric, value in (
            ("orders", d.orders),
            ("with_ship_by", d.with_ship_by),
            ("on_time", d.on_time),
            ("on_time_rate", d.on_time_rate),
            ("otif", d.otif),
            ("otif_rate", d.otif_rate),
            ("order_to_ship_p50_minutes", d.p50_minutes),
            ("order_to_ship_p90_minutes", d.p90_minutes),
            ("at_risk", d.at_risk),
            ("overdue", d.overdue),
        ):
            yield ("delivery", key, metric, round(value, 4) if isinstance(value, float) else value)
    for o in board.at_risk:
        yield ("at_risk", o.order_ref, "merchant", o.merchant)
        yield ("at_risk", o.order_ref, "ship_by", o.ship_by.isoformat())
        yield ("at_risk", o.order_ref, "minutes_left", o.minutes_left)
        yield ("at_risk", o.order_ref, "status", o.status)
    for e in board.errors_by_type:
        yield ("errors_by_type", e.error_type, "count", e.count)
    for e in board.errors_by_packer:
        yield ("errors_by_packer", e.label, e.error_type, e.count)
    for e in board.errors_by_station:
        yield ("errors_by_station", e.label, e.error_type, e.count)
    for h in board.hours:
        for metric in ("orders", "units", "errors"):
            yield ("hour", h.label, metric, getattr(h, metric))
    for p in board.packers:
        for metric in (
            "orders",
            "units",
            "active_hours",
            "orders_per_hour",
            "avg_pack_seconds",
            "errors",
            "accuracy",
            "time_ratio",
            "error_ratio",
        ):
            value = getattr(p, metric)
            yield ("packer", p.name, metric, round(value, 4) if isinstance(value, float) else value)
        for c in p.classes:
            yield ("packer_class", p.name, f"{c.order_class}_orders", c.orders)
    for s in board.stations:
        for metric in ("orders", "units", "avg_pack_seconds", "errors"):
            value = getattr(s, metric)
            yield ("station", s.code, metric, round(value, 4) if isinstance(value, float) else value)
    for c in board.floor_classes:
        yield ("floor_class", c.order_class, "orders", c.orders)
        yield (
            "floor_class",
            c.order_class,
            "avg_pack_seconds",
            round(c.avg_pack_seconds, 4) if c.avg_pack_seconds is not None else None,
        )
        yield ("floor_class", c.order_class, "errors", c.errors)


def shift_csv_text(board: Dashboard, separator: str = ",", language: str | None = None) -> str:
    return csv_text(header(language), shift_rows(board), separator)


def write_shift_csv(board: Dashboard, path: Path, separator: str = ",", language: str | None = None) -> Path:
    write_csv(path, header(language), shift_rows(board), separator)
    return path
