"""Reading marketing inputs from the store: customer facts, campaigns as specs, and the rendered slip content.

Functions here take an open `Session` so the marketing services (and the packing engine, inside its own
transaction) can share them. History figures combine what the shop told us (`customers.orders_count`, ...,
up to `customers.last_order_at`) with the orders this store saw after that and before the order being packed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.documents.marketing_slip import SlipContent
from packstation.domain.campaigns import (
    NAME_FALLBACK,
    CampaignSpec,
    CustomerFacts,
    Incident,
    SlipText,
    Variant,
    campaign_from_dict,
    pick_language,
    render,
    render_link,
    variant_for,
)
from packstation.domain.campaigns.campaign import variants_to_data
from packstation.domain.errors import DomainError
from packstation.resources import resource_path
from packstation.services.shipping.label_documents import returns_policy_for
from packstation.store.models import (
    Campaign,
    CampaignHoldout,
    Coupon,
    Customer,
    CustomerIncident,
    Merchant,
    Order,
    OrderLine,
    Sku,
    Slip,
)

RETURNS_CAMPAIGN_NAME = "Returns slip"
# Default returns texts: the merchant's own policy goes in {returns_policy}; the lead may edit them like any campaign.
RETURNS_TEXTS = {
    "en": (
        "Returning something?",
        "{returns_policy}\n\nYour return code: {coupon}. Scan the QR code or show the code at the drop-off point.",
    ),
    "nb": (
        "Vil du returnere noe?",
        "{returns_policy}\n\nDin returkode: {coupon}. Skann QR-koden eller vis koden på innleveringsstedet.",
    ),
    "pl": (
        "Chcesz coś zwrócić?",
        "{returns_policy}\n\nTwój kod zwrotu: {coupon}. Zeskanuj kod QR lub pokaż kod w punkcie nadania.",
    ),
    "fi": (
        "Palautatko jotain?",
        "{returns_policy}\n\nPalautuskoodisi: {coupon}. Skannaa QR-koodi tai näytä koodi palautuspisteessä.",
    ),
}


def not_found(what: str, key: object) -> DomainError:
    return DomainError(f"{what}_not_found", f"no {what} {key!r}", key=key)


def get_order(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise not_found("order", order_id)
    return order


def spec_of(row: Campaign) -> CampaignSpec:
    """A stored campaign as the domain's value (stored rows were validated when saved)."""
    variants = tuple(
        Variant(
            v["name"],
            int(v.get("split", 100)),
            {lang: SlipText(t.get("headline", ""), t.get("body", "")) for lang, t in v.get("texts", {}).items()},
        )
        for v in row.variants
    )
    return CampaignSpec(
        id=row.id,
        merchant_id=row.merchant_id,
        name=row.name,
        kind=row.kind,
        rule=dict(row.rule or {}),
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        priority=row.priority,
        per_customer_limit=row.per_customer_limit,
        variants=variants,
        qr_link=row.qr_link,
        coupon_prefix=row.coupon_prefix,
        insert_stock=row.insert_stock,
        active=row.active,
        holdout_percent=row.holdout_percent or 0,
        paper_cost=Decimal(row.paper_cost or 0),
        print_cost=Decimal(row.print_cost or 0),
    )


def merchant_campaigns(session: Session, merchant_id: int) -> list[CampaignSpec]:
    rows = session.scalars(select(Campaign).where(Campaign.merchant_id == merchant_id).order_by(Campaign.id))
    return [spec_of(row) for row in rows]


