"""The lead sees a shipment confirmation the shop refused, with the shop's words, and sends it again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from packstation.gui.lead import LeadWindow
from packstation.integrations.outbox_channels import WebhookChannel
from packstation.services.reports.service import ReportService
from packstation.services.shipping.connect import OutboxService
from packstation.services.site.lead import LeadService
from packstation.store.db import transaction
from packstation.store.models import User
from tests.helpers.local_http import json_answer, local_server
from tests.integrations.conftest import make_site


def test_a_refused_confirmation_shows_in_the_lead_window_and_goes_out_on_send_now(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site = make_site(f"sqlite:///{tmp_path / 'site.db'}", tmp_path)
    site.pack(1)
    with transaction(site.store.sessions) as db:
        db.add(User(name="Lena Lead", badge_code="BADGE-L1", role="lead"))
    answer = [json_answer(500, {"error": "order BO000000 unknown in the shop"})]
    try:
        with local_server(lambda *_: answer[0]) as shop:
            deliverer = OutboxService(site.store, [WebhookChannel(shop.url)])
            deliverer.deliver_due()
            lead = LeadService(site.store.sessions)
            lead_id = next(u.id for u in lead.users() if u.role == "lead")
            win = LeadWindow(
                ReportService(site.store.sessions), lead, lead_id, tz=dt.UTC, outbox=OutboxService(site.store, [])
            )
            qtbot.addWidget(win)
            win.show()
            panel = win.deliveries
            assert panel is not None
            win.tabs.setCurrentWidget(panel)
            assert "webhook: 1 waiting" in panel.summary.text()
            model = panel.model
            assert model.rowCount() == 1
            assert model.data(model.index(0, 0)) == "BO000000"
            assert "HTTP 500" in model.data(model.index(0, 4)) and "unknown in the shop" in model.data(
                model.index(0, 4)
            )
            answer[0] = json_answer(200, {})
            assert deliverer.deliver_due() == 0  # still in its back-off
            qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
            assert deliverer.deliver_due() == 1
            panel.refresh()
            assert model.rowCount() == 0 and "webhook: 1 delivered" in panel.summary.text()
            win.close()
            win.dashboard.runner.wait()
    finally:
        site.store.dispose()
