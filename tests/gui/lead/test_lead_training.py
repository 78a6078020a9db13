"""The lead's Training tab, by keys: the floor's required scenarios, who is gated and why, lifting a gate with badge +
PIN + reason, and a packer's recurring mistakes made into their own scenario."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from packstation.demo.history import generate_history
from packstation.domain.training.scenarios import parse_scenario
from packstation.gui.lead import LeadWindow
from packstation.services.reports.service import ReportService
from packstation.services.site.lead import LeadService
from packstation.store.models import Event
from tests.gui import keys
from tests.gui.screenshots import shot_dir

END = dt.datetime.now(dt.UTC).date()  # "the last 30 days" are counted back from now


@pytest.fixture
def window(qtbot, sqlite_store):  # type: ignore[no-untyped-def]
    generate_history(sqlite_store, 14, seed=2, end=END, orders_per_shift=12)
    lead = LeadService(sqlite_store.sessions)
    lead_id = next(u.id for u in lead.users() if u.role == "lead")
    win = LeadWindow(ReportService(sqlite_store.sessions), lead, lead_id, tz=dt.UTC)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.training)
    yield win, sqlite_store
    win.dashboard.runner.wait()


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    keys.type_text(text, field)
    qtbot.waitUntil(lambda: field.text() == text)


def _press(button) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)


def test_the_lead_sees_who_is_gated_and_why_and_lifts_a_gate(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, store = window
    panel = win.training
    required = panel.required
    row = next(n for n in range(required.count()) if required.item(n).data(Qt.ItemDataRole.UserRole) == "wrong-item")
    required.setCurrentRow(row)
    required.setFocus()
    QTest.keyClick(required, Qt.Key.Key_Space)  # tick it
    assert required.item(row).checkState() == Qt.CheckState.Checked
    _press(panel.save_required)
    assert panel.message.text() == "Saved: 1 scenario required before real orders."
    trainee = next(r for r, s in enumerate(panel.statuses) if s.gated)
    assert panel.table.item(trainee, 1).text() == "GATED"
    assert panel.table.item(trainee, 2).text() == "must still pass: A wrong item in the tote"
    name = panel.statuses[trainee].name
    panel.table.selectRow(trainee)
    _type(qtbot, panel.badge, "BADGE-LEAD")
    _type(qtbot, panel.pin, "1111")
    _type(qtbot, panel.reason, "worked two years at the Oslo site")
    _press(panel.lift_button)
    assert panel.message.text().endswith("Wrong PIN.</span>") and panel.statuses[trainee].gated
    panel.table.selectRow(trainee)
    _type(qtbot, panel.pin, "9999")
    _press(panel.lift_button)
    assert panel.message.text() == f"{name} may claim real orders now."
    row = next(r for r, s in enumerate(panel.statuses) if s.name == name)
    assert panel.table.item(row, 1).text() == "allowed"
    assert panel.table.item(row, 2).text() == "gate lifted by Lena Dahl: worked two years at the Oslo site"
    with store.sessions() as db:
        assert (
            db.scalars(select(Event).where(Event.code == "training_gate_lifted")).one().raw
            == "worked two years at the Oslo site"
        )


def test_a_packers_recurring_mistakes_become_their_scenario_in_one_action(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, store = window
    panel = win.training
    mistakes = {
        panel.packer.itemText(n): panel.gate.recurring_mistakes(panel.packer.itemData(n))
        for n in range(panel.packer.count())
    }
    who = max(mistakes, key=lambda k: sum(m.count for m in mistakes[k]))
    assert mistakes[who], mistakes
    panel.packer.setCurrentIndex(panel.packer.findText(who))
    _press(panel.assign_button)
    assert panel.message.text().startswith("Ready on the training floor: “") and who in panel.message.text(), (
        panel.message.text()
    )
    assert panel.assignments.rowCount() == 1 and panel.assignments.item(0, 0).text() == who
    [made] = panel.gate.assignments()
    assert parse_scenario(made.document, made.scenario).events
    win.grab().save(str(shot_dir() / "lead_training_tab.png"))
