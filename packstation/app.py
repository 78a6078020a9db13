"""The composition root: the one place that decides which real objects a process is made of.

It opens the store (production or training floor), builds the services on it, and assembles the windows: the
packer's station window (with the lead's and the trainer's ways in), the lead window (`packstation lead`) and demo
mode (`packstation --demo` and the Training menu). The GUI modules only assemble widgets from what they are given;
the commands get their stores here too. Qt is imported only when a window is built, so the commands stay light.
"""

from __future__ import annotations

import sys
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packstation.config import Settings
from packstation.store import db
from packstation.store.database import Store, open_store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from packstation.services.marketing.marketing_editor import CampaignEditorService
    from packstation.services.marketing.service import MarketingService
    from packstation.services.reports.archive import ArchiveService
    from packstation.services.reports.evidence import EvidenceService
    from packstation.services.reports.service import ReportService
    from packstation.services.shipping.connect import InboxService, OutboxService
    from packstation.services.shipping.labels import LabelService
    from packstation.services.site.service import SiteService

__all__ = [
    "Store",
    "open_store",
    "store_for",
    "services_for",
    "CommandServices",
    "station_window",
    "demo_window",
    "run_station",
    "run_lead",
    "run_demo",
]


def report_store_for(settings: Settings, store: Store) -> Store | None:
    """The store the lead's reports read when `report_db_url` names a replica (never migrated from here: a
    replica follows its primary); None when reports read `store` itself (no replica set, or demo mode)."""
    if settings.demo or not settings.report_db_url or db.same_database(settings.report_db_url, store.url):
        return None
    return open_store(settings.report_db_url, migrate=False)


def store_for(settings: Settings, migrate: bool = True) -> Store:
    """The production database, or the isolated training database in demo mode."""
    return open_store(settings.demo_db_url if settings.demo else settings.db_url, migrate=migrate)


# -- the commands' services ---------------------------------------------------------------------------------------


class CommandServices:
    """The services a `packstation` command uses, built on the store it opened, each on first use (so a command
    imports only what it needs). The command owns the store and disposes of it."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    @cached_property
    def reports(self) -> ReportService:
        from packstation.services.reports.service import ReportService

        return ReportService(self.store.sessions)

    @cached_property
    def evidence(self) -> EvidenceService:
        from packstation.services.reports.evidence import EvidenceService

        return EvidenceService(self.store.sessions)

    @cached_property
    def archive(self) -> ArchiveService:
        from packstation.services.reports.archive import ArchiveService

        return ArchiveService(self.store.engine, self.store.sessions)

    @cached_property
    def labels(self) -> LabelService:
        from packstation.services.shipping.labels import LabelService

        return LabelService(self.store, self.settings)

    @cached_property
    def campaign_editor(self) -> CampaignEditorService:
        from packstation.services.marketing.marketing_editor import CampaignEditorService

        return CampaignEditorService(self.store.sessions)

    @cached_property
    def site(self) -> SiteService:
        from packstation.services.site.service import SiteService

        return SiteService(self.store)

    @cached_property
    def inbox(self) -> InboxService:
        from packstation.services.shipping.connect import InboxService

        return InboxService(self.store, self.settings)

    def outbox(self, *, deliver: bool = True, lease_s: float | None = None) -> OutboxService:
        """The confirmation outbox: delivering through the configured channels, or (`deliver=False`) only to read
        its state."""
        from packstation.services.shipping.connect import OutboxService, channels_from

        if not deliver:
            return OutboxService(self.store, [])
        if lease_s is None:
            return OutboxService(self.store, channels_from(self.settings))
        return OutboxService(self.store, channels_from(self.settings), lease_s=lease_s)

    @staticmethod
    def marketing(sessions: sessionmaker[Session]) -> MarketingService:
        """Slips and coupons on `sessions` (a command gives the sessions of its one outer transaction)."""
        from packstation.services.marketing.service import MarketingService

        return MarketingService(sessions)


def services_for(store: Store, settings: Settings) -> CommandServices:
    """The services of a command on `store` (which the command opened and disposes of)."""
    return CommandServices(store, settings)


# -- windows -------------------------------------------------------------------------------------------------------
def station_window(station: Any, settings: Settings, *, sounds: bool | None = None) -> Any:
    """The packer's window on a station service. At a production bench (not in demo mode) leads and admins get
    the lead window, trainers the trainer's view, and the Training menu opens demo mode."""
    from packstation.gui.demo.entry import add_training_menu
    from packstation.gui.launch import build_window
    from packstation.gui.roles import add_lead_entry, route

    window = build_window(station, settings, sounds=sounds)
    if not settings.demo:
        window.demo_builder = demo_window
        add_training_menu(window)  # a trainer's or lead's way into demo mode
        window.role_router = route
        add_lead_entry(window)
    return window


