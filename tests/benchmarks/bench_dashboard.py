"""Dashboard query times on a floor's history: ~1M journal rows on SQLite and on PostgreSQL.

Run (one command; PostgreSQL at PACKSTATION_TEST_PG_URL or 127.0.0.1:5432, skipped when unreachable):

    python tests/benchmarks/bench_dashboard.py --events 1000000
    python tests/benchmarks/bench_dashboard.py --events 5000000 --fill sql   # large stores, filled by the database

Every window is timed three times on the same store, side by side: "before" (the window indexes dropped, no
aggregates and, on PostgreSQL, JIT left on: the schema and code of issue #23's figures), "indexes" (indexes and
JIT off, every figure from raw rows: the first step), "hourly" (whole hours from the hourly aggregates, one row per
packer-hour folded in Python, raw rows for the edges), "folded" (the hourly aggregates folded in SQL: a few rows per
figure; the on-time figures still from every closed session of the range), "days" (whole days from the daily
rollup, the on-time figures from their own aggregates too) and "now" (whole 16-day blocks from the block rollup,
the days at the range's ends from the daily rollup). `--benches 50 --packers 150` gives the history a
floor's size (the aggregates grow with packer-hours, not with events). The aggregates' backfill after the load (every hour dirty) is timed on its own. `--phases now`
skips the slow baselines on large stores. `--fill sql` fills the history
with INSERT ... SELECT (history_fill.py: a few seconds per million rows) instead of planning every order here.

Set-up generates the same realistic history as `generate_history` (its day planner), with ids assigned here and
rows bulk-loaded: executemany on SQLite, COPY on PostgreSQL. Then it times, as a lead would use them: the dashboard
for one shift, one day, a week, a month and the whole history; a drill-down list; an order timeline (median of 3).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Table, create_engine, func, select, text

from packstation.app import Store, open_store
from packstation.demo.history import SHIFT_HOURS, SHIFT_START_UTC, _DayPlan, _Floor, _pack_order
from packstation.domain.report_views import ReportFilter
from packstation.services.reports.service import ReportService
from packstation.store.models import Event, Order, OrderLine, PackedUnit, PackSession

TABLES: tuple[Table, ...] = tuple(m.__table__ for m in (Order, OrderLine, PackSession, Event, PackedUnit))  # type: ignore[misc]


def _complete(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """Fill the columns a raw bulk load would leave NULL with the model's Python-side defaults."""
    for column in table.columns:
        if column.key in row:
            continue
        default = column.default
        if default is None:
            row[column.key] = None
        elif getattr(default, "is_callable", False):
            row[column.key] = default.arg(None)  # type: ignore[attr-defined]
        else:
            row[column.key] = default.arg  # type: ignore[attr-defined]
    return row


