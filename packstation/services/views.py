"""Plain values the services return to the GUI, CLI and demo mode (never ORM objects).

This is the contract between the packing engine and the screens. Extend it; do not rename fields others use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from packstation.domain.vocabulary import SessionState, Severity


@dataclass(frozen=True)
class UserView:
    id: int
    name: str
    role: str  # packer | lead | trainer | admin
    locale: str
    large_text: bool = False


@dataclass(frozen=True)
class LineView:
    """One pick-list row as the packer sees it."""

    line_id: int
    line_no: int
    sku_code: str
    description: str
    bin: str
    ordered: int
    scanned: int
    image: str | None = None  # resource name below resources/icons, if any
    lot_required: str | None = None
    needs_serial: bool = False
    needs_lot: bool = False
    fragile: bool = False
    hazmat: bool = False
    this_side_up: bool = False
    barcode: str = ""  # the SKU's primary barcode (the virtual scanner "scans" it)

    @property
    def complete(self) -> bool:
        return self.scanned >= self.ordered


@dataclass(frozen=True)
class VerdictView:
    """The station's answer to one scan or action: what to show and whether the packer must act."""

    code: str  # a VerdictCode value
    severity: Severity
    message: str  # plain English; the GUI translates by `code` + `params`
    params: dict[str, Any] = field(default_factory=dict)
    must_acknowledge: bool = False  # a stop: the screen waits for a scan or key, never a timeout
    line_id: int | None = None
    scan_id: str | None = None
    event_id: int | None = None  # the journal row, committed before this value is returned


@dataclass(frozen=True)
class QcRequest:
    """A check the engine asks the packer to do before the order moves on."""

    check: str  # damage | expiry | serial | lot | weight | fragile | hazmat | gift
    line_id: int | None
    prompt: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SessionView:
    """Everything the packer's screen shows about the order in hand."""

    session_id: int
    order_id: int
    order_ref: str
    merchant: str
    customer_name: str
    state: SessionState
    lines: tuple[LineView, ...]
    units_scanned: int
    units_ordered: int
    gift: bool = False
    pending_qc: tuple[QcRequest, ...] = ()
    failed_qc: tuple[str, ...] = ()  # checks failed and not yet fixed or overridden
    station: str = ""
    packer: str = ""
    started_at: dt.datetime | None = None
    plan: dict[str, Any] | None = None  # the packing plan (boxes, placements, cushioning, cost)
    slips_expected: tuple[str, ...] = ()  # slip codes printed and not yet scanned into the box
    labels_expected: tuple[str, ...] = ()  # tracking numbers printed and not yet verified on the box
    can_close: bool = False
    blockers: tuple[str, ...] = ()  # why the order cannot close yet, plain English
    # Blocker keys a lead's override clears: "short_ship", "slips", "labels", a QC check key ("weight",
    # "damage:<line_id>"); pass one to PackingService.override.
    overridable: tuple[str, ...] = ()
    boxes_confirmed: int = 0
    boxes_planned: int = 1
    error_count: int = 0  # non-accepted verdicts and failures journaled in this session
    ended_at: dt.datetime | None = None
    # The one thing to do next (packstation.domain.packing.next_step): its code, and the check key it is about.
    next_step: str = ""
    next_check: str = ""
    slips_registered: bool = False

    @property
    def next_request(self) -> QcRequest | None:
        """The check the next step is about (pending or failed), if it is one."""
        for request in self.pending_qc:
            key = request.check if request.line_id is None else f"{request.check}:{request.line_id}"
            if key == self.next_check:
                return request
        return None

    @property
    def active_line(self) -> LineView | None:
        return next((line for line in self.lines if not line.complete), None)
