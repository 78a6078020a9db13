"""Packing rules a packer would check: turns, weight, fragile room, ship-alone, mailers, stock, splits, cost."""

from __future__ import annotations

from decimal import Decimal

from packstation.domain.cartonize import (
    BoxSpec,
    ItemSpec,
    check_override,
    pack_picture,
    plan_order,
    validate_plan,
)
from packstation.domain.cushioning import sample_materials
from packstation.domain.rates import IMPERIAL, RateBand, RateTable, sample_rates

SMALL = BoxSpec("S", (200, 150, 100), (206, 156, 106), 100, 5000, Decimal("0.40"))
MEDIUM = BoxSpec("M", (300, 250, 200), (306, 256, 206), 200, 10000, Decimal("0.70"))
LARGE = BoxSpec("L", (500, 400, 300), (506, 406, 306), 400, 20000, Decimal("1.20"))
MAILER = BoxSpec("MAIL", (250, 350, 40), (260, 360, 45), 20, 1000, Decimal("0.15"), kind="mailer")
BOXES = (SMALL, MEDIUM, LARGE)


def _valid(plan, items, boxes, clearance=0):
    assert validate_plan(plan, items, boxes, fragile_clearance=clearance) == []


def test_small_order_takes_the_cheapest_box_that_fits() -> None:
    items = [ItemSpec("MUG", 2, (90, 90, 100), 350)]
    plan = plan_order(items, BOXES)
    _valid(plan, items, BOXES)
    assert [p.box_code for p in plan.packages] == ["S"]
    assert plan.cost.boxes == Decimal("0.40")


def test_this_side_up_item_only_turns_about_the_vertical_axis() -> None:
    # Lying down it would fit the small box; upright it needs the medium one.
    items = [ItemSpec("BOTTLE", 1, (80, 80, 180), 900, this_side_up=True)]
    plan = plan_order(items, BOXES)
    _valid(plan, items, BOXES)
    (placement,) = plan.packages[0].placements
    assert placement.dims[2] == 180
    assert plan.packages[0].box_code == "M"
    free = plan_order([ItemSpec("BOTTLE", 1, (80, 80, 180), 900)], BOXES)
    assert free.packages[0].box_code == "S"


def test_weight_limit_splits_heavy_orders() -> None:
    items = [ItemSpec("PLATE", 12, (100, 100, 20), 1000)]  # small but 12 kg: the small box carries 4.9 kg
    plan = plan_order(items, (SMALL,))
    _valid(plan, items, (SMALL,))
    assert len(plan.packages) == 3
    assert all(p.weight <= SMALL.max_weight for p in plan.packages)


def test_order_too_big_for_one_box_is_split_over_the_fewest_boxes() -> None:
    items = [ItemSpec("BOOK", 36, (240, 170, 40), 600)]  # 59 l fits the 60 l large box, 21.6 kg does not
    plan = plan_order(items, BOXES)
    _valid(plan, items, BOXES)
    assert len(plan.packages) == 2
    assert sum(len(p.placements) for p in plan.packages) == 36


def test_fragile_item_keeps_its_clearance_and_gets_bubble_wrap() -> None:
    items = [ItemSpec("VASE", 1, (150, 110, 90), 700, fragile=True)]
    plan = plan_order(items, BOXES, materials=sample_materials())
    _valid(plan, items, BOXES, clearance=20)
    pkg = plan.packages[0]
    assert pkg.box_code == "M"  # 190x150x130 with its clearance is too big for S
    (placement,) = pkg.placements
    assert min(placement.position) >= 20
    assert "BUBBLE" in {u.code for u in pkg.cushioning}
    assert pkg.cushioning_cost > 0


