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


def _order_with(station_window: Bench, *, gift: bool = False, merchant_rules: dict[str, Any] | None = None) -> Order:
    order = find_order(station_window.store, lines=(1, 3), plain=True)
    with station_window.store.sessions.begin() as db:
        db.execute(update(Order).where(Order.id == order.id).values(gift=gift))
        if merchant_rules is not None:
            merchant = db.get(Merchant, order.merchant_id)
            merchant.qc_rules = {**(merchant.qc_rules or {}), **merchant_rules}
    return order


def _no_dialog(station_window: Bench) -> bool:
    QApplication.processEvents()
    return QApplication.activeModalWidget() is None


def test_a_stop_takes_the_working_area_keeps_its_reason_and_then_names_the_next_step(station_window: Bench) -> None:
    window = station_window.window
    order = find_order(station_window.store, lines=(2, 4), plain=True)
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    first = window.session.lines[0]
    station_window.scan("NOT-A-BARCODE-15")
    banner = window.banner
    assert banner.look == "stop" and banner.awaiting_ack
    reason = (banner.headline, banner.detail)
    # the stop takes the whole working area: the order screen is gone, the banner fills the space between
    # the header and the key hints
    assert not window.pages.isVisible()
    central = window.centralWidget().height()
    station_window.qtbot.waitUntil(lambda: banner.height() > central * 0.6)
    # a scan during the stop keeps the stop's reason and adds "acknowledge first"
    station_window.scan(unit_code(first))
    assert (banner.headline, banner.detail) == reason
    assert "Acknowledge first" in banner.note
    assert window.session.units_scanned == 0
    # Esc: the order comes back and the banner names the next step, not the old red
    keys.key(Qt.Key.Key_Escape, window)
    assert not banner.awaiting_ack and window.pages.isVisible()
    assert banner.look == "idle" and banner.headline == f"NEXT: SCAN {first.sku_code}"
    assert "Acknowledged" not in banner.note


def test_gift_order_of_a_merchant_that_weighs_boxes_is_packed_in_the_hands_order(station_window: Bench) -> None:
    """Today it got stuck before the box (the gift check waited behind a weight that waited for a box)."""
    window = station_window.window
    order = _order_with(station_window, gift=True, merchant_rules={"weight_check": True})
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    station_window.scan_all_units()
    assert window.session.state == "box" and _no_dialog(station_window)  # no check asked before the box
    assert window.banner.look == "ok"
    keys.key(Qt.Key.Key_Escape, window)
    for box in window.session.plan["boxes"]:
        station_window.scan(box["box"])
    # the slips printed: the gift check opens by itself, with its own words
    dialog = station_window.modal()
    assert isinstance(dialog, QcDialog) and dialog.request.check == "gift"
    assert "prices" in dialog.hint.text() and "damaged" not in dialog.hint.text()
    base = window.base_px()
    assert dialog.prompt_label.font().pixelSize() >= int(base * 1.25)  # the banner's type scale, not 12 px
    # Esc puts it away; the banner names it and Insert brings it back
    keys.key(Qt.Key.Key_Escape, dialog)
    station_window.qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.banner.headline == "NEXT: GIFT CHECK" and "Insert" in window.banner.detail
    station_window.scan(window.session.plan["boxes"][0]["box"])  # a stray scan does not reopen it by itself
    keys.key(Qt.Key.Key_Escape, window)
    assert _no_dialog(station_window)
    station_window.press(Qt.Key.Key_Insert)
    dialog = station_window.modal()
    assert isinstance(dialog, QcDialog) and dialog.request.check == "gift"
    station_window.scan("CMD-YES")  # answered by a scan
    station_window.qtbot.waitUntil(lambda: not dialog.isVisible())
    # slips into the box, then the box (with slips and cushioning) on the scale
    for code in window.session.slips_expected:
        assert _no_dialog(station_window), "the weight waits until the slips are in"
        station_window.scan(code)
    weigh = station_window.modal()
    assert isinstance(weigh, WeightDialog)
    station_window.weigh_if_asked()
    for code in window.session.labels_expected:
        station_window.scan(code)
    station_window.press(Qt.Key.Key_F12)
    assert station_window.order(order.id).status == "closed"
    with station_window.store.sessions() as db:
        events = db.scalars(select(Event).where(Event.order_id == order.id).order_by(Event.id)).all()
        codes = [e.code for e in events]
        results = {
            r.check: r.passed
            for r in db.scalars(
                select(QcResult).join(Event, Event.id == QcResult.event_id).where(Event.order_id == order.id)
            )
        }
    assert results == {"gift": True, "weight": True}
    assert codes.index("box_confirmed") < codes.index("slips_registered") < codes.index("gift")
    assert codes.index("gift") < codes.index("weight") < codes.index("labels_registered")
    if "slip_verified" in codes:
        assert codes.index("gift") < codes.index("slip_verified") < codes.index("weight")


