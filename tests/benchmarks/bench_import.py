"""Import of a big orders file: time and peak memory (issue 17 part 10: 100,000 lines in at most 300 MB and at
least 3,000 lines/s on SQLite, still all-or-nothing).

    .venv/bin/python -m tests.benchmarks.bench_import [--lines 100000] [--db sqlite|postgresql]

Each import runs in a fresh child process on a fresh database so its peak resident memory (VmHWM) is its own.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.harness import machine

HEADER = (
    "merchant,order_ref,order_barcode,tote,placed_at,carrier,service,priority,currency,gift,gift_message,"
    "customer_ref,first_name,last_name,email,phone,locale,customer_orders_count,customer_lifetime_spend,"
    "customer_first_order_at,customer_last_order_at,customer_categories,ship_name,ship_line1,ship_line2,"
    "ship_postal_code,ship_city,ship_region,ship_country,line_no,sku,quantity,bin,lot_required,unit_price"
)
SKUS = 400
LINES_PER_ORDER = 4


def gtin13(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def write_files(folder: Path, lines: int, *, bad_last: bool = False) -> tuple[Path, Path]:
    catalog = folder / "catalog.csv"
    with catalog.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["merchant", "merchant_name", "sku", "description", "weight_g", "unit_price", "gtin"])
        for i in range(SKUS):
            out.writerow(["BIG", "Big Shop", f"SKU-{i:05d}", f"Item {i}", 100 + i, "9.90", gtin13(f"20{i:010d}")])
    orders = folder / "orders.csv"
    with orders.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER + "\n")
        out = csv.writer(handle)
        for n in range(lines):
            order, line_no = divmod(n, LINES_PER_ORDER)
            sku = "NO-SUCH-SKU" if bad_last and n == lines - 1 else f"SKU-{(order * 7 + line_no) % SKUS:05d}"
            out.writerow(
                [
                    "BIG",
                    f"O-{order:07d}",
                    "",
                    "",
                    "2025-03-01T09:12:00+01:00",
                    "bring",
                    "standard",
                    0,
                    "NOK",
                    "no",
                    "",
                    f"C-{order % 5000:05d}",
                    "Åse",
                    "Ødegård",
                    "ase@example.com",
                    "",
                    "nb",
                    3,
                    "100.00",
                    "",
                    "",
                    "",
                    "Åse Ødegård",
                    "Løkkeveien 3",
                    "",
                    "0253",
                    "Oslo",
                    "",
                    "NO",
                    line_no + 1,
                    sku,
                    1 + line_no % 3,
                    "A-01",
                    "",
                    "",
                ]
            )
    return catalog, orders


def _peak_kb() -> int:
    """This process's peak resident memory in KiB. Linux's VmHWM belongs to this program alone; ru_maxrss also
    counts the parent's memory at the fork before exec (a child of a 650 MB pytest reported 650 MB)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(url: str, catalog: str, orders: str) -> None:
    from packstation.app import open_store
    from packstation.domain.importing import ImportRejected
    from packstation.services.site.importing import import_file

    store = open_store(url)
    import_file(store, "catalog", Path(catalog))
    base = _peak_kb()
    start = time.perf_counter()
    try:
        result = import_file(store, "orders", Path(orders))
        outcome = result.describe()
    except ImportRejected as exc:
        outcome = f"rejected: {str(exc)[:200]}"
    seconds = time.perf_counter() - start
    peak = _peak_kb()
    print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "before_mb": base / 1024, "outcome": outcome}))


def measure(url: str, catalog: Path, orders: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_import", "--child", url, str(catalog), str(orders)],
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for bad in (False, True):
            catalog, orders = write_files(folder, args.lines, bad_last=bad)
            if args.db == "sqlite":
                url = f"sqlite:///{folder / ('bad' if bad else 'good')}.db"
            else:
                import uuid

                from sqlalchemy import create_engine, text

                admin = os.environ.get(
                    "PACKSTATION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
                )
                name = f"bench_import_{uuid.uuid4().hex[:8]}"
                engine = create_engine(admin, isolation_level="AUTOCOMMIT")
                with engine.connect() as conn:
                    conn.execute(text(f'CREATE DATABASE "{name}"'))
                url = admin.rsplit("/", 1)[0] + f"/{name}"
            figures = measure(url, catalog, orders)
            rate = args.lines / float(figures["seconds"])  # type: ignore[arg-type]
            print(
                f"{args.db} {args.lines} lines ({'last line bad' if bad else 'all good'}): "
                f"{figures['seconds']:.1f} s, {rate:,.0f} lines/s, peak RSS {figures['peak_mb']:.0f} MB "
                f"(before the import {figures['before_mb']:.0f} MB) -> {figures['outcome'][:120]}"
            )
            if args.db == "postgresql":
                with engine.connect() as conn:
                    conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
