"""Incidents and replacements: a customer's complaint against a shipped order, recorded by a lead (the lead window)
or imported from the shop (`packstation import incidents FILE.csv`).

Recording one, in one transaction:
- the incident and its lines (which lines, how many units; damaged, wrong item or missing item);
- a replacement order for those units, linked to the shipped one, at high priority (served first by "next order");
- an open customer incident, so the replacement's packing gets the merchant's apology slip and coupon: when the
  merchant has no active apology campaign, one is created from the apology template (nobody has to set it up);
- one journal error per line (`incident_<kind>`) against the packer, station and SKU of the session that closed the
  shipped order: the lead's error counts and drill-down show it like any error at the bench.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.campaigns import campaign_from_dict
from packstation.domain.campaigns.campaign import variants_to_data
from packstation.domain.campaigns.templates import template_draft
from packstation.domain.delivery import ship_by
from packstation.domain.errors import DomainError
from packstation.domain.ports import Clock, SystemClock
from packstation.domain.vocabulary import EventKind
from packstation.services.packing import claims
from packstation.store.db import transaction
from packstation.store.models import (
    Campaign,
    CustomerIncident,
    Event,
    Incident,
    IncidentLine,
    Merchant,
    Order,
    OrderLine,
    Sku,
    Station,
    User,
)
from packstation.store.models.incidents import COMPLAINT_KINDS

REPLACEMENT_PRIORITY = 9  # the highest an import may give: served before everything but a tie


@dataclass(frozen=True)
class ShippedLine:
    line_id: int
    line_no: int
    sku: str
    description: str
    quantity: int


@dataclass(frozen=True)
class IncidentLineView:
    line_no: int
    sku: str
    quantity: int
    packer: str
    station: str


@dataclass(frozen=True)
class IncidentView:
    id: int
    order_id: int
    order_ref: str
    merchant: str
    kind: str
    note: str
    source: str
    external_ref: str
    recorded_at: dt.datetime
    lines: tuple[IncidentLineView, ...]
    replacement_order_id: int | None
    replacement_ref: str
    replacement_status: str


@dataclass(frozen=True)
class ShippedOrder:
    """A shipped (closed) order as the lead's complaint screen shows it."""

    order_id: int
    order_ref: str
    merchant: str
    customer: str
    closed_at: dt.datetime | None
    lines: tuple[ShippedLine, ...]
    incidents: tuple[IncidentView, ...]


def _order_ref_error(order: Order) -> DomainError:
    return DomainError(
        "incident_not_shipped",
        f"Order {order.external_ref} has not been shipped (status "
        f"{order.status}); a complaint is recorded against a shipped order.",
        order=order.external_ref,
        status=order.status,
    )


def check_lines(order: Order, lines: Mapping[int, int]) -> list[tuple[OrderLine, int]]:
    """The complained-about (line, quantity) pairs by line number; every problem is a DomainError naming it."""
    chosen = {no: qty for no, qty in lines.items() if qty}
    if not chosen:
        raise DomainError(
            "incident_no_lines",
            f"Choose at least one line of order {order.external_ref} the complaint is about.",
            order=order.external_ref,
        )
    by_no = {line.line_no: line for line in order.lines}
    out = []
    for no, qty in sorted(chosen.items()):
        line = by_no.get(no)
        if line is None:
            raise DomainError(
                "incident_unknown_line",
                f"Order {order.external_ref} has no line {no}.",
                order=order.external_ref,
                line=no,
            )
        if qty < 0 or qty > line.quantity:
            raise DomainError(
                "incident_too_many",
                f"Line {no} of order {order.external_ref} shipped {line.quantity} units; the complaint names {qty}.",
                order=order.external_ref,
                line=no,
                shipped=line.quantity,
                quantity=qty,
            )
        out.append((line, qty))
    return out


