"""Scan latency: from the Enter key of a scan to the verdict painted, the scan durable, on a store with 1M events.

Two paths are measured on the same store:
- service: `PackingService.scan` alone (parse, judge, journal row committed with synchronous=FULL), and
- gui: the packer's real window offscreen on the real station service (when `packstation.services.packing.station` exists):
  the scanner's characters and Enter go in as key events, the clock stops when the verdict banner has repainted.
Each on a 5-line order and on a 1,000-line order (the pick list must not slow the scan).

    python -m tests.benchmarks.bench_scan_latency              # 1M history events, SQLite
    python -m tests.benchmarks.bench_scan_latency --events 100000 --pg   # smaller store, PostgreSQL too

Target: p99 under 16 ms (one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from packstation.app import Store, open_store
from packstation.services.packing.service import PackingService
from tests.benchmarks.harness import SqlCounter, pg_database, report, summary_ms
from tests.benchmarks.history_fill import event_count, fill_history, sqlite_with_history
from tests.helpers.bench_world import PIN, add_orders, build_floor

STATION = "BENCH-001"


_FLOORS: dict[str, Any] = {}


def _orders(store: Store, small: int, large_lines: int, tag: str) -> tuple[Any, list[int], int]:
    """The bench floor (built once per store) and fresh 5-line orders and one large order for this run."""
    if store.url not in _FLOORS:
        _FLOORS[store.url] = build_floor(store, skus=max(large_lines, 5))
    floor = _FLOORS[store.url]
    small_ids = add_orders(store, floor, small, 5, prefix=f"LAT5{tag}-")
    large_id = add_orders(store, floor, 1, large_lines, prefix=f"LATL{tag}-")[0]
    if store.engine.dialect.name == "sqlite":
        # The import's pages go into the database file now, as SQLite's own checkpoint does during an import:
        # otherwise the first scans' checkpoint carries the whole import (a one-off ~200 ms on the 1M store).
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return floor, small_ids, large_id


# bucket -> [(seconds, SQL statements, commits, seconds from the last COMMIT sent to the answer, CPU seconds)]
Samples = dict[str, list[tuple[float, int, int, float, float]]]


def bucket(lines: int, position: int) -> str:
    """'5 lines' for scans that leave the order in the scanning step; '5 lines, last scan' for the one that
    completes it (it also moves the order to the box step: a state row, and at a station the box plan)."""
    return f"{lines} lines" + (", last scan" if position == lines - 1 else "")


def service_latency(
    store: Store, *, small_orders: int = 40, large_lines: int = 1000, large_scans: int = 300
) -> Samples:
    """Seconds, statements and commits per `PackingService.scan` call on 5-line orders and on one large order."""
    floor, small_ids, large_id = _orders(store, small_orders, large_lines, "S")
    svc = PackingService(store, STATION)
    user = svc.sign_in(floor.badges[0], PIN)
    counter = SqlCounter(store.engine)
    out: Samples = {}

    def scan_order(order_id: int, n: int) -> None:
        view = svc.claim(user.id, order_id)
        for position, line in enumerate(view.lines[:n]):
            code = line.barcode
            mark = counter.mark()
            cpu, t0 = time.process_time(), time.perf_counter()
            verdict, _view = svc.scan(view.session_id, code, scan_id=str(uuid.uuid4()))
            end = time.perf_counter()
            out.setdefault(bucket(len(view.lines), position), []).append(
                (end - t0, *counter.since(mark), end - counter.commit_started, time.process_time() - cpu)
            )
            assert verdict.code == "accepted", verdict
        svc.suspend(view.session_id, "benchmark")

    for order_id in small_ids:
        scan_order(order_id, 5)
    scan_order(large_id, large_scans)
    return out


def gui_latency(
    store: Store, settings_url: str, *, small_orders: int = 20, large_lines: int = 1000, large_scans: int = 150
) -> Samples | None:
    """Enter-to-painted latency through the real window offscreen; None when the station service is not built."""
    try:
        from tests.benchmarks.gui_probe import measure_gui
    except ImportError:
        return None
    floor, small_ids, large_id = _orders(store, small_orders, large_lines, "G")
    return measure_gui(store, settings_url, floor, small_ids, large_id, large_scans)


def _rows(database: str, path: str, samples: Samples) -> list[tuple[Any, ...]]:
    rows = []
    for name, got in samples.items():
        s = summary_ms([t for t, *_ in got])
        statements = sorted(n for _t, n, *_ in got)
        commits = sorted(c for _t, _n, c, *_ in got)
        commit = summary_ms([f for *_, f, _cpu in got])
        cpu = summary_ms([c for *_, c in got])
        rows.append(
            (
                database,
                path,
                name,
                s["n"],
                s["p50"],
                s["p90"],
                s["p99"],
                s["max"],
                f"{cpu['p50']:.1f} / {cpu['p99']:.1f}",
                f"{commit['p50']:.1f} / {commit['p99']:.1f}",
                f"{statements[len(statements) // 2]} ({statements[-1]})",
                f"{commits[len(commits) // 2]} ({commits[-1]})",
            )
        )
    return rows


def fsync_ms(folder: Path, n: int = 200) -> dict[str, float]:
    """write+fsync of one 4 KiB page in `folder`: the floor under a durable commit on this disk."""
    path = folder / "fsync-probe.bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
    samples = []
    try:
        for i in range(n):
            t0 = time.perf_counter()
            os.pwrite(fd, b"x" * 4096, (i % 16) * 4096)
            os.fsync(fd)
            samples.append(time.perf_counter() - t0)
    finally:
        os.close(fd)
        path.unlink()
    return summary_ms(samples)


def run(events: int, pg: bool, gui: bool = True) -> None:
    rows: list[tuple[Any, ...]] = []
    shown: Samples | None = None
    with tempfile.TemporaryDirectory() as tmp:
        disk = fsync_ms(Path(tmp))
        t0 = time.perf_counter()
        store = sqlite_with_history(Path(tmp) / "bench.db", events)
        print(f"SQLite store with {event_count(store):,} events ready in {time.perf_counter() - t0:.1f} s", flush=True)
        rows += _rows("SQLite", "service", service_latency(store))
        if gui:
            shown = gui_latency(store, store.url)
            rows += _rows("SQLite", "window offscreen", shown or {})
        store.dispose()
    if pg:
        with pg_database() as url:
            store = open_store(url)
            t0 = time.perf_counter()
            fill_history(store, events)
            print(
                f"PostgreSQL store with {event_count(store):,} events ready in {time.perf_counter() - t0:.1f} s",
                flush=True,
            )
            rows += _rows("PostgreSQL", "service", service_latency(store))
            store.dispose()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    notes = (
        f"Disk: write+fsync of a 4 KiB page p50 {disk['p50']:.2f} ms, p99 {disk['p99']:.2f} ms. "
        f"Load average at the end: {load}. SQL = statements per scan, median (max); commits likewise. CPU = this process's CPU ms per scan (our code, "
        "SQLAlchemy, SQLite; Qt in the window path). commit p50/p99 = ms from the last COMMIT "
        "sent to the answer (the fsync and what follows it; in the window path also the repaint)."
    )
    if gui and shown is None:
        notes += "\nGUI path not measured: packstation.services.packing.station is not built yet."
    report(
        f"Scan latency, store holding {events:,} history events (ms; target p99 < 16)",
        (
            "database",
            "path",
            "order",
            "scans",
            "p50 ms",
            "p90 ms",
            "p99 ms",
            "max ms",
            "CPU p50/p99",
            "commit p50/p99",
            "SQL",
            "commits",
        ),
        rows,
        notes,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="history events in the store")
    parser.add_argument("--pg", action="store_true", help="also measure on PostgreSQL (slow to fill)")
    parser.add_argument("--no-gui", action="store_true", help="the service path only")
    args = parser.parse_args(argv)
    run(args.events, args.pg, gui=not args.no_gui)


if __name__ == "__main__":
    main()
