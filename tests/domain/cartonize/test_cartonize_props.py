"""Property tests: random orders and box lists always give a valid, complete, repeatable plan."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.domain.cartonize import BoxSpec, ItemSpec, check_override, plan_order, validate_plan
from packstation.domain.cushioning import sample_materials
from packstation.domain.rates import IMPERIAL, METRIC, sample_rates

side = st.integers(min_value=5, max_value=400)
items = st.lists(
    st.builds(
        ItemSpec,
        sku=st.sampled_from("ABCDEFGH"),
        qty=st.integers(1, 8),
        dims=st.tuples(side, side, side),
        weight=st.integers(0, 4000),
        fragile=st.booleans(),
        this_side_up=st.booleans(),
        ship_alone=st.booleans(),
        soft=st.booleans(),
    ),
    min_size=1,
    max_size=5,
    unique_by=lambda i: i.sku,
)


@st.composite
def boxes(draw) -> tuple[BoxSpec, ...]:
    out = []
    for n in range(draw(st.integers(1, 4))):
        inner = draw(st.tuples(st.integers(50, 600), st.integers(50, 600), st.integers(20, 500)))
        out.append(
            BoxSpec(
                f"B{n}",
                inner,
                tuple(d + 6 for d in inner),
                draw(st.integers(0, 500)),
                draw(st.integers(1000, 30000)),
                Decimal(draw(st.integers(0, 300))) / 100,
                draw(st.sampled_from([None, None, 0, 1, 5])),
                draw(st.sampled_from(["box", "box", "mailer"])),
            )
        )
    return tuple(out)


@settings(max_examples=100, deadline=None)
@given(items, boxes(), st.booleans())
def test_every_plan_is_valid_and_accounts_for_every_unit(order, box_list, priced) -> None:
    kwargs = (
        {"rates": sample_rates(IMPERIAL if len(order) % 2 else METRIC), "materials": sample_materials()}
        if priced
        else {}
    )
    plan = plan_order(order, box_list, **kwargs)
    assert validate_plan(plan, order, box_list, fragile_clearance=20) == []
    assert plan == plan_order(order, box_list, **kwargs)
    for u in plan.unpacked:
        assert u.sku in u.reason and u.action


@settings(max_examples=60, deadline=None)
@given(items, boxes(), st.data())
def test_override_package_when_accepted_is_valid(order, box_list, data) -> None:
    plan = plan_order(order, box_list)
    if not plan.packages or plan.packages[0].box is None:
        return
    chosen = data.draw(st.sampled_from(box_list))
    check = check_override(order, plan, chosen)
    if check.fits:
        assert check.package is not None
        assert (
            validate_plan(type(plan)((check.package,)), order, box_list, check_counts=False) == [] or not check.accepted
        )
