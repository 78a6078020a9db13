"""Where a shipping label comes from: one port, three kinds of source, chosen per merchant and carrier service.

- `offline`: the built-in carriers (demo mode, training, tests): the station makes the tracking number and draws
  the label itself.
- a carrier API through karrio (`karrio:<carrier>`): the carrier sells the label and sends its own artwork.
- the site's own shipping system (`http...` URL template, or `folder:PATH` hot folder): the label already exists
  there and the station fetches it by order reference.

Whatever the source, a bought label is checked here before anything prints: a tracking number that looks like one,
and a document of the format the bench's label printer takes. Pure Python: the adapters live in
`packstation.integrations`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from packstation.domain.errors import DomainError, ValidationError

OFFLINE = "offline"
_TRACKING = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]{5,39}")


@dataclass(frozen=True)
class Address:
    """A postal address as carriers take it."""

    name: str
    line1: str = ""
    line2: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    phone: str = ""


@dataclass(frozen=True)
class LabelRequest:
    """One package that needs a label."""

    merchant: str
    order_ref: str
    carrier: str
    service: str
    package_no: int
    package_count: int
    weight_g: int
    length_mm: int
    width_mm: int
    height_mm: int
    ship_from: Address
    ship_to: Address
    label_format: str = "pdf"  # what the bench's label printer takes: pdf | zpl
    dpi: int = 203


@dataclass(frozen=True)
class BoughtLabel:
    """A label a source answered with. `document` is None when the station draws the label itself (offline)."""

    source: str
    tracking_number: str
    document: bytes | None = None
    document_format: str = ""  # pdf | zpl, when a document came with it
    external_id: str = ""  # the source's own id for the shipment (needed to void it there)


class LabelSourceError(DomainError):
    """A label source did not give a usable label; the message says which source and why."""


@runtime_checkable
class LabelSource(Protocol):
    """A place labels come from. `buy` raises LabelSourceError in words; it never returns half a label."""

    name: str

    def buy(self, request: LabelRequest, *, serial: int) -> BoughtLabel: ...

    def void(self, label: BoughtLabel) -> None: ...


def source_spec_for(table: Mapping[str, str], merchant: str, carrier: str, service: str) -> str:
    """The configured source for a package: the most specific key wins.

    Keys, most specific first: `MERCHANT/carrier:service`, `MERCHANT/carrier`, `MERCHANT`, `carrier:service`,
    `carrier`, `*`. Nothing configured means the built-in offline carriers.
    """
    for key in (
        f"{merchant}/{carrier}:{service}",
        f"{merchant}/{carrier}",
        merchant,
        f"{carrier}:{service}",
        carrier,
        "*",
    ):
        if key in table:
            return table[key]
    return OFFLINE


def check_spec(key: str, spec: str) -> str:
    """A configured source in words, or a ValidationError naming the key: `offline`, `karrio:NAME`,
    `http(s)://...{order_ref}...` or `folder:PATH`."""
    if spec == OFFLINE or re.fullmatch(r"karrio:[a-z0-9_]+", spec) or spec.startswith("folder:") and spec[7:]:
        return spec
    if re.match(r"https?://", spec):
        if "{order_ref}" not in spec:
            raise ValidationError(
                "bad_label_source",
                f"label source for '{key}': the URL template must contain "
                "{order_ref} (and may contain {package_no}, {format}, {carrier}, {service})",
                key=key,
            )
        return spec
    raise ValidationError(
        "bad_label_source",
        f"label source for '{key}' must be offline, karrio:CARRIER, an "
        f"http(s) URL template or folder:PATH, not {spec!r}",
        key=key,
    )


def sniff_format(document: bytes) -> str:
    """pdf, zpl or '' by the document's own bytes (never by a file name or a header that may lie)."""
    head = document[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if b"^XA" in document[:4096] and b"^XZ" in document[-4096:]:
        return "zpl"
    return ""


def check_bought_label(label: BoughtLabel, request: LabelRequest) -> BoughtLabel:
    """Refuse, in words, a label that must not go on a box: no or odd tracking number, no document, a document
    that is neither PDF nor ZPL, or one the bench's label printer cannot print."""
    source = label.source
    if not _TRACKING.fullmatch(label.tracking_number or ""):
        raise LabelSourceError(
            "label_source_bad_tracking",
            f"{source} answered without a usable tracking number "
            f"({label.tracking_number!r}) for order {request.order_ref}; nothing was printed.",
            source=source,
            order=request.order_ref,
            tracking=label.tracking_number or "",
        )
    if source == OFFLINE:
        return label
    if not label.document:
        raise LabelSourceError(
            "label_source_no_document",
            f"{source} gave tracking number "
            f"{label.tracking_number} for order {request.order_ref} but no label document.",
            source=source,
            order=request.order_ref,
        )
    actual = sniff_format(label.document)
    if not actual:
        raise LabelSourceError(
            "label_source_bad_document",
            f"{source} sent a label for order {request.order_ref} that is neither a PDF nor ZPL; nothing was printed.",
            source=source,
            order=request.order_ref,
        )
    if actual != request.label_format:
        raise LabelSourceError(
            "label_source_wrong_format",
            f"{source} sent a {actual.upper()} label for order "
            f"{request.order_ref} but this bench's label printer takes "
            f"{request.label_format.upper()}; set the source to send "
            f"{request.label_format.upper()}.",
            source=source,
            order=request.order_ref,
            got=actual,
            wanted=request.label_format,
        )
    return BoughtLabel(source, label.tracking_number, label.document, actual, label.external_id)
