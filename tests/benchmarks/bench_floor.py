"""A floor: N simulated stations (threads, each its own PackingService and connections) claiming and packing orders
concurrently against PostgreSQL. Reports throughput and claim conflicts, and checks that no order was packed twice
and no acknowledged event was lost.

Stations take orders the way totes arrive: each picks one of the oldest unclaimed orders at random (so stations
collide on the same order, as two packers grabbing one tote), claims it, scans every unit, confirms the box,
registers slip and label, scans the label and closes.

    python -m tests.benchmarks.bench_floor [--stations 50] [--orders 1000]
"""

from __future__ import annotations

import argparse
import random
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select

from packstation.app import Store, open_store
from packstation.domain.errors import DomainError
from packstation.services.packing.claims import next_candidates
from packstation.services.packing.service import PackingService
from packstation.store.db import make_engine, make_session_factory, transaction
from packstation.store.models import Event, Order, OrderLine, PackedUnit, PackSession
from tests.benchmarks.harness import pg_database, report, summary_ms
from tests.helpers.bench_world import add_orders, build_floor


@dataclass
class StationLog:
    closed: list[str] = field(default_factory=list)
    acked: list[str] = field(default_factory=list)
    conflicts: Counter[str] = field(default_factory=Counter)
    order_s: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def station_loop(url: str, code: str, badge: str, box: str, stop: threading.Event, log: StationLog, seed: int) -> None:
    # One connection per bench and no overflow: 50 benches hold 50 of PostgreSQL's default 100 connections.
    engine = make_engine(url, pool_size=1, max_overflow=0)
    store = Store(engine, make_session_factory(engine), url)
    rng = random.Random(seed)
    try:
        svc = PackingService(store, code)
        user = svc.sign_in(badge)
        while not stop.is_set():
            with transaction(store.sessions) as db:
                candidates = next_candidates(db, limit=8)
            if not candidates:
                return
            order_id = rng.choice(candidates)
            t0 = time.perf_counter()
            try:
                view = svc.claim(user.id, order_id)
            except DomainError as exc:
                log.conflicts[exc.code] += 1
                continue
            for line in view.lines:
                for _ in range(line.ordered - line.scanned):
                    scan_id = str(uuid.uuid4())
                    verdict, view = svc.scan(view.session_id, line.barcode, scan_id)
                    if verdict.code != "accepted":
                        log.errors.append(f"{view.order_ref}: {verdict.code}")
                    log.acked.append(scan_id)
            svc.confirm_box(view.session_id, box)
            svc.register_slips(view.session_id, [])
            svc.register_labels(view.session_id, [f"TRK-{view.order_ref}"])
            scan_id = str(uuid.uuid4())
            svc.scan(view.session_id, f"TRK-{view.order_ref}", scan_id)
            log.acked.append(scan_id)
            closed = svc.close(view.session_id)
            log.closed.append(closed.order_ref)
            log.order_s.append(time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - reported in the table, never hidden
        log.errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
    finally:
        engine.dispose()


def run(stations: int, orders: int, lines: int) -> None:
    with pg_database() as url:
        store = open_store(url)
        floor = build_floor(store, skus=40, packers=stations, stations=stations, pin=False)
        add_orders(store, floor, orders, lines)
        store.dispose()
        logs = [StationLog() for _ in range(stations)]
        stop = threading.Event()
        threads = [
            threading.Thread(
                target=station_loop, args=(url, floor.stations[i], floor.badges[i], floor.box_barcode, stop, logs[i], i)
            )
            for i in range(stations)
        ]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
        store = open_store(url, migrate=False)
        with store.sessions() as db:
            closed_sessions = Counter(db.scalars(select(PackSession.order_id).where(PackSession.state == "closed")))
            packed = dict(
                db.execute(
                    select(PackSession.order_id, func.sum(PackedUnit.quantity))
                    .join(PackedUnit, PackedUnit.session_id == PackSession.id)
                    .group_by(PackSession.order_id)
                ).all()
            )
            ordered = dict(
                db.execute(select(OrderLine.order_id, func.sum(OrderLine.quantity)).group_by(OrderLine.order_id)).all()
            )
            not_closed = db.scalar(select(func.count()).select_from(Order).where(Order.status != "closed"))
            acked = [a for log in logs for a in log.acked]
            stored: set[str] = set()
            for i in range(0, len(acked), 5000):
                stored |= set(db.scalars(select(Event.event_uuid).where(Event.event_uuid.in_(acked[i : i + 5000]))))
        store.dispose()
    closes = [ref for log in logs for ref in log.closed]
    twice = sum(1 for n in closed_sessions.values() if n > 1) + (len(closes) - len(set(closes)))
    wrong_units = sum(1 for oid, n in ordered.items() if packed.get(oid, 0) != n)
    conflicts = sum((log.conflicts for log in logs), Counter())
    errors = [e for log in logs for e in log.errors]
    per_order = summary_ms([s for log in logs for s in log.order_s])
    rows = [
        ("stations", stations),
        ("orders closed", len(closes)),
        ("orders left open", not_closed),
        ("wall time s", round(elapsed, 1)),
        ("throughput orders/min", round(len(closes) / elapsed * 60)),
        ("scans/s", round(len(acked) / elapsed)),
        ("order p50 / p99 ms", f"{per_order['p50']:.0f} / {per_order['p99']:.0f}"),
        ("claim conflicts resolved", f"{sum(conflicts.values())} ({dict(conflicts)})"),
        ("orders packed twice", twice),
        ("orders with wrong unit count", wrong_units),
        ("acknowledged events", len(acked)),
        ("events lost", len(acked) - len(stored)),
        ("station errors", len(errors)),
    ]
    report(
        f"Floor: {stations} stations on PostgreSQL, {orders} orders of {lines} lines",
        ("figure", "value"),
        rows,
        "\n".join(errors[:5]),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=50)
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--lines", type=int, default=3)
    args = parser.parse_args(argv)
    run(args.stations, args.orders, args.lines)


if __name__ == "__main__":
    main()
