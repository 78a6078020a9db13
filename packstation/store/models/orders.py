"""Orders and their lines: the pick list the picker brought to the bench."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from packstation.store.models.base import Base, utcnow

# new -> claimed (being packed) -> closed; or suspended / exception on the way; cancelled by the shop.
ORDER_STATUSES = ("new", "claimed", "suspended", "exception", "closed", "cancelled")
# Not yet shipped: the orders a lead's "at risk" list reads (`store.queries.reports.OPEN_STATUSES`, same words).
OPEN_ORDER_CONDITION = "status IN ('new', 'claimed', 'suspended', 'exception')"


class Order(Base):
    """A customer's order; `claim_*` says which station holds it (claiming is atomic, one at a time)."""

    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("merchant_id", "external_ref"),
        # The open orders by ship-by (the lead's orders at risk): history never enters it.
        Index(
            "ix_orders_open_ship_by",
            "ship_by",
            sqlite_where=text(OPEN_ORDER_CONDITION),
            postgresql_where=text(OPEN_ORDER_CONDITION),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    external_ref: Mapped[str] = mapped_column(String(64))
    # The barcode printed on the pick ticket (defaults to external_ref) and the tote it arrived in.
    order_barcode: Mapped[str] = mapped_column(String(64), unique=True)
    tote: Mapped[str | None] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    carrier: Mapped[str] = mapped_column(String(40), default="postnord")
    service: Mapped[str] = mapped_column(String(40), default="standard")
    gift: Mapped[bool] = mapped_column(default=False)
    gift_message: Mapped[str] = mapped_column(String(1000), default="")
    total_value: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    priority: Mapped[int] = mapped_column(default=0)
    placed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Ship-to, as on the order (may differ from the customer's default address).
    ship_name: Mapped[str] = mapped_column(String(200), default="")
    ship_line1: Mapped[str] = mapped_column(String(200), default="")
    ship_line2: Mapped[str] = mapped_column(String(200), default="")
    ship_postal_code: Mapped[str] = mapped_column(String(20), default="")
    ship_city: Mapped[str] = mapped_column(String(100), default="")
    ship_region: Mapped[str] = mapped_column(String(100), default="")
    ship_country: Mapped[str] = mapped_column(String(2), default="")
    # The claim: which station and user hold the order, since when, and a version for optimistic checks.
    claim_station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    claim_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    claimed_at: Mapped[dt.datetime | None] = mapped_column()
    claim_version: Mapped[int] = mapped_column(default=0)
    closed_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    exception_reason: Mapped[str] = mapped_column(String(500), default="")
    # When the order must leave the bench to be on time (docs/loops.md): the import's `ship_by`, else the
    # merchant's cut-off applied to `placed_at`; None: no promise (not counted in on-time figures).
    ship_by: Mapped[dt.datetime | None] = mapped_column(index=True)
    # A replacement order points at the shipped order a customer complained about (its incident).
    replacement_of_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    # Set when `packstation archive` moved the order's history to the archive (docs/archive.md).
    archived_at: Mapped[dt.datetime | None] = mapped_column()

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.line_no"
    )


class OrderLine(Base):
    """One line of the pick list: SKU, quantity, bin, and a lot the line must ship from, if any."""

    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "line_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    line_no: Mapped[int] = mapped_column()
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"), index=True)
    quantity: Mapped[int] = mapped_column()
    bin: Mapped[str] = mapped_column(String(40), default="")
    lot_required: Mapped[str | None] = mapped_column(String(40))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))

    order: Mapped[Order] = relationship(back_populates="lines")
