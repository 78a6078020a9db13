"""Archive: `orders.archived_at` (set when `packstation archive` moved the order's history out of the live store),
and indexes for the archive's deletes (print jobs by package; packed units and QC results by journal row, which
the foreign-key checks of a journal row's delete look up).

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
down_revision = "i20ship_otif_incidents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("archived_at", UTCDateTime(timezone=True), nullable=True))
    # The archive moves an order's print jobs by its packages too (a full scan per chunk without it).
    op.create_index(op.f("ix_print_jobs_package_id"), "print_jobs", ["package_id"], unique=False)
    # Deleting archived journal rows checks that no packed unit or QC result still points at them: by index.
    op.create_index(op.f("ix_packed_units_event_id"), "packed_units", ["event_id"], unique=False)
    op.create_index(op.f("ix_qc_results_event_id"), "qc_results", ["event_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_qc_results_event_id"), table_name="qc_results")
    op.drop_index(op.f("ix_packed_units_event_id"), table_name="packed_units")
    op.drop_index(op.f("ix_print_jobs_package_id"), table_name="print_jobs")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_column("archived_at")