class Loader:
    """Plans days of packing and writes them with ids assigned here, in large batches."""

    def __init__(self, store: Store, seed: int) -> None:
        self.store = store
        self.rng = random.Random(seed)
        with store.sessions() as session, session.begin():
            self.floor = _Floor(session, self.rng)
        self.next_id = {t.name: 1 for t in TABLES}
        self.rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
        self.events = 0

    def plan_day(self, date: dt.date, day: int, days: int, orders_per_shift: int) -> None:
        plan = _DayPlan()
        floor, rng = self.floor, self.rng
        benches = floor.stations[:]
        rng.shuffle(benches)
        gap = SHIFT_HOURS * 3600 / orders_per_shift
        drift = 0.01 + 0.30 * (day + 1) / days
        for p_index, packer in enumerate(floor.packers):
            station = benches[p_index % len(benches)]
            t = dt.datetime(date.year, date.month, date.day, SHIFT_START_UTC, tzinfo=dt.UTC)
            for _n in range(orders_per_shift):
                ref = f"B{self.next_id['orders'] + len(plan.orders):08d}"
                wrong = 0.12 if packer == floor.new_packer else 0.015
                t = _pack_order(
                    plan,
                    floor,
                    rng,
                    t,
                    packer,
                    1.0,
                    wrong,
                    station,
                    drift if station == floor.drift_station else 0.012,
                    ref,
                    "closed",
                )
                t += dt.timedelta(seconds=rng.uniform(0.5, 1.5) * max(gap - 45, 10))
        self._assign(plan)

    def _assign(self, plan: _DayPlan) -> None:
        ids = self.next_id
        for order, lines, sess, events in zip(plan.orders, plan.lines, plan.sessions, plan.events, strict=True):
            oid, sid = ids["orders"], ids["pack_sessions"]
            ids["orders"] += 1
            ids["pack_sessions"] += 1
            self.rows["orders"].append(dict(order, id=oid))
            self.rows["pack_sessions"].append(dict(sess, id=sid, order_id=oid))
            line_ids = []
            for line in lines:
                line_ids.append(ids["order_lines"])
                self.rows["order_lines"].append(dict(line, id=ids["order_lines"], order_id=oid))
                ids["order_lines"] += 1
            for row, line_index in events:
                eid = ids["events"]
                ids["events"] += 1
                line_id = line_ids[line_index] if line_index is not None else None
                self.rows["events"].append(
                    dict(
                        row,
                        id=eid,
                        order_id=oid,
                        session_id=sid,
                        order_line_id=line_id,
                        event_uuid=str(uuid.UUID(int=self.rng.getrandbits(128))),
                    )
                )
                if line_id is not None:
                    self.rows["packed_units"].append(
                        {
                            "id": ids["packed_units"],
                            "session_id": sid,
                            "order_line_id": line_id,
                            "event_id": eid,
                            "quantity": 1,
                            "package_no": 1,
                        }
                    )
                    ids["packed_units"] += 1
                self.events += 1

    def flush(self) -> None:
        with self.store.engine.begin() as conn:
            for table in TABLES:
                rows = [_complete(table, r) for r in self.rows[table.name]]
                if not rows:
                    continue
                if conn.dialect.name == "postgresql":
                    _copy(conn, table, rows)
                else:
                    conn.execute(table.insert(), rows)
                self.rows[table.name] = []

    def finish(self) -> None:
        self.flush()
        with self.store.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                for table in TABLES:
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"(SELECT max(id) FROM {table.name}))"
                        )
                    )
            conn.execute(text("ANALYZE"))


def _copy(conn: Any, table: Table, rows: list[dict[str, Any]]) -> None:
    from psycopg.types.json import Json

    names = [c.key for c in table.columns]
    json_columns = {c.key for c in table.columns if c.type.__class__.__name__ == "JSON"}
    raw = conn.connection.driver_connection
    with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([Json(row[n]) if n in json_columns else row[n] for n in names])


