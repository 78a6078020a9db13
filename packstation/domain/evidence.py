"""The evidence record of a package as plain values: what the lead window shows and `documents.evidence` prints.

`services.evidence.EvidenceService` fills it from the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from packstation.domain.report_views import EventView


@dataclass(frozen=True)
class LabelEvidence:
    tracking_number: str
    carrier: str
    service: str
    status: str  # issued | printed | verified | voided
    printed_count: int


@dataclass(frozen=True)
class PhotoEvidence:
    path: str | None
    sha256: str | None
    source: str
    taken_at: dt.datetime
    reason: str  # why there is none


@dataclass(frozen=True)
class PackageEvidence:
    package_no: int
    packages: int
    box_code: str
    box_name: str
    dimensions_mm: tuple[int, int, int]
    cushioning: dict[str, Any]
    expected_weight_g: int
    measured_weight_g: int | None
    sscc: str
    contents: tuple[tuple[str, str, int, str], ...]  # (sku, name, quantity, lot/serial)
    labels: tuple[LabelEvidence, ...]
    photos: tuple[PhotoEvidence, ...]


@dataclass(frozen=True)
class QcEvidence:
    at: dt.datetime
    check: str
    sku: str
    passed: bool
    overridden: bool
    value: str


@dataclass(frozen=True)
class SlipEvidence:
    slip_code: str
    kind: str
    status: str
    campaign: str
    coupon: str


@dataclass(frozen=True)
class Evidence:
    code: str  # what was asked for
    order_id: int
    order_ref: str
    order_status: str
    merchant: str
    customer: str
    ship_to: str
    carrier: str
    packers: tuple[str, ...]
    stations: tuple[str, ...]
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    packages: tuple[PackageEvidence, ...]
    qc: tuple[QcEvidence, ...]
    slips: tuple[SlipEvidence, ...]
    events: tuple[EventView, ...]
    demo: bool = False

    @property
    def scans(self) -> tuple[EventView, ...]:
        return tuple(e for e in self.events if e.kind == "scan")