def ensure_apology_campaign(session: Session, merchant_id: int, now: dt.datetime) -> int:
    """The merchant's active apology campaign (its id); created from the apology template when there is none, with
    no per-customer limit (every complaint is answered)."""
    found = session.scalar(
        select(Campaign.id)
        .where(Campaign.merchant_id == merchant_id, Campaign.kind == "apology", Campaign.active.is_(True))
        .order_by(Campaign.id)
    )
    if found is not None:
        return int(found)
    spec = campaign_from_dict(template_draft("apology", merchant_id) | {"per_customer_limit": 0})
    row = Campaign(
        merchant_id=merchant_id,
        name=spec.name,
        kind="apology",
        rule=dict(spec.rule),
        priority=spec.priority,
        per_customer_limit=0,
        variants=variants_to_data(spec.variants),
        coupon_prefix=spec.coupon_prefix,
        active=True,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row.id


def _replacement_ref(session: Session, order: Order) -> str:
    n = int(session.scalar(select(func.count()).where(Order.replacement_of_id == order.id)) or 0) + 1
    while True:
        ref = f"{order.external_ref}-R{n}"[:64]
        taken = session.scalar(
            select(Order.id)
            .where(
                (Order.order_barcode == ref) | ((Order.merchant_id == order.merchant_id) & (Order.external_ref == ref))
            )
            .limit(1)
        )
        if taken is None:
            return ref
        n += 1


def record_in(
    session: Session,
    order: Order,
    kind: str,
    lines: Mapping[int, int],
    *,
    note: str = "",
    lead_id: int | None = None,
    now: dt.datetime,
    source: str = "lead",
    external_ref: str | None = None,
    reported_at: dt.datetime | None = None,
) -> Incident:
    """Record one complaint inside the caller's transaction (see the module's docstring); returns the incident."""
    if kind not in COMPLAINT_KINDS:
        raise DomainError(
            "incident_bad_kind", f"A complaint is one of {', '.join(COMPLAINT_KINDS)}, not {kind!r}.", kind=kind
        )
    if order.status != "closed":
        raise _order_ref_error(order)
    chosen = check_lines(order, lines)
    note = (note or "").strip()[:500]
    merchant = session.get(Merchant, order.merchant_id)
    assert merchant is not None
    ref = _replacement_ref(session, order)
    replacement = Order(
        merchant_id=order.merchant_id,
        customer_id=order.customer_id,
        external_ref=ref,
        order_barcode=ref,
        status="new",
        carrier=order.carrier,
        service=order.service,
        currency=order.currency,
        total_value=sum((line.unit_price * qty for line, qty in chosen), Decimal("0")).quantize(Decimal("0.01")),
        priority=REPLACEMENT_PRIORITY,
        placed_at=now,
        imported_at=now,
        ship_by=ship_by(now, None, merchant.ship_cutoff, merchant.ship_tz),
        replacement_of_id=order.id,
        **{
            f"ship_{k}": getattr(order, f"ship_{k}")
            for k in ("name", "line1", "line2", "postal_code", "city", "region", "country")
        },
    )
    replacement.lines = [
        OrderLine(line_no=i, sku_id=line.sku_id, quantity=qty, bin=line.bin, unit_price=line.unit_price)
        for i, (line, qty) in enumerate(chosen, start=1)
    ]
    session.add(replacement)
    session.flush()
    incident = Incident(
        merchant_id=order.merchant_id,
        external_ref=external_ref,
        order_id=order.id,
        kind=kind,
        note=note,
        source=source,
        recorded_by=lead_id,
        reported_at=reported_at or now,
        recorded_at=now,
        replacement_order_id=replacement.id,
        lines=[IncidentLine(order_line_id=line.id, quantity=qty) for line, qty in chosen],
    )
    session.add(incident)
    session.add(
        CustomerIncident(
            customer_id=order.customer_id,
            order_id=order.id,
            kind=kind,
            at=now,
            note=(note or f"complaint on order {order.external_ref}")[:500],
        )
    )
    ensure_apology_campaign(session, order.merchant_id, now)
    session.flush()
    packed = claims.latest_session(session, order.id)
    closer = packed if packed is not None and packed.state == "closed" else None
    for line, qty in chosen:
        session.add(
            Event(
                event_uuid=f"incident-{incident.id}-{line.id}",
                at=now,
                kind=EventKind.INCIDENT.value,
                code=kind,
                error_type=f"incident_{kind}",
                order_id=order.id,
                session_id=closer.id if closer else None,
                station_id=closer.station_id if closer else None,
                user_id=closer.user_id if closer else None,
                approver_id=lead_id,
                sku_id=line.sku_id,
                order_line_id=line.id,
                quantity=qty,
                detail={
                    "incident": incident.id,
                    "replacement": ref,
                    "note": note,
                    "source": source,
                    **({"incident_ref": external_ref} if external_ref else {}),
                },
            )
        )
        if closer is not None:
            closer.error_count = (closer.error_count or 0) + 1
    session.add(
        Event(
            event_uuid=f"incident-{incident.id}-replacement",
            at=now,
            kind=EventKind.INCIDENT.value,
            code="replacement_created",
            order_id=replacement.id,
            user_id=lead_id,
            detail={"incident": incident.id, "replacement_of": order.external_ref, "kind": kind},
        )
    )
    session.flush()
    return incident


def _names(session: Session) -> tuple[dict[int, str], dict[int, str]]:
    """Users' names and stations' codes by id (a few dozen rows), read once per call."""
    return {int(i): str(n) for i, n in session.execute(select(User.id, User.name))}, {
        int(i): str(c) for i, c in session.execute(select(Station.id, Station.code))
    }


def incident_view(
    session: Session, incident: Incident, names: tuple[dict[int, str], dict[int, str]] | None = None
) -> IncidentView:
    order = session.get(Order, incident.order_id)
    merchant = session.get(Merchant, incident.merchant_id)
    replacement = session.get(Order, incident.replacement_order_id) if incident.replacement_order_id else None
    assert order is not None and merchant is not None
    events = {
        e.order_line_id: e
        for e in session.scalars(
            select(Event).where(
                Event.order_id == incident.order_id,
                Event.kind == EventKind.INCIDENT.value,
                Event.event_uuid.like(f"incident-{incident.id}-%"),
            )
        )
    }
    users, stations = names or _names(session)
    lines = []
    for il in incident.lines:
        line = session.get(OrderLine, il.order_line_id)
        assert line is not None
        sku = session.get(Sku, line.sku_id)
        event = events.get(line.id)
        lines.append(
            IncidentLineView(
                line.line_no,
                sku.code if sku else "",
                il.quantity,
                users.get(event.user_id, "") if event and event.user_id else "",
                stations.get(event.station_id, "") if event and event.station_id else "",
            )
        )
    return IncidentView(
        incident.id,
        order.id,
        order.external_ref,
        merchant.code,
        incident.kind,
        incident.note,
        incident.source,
        incident.external_ref or "",
        incident.recorded_at,
        tuple(lines),
        replacement.id if replacement else None,
        replacement.external_ref if replacement else "",
        replacement.status if replacement else "",
    )


class IncidentService:
    """The lead's complaint screen and the import: one transaction per call, plain values back."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock | None = None) -> None:
        self._sessions = sessions
        self.clock: Clock = clock or SystemClock()

    def shipped_order(self, code: str) -> ShippedOrder:
        """The shipped order for a pick-ticket barcode, reference, tote or id, with its lines and complaints."""
        with transaction(self._sessions) as session:
            order = claims.find_order(session, code.strip())
            if order.status != "closed":
                raise _order_ref_error(order)
            merchant = session.get(Merchant, order.merchant_id)
            skus = {s.id: s for s in session.scalars(select(Sku).where(Sku.id.in_([ln.sku_id for ln in order.lines])))}
            lines = tuple(
                ShippedLine(ln.id, ln.line_no, skus[ln.sku_id].code, skus[ln.sku_id].description, ln.quantity)
                for ln in order.lines
            )
            incidents = tuple(
                incident_view(session, i)
                for i in session.scalars(select(Incident).where(Incident.order_id == order.id).order_by(Incident.id))
            )
            return ShippedOrder(
                order.id,
                order.external_ref,
                merchant.code if merchant else "",
                order.ship_name,
                order.closed_at,
                lines,
                incidents,
            )

    def record(
        self, order_id: int, kind: str, lines: Mapping[int, int], note: str = "", lead_id: int | None = None
    ) -> IncidentView:
        """Record a lead's complaint (lines: line number -> units) and create its replacement order."""
        with transaction(self._sessions) as session:
            order = claims.find_order(session, order_id)
            incident = record_in(session, order, kind, lines, note=note, lead_id=lead_id, now=self.clock.now())
            return incident_view(session, incident)

    def recent(self, limit: int = 50) -> tuple[IncidentView, ...]:
        """The latest complaints, newest first."""
        with transaction(self._sessions) as session:
            names = _names(session)
            return tuple(
                incident_view(session, i, names)
                for i in session.scalars(select(Incident).order_by(Incident.id.desc()).limit(limit))
            )
