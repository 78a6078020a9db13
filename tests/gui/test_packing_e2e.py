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


def _events(bench: Bench, order_id: int) -> list[Event]:
    with bench.store.sessions() as db:
        return list(db.scalars(select(Event).where(Event.order_id == order_id).order_by(Event.id)))


def test_whole_order_from_badge_to_closed_box_through_every_verdict(bench: Bench) -> None:
    order = find_order(bench.store, lines=(2, 6), plain=True)
    other = find_order(bench.store, lines=(1, 12), plain=True, carriers=("bring", "dpd", "inpost", "royalmail"))
    window = bench.window
    bench.sign_in()
    assert window.header_user.text().endswith("Ingrid Berg")
    bench.scan(order.order_barcode)
    session = window.session
    assert session.order_ref == order.external_ref and window.order_screen.isVisible()
    assert window.order_screen.model.rowCount() == len(session.lines)

    first = session.lines[0]
    bench.scan(unit_code(first))
    assert (window.banner.look, window.banner.headline) == ("ok", "OK")
    assert window.session.lines[0].scanned == 1
    # A stop: an item of another order. Nothing else is taken until it is acknowledged.
    with bench.store.sessions() as db:
        from packstation.store.models import OrderLine, Sku
        foreign = db.execute(select(Sku).join(OrderLine, OrderLine.sku_id == Sku.id)
                             .where(OrderLine.order_id == other.id)).scalars().first()
        foreign_code = foreign.barcodes[0].code
    bench.scan(foreign_code)
    assert window.banner.look == "stop" and window.banner.awaiting_ack
    assert window.banner.headline == "WRONG ITEM"
    bench.scan(unit_code(first))
    assert window.session.units_scanned == 1  # refused while the stop waits
    keys.key(Qt.Key.Key_Escape, window)
    assert not window.banner.awaiting_ack
    bench.scan("NOT-A-BARCODE-42")
    assert window.banner.headline == "UNKNOWN BARCODE"
    bench.scan("CMD-ACK")
    bench.scan_all_units()
    bench.scan(unit_code(first))  # one too many
    assert window.banner.headline == "TOO MANY" and window.banner.awaiting_ack
    bench.scan("CMD-ACK")

    assert window.session.state == "box"
    assert window.order_screen.box_panel.picture.boxes, "the pack picture shows the proposed box"
    bench.finish_box_slips_label()
    assert window.session.can_close
    bench.scan("CMD-CLOSE")
    assert window.session is None and window.idle_screen.isVisible()
    assert window.banner.headline == "ORDER CLOSED"

    assert bench.order(order.id).status == "closed"
    errors = {e.error_type for e in _events(bench, order.id) if e.error_type}
    assert {"wrong_item", "unknown_barcode", "over_scan"} <= errors
    with bench.store.sessions() as db:
        package = db.scalars(select(Package).where(Package.order_id == order.id)).one()
        assert package.box_id is not None
        label = db.scalars(select(Label).where(Label.order_id == order.id)).one()
        assert label.status in ("verified", "printed")
    assert list((bench.settings.print_dir).rglob("*.pdf")), "the label and slips were printed as PDF files"


def test_qc_failure_needs_a_lead_with_badge_and_pin(bench: Bench) -> None:
    order = find_order(bench.store, lines=(1, 3), needs="damage")
    window = bench.window
    bench.sign_in("BADGE-P002", "2222")
    bench.scan(order.order_barcode)
    bench.scan_all_units()
    dialog = bench.modal()
    assert dialog.request.check == "damage"
    keys.type_text("n", dialog)  # damaged
    bench.qtbot.waitUntil(lambda: dialog.waiting_for_replacement)
    keys.key(Qt.Key.Key_Escape, dialog)  # no replacement on the shelf
    bench.qtbot.waitUntil(lambda: not dialog.isVisible())
    bench.answer_qc_yes()
    assert window.session.failed_qc, "the failed damage check blocks the order"
    assert any(key.startswith("damage") for key in window.session.overridable)

    bench.press(Qt.Key.Key_F11)
    override = bench.modal()
    keys.scan("BADGE-L001")  # the lead's badge arrives as a scan, into the dialog
    assert override.badge.text() == "BADGE-L001"
    keys.type_text("0000", override.pin)
    bench.qtbot.waitUntil(lambda: override.pin.text() == "0000")
    assert not override.submit()
    assert "PIN" in override.error and override.isVisible()
    keys.type_text("5050", override.pin)
    bench.qtbot.waitUntil(lambda: override.pin.text() == "5050")
    assert override.submit()
    assert window.banner.headline == "OVERRIDDEN"
    assert not window.session.failed_qc
    with bench.store.sessions() as db:
        overridden = db.scalars(select(QcResult).where(QcResult.overridden.is_(True))).all()
        assert overridden
        event = db.scalars(select(Event).where(Event.order_id == order.id, Event.kind == "override")).one()
        assert event.approver_id is not None and event.error_type == "override"


