"""The packer's window assembled from a station service, the first-start dialog and the "cannot start" dialog.

Which windows a process opens, on which database and with which services, is decided by the composition root
(`packstation.app`); nothing here opens a store or imports demo mode."""

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

    window = MainWindow(
        station,
        station_code=settings.station,
        idle_minutes=settings.idle_sign_out_minutes,
        max_key_gap_ms=settings.scan_max_key_gap_ms,
        scan_prefix=settings.scan_prefix,
        scan_suffix=settings.scan_suffix,
        sounds=Sounds(enabled=settings.sounds if sounds is None else sounds),
    )
    window.install_scan_filter()
    return window


def first_run_dialog(station: Any, parent: Any = None) -> Any:
    """The first-run dialog when a production database has nobody who could sign in to run it, else None."""
    from packstation.gui.screens.first_run import FirstRunDialog
    from packstation.services.site.service import SiteService

    site = SiteService(station.store)
    if not site.needs_setup():
        return None
    return FirstRunDialog(site.setup, station=station.settings.station, parent=parent)


def first_run(station: Any, parent: Any = None) -> str | None:
    """Set up this site, or open the training floor: "site", "training", or None (not needed, or left)."""
    dialog = first_run_dialog(station, parent)
    if dialog is None:
        return None
    dialog.exec()
    return dialog.choice


class StartupFailure:
    """The dialog a window that cannot start shows (tests close it by its object name)."""

    object_name = "cannotStart"


def cannot_start(exc: BaseException) -> int:
    """Say in one dialog why the station cannot start (bad database URL, unreachable server, unwritable file);
    the same line goes to standard error for whoever started it from a terminal. Returns exit code 1."""
    from PySide6.QtWidgets import QMessageBox

    from packstation.domain.errors import DomainError
    from packstation.gui.messages import error_text, tr
    from packstation.services.failures import one_line

    line = one_line(exc)
    print(f"Error: {line}", file=sys.stderr)
    words = error_text(exc) if isinstance(exc, DomainError) else line
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Packstation cannot start"), words)
    box.setObjectName(StartupFailure.object_name)
    box.exec()
    return 1
