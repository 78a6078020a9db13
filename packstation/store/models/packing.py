"""Pack sessions and their history.

`events` is the append-only journal: every scan, verdict, QC result, override, undo, print and state change, with
station, user and time. Error counts for the leads are read from it (`error_type` is set on every error).
`packed_units` and `qc_results` are the current state of a session, rebuilt from nothing but the journal if need be.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.models.base import Base, BigId, utcnow

# claimed -> scanning -> qc -> box -> slips -> label -> verify -> closed; suspended and exception on the side.
SESSION_STATES = ("scanning", "qc", "box", "slips", "label", "verify", "closed", "suspended", "exception")


class PackSession(Base):
    """One packer working one order at one station, from claim to close (or suspend / exception)."""

    __tablename__ = "pack_sessions"
    # The dashboard's window: closed sessions by end time (without it a shift's view read every closed session).
    __table_args__ = (Index("ix_pack_sessions_state_ended_at", "state", "ended_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    state: Mapped[str] = mapped_column(String(16), default="scanning", index=True)
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column()
    # Snapshot of the chosen packing plan (boxes, placements, cushioning) as plain JSON.
    plan: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error_count: Mapped[int] = mapped_column(default=0)


class Event(Base):
    """The journal: one row per thing that happened. Never updated, never deleted."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_at", "at"),
        Index("ix_events_error_type_at", "error_type", "at"),
        Index("ix_events_order_id_at", "order_id", "at"),
        Index("ix_events_user_id_at", "user_id", "at"),
        Index("ix_events_station_id_at", "station_id", "at"),
        Index("ix_events_session_id", "session_id"),
        # The dashboard's error counts: only error rows, by time (a window's errors, not all its events).
        Index(
            "ix_events_errors_at",
            "at",
            sqlite_where=text("error_type IS NOT NULL"),
            postgresql_where=text("error_type IS NOT NULL"),
        ),
        # "Has this order an error?" per closed session of a report's edge: the order's own error rows. Without
        # it PostgreSQL hashed every error row of the history instead (114 ms per edge at 20M events).
        Index(
            "ix_events_order_errors",
            "order_id",
            sqlite_where=text("error_type IS NOT NULL"),
            postgresql_where=text("error_type IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    # Idempotency key: a scan id from the scanner decoder, or a fresh UUID; a replayed write is a no-op.
    event_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # scan | qc | override | undo | remove | quantity | state | claim | release | box | print | reprint | void |
    # verify | slip | note | incident
    kind: Mapped[str] = mapped_column(String(16))
    # The verdict code for scans (accepted, over_scan, wrong_item, ...), the QC check, the new state, ...
    code: Mapped[str] = mapped_column(String(40), default="")
    # Set on every error, for the lead's counts: wrong_item, over_scan, unknown_barcode, qc_<check>, ...
    error_type: Mapped[str | None] = mapped_column(String(40))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("pack_sessions.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # the lead behind an override
    sku_id: Mapped[int | None] = mapped_column(ForeignKey("skus.id"))
    order_line_id: Mapped[int | None] = mapped_column(ForeignKey("order_lines.id"))
    raw: Mapped[str | None] = mapped_column(String(400))  # the scan text as typed (control chars escaped)
    quantity: Mapped[int] = mapped_column(default=0)
    lot: Mapped[str | None] = mapped_column(String(40))
    serial: Mapped[str | None] = mapped_column(String(60))
    expiry: Mapped[dt.date | None] = mapped_column()
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class PackedUnit(Base):
    """Units in the box right now (one row per accepted scan; an undo deletes the row, the journal keeps it)."""

    __tablename__ = "packed_units"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("pack_sessions.id"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    # Indexed for the foreign-key check when journal rows are archived (a full scan per deleted row without).
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    quantity: Mapped[int] = mapped_column(default=1)
    lot: Mapped[str | None] = mapped_column(String(40))
    serial: Mapped[str | None] = mapped_column(String(60))
    expiry: Mapped[dt.date | None] = mapped_column()
    package_no: Mapped[int | None] = mapped_column()


class QcResult(Base):
    """The outcome of one QC check in a session; a failed one blocks the close until fixed or overridden."""

    __tablename__ = "qc_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("pack_sessions.id"), index=True)
    order_line_id: Mapped[int | None] = mapped_column(ForeignKey("order_lines.id"))
    check: Mapped[str] = mapped_column(String(30))  # damage | expiry | serial | lot | weight | fragile | hazmat | gift
    passed: Mapped[bool] = mapped_column()
    overridden: Mapped[bool] = mapped_column(default=False)
    value: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)  # archive: see PackedUnit.event_id
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ShippedSerial(Base):
    """A serial number packed into a box: unique per SKU across everything ever shipped."""

    __tablename__ = "shipped_serials"
    __table_args__ = (UniqueConstraint("sku_id", "serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"))
    serial: Mapped[str] = mapped_column(String(60))
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("pack_sessions.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
