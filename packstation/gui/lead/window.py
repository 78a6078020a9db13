"""The lead's window: dashboard, exception queue, people and stations, campaigns as tabs (lead or admin only)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from packstation.gui.lead.campaigns import CampaignEditor
from packstation.gui.lead.dashboard import LeadDashboard
from packstation.gui.lead.people import PeoplePanel
from packstation.gui.lead.queue import ExceptionQueue
from packstation.gui.messages import tr
from packstation.services.lead import LeadService
from packstation.services.marketing_editor import CampaignEditorService
from packstation.services.reports import ReportService


class LeadWindow(QMainWindow):
    """Built by the composition root with the services and the signed-in lead's user id."""

    def __init__(self, reports: ReportService, lead: LeadService, lead_user_id: int, *,
                 tz: dt.tzinfo | None = None, refresh_ms: int = 30_000, campaigns: CampaignEditorService | None = None,
                 merchant_id: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Packstation — shift lead"))
        tz = tz or dt.datetime.now().astimezone().tzinfo or dt.UTC
        stations = [(s.id, s.code) for s in lead.stations()]
        self.tabs = QTabWidget()
        self.dashboard = LeadDashboard(reports, stations, tz=tz, refresh_ms=refresh_ms)
        self.queue = ExceptionQueue(lead, reports, lead_user_id, tz)
        self.people = PeoplePanel(lead, lead_user_id)
        self.tabs.addTab(self.dashboard, tr("Dashboard"))
        self.tabs.addTab(self.queue, tr("Exception queue"))
        self.tabs.addTab(self.people, tr("People and stations"))
        self.campaigns: CampaignEditor | None = None
        if campaigns is not None:
            self.campaigns = CampaignEditor(campaigns, merchant_id)
            self.tabs.addTab(self.campaigns, tr("Campaigns"))
        self.setCentralWidget(self.tabs)
        self.queue.changed.connect(self.dashboard.refresh)
        self.resize(1366, 800)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.dashboard.close()
        super().closeEvent(event)
