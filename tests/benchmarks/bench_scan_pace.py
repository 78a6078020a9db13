"""Scans at a packer's pace: a pause of 1-8 s before every scan, through the station service, before and now.

    python -m tests.benchmarks.bench_scan_pace [--orders 6] [--lines 5] [--pause 1 4] [--no-pg]

"Before" is the code of issue #23's figures: `pool_pre_ping` on PostgreSQL (a round trip before every
transaction) and the box planned inside the scan that completes the order. "Now" pings only idle connections and
takes the plan started at the claim. Both run on the same store, order by order in turn (so a change of load hits
both), with the same random pauses. Reported: every scan, and the completing scan alone (p50/p90/p99/max, ms),
with statements per scan; the machine line and the load average beside them. Short by design (2 shared cores):
the p99 of 30 scans is their maximum but one.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from packstation.app import Store, open_store
from packstation.config import Settings
from packstation.services.packing.station import StationService
from packstation.store.db import make_engine, make_session_factory
from tests.benchmarks.harness import SqlCounter, machine, pg_database, report, summary_ms
from tests.helpers.bench_world import PIN, add_orders, build_floor

STATION = "BENCH-001"


def _station(url: str, tmp: Path, before: bool) -> tuple[StationService, SqlCounter]:
    engine = make_engine(url, pool_pre_ping=True) if before and url.startswith("postgresql") else make_engine(url)
    store = Store(engine=engine, sessions=make_session_factory(engine), url=url)
    station = StationService(store, Settings(db_url=url, station=STATION, print_dir=tmp / "prints"))
    if before:
        station._preplan = lambda view: None  # type: ignore[method-assign]  # planned in the last scan, as before
    return station, SqlCounter(engine)


def run(
    url: str, label: str, tmp: Path, orders: int, lines: int, pause: tuple[float, float], rng: random.Random
) -> list[tuple[Any, ...]]:
    setup = open_store(url)
    floor = build_floor(setup, skus=max(lines, 5))
    ids = add_orders(setup, floor, 2 * orders, lines, prefix=f"PACE{uuid.uuid4().hex[:4]}-")
    setup.dispose()
    configs = {"before": _station(url, tmp, True), "now": _station(url, tmp, False)}
    samples: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for n, order_id in enumerate(ids):
        name = ("before", "now")[n % 2]
        station, counter = configs[name]
        user = station.sign_in(floor.badges[0], PIN)
        view = station.claim(user.id, order_id)  # type: ignore[arg-type]  # the engine takes an id too
        for position, line in enumerate(view.lines):
            time.sleep(rng.uniform(*pause))  # the packer reaches for the next item
            mark = counter.mark()
            t0 = time.perf_counter()
            verdict, after = station.scan(view.session_id, line.barcode, scan_id=str(uuid.uuid4()))
            took = time.perf_counter() - t0
            assert verdict.code == "accepted", verdict
            statements = counter.since(mark)[0]
            samples.setdefault((name, "every scan"), []).append((took, statements))
            if position == len(view.lines) - 1:
                assert after.plan, "the completing scan shows the box plan"
                samples.setdefault((name, "completing scan"), []).append((took, statements))
        station.packing.suspend(view.session_id, "benchmark")
    for station, _ in configs.values():
        station.store.dispose()
    rows = []
    for (name, which), got in sorted(samples.items(), key=lambda kv: (kv[0][1] != "every scan", kv[0][0])):
        s = summary_ms([t for t, _ in got])
        stmts = sorted(c for _, c in got)
        rows.append((label, which, name, s["n"], s["p50"], s["p90"], s["p99"], s["max"], stmts[len(stmts) // 2]))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--orders", type=int, default=6, help="orders per configuration")
    ap.add_argument("--lines", type=int, default=5)
    ap.add_argument("--pause", type=float, nargs=2, default=(1.0, 4.0), metavar=("MIN", "MAX"))
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument("--seed", type=int, default=23)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    print(f"machine: {machine()}; load average at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    rows: list[tuple[Any, ...]] = []
    with tempfile.TemporaryDirectory() as tmp:
        rows += run(
            f"sqlite:///{Path(tmp) / 'pace.db'}", "SQLite", Path(tmp), args.orders, args.lines, tuple(args.pause), rng
        )  # type: ignore[arg-type]
        if not args.no_pg:
            try:
                with pg_database() as url:
                    rows += run(url, "PostgreSQL", Path(tmp), args.orders, args.lines, tuple(args.pause), rng)  # type: ignore[arg-type]
            except Exception as exc:  # noqa: BLE001 - no server: say so, keep the SQLite figures
                print(f"PostgreSQL skipped: {exc}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    report(
        f"Scans with {args.pause[0]:g}-{args.pause[1]:g} s pauses ({args.lines}-line orders)",
        ("database", "scans", "code", "n", "p50 ms", "p90 ms", "p99 ms", "max ms", "statements"),
        rows,
        f"load average at the end: {load} on {os.cpu_count()} CPUs",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
