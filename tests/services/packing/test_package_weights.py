"""Issue 15.5: each package is weighed against its own expected weight (its units, cushioning and its box's own tare),
one box after the other, and the package keeps that reading (the label prints it, never 0.00 kg)."""

from __future__ import annotations

from sqlalchemy import select

from packstation.domain.vocabulary import SessionState, VerdictCode
from packstation.gui.messages import verdict_text
from packstation.store.db import transaction
from packstation.store.models.catalog import Merchant
from packstation.store.models.packing import QcResult
from packstation.store.models.shipping import Package
from tests.helpers.packing_data import GTIN_MUG, add_order

MUG_G, BOX_S_TARE, BOX_M_TARE = 350, 120, 200


def _rules(store, rules: dict) -> None:  # type: ignore[no-untyped-def]
    with transaction(store.sessions) as db:
        db.scalars(select(Merchant)).one().qc_rules = rules


def _packages(store, order_id: int) -> list[tuple[int, int, int | None]]:  # type: ignore[no-untyped-def]
    with transaction(store.sessions) as db:
        return [
            (p.package_no, p.expected_weight_g, p.measured_weight_g)
            for p in db.scalars(select(Package).where(Package.order_id == order_id).order_by(Package.package_no))
        ]


def test_a_two_box_order_weighs_each_box_against_its_own_contents_and_tare(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    _rules(store, {"weight_check": True, "weight_tolerance_g": 30, "weight_tolerance_pct": 1, "cushioning_g": 40})
    order_id = add_order(store, world, "PW1", [("MUG", 3)])
    view = service.claim(world.packer_id, "ORD-PW1")
    sid = view.session_id
    for _ in range(3):
        service.scan(sid, GTIN_MUG)
    service.set_plan(
        sid,
        {
            "boxes": [
                {"box": "BOX-M", "placements": [{"sku": "MUG"}, {"sku": "MUG"}]},
                {"box": "BOX-S", "placements": [{"sku": "MUG"}]},
            ]
        },
    )
    service.confirm_box(sid, "BOX-M")
    service.confirm_box(sid, "BOX-S")
    box1, box2 = 2 * MUG_G + 40 + BOX_M_TARE, MUG_G + 40 + BOX_S_TARE
    # the expected weight shown includes the box: each package's own, before any reading
    assert _packages(store, order_id) == [(1, box1, None), (2, box2, None)]
    service.register_slips(sid, [])
    view = service.view(sid)
    weight = view.next_request
    assert view.next_step == "check" and weight is not None and weight.check == "weight"
    assert (weight.params["package_no"], weight.params["packages"], weight.params["expected_g"]) == (1, 2, box1)
    # the old rule (all units against the last box) would expect 3 x 350 + 40 + 120 for both readings
    verdict, view = service.record_weight(sid, box1 + 5)
    assert verdict.code == VerdictCode.WEIGHT_OK and view.next_step == "check"
    assert verdict_text(verdict)[1].startswith(f"Box 1 of 2: {box1 + 5} g OK")
    assert view.next_request.params["package_no"] == 2 and view.next_request.params["expected_g"] == box2
    verdict, view = service.record_weight(sid, box1)  # box 2 on the scale with box 1's weight: wrong
    assert verdict.code == VerdictCode.WEIGHT_MISMATCH and view.failed_qc == ("weight",)
    verdict, view = service.record_weight(sid, box2 - 10)
    assert verdict.code == VerdictCode.WEIGHT_OK and view.state == SessionState.LABEL and not view.failed_qc
    assert _packages(store, order_id) == [(1, box1, box1 + 5), (2, box2, box2 - 10)]
    with transaction(store.sessions) as db:
        results = [
            (r.check, r.passed)
            for r in db.scalars(select(QcResult).where(QcResult.session_id == sid).order_by(QcResult.id))
        ]
    assert results == [("weight", False), ("weight", True)]


def test_a_box_without_a_weight_check_keeps_its_expected_weight_for_the_label(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    order_id = add_order(store, world, "PW2", [("MUG", 2)])
    view = service.claim(world.packer_id, "ORD-PW2")
    sid = view.session_id
    service.scan(sid, GTIN_MUG)
    service.scan(sid, GTIN_MUG)
    service.confirm_box(sid, "BOX-S")
    assert _packages(store, order_id) == [(1, 2 * MUG_G + BOX_S_TARE, None)]
