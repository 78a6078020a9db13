"""The on-time / OTIF figures per hour (report_delivery_hours), kept like the other hourly aggregates: an order's
ship-by, placed time or merchant changing marks the hours its closed sessions count in. And the daily rollup
(report_days, report_day_errors, report_day_deliveries, report_day_packers, report_hour_totals): each UTC day's
hours summed, recomputed with them. Every hour with history starts dirty and is recomputed by the first refresh.

Revision ID: i23delivery_hours
Revises: i23hist_aggregates
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i23delivery_hours"
down_revision = "i23hist_aggregates"
branch_labels = None
depends_on = None

SQLITE_HOUR = "(CAST(strftime('%s', {0}) AS INTEGER) / 3600)"
PG_HOUR = "floor(extract(epoch from {0}) / 3600)::bigint"
OPEN_ORDER_CONDITION = "status IN ('new', 'claimed', 'suspended', 'exception')"

# `+ps.state` / `(ps.state || '')`: the order's id is the index, not the state (see i23hist_aggregates).
_SQLITE_TRIGGER = """
CREATE TRIGGER report_orders_update AFTER UPDATE OF ship_by, placed_at, merchant_id ON orders BEGIN
  INSERT INTO report_dirty_hours (hour) SELECT {hour} FROM pack_sessions ps
    WHERE +ps.state = 'closed' AND +ps.ended_at IS NOT NULL AND ps.order_id = NEW.id;
END
"""
_PG_FUNCTION = """
CREATE FUNCTION report_mark_order_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_dirty_hours (hour) SELECT {hour} FROM pack_sessions ps
    WHERE (ps.state || '') = 'closed' AND ps.ended_at IS NOT NULL AND ps.order_id = NEW.id;
  RETURN NULL;
END $$
"""
_PG_TRIGGER = """
CREATE TRIGGER report_orders AFTER UPDATE OF ship_by, placed_at, merchant_id ON orders FOR EACH ROW
  WHEN (OLD.ship_by IS DISTINCT FROM NEW.ship_by OR OLD.placed_at IS DISTINCT FROM NEW.placed_at
        OR OLD.merchant_id IS DISTINCT FROM NEW.merchant_id)
  EXECUTE FUNCTION report_mark_order_terms()
"""


def upgrade() -> None:
    op.create_table(
        "report_delivery_hours",
        sa.Column("hour", sa.BigInteger(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("merchant_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("promised", sa.Integer(), nullable=False),
        sa.Column("on_time", sa.Integer(), nullable=False),
        sa.Column("otif", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "hour", "station_id", "merchant_id", "minutes", name=op.f("pk_report_delivery_hours")
        ),
    )
    op.create_table(
        "report_days",
        sa.Column("day", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("order_class", sa.String(length=16), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("secs", sa.Double(), nullable=False),
        sa.Column("with_error", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "user_id", "station_id", "order_class", name=op.f("pk_report_days")),
    )
    op.create_table(
        "report_day_errors",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("day", sa.BigInteger(), nullable=False),
        sa.Column("error_type", sa.String(length=40), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("station_id", sa.Integer(), nullable=True),
        sa.Column("sku_id", sa.Integer(), nullable=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_day_errors")),
    )
    op.create_index("ix_report_day_errors_day", "report_day_errors", ["day"])
    op.create_table(
        "report_day_deliveries",
        sa.Column("day", sa.BigInteger(), nullable=False),
        sa.Column("merchant_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("promised", sa.Integer(), nullable=False),
        sa.Column("on_time", sa.Integer(), nullable=False),
        sa.Column("otif", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "merchant_id", "minutes", name=op.f("pk_report_day_deliveries")),
    )
    op.create_table(
        "report_day_packers",
        sa.Column("day", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "user_id", name=op.f("pk_report_day_packers")),
    )
    op.create_table(
        "report_hour_totals",
        sa.Column("hour", sa.BigInteger(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("hour", name=op.f("pk_report_hour_totals")),
    )
    # An order's own error rows (has it an error? was it shipped in full?), not every error row of the history.
    op.create_index(
        "ix_events_order_errors",
        "events",
        ["order_id"],
        sqlite_where=sa.text("error_type IS NOT NULL"),
        postgresql_where=sa.text("error_type IS NOT NULL"),
    )
    # The open orders by ship-by (the orders at risk): a history of shipped orders never enters it.
    op.create_index(
        "ix_orders_open_ship_by",
        "orders",
        ["ship_by"],
        sqlite_where=sa.text(OPEN_ORDER_CONDITION),
        postgresql_where=sa.text(OPEN_ORDER_CONDITION),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    hour = SQLITE_HOUR if sqlite else PG_HOUR
    if sqlite:
        op.execute(_SQLITE_TRIGGER.format(hour=hour.format("ps.ended_at")).strip())
    else:
        op.execute(_PG_FUNCTION.format(hour=hour.format("ps.ended_at")).strip())
        op.execute(_PG_TRIGGER.strip())
    # Every hour with history starts dirty: the first refresh computes its new figures (read raw until then).
    op.execute(
        f"INSERT INTO report_dirty_hours (hour) SELECT DISTINCT {hour.format('ended_at')} FROM pack_sessions "
        "WHERE state = 'closed' AND ended_at IS NOT NULL"
    )
    op.execute(
        f"INSERT INTO report_dirty_hours (hour) SELECT DISTINCT {hour.format('at')} FROM events "
        "WHERE error_type IS NOT NULL"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS report_orders_update")
    else:
        op.execute("DROP TRIGGER IF EXISTS report_orders ON orders")
        op.execute("DROP FUNCTION IF EXISTS report_mark_order_terms()")
    for table in ("report_hour_totals", "report_day_packers", "report_day_deliveries", "report_day_errors"):
        op.drop_table(table)
    op.drop_table("report_days")
    op.drop_table("report_delivery_hours")
    op.drop_index("ix_orders_open_ship_by", table_name="orders")
    op.drop_index("ix_events_order_errors", table_name="events")
