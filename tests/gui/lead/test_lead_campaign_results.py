"""The campaign editor shows what a campaign's slips did (per variant, against the holdout group) and stops the
losing variant in one key press; the holdout share and the insert costs are set in the form."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers.insert_results import build_insert_world
from PySide6.QtCore import Qt

from packstation.domain.pins import hash_pin
from packstation.gui.lead import LeadWindow
from packstation.services.marketing.marketing_editor import CampaignEditorService
from packstation.services.reports.service import ReportService
from packstation.services.site.importing import import_file
from packstation.services.site.lead import LeadService
from packstation.store.db import transaction
from packstation.store.models.people import User
from tests.gui.screenshots import save


@pytest.fixture
def results_editor(qtbot, sqlite_store, tmp_path):  # type: ignore[no-untyped-def]
    world = build_insert_world(sqlite_store, tmp_path)
    import_file(sqlite_store, "redemptions", world.redemptions_csv)
    with transaction(sqlite_store.sessions) as db:
        db.add(User(name="Lee Lead", badge_code="BADGE-L1", role="lead", pin_hash=hash_pin("246810")))
    lead = LeadService(sqlite_store.sessions)
    lead_id = next(u.id for u in lead.users() if u.role == "lead")
    service = CampaignEditorService(sqlite_store.sessions)
    win = LeadWindow(
        ReportService(sqlite_store.sessions), lead, lead_id, tz=dt.UTC, campaigns=service, merchant_id=world.merchant_id
    )
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.tabs.setCurrentWidget(win.campaigns)
    yield win, win.campaigns, service, world
    win.dashboard.runner.wait()


def test_results_per_variant_and_stop_the_loser_with_keys(results_editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, panel, service, world = results_editor
    panel.campaigns.setFocus()
    qtbot.keyClick(panel.campaigns, Qt.Key.Key_Down)  # the first campaign: "Come back"
    qtbot.waitUntil(lambda: panel.name.text() == "Come back")
    assert panel.holdout.value() == 20
    assert (panel.paper_cost.value(), panel.print_cost.value()) == (0.08, 0.04)
    model = panel.results_model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [r[0] for r in rows] == ["A", "B", "Holdout (no slip)"]
    a, b = service.results(world.campaign_id).variants
    assert rows[0][1:3] == [str(a.inserted), str(a.redeemed)] and rows[1][2] == "0"
    assert rows[0][6].startswith(f"{a.uplift * 100:+.1f} (")  # type: ignore[operator]
    assert "Insert cost in all" in panel.results_message.text()
    assert panel.stop_button.text() == "Stop the losing variant (B)" and panel.stop_button.isEnabled()
    save(win, "campaign-results")
    with qtbot.waitSignal(panel.saved):
        qtbot.keyClick(
            panel.campaigns, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    spec = service.get_campaign(world.campaign_id)
    assert [(v.name, v.split) for v in spec.variants] == [("A", 100), ("B", 0)]
    assert "Variant B stopped" in panel.results_message.text()
    assert panel.results_model.index(1, 0).data() == "B (stopped)"
    assert not panel.stop_button.isEnabled()  # one variant left running: nothing more to stop
    qtbot.keyClick(
        panel.campaigns, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert "no losing variant" in panel.results_message.text()


def test_holdout_and_costs_are_saved_from_the_form(results_editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    _win, panel, service, world = results_editor
    panel.campaigns.setFocus()
    qtbot.keyClick(panel.campaigns, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: panel.name.text() == "Come back")
    for field, typed in ((panel.holdout, "30"), (panel.paper_cost, "0.15")):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select what is there
        qtbot.keyClicks(field, typed)
    panel.save_button.setFocus()
    with qtbot.waitSignal(panel.saved):
        qtbot.keyClick(panel.save_button, Qt.Key.Key_Space)
    spec = service.get_campaign(world.campaign_id)
    assert spec.holdout_percent == 30 and str(spec.paper_cost) == "0.1500"
    assert "(0.19 each)" in panel.results_message.text()
