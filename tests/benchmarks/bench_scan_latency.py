"""Scan latency: from the Enter key of a scan to the verdict painted, the scan durable, on a store with 1M events.

Two paths are measured on the same store:
- service: `PackingService.scan` alone (parse, judge, journal row committed with synchronous=FULL), and
- gui: the packer's real window offscreen on the real station service (when `packstation.services.station` exists):
  the scanner's characters and Enter go in as key events, the clock stops when the verdict banner has repainted.
Each on a 5-line order and on a 1,000-line order (the pick list must not slow the scan).

    python -m tests.benchmarks.bench_scan_latency              # 1M history events, SQLite
    python -m tests.benchmarks.bench_scan_latency --events 100000 --pg   # smaller store, PostgreSQL too

Target: p99 under 16 ms (one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from packstation.app import Store, open_store
from packstation.services.packing import PackingService
from tests.benchmarks.harness import pg_database, report, summary_ms
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
    return floor, small_ids, large_id


def service_latency(store: Store, *, small_orders: int = 40, large_lines: int = 1000,
                    large_scans: int = 300) -> dict[str, list[float]]:
    """Seconds per `PackingService.scan` call on 5-line orders and on one large order."""
    floor, small_ids, large_id = _orders(store, small_orders, large_lines, "S")
    svc = PackingService(store, STATION)
    user = svc.sign_in(floor.badges[0], PIN)
    out: dict[str, list[float]] = {"5 lines": [], f"{large_lines} lines": []}

    def scan_order(order_id: int, n: int, bucket: list[float]) -> None:
        view = svc.claim(user.id, order_id)
        for line in view.lines[:n]:
            code = line.barcode
            t0 = time.perf_counter()
            verdict, _view = svc.scan(view.session_id, code, scan_id=str(uuid.uuid4()))
            bucket.append(time.perf_counter() - t0)
            assert verdict.code == "accepted", verdict
        svc.suspend(view.session_id, "benchmark")

    for order_id in small_ids:
        scan_order(order_id, 5, out["5 lines"])
    scan_order(large_id, large_scans, out[f"{large_lines} lines"])
    return out


def gui_latency(store: Store, settings_url: str, *, small_orders: int = 20, large_lines: int = 1000,
                large_scans: int = 150) -> dict[str, list[float]] | None:
    """Enter-to-painted latency through the real window offscreen; None when the station service is not built."""
    try:
        from tests.benchmarks.gui_probe import measure_gui
    except ImportError:
        return None
    floor, small_ids, large_id = _orders(store, small_orders, large_lines, "G")
    return measure_gui(store, settings_url, floor, small_ids, large_id, large_scans)


def run(events: int, pg: bool) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store = sqlite_with_history(Path(tmp) / "bench.db", events)
        print(f"SQLite store with {event_count(store):,} events ready in {time.perf_counter() - t0:.1f} s", flush=True)
        for name, samples in service_latency(store).items():
            s = summary_ms(samples)
            rows.append(("SQLite", "service", name, s["n"], s["p50"], s["p99"], s["max"]))
        gui = gui_latency(store, store.url)
        for name, samples in (gui or {}).items():
            s = summary_ms(samples)
            rows.append(("SQLite", "GUI offscreen", name, s["n"], s["p50"], s["p99"], s["max"]))
        store.dispose()
    if pg:
        with pg_database() as url:
            store = open_store(url)
            t0 = time.perf_counter()
            fill_history(store, events)
            print(f"PostgreSQL store with {event_count(store):,} events ready in {time.perf_counter() - t0:.1f} s",
                  flush=True)
            for name, samples in service_latency(store).items():
                s = summary_ms(samples)
                rows.append(("PostgreSQL", "service", name, s["n"], s["p50"], s["p99"], s["max"]))
            store.dispose()
    report(f"Scan latency, store holding {events:,} history events (ms; target p99 < 16)",
           ("database", "path", "order", "scans", "p50 ms", "p99 ms", "max ms"), rows,
           "" if gui is not None else "GUI path not measured: packstation.services.station is not built yet.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="history events in the store")
    parser.add_argument("--pg", action="store_true", help="also measure on PostgreSQL (slow to fill)")
    args = parser.parse_args(argv)
    run(args.events, args.pg)


if __name__ == "__main__":
    main()
