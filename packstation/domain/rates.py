"""Dimensional weight, billable weight and a simple rate table per carrier service.

The store keeps millimetres and grams; carriers price in cm/kg or in/lb. A `RateTable` is written in one unit
system (its `units`) and converts at the edge, so the packer never mixes systems.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from packstation.domain.errors import ValidationError

MM_PER_INCH = Decimal("25.4")
G_PER_POUND = Decimal("453.59237")


@dataclass(frozen=True)
class Units:
    """A carrier's unit system: length and weight names and their size in mm and g."""

    name: str
    length: str
    weight: str
    mm_per_length: Decimal
    g_per_weight: Decimal

    def length_of(self, mm: float) -> Decimal:
        return Decimal(str(mm)) / self.mm_per_length


METRIC = Units("metric", "cm", "kg", Decimal(10), Decimal(1000))
IMPERIAL = Units("imperial", "in", "lb", MM_PER_INCH, G_PER_POUND)


def units_named(name: str) -> Units:
    """`metric`/`cm`/`kg` or `imperial`/`in`/`lb`."""
    key = name.strip().lower()
    if key in ("metric", "cm", "kg", "cm/kg"):
        return METRIC
    if key in ("imperial", "in", "lb", "in/lb"):
        return IMPERIAL
    raise ValidationError("bad_units", f"unknown unit system {name!r} (use metric or imperial)", units=name)


def dimensional_weight_g(outer_mm: Sequence[float], divisor: Decimal, units: Units = METRIC) -> Decimal:
    """Volume / divisor in the carrier's units (cm³/kg, e.g. 5000, or in³/lb, e.g. 139), returned in grams."""
    volume = Decimal(1)
    for side in outer_mm:
        volume *= units.length_of(side)
    return volume / Decimal(divisor) * units.g_per_weight


def billable_weight_g(
    actual_g: float, outer_mm: Sequence[float], divisor: Decimal, units: Units = METRIC, step: Decimal = Decimal("0.5")
) -> Decimal:
    """max(actual, dimensional), rounded up to the carrier's `step` (in its weight unit), in grams."""
    heavier = max(Decimal(str(actual_g)), dimensional_weight_g(outer_mm, divisor, units))
    in_units = heavier / units.g_per_weight
    if step > 0:
        in_units = Decimal(math.ceil(in_units / step)) * step
    return in_units * units.g_per_weight


@dataclass(frozen=True)
class RateBand:
    """Price of a package whose billable weight is at most `up_to` (carrier's weight unit)."""

    up_to: Decimal
    price: Decimal


@dataclass(frozen=True)
class RateTable:
    """One carrier service: dimensional divisor, weight step and price bands in `units`.

    Above the last band `per_extra` is charged per started weight unit, if set; otherwise the service refuses.
    """

    carrier: str
    service: str
    divisor: Decimal
    bands: tuple[RateBand, ...]
    units: Units = METRIC
    step: Decimal = Decimal("0.5")
    per_extra: Decimal | None = None

    def __post_init__(self) -> None:
        if not self.bands:
            raise ValidationError("bad_rates", f"rate table {self.carrier}/{self.service} has no bands")
        if [b.up_to for b in self.bands] != sorted(b.up_to for b in self.bands):
            raise ValidationError("bad_rates", f"rate table {self.carrier}/{self.service}: bands not ascending")

    def billable_g(self, actual_g: float, outer_mm: Sequence[float]) -> Decimal:
        return billable_weight_g(actual_g, outer_mm, self.divisor, self.units, self.step)

    def price(self, actual_g: float, outer_mm: Sequence[float]) -> Decimal:
        """Shipping price of one package of this weight and outer size."""
        weight = self.billable_g(actual_g, outer_mm) / self.units.g_per_weight
        for band in self.bands:
            if weight <= band.up_to:
                return band.price
        if self.per_extra is None:
            last = self.bands[-1]
            raise ValidationError(
                "over_rate_table",
                f"{self.carrier}/{self.service} takes at most "
                f"{last.up_to} {self.units.weight}; billable weight is {weight:.2f}",
                limit=str(last.up_to),
                weight=str(weight),
            )
        last = self.bands[-1]
        extra = Decimal(math.ceil(weight - last.up_to))
        return last.price + extra * self.per_extra

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RateTable:
        """{"carrier", "service", "units": "metric"|"imperial", "divisor", "step", "per_extra",
        "bands": [[up_to, price], ...]} as in a cartonize file."""
        try:
            units = units_named(str(data.get("units", "metric")))
            bands = tuple(RateBand(Decimal(str(u)), Decimal(str(p))) for u, p in data["bands"])
            extra = data.get("per_extra")
            return cls(
                carrier=str(data.get("carrier", "")),
                service=str(data.get("service", "")),
                divisor=Decimal(str(data["divisor"])),
                bands=bands,
                units=units,
                step=Decimal(str(data.get("step", "0.5"))),
                per_extra=None if extra is None else Decimal(str(extra)),
            )
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise ValidationError("bad_rates", f"rates: missing or bad value ({exc!r})") from None


