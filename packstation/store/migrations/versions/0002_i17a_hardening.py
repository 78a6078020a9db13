"""issue #17 hardening: one live slip per order and campaign (issuing is idempotent through the database); a
PIN reset clears a lockout (users.failures_cleared_through)

Revision ID: i17a_hardening
Revises: i23perf_dashboard_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i17a_hardening"
down_revision = "i22devices_photos"
branch_labels = None
depends_on = None

WHERE = sa.text("status != 'voided'")


def upgrade() -> None:
    # Duplicates issued before this revision (two benches racing) are voided, oldest kept, so the index can be built.
    op.execute(
        "UPDATE slips SET status = 'voided' WHERE status != 'voided' AND campaign_id IS NOT NULL AND EXISTS ("
        "SELECT 1 FROM slips AS older WHERE older.order_id = slips.order_id "
        "AND older.campaign_id = slips.campaign_id AND older.status != 'voided' AND older.id < slips.id)"
    )
    op.create_index(
        "uq_slips_order_id_campaign_id_live",
        "slips",
        ["order_id", "campaign_id"],
        unique=True,
        sqlite_where=WHERE,
        postgresql_where=WHERE,
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failures_cleared_through", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("failures_cleared_through")
    op.drop_index("uq_slips_order_id_campaign_id_live", table_name="slips")
