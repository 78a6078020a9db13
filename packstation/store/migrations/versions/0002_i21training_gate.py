"""training gate: required scenarios per floor, passes copied from the training floor, lead's lifts, scenarios
assigned from a packer's recurring mistakes

Revision ID: i21training_gate
Revises: i16site_gs1_prefix
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import packstation.store.models.base

revision = "i21training_gate"
down_revision = "i16site_gs1_prefix"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_requirements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario", sa.String(length=80), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("added_at", packstation.store.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["added_by"], ["users.id"], name=op.f("fk_training_requirements_added_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_requirements")),
        sa.UniqueConstraint("scenario", name=op.f("uq_training_requirements_scenario")),
    )
    op.create_table(
        "training_passes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("scenario", sa.String(length=80), nullable=False),
        sa.Column("passed_at", packstation.store.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("accuracy", sa.Double(), nullable=False),
        sa.Column("hints", sa.Boolean(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_training_passes_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_passes")),
    )
    with op.batch_alter_table("training_passes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_passes_user_id"), ["user_id"], unique=False)
    op.create_table(
        "training_gate_lifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("at", packstation.store.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["lead_id"], ["users.id"], name=op.f("fk_training_gate_lifts_lead_id_users")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_training_gate_lifts_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_gate_lifts")),
    )
    with op.batch_alter_table("training_gate_lifts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_gate_lifts_user_id"), ["user_id"], unique=False)
    op.create_table(
        "training_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("scenario", sa.String(length=80), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("mistakes", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", packstation.store.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_training_assignments_created_by_users")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_training_assignments_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_assignments")),
    )
    with op.batch_alter_table("training_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_assignments_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("training_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_assignments_user_id"))
    op.drop_table("training_assignments")
    with op.batch_alter_table("training_gate_lifts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_gate_lifts_user_id"))
    op.drop_table("training_gate_lifts")
    with op.batch_alter_table("training_passes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_passes_user_id"))
    op.drop_table("training_passes")
    op.drop_table("training_requirements")