def returns_campaign(session: Session, merchant: Merchant, *, create: bool) -> CampaignSpec:
    """The merchant's returns campaign (the lead edits its texts; `merchants.returns_slip` switches it on or off);
    created with the default texts the first time it is needed."""
    row = session.scalars(
        select(Campaign)
        .where(Campaign.merchant_id == merchant.id, Campaign.kind == "returns")
        .order_by(Campaign.active.desc(), Campaign.id)
    ).first()
    if row is not None:
        return spec_of(row)
    data = {
        "merchant_id": merchant.id,
        "name": RETURNS_CAMPAIGN_NAME,
        "kind": "returns",
        "per_customer_limit": 0,
        "coupon_prefix": "R",
        "variants": [
            {
                "name": "A",
                "split": 100,
                "texts": {lang: {"headline": h, "body": b} for lang, (h, b) in RETURNS_TEXTS.items()},
            }
        ],
    }
    spec = campaign_from_dict(data)
    if not create:
        return spec
    row = Campaign(
        merchant_id=merchant.id,
        name=spec.name,
        kind="returns",
        rule={},
        priority=0,
        per_customer_limit=0,
        variants=variants_to_data(spec.variants),
        coupon_prefix="R",
    )
    session.add(row)
    session.flush()
    return spec_of(row)


def _categories(session: Session, order_ids: Iterable[int]) -> frozenset[str]:
    ids = list(order_ids)
    if not ids:
        return frozenset()
    rows = session.scalars(
        select(Sku.category).join(OrderLine, OrderLine.sku_id == Sku.id).where(OrderLine.order_id.in_(ids)).distinct()
    )
    return frozenset(c for c in rows if c)


def customer_facts(
    session: Session, customer: Customer, as_of: dt.datetime, order: Order | None = None
) -> CustomerFacts:
    """The customer as the rules see them when `order` is packed (or, with no order, as of `as_of`)."""
    merchant = session.get(Merchant, customer.merchant_id)
    placed = order.placed_at if order is not None else as_of
    earlier = select(Order).where(
        Order.customer_id == customer.id, Order.placed_at < placed, Order.status != "cancelled"
    )
    if order is not None:
        earlier = earlier.where(Order.id != order.id)
    earlier_orders = list(session.scalars(earlier))
    # Orders the shop's figures do not include yet: those after its last known order.
    known_until = customer.last_order_at
    newer = [o for o in earlier_orders if known_until is None or o.placed_at > known_until]
    orders_to_date = customer.orders_count + len(newer)
    spend = Decimal(customer.lifetime_spend or 0) + sum((Decimal(o.total_value) for o in newer), Decimal(0))
    times = [t for t in [customer.first_order_at, customer.last_order_at] if t] + [o.placed_at for o in newer]
    incidents = session.execute(
        select(CustomerIncident, Order.external_ref)
        .outerjoin(Order, Order.id == CustomerIncident.order_id)
        .where(CustomerIncident.customer_id == customer.id, CustomerIncident.at <= as_of)
    ).all()
    return CustomerFacts(
        customer_id=customer.id,
        merchant=merchant.code if merchant else "",
        as_of=as_of,
        first_name=customer.first_name,
        last_name=customer.last_name,
        locale=customer.locale or "en",
        country=(order.ship_country if order is not None and order.ship_country else customer.country),
        customer_ref=customer.external_ref,
        orders_to_date=orders_to_date,
        lifetime_spend=spend,
        first_order_at=min(times) if times else None,
        last_order_at=max(times) if times else None,
        categories=frozenset(c for c in customer.categories or [] if isinstance(c, str))
        | _categories(session, [o.id for o in earlier_orders]),
        incidents=tuple(Incident(i.kind, i.at, ref or "", i.resolved) for i, ref in incidents),
        order_ref=order.external_ref if order is not None else "",
        order_value=Decimal(order.total_value) if order is not None else Decimal(0),
        order_categories=_categories(session, [order.id]) if order is not None else frozenset(),
        gift=order.gift if order is not None else False,
    )