def test_ship_alone_goes_in_its_own_box_or_as_is() -> None:
    items = [
        ItemSpec("TV", 1, (900, 600, 150), 9000, ship_alone=True),
        ItemSpec("KETTLE", 2, (200, 140, 90), 800, ship_alone=True),
        ItemSpec("CABLE", 3, (100, 80, 30), 80),
    ]
    plan = plan_order(items, BOXES)
    _valid(plan, items, BOXES)
    as_is = [p for p in plan.packages if p.box is None]
    assert [p.placements[0].sku for p in as_is] == ["TV"]
    assert "label on the product" in as_is[0].instruction
    kettles = [p for p in plan.packages if p.contents().get("KETTLE")]
    assert len(kettles) == 2 and all(p.contents() == {"KETTLE": 1} for p in kettles)
    assert plan.unpacked == ()


def test_soft_items_may_go_in_a_mailer_hard_ones_never() -> None:
    soft = [ItemSpec("SHIRT", 2, (240, 300, 15), 200, soft=True)]
    boxes = BOXES + (MAILER,)
    plan = plan_order(soft, boxes)
    _valid(plan, soft, boxes)
    assert plan.packages[0].box_code == "MAIL"
    hard = [ItemSpec("CASE", 1, (240, 300, 15), 200)]
    plan = plan_order(hard, boxes)
    _valid(plan, hard, boxes)
    assert plan.packages[0].box_code != "MAIL"


def test_a_box_out_of_stock_is_not_proposed() -> None:
    items = [ItemSpec("MUG", 1, (90, 90, 100), 350)]
    gone = BoxSpec("S", SMALL.inner, SMALL.outer, 100, 5000, Decimal("0.40"), stock=0)
    plan = plan_order(items, (gone, MEDIUM, LARGE))
    assert plan.packages[0].box_code == "M"


def test_item_larger_than_every_box_is_refused_with_a_reason_and_the_rest_is_planned() -> None:
    items = [ItemSpec("SURFBOARD", 1, (2000, 500, 80), 4000), ItemSpec("WAX", 2, (80, 60, 30), 100)]
    plan = plan_order(items, BOXES)
    _valid(plan, items, BOXES)
    (refused,) = plan.unpacked
    assert refused.sku == "SURFBOARD" and refused.qty == 1 and refused.code == "item_too_large"
    assert "SURFBOARD" in refused.reason and "500x400x300" in refused.reason
    assert "shift lead" in refused.action
    assert plan.packages[0].contents() == {"WAX": 2}


def test_item_heavier_than_every_box_is_refused_naming_the_limit() -> None:
    items = [ItemSpec("ANVIL", 1, (150, 100, 80), 25000)]
    plan = plan_order(items, BOXES)
    (refused,) = plan.unpacked
    assert refused.code == "item_too_heavy" and "19600 g" in refused.reason and "ANVIL" in refused.reason


def test_dimensional_weight_makes_the_tighter_box_cheaper() -> None:
    # Both boxes hold it; the roomy one costs less as cardboard but bills far more dimensional weight.
    cheap_big = BoxSpec("BIG", (600, 500, 400), (606, 506, 406), 300, 20000, Decimal("0.10"))
    tight = BoxSpec("TIGHT", (260, 210, 110), (266, 216, 116), 150, 5000, Decimal("0.60"))
    items = [ItemSpec("LAMP", 1, (250, 200, 100), 1200)]
    plan = plan_order(items, (cheap_big, tight), rates=sample_rates())
    assert plan.packages[0].box_code == "TIGHT"
    without_rates = plan_order(items, (cheap_big, tight))
    assert without_rates.packages[0].box_code == "BIG"


def test_equal_cost_goes_to_fewer_boxes_then_less_void() -> None:
    a = BoxSpec("A", (300, 300, 300), (300, 300, 300), 0, 10000)
    b = BoxSpec("B", (200, 200, 200), (200, 200, 200), 0, 10000)
    items = [ItemSpec("CUBE", 1, (150, 150, 150), 100)]
    assert plan_order(items, (a, b)).packages[0].box_code == "B"


