"""Every role's way in at a production bench: a lead or admin gets the lead window, a trainer the trainer's view.

`route(window, user)` is called by the packer's window right after a sign-in (no order left open at the bench);
it answers True when another window took over. The lead window gets two entries of its own: **F3** "Pack an order
at this bench" (the bench window comes back, signed in as the lead; **Ctrl+D** there returns to the lead window)
and **Ctrl+L** "Sign out" (the bench returns to "Scan your badge"). Closing the lead window signs the lead out.
A trainer gets the demo window (its isolated training database) on its Trainers tab; closing it brings the bench
back. `packstation lead` opens the lead window on an office PC after a lead's badge and PIN (`packstation.app.run_lead`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from packstation.gui.messages import N_, tr
from packstation.gui.slots import slot
from packstation.services.site.auth import LEAD_ROLES
from packstation.services.views import UserView

PACK_KEY, SIGN_OUT_KEY, BACK_KEY = "F3", "Ctrl+L", "Ctrl+D"


def build_lead_window(
    store: Any, lead_user_id: int, *, settings: Any = None, live: bool = True, refresh_ms: int = 30_000
) -> Any:
    """The lead window on `store` for one lead (composition: reports, housekeeping, campaign editor, and the
    shipment confirmations when the settings are known)."""
    from packstation.gui.lead.window import LeadWindow
    from packstation.services.marketing.marketing_editor import CampaignEditorService
    from packstation.services.reports.service import ReportService
    from packstation.services.site.lead import LeadService

    outbox = None
    reports = ReportService(store.sessions)
    replica = None
    if settings is not None:
        from packstation.app import report_store_for
        from packstation.services.shipping.connect import OutboxService, channels_from

        outbox = OutboxService(store, channels_from(settings))
        replica = report_store_for(settings, store)  # report_db_url: the lead's figures from a read replica
        if replica is not None:
            reports = ReportService(replica.sessions, replica=True)
    window = LeadWindow(
        reports,
        LeadService(store.sessions),
        lead_user_id,
        tz=dt.datetime.now().astimezone().tzinfo,
        refresh_ms=refresh_ms,
        campaigns=CampaignEditorService(store.sessions),
        outbox=outbox,
        live=live,
    )
    if replica is not None:
        window.destroyed.connect(replica.dispose)
    return window


def route(window: Any, user: UserView) -> bool:
    """Send a lead/admin to the lead window, a trainer to the trainer's view; False keeps the packer's screen."""
    if user.role in LEAD_ROLES:
        open_lead_window(window, user)
        return True
    if user.role == "trainer":
        from packstation.gui.demo.entry import open_demo

        demo = open_demo(window)
        if demo is not None:
            demo.tabs.setCurrentWidget(demo.trainer)
            return True
    return False


def _detach(bench: Any) -> None:
    """The bench stops listening (one scan filter at a time; no idle sign-out behind the lead's back)."""
    app = QApplication.instance()
    if app is not None:
        app.removeEventFilter(bench.scan_filter)
        app.removeEventFilter(bench)
    bench.idle_timer.stop()


def _attach(bench: Any) -> None:
    bench.install_scan_filter()
    bench.show()
    bench.activateWindow()


def open_lead_window(bench: Any, user: UserView) -> Any:
    """The lead window for `user`, signed in at `bench` (which hides until the lead packs or signs out)."""
    lead_window = build_lead_window(
        bench.station.store,
        user.id,
        settings=getattr(bench.station, "settings", None),
        refresh_ms=getattr(bench, "lead_refresh_ms", 30_000),
    )
    state = {"leaving": False}

    def pack() -> None:
        state["leaving"] = True
        lead_window.close()
        _attach(bench)
        bench.apply_user_settings(bench.user)
        bench.idle_timer.start()
        bench.banner.show_idle(
            tr("Scan an order or tote barcode"), tr("or press F3 for the next order; Ctrl+D: back to the lead window")
        )

    def sign_out() -> None:
        state["leaving"] = True
        lead_window.close()
        _attach(bench)
        bench.flow.sign_out()

    def closed() -> None:
        bench.lead_window = None
        if not state["leaving"]:  # closed by its title bar: the same as signing out
            _attach(bench)
            bench.flow.sign_out()

    lead_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # each sign-in builds a fresh one
    lead_window.add_menu_action(N_("Pack an order at this bench"), PACK_KEY, pack)
    lead_window.add_menu_action(N_("Sign out"), SIGN_OUT_KEY, sign_out)
    lead_window.closed.connect(closed)
    bench.lead_window = lead_window
    _detach(bench)
    bench.hide()
    lead_window.show()
    lead_window.activateWindow()
    return lead_window


def add_lead_entry(bench: Any) -> QAction:
    """Ctrl+D at the bench: a signed-in lead or admin goes back to the lead window."""
    action = QAction(bench)
    action.setObjectName("action_lead_window")
    action.setShortcut(QKeySequence(BACK_KEY))

    def back() -> None:
        user = bench.user
        if user is None or user.role not in LEAD_ROLES:
            bench.show_problem(tr("Only a shift lead or an admin can open the lead window."))
            return
        if bench.session is not None:
            bench.show_problem(tr("Finish or suspend order {ref} first.", ref=bench.session.order_ref))
            return
        open_lead_window(bench, user)

    action.triggered.connect(slot(lambda _checked=False: back()))
    bench.addAction(action)
    return action
