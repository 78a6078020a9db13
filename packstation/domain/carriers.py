"""Carriers: tracking-number formats with their check digits, SSCC-18, and the carrier adapter interface.

The station talks to carriers only through `Carrier` (rate, create_label, void). The built-in carriers work offline:
they produce tracking numbers in the carrier's real format, check digit included, from a serial the station
allocates, and price from a rate table. An online carrier API plugs in later by implementing the same Protocol and
registering it with `register_carrier`; nothing in the station changes.

Demo (training) databases use a reserved range, `DEMO` + 10 digits + a mod-10 check, that no carrier accepts, so
a training label can never be handed to a driver.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol, runtime_checkable

from biip.checksums import gs1_standard_check_digit

from packstation.domain.errors import ValidationError

# --- S10 (UPU): two letters, 8-digit serial, mod-11 check digit, ISO country ---------------------------------

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_S10 = re.compile(r"([A-Z]{2})(\d{8})(\d)([A-Z]{2})")


def s10_check_digit(serial: str) -> str:
    """UPU S10 check digit of an 8-digit serial: weights 8 6 4 2 3 5 9 7, 11 - sum mod 11 (10 -> 0, 11 -> 5)."""
    if not re.fullmatch(r"\d{8}", serial):
        raise ValueError(f"S10 serial must be 8 digits: {serial!r}")
    check = 11 - sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS, strict=True)) % 11
    return {10: "0", 11: "5"}.get(check, str(check))


def make_s10(service: str, serial: int, country: str) -> str:
    """An S10 item identifier, e.g. make_s10("RR", 47326785, "SE") -> "RR473267852SE"."""
    if not re.fullmatch(r"[A-Z]{2}", service) or not re.fullmatch(r"[A-Z]{2}", country):
        raise ValueError(f"S10 service indicator and country are two capital letters: {service!r}, {country!r}")
    if not 0 <= serial < 10**8:
        raise ValueError(f"S10 serial out of range: {serial}")
    digits = f"{serial:08d}"
    return f"{service}{digits}{s10_check_digit(digits)}{country}"


def is_valid_s10(text: str) -> bool:
    match = _S10.fullmatch(text)
    return match is not None and s10_check_digit(match.group(2)) == match.group(3)


# --- 1Z-style (UPS): 1Z + 6-char shipper + 2-digit service + 7-digit reference + mod-10 check -------------------

_ONE_Z = re.compile(r"1Z[0-9A-Z]{15}\d")


def one_z_check_digit(body: str) -> str:
    """Check digit over the 15 characters after "1Z": letters map to (ord - 63) mod 10, odd places x1, even x2."""
    if not re.fullmatch(r"[0-9A-Z]{15}", body):
        raise ValueError(f"1Z body must be 15 digits or capital letters: {body!r}")
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    total = sum(v if i % 2 == 0 else 2 * v for i, v in enumerate(values))
    return str((10 - total % 10) % 10)


def make_one_z(shipper: str, service: str, serial: int) -> str:
    """A 1Z-style tracking number, e.g. make_one_z("999AA1", "01", 2345678) -> "1Z999AA101023456784"-like."""
    if not 0 <= serial < 10**7:
        raise ValueError(f"1Z reference out of range: {serial}")
    body = f"{shipper}{service}{serial:07d}"
    return f"1Z{body}{one_z_check_digit(body)}"


def is_valid_one_z(text: str) -> bool:
    return bool(_ONE_Z.fullmatch(text)) and one_z_check_digit(text[2:17]) == text[17]


# --- 10-digit waybill with a mod-7 check (DHL Express style) ---------------------------------------------------


def make_mod7_waybill(serial: int) -> str:
    if not 0 <= serial < 10**9:
        raise ValueError(f"waybill serial out of range: {serial}")
    return f"{serial:09d}{serial % 7}"


def is_valid_mod7_waybill(text: str) -> bool:
    return bool(re.fullmatch(r"\d{10}", text)) and int(text[:9]) % 7 == int(text[9])


# --- SSCC-18 and the demo range --------------------------------------------------------------------------------


def make_sscc(company_prefix: str, serial: int, extension: int = 0) -> str:
    """SSCC-18: extension digit + GS1 company prefix + serial reference (17 digits) + GS1 mod-10 check."""
    if not re.fullmatch(r"\d{6,12}", company_prefix):
        raise ValueError(f"GS1 company prefix must be 6-12 digits: {company_prefix!r}")
    width = 16 - len(company_prefix)
    if not 0 <= serial < 10**width:
        raise ValueError(f"SSCC serial reference {serial} does not fit {width} digits")
    body = f"{extension}{company_prefix}{serial:0{width}d}"
    return body + str(gs1_standard_check_digit(body))


def is_valid_sscc(text: str) -> bool:
    return bool(re.fullmatch(r"\d{18}", text)) and str(gs1_standard_check_digit(text[:17])) == text[17]


DEMO_PREFIX = "DEMO"
_DEMO = re.compile(r"DEMO\d{11}")


def make_demo_tracking(serial: int) -> str:
    """A tracking number from the reserved demo range: DEMO + 10 digits + GS1 mod-10 check."""
    digits = f"{serial:010d}"
    if len(digits) != 10:
        raise ValueError(f"demo serial out of range: {serial}")
    return f"{DEMO_PREFIX}{digits}{gs1_standard_check_digit(digits)}"


def is_demo_tracking(text: str) -> bool:
    return bool(_DEMO.fullmatch(text)) and str(gs1_standard_check_digit(text[4:14])) == text[14]


# --- The adapter interface -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shipment:
    """What a carrier needs to know about one package."""

    from_country: str
    to_country: str
    to_postal_code: str
    weight_g: int
    length_mm: int
    width_mm: int
    height_mm: int
    service: str = "standard"
    package_no: int = 1
    package_count: int = 1
    reference: str = ""  # the order's reference, printed by some carriers


@dataclass(frozen=True)
class Rate:
    carrier: str
    service: str
    price: Decimal
    currency: str
    billable_weight_g: int
    days: int


@dataclass(frozen=True)
class CarrierLabel:
    """A carrier's answer to create_label: the tracking number (and, for online carriers, their own artwork)."""

    carrier: str
    service: str
    tracking_number: str
    routing_code: str = ""  # sort code printed large on the label, if the carrier has one
    zpl: str | None = None  # carrier-supplied label, printed as is when present


