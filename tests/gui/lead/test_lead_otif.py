"""The dashboard's "On time in full" tab on a week of history (the demo merchant's 14:00 cut-off): the table, the
headline and the orders at risk agree with the service, the keyboard reaches them, and the shift report written
from the screen carries the same figures. Screenshots otif-dashboard.png (1366x768) and otif-shift-report.png (the
report's first page)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.demo.history import generate_history
from packstation.domain.ports import FixedClock
from packstation.domain.report_views import ReportFilter, format_minutes
from packstation.gui.lead import LeadWindow
from packstation.services.reports.service import ReportService
from packstation.services.site.lead import LeadService
from tests.gui.screenshots import shot_dir

END = dt.date(2024, 5, 10)
DOCS = os.environ.get("PACKSTATION_SCREENSHOTS_DOCS")


def test_on_time_in_full_tab_agrees_with_the_service(qtbot: Any, sqlite_store: Any, tmp_path: Path) -> None:
    summary = generate_history(sqlite_store, 5, seed=5, end=END, orders_per_shift=20)
    now = summary.end - dt.timedelta(hours=9)  # during the last shift: its open orders are at risk or overdue
    reports = ReportService(sqlite_store.sessions, clock=FixedClock(now))
    lead = LeadService(sqlite_store.sessions)
    lead_id = next(u.id for u in lead.users() if u.role == "lead")
    win = LeadWindow(reports, lead, lead_id, tz=dt.UTC, refresh_ms=600_000)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    dash = win.dashboard
    dash.set_range(summary.start, summary.end)
    with qtbot.waitSignal(dash.refreshed, timeout=20_000):
        dash.refresh()
    board = reports.dashboard(ReportFilter(summary.start, summary.end, tz=dt.UTC))
    merchant = board.delivery[0]
    assert merchant.orders > 50 and 0 < merchant.on_time < merchant.with_ship_by and merchant.otif <= merchant.on_time
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    dash.tabs.setCurrentIndex(dash.tab_titles.index("On time in full"))  # the keyboard lands on its table
    view = dash.tab_views()[0]
    assert QApplication.focusWidget() is view and view.model() is dash.delivery_model
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # Tab leaves the table for the orders at risk
    assert QApplication.focusWidget() is dash.tab_views()[1]
    row = [dash.delivery_model.value(0, c) for c in range(dash.delivery_model.columnCount())]
    assert row[:3] == [merchant.merchant, merchant.orders, merchant.with_ship_by]
    assert row[3] == f"{merchant.on_time_rate * 100:.1f} %" and row[4] == f"{merchant.otif_rate * 100:.1f} %"
    assert row[5:7] == [format_minutes(merchant.p50_minutes), format_minutes(merchant.p90_minutes)]
    assert f"OTIF <b>{merchant.otif_rate * 100:.1f} %</b>" in dash.kpi_label.text()
    risk = [dash.at_risk_model.value(r, 0) for r in range(dash.at_risk_model.rowCount())]
    assert risk == [o.order_ref for o in board.at_risk] and risk
    # Enter on an order at risk opens its timeline; Esc closes it.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dash.last_dialog is not None and dash.last_dialog.isVisible())
    assert dash.last_dialog.timeline.order_ref == board.at_risk[0].order_ref
    qtbot.keyClick(dash.last_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dash.last_dialog.isVisible())
    qtbot.waitUntil(lambda: dash.kpi_label.height() >= dash.kpi_label.sizeHint().height())  # both lines laid out
    for folder in [shot_dir()] + ([Path(DOCS)] if DOCS else []):
        win.grab().save(str(folder / "otif-dashboard.png"))
    from packstation.documents.shift_report import write_shift_report

    pdf = write_shift_report(dash.board, tmp_path / "shift.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "On time and in full" in text and board.at_risk[0].order_ref in text
    for folder in [shot_dir()] + ([Path(DOCS)] if DOCS else []):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "60",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(folder / "otif-shift-report"),
            ],
            check=True,
        )
    win.close()
