"""Stacking rules a packer can build: every unit rests on something, heavy below light, fragile never under heavy.

The fills (placement.py, lookahead.py, layers via search.py) only place a block where these hold, and
validate.py checks any plan (ours or a peer's) against them. Rules are plain values; `plan_order` sets them for
the whole search of one order through `using_rules`, so the many fill functions need no extra parameter.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

# x0, y0, x1, y1 of a top face, the weight of one unit forming it, and whether that unit is fragile
Top = tuple[int, int, int, int, int, bool]


@dataclass(frozen=True)
class StackRules:
    """`min_support`: share of a unit's base that must rest on the box floor or on the tops of units right below
    it (0 turns the rule off). A unit may rest on a lighter one only when it is at most `heavy_on_light_g` grams
    or `heavy_on_light` (a share: 0.25 = 25 %) heavier than it, whichever allows more; 0 and 0 mean never heavier.
    A fragile unit never carries a heavier one, whatever these say."""

    min_support: float = 0.7
    heavy_on_light: float = 0.0
    heavy_on_light_g: int = 250

    @property
    def active(self) -> bool:
        return self.min_support > 0

    def may_rest_on(self, weight: int, below_weight: int, below_fragile: bool) -> bool:
        if weight <= below_weight:
            return True
        if below_fragile:
            return False
        return weight <= below_weight + self.heavy_on_light_g or weight <= below_weight * (1 + self.heavy_on_light)


DEFAULT_RULES = StackRules()
NO_RULES = StackRules(min_support=0.0, heavy_on_light=float("inf"))

_RULES: ContextVar[StackRules] = ContextVar("packstation_stack_rules", default=DEFAULT_RULES)


def current_rules() -> StackRules:
    return _RULES.get()


@contextmanager
def using_rules(rules: StackRules) -> Iterator[None]:
    token = _RULES.set(rules)
    try:
        yield
    finally:
        _RULES.reset(token)


def base_ok(x0: int, y0: int, x1: int, y1: int, weight: int, tops: Sequence[Top], rules: StackRules) -> bool:
    """Does a unit with base (x0, y0)-(x1, y1) at the height of `tops` rest well enough on them?"""
    need = rules.min_support * (x1 - x0) * (y1 - y0)
    got = 0
    for tx0, ty0, tx1, ty1, tw, tf in tops:
        w = min(x1, tx1) - max(x0, tx0)
        if w <= 0:
            continue
        h = min(y1, ty1) - max(y0, ty0)
        if h <= 0:
            continue
        if not rules.may_rest_on(weight, tw, tf):
            return False
        got += w * h
    return got >= need - 1e-9


def block_ok(
    x0: int, y0: int, dx: int, dy: int, nx: int, ny: int, weight: int, tops: Sequence[Top], rules: StackRules
) -> bool:
    """Every unit of a block's bottom layer (nx by ny units of dx by dy at x0, y0) rests on `tops`."""
    x1, y1 = x0 + nx * dx, y0 + ny * dy
    under = [t for t in tops if t[0] < x1 and t[2] > x0 and t[1] < y1 and t[3] > y0]
    if not under:
        return False
    for t in under:
        if not rules.may_rest_on(weight, t[4], t[5]):
            return False
        if t[0] <= x0 and t[1] <= y0 and t[2] >= x1 and t[3] >= y1:
            return True  # one top carries the whole block
    if nx * ny == 1:
        return base_ok(x0, y0, x1, y1, weight, under, rules)
    for a in range(nx):
        for b in range(ny):
            ux, uy = x0 + a * dx, y0 + b * dy
            if not base_ok(ux, uy, ux + dx, uy + dy, weight, under, rules):
                return False
    return True


__all__ = ["DEFAULT_RULES", "NO_RULES", "StackRules", "Top", "base_ok", "block_ok", "current_rules", "using_rules"]
