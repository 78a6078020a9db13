"""The dashboard's trend by day and errors by SKU, reached and drilled into by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.domain.report_views import ReportFilter
from tests.gui import keys
from tests.gui.lead.test_lead_dashboard import floor, window  # noqa: F401 - fixtures


def test_days_and_skus_agree_with_the_events_and_drill_by_enter(window, floor, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _store, summary, reports, _lead, _id = floor
    board = reports.dashboard(ReportFilter(summary.start, summary.end))
    assert board.days, "every day of the range has a row"
    assert sum(d.orders for d in board.days) == board.kpis.orders
    assert sum(d.errors for d in board.days) == board.kpis.errors
    assert [d.day for d in board.days] == sorted(d.day for d in board.days)
    assert board.errors_by_sku and [r.count for r in board.errors_by_sku] == sorted(
        (r.count for r in board.errors_by_sku), reverse=True
    )
    dash = window.dashboard
    titles = [dash.tabs.tabText(i) for i in range(dash.tabs.count())]
    assert titles[-2:] == ["By day", "Errors by SKU"]
    assert dash.day_model.rowCount() == len(board.days)
    # Keyboard: from the first table, Ctrl+Shift+Tab wraps round to the last tab, Errors by SKU.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    dash.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dash.tab_views(0)[0])
    keys.press(
        None,
        int(Qt.Key.Key_Backtab),
        "",
        modifiers=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: dash.tabs.currentIndex() == dash.tabs.count() - 1)
    view = dash.tab_views()[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    top = board.errors_by_sku[0]
    assert view.currentIndex().row() == 0 and dash.sku_model.value(0, 0) == top.sku
    keys.key(Qt.Key.Key_Return, None, "\r")
    qtbot.waitUntil(lambda: dash.last_dialog is not None and dash.last_dialog.isVisible())
    events = dash.last_dialog.table.events_model
    assert events.rowCount() == top.count
    assert {events.payload(r).sku for r in range(events.rowCount())} == {top.sku}
    keys.key(Qt.Key.Key_Escape, dash.last_dialog)
    qtbot.waitUntil(lambda: not dash.last_dialog.isVisible())
