"""Alembic environment: runs against the engine handed over by packstation.store.db."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from packstation.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # A schema change on a big table may take longer than a bench's statement; it still waits for locks
            # only as long as `lock_timeout` allows (store.db.PG_TIMEOUTS).
            connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
