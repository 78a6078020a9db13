"""A whole-history range in the lead window: read in parts off the GUI thread, a progress bar while it reads, the
same figures as one read, and the window answers meanwhile."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer

from packstation.demo.history import generate_history
from packstation.domain.report_views import ReportFilter
from packstation.gui.lead import LeadWindow
from packstation.services.reports.service import ReportService
from packstation.services.site.lead import LeadService

END = dt.date(2024, 5, 10)


def test_a_long_range_shows_progress_and_the_same_figures(qtbot, sqlite_store) -> None:  # type: ignore[no-untyped-def]
    summary = generate_history(sqlite_store, 12, seed=6, end=END, orders_per_shift=4)
    lead = LeadService(sqlite_store.sessions)
    lead_id = next(u.id for u in lead.users() if u.role == "lead")
    reports = ReportService(sqlite_store.sessions)
    reports.CHUNK = dt.timedelta(days=2)  # a year in months, here twelve days in twos
    window = LeadWindow(reports, lead, lead_id, tz=dt.UTC, refresh_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dash = window.dashboard
    seen: list[tuple[int, int, bool]] = []
    dash.progressed.connect(lambda d, t: seen.append((d, t, dash.progress.isVisible())))
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    dash.set_range(summary.start, summary.end)
    with qtbot.waitSignal(dash.refreshed, timeout=30_000) as got:
        dash.refresh()
    timer.stop()
    dash.runner.wait()
    assert [(d, t) for d, t, _ in seen] == [(i, 6) for i in range(1, 7)]
    assert [v for _, _, v in seen][:-1] == [True] * 5 and not dash.progress.isVisible()  # shown while it read
    assert ticks  # the GUI thread kept running its timers while the parts were read
    one = ReportService(sqlite_store.sessions).dashboard(ReportFilter(summary.start, summary.end))
    k = got.args[0].kpis
    assert (k.orders, k.units, k.errors, k.orders_with_error, k.active_hours) == (
        one.kpis.orders,
        one.kpis.units,
        one.kpis.errors,
        one.kpis.orders_with_error,
        one.kpis.active_hours,
    )
    assert k.orders > 0 and abs((k.avg_pack_seconds or 0) - (one.kpis.avg_pack_seconds or 0)) < 1e-6
    assert f"Orders: <b>{one.kpis.orders}</b>" in dash.kpi_label.text()


def test_the_lead_process_collects_its_garbage_once_a_dashboard_is_on_screen(qtbot, sqlite_store) -> None:  # type: ignore[no-untyped-def]
    """`packstation lead` runs no automatic full collection (it would land on the GUI thread after the worker);
    once a dashboard is painted it collects in full and freezes what survives."""
    import gc

    from packstation.app import collect_after_each_refresh

    generate_history(sqlite_store, 1, seed=6, end=END, orders_per_shift=2)
    lead = LeadService(sqlite_store.sessions)
    lead_id = next(u.id for u in lead.users() if u.role == "lead")
    window = LeadWindow(ReportService(sqlite_store.sessions), lead, lead_id, tz=dt.UTC, refresh_ms=60_000)
    qtbot.addWidget(window)
    collect_after_each_refresh(window)
    gc.unfreeze()
    try:
        with qtbot.waitSignal(window.dashboard.refreshed, timeout=30_000):
            window.dashboard.refresh()
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)
    finally:
        gc.unfreeze()
