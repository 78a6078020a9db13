"""Incidents: a customer's complaint about a shipped order (damaged, wrong item, missing item; which lines), and
the replacement order it created. The error it proves is journaled against the packer, station and SKU that
packed the line (`events.error_type = incident_<kind>`), so it shows in the lead's error counts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from packstation.store.models.base import Base, utcnow

COMPLAINT_KINDS = ("damaged", "wrong_item", "missing_item")


class Incident(Base):
    """One complaint against one shipped order; `replacement_order_id` is the order packed to put it right."""

    __tablename__ = "incidents"
    __table_args__ = (UniqueConstraint("merchant_id", "external_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    # The shop's complaint number (from the import), or None when a lead typed it in.
    external_ref: Mapped[str | None] = mapped_column(String(64))
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # one of COMPLAINT_KINDS
    note: Mapped[str] = mapped_column(String(500), default="")
    source: Mapped[str] = mapped_column(String(16), default="lead")  # lead | import
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    replacement_order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))

    lines: Mapped[list[IncidentLine]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="IncidentLine.id"
    )


class IncidentLine(Base):
    """A line of the shipped order the complaint is about, with how many units."""

    __tablename__ = "incident_lines"
    __table_args__ = (UniqueConstraint("incident_id", "order_line_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"))
    quantity: Mapped[int] = mapped_column()

    incident: Mapped[Incident] = relationship(back_populates="lines")
