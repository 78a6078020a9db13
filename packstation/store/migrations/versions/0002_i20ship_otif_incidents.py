"""on time in full and incidents: orders' ship-by time and replacement link, merchants' same-day cut-off, the
incidents (customer complaints) with their lines

Revision ID: i20ship_otif_incidents
Revises: i21training_gate
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import packstation.store.models.base

revision = "i20ship_otif_incidents"
down_revision = "i20mkt_returns_inserts"
branch_labels = None
depends_on = None

UTC = packstation.store.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("merchants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ship_cutoff", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("ship_tz", sa.String(length=64), server_default="UTC", nullable=False))
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ship_by", UTC, nullable=True))
        batch_op.add_column(sa.Column("replacement_of_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_orders_ship_by"), ["ship_by"], unique=False)
        batch_op.create_index(batch_op.f("ix_orders_replacement_of_id"), ["replacement_of_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_orders_replacement_of_id_orders"), "orders",
                                    ["replacement_of_id"], ["id"])
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("merchant_id", sa.Integer(), nullable=False),
        sa.Column("external_ref", sa.String(length=64), nullable=True),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("reported_at", UTC, nullable=False),
        sa.Column("recorded_at", UTC, nullable=False),
        sa.Column("replacement_order_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["merchant_id"], ["merchants.id"], name=op.f("fk_incidents_merchant_id_merchants")),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_incidents_order_id_orders")),
        sa.ForeignKeyConstraint(["recorded_by"], ["users.id"], name=op.f("fk_incidents_recorded_by_users")),
        sa.ForeignKeyConstraint(["replacement_order_id"], ["orders.id"],
                                name=op.f("fk_incidents_replacement_order_id_orders")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sa.UniqueConstraint("merchant_id", "external_ref", name=op.f("uq_incidents_merchant_id_external_ref")),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_merchant_id"), ["merchant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_order_id"), ["order_id"], unique=False)
    op.create_table(
        "incident_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("order_line_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=op.f("fk_incident_lines_incident_id_incidents")),
        sa.ForeignKeyConstraint(["order_line_id"], ["order_lines.id"],
                                name=op.f("fk_incident_lines_order_line_id_order_lines")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_lines")),
        sa.UniqueConstraint("incident_id", "order_line_id", name=op.f("uq_incident_lines_incident_id_order_line_id")),
    )
    with op.batch_alter_table("incident_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_lines_incident_id"), ["incident_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("incident_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_lines_incident_id"))
    op.drop_table("incident_lines")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incidents_order_id"))
        batch_op.drop_index(batch_op.f("ix_incidents_merchant_id"))
    op.drop_table("incidents")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_orders_replacement_of_id_orders"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_orders_replacement_of_id"))
        batch_op.drop_index(batch_op.f("ix_orders_ship_by"))
        batch_op.drop_column("replacement_of_id")
        batch_op.drop_column("ship_by")
    with op.batch_alter_table("merchants", schema=None) as batch_op:
        batch_op.drop_column("ship_tz")
        batch_op.drop_column("ship_cutoff")
