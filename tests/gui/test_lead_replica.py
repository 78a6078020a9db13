"""`report_db_url`: the lead window's dashboard reads the report database (a PostgreSQL replica) and never writes
to it. Stand-in for a streaming replica: a second database on the local server, reached as a role whose
transactions are read-only (as on a hot standby), holding a history the primary does not have."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from packstation.app import open_store
from packstation.config import Settings
from packstation.demo.history import generate_history
from packstation.gui.roles import build_lead_window
from packstation.services.site.lead import LeadService

END = dt.date(2024, 5, 10)


@pytest.fixture
def replica_url(pg_admin_url: str) -> Iterator[str]:
    """A second database with a year's first days of history, and a read-only role's URL to it."""
    name, role = f"packstation_replica_{uuid.uuid4().hex[:10]}", f"packstation_ro_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'ALTER ROLE "{role}" SET default_transaction_read_only = on'))
    owner_url = make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    store = open_store(owner_url)
    generate_history(store, 2, seed=8, end=END, orders_per_shift=6)
    with store.engine.begin() as conn:
        conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
        conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"'))
    store.dispose()
    try:
        yield make_url(owner_url).set(username=role, password=None).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


@pytest.mark.pg
def test_the_leads_dashboard_reads_the_report_database(qtbot, pg_url: str, replica_url: str) -> None:  # type: ignore[no-untyped-def]
    primary = open_store(pg_url)
    generate_history(primary, 1, seed=2, end=END - dt.timedelta(days=30), orders_per_shift=2)  # elsewhere in time
    lead_id = next(u.id for u in LeadService(primary.sessions).users() if u.role == "lead")
    settings = Settings(db_url=pg_url, report_db_url=replica_url)
    window = build_lead_window(primary, lead_id, settings=settings, live=False)
    qtbot.addWidget(window)
    writes: list[str] = []
    engine = window.dashboard.reports._sessions.kw["bind"]
    assert make_url(str(engine.url)).database != make_url(pg_url).database

    def grab(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().split()[0].upper() in ("INSERT", "UPDATE", "DELETE") or "advisory" in statement:
            writes.append(statement)

    event.listen(engine, "before_cursor_execute", grab)
    try:
        start = dt.datetime.combine(END - dt.timedelta(days=2), dt.time(), tzinfo=dt.UTC)
        window.dashboard.set_range(start, start + dt.timedelta(days=2))
        with qtbot.waitSignal(window.dashboard.refreshed, timeout=20_000) as got:
            window.dashboard.refresh()
        board = got.args[0]
        assert board.kpis.orders > 0  # the replica's history; the primary has none in these days
        assert (
            "orders" in window.dashboard.kpi_label.text()
            and str(board.kpis.orders) in window.dashboard.kpi_label.text()
        )
        assert writes == []  # a replica is never written to (no aggregate refresh from the lead's window)
    finally:
        event.remove(engine, "before_cursor_execute", grab)
        window.dashboard.runner.wait()
        window.close()
        primary.dispose()
