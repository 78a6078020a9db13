"""The campaign editor: type a campaign, watch the preview and the queue, save it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from packstation.demo.history import generate_history
from packstation.gui.lead import LeadWindow
from packstation.services.marketing.marketing_editor import CampaignEditorService
from packstation.services.reports.service import ReportService
from packstation.services.site.lead import LeadService
from packstation.store.models import Merchant


@pytest.fixture
def editor(qtbot, sqlite_store):  # type: ignore[no-untyped-def]
    generate_history(sqlite_store, 1, seed=2, end=dt.date(2024, 5, 10), orders_per_shift=5)
    with sqlite_store.sessions() as s:
        merchant_id = s.query(Merchant.id).scalar()
    lead = LeadService(sqlite_store.sessions)
    lead_id = next(u.id for u in lead.users() if u.role == "lead")
    service = CampaignEditorService(sqlite_store.sessions)
    win = LeadWindow(
        ReportService(sqlite_store.sessions), lead, lead_id, tz=dt.UTC, campaigns=service, merchant_id=merchant_id
    )
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentWidget(win.campaigns)
    yield win.campaigns, service, merchant_id
    win.dashboard.runner.wait()


def _replace(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_type_a_campaign_see_the_preview_and_save(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel, service, merchant_id = editor
    qtbot.keyClicks(panel.name, "Spring hello")
    qtbot.keyClicks(panel.headline, "Hei {first_name}!")
    qtbot.keyClicks(panel.body, "Thanks for shopping with us.")
    qtbot.waitUntil(lambda: panel.preview_model.rowCount() > 0 and "Sample customers" in panel.message.text())
    rows = [panel.preview_model.payload(r) for r in range(panel.preview_model.rowCount())]
    assert all(r.matched for r in rows)  # the new-campaign rule matches everyone
    assert rows[0].headline == f"Hei {rows[0].customer_name.split()[0]}!"
    assert panel.queue_model.rowCount() > 0  # suspended / claimed orders in the queue would get it
    # Narrow the rule: nobody in the sample has 5 orders yet.
    panel.rule.setPlainText('{"fact": "orders_to_date", "op": ">=", "value": 5}')
    qtbot.waitUntil(lambda: panel.message.text().startswith("Sample customers who get it: 0/"))
    assert panel.queue_model.rowCount() == 0
    panel.rule.setPlainText('{"fact": "orders_to_date", "op": ">="')
    qtbot.waitUntil(lambda: "not valid JSON" in panel.message.text())
    panel.rule.setPlainText('{"fact": "shoe_size", "op": ">=", "value": 5}')
    qtbot.waitUntil(lambda: "shoe_size" in panel.message.text())
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "Not saved" in panel.message.text() and service.list_campaigns(merchant_id) == ()
    panel.rule.setPlainText('{"fact": "orders_to_date", "op": ">=", "value": 0}')
    with qtbot.waitSignal(panel.saved):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    stored = service.list_campaigns(merchant_id)
    assert [c.spec.name for c in stored] == ["Spring hello"]
    assert panel.campaigns.count() == 1 and panel.campaigns.item(0).text().startswith("Spring hello")


def test_open_and_change_an_existing_campaign(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel, service, merchant_id = editor
    spec = service.save_campaign(
        {
            "merchant_id": merchant_id,
            "name": "Loyal",
            "kind": "marketing",
            "rule": {"fact": "orders_to_date", "op": ">=", "value": 0},
            "variants": [
                {
                    "name": "A",
                    "split": 100,
                    "texts": {"en": {"headline": "Hi", "body": "x"}, "nb": {"headline": "Hei", "body": "y"}},
                }
            ],
        }
    )
    panel.reload()
    panel.campaigns.setCurrentRow(0)
    assert panel.name.text() == "Loyal" and panel.headline.text() == "Hi"
    _replace(qtbot, panel.headline, "Welcome back")
    panel.active.setChecked(False)
    assert panel.save()
    saved = service.get_campaign(spec.id)  # type: ignore[arg-type]
    assert saved.active is False and saved.variants[0].texts["en"].headline == "Welcome back"
    assert saved.variants[0].texts["nb"].headline == "Hei"  # other languages kept as they were
