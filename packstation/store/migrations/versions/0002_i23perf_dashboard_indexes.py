"""Dashboard window indexes: closed pack sessions by end time; error events by time.

The lead's dashboard selects `state = 'closed' AND ended_at` in the window; with only `ix_pack_sessions_state`
that read every closed session of the store's whole history (a fixed window grew with history). The error counts
read every journal row of the window to find its few errors: a partial index holds the error rows only.

Revision ID: i23perf_dashboard_indexes
Revises: i18connect_integrations
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i23perf_dashboard_indexes"
down_revision = "i18connect_integrations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pack_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_pack_sessions_state_ended_at", ["state", "ended_at"], unique=False)
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_errors_at", ["at"], unique=False,
                              sqlite_where=sa.text("error_type IS NOT NULL"),
                              postgresql_where=sa.text("error_type IS NOT NULL"))


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_errors_at")
    with op.batch_alter_table("pack_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_pack_sessions_state_ended_at")
