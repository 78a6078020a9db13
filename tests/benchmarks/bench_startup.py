"""Start-up to ready-to-scan: a fresh process until the packer's window is shown and idle (target under 2 s).

Each run is a new Python process (imports included, as at the bench), on a SQLite file already holding the demo
floor, and optionally the 1M-event history. "Ready" is the window shown offscreen with the sign-in screen waiting
for a badge and the event loop idle; "service only" stops after the station service is built (no Qt).

    python -m tests.benchmarks.bench_startup [--runs 5] [--events 1000000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from packstation.app import open_store
from tests.benchmarks.harness import report, summary_ms

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from packstation.config import Settings
from packstation.app import open_store
from packstation.services.packing.station import StationService
url, gui = sys.argv[1], sys.argv[2] == "gui"
settings = Settings(db_url=url, station="BENCH-01", print_dir=sys.argv[3])
store = open_store(url)
station = StationService(store, settings)
if gui:
    from PySide6.QtWidgets import QApplication
    from packstation.app import station_window
    app = QApplication(sys.argv[:1])
    window = station_window(station, settings, sounds=False)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.repaint()
print("READY", flush=True)
"""


def start_once(url: str, mode: str, prints: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, mode, str(prints)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - t0
            break
    else:
        raise RuntimeError("the station never became ready")
    proc.wait(30)
    return elapsed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--events", type=int, default=0, help="also on a store with this many history events")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        stores = []
        demo = Path(tmp) / "demo.db"
        store = open_store(f"sqlite:///{demo}")
        from packstation.demo.generate import generate_demo_data

        generate_demo_data(store, orders=60)
        store.dispose()
        stores.append(("demo floor", f"sqlite:///{demo}"))
        if args.events:
            from tests.benchmarks.history_fill import sqlite_with_history

            sqlite_with_history(Path(tmp) / "history.db", args.events).dispose()
            stores.append((f"{args.events:,} events", f"sqlite:///{Path(tmp) / 'history.db'}"))
        for name, url in stores:
            for mode in ("service", "gui"):
                start_once(url, mode, Path(tmp) / "prints")  # warm the OS file cache once
                s = summary_ms([start_once(url, mode, Path(tmp) / "prints") for _ in range(args.runs)])
                rows.append((name, "window shown" if mode == "gui" else "service only", s["n"], s["p50"], s["max"]))
    report(
        "Start-up to ready-to-scan, new process (ms; target < 2000)",
        ("store", "ready when", "runs", "p50 ms", "max ms"),
        rows,
    )


if __name__ == "__main__":
    main()
