"""Plain inputs of the printed documents: the service builds them from the store, documents never touch it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Address:
    name: str
    line1: str = ""
    line2: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    phone: str = ""

    def lines(self) -> list[str]:
        """Street lines and the postal line, empty parts left out (name not included)."""
        postal = " ".join(p for p in (self.postal_code, self.city) if p)
        tail = ", ".join(p for p in (self.region, self.country) if p)
        return [line for line in (self.line1, self.line2, postal, tail) if line]


@dataclass(frozen=True)
class LabelData:
    """One 4x6 shipping label: one physical package."""

    ship_from: Address
    ship_to: Address
    carrier_code: str
    carrier_name: str
    service: str
    tracking_number: str
    sscc: str
    order_ref: str
    package_no: int = 1
    package_count: int = 1
    weight_g: int = 0
    length_mm: int = 0
    width_mm: int = 0
    height_mm: int = 0
    fragile: bool = False
    this_side_up: bool = False
    hazmat_classes: tuple[str, ...] = ()
    routing_code: str = ""
    demo: bool = False
    # A return label (customer -> merchant): the order's return code is printed as a Code 128 where an outbound
    # label has its SSCC, and the label says RETURN.
    return_code: str = ""
    locale: str = "en"  # the customer's locale: field words bilingual ("Til / SHIP TO"), weight "1,25 kg"


@dataclass(frozen=True)
class SlipLine:
    sku: str
    description: str
    quantity: int
    unit_price: Decimal | None = None  # None on gift orders: prices never print


@dataclass(frozen=True)
class BoxContents:
    """What went into one box of a multi-box order."""

    package_no: int
    lines: tuple[SlipLine, ...]
    tracking_number: str = ""


@dataclass(frozen=True)
class PackingSlipData:
    merchant_name: str
    merchant_address: Address
    ship_to: Address
    order_ref: str
    order_date: str
    lines: tuple[SlipLine, ...]
    currency: str = "EUR"
    gift: bool = False
    gift_message: str = ""
    returns_policy: str = ""
    return_code: str = ""  # the merchant's return reference, printed as a QR code and as text
    boxes: tuple[BoxContents, ...] = field(default_factory=tuple)  # filled for multi-box orders
    demo: bool = False
    locale: str = "en"  # the customer's locale: the slip's words, dates and money (packstation.documents.i18n)
