"""The lead's window: dashboard, exception queue, people and stations, evidence, complaints, training (the gate before real orders),
campaigns as tabs (lead or admin only).

Every text is translated; a language switch (`packstation.gui.i18n.switch_language`) re-translates the window and
each tab live (each tab handles its own `LanguageChange`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from packstation.gui.accessibility import apply_focus_style
from packstation.gui.lead.campaigns import CampaignEditor
from packstation.gui.lead.dashboard import LeadDashboard
from packstation.gui.lead.deliveries import DeliveriesPanel
from packstation.gui.lead.people import PeoplePanel
from packstation.gui.lead.queue import ExceptionQueue
from packstation.gui.lead.training import TrainingGatePanel
from packstation.gui.messages import N_, tr
from packstation.services.marketing.marketing_editor import CampaignEditorService
from packstation.services.reports.service import ReportService
from packstation.services.shipping.connect import OutboxService
from packstation.services.site.lead import LeadService


class LeadWindow(QMainWindow):
    """Built by the composition root with the services and the signed-in lead's user id.

    Signals: closed() once the window closed (the bench it was opened from takes over again).
    """

    closed = Signal()

    def __init__(
        self,
        reports: ReportService,
        lead: LeadService,
        lead_user_id: int,
        *,
        tz: dt.tzinfo | None = None,
        refresh_ms: int = 30_000,
        campaigns: CampaignEditorService | None = None,
        merchant_id: int = 1,
        outbox: OutboxService | None = None,
        evidence: Any = None,
        live: bool = False,
        gate: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_focus_style(app)  # the same visible focus ring as the packer's window
        tz = tz or dt.datetime.now().astimezone().tzinfo or dt.UTC
        stations = [(s.id, s.code) for s in lead.stations()]
        self.tabs = QTabWidget()
        self.dashboard = LeadDashboard(reports, stations, tz=tz, refresh_ms=refresh_ms)
        self.queue = ExceptionQueue(lead, reports, lead_user_id, tz)
        self.people = PeoplePanel(lead, lead_user_id)
        from packstation.gui.lead.evidence import EvidencePanel
        from packstation.services.reports.evidence import EvidenceService

        # The evidence record of a package (issue #22); built from the report service's sessions when not given.
        self.evidence = EvidencePanel(evidence or EvidenceService(reports._sessions), reports, tz)
        if gate is None:
            from packstation.services.training.training_gate import TrainingGateService

            gate = TrainingGateService(lead._sessions)  # the same database as the lead's
        self.training = TrainingGatePanel(gate, lead_user_id)
        self.people.changed.connect(self.training.reload)  # a new trainee shows up on the Training tab
        from packstation.gui.lead.incidents import IncidentsPanel
        from packstation.services.shipping.incidents import IncidentService

        # Customers' complaints against shipped orders, with the package's evidence beside them (issue #20).
        self.incidents = IncidentsPanel(IncidentService(reports._sessions), self.evidence.service, lead_user_id, tz)
        self.incidents.recorded.connect(lambda _view: self.dashboard.refresh())
        self.tab_titles = [
            N_("Dashboard"),
            N_("Exception queue"),
            N_("People and stations"),
            N_("Evidence"),
            N_("Complaints"),
            N_("Training"),
        ]
        for page, title in zip(
            (self.dashboard, self.queue, self.people, self.evidence, self.incidents, self.training),
            self.tab_titles,
            strict=True,
        ):
            self.tabs.addTab(page, tr(title))
        self.campaigns: CampaignEditor | None = None
        if campaigns is not None:
            self.campaigns = CampaignEditor(campaigns, merchant_id)
            self.tab_titles.append(N_("Campaigns"))
            self.tabs.addTab(self.campaigns, tr("Campaigns"))
        self.deliveries: DeliveriesPanel | None = None
        if outbox is not None:
            self.deliveries = DeliveriesPanel(outbox, tz)
            self.tab_titles.append(N_("Shipment confirmations"))
            self.tabs.addTab(self.deliveries, tr("Shipment confirmations"))
        self.setCentralWidget(self.tabs)
        self.retranslate()
        self.queue.changed.connect(self.dashboard.refresh)
        self.resize(1366, 800)
        # The lead's own entries (filled by the composition root: pack an order at this bench, sign out).
        self.lead_menu = self.menuBar().addMenu("")
        self.lead_menu.setObjectName("leadMenu")
        self.menu_actions: list[tuple[QAction, str]] = []
        if live:  # opens on the current shift, figures on screen at once and kept fresh
            self.dashboard.live.setChecked(True)

    def add_menu_action(self, title: str, shortcut: str, handler: Callable[[], object]) -> QAction:
        """An entry of the lead's menu with its key (`title` an English source, translated when shown)."""
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: handler())
        self.lead_menu.addAction(action)
        self.menu_actions.append((action, title))
        self.retranslate()
        return action

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Packstation — shift lead"))
        for index, title in enumerate(self.tab_titles):
            self.tabs.setTabText(index, tr(title))
        if hasattr(self, "lead_menu"):
            self.lead_menu.setTitle(tr("&Lead"))
            for action, title in self.menu_actions:
                action.setText(tr(title))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tab_titles"):
            self.retranslate()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.dashboard.close()
        super().closeEvent(event)
        self.closed.emit()
