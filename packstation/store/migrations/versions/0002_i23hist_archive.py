"""Archive: `orders.archived_at` (set when `packstation archive` moved the order's history out of the live store),
and an index on print jobs by package.

The archive tables themselves (schema `archive` on PostgreSQL, an attached file on SQLite) are created by the first
archive run (packstation/store/archive.py), not here: most stores never need them.

Revision ID: i23hist_archive
Revises: i21training_gate
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from packstation.store.models.base import UTCDateTime

revision = "i23hist_archive"
down_revision = "i21training_gate"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("archived_at", UTCDateTime(timezone=True), nullable=True))
    # The archive moves an order's print jobs by its packages too (a full scan per chunk without it).
    op.create_index(op.f("ix_print_jobs_package_id"), "print_jobs", ["package_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_print_jobs_package_id"), table_name="print_jobs")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_column("archived_at")
