"""Scanner input at the real bench window: a US-set scanner on a Norwegian bench, manual entry from a damaged label,
GS1 without its AIM prefix and plain barcodes on lot lines. Each test checks the screen and the store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from packstation.domain.keyboard_layouts import us_reading
from packstation.store.models import Event, Order, OrderLine, PackedUnit, PackSession, Sku, User
from tests.gui import keys
from tests.gui.conftest import Bench, find_order
from tests.gui.screenshots import save


def _as_norwegian_bench_shows(code: str) -> str:
    """What a scanner set to US types on a Norwegian-layout PC: the inverse of the station's mapping."""
    from packstation.domain.keyboard_layouts import _BACK

    forward = {us: bench for bench, us in _BACK["no"].items()}
    shown = "".join(forward.get(char, char) for char in code)
    assert us_reading(shown, "no") == code
    return shown


def _sign_ins(station_window: Bench, badge: str) -> int:
    with station_window.store.sessions() as db:
        user = db.scalars(select(User).where(User.badge_code == badge)).one()
        return (
            db.scalar(
                select(func.count())
                .select_from(Event)
                .where(Event.kind == "sign_in", Event.code == "ok", Event.user_id == user.id)
            )
            or 0
        )


def test_a_us_scanner_on_a_norwegian_bench_is_told_which_setting_to_change(station_window: Bench) -> None:
    window = station_window.window
    keys.scan(_as_norwegian_bench_shows("BADGE-P001"))  # arrives as BADGE+P001
    assert window.user is None and not window.sign_in_screen.pin.isVisible()
    assert window.banner.headline == "KEYBOARD LAYOUT" and window.banner.awaiting_ack
    assert "BADGE-P001" in window.banner.detail and "Norwegian" in window.banner.detail
    assert "keyboard country" in window.banner.detail
    assert window.width() <= 1366, "the long words wrap instead of widening the window"
    save(window, "scanner_keyboard_layout_stop")
    assert _sign_ins(station_window, "BADGE-P001") == 0, "the mapped badge is never accepted"
    keys.key(Qt.Key.Key_Escape, window)

    station_window.sign_in()  # the scanner is set right: the same badge signs in
    order = find_order(station_window.store, lines=(1, 6), plain=True)
    keys.scan(_as_norwegian_bench_shows(order.order_barcode))  # ORD+...
    assert window.session is None
    assert window.banner.headline == "KEYBOARD LAYOUT" and order.order_barcode in window.banner.detail
    keys.key(Qt.Key.Key_Escape, window)
    station_window.scan(order.order_barcode)
    assert window.session is not None and window.session.order_ref == order.external_ref

    keys.scan(_as_norwegian_bench_shows("CMD-SUSPEND"))  # a command barcode through the wrong layout
    assert window.banner.headline == "KEYBOARD LAYOUT" and window.banner.awaiting_ack
    assert window.session is not None, "the mapped command is not carried out"
    with station_window.store.sessions() as db:
        assert db.get(Order, order.id).status != "suspended"
        event = db.scalars(
            select(Event).where(Event.order_id == order.id, Event.kind == "scan").order_by(Event.id.desc())
        ).first()
        assert event.error_type == "unknown_barcode" and event.raw == "CMD+SUSPEND"


def test_caps_lock_on_is_a_stop_that_says_so(station_window: Bench) -> None:
    """Caps Lock on and a scanner that does not allow for it: every letter arrives in the other case."""
    window = station_window.window
    keys.scan("badge-p001")
    assert window.user is None and window.banner.headline == "CAPS LOCK" and window.banner.awaiting_ack
    assert "BADGE-P001" in window.banner.detail and "Turn Caps Lock off" in window.banner.detail
    assert _sign_ins(station_window, "BADGE-P001") == 0
    keys.key(Qt.Key.Key_Escape, window)
    station_window.sign_in()
    order = find_order(station_window.store, lines=(1, 6), plain=True)
    keys.scan(order.order_barcode.swapcase())
    assert window.banner.headline == "CAPS LOCK" and window.session is None
    assert order.order_barcode in window.banner.detail
    with station_window.store.sessions() as db:
        assert db.get(Order, order.id).status == "new"