@runtime_checkable
class Carrier(Protocol):
    """A carrier adapter. `serial` is a station-allocated unique number offline carriers build numbers from."""

    code: str
    name: str
    services: tuple[str, ...]

    def rate(self, shipment: Shipment) -> list[Rate]: ...

    def create_label(self, shipment: Shipment, *, serial: int) -> CarrierLabel: ...

    def void(self, tracking_number: str) -> bool: ...

    def accepts(self, tracking_number: str) -> bool: ...


@dataclass(frozen=True)
class RateTable:
    """Offline prices: a base price per service plus a price per started kilogram, x1.6 abroad."""

    base: dict[str, Decimal]
    per_kg: Decimal
    currency: str = "EUR"
    volumetric_divisor_cm3_per_kg: int = 5000
    days: dict[str, int] | None = None

    def billable_weight_g(self, s: Shipment) -> int:
        volume_cm3 = s.length_mm * s.width_mm * s.height_mm / 1000
        volumetric_g = int(volume_cm3 / self.volumetric_divisor_cm3_per_kg * 1000)
        return max(s.weight_g, volumetric_g)

    def price(self, s: Shipment, service: str) -> Rate:
        weight = self.billable_weight_g(s)
        started_kg = max(1, -(-weight // 1000))
        price = self.base[service] + self.per_kg * started_kg
        if s.to_country and s.from_country and s.to_country != s.from_country:
            price *= Decimal("1.6")
        days = (self.days or {}).get(service, 2)
        price = price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return Rate("", service, price, self.currency, weight, days)


class OfflineCarrier:
    """A built-in carrier: numbers in the carrier's format from `serial`, prices from a rate table."""

    def __init__(
        self,
        code: str,
        name: str,
        table: RateTable,
        make: Callable[[str, int], str],
        valid: Callable[[str], bool],
    ) -> None:
        self.code = code
        self.name = name
        self.services = tuple(table.base)
        self._table = table
        self._make = make
        self._valid = valid

    def _check_service(self, service: str) -> None:
        if service not in self.services:
            raise ValidationError(
                "unknown_service",
                f"carrier {self.code} has no service {service!r} (has: {', '.join(self.services)})",
                carrier=self.code,
                service=service,
            )

    def rate(self, shipment: Shipment) -> list[Rate]:
        rates = [self._table.price(shipment, service) for service in self.services]
        return [Rate(self.code, r.service, r.price, r.currency, r.billable_weight_g, r.days) for r in rates]

    def create_label(self, shipment: Shipment, *, serial: int) -> CarrierLabel:
        self._check_service(shipment.service)
        tracking = self._make(shipment.service, serial)
        routing = f"{shipment.to_country}-{shipment.to_postal_code[:3]}".strip("-")
        return CarrierLabel(self.code, shipment.service, tracking, routing_code=routing)

    def void(self, tracking_number: str) -> bool:
        """Offline there is no one to tell: a number in our format is voided locally (never reused)."""
        return self._valid(tracking_number)

    def accepts(self, tracking_number: str) -> bool:
        return self._valid(tracking_number) and not is_demo_tracking(tracking_number)


def _postal(code: str, name: str, country: str) -> OfflineCarrier:
    indicators = {"standard": "CP", "express": "EE", "registered": "RR"}
    table = RateTable(
        base={"standard": Decimal("4.90"), "express": Decimal("9.90"), "registered": Decimal("7.50")},
        per_kg=Decimal("1.20"),
        days={"standard": 3, "express": 1, "registered": 3},
    )
    return OfflineCarrier(
        code, name, table, lambda service, serial: make_s10(indicators[service], serial % 10**8, country), is_valid_s10
    )


def _one_z(code: str, name: str) -> OfflineCarrier:
    services = {"standard": "03", "express": "01", "saver": "13"}
    table = RateTable(
        base={"standard": Decimal("8.50"), "express": Decimal("18.00"), "saver": Decimal("12.00")},
        per_kg=Decimal("1.90"),
        days={"standard": 3, "express": 1, "saver": 2},
    )
    return OfflineCarrier(
        code,
        name,
        table,
        lambda service, serial: make_one_z("PKS001", services[service], serial % 10**7),
        is_valid_one_z,
    )


def _waybill(code: str, name: str) -> OfflineCarrier:
    table = RateTable(
        base={"express": Decimal("21.00"), "economy": Decimal("11.00")},
        per_kg=Decimal("2.40"),
        days={"express": 1, "economy": 4},
    )
    return OfflineCarrier(
        code, name, table, lambda _service, serial: make_mod7_waybill(serial % 10**9), is_valid_mod7_waybill
    )


_REGISTRY: dict[str, Carrier] = {}


def register_carrier(carrier: Carrier) -> None:
    """Add or replace a carrier (an online adapter replaces the offline one of the same code)."""
    _REGISTRY[carrier.code] = carrier


for _carrier in (
    _postal("postnord", "PostNord", "SE"),
    _postal("posten", "Posten Norge", "NO"),
    _postal("posti", "Posti", "FI"),
    _postal("poczta", "Poczta Polska", "PL"),
    _postal("postal", "Postal (S10)", "XX"),
    # Parcel carriers the demo floor and many shops use; offline stand-ins with S10 numbers until an online
    # adapter registers under the same code.
    _postal("bring", "Bring", "NO"),
    _postal("inpost", "InPost", "PL"),
    _postal("dpd", "DPD", "PL"),
    _postal("royalmail", "Royal Mail", "GB"),
    _one_z("ups", "UPS"),
    _waybill("dhl", "DHL Express"),
):
    register_carrier(_carrier)


def carrier_for(code: str) -> Carrier:
    """The carrier registered under `code`; a ValidationError naming the known codes otherwise."""
    try:
        return _REGISTRY[code]
    except KeyError:
        raise ValidationError(
            "unknown_carrier", f"unknown carrier {code!r} (known: {', '.join(sorted(_REGISTRY))})", carrier=code
        ) from None


def carriers() -> list[Carrier]:
    return [_REGISTRY[code] for code in sorted(_REGISTRY)]


def any_carrier_accepts(tracking_number: str) -> bool:
    return any(c.accepts(tracking_number) for c in _REGISTRY.values())
