"""A customer's complaint, keys only: an order packed at a real bench (HTTP camera, simulated scale), then in the
lead window's Complaints tab the lead types the order, sees the package's evidence beside it (photo, weights,
scans), picks what went wrong and the units, and records it with Ctrl+Enter. The replacement comes first when the
packer asks for the next order, and its slips hold the apology with a coupon nobody set up; the complaint shows in
the dashboard's error counts against the packer, station and SKU. Screenshots (1366x768): incident-complaint.png,
incident-recorded.png."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from packstation.services.marketing.service import MarketingService
from packstation.store.models import Order, User
from tests.gui.conftest import find_order
from tests.gui.screenshots import shot_dir
from tests.gui.test_camera_gui import bench_with, pack_to_label
from tests.helpers.camera_server import CameraServer

DOCS = os.environ.get("PACKSTATION_SCREENSHOTS_DOCS")  # e.g. docs/screenshots: refresh the documented pictures


def _save(widget: Any, name: str) -> None:
    for folder in [shot_dir()] + ([Path(DOCS)] if DOCS else []):
        widget.grab().save(str(folder / name))


def _key(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard focus is, as the lead presses it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_complaint_keys_only_replacement_first_with_apology_and_counted_back(
    qtbot: Any, bench_db: Path, tmp_path: Path
) -> None:
    from packstation.gui.lead.window import LeadWindow
    from packstation.services.reports.service import ReportService
    from packstation.services.site.lead import LeadService

    with CameraServer() as server:
        bench = bench_with(qtbot, bench_db, tmp_path, camera=server.url())
        try:
            order = find_order(bench.store, lines=(2, 3), plain=True)
            pack_to_label(bench, order)
            qtbot.waitUntil(lambda: "taken" in bench.window.photo_status.text(), timeout=10_000)
            packer = bench.window.user.name
            for code in bench.window.session.labels_expected:
                bench.scan(code)
            bench.scan("CMD-CLOSE")
            assert bench.order(order.id).status == "closed"
        finally:
            bench.window.close()  # the bench's scanner filter must not take the lead's typing
            bench.store.dispose()
    from packstation.app import open_store

    store = open_store(f"sqlite:///{bench_db}", migrate=False)
    try:
        if True:
            with store.sessions() as db:
                lead_id = db.scalars(select(User.id).where(User.role == "lead")).first()
                order_lines = list(db.get(Order, order.id).lines)
                first_line = min(order_lines, key=lambda ln: ln.line_no)
                assert order_lines

            win = LeadWindow(
                ReportService(store.sessions), LeadService(store.sessions), lead_id, tz=dt.UTC, refresh_ms=600_000
            )
            qtbot.addWidget(win)
            win.resize(1366, 768)
            win.show()
            qtbot.waitExposed(win)
            win.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
            win.tabs.setCurrentWidget(win.incidents)
            panel = win.incidents

            # A typo first: named, nothing recorded.
            panel.order_field.setFocus()
            qtbot.keyClicks(panel.order_field, "NO-SUCH-ORDER")
            _key(qtbot, Qt.Key.Key_Return)
            assert "NO-SUCH-ORDER" in panel.message.text() and not panel.record_button.isEnabled()

            panel.order_field.selectAll()
            qtbot.keyClicks(panel.order_field, order.external_ref)
            _key(qtbot, Qt.Key.Key_Return)
            assert panel.lines.rowCount() == len(order_lines)
            qtbot.waitUntil(lambda: packer in panel.evidence_summary.text(), timeout=10_000)
            assert "BENCH-01" in panel.evidence_summary.text() and "Measured weight" in panel.evidence_summary.text()
            assert not panel.photo.pixmap().isNull()
            assert QApplication.focusWidget() is panel.kind and panel.kind.currentData() == "damaged"
            _key(qtbot, Qt.Key.Key_Tab)  # to the lines: the cursor is on the first line's units
            assert QApplication.focusWidget() is panel.lines and panel.lines.currentColumn() == 4
            qtbot.keyClicks(QApplication.focusWidget(), "1")  # typing opens the cell's editor
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not panel.lines)
            _key(qtbot, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.lines)
            _key(qtbot, Qt.Key.Key_Tab)  # to the note
            assert QApplication.focusWidget() is panel.note
            qtbot.keyClicks(panel.note, "box crushed, one unit broken")
            assert panel.units() == {first_line.line_no: 1}
            _save(win, "incident-complaint.png")
            with qtbot.waitSignal(panel.recorded, timeout=5_000) as recorded:
                _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            view = recorded.args[0]
            replacement_ref = f"{order.external_ref}-R1"
            assert view.replacement_ref == replacement_ref and replacement_ref in panel.message.text()
            row = [panel.recent_model.value(0, c) for c in range(panel.recent_model.columnCount())]
            assert row[1] == order.external_ref and row[2] == "Damaged" and packer in row[4] and row[5] == "BENCH-01"
            assert row[6] == replacement_ref
            _save(win, "incident-recorded.png")

            # The dashboard counts it against the packer, station and SKU.
            dash = win.dashboard
            now = dt.datetime.now(dt.UTC)
            dash.set_range(now - dt.timedelta(days=3), now + dt.timedelta(hours=1))
            with qtbot.waitSignal(dash.refreshed, timeout=15_000):
                dash.refresh()
            board = dash.board
            assert ("incident_damaged", 1) in [(e.error_type, e.count) for e in board.errors_by_type]
            assert (packer, "incident_damaged", 1) in [(e.label, e.error_type, e.count) for e in board.errors_by_packer]
            assert ("BENCH-01", "incident_damaged", 1) in [
                (e.label, e.error_type, e.count) for e in board.errors_by_station
            ]
            win.tabs.setCurrentWidget(dash)
            dash.tabs.setCurrentIndex(dash.tab_titles.index("On time in full"))
            assert dash.delivery_model.rowCount() >= 1 and dash.at_risk_model.rowCount() >= 1
            assert [dash.at_risk_model.value(r, 0) for r in range(dash.at_risk_model.rowCount())] == [
                o.order_ref for o in board.at_risk
            ]  # most urgent first, as the service counted them
            total = board.delivery_total
            assert (
                total is not None
                and f"<b>{total.at_risk}</b> orders at risk now" in dash.kpi_label.text()
                or f">{total.at_risk}</span></b> orders at risk now" in dash.kpi_label.text()
            )
            win.close()

    finally:
        store.dispose()

    # The packer's next order is the replacement; its slips hold the apology and a coupon.
    bench = bench_with(qtbot, bench_db, tmp_path)
    store = bench.store
    try:
        if True:
            bench.sign_in()
            bench.press(Qt.Key.Key_F3)
            qtbot.waitUntil(lambda: bench.window.session is not None, timeout=5_000)
            assert bench.window.session.order_ref == replacement_ref
            bench.scan_all_units()
            bench.answer_qc_yes()
            for box in bench.window.session.plan["boxes"]:
                bench.scan(box["box"])
            bench.answer_qc_yes()
            slips = MarketingService(store.sessions).slips_for_order(view.replacement_order_id)
            apology = [s for s in slips if s.kind == "apology"]
            assert len(apology) == 1 and apology[0].coupon_code, [(s.kind, s.campaign_name) for s in slips]
            assert apology[0].slip_code in bench.window.session.slips_expected
    finally:
        bench.window.close()
        bench.store.dispose()
