"""returns in the box and inserts that prove they work: the returns policy per language, one return label per
order, campaign holdout share and insert costs, the holdout group, coupon redemptions from the shop

Revision ID: i20mkt_returns_inserts
Revises: i21training_gate
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import packstation.store.models.base

revision = "i20mkt_returns_inserts"
down_revision = "i21training_gate"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("merchants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("returns_policies", sa.JSON(), server_default="{}", nullable=False))
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("holdout_percent", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("paper_cost", sa.Numeric(precision=12, scale=4), server_default="0",
                                      nullable=False))
        batch_op.add_column(sa.Column("print_cost", sa.Numeric(precision=12, scale=4), server_default="0",
                                      nullable=False))
    op.create_table(
        "return_labels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("carrier", sa.String(length=40), nullable=False),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("tracking_number", sa.String(length=40), nullable=False),
        sa.Column("return_code", sa.String(length=40), nullable=False),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", packstation.store.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_return_labels_order_id_orders")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_labels")),
        sa.UniqueConstraint("order_id", name=op.f("uq_return_labels_order_id")),
        sa.UniqueConstraint("tracking_number", name=op.f("uq_return_labels_tracking_number")),
    )
    op.create_table(
        "campaign_holdouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("created_at", packstation.store.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"],
                                name=op.f("fk_campaign_holdouts_campaign_id_campaigns")),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_campaign_holdouts_customer_id_customers")),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_campaign_holdouts_order_id_orders")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_holdouts")),
        sa.UniqueConstraint("campaign_id", "order_id", name=op.f("uq_campaign_holdouts_campaign_id_order_id")),
    )
    with op.batch_alter_table("campaign_holdouts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_holdouts_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_campaign_holdouts_customer_id"), ["customer_id"], unique=False)
    op.create_table(
        "redemptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("coupon_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("shop_order", sa.String(length=64), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=4), nullable=False),
        sa.Column("redeemed_on", sa.Date(), nullable=False),
        sa.Column("imported_at", packstation.store.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], name=op.f("fk_redemptions_campaign_id_campaigns")),
        sa.ForeignKeyConstraint(["coupon_id"], ["coupons.id"], name=op.f("fk_redemptions_coupon_id_coupons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_redemptions")),
        sa.UniqueConstraint("coupon_id", name=op.f("uq_redemptions_coupon_id")),
    )
    with op.batch_alter_table("redemptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_redemptions_campaign_id"), ["campaign_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("redemptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_redemptions_campaign_id"))
    op.drop_table("redemptions")
    with op.batch_alter_table("campaign_holdouts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_holdouts_customer_id"))
        batch_op.drop_index(batch_op.f("ix_campaign_holdouts_campaign_id"))
    op.drop_table("campaign_holdouts")
    op.drop_table("return_labels")
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.drop_column("print_cost")
        batch_op.drop_column("paper_cost")
        batch_op.drop_column("holdout_percent")
    with op.batch_alter_table("merchants", schema=None) as batch_op:
        batch_op.drop_column("returns_policies")
