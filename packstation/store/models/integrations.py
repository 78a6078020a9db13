"""The outbox: shipment confirmations written in the same transaction as the close, delivered later.

A confirmation row exists exactly once per closed pack session (unique `dedupe_key`), so nothing is lost when the
station dies after the close, and nothing is confirmed twice. Each configured channel (the outbox folder, the
webhook) has its own delivery row with its state, attempts and the last error a lead can read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.models.base import Base, utcnow


class OutboxMessage(Base):
    """One message for the shop or WMS, e.g. `shipment_confirmed` for a closed order."""

    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class OutboxDelivery(Base):
    """One message on its way through one channel (`folder` or `webhook`)."""

    __tablename__ = "outbox_deliveries"
    __table_args__ = (
        UniqueConstraint("message_id", "channel"),
        Index("ix_outbox_deliveries_state_next_attempt_at", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("outbox_messages.id"))
    channel: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(12), default="pending")  # pending | sending | delivered | failed
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    delivered_at: Mapped[dt.datetime | None] = mapped_column()
