"""Marketing slips for an order: choose (with the reason), issue (coupon + slip rows), and the insertion check.

Never a blocker: a campaign out of insert stock falls back to the next match or to no slip, and the result says
so; nothing here refuses to let an order ship. The packing engine uses three calls:

- `slips_for_order(order_id)`: the slips issued for the order (status printed = still to go into the box);
- `verify_slip_scan(order_id, scanned)`: is this scanned slip one of this order's? (marks it verified);
- `skip_slip(order_id, slip_code, lead_badge, lead_pin, reason)`: a lead's override when a slip cannot go in.

The engine may also call the module functions `verify_slip_scan_in(session, ...)` inside its own transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from packstation.documents.marketing_slip import SlipContent
from packstation.domain.campaigns import (
    CustomerFacts,
    SlipChoice,
    choose,
    in_holdout,
    is_slip_code,
    new_coupon_code,
    new_slip_code,
    returns_choice,
)
from packstation.domain.campaigns.matching import DEFAULT_MAX_SLIPS
from packstation.domain.errors import DomainError
from packstation.domain.ports import Clock, SystemClock
from packstation.domain.safe_text import as_row_id
from packstation.domain.vocabulary import EventKind, VerdictCode
from packstation.services.marketing.marketing_store import (
    customer_facts,
    get_order,
    merchant_campaigns,
    prior_counts,
    render_content,
    returns_campaign,
    slip_content,
    spec_of,
)
from packstation.services.marketing.marketing_views import IssueResult, SlipPlan, SlipScanResult, SlipView
from packstation.services.shipping.label_documents import return_code
from packstation.store.db import transaction
from packstation.store.models import (
    Campaign,
    CampaignHoldout,
    Coupon,
    Customer,
    CustomerIncident,
    Merchant,
    Order,
    Slip,
)

LIVE = ("printed", "verified", "skipped")  # slips that count for the order (voided ones do not)


def _view(slip: Slip, order_ref: str, campaign_name: str, coupon_code: str | None) -> SlipView:
    return SlipView(
        slip_code=slip.slip_code,
        order_id=slip.order_id,
        order_ref=order_ref,
        kind=slip.kind,
        campaign_id=slip.campaign_id,
        campaign_name=campaign_name,
        variant=slip.variant,
        locale=slip.locale,
        coupon_code=coupon_code,
        status=slip.status,
        explanation=slip.explanation,
    )


def order_slips(session: Session, order_id: int) -> tuple[SlipView, ...]:
    """The order's live slips, in the order they were issued."""
    order = get_order(session, order_id)
    rows = session.execute(
        select(Slip, Campaign.name, Coupon.code)
        .outerjoin(Campaign, Campaign.id == Slip.campaign_id)
        .outerjoin(Coupon, Coupon.id == Slip.coupon_id)
        .where(Slip.order_id == order_id, Slip.status.in_(LIVE))
        .order_by(Slip.id)
    ).all()
    return tuple(_view(slip, order.external_ref, name or "", code) for slip, name, code in rows)


def plan_slips(session: Session, order: Order, as_of: dt.datetime, max_slips: int) -> SlipPlan:
    """Which slips the order would get and why; stores nothing (the returns campaign is not created)."""
    customer = session.get(Customer, order.customer_id)
    merchant = session.get(Merchant, order.merchant_id)
    if customer is None or merchant is None:
        raise DomainError("order_incomplete", f"order {order.external_ref} has no customer or merchant")
    facts = customer_facts(session, customer, as_of, order)
    result = choose(
        merchant_campaigns(session, merchant.id),
        facts,
        today=as_of.date(),
        merchant_id=merchant.id,
        prior_counts=prior_counts(session, customer.id, order.id),
        max_slips=max_slips,
    )
    returns = None
    if merchant.returns_slip:
        returns = returns_choice(returns_campaign(session, merchant, create=False), facts)
    return SlipPlan(order.id, order.external_ref, facts, result.chosen, returns, result.notes)


def _unique_code(session: Session, make: Callable[[], str], column: InstrumentedAttribute[str]) -> str:
    for _ in range(5):
        code = make()
        if session.scalar(select(column).where(column == code)) is None:
            return code
    raise DomainError("code_collision", "could not draw a unique code")  # 2^-55 odds, five times in a row