def sample_rates(units: Units = METRIC) -> RateTable:
    """A parcel service with typical European (cm/kg, /5000) or US (in/lb, /139) banding; demo and benchmark."""
    if units is IMPERIAL:
        bands = ((1, "6.20"), (2, "7.10"), (5, "9.40"), (10, "12.80"), (20, "18.50"), (50, "31.00"))
        return RateTable(
            "Sample",
            "Ground",
            Decimal(139),
            tuple(RateBand(Decimal(u), Decimal(p)) for u, p in bands),
            IMPERIAL,
            Decimal(1),
            Decimal("0.60"),
        )
    metric: tuple[tuple[str | float, str], ...] = (
        ("0.5", "4.10"),
        (1, "4.60"),
        (2, "5.30"),
        (5, "6.90"),
        (10, "9.50"),
        (20, "14.20"),
        (31.5, "19.90"),
    )
    return RateTable(
        "Sample",
        "Parcel",
        Decimal(5000),
        tuple(RateBand(Decimal(str(u)), Decimal(p)) for u, p in metric),
        METRIC,
        Decimal("0.5"),
        Decimal("0.80"),
    )


def table_to_dict(table: RateTable) -> dict[str, Any]:
    """The inverse of `RateTable.from_dict` (kept with a plan so a later re-check prices the same way)."""
    return {
        "carrier": table.carrier,
        "service": table.service,
        "units": table.units.name,
        "divisor": str(table.divisor),
        "step": str(table.step),
        "per_extra": None if table.per_extra is None else str(table.per_extra),
        "bands": [[str(b.up_to), str(b.price)] for b in table.bands],
    }


@dataclass(frozen=True)
class RateBook:
    """The rate tables of a station, one per carrier service; "*" matches any carrier or any service."""

    tables: tuple[RateTable, ...]
    source: str = ""

    def for_service(self, carrier: str, service: str) -> RateTable | None:
        """The table for carrier/service: exact, then the carrier's "*", then "*"/"*" (case ignored)."""
        c, s = carrier.strip().lower(), service.strip().lower()
        keys = {(t.carrier.lower(), t.service.lower()): t for t in self.tables}
        for key in ((c, s), (c, "*"), ("*", s), ("*", "*")):
            if key in keys:
                return keys[key]
        return None

    @classmethod
    def from_dict(cls, data: object, source: str = "rates") -> RateBook:
        """{"divisor": optional, one divisor for every service, "services": [table, ...]} (tables as in
        `RateTable.from_dict`); a bad value raises ValidationError naming the file and the service."""
        if not isinstance(data, dict) or not isinstance(data.get("services"), list) or not data["services"]:
            raise ValidationError("bad_rates", f"{source}: needs a non-empty list 'services' of rate tables")
        divisor = data.get("divisor")
        tables = []
        for n, entry in enumerate(data["services"]):
            if not isinstance(entry, dict):
                raise ValidationError("bad_rates", f"{source}: services[{n}] must be an object")
            if divisor is not None:
                entry = {**entry, "divisor": divisor}
            try:
                table = RateTable.from_dict(entry)
            except ValidationError as exc:
                raise ValidationError(
                    "bad_rates",
                    f"{source}: services[{n}] ({entry.get('carrier', '?')}/{entry.get('service', '?')}): {exc}",
                ) from None
            if table.divisor <= 0:
                raise ValidationError("bad_rates", f"{source}: services[{n}]: the divisor must be above zero")
            tables.append(
                RateTable(
                    table.carrier or "*",
                    table.service or "*",
                    table.divisor,
                    table.bands,
                    table.units,
                    table.step,
                    table.per_extra,
                )
            )
        return cls(tuple(tables), source)
