"""No hidden round trip per transaction on PostgreSQL: a connection is pinged only after it sat idle in the pool,
and a connection the server dropped meanwhile is replaced before the transaction runs (no failed scan)."""

from __future__ import annotations

import time

from sqlalchemy import text

from packstation.store.db import make_engine


def _records(engine):  # type: ignore[no-untyped-def]
    """The connection records waiting in the engine's pool (a QueuePool)."""
    return list(engine.pool._pool.queue)


def test_back_to_back_transactions_send_no_ping(pg_url) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(pg_url, idle_ping_seconds=60)
    pinged = []
    original = engine.dialect.do_ping
    engine.dialect.do_ping = lambda conn: pinged.append(1) or original(conn)  # type: ignore[method-assign]
    try:
        for _ in range(20):
            with engine.begin() as conn:
                assert conn.execute(text("SELECT 1")).scalar_one() == 1
        assert pinged == []
    finally:
        engine.dispose()


def test_a_connection_dropped_while_idle_is_replaced_before_use(pg_url) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(pg_url, idle_ping_seconds=30)
    try:
        with engine.connect() as conn:
            old_pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        admin = make_engine(pg_url)
        with admin.begin() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": old_pid}).scalar_one()
        admin.dispose()
        (record,) = _records(engine)
        record.info["idle_since"] = time.monotonic() - 60  # as if the bench had been idle for a minute
        with engine.begin() as conn:  # would raise OperationalError on the dead connection without the ping
            new_pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        assert new_pid != old_pid
    finally:
        engine.dispose()
