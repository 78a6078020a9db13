"""package photos: the snapshot of each package before its box closes

Revision ID: i22devices_photos
Revises: i18connect_integrations
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import packstation.store.models.base

revision = "i22devices_photos"
down_revision = "i23perf_dashboard_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "package_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("taken_at", packstation.store.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("path", sa.String(length=500), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_package_photos_order_id_orders")),
        sa.ForeignKeyConstraint(["package_id"], ["packages.id"], name=op.f("fk_package_photos_package_id_packages")),
        sa.ForeignKeyConstraint(["station_id"], ["stations.id"], name=op.f("fk_package_photos_station_id_stations")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_package_photos_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_photos")),
    )
    with op.batch_alter_table("package_photos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_package_photos_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_package_photos_package_id"), ["package_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("package_photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_package_photos_package_id"))
        batch_op.drop_index(batch_op.f("ix_package_photos_order_id"))
    op.drop_table("package_photos")
