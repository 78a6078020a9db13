"""The dashboard costs its window, not the store's history: checked by plan and statement count, never by time.

On SQLite every statement the dashboard runs must SEARCH by an index bounded by the window (no SCAN of the
journal or the sessions), the closed sessions are found by `ended_at` in the window, not by `state` alone (that
read every closed session ever), and the error counts by the error rows' own index. On PostgreSQL the dashboard's transaction turns JIT off first, and the
closed sessions' window is answered by an index bounded by the window.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event, select, text

from packstation.demo.history import generate_history
from packstation.domain.report_views import ReportFilter
from packstation.services.reports.service import ReportService
from packstation.store.models import PackSession

END = dt.date(2024, 5, 10)


def _statements(store: Any, f: ReportFilter) -> list[tuple[str, Any]]:
    """The statements of one dashboard refresh (after a first one recomputed the hours the history left dirty)."""
    ReportService(store.sessions).dashboard(f)
    seen: list[tuple[str, Any]] = []

    def grab(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", grab)
    try:
        ReportService(store.sessions).dashboard(f)
    finally:
        event.remove(store.engine, "before_cursor_execute", grab)
    return seen


def _shift(day: dt.date) -> ReportFilter:
    """A shift that starts and ends mid-hour: whole hours from the aggregates, the two edges from raw rows."""
    start = dt.datetime.combine(day, dt.time(6, 30), tzinfo=dt.UTC)
    return ReportFilter(start=start, end=start + dt.timedelta(hours=8))


def test_the_dashboard_runs_the_same_statements_whatever_the_history(store) -> None:  # type: ignore[no-untyped-def]
    generate_history(store, 1, seed=3, end=END, orders_per_shift=6)
    small = [s for s, _ in _statements(store, _shift(END - dt.timedelta(days=1)))]
    generate_history(store, 4, seed=4, end=END - dt.timedelta(days=2), orders_per_shift=12)
    large = [s for s, _ in _statements(store, _shift(END - dt.timedelta(days=1)))]
    assert len(small) == len(large) and small == large


def test_every_dashboard_statement_is_bounded_by_the_window_on_sqlite(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    generate_history(sqlite_store, 3, seed=5, end=END, orders_per_shift=10)
    plans = []
    with sqlite_store.engine.connect() as conn:
        for statement, params in _statements(sqlite_store, _shift(END - dt.timedelta(days=1))):
            if statement.lstrip().upper().startswith("SELECT"):
                plans.append([r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)])
    steps = [step for plan in plans for step in plan]
    assert not [s for s in steps if s.startswith("SCAN pack_sessions") or s.startswith("SCAN events")]
    sessions = [s for s in steps if s.startswith("SEARCH pack_sessions USING") and "state=?" in s]
    assert sessions and all("ended_at>? AND ended_at<?" in s for s in sessions), sessions
    # The error counts read the window's error rows only (a partial index), not every journal row of the window.
    journal = [s for s in steps if s.startswith("SEARCH events USING INDEX ix_events_errors_at")]
    assert len(journal) >= 2 and all("at>? AND at<?" in s for s in journal)  # the shift's two ragged edges
    assert not [s for s in steps if s.startswith("SEARCH events USING INDEX ix_events_at ")]
    # Whole hours come from the hourly aggregates, searched by hour.
    hours = [s for s in steps if s.startswith(("SEARCH report_hours", "SEARCH report_error_hours"))]
    assert hours and all("hour>? AND hour<?" in s for s in hours), hours
    assert not [s for s in steps if s.startswith(("SCAN report_hours", "SCAN report_error_hours"))]


def test_the_orders_at_risk_and_not_in_full_read_by_index_on_sqlite(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    """With statistics, as on a real store. Every order shipped in the history has a ship-by before "now + 2 h" too: a range over all ship-by times
    (the plan SQLite chose with statistics, before the open orders' partial index) read them all."""
    generate_history(sqlite_store, 3, seed=5, end=END, orders_per_shift=10)
    with sqlite_store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    plans, every_step = [], []
    with sqlite_store.engine.connect() as conn:
        for statement, params in _statements(sqlite_store, _shift(END - dt.timedelta(days=1))):
            if statement.lstrip().upper().startswith("SELECT"):
                plan = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
                every_step += plan
                if "orders.ship_by <" in statement:
                    plans.append(plan)
    steps = [step for plan in plans for step in plan if " orders " in step]
    assert len(plans) == 2 and steps, plans  # per merchant, and the list
    assert all("ix_orders_open_ship_by" in s or "ix_orders_status (status=?)" in s for s in steps), steps
    # "Not in full" looks up each order's own error rows; a list of every such order read every journal row that
    # names an order (an index range "order_id>?", the plan SQLite chose with statistics).
    assert not [s for s in every_step if "order_id>?" in s]


def test_on_postgresql_jit_is_off_and_the_window_bounds_the_index(pg_url) -> None:  # type: ignore[no-untyped-def]
    from packstation.app import open_store

    store = open_store(pg_url)
    try:
        generate_history(store, 2, seed=6, end=END, orders_per_shift=8)
        f = _shift(END - dt.timedelta(days=1))
        texts = [s.strip() for s, _ in _statements(store, f)]
        assert "SET LOCAL jit = off" in texts
        assert texts.index("SET LOCAL jit = off") < min(i for i, s in enumerate(texts) if "pack_sessions" in s)
        assert any("FROM pack_sessions" in s and "pack_sessions.ended_at >=" in s for s in texts)
        # The window's predicate, as the dashboard states it, is answered by an index bounded by the window (a
        # few test rows would be read by a sequential scan anyway: ask how it would search).
        window = select(PackSession.id).where(
            PackSession.state == "closed", PackSession.ended_at >= f.start, PackSession.ended_at < f.end
        )
        sql = str(window.compile(store.engine, compile_kwargs={"literal_binds": True}))
        with store.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = "\n".join(r[0] for r in conn.execute(text("EXPLAIN " + sql)))
        cond = [line for line in plan.splitlines() if "Index Cond" in line]
        assert cond and "ended_at >=" in cond[0] and "ended_at <" in cond[0], plan
    finally:
        store.dispose()