def test_manual_entry_shows_what_is_typed_and_the_journal_marks_it(station_window: Bench) -> None:
    window = station_window.window
    station_window.sign_in()
    order = find_order(station_window.store, lines=(1, 6), plain=True)
    station_window.scan(order.order_barcode)
    line = window.session.lines[0]
    field = window.manual_entry.field
    assert field.isVisible() and window.manual_entry.label.text() == "Type a code:"
    window.activateWindow()
    station_window.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    station_window.qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Ctrl+E: into the field
    station_window.qtbot.waitUntil(lambda: field.hasFocus())
    keys.type_text(line.barcode, field, gap_ms=150)  # a person reading the digits off a torn label
    station_window.qtbot.waitUntil(lambda: field.text() == line.barcode)  # they see what they type
    save(window, "scanner_manual_entry")
    keys.key(Qt.Key.Key_Return, field, "\r")
    station_window.qtbot.waitUntil(lambda: window.session.units_scanned == 1)
    assert window.banner.headline == "OK" and field.text() == ""
    with station_window.store.sessions() as db:
        event = db.scalars(
            select(Event).where(Event.order_id == order.id, Event.kind == "scan").order_by(Event.id.desc())
        ).first()
        assert event.detail.get("entry") == "typed" and event.raw == line.barcode
        assert (
            db.scalar(
                select(func.count()).select_from(PackedUnit).where(PackedUnit.session_id == window.session.session_id)
            )
            == 1
        )
    station_window.scan_all_units()  # scanned units are not marked as typed
    with station_window.store.sessions() as db:
        entries = [
            e.detail.get("entry")
            for e in db.scalars(
                select(Event).where(Event.order_id == order.id, Event.kind == "scan").order_by(Event.id)
            )
        ]
        assert entries[0] == "typed" and all(entry is None for entry in entries[1:])


def _lot_order(station_window: Bench) -> tuple[Order, OrderLine]:
    """A new order with a lot-required line and no serial, fragile or hazmat checks."""
    with station_window.store.sessions() as db:
        for order in db.scalars(select(Order).where(Order.status == "new").order_by(Order.id)):
            rows = db.execute(
                select(OrderLine, Sku).join(Sku, Sku.id == OrderLine.sku_id).where(OrderLine.order_id == order.id)
            ).all()
            lot_lines = [line for line, _sku in rows if line.lot_required]
            if (
                not lot_lines
                or len(rows) > 4
                or any(sku.serial_required or sku.fragile or sku.hazmat_class or sku.qc_rules for _line, sku in rows)
            ):
                continue
            db.expunge(order)
            db.expunge(lot_lines[0])
            return order, lot_lines[0]
    raise LookupError("no lot order in the demo data")


def test_plain_barcode_on_a_lot_line_asks_for_the_lot_and_gs1_without_aim_is_read(station_window: Bench) -> None:
    window = station_window.window
    order, line = _lot_order(station_window)
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    view_line = next(x for x in window.session.lines if x.line_id == line.id)
    assert view_line.lot_required == line.lot_required
    station_window.scan(view_line.barcode)  # the plain EAN on the unit: no lot in it
    assert window.banner.look == "ok" and "none" not in window.banner.detail, window.banner.detail
    if line.quantity > 1:  # GS1 without ]C1: (01) GTIN (17) expiry (10) lot in letters, as many scanners send it
        station_window.scan("01" + view_line.barcode.zfill(14) + "17" + "301231" + "10" + line.lot_required)
        assert window.banner.look == "ok", window.banner.detail
    station_window.scan_all_units()
    asked = False
    for _ in range(20):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            break
        if dialog.request.check == "lot" and dialog.request.line_id == line.id:
            asked = True
            keys.scan(line.lot_required)
            station_window.qtbot.waitUntil(lambda d=dialog: not d.isVisible())
        else:  # another check (expiry, damage ...): passed, one dialog at a time
            keys.type_text("y", dialog)
            station_window.qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    assert asked, "the station asks for the lot of the plain-barcode unit"
    with station_window.store.sessions() as db:
        session = db.scalars(select(PackSession).where(PackSession.order_id == order.id)).one()
        lots = db.scalars(
            select(PackedUnit.lot).where(PackedUnit.session_id == session.id, PackedUnit.order_line_id == line.id)
        ).all()
        assert lots and set(lots) == {line.lot_required}
        errors = db.scalars(
            select(Event.error_type).where(Event.order_id == order.id, Event.error_type.is_not(None))
        ).all()
        assert "wrong_lot" not in errors
