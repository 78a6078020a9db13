"""The store's size per 1M real scan events, before and after `packstation archive`, on SQLite and PostgreSQL.

Run (one command; PostgreSQL at PACKSTATION_TEST_PG_URL or 127.0.0.1:5432, skipped when unreachable):

    python tests/benchmarks/bench_archive.py --events 1000000

The history is the realistic one of bench_dashboard (its day planner: the scans as a scanner types them, the
verdicts' details, QC, weights, label prints), about a year of it. Everything closed before its last twelfth (a month of a year) is
archived. Printed side by side, before / after: the live store's size (SQLite: the file, and after VACUUM;
PostgreSQL: the database, and after VACUUM FULL of the history tables), the archive's size, both per 1M scan
events (journal rows of kind `scan`); the archive run's time; and dashboard times for the last 7 days (live rows
only) and for a month inside the archived range (live sessions + archived journal).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_dashboard import load, timed  # noqa: E402
from harness import machine, pg_database  # noqa: E402

from packstation.app import Store, open_store  # noqa: E402
from packstation.domain.report_views import ReportFilter  # noqa: E402
from packstation.services.reports.archive import ArchiveService  # noqa: E402
from packstation.services.reports.service import ReportService  # noqa: E402
from packstation.store.archive import ARCHIVED_TABLES, archive_path  # noqa: E402
from packstation.store.models import Event  # noqa: E402

MB = 1024 * 1024
HISTORY = ("events", "packed_units", "qc_results", "pack_sessions", "orders", "order_lines")


def _sqlite_sizes(store: Store) -> dict[str, float]:
    path = Path(store.engine.url.database or "")
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        pages, free, size = (
            conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in ("page_count", "freelist_count", "page_size")
        )
    arch = archive_path(store.url)
    return {
        "file": path.stat().st_size / MB,
        "used": (pages - free) * size / MB,  # type: ignore[operator]
        "archive": arch.stat().st_size / MB if arch and arch.exists() else 0.0,
    }


def _pg_sizes(store: Store) -> dict[str, float]:
    with store.engine.connect() as conn:
        db = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
        live = conn.execute(
            text(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
            )
        ).scalar()
        arch = conn.execute(
            text(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'archive' AND c.relkind = 'r'"
            )
        ).scalar()
    return {"file": db / MB, "used": live / MB, "archive": arch / MB}  # type: ignore[operator]


def _compact(store: Store) -> None:
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for name in (*ARCHIVED_TABLES, "pack_sessions"):
            conn.execute(text(f"VACUUM FULL ANALYZE {name}"))


def run(url: str, label: str, events: int) -> None:
    print(f"{label}: loading…", flush=True)
    store = open_store(url)
    t0 = time.perf_counter()
    start, end = load(store, events)
    print(f"  set-up {time.perf_counter() - t0:.1f} s", flush=True)
    from packstation.services.reports.report_aggregates import refresh_all

    refresh_all(store.sessions)  # the hourly aggregates of the loaded history, before anything is timed
    sizes = _sqlite_sizes if store.engine.dialect.name == "sqlite" else _pg_sizes
    with store.sessions() as s:
        n_events = int(s.scalar(select(func.count()).select_from(Event)) or 0)
        scans = int(s.scalar(select(func.count()).select_from(Event).where(Event.kind == "scan")) or 0)
    service = ReportService(store.sessions)
    week = (end - dt.timedelta(days=7), end)
    span = end - start
    old_month = (start + span / 12, start + span / 6)  # a month of a year, inside the archived range
    before_sizes = sizes(store)
    t_week = timed(lambda: service.dashboard(ReportFilter(*week)))
    t_old = timed(lambda: service.dashboard(ReportFilter(*old_month)))
    cut = end - span / 12  # everything but the last month (of a year) moves
    t0 = time.perf_counter()
    result = ArchiveService(store.engine, store.sessions).run(cut)
    t_archive = time.perf_counter() - t0
    after_sizes = sizes(store)
    _compact(store)
    compact_sizes = sizes(store)
    with store.sessions() as s:
        live_scans = int(s.scalar(select(func.count()).select_from(Event).where(Event.kind == "scan")) or 0)
    per = 1_000_000 / scans
    moved = result.rows.get("events", 0)
    load_avg = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"  {n_events:,} journal rows, {scans:,} of them scans; archived {result.orders:,} orders closed before "
        f"{cut:%Y-%m-%d} ({moved:,} journal rows) in {t_archive:.1f} s ({moved / t_archive:,.0f} rows/s); "
        f"{live_scans:,} scans stay live; load average {load_avg}"
    )
    print(f"  {'':<52} {'before':>12} {'after':>12}")
    print(f"  {'store size, MB':<52} {before_sizes['file']:12.1f} {after_sizes['file']:12.1f}")
    print(f"  {'store size after VACUUM (FULL), MB':<52} {'':>12} {compact_sizes['file']:12.1f}")
    print(f"  {'live history tables / used pages, MB':<52} {before_sizes['used']:12.1f} {compact_sizes['used']:12.1f}")
    print(f"  {'archive, MB':<52} {before_sizes['archive']:12.1f} {compact_sizes['archive']:12.1f}")
    print(f"  {'store per 1M scan events of its history, MB':<52} {before_sizes['file'] * per:12.1f} {'':>12}")
    if live_scans:
        print(
            f"  {'live store per 1M live scan events, MB':<52} {'':>12} "
            f"{compact_sizes['file'] * 1_000_000 / live_scans:12.1f}"
        )
    print(
        f"  {'archive per 1M archived scan events, MB':<52} {'':>12} "
        f"{compact_sizes['archive'] * 1_000_000 / max(scans - live_scans, 1):12.1f}"
    )
    t0 = time.perf_counter()
    hours = refresh_all(store.sessions)  # the archive's deletes marked the moved orders' hours: recomputed once
    print(
        f"  aggregates of {hours:,} hours touched by the archive recomputed in {time.perf_counter() - t0:.1f} s",
        flush=True,
    )
    a_week = timed(lambda: service.dashboard(ReportFilter(*week)))
    a_old = timed(lambda: service.dashboard(ReportFilter(*old_month)))
    print(f"  {'dashboard, last 7 days (live), ms':<52} {t_week * 1000:12.1f} {a_week * 1000:12.1f}")
    print(
        f"  {'dashboard, a month in the archived range, ms':<52} {t_old * 1000:12.1f} {a_old * 1000:12.1f}", flush=True
    )
    store.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    print(f"machine: {machine()}; load average at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            run(f"sqlite:///{Path(tmp) / 'bench.db'}", "SQLite", args.events)
    if not args.no_pg:
        try:
            with pg_database(prefix="packstation_bench_archive") as url:
                run(url, "PostgreSQL", args.events)
        except Exception as exc:  # noqa: BLE001 - no server: say so
            if "connection" not in str(exc).lower():
                raise
            print(f"PostgreSQL skipped: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
