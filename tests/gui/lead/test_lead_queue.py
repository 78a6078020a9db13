"""The exception queue and the people/stations tab, driven with the mouse and keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from packstation.demo.history import generate_history
from packstation.domain.pins import verify_pin
from packstation.gui.lead import LeadWindow
from packstation.services.reports.service import ReportService
from packstation.services.site.lead import LeadService
from packstation.store.models import User

END = dt.date(2024, 5, 10)


@pytest.fixture
def window(qtbot, sqlite_store):  # type: ignore[no-untyped-def]
    generate_history(sqlite_store, 1, seed=2, end=END, orders_per_shift=5)
    lead = LeadService(sqlite_store.sessions)
    lead_id = next(u.id for u in lead.users() if u.role == "lead")
    win = LeadWindow(ReportService(sqlite_store.sessions), lead, lead_id, tz=dt.UTC)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, sqlite_store
    win.dashboard.runner.wait()


def _select(table, column_text: str, column: int = 1) -> int:  # type: ignore[no-untyped-def]
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, column)) == column_text)
    table.selectRow(row)
    return row


def test_resolve_an_exception_with_a_note(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, _store = window
    queue = win.queue
    win.tabs.setCurrentWidget(queue)
    n = queue.model.rowCount()
    kinds = {queue.model.value(r, 1) for r in range(n)}
    assert kinds == {"exception", "suspended", "stale claim"}
    row = _select(queue.table, "exception")
    ref = queue.model.value(row, 0)
    qtbot.mouseClick(queue.requeue_button, Qt.MouseButton.LeftButton)
    assert "note" in queue.message.text() and queue.model.rowCount() == n  # a note is required
    _select(queue.table, "exception")
    qtbot.keyClicks(queue.note, "re-picked from B-12")
    with qtbot.waitSignal(queue.changed):
        qtbot.mouseClick(queue.requeue_button, Qt.MouseButton.LeftButton)
    assert queue.model.rowCount() == n - 1 and ref not in {queue.model.value(r, 0) for r in range(n - 1)}
    assert queue.message.text() == f"Resolved: {ref}"


def test_release_a_stale_claim_and_see_it_in_the_timeline(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, _store = window
    queue = win.queue
    row = _select(queue.table, "stale claim")
    ref = queue.model.value(row, 0)
    qtbot.keyClicks(queue.note, "bench went dark")
    qtbot.mouseClick(queue.release_button, Qt.MouseButton.LeftButton)  # no PIN: refused, in words
    assert "PIN" in queue.message.text() and ref in {queue.model.value(r, 0) for r in range(queue.model.rowCount())}
    _select(queue.table, "stale claim")
    qtbot.keyClicks(queue.pin, "1111")  # a wrong PIN: refused
    qtbot.mouseClick(queue.release_button, Qt.MouseButton.LeftButton)
    assert "Wrong PIN." in queue.message.text() and queue.pin.text() == ""
    _select(queue.table, "stale claim")
    qtbot.keyClicks(queue.pin, "9999")  # the signed-in lead's PIN (Lena Dahl's, demo history)
    qtbot.mouseClick(queue.release_button, Qt.MouseButton.LeftButton)
    assert ref not in {queue.model.value(r, 0) for r in range(queue.model.rowCount())}
    win.dashboard.order_search.setText(ref)
    timeline = win.dashboard.find_order()
    assert timeline is not None
    last = timeline.timeline.events[-1]
    assert (last.kind, last.detail.get("note")) == ("release", "bench went dark")


def test_add_a_packer_and_reset_the_pin(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, store = window
    people = win.people
    win.tabs.setCurrentWidget(people)
    qtbot.keyClicks(people.name, "Oskar Ås")
    qtbot.keyClicks(people.badge, "BADGE-OSKAR")
    qtbot.keyClicks(people.pin, "432100")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert people.message.text() == "Added Oskar Ås"
    _select(people.users_table, "BADGE-OSKAR")
    qtbot.keyClicks(people.new_pin, "12")
    qtbot.mouseClick(people.reset_button, Qt.MouseButton.LeftButton)
    assert "digits" in people.message.text()
    _select(people.users_table, "BADGE-OSKAR")
    qtbot.keyClicks(people.new_pin, "864200")
    qtbot.mouseClick(people.reset_button, Qt.MouseButton.LeftButton)
    _select(people.users_table, "BADGE-OSKAR")
    people.new_role.setCurrentText("trainer")
    qtbot.mouseClick(people.role_button, Qt.MouseButton.LeftButton)
    with store.sessions() as s:
        user = s.query(User).filter_by(badge_code="BADGE-OSKAR").one()
        assert user.role == "trainer" and verify_pin("864200", user.pin_hash)
    qtbot.keyClicks(people.station_code, "bench-07")
    qtbot.mouseClick(people.add_station_button, Qt.MouseButton.LeftButton)
    codes = {people.stations_model.value(r, 0) for r in range(people.stations_model.rowCount())}
    assert "BENCH-07" in codes
