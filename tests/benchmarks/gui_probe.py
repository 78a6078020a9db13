"""Scan latency through the packer's real window (offscreen): Enter key in, verdict banner painted out.

The scanner's characters are typed as key events first (not timed, as the scanner sends them while the packer
reaches for the next item); the clock starts at the Enter key event and stops when the event loop has painted the
banner and the pick list (pending paints processed, the banner repainted synchronously).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from packstation.app import (
    Store,  # noqa: E402
    station_window,  # noqa: E402
)
from packstation.config import Settings  # noqa: E402
from packstation.services.packing.station import StationService  # noqa: E402
from tests.gui import keys  # noqa: E402
from tests.helpers.bench_world import PIN  # noqa: E402


def _enter_to_paint(window: Any, text: str) -> tuple[float, float]:
    """(seconds, CPU seconds) from the Enter key event to everything painted (the banner and the pick list)."""
    _verdict, settled, cpu = _enter_to_verdict(window, text)
    return settled, cpu


class _VerdictPaint(QObject):
    """Notes when the banner's headline label is painted showing something other than "CHECKING …"."""

    def __init__(self, label: Any, checking: str) -> None:
        super().__init__()
        self.label, self.checking, self.at = label, checking, 0.0
        label.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.at and self.label.text() != self.checking:
            self.at = time.perf_counter()
        return False


def _enter_to_verdict(window: Any, text: str) -> tuple[float, float, float]:
    """(seconds from Enter to the verdict's headline painted, seconds to everything painted, CPU seconds) for one
    scan. The first figure is what the packer waits for; the second includes the page catching up (the box step's
    page and pack picture after the completing scan)."""
    from packstation.gui.messages import tr

    probe = _VerdictPaint(window.banner._headline, tr("CHECKING …"))
    try:
        keys._tick(1000)
        for i, char in enumerate(text):
            keys.press(None, keys._key_for(char), char, gap_ms=8 if i else 0)
        cpu, t0 = time.process_time(), time.perf_counter()
        keys.press(None, int(Qt.Key.Key_Return), "\r", gap_ms=8)
        QApplication.processEvents()
        window.banner.repaint()
        settled, spent = time.perf_counter() - t0, time.process_time() - cpu
        return (probe.at - t0 if probe.at else settled), settled, spent
    finally:
        window.banner._headline.removeEventFilter(probe)


def measure_gui(
    store: Store, url: str, floor: Any, small_ids: list[int], large_id: int, large_scans: int
) -> dict[str, list[tuple[float, int, int, float, float]]]:
    """(seconds from Enter to painted verdict, SQL statements, commits) per scan, on 5-line orders and on one large
    order; the scan that completes a small order (next step: box plan, state row) is its own bucket."""
    from tests.benchmarks.bench_scan_latency import bucket
    from tests.benchmarks.harness import SqlCounter

    app = QApplication.instance() or QApplication([])
    assert app is not None
    counter = SqlCounter(store.engine)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db_url=url, station=floor.stations[0], print_dir=Path(tmp), label_format="zpl")
        station = StationService(store, settings)
        window = station_window(station, settings, sounds=False)
        window.resize(1366, 768)
        window.show()
        QApplication.processEvents()
        window.sign_in(floor.badges[0], PIN)
        out: dict[str, list[tuple[float, int, int, float, float]]] = {}
        for order_id, n in [*((o, 5) for o in small_ids), (large_id, large_scans)]:
            window.claim(_barcode(store, order_id))
            QApplication.processEvents()  # the claim's paint and idle work, done before the packer's first item
            session = window.session
            assert session is not None, window.banner.headline
            for position, line in enumerate(session.lines[:n]):
                mark = counter.mark()
                took, cpu = _enter_to_paint(window, line.barcode)
                after_commit = time.perf_counter() - counter.commit_started
                out.setdefault(bucket(len(session.lines), position), []).append(
                    (took, *counter.since(mark), after_commit, cpu)
                )
                assert window.banner.look == "ok", (window.banner.headline, window.banner.detail)
            window.session = None
            station.packing.suspend(session.session_id, "benchmark")
            window.show_session(None)
        window.close()
    return out


def _barcode(store: Store, order_id: int) -> str:
    from packstation.store.models.orders import Order

    with store.sessions() as db:
        order = db.get(Order, order_id)
        assert order is not None
        return order.order_barcode
