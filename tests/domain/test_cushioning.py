"""Void fill per package and the consumption totals."""

from __future__ import annotations

from decimal import Decimal

from packstation.domain.cushioning import CushionMaterial, consumption, cushion_package, sample_materials

AIR, PAPER, BUBBLE = sample_materials()


def test_void_is_filled_with_the_cheapest_general_material() -> None:
    (use,) = cushion_package(5000, 0, (AIR, PAPER, BUBBLE), fill_ratio=1.0)
    assert use.code == "AIR" and use.units == 5 and use.cost == Decimal("0.10")


def test_fragile_shell_gets_bubble_wrap_and_the_rest_air() -> None:
    uses = {u.code: u for u in cushion_package(3000, 1000, (AIR, PAPER, BUBBLE), fill_ratio=1.0)}
    assert uses["BUBBLE"].units == 2 and uses["AIR"].units == 2


def test_no_materials_or_no_void_means_nothing_proposed() -> None:
    assert cushion_package(5000, 0, ()) == ()
    assert cushion_package(0, 0, (AIR,)) == ()


def test_only_paper_on_the_bench_is_used_for_everything() -> None:
    (use,) = cushion_package(3000, 500, (PAPER,), fill_ratio=1.0)
    assert use.code == "PAPER" and use.units == 2  # 500 ml shell + 2500 ml rest, in 1.5 l units, merged


def test_consumption_adds_units_per_material() -> None:
    wrap = CushionMaterial("W", "Wrap", "bubble_wrap", 100, Decimal("0.1"), for_fragile=True)
    packages = [cushion_package(1000, 0, (AIR,), 1.0), cushion_package(2000, 200, (AIR, wrap), 1.0)]
    assert consumption(packages) == {"AIR": 3, "W": 2}
