"""The public carton cases: BoxPacker's 22 scenarios, the Packrift orders, and the whole dev set."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from packstation.domain.cartonize import fill_box, plan_order, validate_plan
from packstation.domain.cartonize.cases import OrderCase, parse_cases

DATA = Path(__file__).resolve().parents[2] / "data" / "cartons"


def _cases(name: str):
    return parse_cases(json.loads((DATA / name).read_text(encoding="utf-8")))


SCENARIOS = _cases("scenarios.json")
PACKRIFT = _cases("packrift.json")


def _plan(case: OrderCase):
    if case.mode not in ("pack", "pack_no_throw") and len(case.boxes) == 1:
        return fill_box(case.items, case.boxes[0])
    return plan_order(case.items, case.boxes)


def test_there_are_22_scenarios() -> None:
    assert len(SCENARIOS.orders) == 22


@pytest.mark.parametrize("case", SCENARIOS.orders, ids=[c.id.split(": ", 1)[-1] for c in SCENARIOS.orders])
def test_scenario_meets_its_expectations(case: OrderCase) -> None:
    plan = _plan(case)
    assert validate_plan(plan, case.items, case.boxes) == []
    used = Counter(p.box_code for p in plan.packages)
    packed = Counter(q.sku for p in plan.packages for q in p.placements)
    unpacked = Counter({u.sku: u.qty for u in plan.unpacked})
    expected = case.expected
    for box, n in expected.get("boxes_of_type", {}).items():
        assert used[box] == n, f"{box}: {used[box]} used, {n} expected"
    for sku, n in expected.get("packed_items_of_type", {}).items():
        assert packed[sku] == n, f"{sku}: {packed[sku]} packed, {n} expected"
    for sku, n in expected.get("unpacked_items_of_type", {}).items():
        assert unpacked[sku] == n


@pytest.mark.parametrize("case", PACKRIFT.orders, ids=[c.id for c in PACKRIFT.orders])
def test_packrift_order_gets_the_expected_carton_or_a_reason(case: OrderCase) -> None:
    plan = plan_order(case.items, case.boxes)
    assert validate_plan(plan, case.items, case.boxes) == []
    if "error" in case.expected:
        assert plan.packages == ()
        (refused,) = plan.unpacked
        assert refused.sku == case.items[0].sku and refused.code == "item_too_large"
        assert case.items[0].sku in refused.reason and "508x1016x508" in refused.reason
        assert refused.action
    else:
        assert [p.box_code for p in plan.packages] == [case.expected["box"]]


def test_dev_set_uses_no_more_boxes_than_boxpacker_and_every_plan_is_valid() -> None:
    dev = _cases("boxpacker_dev.json")
    assert len(dev.orders) == 3272
    ours = reference = 0
    invalid = []
    for case in dev.orders:
        plan = plan_order(case.items, case.boxes)
        if validate_plan(plan, case.items, case.boxes) or plan.unpacked:
            invalid.append(case.id)
        ours += len(plan.packages)
        reference += case.expected["reference_boxes"]
    assert invalid == []
    assert reference == 3480
    assert ours < reference


def test_the_same_order_gets_the_same_plan_twice() -> None:
    dev = _cases("boxpacker_dev.json")
    for case in dev.orders[:300]:
        assert plan_order(case.items, case.boxes) == plan_order(case.items, case.boxes)
