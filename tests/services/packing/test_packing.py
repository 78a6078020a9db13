"""PackingService on a real database: a whole order from claim to close, and every verdict journaled first."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from packstation.domain.errors import DomainError, IllegalTransition
from packstation.domain.ports import FixedClock
from packstation.domain.vocabulary import ErrorType, SessionState, Severity, VerdictCode
from packstation.services.packing.service import PackingService
from packstation.store.db import transaction
from packstation.store.models.orders import Order
from packstation.store.models.packing import Event, PackedUnit, PackSession
from packstation.store.models.shipping import Package
from tests.helpers.packing_data import (
    GTIN_MUG,
    GTIN_TEA,
    GTIN_TEA_CASE,
    LEAD_PIN,
    NOW,
    PACKER_PIN,
    add_order,
    build_world,
)


def events(store, session_id: int) -> list[Event]:  # type: ignore[no-untyped-def]
    with transaction(store.sessions) as db:
        return list(db.scalars(select(Event).where(Event.session_id == session_id).order_by(Event.id)))


def finish(service: PackingService, session_id: int, slips=("SLIP-1",), labels=("TRK-1",)):  # type: ignore[no-untyped-def]
    service.confirm_box(session_id, "BOX-S")
    service.register_slips(session_id, list(slips))
    for slip in slips:
        service.scan(session_id, slip + "\r")
    service.register_labels(session_id, list(labels))
    view = None
    for label in labels:
        view = service.scan(session_id, label + "\r")[1]
    return view


def test_a_whole_order_from_claim_to_close(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    order_id = add_order(store, world, "1001", [("MUG", 2), ("TEA", 6), ("SOCK", 1)], tote="TOTE-7")
    packer = service.sign_in(world.packer_badge, PACKER_PIN)
    view = service.claim(packer.id, "TOTE-7\r")  # the tote barcode opens the order
    assert (view.order_id, view.state, view.units_ordered) == (order_id, SessionState.SCANNING, 9)
    assert view.customer_name == "Åsa Ødegård" and view.station == "BENCH-01" and view.packer == "Pat Packer"
    sid = view.session_id
    for text in (GTIN_MUG, "]E0" + GTIN_MUG, "]C101" + GTIN_TEA_CASE, "VND-SOCK-01"):
        verdict, view = service.scan(sid, text + "\r")
        assert verdict.code == VerdictCode.ACCEPTED, verdict
    assert view.state == SessionState.BOX and view.units_scanned == 9
    assert view.lines[1].scanned == 6  # the case counted its six teas
    box = service.confirm_box(sid, "BOX-S")
    assert box.code == VerdictCode.BOX_CONFIRMED
    assert service.view(sid).state == SessionState.SLIPS
    view = finish(service, sid)
    assert view.state == SessionState.VERIFY and view.can_close and view.blockers == ()
    closed = service.close(sid)
    assert closed.state == SessionState.CLOSED
    with transaction(store.sessions) as db:
        order = db.get(Order, order_id)
        assert order.status == "closed" and order.closed_at is not None and order.claim_station_id is None
        package = db.scalars(select(Package).where(Package.order_id == order_id)).one()
        assert package.contents_signature == "MUG:2,SOCK:1,TEA:6"
    kinds = [(e.kind, e.code) for e in events(store, sid)]
    assert kinds[0] == ("claim", "order_claimed") and kinds[-1] == ("state", "closed")
    assert ("scan", "accepted") in kinds and ("box", "box_confirmed") in kinds


def test_every_error_is_journaled_with_type_station_user_and_raw_scan(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "1002", [("MUG", 1)])
    view = service.claim(world.packer_id, "ORD-1002")
    sid = view.session_id
    cases = [
        (GTIN_TEA, VerdictCode.WRONG_ITEM),
        ("4006381333932", VerdictCode.BAD_CHECK_DIGIT),
        ("NOT-A-THING", VerdictCode.UNKNOWN_BARCODE),
        ("BOX-M", VerdictCode.UNEXPECTED_BARCODE),
        (world.lead_badge, VerdictCode.UNEXPECTED_BARCODE),
        ("ORD-1002", VerdictCode.UNEXPECTED_BARCODE),
    ]
    for text, code in cases:
        verdict, view = service.scan(sid, text + "\r")
        assert verdict.code == code and verdict.must_acknowledge and verdict.severity == Severity.STOP
        assert verdict.event_id is not None
    service.scan(sid, GTIN_MUG)
    verdict, view = service.scan(sid, GTIN_MUG)
    assert verdict.code == VerdictCode.OVER_SCAN
    assert view.error_count == len(cases) + 1
    rows = [e for e in events(store, sid) if e.kind == "scan"]
    errors = [e for e in rows if e.error_type]
    assert [e.error_type for e in errors] == [
        ErrorType.WRONG_ITEM,
        ErrorType.BAD_CHECK_DIGIT,
        ErrorType.UNKNOWN_BARCODE,
        ErrorType.UNEXPECTED_BARCODE,
        ErrorType.UNEXPECTED_BARCODE,
        ErrorType.UNEXPECTED_BARCODE,
        ErrorType.OVER_SCAN,
    ]
    assert all(e.station_id and e.user_id == world.packer_id and e.order_id and e.at == NOW for e in rows)
    assert errors[0].raw == GTIN_TEA + "<CR>"


def test_a_replayed_scan_id_changes_nothing_and_returns_the_stored_verdict(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "1003", [("MUG", 2)])
    sid = service.claim(world.packer_id, "ORD-1003").session_id
    first, view = service.scan(sid, GTIN_MUG, scan_id="scan-0001")
    again, view2 = service.scan(sid, GTIN_MUG, scan_id="scan-0001")
    assert (again.code, again.event_id, again.message) == (first.code, first.event_id, first.message)
    assert again.params["replayed"] is True
    assert view2.units_scanned == 1
    with transaction(store.sessions) as db:
        assert db.scalar(select(PackedUnit.quantity).where(PackedUnit.session_id == sid)) == 1


def test_too_fast_repeat_counts_nothing(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "1004", [("MUG", 2)])
    sid = service.claim(world.packer_id, "ORD-1004").session_id
    service.scan(sid, GTIN_MUG)
    verdict, view = service.scan(sid, GTIN_MUG, too_fast=True)
    assert verdict.code == VerdictCode.TOO_FAST_REPEAT and view.units_scanned == 1


def test_undo_remove_and_quantity_entry(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "1005", [("TEA", 30), ("MUG", 1)])
    view = service.claim(world.packer_id, "ORD-1005")
    sid, tea, mug = view.session_id, view.lines[0].line_id, view.lines[1].line_id
    verdict, view = service.enter_quantity(sid, tea, 24, world.packer_id)
    assert verdict.code == VerdictCode.ACCEPTED and view.lines[0].scanned == 24
    verdict, view = service.enter_quantity(sid, tea, 51, world.packer_id)
    assert verdict.code == VerdictCode.CASE_NOT_ALLOWED and view.lines[0].scanned == 24
    verdict, view = service.enter_quantity(sid, mug, 1, world.packer_id)
    assert verdict.code == VerdictCode.CASE_NOT_ALLOWED  # mugs may not be typed in
    service.scan(sid, "]C101" + GTIN_TEA_CASE)
    verdict, view = service.undo_last(sid, world.packer_id)
    assert verdict.code == VerdictCode.UNDONE and verdict.params["units"] == 6 and view.lines[0].scanned == 24
    verdict, view = service.remove_unit(sid, tea, "dented tin", world.packer_id)
    assert verdict.code == VerdictCode.UNIT_REMOVED and view.lines[0].scanned == 23
    with pytest.raises(DomainError) as err:
        service.remove_unit(sid, mug, "nothing there", world.packer_id)
    assert err.value.code == "nothing_to_remove"
    kinds = [(e.kind, e.code) for e in events(store, sid)]
    assert ("undo", "undone") in kinds and ("remove", "unit_removed") in kinds and ("quantity", "accepted") in kinds


def test_commands_come_back_as_command_verdicts(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "1006", [("MUG", 1)])
    sid = service.claim(world.packer_id, "ORD-1006").session_id
    verdict, _ = service.scan(sid, "CMD-SUSPEND\r")
    assert verdict.code == VerdictCode.COMMAND and verdict.params == {"command": "SUSPEND"}


def test_close_is_refused_with_plain_reasons(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "1007", [("MUG", 2)])
    sid = service.claim(world.packer_id, "ORD-1007").session_id
    service.scan(sid, GTIN_MUG)
    with pytest.raises(DomainError) as err:
        service.close(sid)
    assert err.value.code == "cannot_close"
    assert "1 unit still to scan: line 1 (MUG)" in str(err.value)
    assert "label has not been printed" in str(err.value)
    with pytest.raises(IllegalTransition):
        service.confirm_box(sid, "BOX-S")  # not before the items


def test_short_ship_needs_a_lead_pin_not_just_a_badge(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "1008", [("MUG", 2)])
    sid = service.claim(world.packer_id, "ORD-1008").session_id
    service.scan(sid, GTIN_MUG)
    assert "short_ship" in service.view(sid).overridable
    for pin, code in ((None, "pin_required"), ("", "pin_required"), ("0000", "bad_pin")):
        with pytest.raises(DomainError) as err:
            service.override(sid, "short_ship", world.lead_badge, pin, "last one broken in the bin")
        assert err.value.code == code
    with pytest.raises(DomainError) as err:
        service.override(sid, "short_ship", world.packer_badge, PACKER_PIN, "I say so")
    assert err.value.code == "not_a_lead"
    verdict, view = service.override(sid, "short_ship", world.lead_badge, LEAD_PIN, "last one broken in the bin")
    assert verdict.code == VerdictCode.OVERRIDDEN and view.state == SessionState.BOX
    rows = events(store, sid)
    short = [e for e in rows if e.kind == "override"]
    assert short[0].error_type == ErrorType.SHORT_SHIP and short[0].approver_id == world.lead_id
    assert any(e.kind == "sign_in" and e.code == "refused" for e in _all_events(store))


def _all_events(store) -> list[Event]:  # type: ignore[no-untyped-def]
    with transaction(store.sessions) as db:
        return list(db.scalars(select(Event)))


def test_slip_and_label_verification_and_their_overrides(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "1009", [("MUG", 1)])
    sid = service.claim(world.packer_id, "ORD-1009").session_id
    service.scan(sid, GTIN_MUG)
    service.confirm_box(sid, "BOX-S")
    view = service.register_slips(sid, ["SLIP-A", "SLIP-B"])
    assert view.state == SessionState.SLIPS and view.slips_expected == ("SLIP-A", "SLIP-B")
    verdict, view = service.scan(sid, "SLIP-OTHER")
    assert verdict.code == VerdictCode.WRONG_SLIP and verdict.must_acknowledge
    verdict, view = service.scan(sid, "SLIP-A")
    assert verdict.code == VerdictCode.SLIP_VERIFIED and view.slips_expected == ("SLIP-B",)
    verdict, view = service.override(sid, "slips", world.lead_badge, LEAD_PIN, "insert out of stock")
    assert view.state == SessionState.LABEL
    view = service.register_labels(sid, ["TRK-9"])
    verdict, view = service.scan(sid, "TRK-0")
    assert verdict.code == VerdictCode.WRONG_LABEL
    verdict, view = service.scan(sid, "TRK-9")
    assert verdict.code == VerdictCode.LABEL_VERIFIED and view.can_close
    types = [e.error_type for e in events(store, sid) if e.error_type]
    assert types == [ErrorType.SLIP_VERIFICATION, ErrorType.SLIP_VERIFICATION, ErrorType.LABEL_VERIFICATION]


def test_box_deviation_from_the_plan_is_counted(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "1010", [("MUG", 1)])
    sid = service.claim(world.packer_id, "ORD-1010").session_id
    service.set_plan(sid, {"boxes": [{"box": "S", "placements": []}], "cost": {"total": 1.2}})
    service.scan(sid, GTIN_MUG)
    verdict, view = service.scan(sid, "BOX-M")  # a box scan in the box step confirms it
    assert verdict.code == VerdictCode.BOX_OVERRIDDEN and verdict.params["planned"] == "S"
    assert view.plan["boxes"][0]["box"] == "S" and view.boxes_confirmed == 1
    assert [e.error_type for e in events(store, sid) if e.error_type] == [ErrorType.BOX_OVERRIDE]


def test_suspend_resume_elsewhere_exception_and_reopen(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    order_id = add_order(store, world, "1011", [("MUG", 2)])
    sid = service.claim(world.packer_id, "ORD-1011").session_id
    service.scan(sid, GTIN_MUG)
    view = service.suspend(sid, "break")
    assert view.state == SessionState.SUSPENDED
    with pytest.raises(IllegalTransition) as err:
        service.scan(sid, GTIN_MUG)
    assert "suspended" in str(err.value)
    other = PackingService(store, "BENCH-02", FixedClock(NOW))
    view = other.resume(world.packer2_id, "ORD-1011")
    assert view.session_id == sid and view.station == "BENCH-02" and view.units_scanned == 1
    with pytest.raises(DomainError):
        service.scan(sid, GTIN_MUG)  # the first bench no longer holds it
    view = other.to_exception(sid, "customer called to cancel one mug")
    assert view.state == SessionState.EXCEPTION
    with pytest.raises(DomainError) as err:
        other.resume(world.packer2_id, "ORD-1011")
    assert err.value.code == "lead_required"
    view = other.resume(world.lead_id, order_id)
    other.scan(sid, GTIN_MUG)
    finish(other, sid)
    other.close(sid)
    with pytest.raises(DomainError) as err:
        other.claim(world.packer_id, "ORD-1011")
    assert err.value.code == "order_closed"
    view = other.reopen(order_id, world.lead_badge, LEAD_PIN, "label smudged")
    assert view.state == SessionState.LABEL and view.units_scanned == 2
    assert [e.code for e in events(store, sid) if e.kind == "state"][-2:] == ["reopened", "label"]


def test_lead_releases_a_stale_claim(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    order_id = add_order(store, world, "1012", [("MUG", 1)])
    sid = service.claim(world.packer_id, "ORD-1012").session_id
    lead_bench = PackingService(store, "BENCH-02", FixedClock(NOW))
    with pytest.raises(DomainError) as err:
        lead_bench.claim(world.packer2_id, "ORD-1012")
    assert err.value.code == "order_claimed_elsewhere" and "BENCH-01 (Pat Packer)" in str(err.value)
    with pytest.raises(DomainError):
        lead_bench.release_claim(order_id, world.packer2_badge, None, "not a lead")
    view = lead_bench.release_claim(order_id, world.lead_badge, LEAD_PIN, "bench 1 crashed")
    assert view.state == SessionState.SUSPENDED
    assert lead_bench.claim(world.packer2_id, "ORD-1012").session_id == sid


def test_open_session_after_restart_and_next_order(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    add_order(store, world, "1013", [("MUG", 1)], priority=0)
    urgent = add_order(store, world, "1014", [("SOCK", 1)], priority=5)
    assert service.open_session(world.packer_id) is None
    view = service.next_order(world.packer_id)
    assert view is not None and view.order_id == urgent
    restarted = PackingService(store, "BENCH-01")
    assert restarted.open_session(world.packer_id).session_id == view.session_id
    with pytest.raises(DomainError) as err:
        restarted.claim(world.packer_id, "ORD-1013")
    assert err.value.code == "station_busy"
    assert restarted.claim(world.packer_id, "ORD-1014").session_id == view.session_id  # same order: resumes


def test_sign_in_rules(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    with pytest.raises(DomainError) as err:
        service.sign_in(world.packer_badge)
    assert err.value.code == "pin_required"  # this packer has a PIN: the badge alone is not enough
    assert service.sign_in(world.packer2_badge).name == "Quinn Second"  # no PIN set for this packer
    with pytest.raises(DomainError):
        service.sign_in("BADGE-NOBODY")
    for _ in range(5):
        with pytest.raises(DomainError):
            service.sign_in(world.lead_badge, "0000")
    with pytest.raises(DomainError) as err:
        service.sign_in(world.lead_badge, LEAD_PIN)
    assert err.value.code == "locked_out"


def test_the_same_scans_on_sqlite_and_postgresql(store) -> None:  # type: ignore[no-untyped-def]
    world = build_world(store)
    add_order(store, world, "2001", [("MUG", 1), ("TEA", 6)])
    service = PackingService(store, "BENCH-01", FixedClock(NOW))
    sid = service.claim(world.packer_id, "ORD-2001").session_id
    codes = [service.scan(sid, t)[0].code for t in (GTIN_MUG, GTIN_MUG, GTIN_TEA_CASE, "X")]
    assert codes == ["accepted", "over_scan", "accepted", "unknown_barcode"]
    with transaction(store.sessions) as db:
        assert db.get(PackSession, sid).state == "box"