def test_imperial_rates_price_by_the_pound() -> None:
    table = RateTable(
        "UPS",
        "Ground",
        Decimal(139),
        (RateBand(Decimal(1), Decimal("8.00")), RateBand(Decimal(5), Decimal("11.00"))),
        IMPERIAL,
        Decimal(1),
    )
    items = [ItemSpec("MUG", 1, (90, 90, 100), 350)]
    plan = plan_order(items, BOXES, rates=table)
    # S: 8.1 x 6.1 x 4.2 in = 208 in3 / 139 = 1.5 lb -> billed 2 lb
    assert plan.packages[0].shipping_cost == Decimal("11.00")
    assert round(plan.packages[0].billable_weight) == round(Decimal("907.18474"))


def test_override_to_a_bigger_box_fits_and_costs_extra() -> None:
    items = [ItemSpec("MUG", 2, (90, 90, 100), 350)]
    plan = plan_order(items, BOXES, rates=sample_rates(), materials=sample_materials())
    check = check_override(items, plan, LARGE, rates=sample_rates(), materials=sample_materials())
    assert check.accepted and check.fits and check.weight_ok
    assert check.extra_cost > 0
    assert check.deviation()["planned_box"] == "S" and check.deviation()["chosen_box"] == "L"
    assert validate_plan(plan.__class__((check.package,)), items, BOXES) == []


def test_override_to_a_box_too_small_or_too_weak_is_refused() -> None:
    items = [ItemSpec("BOOK", 4, (240, 170, 40), 600)]
    plan = plan_order(items, BOXES)
    tiny = BoxSpec("T", (100, 100, 100), (100, 100, 100), 50, 5000)
    check = check_override(items, plan, tiny)
    assert not check.fits and not check.accepted and check.package is None
    assert "BOOK" in check.reasons[0]
    weak = BoxSpec("W", (300, 250, 200), (300, 250, 200), 50, 1000)
    check = check_override(items, plan, weak)
    assert check.fits and not check.weight_ok and not check.accepted


def test_pack_picture_lists_every_unit_bottom_layer_first() -> None:
    items = [ItemSpec("BOOK", 3, (240, 170, 40), 600), ItemSpec("MUG", 2, (90, 90, 100), 350)]
    plan = plan_order(items, BOXES)
    (picture,) = pack_picture(plan)
    assert len(picture.steps) == 5 and [s.step for s in picture.steps] == [1, 2, 3, 4, 5]
    heights = [s.position[2] for s in picture.steps]
    assert heights == sorted(heights) and picture.layers == len(set(heights))
    assert all(len(face) == 4 for s in picture.steps for face in s.iso_faces)


def test_plan_json_has_the_documented_fields() -> None:
    items = [ItemSpec("MUG", 1, (90, 90, 100), 350)]
    out = plan_order(items, BOXES, rates=sample_rates()).to_json("o1", 1.5)
    assert out["id"] == "o1" and out["ms"] == 1.5 and out["unpacked"] == []
    (box,) = out["boxes"]
    assert box["box"] == "S" and box["weight"] == 450
    (placed,) = box["placements"]
    assert placed["sku"] == "MUG" and placed["position"] == [0, 0, 0] and sorted(placed["dims"]) == [90, 90, 100]
    assert set(out["cost"]) == {"boxes", "cushioning", "shipping", "total"}


def test_validator_catches_overlap_escape_bad_turn_and_overweight() -> None:
    from packstation.domain.cartonize import Package, PackingPlan, Placement

    items = [ItemSpec("A", 2, (100, 100, 50), 3000, this_side_up=True)]
    bad = PackingPlan(
        (
            Package(
                SMALL,
                (Placement("A", (0, 0, 0), (100, 100, 50), 3000), Placement("A", (50, 0, 0), (100, 100, 50), 3000)),
                6100,
                0.0,
            ),
        )
    )
    errors = validate_plan(bad, items, BOXES)
    assert any("overlaps" in e for e in errors) and any("over the box" in e for e in errors)
    turned = PackingPlan((Package(SMALL, (Placement("A", (150, 0, 0), (100, 50, 100), 3000),), 3100, 0.0),))
    errors = validate_plan(turned, items, BOXES)
    assert any("leaves the box" in e for e in errors) and any("this-side-up" in e for e in errors)
    assert any("1 placed or reported, 2 ordered" in e for e in errors)