def test_damaged_unit_replaced_by_scan(bench: Bench) -> None:
    order = find_order(bench.store, lines=(1, 3), needs="damage")
    window = bench.window
    bench.sign_in()
    bench.scan(order.order_barcode)
    bench.scan_all_units()
    dialog = bench.modal()
    line = next(x for x in window.session.lines if x.line_id == dialog.request.line_id)
    keys.type_text("n", dialog)
    bench.qtbot.waitUntil(lambda: dialog.waiting_for_replacement)
    keys.scan(unit_code(line, 2))  # the replacement unit, scanned into the dialog
    bench.qtbot.waitUntil(lambda: not dialog.isVisible())
    bench.answer_qc_yes()
    assert not window.session.failed_qc
    assert window.session.lines[0].scanned == window.session.lines[0].ordered
    with bench.store.sessions() as db:
        damage = db.scalars(select(QcResult).where(QcResult.check == "damage").order_by(QcResult.id)).all()
        assert [r.passed for r in damage] == [False, True]


def test_printer_failure_is_shown_and_a_reprint_fixes_it(bench: Bench) -> None:
    order = find_order(bench.store, lines=(1, 4), plain=True)
    window = bench.window
    bench.set_devices(label_printer="tcp://127.0.0.1:9", label_format="zpl")  # nothing listens there: connection refused
    bench.sign_in()
    bench.scan(order.order_barcode)
    bench.scan_all_units()
    for box in window.session.plan["boxes"]:
        bench.scan(box["box"])
    for code in window.session.slips_expected:
        bench.scan(code)
    panel = window.order_screen.print_panel
    settle_prints(bench.qtbot, window)
    assert panel.has_fault and "PRINTER FAULT" in panel.fault.text()
    with bench.store.sessions() as db:
        failed = db.scalars(select(PrintJob).where(PrintJob.order_id == order.id, PrintJob.document == "label")).all()
        assert failed and failed[0].status == "failed" and failed[0].last_error
    assert not window.session.can_close

    bench.set_devices(label_printer="", label_format="pdf")  # the printer is fixed (PDF folder)
    bench.press(Qt.Key.Key_F7)
    dialog = bench.modal()
    keys.key(Qt.Key.Key_Return, dialog.reason.lineEdit(), "\r")
    bench.qtbot.waitUntil(lambda: not dialog.isVisible())
    settle_prints(bench.qtbot, window)
    assert not panel.has_fault
    for code in window.session.labels_expected:
        bench.scan(code)
    bench.scan("CMD-CLOSE")
    assert bench.order(order.id).status == "closed"


def test_suspend_and_resume_keeps_the_units(bench: Bench) -> None:
    order = find_order(bench.store, lines=(2, 6), plain=True)
    window = bench.window
    bench.sign_in()
    bench.scan(order.order_barcode)
    bench.scan(unit_code(window.session.lines[0]))
    bench.scan("CMD-SUSPEND")
    assert window.session is None and window.banner.headline == "SUSPENDED"
    assert bench.order(order.id).status == "suspended"
    bench.scan(order.order_barcode)
    assert window.session.order_ref == order.external_ref
    assert window.session.units_scanned == 1


def test_send_to_exception_with_a_reason(bench: Bench) -> None:
    order = find_order(bench.store, lines=(2, 6), plain=True)
    window = bench.window
    bench.sign_in()
    bench.scan(order.order_barcode)
    bench.press(Qt.Key.Key_F10)
    dialog = bench.modal()
    dialog.reason.setCurrentText("Item missing from the tote")
    keys.key(Qt.Key.Key_Return, dialog.reason.lineEdit(), "\r")
    bench.qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.session is None and window.banner.headline == "SENT TO EXCEPTION"
    stored = bench.order(order.id)
    assert stored.status == "exception" and "missing" in stored.exception_reason


def test_restart_in_the_middle_of_an_order(qtbot, bench: Bench, bench_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    order = find_order(bench.store, lines=(2, 6), plain=True)
    bench.sign_in()
    bench.scan(order.order_barcode)
    bench.scan(unit_code(bench.window.session.lines[0]))
    scanned = bench.window.session.units_scanned
    bench.window.close()  # the station goes down mid-order
    bench.store.dispose()

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


def test_twelve_lines_fit_without_scrolling(bench: Bench) -> None:
    order = find_order(bench.store, lines=(12, 12), carriers=("bring", "dhl", "dpd", "inpost", "posti", "postnord",
                                                                "royalmail"))
    bench.sign_in()
    bench.scan(order.order_barcode)
    table = bench.window.order_screen.table
    QApplication.processEvents()
    assert bench.window.order_screen.model.rowCount() == 12
    last = table.rowViewportPosition(11) + table.rowHeight(11)
    assert last <= table.viewport().height()
    bench.qtbot.waitUntil(lambda: not table.verticalScrollBar().isVisible())
    assert table.rowHeight(0) >= 28  # still large rows at 1366x768
