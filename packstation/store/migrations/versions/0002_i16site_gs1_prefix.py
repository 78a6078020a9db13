"""merchants.gs1_company_prefix: the GS1 company prefix the merchant's SSCCs are built from

Revision ID: i16site_gs1_prefix
Revises: i17a_hardening
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i16site_gs1_prefix"
down_revision = "i17a_hardening"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("merchants") as batch:
        batch.add_column(sa.Column("gs1_company_prefix", sa.String(length=12), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("merchants") as batch:
        batch.drop_column("gs1_company_prefix")
