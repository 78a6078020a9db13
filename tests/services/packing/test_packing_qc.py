"""QC through the service: every check blocks the close until fixed or overridden by a lead."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from packstation.domain.errors import DomainError
from packstation.domain.vocabulary import ErrorType, SessionState, VerdictCode
from packstation.store.db import transaction
from packstation.store.models.catalog import Merchant
from packstation.store.models.packing import Event, PackedUnit, ShippedSerial
from packstation.store.models.shipping import Package
from tests.helpers.packing_data import (
    GTIN_BATTERY,
    GTIN_GLASS,
    GTIN_MILK,
    GTIN_MUG,
    GTIN_PHONE,
    LEAD_PIN,
    add_order,
)


def set_rules(store, rules: dict) -> None:  # type: ignore[no-untyped-def]
    with transaction(store.sessions) as db:
        db.scalars(select(Merchant)).one().qc_rules = rules


def error_types(store, sid: int) -> list[str]:  # type: ignore[no-untyped-def]
    with transaction(store.sessions) as db:
        return [
            e
            for e in db.scalars(
                select(Event.error_type)
                .where(Event.session_id == sid, Event.error_type.is_not(None))
                .order_by(Event.id)
            )
        ]


def test_damage_marked_takes_the_unit_out_and_a_replacement_fixes_it(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    set_rules(store, {"damage_inspection": True})
    add_order(store, world, "Q1", [("MUG", 1)])
    view = service.claim(world.packer_id, "ORD-Q1")
    sid, line = view.session_id, view.lines[0].line_id
    _, view = service.scan(sid, GTIN_MUG)
    assert view.state == SessionState.QC
    assert [(q.check, q.line_id) for q in view.pending_qc] == [("damage", line)]
    verdict, view = service.record_qc(sid, "damage", False, line_id=line)
    assert verdict.code == VerdictCode.QC_FAILED and verdict.must_acknowledge
    assert view.state == SessionState.SCANNING and view.units_scanned == 0 and view.failed_qc == (f"damage:{line}",)
    _, view = service.scan(sid, GTIN_MUG)  # the replacement
    assert view.state == SessionState.QC and not view.can_close
    verdict, view = service.record_qc(sid, "damage", True, line_id=line)
    assert verdict.code == VerdictCode.QC_PASSED and view.state == SessionState.BOX
    assert error_types(store, sid) == [ErrorType.QC_DAMAGE]


def test_serial_capture_and_duplicate_serial_across_orders(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "Q2", [("PHONE", 2)])
    add_order(store, world, "Q3", [("PHONE", 1)])
    view = service.claim(world.packer_id, "ORD-Q2")
    sid = view.session_id
    verdict, _ = service.scan(sid, GTIN_PHONE)
    assert verdict.code == VerdictCode.SERIAL_REQUIRED
    gs1 = "]d201" + "0" + GTIN_PHONE + "21"
    assert service.scan(sid, gs1 + "SN-1")[0].code == VerdictCode.ACCEPTED
    assert service.scan(sid, gs1 + "SN-1")[0].code == VerdictCode.DUPLICATE_SERIAL
    _, view = service.scan(sid, gs1 + "SN-2")
    assert view.state == SessionState.BOX  # serials came with the scans: the capture check is done
    service.suspend(sid, "lunch")
    other = service.claim(world.packer_id, "ORD-Q3").session_id
    assert service.scan(other, gs1 + "SN-2")[0].code == VerdictCode.DUPLICATE_SERIAL
    verdict, _ = service.undo_last(other)
    assert verdict.code == VerdictCode.NOTHING_TO_UNDO
    with transaction(store.sessions) as db:
        assert sorted(db.scalars(select(ShippedSerial.serial))) == ["SN-1", "SN-2"]


def test_undo_frees_a_serial(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "Q4", [("PHONE", 1)])
    sid = service.claim(world.packer_id, "ORD-Q4").session_id
    service.scan(sid, "]d201" + "0" + GTIN_PHONE + "21SN-9")
    service.undo_last(sid)
    assert service.scan(sid, "]d201" + "0" + GTIN_PHONE + "21SN-9")[0].code == VerdictCode.ACCEPTED


def test_serial_capture_by_typing_when_the_merchant_wants_serials(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    set_rules(store, {"categories": {"": {"serial_capture": True}}})
    add_order(store, world, "Q5", [("MUG", 2)])
    view = service.claim(world.packer_id, "ORD-Q5")
    sid, line = view.session_id, view.lines[0].line_id
    service.scan(sid, GTIN_MUG)
    _, view = service.scan(sid, GTIN_MUG)
    assert [q.check for q in view.pending_qc] == ["serial"]
    verdict, view = service.record_qc(sid, "serial", True, line_id=line, value="M-1")
    assert verdict.params["complete"] is False and view.state == SessionState.QC
    verdict, view = service.record_qc(sid, "serial", True, line_id=line, value="M-1")
    assert verdict.code == VerdictCode.DUPLICATE_SERIAL
    verdict, view = service.record_qc(sid, "serial", True, line_id=line, value="M-2")
    assert verdict.params["complete"] is True and view.state == SessionState.BOX
    with transaction(store.sessions) as db:
        assert sorted(db.scalars(select(PackedUnit.serial).where(PackedUnit.session_id == sid))) == ["M-1", "M-2"]


def test_lot_and_expiry_from_the_scan_or_typed(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "Q6", [("MILK", 2, "L7")])
    view = service.claim(world.packer_id, "ORD-Q6")
    sid, line = view.session_id, view.lines[0].line_id
    assert view.lines[0].needs_lot and view.lines[0].lot_required == "L7"
    scan = "]C101" + "0" + GTIN_MILK + "17" + "250601" + "10"
    assert service.scan(sid, scan + "L8")[0].code == VerdictCode.WRONG_LOT
    assert service.scan(sid, "]C101" + "0" + GTIN_MILK + "17250310" + "10L7")[0].code == VerdictCode.SHORT_SHELF_LIFE
    assert service.scan(sid, "]C101" + "0" + GTIN_MILK + "17250210" + "10L7")[0].code == VerdictCode.EXPIRED
    service.scan(sid, scan + "L7")
    _, view = service.scan(sid, scan + "L7")
    assert view.state == SessionState.BOX  # lot and expiry captured by the scans
    verdict, view = service.record_qc(sid, "lot", True, line_id=line, value="L9")
    assert verdict.code == VerdictCode.QC_FAILED and view.state == SessionState.QC
    verdict, view = service.record_qc(sid, "expiry", True, line_id=line, value="2025-03-05")
    assert verdict.code == VerdictCode.QC_FAILED
    assert error_types(store, sid)[-2:] == [ErrorType.QC_LOT, ErrorType.QC_EXPIRY]


def test_plain_barcodes_on_a_lot_line_ask_for_the_lot(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "Q7", [("MILK", 2, "L7")])
    view = service.claim(world.packer_id, "ORD-Q7")
    sid, line = view.session_id, view.lines[0].line_id
    for _ in range(2):
        verdict, view = service.scan(sid, GTIN_MILK)  # the plain EAN-13 on the carton: no lot in it
        assert verdict.code == VerdictCode.ACCEPTED, verdict.message
    assert view.state == SessionState.QC
    assert "lot" in [q.check for q in view.pending_qc], "the station asks for the lot"
    verdict, view = service.record_qc(sid, "lot", True, line_id=line, value="L7")
    assert verdict.code != VerdictCode.QC_FAILED
    assert "lot" not in [q.check for q in view.pending_qc]
    assert error_types(store, sid) == []
    with transaction(store.sessions) as db:
        assert sorted(db.scalars(select(PackedUnit.lot).where(PackedUnit.session_id == sid))) == ["L7", "L7"]


def test_weight_check_from_the_first_order_then_tightened_by_history(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    set_rules(store, {"weight_check": True, "weight_tolerance_g": 40, "weight_tolerance_pct": 5})
    expected = 2 * 350 + 120  # two mugs + box S tare
    for n, measured in enumerate((820, 822, 818, 821)):
        add_order(store, world, f"W{n}", [("MUG", 2)])
        view = service.claim(world.packer_id, f"ORD-W{n}")
        sid = view.session_id
        service.scan(sid, GTIN_MUG)
        service.scan(sid, GTIN_MUG)
        service.confirm_box(sid, "BOX-S")
        view = service.view(sid)
        assert view.state == SessionState.SLIPS and [q.check for q in view.pending_qc] == ["weight"]
        params = view.pending_qc[0].params
        assert params["expected_g"] == (expected if n < 3 else 820)
        assert params["source"] == ("catalogue" if n < 3 else "history")
        if n == 3:
            assert params["tolerance_g"] < 41
            verdict, view = service.record_weight(sid, 860)  # inside the catalogue band, outside history's
            assert verdict.code == VerdictCode.WEIGHT_MISMATCH and verdict.must_acknowledge
            assert view.failed_qc == ("weight",)
            verdict, view = service.override(sid, "weight", world.lead_badge, LEAD_PIN, "scale checked, ok")
            assert view.state == SessionState.SLIPS
            assert error_types(store, sid) == [ErrorType.WEIGHT_MISMATCH, ErrorType.OVERRIDE]
            break
        verdict, view = service.record_weight(sid, measured)
        assert verdict.code == VerdictCode.WEIGHT_OK and view.state == SessionState.SLIPS
        service.register_slips(sid, [])
        service.register_labels(sid, [f"T{n}"])
        service.scan(sid, f"T{n}")
        service.close(sid)
    with transaction(store.sessions) as db:
        assert db.scalars(select(Package.measured_weight_g).order_by(Package.id)).all()[:3] == [820, 822, 818]


def test_fragile_hazmat_and_gift_checks(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "Q7", [("GLASS", 1), ("BATT", 1)], gift=True, service="express")
    view = service.claim(world.packer_id, "ORD-Q7")
    sid, glass = view.session_id, view.lines[0].line_id
    service.scan(sid, GTIN_GLASS)
    _, view = service.scan(sid, GTIN_BATTERY)
    assert {q.check for q in view.pending_qc} == {"fragile", "gift", "hazmat"}
    assert view.failed_qc == ("hazmat",)  # express is not a ground service
    service.record_qc(sid, "fragile", True, line_id=glass)
    service.record_qc(sid, "gift", True)
    verdict, view = service.record_qc(sid, "hazmat", True)
    assert "ground service" in verdict.message and view.state == SessionState.QC
    assert any("ground service" in b for b in view.blockers)
    _, view = service.override(sid, "hazmat", world.lead_badge, LEAD_PIN, "carrier confirmed road transport")
    assert view.state == SessionState.BOX


def test_qc_refusals(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "Q8", [("MUG", 1)])
    sid = service.claim(world.packer_id, "ORD-Q8").session_id
    with pytest.raises(DomainError) as err:
        service.record_qc(sid, "vibes", True)
    assert err.value.code == "no_such_check"
    with pytest.raises(DomainError) as err:
        service.record_qc(sid, "damage", True)
    assert err.value.code == "line_required"
    with pytest.raises(DomainError) as err:
        service.override(sid, "weight", world.lead_badge, LEAD_PIN, "nothing to override")
    assert err.value.code == "no_such_blocker"
    with pytest.raises(DomainError) as err:
        service.override(sid, "short_ship", world.lead_badge, LEAD_PIN, "  ")
    assert err.value.code == "reason_required"