def _pack_to_label(station_window: Bench, order: Order) -> None:
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    station_window.scan_all_units()
    keys.key(Qt.Key.Key_Escape, station_window.window)
    for box in station_window.window.session.plan["boxes"]:
        station_window.scan(box["box"])
    station_window.answer_qc_yes()
    for code in station_window.window.session.slips_expected:
        station_window.scan(code)


def test_printer_fault_turns_banner_and_step_bar_f12_says_why_and_it_does_not_carry_over(station_window: Bench) -> None:
    window = station_window.window
    order = find_order(station_window.store, lines=(1, 3), plain=True)
    station_window.set_devices(label_printer="tcp://127.0.0.1:9", label_format="zpl")  # connection refused
    _pack_to_label(station_window, order)
    settle_prints(station_window.qtbot, window)
    banner, steps = window.banner, window.order_screen.steps
    assert banner.look == "stop" and banner.headline == "PRINTER FAULT", (banner.headline, banner.detail)
    assert "label" in banner.detail.lower() and "F7" in banner.detail
    label_step = steps.labels["label"].text()
    assert "Printer fault" in label_step and not label_step.startswith("✔")
    assert steps.labels["label"].grab().toImage().pixelColor(1, 1).name() == "#b3121f"  # painted red
    assert not steps.labels["verify"].text().startswith("✔")
    station_window.press(Qt.Key.Key_F12)
    assert banner.headline == "CANNOT CLOSE" and "Printer fault" in banner.detail
    assert station_window.order(order.id).status != "closed"
    # the order is parked; the next order starts clean although the failed job is still listed
    station_window.press(Qt.Key.Key_F9)
    station_window.set_devices(label_printer="", label_format="pdf")
    other = find_order(station_window.store, lines=(1, 3), plain=True)
    station_window.scan(other.order_barcode)
    settle_prints(station_window.qtbot, window)
    assert window.session.order_id == other.id
    assert not window.order_screen.print_panel.has_fault and steps.fault is None
    current = next(label for label in steps.labels.values() if label.text().startswith("▶"))
    assert current.grab().toImage().pixelColor(1, 1).name() == "#263238" and current.font().underline()
    assert steps.labels["label"].grab().toImage().pixelColor(1, 1).name() != "#b3121f"
    assert banner.headline != "PRINTER FAULT"
    with station_window.store.sessions() as db:
        assert db.scalars(select(PrintJob).where(PrintJob.order_id == order.id, PrintJob.status == "failed")).all()