def lock_customer(session: Session, customer_id: int) -> None:
    """Hold the customer's row until the transaction ends (PostgreSQL: a row lock; SQLite: the write lock, as this
    is the transaction's first write). Issuing slips takes it first, so the idempotence of issuing and the
    per-customer limits hold between benches and processes, not just inside one Python process."""
    session.execute(
        update(Customer).where(Customer.id == customer_id).values(id=Customer.id),
        execution_options={"synchronize_session": False},
    )


def _take_stock(session: Session, campaign_id: int) -> bool:
    """Atomically take one insert from the campaign's stock; False when none is left (None = unlimited)."""
    result = session.execute(
        update(Campaign)
        .where(Campaign.id == campaign_id, Campaign.insert_stock.is_not(None), Campaign.insert_stock > 0)
        .values(insert_stock=Campaign.insert_stock - 1)
    )
    if result.rowcount == 1:  # type: ignore[attr-defined]
        return True
    return session.scalar(select(Campaign.insert_stock).where(Campaign.id == campaign_id)) is None


def verify_slip_scan_in(session: Session, order_id: int, scanned: str, at: dt.datetime) -> SlipScanResult:
    """The insertion check inside the caller's transaction: does the scanned slip belong to this order?"""
    code = scanned.strip().upper()
    order = get_order(session, order_id)
    slip = session.scalars(select(Slip).where(Slip.slip_code == code)).first()

    def remaining() -> tuple[str, ...]:
        return tuple(
            session.scalars(
                select(Slip.slip_code).where(Slip.order_id == order_id, Slip.status == "printed").order_by(Slip.id)
            )
        )

    def wrong(message: str, other: str | None = None) -> SlipScanResult:
        return SlipScanResult(False, VerdictCode.WRONG_SLIP.value, message, code, remaining(), other)

    if slip is None:
        what = "is not a slip issued by this station" if not is_slip_code(code) else "is not a known slip"
        return wrong(f"{code} {what}; take it out of the box")
    if slip.order_id != order_id:
        other = session.scalar(select(Order.external_ref).where(Order.id == slip.order_id))
        return wrong(f"slip {code} belongs to order {other}, not {order.external_ref}; take it out", other)
    if slip.status == "voided":
        return wrong(f"slip {code} was voided; take it out and use the reprint")
    if slip.status == "printed":
        slip.status = "verified"
        slip.verified_at = at
        session.flush()
    return SlipScanResult(True, VerdictCode.SLIP_VERIFIED.value, f"slip {code} is in the box", code, remaining())


