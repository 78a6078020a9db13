"""The dashboard's aggregates: per clock hour (UTC), kept from the raw rows (docs/performance.md, part 1).

`report_hours` holds, per hour of `ended_at`, packer, station and order class, what the dashboard sums over closed
sessions; `report_error_hours` the error journal rows per hour of `at`, type, packer, station and SKU;
`report_delivery_hours` the closed orders per hour, station, merchant and order-to-ship time. An hour is
recomputed from the raw rows (never incremented), after database triggers put it in `report_dirty_hours` whenever
something it counts changes: a session closing or reopening, an error row, a packed unit added or undone, an order
line changed, an import or a bulk load. Until it is recomputed a dirty hour is read from the raw rows, so the
dashboard never shows a stale figure. `hour` is whole hours since 1970-01-01 00:00 UTC.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.models.base import Base, BigId


class ReportHour(Base):
    __tablename__ = "report_hours"

    hour: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(primary_key=True)
    order_class: Mapped[str] = mapped_column(String(16), primary_key=True)
    orders: Mapped[int] = mapped_column()
    units: Mapped[int] = mapped_column()
    secs: Mapped[float] = mapped_column()
    with_error: Mapped[int] = mapped_column()  # orders with any error event
    errors: Mapped[int] = mapped_column()  # error events of these sessions


class ReportErrorHour(Base):
    __tablename__ = "report_error_hours"
    __table_args__ = (Index("ix_report_error_hours_hour", "hour"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    hour: Mapped[int] = mapped_column(BigInteger)
    error_type: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[int | None] = mapped_column()
    station_id: Mapped[int | None] = mapped_column()
    sku_id: Mapped[int | None] = mapped_column()
    n: Mapped[int] = mapped_column()


class ReportDeliveryHour(Base):
    """Closed orders per hour of closing, station, merchant and order-to-ship minutes (rounded up to their step,
    `domain.delivery.SHIP_MINUTE_STEPS`): the on-time and OTIF figures and their percentiles."""

    __tablename__ = "report_delivery_hours"

    hour: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    station_id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(primary_key=True)
    minutes: Mapped[int] = mapped_column(primary_key=True)
    orders: Mapped[int] = mapped_column()
    promised: Mapped[int] = mapped_column()  # orders with a ship-by time
    on_time: Mapped[int] = mapped_column()
    otif: Mapped[int] = mapped_column()


# -- the rollups: each UTC day's hours summed, and each block of BLOCK_DAYS days' days summed, recomputed with them
# (a year reads 23 block rows and up to 30 day rows per cell, not 8,760 hours). One shape per figure, keyed by the
# day or block number (whole days / blocks since 1970-01-01 UTC).

BLOCK_DAYS = 16  # a year is 22 whole blocks and the ragged days at its ends (few rows either way)


class _CellSums:
    """Closed sessions of one packer at one station and order class (the hourly `report_hours`, summed)."""

    user_id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(primary_key=True)
    order_class: Mapped[str] = mapped_column(String(16), primary_key=True)
    orders: Mapped[int] = mapped_column()
    units: Mapped[int] = mapped_column()
    secs: Mapped[float] = mapped_column()
    with_error: Mapped[int] = mapped_column()
    errors: Mapped[int] = mapped_column()


class _ErrorSums:
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True, sort_order=-2)
    error_type: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[int | None] = mapped_column()
    station_id: Mapped[int | None] = mapped_column()
    sku_id: Mapped[int | None] = mapped_column()
    n: Mapped[int] = mapped_column()


class _DeliverySums:
    """The whole floor's (no station: a station filter reads hours) closed orders per merchant and minutes."""

    merchant_id: Mapped[int] = mapped_column(primary_key=True)
    minutes: Mapped[int] = mapped_column(primary_key=True)
    orders: Mapped[int] = mapped_column()
    promised: Mapped[int] = mapped_column()
    on_time: Mapped[int] = mapped_column()
    otif: Mapped[int] = mapped_column()


class _PackerHours:
    """The clock hours in which a packer closed an order (at any station)."""

    user_id: Mapped[int] = mapped_column(primary_key=True)
    hours: Mapped[int] = mapped_column()


class ReportDay(_CellSums, Base):
    __tablename__ = "report_days"
    day: Mapped[int] = mapped_column(BigInteger, primary_key=True, sort_order=-1)


class ReportDayError(_ErrorSums, Base):
    __tablename__ = "report_day_errors"
    __table_args__ = (Index("ix_report_day_errors_day", "day"),)
    day: Mapped[int] = mapped_column(BigInteger, sort_order=-1)


class ReportDayDelivery(_DeliverySums, Base):
    __tablename__ = "report_day_deliveries"
    day: Mapped[int] = mapped_column(BigInteger, primary_key=True, sort_order=-1)


class ReportDayPacker(_PackerHours, Base):
    __tablename__ = "report_day_packers"
    day: Mapped[int] = mapped_column(BigInteger, primary_key=True, sort_order=-1)


class ReportBlock(_CellSums, Base):
    __tablename__ = "report_blocks"
    block: Mapped[int] = mapped_column(BigInteger, primary_key=True, sort_order=-1)


class ReportBlockError(_ErrorSums, Base):
    __tablename__ = "report_block_errors"
    __table_args__ = (Index("ix_report_block_errors_block", "block"),)
    block: Mapped[int] = mapped_column(BigInteger, sort_order=-1)


class ReportBlockDelivery(_DeliverySums, Base):
    __tablename__ = "report_block_deliveries"
    block: Mapped[int] = mapped_column(BigInteger, primary_key=True, sort_order=-1)


class ReportBlockPacker(_PackerHours, Base):
    __tablename__ = "report_block_packers"
    block: Mapped[int] = mapped_column(BigInteger, primary_key=True, sort_order=-1)


class ReportHourTotal(Base):
    """The whole floor's orders, units and error rows per clock hour (the hour-of-day and per-day figures)."""

    __tablename__ = "report_hour_totals"

    hour: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    orders: Mapped[int] = mapped_column()
    units: Mapped[int] = mapped_column()
    errors: Mapped[int] = mapped_column()


class ReportDirtyHour(Base):
    __tablename__ = "report_dirty_hours"
    __table_args__ = (Index("ix_report_dirty_hours_hour", "hour"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    hour: Mapped[int] = mapped_column(BigInteger)
