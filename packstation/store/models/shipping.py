"""Packages (boxes that leave), their shipping labels, and the persistent print queue."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.models.base import Base, utcnow


class Package(Base):
    """One physical box (or ship-as-is item) of an order: `package_no` of the order's count."""

    __tablename__ = "packages"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("pack_sessions.id"))
    package_no: Mapped[int] = mapped_column(default=1)
    box_id: Mapped[int | None] = mapped_column(ForeignKey("boxes.id"))  # None: shipped as is
    planned_box_id: Mapped[int | None] = mapped_column(ForeignKey("boxes.id"))
    length_mm: Mapped[int] = mapped_column(default=0)
    width_mm: Mapped[int] = mapped_column(default=0)
    height_mm: Mapped[int] = mapped_column(default=0)
    expected_weight_g: Mapped[int] = mapped_column(default=0)
    measured_weight_g: Mapped[int | None] = mapped_column()
    # {"air_pillow": 4, "bubble_wrap": 2} by material code, for consumption reports.
    cushioning: Mapped[dict[str, Any]] = mapped_column(default=dict)
    box_cost: Mapped[Decimal] = mapped_column(Numeric(12, 4), default=Decimal("0"))
    cushioning_cost: Mapped[Decimal] = mapped_column(Numeric(12, 4), default=Decimal("0"))
    shipping_cost: Mapped[Decimal] = mapped_column(Numeric(12, 4), default=Decimal("0"))
    # Sorted "sku:qty,..." of the contents: weight history of identical packages tightens the weight check.
    contents_signature: Mapped[str] = mapped_column(String(400), default="", index=True)
    sscc: Mapped[str | None] = mapped_column(String(18), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Label(Base):
    """A shipping label issued for a package; a voided label's tracking number is never reused."""

    __tablename__ = "labels"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("packages.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    carrier: Mapped[str] = mapped_column(String(40))
    service: Mapped[str] = mapped_column(String(40))
    tracking_number: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="issued")  # issued | printed | verified | voided
    printed_count: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    verified_at: Mapped[dt.datetime | None] = mapped_column()
    voided_at: Mapped[dt.datetime | None] = mapped_column()
    void_reason: Mapped[str] = mapped_column(String(300), default="")
    demo: Mapped[bool] = mapped_column(default=False)
    # Where the label came from (docs/integrations.md): "offline" (drawn by the station) or the configured source
    # spec; a bought label's own document (printed as it is) and the source's id for voiding it there.
    source: Mapped[str] = mapped_column(String(200), default="offline", server_default="offline")
    document: Mapped[bytes | None] = mapped_column(LargeBinary)
    document_format: Mapped[str] = mapped_column(String(8), default="", server_default="")
    external_id: Mapped[str] = mapped_column(String(120), default="", server_default="")


class ReturnLabel(Base):
    """The prepaid return label that goes in the box with the returns slip: one per order, from the order's
    (offline) carrier, addressed back to the merchant, carrying the order's one return code."""

    __tablename__ = "return_labels"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), unique=True)
    carrier: Mapped[str] = mapped_column(String(40))
    service: Mapped[str] = mapped_column(String(40))
    tracking_number: Mapped[str] = mapped_column(String(40), unique=True)
    return_code: Mapped[str] = mapped_column(String(40))
    demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class PrintJob(Base):
    """A document on its way to a printer; the queue survives a restart and retries failed jobs."""

    __tablename__ = "print_jobs"
    __table_args__ = (Index("ix_print_jobs_station_id_status", "station_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    package_id: Mapped[int | None] = mapped_column(ForeignKey("packages.id"), index=True)  # archive: by package
    label_id: Mapped[int | None] = mapped_column(ForeignKey("labels.id"))
    document: Mapped[str] = mapped_column(String(20))  # label | packing_slip | marketing_slip | report | ...
    format: Mapped[str] = mapped_column(String(8))  # pdf | zpl
    printer: Mapped[str] = mapped_column(String(200))  # e.g. file:///path, tcp://host:9100, system:NAME
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(12), default="queued")  # queued | sent | failed | cancelled
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    reprint_of: Mapped[int | None] = mapped_column(ForeignKey("print_jobs.id"))
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column()
