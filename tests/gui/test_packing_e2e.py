"""Whole orders at the bench, driven as a scanner types (characters ~8 ms apart, then Enter), on the real station
service and a real SQLite file. Each test checks what the screen shows and what the store holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from packstation.store.models import Event, Label, Package, PackSession, PrintJob, QcResult
from tests.gui import keys
from tests.gui.conftest import Bench, find_order, make_bench, unit_code
from tests.gui.printing import settle_prints


def _events(station_window: Bench, order_id: int) -> list[Event]:
    with station_window.store.sessions() as db:
        return list(db.scalars(select(Event).where(Event.order_id == order_id).order_by(Event.id)))


def test_whole_order_from_badge_to_closed_box_through_every_verdict(station_window: Bench) -> None:
    order = find_order(station_window.store, lines=(2, 6), plain=True)
    other = find_order(
        station_window.store, lines=(1, 12), plain=True, carriers=("bring", "dpd", "inpost", "royalmail")
    )
    window = station_window.window
    station_window.sign_in()
    assert window.header_user.text().endswith("Ingrid Berg")
    station_window.scan(order.order_barcode)
    session = window.session
    assert session.order_ref == order.external_ref and window.order_screen.isVisible()
    assert window.order_screen.model.rowCount() == len(session.lines)

    first = session.lines[0]
    station_window.scan(unit_code(first))
    assert (window.banner.look, window.banner.headline) == ("ok", "OK")
    assert window.session.lines[0].scanned == 1
    # A stop: an item of another order. Nothing else is taken until it is acknowledged.
    with station_window.store.sessions() as db:
        from packstation.store.models import OrderLine, Sku

        foreign = (
            db.execute(select(Sku).join(OrderLine, OrderLine.sku_id == Sku.id).where(OrderLine.order_id == other.id))
            .scalars()
            .first()
        )
        foreign_code = foreign.barcodes[0].code
    station_window.scan(foreign_code)
    assert window.banner.look == "stop" and window.banner.awaiting_ack
    assert window.banner.headline == "WRONG ITEM"
    station_window.scan(unit_code(first))
    assert window.session.units_scanned == 1  # refused while the stop waits
    keys.key(Qt.Key.Key_Escape, window)
    assert not window.banner.awaiting_ack
    station_window.scan("NOT-A-BARCODE-42")
    assert window.banner.headline == "UNKNOWN BARCODE"
    station_window.scan("CMD-ACK")
    station_window.scan_all_units()
    station_window.scan(unit_code(first))  # one too many
    assert window.banner.headline == "TOO MANY" and window.banner.awaiting_ack
    station_window.scan("CMD-ACK")

    assert window.session.state == "box"
    assert window.order_screen.box_panel.picture.boxes, "the pack picture shows the proposed box"
    station_window.finish_box_slips_label()
    assert window.session.can_close
    station_window.scan("CMD-CLOSE")
    assert window.session is None and window.idle_screen.isVisible()
    assert window.banner.headline == "ORDER CLOSED"

    assert station_window.order(order.id).status == "closed"
    errors = {e.error_type for e in _events(station_window, order.id) if e.error_type}
    assert {"wrong_item", "unknown_barcode", "over_scan"} <= errors
    with station_window.store.sessions() as db:
        package = db.scalars(select(Package).where(Package.order_id == order.id)).one()
        assert package.box_id is not None
        label = db.scalars(select(Label).where(Label.order_id == order.id)).one()
        assert label.status in ("verified", "printed")
    assert list((station_window.settings.print_dir).rglob("*.pdf")), "the label and slips were printed as PDF files"


def test_qc_failure_needs_a_lead_with_badge_and_pin(station_window: Bench) -> None:
    order = find_order(station_window.store, lines=(1, 3), needs="damage")
    window = station_window.window
    station_window.sign_in("BADGE-P002", "2222")
    station_window.scan(order.order_barcode)
    station_window.scan_all_units()
    dialog = station_window.modal()
    assert dialog.request.check == "damage"
    keys.type_text("n", dialog)  # damaged
    station_window.qtbot.waitUntil(lambda: dialog.waiting_for_replacement)
    keys.key(Qt.Key.Key_Escape, dialog)  # no replacement on the shelf
    station_window.qtbot.waitUntil(lambda: not dialog.isVisible())
    station_window.answer_qc_yes()
    assert window.session.failed_qc, "the failed damage check blocks the order"
    assert any(key.startswith("damage") for key in window.session.overridable)

    station_window.press(Qt.Key.Key_F11)
    override = station_window.modal()
    keys.scan("BADGE-L001")  # the lead's badge arrives as a scan, into the dialog
    assert override.badge.text() == "BADGE-L001"
    keys.type_text("0000", override.pin)
    station_window.qtbot.waitUntil(lambda: override.pin.text() == "0000")
    assert not override.submit()
    assert "PIN" in override.error and override.isVisible()
    keys.type_text("5050", override.pin)
    station_window.qtbot.waitUntil(lambda: override.pin.text() == "5050")
    assert override.submit()
    assert window.banner.headline == "OVERRIDDEN"
    assert not window.session.failed_qc
    with station_window.store.sessions() as db:
        overridden = db.scalars(select(QcResult).where(QcResult.overridden.is_(True))).all()
        assert overridden
        event = db.scalars(select(Event).where(Event.order_id == order.id, Event.kind == "override")).one()
        assert event.approver_id is not None and event.error_type == "override"


def test_damaged_unit_replaced_by_scan(station_window: Bench) -> None:
    order = find_order(station_window.store, lines=(1, 3), needs="damage")
    window = station_window.window
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    station_window.scan_all_units()
    dialog = station_window.modal()
    line = next(x for x in window.session.lines if x.line_id == dialog.request.line_id)
    keys.type_text("n", dialog)
    station_window.qtbot.waitUntil(lambda: dialog.waiting_for_replacement)
    keys.scan(unit_code(line, 2))  # the replacement unit, scanned into the dialog
    station_window.qtbot.waitUntil(lambda: not dialog.isVisible())
    station_window.answer_qc_yes()
    assert not window.session.failed_qc
    assert window.session.lines[0].scanned == window.session.lines[0].ordered
    with station_window.store.sessions() as db:
        damage = db.scalars(select(QcResult).where(QcResult.check == "damage").order_by(QcResult.id)).all()
        assert [r.passed for r in damage] == [False, True]


def test_printer_failure_is_shown_and_a_reprint_fixes_it(station_window: Bench) -> None:
    order = find_order(station_window.store, lines=(1, 4), plain=True)
    window = station_window.window
    station_window.set_devices(
        label_printer="tcp://127.0.0.1:9", label_format="zpl"
    )  # nothing listens there: connection refused
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    station_window.scan_all_units()
    for box in window.session.plan["boxes"]:
        station_window.scan(box["box"])
    for code in window.session.slips_expected:
        station_window.scan(code)
    panel = window.order_screen.print_panel
    settle_prints(station_window.qtbot, window)
    assert panel.has_fault and "PRINTER FAULT" in panel.fault.text()
    with station_window.store.sessions() as db:
        failed = db.scalars(select(PrintJob).where(PrintJob.order_id == order.id, PrintJob.document == "label")).all()
        assert failed and failed[0].status == "failed" and failed[0].last_error
    assert not window.session.can_close

    station_window.set_devices(label_printer="", label_format="pdf")  # the printer is fixed (PDF folder)
    station_window.press(Qt.Key.Key_F7)
    dialog = station_window.modal()
    keys.key(Qt.Key.Key_Return, dialog.reason.lineEdit(), "\r")
    station_window.qtbot.waitUntil(lambda: not dialog.isVisible())
    settle_prints(station_window.qtbot, window)
    assert not panel.has_fault
    for code in window.session.labels_expected:
        station_window.scan(code)
    station_window.scan("CMD-CLOSE")
    assert station_window.order(order.id).status == "closed"


def test_suspend_and_resume_keeps_the_units(station_window: Bench) -> None:
    order = find_order(station_window.store, lines=(2, 6), plain=True)
    window = station_window.window
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    station_window.scan(unit_code(window.session.lines[0]))
    station_window.scan("CMD-SUSPEND")
    assert window.session is None and window.banner.headline == "SUSPENDED"
    assert station_window.order(order.id).status == "suspended"
    station_window.scan(order.order_barcode)
    assert window.session.order_ref == order.external_ref
    assert window.session.units_scanned == 1


def test_send_to_exception_with_a_reason(station_window: Bench) -> None:
    order = find_order(station_window.store, lines=(2, 6), plain=True)
    window = station_window.window
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    station_window.press(Qt.Key.Key_F10)
    dialog = station_window.modal()
    dialog.reason.setCurrentText("Item missing from the tote")
    keys.key(Qt.Key.Key_Return, dialog.reason.lineEdit(), "\r")
    station_window.qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.session is None and window.banner.headline == "SENT TO EXCEPTION"
    stored = station_window.order(order.id)
    assert stored.status == "exception" and "missing" in stored.exception_reason


def test_restart_in_the_middle_of_an_order(qtbot, station_window: Bench, bench_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    order = find_order(station_window.store, lines=(2, 6), plain=True)
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    station_window.scan(unit_code(station_window.window.session.lines[0]))
    scanned = station_window.window.session.units_scanned
    station_window.window.close()  # the station goes down mid-order
    station_window.store.dispose()

    again = make_bench(qtbot, bench_db, tmp_path / "prints")
    try:
        again.sign_in()
        assert again.window.session is not None, "the open order comes back after sign-in"
        assert again.window.session.order_ref == order.external_ref
        assert again.window.session.units_scanned == scanned
        assert again.window.banner.headline == "ORDER RESUMED"
        with again.store.sessions() as db:
            assert db.scalars(select(PackSession).where(PackSession.order_id == order.id)).one().state == "scanning"
    finally:
        again.window.close()
        again.store.dispose()


def test_twelve_lines_fit_without_scrolling(station_window: Bench) -> None:
    order = find_order(
        station_window.store,
        lines=(12, 12),
        carriers=("bring", "dhl", "dpd", "inpost", "posti", "postnord", "royalmail"),
    )
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    table = station_window.window.order_screen.table
    QApplication.processEvents()
    assert station_window.window.order_screen.model.rowCount() == 12
    last = table.rowViewportPosition(11) + table.rowHeight(11)
    assert last <= table.viewport().height()
    station_window.qtbot.waitUntil(lambda: not table.verticalScrollBar().isVisible())
    assert table.rowHeight(0) >= 28  # still large rows at 1366x768
