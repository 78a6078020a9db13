"""Scan-path latency: `PackingService.scan` on a SQLite file (synchronous=FULL), small and 1,000-line orders.

Run: python tests/benchmarks/bench_scan.py [--scans N]. Prints median, p95 and max milliseconds per scan, each scan
committed to disk before it returns (what the packer waits for).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from packstation.app import open_store  # noqa: E402
from packstation.services.packing.service import PackingService  # noqa: E402
from packstation.store.db import transaction  # noqa: E402
from packstation.store.models.catalog import Barcode, Sku  # noqa: E402
from tests.helpers.packing_data import GTIN_MUG, GTIN_TEA, add_order, build_world  # noqa: E402


def measure(service: PackingService, session_id: int, codes: list[str]) -> list[float]:
    times = []
    for code in codes:
        start = time.perf_counter()
        service.scan(session_id, code + "\r")
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(
        f"{name:<34} n={len(times):>4}  median {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  "
        f"max {ordered[-1]:6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scans", type=int, default=200)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    store = open_store(f"sqlite:///{folder / 'bench.db'}")
    world = build_world(store)
    add_order(store, world, "SMALL", [("TEA", args.scans), ("MUG", 2)])
    with transaction(store.sessions) as db:  # 1,000 distinct SKUs, one line each
        for n in range(1000):
            sku = Sku(merchant_id=world.merchant_id, code=f"BULK-{n:04d}", weight_g=100)
            db.add(sku)
            db.flush()
            db.add(Barcode(sku_id=sku.id, code=f"BULK-{n:04d}", kind="vendor"))
            world.skus[sku.code] = sku.id
    add_order(store, world, "BIG", [(f"BULK-{n:04d}", 1) for n in range(1000)])
    service = PackingService(store, "BENCH-01")
    small = service.claim(world.packer_id, "ORD-SMALL").session_id
    report("small order, accepted", measure(service, small, [GTIN_TEA] * args.scans))
    report("small order, wrong item / unknown", measure(service, small, [GTIN_MUG, "NOPE"] * 20 + [GTIN_MUG]))
    service.suspend(small, "bench")
    big = service.claim(world.packer_id, "ORD-BIG").session_id
    report("1,000-line order, accepted", measure(service, big, [f"BULK-{n:04d}" for n in range(args.scans)]))
    store.dispose()


if __name__ == "__main__":
    main()
