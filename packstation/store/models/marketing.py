"""Marketing campaigns, the coupons printed on their slips, and every slip printed for an order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, Numeric, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.models.base import Base, utcnow


class Campaign(Base):
    """A merchant's insert campaign: who gets it (a rule over customer facts), when, and what it says."""

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16), default="marketing")  # marketing | apology | returns
    # The segment rule as data (see packstation.domain.campaigns), e.g. {"all": [{"fact": ..., "op": ..., ...}]}.
    rule: Mapped[dict[str, Any]] = mapped_column(default=dict)
    starts_on: Mapped[dt.date | None] = mapped_column()
    ends_on: Mapped[dt.date | None] = mapped_column()
    priority: Mapped[int] = mapped_column(default=0)
    per_customer_limit: Mapped[int] = mapped_column(default=1)
    # [{"name": "A", "split": 50, "texts": {"en": {"headline": ..., "body": ...}, "nb": {...}}}, ...]
    variants: Mapped[list[Any]] = mapped_column(default=list)
    qr_link: Mapped[str] = mapped_column(String(400), default="")
    coupon_prefix: Mapped[str] = mapped_column(String(12), default="")
    insert_stock: Mapped[int | None] = mapped_column()  # None: printed on demand, never runs out
    active: Mapped[bool] = mapped_column(default=True)
    # Per cent of the matching customers kept as a holdout group: they get no slip, so the slip's effect can be
    # measured against them (`campaign_holdouts` records who they are).
    holdout_percent: Mapped[int] = mapped_column(default=0, server_default="0")
    # What one insert costs (paper, printing), in the merchant's currency: counted per slip put in a box.
    paper_cost: Mapped[Decimal] = mapped_column(Numeric(12, 4), default=Decimal("0"), server_default="0")
    print_cost: Mapped[Decimal] = mapped_column(Numeric(12, 4), default=Decimal("0"), server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Coupon(Base):
    """A unique, non-guessable code printed on one slip, kept so redemption can be matched later."""

    __tablename__ = "coupons"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    variant: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    redeemed_at: Mapped[dt.datetime | None] = mapped_column()


class Slip(Base):
    """A printed insert (marketing, apology, returns) with the code on it that the insertion check scans."""

    __tablename__ = "slips"
    # One live slip per campaign and order: two benches issuing the same order at once cannot both store one (the
    # loser's transaction fails and it returns the winner's slips). Voided slips do not count.
    __table_args__ = (
        Index(
            "uq_slips_order_id_campaign_id_live",
            "order_id",
            "campaign_id",
            unique=True,
            sqlite_where=text("status != 'voided'"),
            postgresql_where=text("status != 'voided'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_code: Mapped[str] = mapped_column(String(40), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    coupon_id: Mapped[int | None] = mapped_column(ForeignKey("coupons.id"))
    kind: Mapped[str] = mapped_column(String(16))  # marketing | apology | returns
    locale: Mapped[str] = mapped_column(String(10), default="en")
    variant: Mapped[str] = mapped_column(String(20), default="")
    explanation: Mapped[str] = mapped_column(String(500), default="")  # which rule matched, for the lead
    status: Mapped[str] = mapped_column(String(12), default="printed")  # printed | verified | voided | skipped
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    verified_at: Mapped[dt.datetime | None] = mapped_column()


class CampaignHoldout(Base):
    """A customer the campaign matched on an order but deliberately gave no slip (the holdout group)."""

    __tablename__ = "campaign_holdouts"
    __table_args__ = (UniqueConstraint("campaign_id", "order_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Redemption(Base):
    """A coupon used in the shop, from the shop's export (`packstation import redemptions`)."""

    __tablename__ = "redemptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    coupon_id: Mapped[int] = mapped_column(ForeignKey("coupons.id"), unique=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    shop_order: Mapped[str] = mapped_column(String(64))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 4))
    redeemed_on: Mapped[dt.date] = mapped_column()
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
