"""The marketing slip PDF: an A6 (or half-letter) insert in the customer's language.

Top to bottom: the merchant's logo, the headline, the body text, the coupon code, the QR code (segno) and a small
Code 128 barcode carrying the slip code that the packer scans into the box (the insertion check).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SlipContent:
    """Everything printed on one slip, already rendered (placeholders filled, language chosen)."""

    slip_code: str
    kind: str  # marketing | apology | returns
    language: str
    merchant_name: str
    headline: str
    body: str
    coupon_code: str | None = None
    qr_data: str = ""
    logo: Path | None = None  # an image file; None: a generated placeholder with the merchant's initials
    order_ref: str = ""
    preview: bool = False  # printed across the slip: not for the box