def prior_counts(session: Session, customer_id: int, exclude_order_id: int | None) -> dict[int, int]:
    """Slips of each campaign this customer already got on other orders, and times they were held out of it (for
    the per-customer limit)."""
    query = (
        select(Slip.campaign_id, func.count())
        .join(Order, Order.id == Slip.order_id)
        .where(Order.customer_id == customer_id, Slip.status != "voided", Slip.campaign_id.is_not(None))
        .group_by(Slip.campaign_id)
    )
    held = (
        select(CampaignHoldout.campaign_id, func.count())
        .where(CampaignHoldout.customer_id == customer_id)
        .group_by(CampaignHoldout.campaign_id)
    )
    if exclude_order_id is not None:
        query = query.where(Slip.order_id != exclude_order_id)
        held = held.where(CampaignHoldout.order_id != exclude_order_id)
    counts = {int(cid): int(n) for cid, n in session.execute(query) if cid is not None}
    # A customer held out of a campaign counts as having had it: the holdout group is as large as it would have
    # been with slips, and a later order of theirs is not held out again (it is what the comparison measures).
    for cid, n in session.execute(held):
        counts[int(cid)] = counts.get(int(cid), 0) + int(n)
    return counts


def logo_path(merchant: Merchant) -> Path | None:
    """The merchant's logo (a file path or a name under resources/icons); None: the slip draws a placeholder."""
    if merchant.logo:
        candidate = Path(merchant.logo)
        if candidate.is_file():
            return candidate
        try:
            return resource_path("icons", merchant.logo)
        except FileNotFoundError:
            pass
    return None


def render_content(
    spec: CampaignSpec,
    facts: CustomerFacts,
    merchant: Merchant,
    *,
    slip_code: str,
    coupon_code: str | None,
    variant_name: str | None = None,
    language: str | None = None,
    preview: bool = False,
) -> SlipContent:
    """The slip's printed content: the variant's text in the chosen language with the placeholders filled."""
    variant = next((v for v in spec.variants if v.name == variant_name), None)
    variant = variant or variant_for(facts.customer_id, spec.id, spec.variants)
    if language is None or language not in variant.texts:
        language, _ = pick_language(facts.locale, variant.texts)
    text = variant.texts[language]
    values = {
        "first_name": facts.first_name or NAME_FALLBACK.get(language, ""),
        "last_name": facts.last_name,
        "full_name": facts.full_name or NAME_FALLBACK.get(language, ""),
        "merchant": merchant.name,
        "order": facts.order_ref,
        "coupon": coupon_code or "",
        "campaign": spec.name,
        "returns_policy": returns_policy_for(merchant, language),
    }
    link_values = {
        "coupon": coupon_code or "",
        "order": facts.order_ref,
        "customer_ref": facts.customer_ref,
        "slip": slip_code,
    }
    returns_qr = (coupon_code or "") if spec.kind == "returns" else ""
    qr = render_link(spec.qr_link, link_values) if spec.qr_link else returns_qr
    return SlipContent(
        slip_code=slip_code,
        kind=spec.kind,
        language=language,
        merchant_name=merchant.name,
        headline=render(text.headline, values),
        body=render(text.body, values),
        coupon_code=coupon_code,
        qr_data=qr,
        logo=logo_path(merchant),
        order_ref=facts.order_ref,
        preview=preview,
    )


def slip_content(session: Session, slip: Slip, as_of: dt.datetime) -> SlipContent:
    """An issued slip's content, rebuilt from the stored slip (a reprint shows the same codes and text)."""
    order = get_order(session, slip.order_id)
    customer = session.get(Customer, order.customer_id)
    merchant = session.get(Merchant, order.merchant_id)
    campaign = session.get(Campaign, slip.campaign_id) if slip.campaign_id else None
    if customer is None or merchant is None or campaign is None:
        raise DomainError(
            "slip_incomplete",
            f"slip {slip.slip_code} lost its customer, merchant or campaign",
            slip_code=slip.slip_code,
        )
    coupon = session.get(Coupon, slip.coupon_id) if slip.coupon_id else None
    facts = customer_facts(session, customer, as_of, order)
    return render_content(
        spec_of(campaign),
        facts,
        merchant,
        slip_code=slip.slip_code,
        coupon_code=coupon.code if coupon else None,
        variant_name=slip.variant,
        language=slip.locale,
    )
