"""The block rollup (report_blocks, report_block_errors, report_block_deliveries, report_block_packers): each block
of 16 UTC days (day // 16) summed from its days, recomputed with them, so that a year's dashboard reads about 23
rows per cell instead of 365. Filled here from the daily rollup, which already holds every clean day.

Revision ID: i23block_rollup
Revises: i23delivery_hours
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i23block_rollup"
down_revision = "i23delivery_hours"
branch_labels = None
depends_on = None

BLOCK_DAYS = 16  # store/models/reporting.py

# table: (the day table it sums, its key columns after the block, its summed columns)
_SHAPES = {
    "report_blocks": (
        "report_days",
        ["user_id", "station_id", "order_class"],
        ["orders", "units", "secs", "with_error", "errors"],
    ),
    "report_block_errors": ("report_day_errors", ["error_type", "user_id", "station_id", "sku_id"], ["n"]),
    "report_block_deliveries": (
        "report_day_deliveries",
        ["merchant_id", "minutes"],
        ["orders", "promised", "on_time", "otif"],
    ),
    "report_block_packers": ("report_day_packers", ["user_id"], ["hours"]),
}


def _columns(name: str) -> list[sa.Column]:  # type: ignore[type-arg]
    int_ = sa.Integer()
    if name == "report_blocks":
        cells = [sa.Column(c, int_, nullable=False) for c in ("user_id", "station_id")]
        cells.append(sa.Column("order_class", sa.String(length=16), nullable=False))
        sums = [sa.Column(c, sa.Double() if c == "secs" else int_, nullable=False) for c in _SHAPES[name][2]]
        return [sa.Column("block", sa.BigInteger(), nullable=False), *cells, *sums]
    if name == "report_block_errors":
        return [
            sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
            sa.Column("block", sa.BigInteger(), nullable=False),
            sa.Column("error_type", sa.String(length=40), nullable=False),
            *(sa.Column(c, int_, nullable=True) for c in ("user_id", "station_id", "sku_id")),
            sa.Column("n", int_, nullable=False),
        ]
    keys, sums = _SHAPES[name][1], _SHAPES[name][2]
    return [
        sa.Column("block", sa.BigInteger(), nullable=False),
        *(sa.Column(c, int_, nullable=False) for c in keys + sums),
    ]


def upgrade() -> None:
    for name, (days, keys, sums) in _SHAPES.items():
        if name == "report_block_errors":
            op.create_table(name, *_columns(name), sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")))
            op.create_index("ix_report_block_errors_block", name, ["block"])
        else:
            op.create_table(name, *_columns(name), sa.PrimaryKeyConstraint("block", *keys, name=op.f(f"pk_{name}")))
        block = f"day / {BLOCK_DAYS}"
        op.execute(
            f"INSERT INTO {name} (block, {', '.join(keys + sums)}) "
            f"SELECT {block}, {', '.join(keys)}, {', '.join(f'sum({c})' for c in sums)} FROM {days} "
            f"GROUP BY {block}, {', '.join(keys)}"
        )


def downgrade() -> None:
    op.drop_index("ix_report_block_errors_block", table_name="report_block_errors")
    for name in _SHAPES:
        op.drop_table(name)
