"""The lead's campaign editor: validate, save and list campaigns, preview one on sample customers, see which
queued orders would get it, and export the coupons for the shop. One transaction per call.

A campaign comes in as a dict (the editor's form, a JSON file) or a `CampaignSpec`; both go through
`campaign_from_dict`, so an invalid rule or an unknown placeholder is refused with the reason before it is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.campaigns import (
    CampaignSpec,
    campaign_from_dict,
    campaign_to_dict,
    choose,
    evaluate,
    explain,
    new_coupon_code,
)
from packstation.domain.campaigns.campaign import variants_to_data
from packstation.domain.campaigns.results import CampaignResults, GroupCounts, stop_variant, summarise
from packstation.domain.errors import ValidationError
from packstation.domain.ports import Clock, SystemClock
from packstation.services.marketing.marketing_store import (
    customer_facts,
    merchant_campaigns,
    not_found,
    prior_counts,
    render_content,
    spec_of,
)
from packstation.services.marketing.marketing_views import CampaignSummary, CouponRow, PreviewRow, QueueMatch
from packstation.store.db import transaction
from packstation.store.models import (
    Campaign,
    CampaignHoldout,
    Coupon,
    Customer,
    Merchant,
    Order,
    Redemption,
    Slip,
)

QUEUED = ("new", "claimed", "suspended")
RESULT_WINDOW_DAYS = 60  # a customer who orders again within this many days of the packed order "came back"
Draft = CampaignSpec | Mapping[str, Any]


def validate_campaign(draft: Draft) -> CampaignSpec:
    """The draft as a valid campaign, or ValidationError naming the field and the reason."""
    data = campaign_to_dict(draft) if isinstance(draft, CampaignSpec) else dict(draft)
    if isinstance(draft, CampaignSpec):
        data["id"] = draft.id
    return campaign_from_dict(data)


class CampaignEditorService:
    """Campaign CRUD, previews and the coupon export."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock | None = None) -> None:
        self._sessions = sessions
        self.clock: Clock = clock or SystemClock()

    validate = staticmethod(validate_campaign)

    def list_campaigns(self, merchant_id: int | None = None) -> tuple[CampaignSummary, ...]:
        """Every campaign (of one merchant, if given) with how many slips it printed and coupons were redeemed."""
        with transaction(self._sessions) as session:
            query = select(Campaign).order_by(Campaign.merchant_id, Campaign.kind, Campaign.priority.desc())
            if merchant_id is not None:
                query = query.where(Campaign.merchant_id == merchant_id)
            rows = session.scalars(query).all()
            printed = {
                cid: n
                for cid, n in session.execute(
                    select(Slip.campaign_id, func.count()).where(Slip.status != "voided").group_by(Slip.campaign_id)
                )
            }
            redeemed = {
                cid: n
                for cid, n in session.execute(
                    select(Coupon.campaign_id, func.count())
                    .where(Coupon.redeemed_at.is_not(None))
                    .group_by(Coupon.campaign_id)
                )
            }
            return tuple(
                CampaignSummary(spec_of(row), int(printed.get(row.id, 0)), int(redeemed.get(row.id, 0))) for row in rows
            )

    def get_campaign(self, campaign_id: int) -> CampaignSpec:
        with transaction(self._sessions) as session:
            row = session.get(Campaign, campaign_id)
            if row is None:
                raise not_found("campaign", campaign_id)
            return spec_of(row)

    def save_campaign(self, draft: Draft) -> CampaignSpec:
        """Validate and store (insert without an id, update with one); returns the stored campaign."""
        spec = validate_campaign(draft)
        with transaction(self._sessions) as session:
            if session.get(Merchant, spec.merchant_id) is None:
                raise not_found("merchant", spec.merchant_id)
            if spec.id is None:
                row = Campaign(merchant_id=spec.merchant_id, created_at=self.clock.now())
                session.add(row)
            else:
                found = session.get(Campaign, spec.id)
                if found is None:
                    raise not_found("campaign", spec.id)
                row = found
            row.merchant_id = spec.merchant_id
            row.name = spec.name
            row.kind = spec.kind
            row.rule = dict(spec.rule)
            row.starts_on, row.ends_on = spec.starts_on, spec.ends_on
            row.priority = spec.priority
            row.per_customer_limit = spec.per_customer_limit
            row.variants = variants_to_data(spec.variants)
            row.qr_link = spec.qr_link
            row.coupon_prefix = spec.coupon_prefix
            row.insert_stock = spec.insert_stock
            row.active = spec.active
            row.holdout_percent = spec.holdout_percent
            row.paper_cost, row.print_cost = spec.paper_cost, spec.print_cost
            row.updated_at = self.clock.now()
            session.flush()
            return spec_of(row)

    def results(self, campaign_id: int, window_days: int = RESULT_WINDOW_DAYS) -> CampaignResults:
        """Per variant: slips inserted, coupons redeemed, redemption rate, revenue, the share who came back
        (ordered again within `window_days` of the packed order, or used the coupon) and the uplift on the holdout
        group with its 95 % interval; the inserts' cost (paper and printing per slip printed)."""
        with transaction(self._sessions) as session:
            row = session.get(Campaign, campaign_id)
            if row is None:
                raise not_found("campaign", campaign_id)
            spec = spec_of(row)
            slips = session.execute(
                select(Slip.variant, Slip.status, Slip.coupon_id, Order.customer_id, Order.placed_at)
                .join(Order, Order.id == Slip.order_id)
                .where(Slip.campaign_id == campaign_id, Slip.status != "voided")
            ).all()
            held = session.execute(
                select(CampaignHoldout.customer_id, Order.placed_at)
                .join(Order, Order.id == CampaignHoldout.order_id)
                .where(CampaignHoldout.campaign_id == campaign_id)
            ).all()
            used = {
                cid: (amount, variant)
                for cid, amount, variant in session.execute(
                    select(Redemption.coupon_id, Redemption.amount, Coupon.variant)
                    .join(Coupon, Coupon.id == Redemption.coupon_id)
                    .where(Redemption.campaign_id == campaign_id)
                )
            }
            customers = {s.customer_id for s in slips} | {h.customer_id for h in held}
            orders: dict[int, list[dt.datetime]] = {}
            if customers:
                for cid, placed in session.execute(
                    select(Order.customer_id, Order.placed_at).where(
                        Order.customer_id.in_(customers), Order.status != "cancelled"
                    )
                ):
                    orders.setdefault(cid, []).append(placed)
        window = dt.timedelta(days=window_days)

        def came_back(customer_id: int, placed: dt.datetime) -> bool:
            return any(placed < later <= placed + window for later in orders.get(customer_id, ()))

        groups = []
        for variant in spec.variants:
            mine = [s for s in slips if s.variant == variant.name]
            inserted = [s for s in mine if s.status == "verified"]
            redeemed = [used[s.coupon_id] for s in inserted if s.coupon_id in used]
            groups.append(
                GroupCounts(
                    variant.name,
                    len(inserted),
                    sum(1 for s in inserted if s.coupon_id in used or came_back(s.customer_id, s.placed_at)),
                    len(redeemed),
                    sum((Decimal(amount) for amount, _ in redeemed), Decimal(0)),
                    len(mine),
                    variant.split,
                )
            )
        holdout = (
            GroupCounts("holdout", len(held), sum(1 for h in held if came_back(h.customer_id, h.placed_at)))
            if held or spec.holdout_percent
            else None
        )
        return summarise(campaign_id, groups, holdout, spec.insert_cost, window_days)

    def stop_variant(self, campaign_id: int, variant: str) -> CampaignSpec:
        """Stop one variant: no new slips of it (its share goes to the running variant with the largest share);
        the slips already printed still count in the results."""
        with transaction(self._sessions) as session:
            row = session.get(Campaign, campaign_id)
            if row is None:
                raise not_found("campaign", campaign_id)
            try:
                variants = stop_variant(list(row.variants), variant)
            except ValueError as exc:
                raise ValidationError("cannot_stop_variant", str(exc), variant=variant) from None
            data = campaign_to_dict(spec_of(row)) | {"variants": variants, "id": row.id}
            spec = validate_campaign(data)
            row.variants = variants_to_data(spec.variants)
            row.updated_at = self.clock.now()
            session.flush()
            return spec_of(row)

    def sample_customers(self, merchant_id: int, limit: int = 8) -> tuple[tuple[int, str], ...]:
        """(id, name) of some of the merchant's customers to preview a campaign on: the most recent first."""
        with transaction(self._sessions) as session:
            rows = session.execute(
                select(Customer.id, Customer.first_name, Customer.last_name)
                .where(Customer.merchant_id == merchant_id)
                .order_by(Customer.last_order_at.desc().nulls_last(), Customer.id.desc())
                .limit(limit)
            ).all()
            return tuple((int(i), f"{first} {last}".strip()) for i, first, last in rows)

    def preview(self, draft: Draft, customer_ids: Sequence[int]) -> tuple[PreviewRow, ...]:
        """The campaign shown to each sample customer: rendered text, and which rule matched or why not.

        The coupon on a preview is a sample, never stored. Window, limit and stock are ignored here (the
        queue view applies them).
        """
        spec = validate_campaign(draft)
        now = self.clock.now()
        rows = []
        with transaction(self._sessions) as session:
            merchant = session.get(Merchant, spec.merchant_id)
            if merchant is None:
                raise not_found("merchant", spec.merchant_id)
            for customer_id in customer_ids:
                customer = session.get(Customer, customer_id)
                if customer is None:
                    raise not_found("customer", customer_id)
                facts = customer_facts(session, customer, now)
                choice = explain(spec, facts)
                if choice is None:
                    reason = evaluate(dict(spec.rule), facts).explanation
                    rows.append(PreviewRow(customer.id, customer.full_name, False, f"rule did not match: {reason}"))
                    continue
                content = render_content(
                    spec,
                    facts,
                    merchant,
                    slip_code="PREVIEW",
                    coupon_code=new_coupon_code(spec.coupon_prefix),
                    variant_name=choice.variant,
                    language=choice.language,
                    preview=True,
                )
                rows.append(
                    PreviewRow(
                        customer.id,
                        customer.full_name,
                        True,
                        choice.explanation,
                        choice.variant,
                        choice.language,
                        content.headline,
                        content.body,
                        content.qr_data,
                    )
                )
        return tuple(rows)

    def orders_in_queue_matching(self, draft: Draft, limit: int = 500) -> tuple[QueueMatch, ...]:
        """Queued orders that would get this campaign's slip if packed now, next to the merchant's other
        campaigns (priority, K slips, window, per-customer limit and stock all applied)."""
        spec = validate_campaign(draft)
        now = self.clock.now()
        matches = []
        with transaction(self._sessions) as session:
            others = [c for c in merchant_campaigns(session, spec.merchant_id) if c.id is None or c.id != spec.id]
            candidates = [*others, spec]
            orders = session.scalars(
                select(Order)
                .where(Order.merchant_id == spec.merchant_id, Order.status.in_(QUEUED))
                .order_by(Order.priority.desc(), Order.placed_at)
                .limit(limit)
            ).all()
            for order in orders:
                customer = session.get(Customer, order.customer_id)
                if customer is None:
                    continue
                facts = customer_facts(session, customer, now, order)
                result = choose(
                    candidates,
                    facts,
                    today=now.date(),
                    merchant_id=spec.merchant_id,
                    prior_counts=prior_counts(session, customer.id, order.id),
                )
                hit = next(
                    (c for c in result.chosen if c.campaign_id == spec.id and c.campaign_name == spec.name),
                    None,
                )
                if hit is not None:
                    matches.append(QueueMatch(order.id, order.external_ref, customer.full_name, hit.explanation))
        return tuple(matches)

    def export_coupons(self, since: dt.datetime | None = None) -> tuple[CouponRow, ...]:
        """Coupons issued (since a time, if given), oldest first, for the shop to match redemptions."""
        with transaction(self._sessions) as session:
            query = (
                select(
                    Coupon,
                    Campaign.name,
                    Campaign.kind,
                    Merchant.code,
                    Order.external_ref,
                    Customer.external_ref,
                    Customer.email,
                )
                .join(Campaign, Campaign.id == Coupon.campaign_id)
                .join(Merchant, Merchant.id == Campaign.merchant_id)
                .join(Order, Order.id == Coupon.order_id)
                .join(Customer, Customer.id == Coupon.customer_id)
                .order_by(Coupon.created_at, Coupon.id)
            )
            if since is not None:
                query = query.where(Coupon.created_at >= since)
            return tuple(
                CouponRow(
                    coupon.code,
                    merchant,
                    name,
                    kind,
                    coupon.variant,
                    order_ref,
                    customer_ref,
                    email,
                    coupon.created_at,
                    coupon.redeemed_at,
                )
                for coupon, name, kind, merchant, order_ref, customer_ref, email in session.execute(query)
            )
