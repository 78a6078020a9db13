"""A slower, stronger fill for a box that the quick strategies could not close: one-step lookahead.

At each step the few best blocks for the next space are each tried by finishing the box greedily; the block
whose finish leaves the least behind is kept (and a finish that packs everything ends the search at once).
Used only after every quick strategy has failed and the units' volume still fits the box.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from packstation.domain.cartonize.placement import (
    Block,
    Kind,
    Space,
    _anchor,
    _best_block,
    put,
    resume,
    tops_under,
)
from packstation.domain.cartonize.support import current_rules


def pack_lookahead(
    inner: Sequence[int],
    capacity: int,
    kinds: Sequence[Kind],
    counts: Sequence[int],
    width: int = 3,
    step_limit: int = 40,
) -> tuple[list[Block], list[int]]:
    W, L, H = inner
    spaces: list[Space] = [(0, 0, 0, W, L, H)]
    left = list(counts)
    cap = capacity
    blocks: list[Block] = []
    active = [k for k in kinds if left[k.idx] > 0]
    vols = {k.idx: k.volume for k in kinds}
    steps = 0
    rules = current_rules()
    while spaces:
        active = [k for k in active if left[k.idx] > 0 and k.weight <= cap]
        if not active:
            break
        space = min(spaces, key=_anchor)
        ranked: list[Any] = []
        _best_block(space, active, left, cap, 0, 0, ranked, tops_under(space, blocks, kinds, rules), rules)
        if not ranked:
            spaces.remove(space)
            continue
        ranked.sort(key=lambda r: r[0], reverse=True)
        choices = []
        for _, choice in ranked:
            if choice not in choices:
                choices.append(choice)
            if len(choices) == width:
                break
        steps += 1
        if steps > step_limit:
            choices = choices[:1]
        best = None
        best_left = -1
        for choice in choices:
            s2, l2, b2 = list(spaces), list(left), list(blocks)
            s2, c2 = put(s2, l2, cap, b2, active, space, choice)
            done, rest = resume(s2, l2, c2, b2, kinds, 0)
            if not any(rest):
                return done, rest
            behind = sum(vols[i] * n for i, n in enumerate(rest) if n)
            if best is None or behind < best_left:
                best, best_left = choice, behind
        assert best is not None  # `ranked` had a choice, so `choices` has one
        spaces, cap = put(spaces, left, cap, blocks, active, space, best)
    return blocks, left
