"""Identical units in layers: the orders where a plain block fill needs a box more than the units need."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.domain.cartonize import BoxSpec, ItemSpec, plan_order, validate_plan
from packstation.domain.cartonize.layers import layered, layered_spots, pattern2d, place2d
from packstation.domain.cartonize.placement import orientations
from packstation.domain.cartonize.support import StackRules

# BoxPacker's "Option 3" carton and an 80 x 285 x 70 mm unit (dev-set order 0e1d0f76...).
TALL = BoxSpec("Option 3", (229, 305, 520), (229, 305, 520), 0, 9900, Decimal("0.77"))
FLAT = BoxSpec("Option 1", (230, 300, 240), (230, 300, 240), 0, 14840, Decimal("0.40"))


def _no_overlap(rects: list[tuple[int, ...]], half: int) -> bool:
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            if all(a[k] < b[k] + b[half + k] and b[k] < a[k] + a[half + k] for k in range(half)):
                return False
    return True


def test_eleven_70x80_rectangles_fit_229x305_though_no_grid_or_guillotine_cut_takes_more_than_ten() -> None:
    # Columns 80 + 70 + 70 wide hold 4 + 3 + 3 = 10; the five-block pattern holds 11 (area bound 12).
    rects = ((70, 80), (80, 70))
    n, _ = pattern2d(229, 305, rects)
    placed = place2d(229, 305, rects)
    assert n == 11 and len(placed) == 11
    assert all(x >= 0 and x + w <= 229 and y >= 0 and y + h <= 305 for x, y, w, h in placed)
    assert all((w, h) in rects for _, _, w, h in placed)
    assert _no_overlap(placed, 2)


def test_a_pattern_keeps_to_the_one_allowed_turn() -> None:
    placed = place2d(229, 305, ((70, 80),))
    assert len(placed) == 3 * 3 and all((w, h) == (70, 80) for *_, w, h in placed)


def test_twenty_units_go_in_one_box_standing_on_a_lying_bed() -> None:
    turns = orientations((80, 285, 70), False)
    assert layered((229, 305, 520), turns)[0] == 20
    spots = layered_spots((229, 305, 520), turns)
    assert len(spots) == 20 and _no_overlap(spots, 3)
    assert all(s[k] >= 0 and s[k] + s[3 + k] <= TALL.inner[k] for s in spots for k in range(3))
    assert all(sorted(s[3:]) == [70, 80, 285] for s in spots)


def test_the_planner_uses_the_layers_one_box_for_20_and_two_for_40() -> None:
    # One standing unit of the 20-unit pattern rests on 69.6 % of its base: allowed from 65 % support.
    lenient = StackRules(min_support=0.65)
    for qty, boxes in ((20, 1), (40, 2)):
        items = [ItemSpec("BOX-SET", qty, (80, 285, 70), 199)]
        plan = plan_order(items, (FLAT, TALL), stacking=lenient)
        assert validate_plan(plan, items, (FLAT, TALL), stacking=lenient) == []
        assert plan.complete and len(plan.packages) == boxes
        assert all(p.box_code == "Option 3" for p in plan.packages)


def test_at_70_percent_support_the_20_units_take_two_boxes_and_every_unit_stands() -> None:
    items = [ItemSpec("BOX-SET", 20, (80, 285, 70), 199)]
    plan = plan_order(items, (FLAT, TALL))
    assert validate_plan(plan, items, (FLAT, TALL)) == []
    assert plan.complete and len(plan.packages) == 2


def test_this_side_up_units_are_only_layered_upright() -> None:
    items = [ItemSpec("CRATE", 20, (80, 285, 70), 199, this_side_up=True)]
    plan = plan_order(items, (FLAT, TALL))
    assert validate_plan(plan, items, (FLAT, TALL)) == []
    assert all(p.dims[2] == 70 for pkg in plan.packages for p in pkg.placements)


def test_the_weight_limit_caps_a_layered_box() -> None:
    # 20 fit by size, but 20 x 600 g is over the box's 9.9 kg: the plan splits, each box within its limit.
    items = [ItemSpec("HEAVY", 20, (80, 285, 70), 600)]
    plan = plan_order(items, (TALL,))
    assert validate_plan(plan, items, (TALL,)) == []
    assert len(plan.packages) == 2 and all(p.weight <= TALL.max_weight for p in plan.packages)


@settings(max_examples=60, deadline=None)
@given(
    st.tuples(st.integers(20, 200), st.integers(20, 300), st.integers(20, 200)),
    st.integers(1, 40),
    st.booleans(),
    st.tuples(st.integers(100, 400), st.integers(100, 400), st.integers(60, 520)),
)
def test_random_one_shape_orders_get_valid_plans(dims, qty, upright, inner) -> None:
    box = BoxSpec("B", inner, tuple(d + 6 for d in inner), 100, 30000, Decimal("0.50"))
    items = [ItemSpec("U", qty, dims, 150, this_side_up=upright)]
    plan = plan_order(items, (box, TALL))
    assert validate_plan(plan, items, (box, TALL)) == []
    assert plan == plan_order(items, (box, TALL))
    assert plan.complete or all(
        not any(all(o[a] <= b.inner[a] for a in range(3)) for o in orientations(dims, upright)) for b in (box, TALL)
    )