def load(store: Store, events: int, seed: int = 7, orders_per_shift: int = 60) -> tuple[dt.datetime, dt.datetime]:
    """About `events` journal rows of history ending yesterday; returns the covered [start, end)."""
    loader = Loader(store, seed)
    per_day = len(loader.floor.packers) * orders_per_shift * 10  # ~10 rows per order
    days = max(1, events // per_day)
    end = dt.datetime.now(dt.UTC).date()
    first = end - dt.timedelta(days=days)
    for day in range(days):
        loader.plan_day(first + dt.timedelta(days=day), day, days, orders_per_shift)
        if len(loader.rows["events"]) > 200_000:
            loader.flush()
    loader.finish()
    print(f"  loaded {loader.events:,} events, {loader.next_id['orders'] - 1:,} orders over {days} days")
    return (dt.datetime.combine(first, dt.time(), tzinfo=dt.UTC), dt.datetime.combine(end, dt.time(), tzinfo=dt.UTC))


def timed(fn: Callable[[], Any], repeat: int = 3) -> float:
    """The median of `repeat` calls, each as the lead window makes it: in a worker with the automatic garbage
    collection held off, the full collection after it (`packstation lead`, once the figures are on screen) untimed."""
    from packstation.services.packing import collector

    times = []
    for _ in range(repeat):
        with collector.no_collection_here():
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        collector.between_orders()
    return statistics.median(times)


WINDOW_INDEX = "ix_pack_sessions_state_ended_at"
ERRORS_INDEX = "ix_events_errors_at"


def _baseline(
    store: Store,
    on: bool,
    aggregates: bool = True,
    fold_in_sql: bool = True,
    delivery_hours: bool = True,
    blocks: bool = True,
) -> None:
    """Put the store and the report code in the state before issue #23 (on) or back to now (off); `fold_in_sql`
    off: the aggregates read one row per packer-hour and folded in Python (the "hourly" phase); `delivery_hours`
    off: the on-time figures read every closed session of the range and no daily rollup (the "folded" phase);
    `blocks` off: every clean day from the daily rollup, no 16-day blocks (the "days" phase)."""
    import packstation.services.reports.service as reports

    reports.ReportService.use_aggregates = aggregates and not on
    reports.ReportService.fold_in_sql = fold_in_sql
    reports.ReportService.delivery_from_aggregates = delivery_hours
    reports.ReportService.use_days = delivery_hours  # the daily rollup came with the delivery aggregate
    reports.ReportService.use_blocks = blocks

    with store.engine.begin() as conn:
        if on:
            conn.execute(text(f"DROP INDEX IF EXISTS {WINDOW_INDEX}"))
            conn.execute(text(f"DROP INDEX IF EXISTS {ERRORS_INDEX}"))
        else:
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS {WINDOW_INDEX} ON pack_sessions (state, ended_at)"))
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS {ERRORS_INDEX} ON events (at) WHERE error_type IS NOT NULL"))
        conn.execute(text("ANALYZE pack_sessions"))
        conn.execute(text("ANALYZE events"))
    reports.no_jit = (lambda session, dialect: None) if on else _NO_JIT


import packstation.services.reports.service as _reports  # noqa: E402

_NO_JIT = _reports.no_jit


def run(
    url: str,
    label: str,
    events: int,
    fill: str = "planned",
    phases: tuple[str, ...] = ("before", "indexes", "now"),
    floor: tuple[int, int] = (4, 4),
) -> list[tuple[str, str, float]]:
    print(f"{label}: loading…", flush=True)
    store = open_store(url)
    t0 = time.perf_counter()
    if fill == "sql":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from history_fill import fill_history

        end_t = dt.datetime.combine(dt.datetime.now(dt.UTC).date(), dt.time(), tzinfo=dt.UTC)
        fill_history(store, events, days=365, end=end_t, stations=floor[0], packers=floor[1])
        start, end = end_t - dt.timedelta(days=365), end_t
    elif fill == "none":  # a history kept by an earlier --keep-pg run: its year, as that run timed it
        with store.sessions() as s:
            last_close = s.scalar(select(func.max(PackSession.ended_at)))
        assert last_close is not None, "--fill none needs a database with history (--keep-pg NAME)"
        end = dt.datetime.combine(last_close.date() + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
        start = end - dt.timedelta(days=365)
    else:
        start, end = load(store, events)
    print(f"  set-up {time.perf_counter() - t0:.1f} s", flush=True)
    from packstation.services.reports.report_aggregates import refresh_all

    t0 = time.perf_counter()
    hours = refresh_all(store.sessions)
    print(f"  aggregates computed for {hours:,} hours in {time.perf_counter() - t0:.1f} s", flush=True)
    with store.sessions() as s:
        n_events = s.scalar(select(func.count()).select_from(Event))
    service = ReportService(store.sessions)
    last = end - dt.timedelta(days=1)
    shift = (last + dt.timedelta(hours=SHIFT_START_UTC), last + dt.timedelta(hours=SHIFT_START_UTC + SHIFT_HOURS))
    windows = {
        "dashboard, one shift": shift,
        "dashboard, one day": (last, end),
        "dashboard, 7 days": (end - dt.timedelta(days=7), end),
        "dashboard, 30 days": (end - dt.timedelta(days=30), end),
        "dashboard, 30 days, ragged edges": (end - dt.timedelta(days=30, minutes=-17), end - dt.timedelta(minutes=43)),
        f"dashboard, all {(end - start).days} days": (start, end),
    }
    week = ReportFilter(end - dt.timedelta(days=7), end)
    errors = service.error_events(week, error_type="wrong_item", limit=1)
    order_id = errors[0].order_id if errors else None
    results: list[tuple[str, str, float]] = []
    timings: dict[str, dict[str, float]] = {}
    for phase in phases:
        _baseline(
            store,
            phase == "before",
            aggregates=phase in ("hourly", "folded", "days", "now"),
            fold_in_sql=phase != "hourly",
            delivery_hours=phase in ("days", "now"),
            blocks=phase == "now",
        )
        for name, (a, b) in windows.items():
            repeat = 1 if (b - a).days > 60 and phase in ("before", "indexes", "folded") else 3
            timings.setdefault(name, {})[phase] = timed(lambda a=a, b=b: service.dashboard(ReportFilter(a, b)), repeat)
        timings.setdefault("drill-down: wrong items, 7 days", {})[phase] = timed(
            lambda: service.error_events(week, error_type="wrong_item")
        )
        if order_id is not None:
            timings.setdefault("order timeline", {})[phase] = timed(lambda: service.order_timeline(order_id))  # type: ignore[arg-type]
    _baseline(store, False)
    load_avg = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"  {'':<36}" + "".join(f" {p:>12}" for p in phases) + f"   ({n_events:,} events; load average {load_avg})")
    for name, t in timings.items():
        print(f"  {name:<36}" + "".join(f" {t[p] * 1000:9.1f} ms" for p in phases), flush=True)
        results.append((label, name, t[phases[-1]]))
    store.dispose()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--pg",
        default=os.environ.get("PACKSTATION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"),
    )
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument(
        "--phases",
        default="before,indexes,now",
        help="comma-separated: before (issue #23's state), indexes (no aggregates), hourly (aggregates, one row per "
        "packer-hour folded in Python), folded (aggregates folded in SQL, on-time figures raw), days (and the daily rollup), now (and the 16-day blocks)",
    )
    parser.add_argument(
        "--fill",
        choices=("planned", "sql", "none"),
        default="planned",
        help="planned: realistic days planned here; sql: INSERT ... SELECT, for millions of rows; none: time the "
        "history kept by an earlier --keep-pg NAME / --keep-sqlite PATH run",
    )
    parser.add_argument("--benches", type=int, default=4, help="stations of the --fill sql history (a floor: 50)")
    parser.add_argument(
        "--packers", type=int, default=4, help="packers of the --fill sql history (a floor: 150, three shifts)"
    )
    parser.add_argument(
        "--keep-pg",
        metavar="NAME",
        default="",
        help="fill the PostgreSQL history into database NAME and keep it (bench_real_floor --template NAME)",
    )
    parser.add_argument(
        "--keep-sqlite",
        metavar="PATH",
        default="",
        help="fill the SQLite history into the file PATH and keep it (later runs: --fill none --keep-sqlite PATH)",
    )
    args = parser.parse_args()
    floor = (args.benches, args.packers)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from harness import machine

    phases = tuple(p.strip() for p in args.phases.split(",") if p.strip())
    print(f"machine: {machine()}; load average at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.keep_sqlite and not args.no_sqlite:
        kept = Path(args.keep_sqlite).resolve()
        assert (args.fill == "none") == kept.exists(), (
            "--keep-sqlite: fill a new file, or time a kept one (--fill none)"
        )
        run(f"sqlite:///{kept}", "SQLite", args.events, args.fill, phases, floor)
    elif not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            run(f"sqlite:///{Path(tmp) / 'bench.db'}", "SQLite", args.events, args.fill, phases, floor)
    if args.no_pg:
        return 0
    from sqlalchemy.engine import make_url

    name = args.keep_pg or f"packstation_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
        if args.fill != "none" or not args.keep_pg:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001
        print(f"PostgreSQL skipped: {exc}")
        return 0
    try:
        run(
            make_url(args.pg).set(database=name).render_as_string(hide_password=False),
            "PostgreSQL",
            args.events,
            args.fill,
            phases,
            floor,
        )
    finally:
        if not args.keep_pg:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["load", "main"]