def test_a_voided_label_blocks_close_until_a_new_label_is_printed_and_verified(station_window: Bench) -> None:
    window = station_window.window
    order = find_order(station_window.store, lines=(1, 3), plain=True)
    _pack_to_label(station_window, order)
    old = list(window.session.labels_expected)
    assert old
    station_window.press(Qt.Key.Key_F8)
    dialog = station_window.modal()
    keys.key(Qt.Key.Key_Return, dialog.reason.lineEdit(), "\r")
    station_window.qtbot.waitUntil(lambda: not dialog.isVisible())
    new = list(window.session.labels_expected)
    assert new and not set(new) & set(old), "a new label was printed"
    assert not window.session.can_close
    station_window.press(Qt.Key.Key_F12)
    assert window.banner.headline == "CANNOT CLOSE"
    assert station_window.order(order.id).status != "closed"
    for code in old:
        station_window.scan(code)
        assert window.banner.look == "stop"  # the voided label is not this box's label
        keys.key(Qt.Key.Key_Escape, window)
    for code in new:
        station_window.scan(code)
        assert window.banner.look == "ok", window.banner.detail
    station_window.press(Qt.Key.Key_F12)
    assert station_window.order(order.id).status == "closed"
    with station_window.store.sessions() as db:
        labels = {
            label.tracking_number: label.status for label in db.scalars(select(Label).where(Label.order_id == order.id))
        }
    assert {labels[c] for c in old} == {"voided"} and {labels[c] for c in new} == {"verified"}


def test_the_weigh_keys_read_the_scale_and_never_type_into_the_grams_field(station_window: Bench) -> None:
    window = station_window.window
    order = find_order(station_window.store, lines=(1, 3), plain=True)
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    station_window.press(Qt.Key.Key_F6)
    dialog = station_window.modal()
    assert isinstance(dialog, WeightDialog)
    field = dialog.field
    keys.press(field, int(Qt.Key.Key_S), "s", gap_ms=300)  # no scale reading yet
    station_window.qtbot.waitUntil(
        lambda: bool(dialog.error) and not dialog.reading
    )  # a lone key reaches the field after the filter
    assert "scale" in dialog.error.lower(), dialog.error
    assert field.text() == ""
    station_window.scale.place(1234)
    keys.press(field, int(Qt.Key.Key_F6), "", gap_ms=300)
    assert "s" not in field.text().lower()
    station_window.qtbot.waitUntil(lambda: not dialog.isVisible())
    with station_window.store.sessions() as db:
        weights = [r.value for r in db.scalars(select(QcResult).where(QcResult.check == "weight"))]
    assert weights == ["1234"]
    assert window.banner.headline in ("WEIGHT OK", "WEIGHT MISMATCH")


def test_after_a_leads_override_the_screen_says_what_to_do_next(station_window: Bench) -> None:
    window = station_window.window
    order = _order_with(station_window, merchant_rules={"weight_check": True})
    _pack_to_label(station_window, order)
    weigh = station_window.modal()
    assert isinstance(weigh, WeightDialog)
    station_window.scale.place(99_000)  # far too heavy
    keys.type_text("s", weigh)
    station_window.qtbot.waitUntil(lambda: not weigh.isVisible())
    assert window.banner.headline == "WEIGHT MISMATCH" and window.banner.awaiting_ack
    station_window.press(Qt.Key.Key_Escape)
    again = station_window.modal()  # take out what is wrong, weigh again: the dialog is back by itself
    assert isinstance(again, WeightDialog)
    keys.key(Qt.Key.Key_Escape, again)
    station_window.qtbot.waitUntil(lambda: not again.isVisible())
    assert window.banner.headline == "NEXT: WEIGH AGAIN" and "F11" in window.banner.detail
    station_window.press(Qt.Key.Key_F11)
    dialog = station_window.modal()
    keys.scan("BADGE-L001", dialog)
    station_window.qtbot.waitUntil(lambda: dialog.badge.text() == "BADGE-L001")
    keys.type_text("5050", dialog.pin)
    station_window.qtbot.waitUntil(lambda: dialog.pin.text() == "5050")
    keys.key(Qt.Key.Key_Return, dialog.pin, "\r")
    keys.key(Qt.Key.Key_Return, dialog.reason.lineEdit(), "\r")
    station_window.qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.banner.headline == "OVERRIDDEN"
    assert "NEXT: SCAN THE LABEL" in window.banner.detail, window.banner.detail