def demo_window(
    store: Store,
    settings: Settings,
    *,
    sounds: bool | None = None,
    owns_store: bool = False,
    on_scored: Any = None,
    extra_scenarios: Any = (),
) -> Any:
    """The station window on the demo store with a simulated scale and label printer, inside the training frame."""
    from packstation.demo.printer import JammingPrinters
    from packstation.domain.training.scenarios import load_shipped
    from packstation.gui.demo.devices import SimulatedScale
    from packstation.gui.demo.window import DemoWindow, expected_weight
    from packstation.gui.launch import build_window
    from packstation.services.packing.station import StationService
    from packstation.services.training.service import TrainingService

    holder: dict[str, Any] = {}
    scale = SimulatedScale(lambda: expected_weight(holder["main"]))
    printers = JammingPrinters(Path(settings.print_dir))
    station = StationService(store, settings, scale=scale, printers=printers)
    main = build_window(station, settings, sounds=sounds)
    holder["main"] = main
    return DemoWindow(
        main,
        TrainingService(store),
        [*load_shipped(), *extra_scenarios],
        scale,
        Path(settings.print_dir),
        printers=printers,
        store=store if owns_store else None,
        on_scored=on_scored,
    )


# -- processes -----------------------------------------------------------------------------------------------------
def _qt_app(name: str) -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(name)
    return app


def run_station(settings: Settings) -> int:
    """`packstation`: the station window on the configured database (first start: set up the site or train);
    returns the process exit code."""
    from packstation.gui.launch import cannot_start, first_run_dialog
    from packstation.services.packing import collector
    from packstation.services.packing.station import StationService

    collector.install()  # no full garbage collection by itself during a scan: the window runs it between orders
    if settings.demo:  # training floor: isolated demo database in the demo window
        return run_demo(settings)
    app = _qt_app("Packstation")
    try:
        store = store_for(settings)
        station = StationService(store, settings)
        dialog = first_run_dialog(station)
    except Exception as exc:  # noqa: BLE001 - no traceback reaches a person: the window says what is wrong
        return cannot_start(exc)
    choice = None
    if dialog is not None:
        dialog.exec()
        choice = dialog.choice
        if choice is None:  # closed without a choice: nobody could sign in, so do not open an empty bench
            store.dispose()
            return 0
    if choice == "training":  # demo data goes into the demo database; this one stays a production database
        from packstation.demo.floor import demo_settings

        store.dispose()
        return run_demo(demo_settings(settings))
    window = station_window(station, settings)
    window.showMaximized()  # the bench's whole screen, whatever its size
    try:
        return int(app.exec())
    finally:
        store.dispose()


def collect_after_each_refresh(window: Any) -> None:
    """A full garbage collection after each dashboard of `window` is painted (then what survives is frozen, so
    the young collections meanwhile skip it): the lead is reading, nobody waits for the screen."""
    from PySide6.QtCore import QTimer

    from packstation.gui.lead.dashboard import LeadDashboard
    from packstation.services.packing import collector

    for board in window.findChildren(LeadDashboard):
        board.refreshed.connect(lambda _board: QTimer.singleShot(0, collector.between_orders))


def run_lead(settings: Settings) -> int:
    """`packstation lead`: a lead's badge and PIN, then the lead window on the configured database."""
    from packstation.gui.messages import N_
    from packstation.gui.roles import SIGN_OUT_KEY, build_lead_window
    from packstation.gui.screens.lead_sign_in import LeadSignInDialog
    from packstation.services.packing import collector
    from packstation.services.site.auth import AuthService

    # As on a bench: no automatic full collection (the dashboard's worker holds it off anyway, and it would land on
    # the GUI thread after); one full collection once each refresh is on the screen, while the lead reads it.
    collector.install()
    app = _qt_app("Packstation (lead)")
    store = store_for(settings)
    try:
        auth = AuthService(store, settings.station)
        dialog = LeadSignInDialog(auth.verify_lead)
        if dialog.exec() != LeadSignInDialog.DialogCode.Accepted or dialog.user is None:
            return 1
        window = build_lead_window(store, dialog.user.id, settings=settings)
        collect_after_each_refresh(window)
        window.add_menu_action(N_("Sign out"), SIGN_OUT_KEY, window.close)
        window.show()
        return int(app.exec())
    finally:
        store.dispose()


def run_demo(settings: Settings) -> int:
    """`packstation --demo`: open (or generate) the isolated training database and the demo window."""
    from packstation.demo.floor import demo_settings, open_demo_store

    app = _qt_app("Packstation (training)")
    settings = demo_settings(settings)  # training printers only, in the demo data folder
    store = open_demo_store(settings)
    window = demo_window(store, settings)
    window.show()  # tiles itself and the bench onto the screen
    try:
        return int(app.exec())
    finally:
        store.dispose()
