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

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from packstation.app import Store  # noqa: E402
from packstation.config import Settings  # noqa: E402
from packstation.gui.launch import build_window  # noqa: E402
from packstation.services.station import StationService  # noqa: E402
from tests.gui import keys  # noqa: E402
from tests.helpers.bench_world import PIN  # noqa: E402


def _enter_to_paint(window: Any, text: str) -> float:
    keys._tick(1000)
    for i, char in enumerate(text):
        keys.press(None, keys._key_for(char), char, gap_ms=8 if i else 0)
    t0 = time.perf_counter()
    keys.press(None, int(Qt.Key.Key_Return), "\r", gap_ms=8)
    QApplication.processEvents()
    window.banner.repaint()
    return time.perf_counter() - t0


def measure_gui(store: Store, url: str, floor: Any, small_ids: list[int], large_id: int,
                large_scans: int) -> dict[str, list[float]]:
    """Seconds from Enter to painted verdict, on 5-line orders and on one large order."""
    app = QApplication.instance() or QApplication([])
    assert app is not None
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db_url=url, station=floor.stations[0], print_dir=Path(tmp), label_format="zpl")
        station = StationService(store, settings)
        window = build_window(station, settings, sounds=False)
        window.resize(1366, 768)
        window.show()
        QApplication.processEvents()
        window.sign_in(floor.badges[0], PIN)
        out: dict[str, list[float]] = {}
        for order_id, n in [*((o, 5) for o in small_ids), (large_id, large_scans)]:
            window.claim(_barcode(store, order_id))
            session = window.session
            assert session is not None, window.banner.headline
            bucket = out.setdefault(f"{len(session.lines)} lines", [])
            for line in session.lines[:n]:
                bucket.append(_enter_to_paint(window, line.barcode))
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
