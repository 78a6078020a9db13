"""Dashboard window index: closed pack sessions by end time.

The lead's dashboard selects `state = 'closed' AND ended_at` in the window; with only `ix_pack_sessions_state`
that read every closed session of the store's whole history (a fixed window grew with history).

Revision ID: i23perf_dashboard_indexes
Revises: i18connect_integrations
"""

from __future__ import annotations

from alembic import op

revision = "i23perf_dashboard_indexes"
down_revision = "i18connect_integrations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pack_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_pack_sessions_state_ended_at", ["state", "ended_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pack_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_pack_sessions_state_ended_at")
