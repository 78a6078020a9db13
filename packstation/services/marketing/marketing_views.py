"""Plain values the marketing service returns (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from packstation.domain.campaigns import CampaignSpec, CustomerFacts, SlipChoice


@dataclass(frozen=True)
class SlipView:
    """A slip issued for an order: the code its barcode carries and whether it is in the box yet."""

    slip_code: str
    order_id: int
    order_ref: str
    kind: str  # marketing | apology | returns
    campaign_id: int | None
    campaign_name: str
    variant: str
    locale: str
    coupon_code: str | None
    status: str  # printed | verified | voided | skipped
    explanation: str


@dataclass(frozen=True)
class SlipPlan:
    """What an order would get, and why (nothing stored): the campaign slips, the returns slip, the notes."""

    order_id: int
    order_ref: str
    facts: CustomerFacts
    chosen: tuple[SlipChoice, ...]
    returns: SlipChoice | None
    notes: tuple[str, ...]


@dataclass(frozen=True)
class IssueResult:
    """Slips issued for an order (or found already issued) and what the lead should know."""

    slips: tuple[SlipView, ...]
    notes: tuple[str, ...]
    already_issued: bool = False


@dataclass(frozen=True)
class SlipScanResult:
    """The insertion check's answer to one scanned slip."""

    ok: bool
    code: str  # VerdictCode.SLIP_VERIFIED or VerdictCode.WRONG_SLIP
    message: str
    scanned: str
    remaining: tuple[str, ...]  # slip codes of this order still to be scanned into the box
    other_order_ref: str | None = None  # the order the scanned slip belongs to, when it is another one


@dataclass(frozen=True)
class PreviewRow:
    """A campaign shown to one sample customer: the rendered text and why it would (not) be chosen."""

    customer_id: int
    customer_name: str
    matched: bool
    explanation: str
    variant: str = ""
    language: str = ""
    headline: str = ""
    body: str = ""
    qr_data: str = ""


@dataclass(frozen=True)
class QueueMatch:
    """A queued order that would get the campaign's slip if packed now."""

    order_id: int
    order_ref: str
    customer_name: str
    explanation: str


@dataclass(frozen=True)
class CampaignSummary:
    """A row of the lead's campaign list."""

    spec: CampaignSpec
    slips_printed: int
    coupons_redeemed: int


@dataclass(frozen=True)
class CouponRow:
    """One coupon as the shop gets it, to match redemptions."""

    code: str
    merchant: str
    campaign: str
    kind: str
    variant: str
    order_ref: str
    customer_ref: str
    customer_email: str
    created_at: dt.datetime
    redeemed_at: dt.datetime | None
