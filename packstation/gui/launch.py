"""Start the Qt application: the only entry into the GUI."""

from __future__ import annotations

import sys

from packstation.config import Settings


def run_gui(settings: Settings) -> int:
    """Open the station window on the configured database; returns the process exit code."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from packstation.app import store_for

    app = QApplication.instance() or QApplication(sys.argv)
    store = store_for(settings)
    window = QMainWindow()
    window.setWindowTitle(f"Packstation — {settings.station}")
    window.setCentralWidget(QLabel(f"Packstation ready on {store.url}"))
    window.resize(1366, 768)
    window.show()
    return app.exec()
