"""The on-time / OTIF figures per hour (report_delivery_hours), kept like the other hourly aggregates: an order's
ship-by, placed time or merchant changing marks the hours its closed sessions count in; every hour with history
starts dirty and is recomputed by the first refresh.

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
    sqlite = op.get_bind().dialect.name == "sqlite"
    hour = SQLITE_HOUR if sqlite else PG_HOUR
    if sqlite:
        op.execute(_SQLITE_TRIGGER.format(hour=hour.format("ps.ended_at")).strip())
    else:
        op.execute(_PG_FUNCTION.format(hour=hour.format("ps.ended_at")).strip())
        op.execute(_PG_TRIGGER.strip())
    # Every hour with closed orders starts dirty: the first refresh computes its delivery figures (read raw until).
    op.execute(
        f"INSERT INTO report_dirty_hours (hour) SELECT DISTINCT {hour.format('ended_at')} FROM pack_sessions "
        "WHERE state = 'closed' AND ended_at IS NOT NULL"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS report_orders_update")
    else:
        op.execute("DROP TRIGGER IF EXISTS report_orders ON orders")
        op.execute("DROP FUNCTION IF EXISTS report_mark_order_terms()")
    op.drop_table("report_delivery_hours")
