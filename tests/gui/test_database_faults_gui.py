"""Issue 17 part 9 at the bench: the window never shows a stale verdict as the new scan's answer, and a sign-in
on a database that cannot be written says so (the next scan is then not taken for a badge)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers.small_disk import small_disk

from tests.gui.conftest import Bench, find_order, make_bench, unit_code


def test_the_last_verdict_leaves_the_screen_before_the_service_answers(station_window: Bench) -> None:
    order = find_order(station_window.store, lines=(2, 6), plain=True)
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    line = station_window.window.session.lines[0]
    station_window.scan(unit_code(line))
    assert (station_window.window.banner.look, station_window.window.banner.headline) == ("ok", "OK")
    seen: list[tuple[str, str, str]] = []
    real_scan = station_window.station.scan

    def scan_as_a_slow_database_would(*args: Any, **kwargs: Any) -> Any:
        banner = station_window.window.banner  # what the packer sees while the database has not answered yet
        seen.append((banner.look, banner.headline, banner.detail))
        return real_scan(*args, **kwargs)

    station_window.station.scan = scan_as_a_slow_database_would  # type: ignore[method-assign]
    code = unit_code(station_window.window.session.lines[1])
    station_window.scan(code)
    assert seen == [("idle", "CHECKING …", code)]  # today: ("ok", "OK", ...) of the scan before
    assert station_window.window.banner.headline == "OK"


def test_sign_in_on_a_database_that_cannot_be_written_is_said(qtbot: Any, bench_db: Path, tmp_path: Path) -> None:
    with small_disk(
        tmp_path / "ro", size_kb=65536, files={"bench.db": bench_db.read_bytes()}, state="read-only"
    ) as folder:
        bench = make_bench(qtbot, folder / "bench.db", tmp_path / "prints")
        try:
            bench.scan("BADGE-P001")  # the badge, scanned as the scanner types it
            assert bench.window.user is None
            shown = bench.window.sign_in_screen.error.text()
            assert "cannot be written" in shown, shown  # today: nothing, and the PIN screen waits
            assert bench.window.banner.look == "attention"
        finally:
            bench.window.close()
            bench.store.dispose()


def test_a_window_that_cannot_start_says_why(qtbot: Any, tmp_path: Path, capfd: Any) -> None:
    """Issue 17 part 6 from the window: an unusable database is a dialog in words and exit code 1."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from packstation.app import run_station
    from packstation.config import Settings
    from packstation.gui.launch import StartupFailure

    shown: list[str] = []

    def close_the_dialog() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == StartupFailure.object_name:
            shown.append(box.text())  # type: ignore[attr-defined]
            box.done(0)  # type: ignore[attr-defined]
        else:
            QTimer.singleShot(20, close_the_dialog)

    for url, words in (
        ("mysql://x@localhost/ps", "not a database Packstation can use"),
        ("sqlite://", "not a database Packstation can use"),
        ("sqlite:////proc/no-such-folder/bench.db", "/proc/no-such-folder"),
    ):
        shown.clear()
        QTimer.singleShot(20, close_the_dialog)
        assert run_station(Settings(db_url=url, print_dir=tmp_path / "prints")) == 1
        assert len(shown) == 1 and words in shown[0], shown
    assert "Traceback" not in capfd.readouterr().err


def test_a_label_printed_during_an_outage_moves_the_screen_on_once_the_database_is_back(
    qtbot: Any, bench_db: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """The label came out, the database failed before it could say so: DATABASE FAULT in words, then, once the
    database is back, the screen asks for the label on the box by itself (no F7, no "did it come out?")."""
    from packstation.domain.vocabulary import SessionState
    from tests.gui.printing import settle_prints
    from tests.services.packing.test_print_outcome_after_outage import DatabaseGoesAway, OutageAfterLabel

    monkeypatch.setenv("PACKSTATION_SQLITE_BUSY_TIMEOUT", "1")
    bench = make_bench(qtbot, bench_db, tmp_path / "prints")
    outage = DatabaseGoesAway(f"sqlite:///{bench_db}")
    printer = OutageAfterLabel(tmp_path / "prints", outage)
    bench.station.printing.printers = printer
    bench.station.printing.queue._printers = printer
    try:
        order = find_order(bench.store, lines=(1, 1), plain=True)
        bench.sign_in()
        bench.scan(order.order_barcode)
        window = bench.window
        for _ in range(40):
            session = window.session
            assert session is not None
            if session.state == SessionState.SCANNING:
                bench.scan(unit_code(session.active_line, session.active_line.scanned + 1))
            elif session.state == SessionState.QC:
                bench.station.record_weight(session.session_id, sum(int(b["weight"]) for b in session.plan["boxes"]))
                window.show_session(bench.station.view(session.session_id))
            elif session.state == SessionState.SLIPS and session.slips_expected:
                bench.scan(sorted(session.slips_expected)[0])
            elif session.state == SessionState.BOX:
                bench.scan(session.plan["boxes"][0]["box"])
            else:
                break
        assert printer.labels_sent == 1 and window.session.state == SessionState.LABEL
        window.print_timer.stop()  # refreshed here, one at a time (each waits out the lock while it is held)
        settle_prints(qtbot, window)
        panel = window.order_screen.print_panel
        assert panel.fault.isVisible() and panel.fault.text().startswith("DATABASE FAULT"), panel.fault.text()
        outage.back()
        settle_prints(qtbot, window)
        assert window.session.state == SessionState.VERIFY  # on its own, once the database is back
        assert not panel.fault.isVisible()
        (tracking,) = window.session.labels_expected
        bench.scan(tracking)
        assert window.banner.look == "ok", window.banner.detail
        assert printer.labels_sent == 1
    finally:
        outage.back()
        bench.window.close()
        bench.store.dispose()
