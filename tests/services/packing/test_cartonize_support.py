"""Cartons a packer can build: every unit rests on the floor or on units below it, heavy below light, fragile never
under heavy; the validator checks it for any plan, ours or a peer's."""

from __future__ import annotations

from decimal import Decimal

from packstation.domain.cartonize import (
    BoxSpec,
    ItemSpec,
    Package,
    PackingPlan,
    Placement,
    plan_order,
    validate_plan,
)
from packstation.domain.cartonize.support import NO_RULES, StackRules

BOX = BoxSpec("B", (300, 300, 300), (306, 306, 306), 100, 20000, Decimal("0.50"))
# BoxPacker's dev-set cartons (Option 1 and the flat Option 2).
OPTION1 = BoxSpec("Option 1", (230, 300, 240), (230, 300, 240), 160, 15000)
OPTION2 = BoxSpec("Option 2", (364, 374, 40), (370, 375, 60), 140, 3000)


def _plan(*placements: Placement) -> PackingPlan:
    return PackingPlan((Package(BOX, placements, 0, 0.0),))


def _p(
    sku: str,
    pos: tuple[int, int, int],
    dims: tuple[int, int, int] = (100, 100, 100),
    weight: int = 500,
    fragile: bool = False,
) -> Placement:
    return Placement(sku, pos, dims, weight, fragile)


def _items(*specs: tuple[str, int, int, bool]) -> list[ItemSpec]:
    return [ItemSpec(sku, qty, (100, 100, 100), weight, fragile=fragile) for sku, qty, weight, fragile in specs]


def test_a_unit_hanging_80_mm_above_the_one_below_is_refused() -> None:
    items = _items(("A", 2, 500, False))
    plan = _plan(_p("A", (0, 0, 0)), _p("A", (0, 0, 180)))
    errors = validate_plan(plan, items, [BOX])
    assert len(errors) == 1 and "rests on 0 % of its base" in errors[0]


def test_support_is_measured_over_the_base_and_70_percent_is_the_line() -> None:
    items = _items(("A", 2, 500, False))
    seventy = _plan(_p("A", (0, 0, 0)), _p("A", (30, 0, 100)))  # 70 of its 100 mm overhang-free
    sixty_nine = _plan(_p("A", (0, 0, 0)), _p("A", (31, 0, 100)))
    assert validate_plan(seventy, items, [BOX]) == []
    assert "rests on 69 % of its base" in validate_plan(sixty_nine, items, [BOX])[0]
    # Configurable: at 60 % the overhanging unit is fine, with the rule off anything goes.
    assert validate_plan(sixty_nine, items, [BOX], stacking=StackRules(min_support=0.6)) == []
    assert validate_plan(_plan(_p("A", (0, 0, 0)), _p("A", (0, 0, 180))), items, [BOX], stacking=NO_RULES) == []


def test_two_units_below_share_the_load() -> None:
    items = _items(("A", 3, 500, False))
    plan = _plan(_p("A", (0, 0, 0)), _p("A", (100, 0, 0)), _p("A", (50, 0, 100)))
    assert validate_plan(plan, items, [BOX]) == []


def test_heavy_on_light_and_anything_heavier_on_fragile_are_refused() -> None:
    items = _items(("LIGHT", 1, 75, False), ("HEAVY", 1, 2000, False), ("GLASS", 1, 400, True), ("BOOK", 1, 600, False))
    heavy_on_light = _plan(_p("LIGHT", (0, 0, 0), weight=75), _p("HEAVY", (0, 0, 100), weight=2000))
    (error,) = validate_plan(heavy_on_light, items[:2], [BOX])
    assert "HEAVY (2000 g)" in error and "rests on lighter LIGHT (75 g)" in error
    # 250 g heavier is tolerated by default (a paperback on an envelope), not on a fragile unit.
    on_glass = _plan(_p("GLASS", (0, 0, 0), weight=400, fragile=True), _p("BOOK", (0, 0, 100), weight=600))
    assert "rests on fragile GLASS (400 g)" in validate_plan(on_glass, items[2:], [BOX])[0]
    strict = StackRules(heavy_on_light_g=0)
    book_on_light = _plan(_p("GLASS", (0, 0, 0), weight=400), _p("BOOK", (0, 0, 100), weight=600))
    plain = [ItemSpec("GLASS", 1, (100, 100, 100), 400), items[3]]
    assert validate_plan(book_on_light, plain, [BOX]) == []
    assert validate_plan(book_on_light, plain, [BOX], stacking=strict) != []


