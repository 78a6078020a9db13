"""Issue 15, parts 2-5, on the real window with the real station service and store, by keys and scans only.

Each test does what a packer does and asserts what the screen shows and what the store holds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from packstation.gui.screens.qc import QcDialog, WeightDialog
from packstation.store.models import Order
from packstation.store.models.catalog import Merchant
from packstation.store.models.packing import Event, QcResult
from packstation.store.models.shipping import Label, PrintJob
from tests.gui import keys
from tests.gui.conftest import Bench, find_order, unit_code
from tests.gui.printing import settle_prints


def _order_with(bench: Bench, *, gift: bool = False, merchant_rules: dict[str, Any] | None = None) -> Order:
    order = find_order(bench.store, lines=(1, 3), plain=True)
    with bench.store.sessions.begin() as db:
        db.execute(update(Order).where(Order.id == order.id).values(gift=gift))
        if merchant_rules is not None:
            merchant = db.get(Merchant, order.merchant_id)
            merchant.qc_rules = {**(merchant.qc_rules or {}), **merchant_rules}
    return order


def _no_dialog(bench: Bench) -> bool:
    QApplication.processEvents()
    return QApplication.activeModalWidget() is None


def test_a_stop_takes_the_working_area_keeps_its_reason_and_then_names_the_next_step(bench: Bench) -> None:
    window = bench.window
    order = find_order(bench.store, lines=(2, 4), plain=True)
    bench.sign_in()
    bench.scan(order.order_barcode)
    first = window.session.lines[0]
    bench.scan("NOT-A-BARCODE-15")
    banner = window.banner
    assert banner.look == "stop" and banner.awaiting_ack
    reason = (banner.headline, banner.detail)
    # the stop takes the whole working area: the order screen is gone, the banner fills the space between
    # the header and the key hints
    assert not window.pages.isVisible()
    central = window.centralWidget().height()
    bench.qtbot.waitUntil(lambda: banner.height() > central * 0.6)
    # a scan during the stop keeps the stop's reason and adds "acknowledge first"
    bench.scan(unit_code(first))
    assert (banner.headline, banner.detail) == reason
    assert "Acknowledge first" in banner.note
    assert window.session.units_scanned == 0
    # Esc: the order comes back and the banner names the next step, not the old red
    keys.key(Qt.Key.Key_Escape, window)
    assert not banner.awaiting_ack and window.pages.isVisible()
    assert banner.look == "idle" and banner.headline == f"NEXT: SCAN {first.sku_code}"
    assert "Acknowledged" not in banner.note


def test_gift_order_of_a_merchant_that_weighs_boxes_is_packed_in_the_hands_order(bench: Bench) -> None:
    """Today it got stuck before the box (the gift check waited behind a weight that waited for a box)."""
    window = bench.window
    order = _order_with(bench, gift=True, merchant_rules={"weight_check": True})
    bench.sign_in()
    bench.scan(order.order_barcode)
    bench.scan_all_units()
    assert window.session.state == "box" and _no_dialog(bench)  # no check asked before the box
    assert window.banner.look == "ok"
    keys.key(Qt.Key.Key_Escape, window)
    for box in window.session.plan["boxes"]:
        bench.scan(box["box"])
    # the slips printed: the gift check opens by itself, with its own words
    dialog = bench.modal()
    assert isinstance(dialog, QcDialog) and dialog.request.check == "gift"
    assert "prices" in dialog.hint.text() and "damaged" not in dialog.hint.text()
    base = window.base_px()
    assert dialog.prompt_label.font().pixelSize() >= int(base * 1.25)  # the banner's type scale, not 12 px
    # Esc puts it away; the banner names it and Insert brings it back
    keys.key(Qt.Key.Key_Escape, dialog)
    bench.qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.banner.headline == "NEXT: GIFT CHECK" and "Insert" in window.banner.detail
    bench.scan(window.session.plan["boxes"][0]["box"])  # a stray scan does not reopen it by itself
    keys.key(Qt.Key.Key_Escape, window)
    assert _no_dialog(bench)
    bench.press(Qt.Key.Key_Insert)
    dialog = bench.modal()
    assert isinstance(dialog, QcDialog) and dialog.request.check == "gift"
    bench.scan("CMD-YES")  # answered by a scan
    bench.qtbot.waitUntil(lambda: not dialog.isVisible())
    # slips into the box, then the box (with slips and cushioning) on the scale
    for code in window.session.slips_expected:
        assert _no_dialog(bench), "the weight waits until the slips are in"
        bench.scan(code)
    weigh = bench.modal()
    assert isinstance(weigh, WeightDialog)
    bench.weigh_if_asked()
    for code in window.session.labels_expected:
        bench.scan(code)
    bench.press(Qt.Key.Key_F12)
    assert bench.order(order.id).status == "closed"
    with bench.store.sessions() as db:
        events = db.scalars(select(Event).where(Event.order_id == order.id).order_by(Event.id)).all()
        codes = [e.code for e in events]
        results = {r.check: r.passed for r in db.scalars(select(QcResult).join(Event, Event.id == QcResult.event_id)
                                                          .where(Event.order_id == order.id))}
    assert results == {"gift": True, "weight": True}
    assert codes.index("box_confirmed") < codes.index("slips_registered") < codes.index("gift")
    assert codes.index("gift") < codes.index("weight") < codes.index("labels_registered")
    if "slip_verified" in codes:
        assert codes.index("gift") < codes.index("slip_verified") < codes.index("weight")


def _pack_to_label(bench: Bench, order: Order) -> None:
    bench.sign_in()
    bench.scan(order.order_barcode)
    bench.scan_all_units()
    keys.key(Qt.Key.Key_Escape, bench.window)
    for box in bench.window.session.plan["boxes"]:
        bench.scan(box["box"])
    bench.answer_qc_yes()
    for code in bench.window.session.slips_expected:
        bench.scan(code)


def test_printer_fault_turns_banner_and_step_bar_f12_says_why_and_it_does_not_carry_over(bench: Bench) -> None:
    window = bench.window
    order = find_order(bench.store, lines=(1, 3), plain=True)
    bench.set_devices(label_printer="tcp://127.0.0.1:9", label_format="zpl")  # connection refused
    _pack_to_label(bench, order)
    settle_prints(bench.qtbot, window)
    banner, steps = window.banner, window.order_screen.steps
    assert banner.look == "stop" and banner.headline == "PRINTER FAULT", (banner.headline, banner.detail)
    assert "label" in banner.detail.lower() and "F7" in banner.detail
    label_step = steps.labels["label"].text()
    assert "Printer fault" in label_step and not label_step.startswith("✔")
    assert not steps.labels["verify"].text().startswith("✔")
    bench.press(Qt.Key.Key_F12)
    assert banner.headline == "CANNOT CLOSE" and "Printer fault" in banner.detail
    assert bench.order(order.id).status != "closed"
    # the order is parked; the next order starts clean although the failed job is still listed
    bench.press(Qt.Key.Key_F9)
    bench.set_devices(label_printer="", label_format="pdf")
    other = find_order(bench.store, lines=(1, 3), plain=True)
    bench.scan(other.order_barcode)
    settle_prints(bench.qtbot, window)
    assert window.session.order_id == other.id
    assert not window.order_screen.print_panel.has_fault and steps.fault is None
    assert banner.headline != "PRINTER FAULT"
    with bench.store.sessions() as db:
        assert db.scalars(select(PrintJob).where(PrintJob.order_id == order.id, PrintJob.status == "failed")).all()


def test_a_voided_label_blocks_close_until_a_new_label_is_printed_and_verified(bench: Bench) -> None:
    window = bench.window
    order = find_order(bench.store, lines=(1, 3), plain=True)
    _pack_to_label(bench, order)
    old = list(window.session.labels_expected)
    assert old
    bench.press(Qt.Key.Key_F8)
    dialog = bench.modal()
    keys.key(Qt.Key.Key_Return, dialog.reason.lineEdit(), "\r")
    bench.qtbot.waitUntil(lambda: not dialog.isVisible())
    new = list(window.session.labels_expected)
    assert new and not set(new) & set(old), "a new label was printed"
    assert not window.session.can_close
    bench.press(Qt.Key.Key_F12)
    assert window.banner.headline == "CANNOT CLOSE"
    assert bench.order(order.id).status != "closed"
    for code in old:
        bench.scan(code)
        assert window.banner.look == "stop"  # the voided label is not this box's label
        keys.key(Qt.Key.Key_Escape, window)
    for code in new:
        bench.scan(code)
        assert window.banner.look == "ok", window.banner.detail
    bench.press(Qt.Key.Key_F12)
    assert bench.order(order.id).status == "closed"
    with bench.store.sessions() as db:
        labels = {label.tracking_number: label.status for label in db.scalars(
            select(Label).where(Label.order_id == order.id))}
    assert {labels[c] for c in old} == {"voided"} and {labels[c] for c in new} == {"verified"}


def test_the_weigh_keys_read_the_scale_and_never_type_into_the_grams_field(bench: Bench) -> None:
    window = bench.window
    order = find_order(bench.store, lines=(1, 3), plain=True)
    bench.sign_in()
    bench.scan(order.order_barcode)
    bench.press(Qt.Key.Key_F6)
    dialog = bench.modal()
    assert isinstance(dialog, WeightDialog)
    field = dialog.field
    keys.press(field, int(Qt.Key.Key_S), "s", gap_ms=300)  # no scale reading yet
    bench.qtbot.waitUntil(lambda: bool(dialog.error) and not dialog.reading)  # a lone key reaches the field after the filter
    assert "scale" in dialog.error.lower(), dialog.error
    assert field.text() == ""
    bench.scale.place(1234)
    keys.press(field, int(Qt.Key.Key_F6), "", gap_ms=300)
    assert "s" not in field.text().lower()
    bench.qtbot.waitUntil(lambda: not dialog.isVisible())
    with bench.store.sessions() as db:
        weights = [r.value for r in db.scalars(select(QcResult).where(QcResult.check == "weight"))]
    assert weights == ["1234"]
    assert window.banner.headline in ("WEIGHT OK", "WEIGHT MISMATCH")


def test_after_a_leads_override_the_screen_says_what_to_do_next(bench: Bench) -> None:
    window = bench.window
    order = _order_with(bench, merchant_rules={"weight_check": True})
    _pack_to_label(bench, order)
    weigh = bench.modal()
    assert isinstance(weigh, WeightDialog)
    bench.scale.place(99_000)  # far too heavy
    keys.type_text("s", weigh)
    bench.qtbot.waitUntil(lambda: not weigh.isVisible())
    assert window.banner.headline == "WEIGHT MISMATCH" and window.banner.awaiting_ack
    bench.press(Qt.Key.Key_Escape)
    again = bench.modal()  # take out what is wrong, weigh again: the dialog is back by itself
    assert isinstance(again, WeightDialog)
    keys.key(Qt.Key.Key_Escape, again)
    bench.qtbot.waitUntil(lambda: not again.isVisible())
    assert window.banner.headline == "NEXT: WEIGH AGAIN" and "F11" in window.banner.detail
    bench.press(Qt.Key.Key_F11)
    dialog = bench.modal()
    keys.scan("BADGE-L001", dialog)
    bench.qtbot.waitUntil(lambda: dialog.badge.text() == "BADGE-L001")
    keys.type_text("5050", dialog.pin)
    bench.qtbot.waitUntil(lambda: dialog.pin.text() == "5050")
    keys.key(Qt.Key.Key_Return, dialog.pin, "\r")
    keys.key(Qt.Key.Key_Return, dialog.reason.lineEdit(), "\r")
    bench.qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.banner.headline == "OVERRIDDEN"
    assert "NEXT: SCAN THE LABEL" in window.banner.detail, window.banner.detail
