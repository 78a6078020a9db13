"""Enter-to-painted in the packer's real window at a packer's pace, the completing scan included, against the same
scans with no pause (what a pause costs), on SQLite and PostgreSQL.

    python -m tests.benchmarks.bench_window_pace [--orders 6] [--lines 5] [--pause 1 8] [--no-pg]

The window is the production one (`build_window` on a real `StationService`, offscreen or under Xvfb when
DISPLAY is set), with the station process's garbage-collection rule installed as `app.run_station` does. Before each
scan the event loop runs for the pause (the window's print-queue and printer timers fire in it, as on a bench);
then the scanner's characters go in as key events and the clock runs from the Enter key to the banner painted.
Orders alternate between "paced" (1-8 s before every scan) and "tight" (the next scan as soon as the last one is
painted), so a change of load hits both. The clock stops when the banner's headline is painted with the verdict
(what the packer waits for); "page settled" is when every pending paint is done too (the box step's page after
the completing scan). Per scan also: this process's CPU time (to the page settled), the time spent inside SQL
statements (driver and server), and full garbage collections that ran during it.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event  # noqa: E402

from packstation.app import Store, open_store  # noqa: E402
from packstation.config import Settings  # noqa: E402
from packstation.gui.launch import build_window  # noqa: E402
from packstation.services.packing import collector  # noqa: E402
from packstation.services.packing.station import StationService  # noqa: E402
from packstation.store.db import make_engine, make_session_factory  # noqa: E402
from tests.benchmarks.gui_probe import _barcode, _enter_to_verdict  # noqa: E402
from tests.benchmarks.harness import machine, pg_database, report, summary_ms  # noqa: E402
from tests.helpers.bench_world import PIN, add_orders, build_floor  # noqa: E402


def wait(seconds: float) -> None:
    """Let the event loop run for `seconds` (timers fire, paints happen), as the window idles between scans."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


class SqlClock:
    """Seconds the window's own thread spent inside SQL statements (cursor execute, driver and server)."""

    def __init__(self, engine: Any) -> None:
        self.spent = 0.0
        self._t0 = 0.0
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, *_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():  # the scan's own statements, not the workers'
            self._t0 = time.perf_counter()

    def _after(self, *_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            self.spent += time.perf_counter() - self._t0


def run(
    url: str, label: str, orders: int, lines: int, pause: tuple[float, float], seed: int, fifo: bool = False
) -> list[tuple[Any, ...]]:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    rng = random.Random(seed)
    open_store(url).dispose()  # migrated
    engine = make_engine(url, pool_use_lifo=not fifo)
    store = Store(engine=engine, sessions=make_session_factory(engine), url=url)
    label += ", FIFO pool" if fifo else ""
    floor = build_floor(store, skus=max(lines, 5))
    ids = add_orders(store, floor, 2 * orders, lines, prefix=f"WPACE{uuid.uuid4().hex[:4]}-")
    sql = SqlClock(store.engine)
    full: list[int] = []
    scanning = [False]

    def count(phase: str, info: dict[str, Any]) -> None:
        if phase == "start" and info["generation"] == 2 and scanning[0]:
            full.append(1)

    gc.callbacks.append(count)
    samples: dict[tuple[str, str], list[tuple[float, float, float, int, float]]] = {}
    collector.install()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db_url=url, station=floor.stations[0], print_dir=Path(tmp), label_format="zpl")
        station = StationService(store, settings)
        window = build_window(station, settings, sounds=False)
        window.resize(1366, 768)
        window.show()
        wait(0.5)
        window.sign_in(floor.badges[0], PIN)
        for n, order_id in enumerate(ids):
            paced = n % 2 == 0
            window.claim(_barcode(store, order_id))
            wait(0.3)  # the claim's paint and the idle work after it (the between-orders collection)
            session = window.session
            assert session is not None, window.banner.headline
            for position, line in enumerate(session.lines):
                if paced:
                    wait(rng.uniform(*pause))  # the packer reaches for the next item
                else:
                    QApplication.processEvents()
                spent0, full0 = sql.spent, len(full)
                scanning[0] = True
                took, settled, cpu = _enter_to_verdict(window, line.barcode)
                scanning[0] = False
                key = (
                    "paced" if paced else "tight",
                    "completing scan" if position == len(session.lines) - 1 else "other scans",
                )
                samples.setdefault(key, []).append((took, cpu, sql.spent - spent0, len(full) - full0, settled))
                assert window.banner.look == "ok", (window.banner.headline, window.banner.detail)
            window.session = None
            station.packing.suspend(session.session_id, "benchmark")
            window.show_session(None)
            wait(0.2)
        window.close()
    gc.callbacks.remove(count)
    store.dispose()
    rows = []
    for (pace, which), got in sorted(samples.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        s = summary_ms([t for t, *_ in got])
        cpu = summary_ms([c for _, c, *_ in got])
        in_sql = summary_ms([q for _, _, q, *_ in got])
        page = summary_ms([p for *_, p in got])
        rows.append(
            (
                label,
                which,
                pace,
                s["n"],
                s["p50"],
                s["p90"],
                s["p99"],
                s["max"],
                f"{cpu['p50']:.1f} / {cpu['max']:.1f}",
                f"{in_sql['p50']:.1f} / {in_sql['max']:.1f}",
                sum(g for *_, g, _p in got),
                f"{page['p50']:.1f} / {page['p99']:.1f}",
            )
        )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--orders", type=int, default=6, help="orders per pace (paced and tight)")
    ap.add_argument("--lines", type=int, default=5)
    ap.add_argument("--pause", type=float, nargs=2, default=(1.0, 8.0), metavar=("MIN", "MAX"))
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--fifo", action="store_true", help="before: the pool hands out its longest-idle connection")
    args = ap.parse_args()
    print(
        f"machine: {machine()}; load average at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}; "
        f"Qt platform {os.environ['QT_QPA_PLATFORM']}",
        flush=True,
    )
    rows: list[tuple[Any, ...]] = []
    with tempfile.TemporaryDirectory() as tmp:
        rows += run(
            f"sqlite:///{Path(tmp) / 'pace.db'}",
            "SQLite",
            args.orders,
            args.lines,
            tuple(args.pause),
            args.seed,
            args.fifo,
        )  # type: ignore[arg-type]
    if not args.no_pg:
        with pg_database() as url:
            rows += run(
                url,
                "PostgreSQL",
                args.orders,
                args.lines,
                tuple(args.pause),
                args.seed,  # type: ignore[arg-type]
                args.fifo,
            )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    report(
        f"Window, Enter to the verdict painted, {args.pause[0]:g}-{args.pause[1]:g} s pauses against none ({args.lines}-line "
        "orders)",
        (
            "database",
            "scans",
            "pace",
            "n",
            "p50 ms",
            "p90 ms",
            "p99 ms",
            "max ms",
            "CPU p50/max ms",
            "in SQL p50/max ms",
            "full GCs",
            "page settled p50/p99 ms",
        ),
        rows,
        f"load average at the end: {load} on {os.cpu_count()} CPUs",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
