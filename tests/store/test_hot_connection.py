"""A bench's transactions run on the connection used last (its SQLite page cache is current, its PostgreSQL
backend awake), even after a background thread (the box pre-planner, the print-queue worker) added a second
connection to the pool."""

from __future__ import annotations

from packstation.store.db import make_engine


def test_scans_after_a_second_connection_keep_using_the_last_one(db_url) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(db_url)
    try:
        with engine.connect() as first, engine.connect() as second:  # the scan and the planner at once
            first.exec_driver_sql("SELECT 1")
            second.exec_driver_sql("SELECT 1")
        used = []
        for _ in range(6):  # then scan after scan
            with engine.begin() as conn:
                conn.exec_driver_sql("SELECT 1")
                used.append(id(conn.connection.dbapi_connection))
        assert len(set(used)) == 1, "each transaction took the connection of the one before"
    finally:
        engine.dispose()