def test_the_planner_puts_the_heavy_books_under_the_big_light_envelope() -> None:
    # Only the flat Option 2 takes the 338 x 366 mm envelope; without the rule it went first, at the bottom.
    items = [ItemSpec("ENVELOPE", 1, (338, 366, 10), 75), ItemSpec("BOOK", 2, (210, 297, 8), 900)]
    assert validate_plan(plan_order(items, [OPTION2], stacking=NO_RULES), items, [OPTION2]) != []
    plan = plan_order(items, [OPTION2])
    assert validate_plan(plan, items, [OPTION2]) == []
    assert plan.complete


def test_dev_set_orders_that_floated_before_now_stand() -> None:
    # From the dev set: with the rule off, a 648 g book lands on 5 % of its base on top of a 373 g box.
    items = [
        ItemSpec("BOOK", 1, (210, 297, 11), 648),
        ItemSpec("TIN-A", 1, (225, 217, 15), 383),
        ItemSpec("TIN-B", 1, (225, 217, 15), 373),
        ItemSpec("CARD", 1, (200, 200, 11), 305),
    ]
    boxes = [OPTION1, OPTION2]
    assert any("of its base" in e for e in validate_plan(plan_order(items, boxes, stacking=NO_RULES), items, boxes))
    plan = plan_order(items, boxes)
    assert validate_plan(plan, items, boxes) == [] and plan.complete


def test_fragile_units_stand_on_their_wrap() -> None:
    items = [ItemSpec("VASE", 2, (100, 100, 150), 400, fragile=True)]
    plan = plan_order(items, [BOX])
    assert validate_plan(plan, items, [BOX], fragile_clearance=20) == []


def test_the_station_settings_set_the_rules() -> None:
    import pytest

    from packstation.config import ConfigError, Settings, load_settings
    from packstation.services.packing.box_plan import stack_rules

    rules = stack_rules(Settings(carton_min_support_pct=60, carton_heavy_on_light_g=0))
    assert rules == StackRules(min_support=0.6, heavy_on_light_g=0)
    assert stack_rules(None).min_support == 0.7
    with pytest.raises(ConfigError, match="carton_min_support_pct"):
        load_settings(environ={}, config_path=_toml("carton_min_support_pct = 150\n"))


def _toml(text: str):  # type: ignore[no-untyped-def]
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "config.toml"
    path.write_text(text)
    return path


def test_a_large_order_of_identical_units_fills_its_boxes_to_the_end() -> None:
    # 469 units of 195 x 264 x 22 mm, 1,004 g (a dev-set SKU): BoxPacker (e4a1844) packs them in 43 boxes.
    boxes = [
        OPTION1,
        OPTION2,
        BoxSpec("Option 3", (229, 305, 520), (229, 305, 520), 100, 10000),
        BoxSpec("Option 4", (220, 260, 15), (240, 270, 15), 10, 500),
    ]
    items = [ItemSpec("BINDER", 469, (195, 264, 22), 1004)]
    plan = plan_order(items, boxes)
    assert validate_plan(plan, items, boxes) == [] and plan.complete
    assert len(plan.packages) <= 43
    per_box = sorted(len(p.placements) for p in plan.packages)
    assert sum(1 for n in per_box if n * 2 < per_box[-1]) <= 1  # no tail of nearly empty boxes