class MarketingService:
    """Slips for orders: plan, issue, render, and check them into the box. One transaction per call."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock | None = None,
        max_slips: int = DEFAULT_MAX_SLIPS,
    ) -> None:
        self._sessions = sessions
        self.clock: Clock = clock or SystemClock()
        self.max_slips = max_slips

    def resolve_order(self, ref: str) -> int:
        """An order id from what a person types: the pick-ticket barcode, the order reference or the id."""
        with transaction(self._sessions) as session:
            found = session.scalar(select(Order.id).where(Order.order_barcode == ref))
            if found is None:
                ids = list(session.scalars(select(Order.id).where(Order.external_ref == ref)))
                if len(ids) > 1:
                    raise DomainError(
                        "order_ambiguous",
                        f"order reference {ref!r} is used by several merchants; give the pick-ticket barcode",
                        ref=ref,
                    )
                found = ids[0] if ids else None
            if found is None and as_row_id(ref) is not None:
                found = session.scalar(select(Order.id).where(Order.id == as_row_id(ref)))
            if found is None:
                raise DomainError("order_not_found", f"no order {ref!r} (tried barcode, reference and id)", ref=ref)
            return int(found)

    def customer_facts(self, order_id: int) -> CustomerFacts:
        """The facts the rules see for this order's customer."""
        with transaction(self._sessions) as session:
            order = get_order(session, order_id)
            customer = session.get(Customer, order.customer_id)
            assert customer is not None
            return customer_facts(session, customer, self.clock.now(), order)

    def plan(self, order_id: int) -> SlipPlan:
        """Which slips the order would get and why, without issuing anything."""
        with transaction(self._sessions) as session:
            return plan_slips(session, get_order(session, order_id), self.clock.now(), self.max_slips)

    def issue_slips(self, order_id: int) -> IssueResult:
        """Issue the order's slips once: a coupon and a slip row each, insert stock taken, apologies marked sent.

        Calling it again returns the slips already issued (a reprint prints the same codes).
        """
        now = self.clock.now()
        try:
            return self._issue_slips(order_id, now)
        except IntegrityError:
            # Another bench stored this order's slips between our lock and our insert (only possible if a caller
            # skipped the lock): the unique index refused the duplicate; the winner's slips are the answer.
            with transaction(self._sessions) as session:
                existing = order_slips(session, order_id)
            if not existing:
                raise
            return IssueResult(existing, ("slips were already issued for this order",), already_issued=True)

    def _issue_slips(self, order_id: int, now: dt.datetime) -> IssueResult:
        with transaction(self._sessions) as session:
            order = get_order(session, order_id)
            # The customer's row lock, taken before anything is read: a second bench issuing this order, or another
            # order of this customer, waits here and then sees what the first stored (already issued, limits used).
            lock_customer(session, order.customer_id)
            existing = order_slips(session, order_id)
            if existing:
                return IssueResult(existing, ("slips were already issued for this order",), already_issued=True)
            plan = plan_slips(session, order, now, self.max_slips)
            notes = list(plan.notes)
            apology_sent = False
            for choice in plan.chosen:
                assert choice.campaign_id is not None
                campaign = session.get(Campaign, choice.campaign_id)
                assert campaign is not None
                if choice.kind == "marketing" and in_holdout(
                    order.customer_id, campaign.id, campaign.holdout_percent or 0
                ):
                    # The holdout group: no slip, recorded so what the slip did can be measured against it.
                    if (
                        session.scalar(
                            select(CampaignHoldout.id).where(
                                CampaignHoldout.campaign_id == campaign.id, CampaignHoldout.order_id == order.id
                            )
                        )
                        is None
                    ):
                        session.add(
                            CampaignHoldout(
                                campaign_id=campaign.id,
                                order_id=order.id,
                                customer_id=order.customer_id,
                                created_at=now,
                            )
                        )
                    notes.append(f"'{choice.campaign_name}': this customer is in its holdout group; no slip")
                    continue
                if not _take_stock(session, choice.campaign_id):
                    notes.append(f"'{choice.campaign_name}' ran out of inserts while issuing; no slip for it")
                    continue
                self._issue_one(session, order, choice, choice.kind)
                apology_sent = apology_sent or choice.kind == "apology"
            if plan.returns is not None:
                merchant = session.get(Merchant, order.merchant_id)
                assert merchant is not None
                spec = returns_campaign(session, merchant, create=True)
                choice = plan.returns
                self._issue_one(
                    session,
                    order,
                    SlipChoice(spec.id, spec.name, "returns", choice.variant, choice.language, choice.explanation),
                    "returns",
                )
            if apology_sent:  # the incidents are answered: the next order gets no second apology
                for incident in session.scalars(
                    select(CustomerIncident).where(
                        CustomerIncident.customer_id == order.customer_id,
                        CustomerIncident.resolved.is_(False),
                    )
                ):
                    incident.resolved = True
            session.flush()
            return IssueResult(order_slips(session, order_id), tuple(notes))

    def _issue_one(self, session: Session, order: Order, choice: SlipChoice, kind: str) -> None:
        campaign = session.get(Campaign, choice.campaign_id)
        assert campaign is not None
        if kind == "returns":  # the order's one return code, the same as on the packing and returns slips
            merchant = session.get(Merchant, order.merchant_id)
            assert merchant is not None
            code = return_code(merchant, order)
        else:
            code = _unique_code(session, lambda: new_coupon_code(campaign.coupon_prefix), Coupon.code)
        coupon = Coupon(
            created_at=self.clock.now(),
            code=code,
            campaign_id=campaign.id,
            order_id=order.id,
            customer_id=order.customer_id,
            variant=choice.variant,
        )
        session.add(coupon)
        session.flush()
        session.add(
            Slip(
                created_at=self.clock.now(),
                slip_code=_unique_code(session, new_slip_code, Slip.slip_code),
                order_id=order.id,
                campaign_id=campaign.id,
                coupon_id=coupon.id,
                kind=kind,
                locale=choice.language,
                variant=choice.variant,
                explanation=choice.explanation[:500],
                status="printed",
            )
        )
        session.flush()

    def slips_for_order(self, order_id: int) -> tuple[SlipView, ...]:
        """The order's issued slips (voided ones left out); status `printed` means not yet scanned into the box."""
        with transaction(self._sessions) as session:
            return order_slips(session, order_id)

    def verify_slip_scan(self, order_id: int, scanned_code: str) -> SlipScanResult:
        """Whether a scanned slip belongs to this order; a match is marked verified (idempotent)."""
        with transaction(self._sessions) as session:
            return verify_slip_scan_in(session, order_id, scanned_code, self.clock.now())

    def skip_slip(
        self,
        order_id: int,
        slip_code: str,
        lead_badge: str,
        lead_pin: str | None,
        reason: str,
        *,
        station_id: int | None = None,
    ) -> SlipView:
        """A lead lets the order close without this slip: badge + PIN + reason, like an override. The lead cannot
        be the order's packer (four eyes); the slip and the journal name the lead whose PIN was checked. A refused
        attempt is journaled (`skip_slip_refused`: badge, station, order, why)."""
        from packstation.services.journal import Actor, record
        from packstation.services.site.auth import badge_code_of, check_credentials, four_eyes
        from packstation.store.models.packing import PackSession
        from packstation.store.models.people import User

        now = self.clock.now()
        reason = (reason or "").strip()
        try:
            if not reason:
                raise DomainError("reason_required", "Say why the slip cannot go in.")
            with transaction(self._sessions) as session:
                lead = check_credentials(session, lead_badge, lead_pin, now, lead=True)
                packer = session.scalar(
                    select(PackSession.user_id)
                    .where(PackSession.order_id == order_id)
                    .order_by(PackSession.id.desc())
                    .limit(1)
                )
                four_eyes(lead, packer, get_order(session, order_id).external_ref)
                slip = session.scalars(
                    select(Slip).where(Slip.order_id == order_id, Slip.slip_code == slip_code.strip().upper())
                ).first()
                if slip is None:
                    raise DomainError("slip_not_found", f"order has no slip {slip_code}", slip_code=slip_code)
                slip.status = "skipped"
                slip.explanation = f"{slip.explanation} | skipped by {lead.name}: {reason}"[:500]
                record(
                    session,
                    Actor(station_id, lead.id, now),  # type: ignore[arg-type]
                    EventKind.SLIP,
                    "slip_skipped",
                    order_id=order_id,
                    approver_id=lead.id,
                    raw=slip.slip_code,
                    detail={"reason": reason, "lead": lead.name},
                )
                session.flush()
                return next(v for v in order_slips(session, order_id) if v.slip_code == slip.slip_code)
        except DomainError as exc:
            with transaction(self._sessions) as session:
                code = badge_code_of(lead_badge)
                user_id = session.scalar(select(User.id).where(User.badge_code == code)) if code else None
                if exc.code == "bad_pin":  # counts towards the lead's lockout, as at sign-in
                    record(session, Actor(station_id, exc.params["user_id"], now), EventKind.SIGN_IN, "refused")  # type: ignore[arg-type]
                if session.get(Order, order_id) is not None:
                    record(
                        session,
                        Actor(station_id, user_id, now),  # type: ignore[arg-type]
                        EventKind.NOTE,
                        "skip_slip_refused",
                        order_id=order_id,
                        raw=code or None,
                        detail={"badge": code, "why": exc.code, "message": exc.message, "slip": slip_code},
                    )
            raise

    def slip_documents(self, order_id: int, *, issue: bool = False) -> tuple[SlipContent, ...]:
        """What to print for the order: the issued slips; or, when none were issued and `issue` is false, a
        preview (marked as such, with sample codes that are not stored)."""
        now = self.clock.now()
        if issue:
            self.issue_slips(order_id)
        with transaction(self._sessions) as session:
            issued = session.scalars(
                select(Slip).where(Slip.order_id == order_id, Slip.status.in_(LIVE)).order_by(Slip.id)
            ).all()
            if issued:
                return tuple(slip_content(session, slip, now) for slip in issued)
            order = get_order(session, order_id)
            plan = plan_slips(session, order, now, self.max_slips)
            merchant = session.get(Merchant, order.merchant_id)
            assert merchant is not None
            contents = []
            for choice in [*plan.chosen, *([plan.returns] if plan.returns else [])]:
                campaign = session.get(Campaign, choice.campaign_id) if choice.campaign_id else None
                spec = spec_of(campaign) if campaign else returns_campaign(session, merchant, create=False)
                contents.append(
                    render_content(
                        spec,
                        plan.facts,
                        merchant,
                        slip_code="PREVIEW",
                        coupon_code=return_code(merchant, order)
                        if spec.kind == "returns"
                        else new_coupon_code(spec.coupon_prefix),
                        variant_name=choice.variant,
                        language=choice.language,
                        preview=True,
                    )
                )
            return tuple(contents)
