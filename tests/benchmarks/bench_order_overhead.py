"""Order overhead: software time per order from the last item scan to the label printed (printer excluded).

Through the real `StationService` on a SQLite file: the last item scan (the station plans the box), then the box
scan (slips issued, label issued, rendered, queued and handed to a folder printer, all registered). The folder
printer writes a file and fsyncs it, a stand-in for a printer that answers at once.

    python -m tests.benchmarks.bench_order_overhead [--orders 40]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from packstation.app import open_store
from packstation.config import Settings
from packstation.domain.vocabulary import SessionState
from packstation.services.packing.station import StationService
from tests.benchmarks.harness import report, summary_ms
from tests.helpers.bench_world import PIN, add_orders, build_floor


def measure(fmt: str, orders: int, lines: int, folder: Path) -> dict[str, list[float]]:
    store = open_store(f"sqlite:///{folder / f'overhead-{fmt}.db'}")
    floor = build_floor(store, skus=20)
    ids = add_orders(store, floor, orders + 1, lines)
    settings = Settings(
        db_url=store.url, station=floor.stations[0], print_dir=folder / f"prints-{fmt}", label_format=fmt
    )
    station = StationService(store, settings)
    user = station.sign_in(floor.badges[0], PIN)
    out: dict[str, list[float]] = {"last scan": [], "box scan to label printed": [], "total": []}
    for n in range(len(ids)):
        view = station.claim(user.id, _ref(n))
        for line in view.lines[:-1]:
            _verdict, view = station.scan(view.session_id, line.barcode)
        t0 = time.perf_counter()
        _verdict, view = station.scan(view.session_id, view.lines[-1].barcode)
        t1 = time.perf_counter()
        verdict, view = station.scan(view.session_id, floor.box_barcode)
        t2 = time.perf_counter()
        assert view.state == SessionState.VERIFY and view.labels_expected, (verdict, view.blockers)
        if n:  # the first order pays for imports and caches
            out["last scan"].append(t1 - t0)
            out["box scan to label printed"].append(t2 - t1)
            out["total"].append(t2 - t0)
        for code in sorted(view.labels_expected):
            _verdict, view = station.scan(view.session_id, code)
        station.close(view.session_id)
    store.dispose()
    return out


def _ref(n: int) -> str:
    return f"BO{n:06d}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=40)
    parser.add_argument("--lines", type=int, default=3)
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("pdf", "zpl"):
            for step, samples in measure(fmt, args.orders, args.lines, Path(tmp)).items():
                s = summary_ms(samples)
                rows.append((fmt, step, s["n"], s["p50"], s["p99"], s["max"]))
    report(
        f"Order overhead, last item scan to label printed ({args.lines}-line orders, ms)",
        ("label", "step", "orders", "p50 ms", "p99 ms", "max ms"),
        rows,
    )


if __name__ == "__main__":
    main()
