"""Customers and the incidents (damaged, late, short-shipped, returned) that shape their next slip."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.models.base import Base, utcnow

INCIDENT_KINDS = ("damaged", "late", "short_shipped", "returned", "wrong_item", "missing_item")


class Customer(Base):
    """A merchant's customer: name, locale, address and order-history figures."""

    __tablename__ = "customers"
    __table_args__ = (UniqueConstraint("merchant_id", "external_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    external_ref: Mapped[str] = mapped_column(String(64))
    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    locale: Mapped[str] = mapped_column(String(10), default="en")
    address_line1: Mapped[str] = mapped_column(String(200), default="")
    address_line2: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # History figures as the shop knows them (imported), before this order.
    orders_count: Mapped[int] = mapped_column(default=0)
    lifetime_spend: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    first_order_at: Mapped[dt.datetime | None] = mapped_column()
    last_order_at: Mapped[dt.datetime | None] = mapped_column()
    categories: Mapped[list[Any]] = mapped_column(default=list)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class CustomerIncident(Base):
    """Something that went wrong for a customer: the reason for an apology slip next time."""

    __tablename__ = "customer_incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    kind: Mapped[str] = mapped_column(String(20))  # one of INCIDENT_KINDS
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(String(500), default="")
    resolved: Mapped[bool] = mapped_column(default=False)  # an apology was sent
