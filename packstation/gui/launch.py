"""Start the Qt application: the only entry into the GUI."""

from __future__ import annotations

import sys
from typing import Any

from packstation.config import Settings


def build_window(station: Any, settings: Settings, *, sounds: bool | None = None) -> Any:
    """The packer's main window on a station service, with the scan filter on the whole application."""
    from packstation.gui import qt_printing
    from packstation.gui.main_window import MainWindow
    from packstation.gui.sounds import Sounds

    qt_printing.install()  # system printers through Qt where CUPS' lp is not (a Windows bench)

    window = MainWindow(station, station_code=settings.station, idle_minutes=settings.idle_sign_out_minutes,
                        max_key_gap_ms=settings.scan_max_key_gap_ms, scan_prefix=settings.scan_prefix,
                        scan_suffix=settings.scan_suffix,
                        sounds=Sounds(enabled=settings.sounds if sounds is None else sounds))
    window.install_scan_filter()
    return window


def offer_demo_data(station: Any, parent: Any = None) -> bool:
    """First start on an empty database: ask, and load demo data if the answer is yes."""
    from packstation.gui.flow import DemoDataOffer

    if not station.is_empty() or not DemoDataOffer.ask(parent):
        return False
    station.load_demo_data()
    return True


def run_gui(settings: Settings) -> int:
    """Open the station window on the configured database; returns the process exit code."""
    from PySide6.QtWidgets import QApplication

    from packstation.app import store_for
    from packstation.services.station import StationService

    if settings.demo:  # training floor: isolated demo database in the demo window (packstation.gui.demo)
        from packstation.gui.demo.window import run_demo

        return run_demo(settings)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Packstation")
    store = store_for(settings)
    station = StationService(store, settings)
    offer_demo_data(station)
    window = build_window(station, settings)
    window.showMaximized()  # the bench's whole screen, whatever its size
    try:
        return int(app.exec())
    finally:
        store.dispose()
