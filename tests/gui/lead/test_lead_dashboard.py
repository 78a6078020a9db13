"""The lead's dashboard driven as a lead would: pick a range, read figures, drill into a count, open a timeline."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from packstation.demo.history import generate_history
from packstation.domain.report_views import ReportFilter, error_label
from packstation.gui.lead import LeadWindow
from packstation.gui.lead.dashboard import LeadDashboard, preset_range
from packstation.services.reports.service import ReportService
from packstation.services.site.lead import LeadService

END = dt.date(2024, 5, 10)


@pytest.fixture
def floor(sqlite_store):  # type: ignore[no-untyped-def]
    summary = generate_history(sqlite_store, 2, seed=4, end=END, orders_per_shift=12)
    lead = LeadService(sqlite_store.sessions)
    lead_id = next(u.id for u in lead.users() if u.role == "lead")
    return sqlite_store, summary, ReportService(sqlite_store.sessions), lead, lead_id


@pytest.fixture
def window(qtbot, floor):  # type: ignore[no-untyped-def]
    _store, summary, reports, lead, lead_id = floor
    win = LeadWindow(reports, lead, lead_id, tz=dt.UTC, refresh_ms=50)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.dashboard.set_range(summary.start, summary.end)
    with qtbot.waitSignal(win.dashboard.refreshed, timeout=10_000):
        win.dashboard.refresh()
    yield win
    win.dashboard.timer.stop()
    win.dashboard.runner.wait()


def _double_click(qtbot, view, index) -> None:  # type: ignore[no-untyped-def]
    """As a mouse does it: a click, then the double-click (Qt item views want both)."""
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _cell(model, row: int, col: int) -> str:  # type: ignore[no-untyped-def]
    return model.data(model.index(row, col))


def test_figures_charts_and_tables_agree_with_the_service(window, floor) -> None:  # type: ignore[no-untyped-def]
    _store, summary, reports, _lead, _id = floor
    board = reports.dashboard(ReportFilter(summary.start, summary.end))
    dash = window.dashboard
    assert f"Orders: <b>{board.kpis.orders}</b>" in dash.kpi_label.text()
    assert f"Errors: <b>{board.kpis.errors}</b>" in dash.kpi_label.text()
    types = {_cell(dash.type_model, r, 0): int(_cell(dash.type_model, r, 1)) for r in range(dash.type_model.rowCount())}
    assert types == {error_label(e.error_type): e.count for e in board.errors_by_type}
    # The chart shows the same bars as the table beside it.
    assert dash.type_chart.categories == list(types)
    assert [int(dash.type_chart.sets[0].at(i)) for i in range(len(types))] == list(types.values())
    packers = [_cell(dash.packer_model, r, 0) for r in range(dash.packer_model.rowCount())]
    assert packers == [p.name for p in board.packers] and summary.new_packer in packers
    assert dash.hour_chart.categories == [h.label for h in board.hours]


def test_double_click_a_count_then_an_event_opens_the_orders_timeline(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dash = window.dashboard
    dash.tabs.setCurrentIndex(0)
    row = next(r for r in range(dash.type_model.rowCount()) if _cell(dash.type_model, r, 0) == "wrong item")
    count = int(_cell(dash.type_model, row, 1))
    view = next(v for v in dash.findChildren(QTableView) if v.model() is dash.type_model)
    index = dash.type_model.index(row, 1)
    _double_click(qtbot, view, index)
    dialog = dash.last_dialog
    assert dialog is not None and dialog.table.events_model.rowCount() == count
    assert {_cell(dialog.table.events_model, r, 4) for r in range(count)} == {"wrong item"}
    first = dialog.table.events_model.index(0, 0)
    qtbot.waitExposed(dialog)
    _double_click(qtbot, dialog.table, first)
    timeline = dialog.table.timeline
    assert timeline is not None
    event = dialog.table.events_model.payload(0)
    refs = {e.order_ref for e in timeline.timeline.events}
    assert refs == {event.order_ref}
    kinds = [_cell(timeline.table.events_model, r, 2) for r in range(timeline.table.events_model.rowCount())]
    assert kinds[0] == "claim" and "scan" in kinds
    # The error row is the selected one, tinted red, with who and where to the second.
    selected = timeline.table.selectionModel().selectedRows()[0].row()
    model = timeline.table.events_model
    assert _cell(model, selected, 4) == "wrong item" and _cell(model, selected, 6) == event.user
    assert model.data(model.index(selected, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert len(_cell(model, selected, 0)) == len("2024-05-08 06:11:35")


def test_a_cell_of_the_packer_matrix_drills_to_that_packer_and_type(window, floor) -> None:  # type: ignore[no-untyped-def]
    _store, summary, _reports, _lead, _id = floor
    dash = window.dashboard
    m = dash.packer_matrix
    headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    row = next(r for r in range(m.rowCount()) if _cell(m, r, 0) == summary.new_packer)
    col = headers.index("wrong item")
    dialog = dash._drill_row(m, row, col)
    assert dialog is not None
    assert dialog.table.events_model.rowCount() == int(_cell(m, row, col)) > 0
    assert {_cell(dialog.table.events_model, r, 6) for r in range(int(_cell(m, row, col)))} == {summary.new_packer}


def test_a_bar_click_drills_like_its_table_row(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dash = window.dashboard
    dash.station_chart.bar_clicked.emit(0)
    assert dash.last_dialog is not None
    assert dash.last_dialog.table.events_model.rowCount() == int(_cell(dash.station_model, 0, 4))


def test_station_filter_and_live_refresh(window, floor, qtbot) -> None:  # type: ignore[no-untyped-def]
    _store, summary, reports, _lead, _id = floor
    dash = window.dashboard
    item = next(
        dash.stations.item(i)
        for i in range(dash.stations.count())
        if dash.stations.item(i).text() == summary.drift_station
    )
    with qtbot.waitSignal(dash.refreshed, timeout=10_000):
        item.setCheckState(Qt.CheckState.Checked)  # ticking a station refreshes
    assert [_cell(dash.station_model, r, 0) for r in range(dash.station_model.rowCount())] == [summary.drift_station]
    # New packing arrives while live: the next tick shows it.
    generate_history(reports._sessions, 1, seed=9, end=END + dt.timedelta(days=1), orders_per_shift=5)
    dash.set_range(summary.start, summary.end + dt.timedelta(days=1))
    before = dash.board.kpis.orders
    dash.live.setChecked(True)
    qtbot.waitUntil(lambda: dash.board.kpis.orders > before, timeout=10_000)


def test_find_an_order_and_export_the_report(window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dash = window.dashboard
    dash.order_search.setText("H0000003")
    qtbot.keyClick(dash.order_search, Qt.Key.Key_Return)
    assert dash.last_dialog is not None and dash.last_dialog.timeline.order_ref == "H0000003"
    monkeypatch.setattr(LeadDashboard, "ask_save_path", staticmethod(lambda _p, fmt: tmp_path / f"r.{fmt}"))
    qtbot.mouseClick(dash.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dash.csv_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Shift report" in text
    assert f'"summary","","orders","{dash.board.kpis.orders}"' in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


def test_presets_cover_the_right_hours() -> None:
    now = dt.datetime(2024, 5, 8, 10, 30, tzinfo=dt.UTC)
    oslo = dt.timezone(dt.timedelta(hours=2))
    start, end = preset_range("today", now, oslo)
    assert (start, end) == (dt.datetime(2024, 5, 7, 22, tzinfo=dt.UTC), dt.datetime(2024, 5, 8, 22, tzinfo=dt.UTC))
    start, end = preset_range("shift", now, dt.UTC)
    assert end == dt.datetime(2024, 5, 8, 11, tzinfo=dt.UTC) and end - start == dt.timedelta(hours=9)
    start, end = preset_range("yesterday", now, dt.UTC)
    assert (start, end) == (dt.datetime(2024, 5, 7, tzinfo=dt.UTC), dt.datetime(2024, 5, 8, tzinfo=dt.UTC))
    with pytest.raises(ValueError, match="Today"):
        preset_range("Today", now, dt.UTC)  # presets are ids, never the (translated) names on screen
