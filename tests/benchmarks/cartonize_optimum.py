"""The true minimum number of boxes for small orders: exhaustive partitions, each part proven by OR-Tools CP-SAT."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from packstation.domain.cartonize import BoxSpec, ItemSpec
from packstation.domain.cartonize.placement import orientations


def fits_exactly(units: Sequence[ItemSpec], box: BoxSpec, time_limit: float = 10.0) -> bool | None:
    """Can all `units` (one ItemSpec per unit) go in `box`? True/False proven, None when CP-SAT ran out of time."""
    from ortools.sat.python import cp_model

    if sum(u.weight for u in units) > box.capacity or sum(u.volume for u in units) > box.volume:
        return False
    m = cp_model.CpModel()
    pos, size = [], []
    for n, u in enumerate(units):
        turns = [o for o in orientations(u.dims, u.this_side_up)
                 if all(o[a] <= box.inner[a] for a in range(3))]
        if not turns:
            return False
        pick = [m.NewBoolVar(f"o{n}_{t}") for t in range(len(turns))]
        m.AddExactlyOne(pick)
        s = [sum(p * o[a] for p, o in zip(pick, turns, strict=True)) for a in range(3)]
        x = [m.NewIntVar(0, box.inner[a], f"x{n}_{a}") for a in range(3)]
        for a in range(3):
            m.Add(x[a] + s[a] <= box.inner[a])
        pos.append(x)
        size.append(s)
    for i in range(len(units)):
        for j in range(i + 1, len(units)):
            sep = []
            for a in range(3):
                for first, second in ((i, j), (j, i)):
                    b = m.NewBoolVar(f"s{i}_{j}_{a}_{first}")
                    m.Add(pos[first][a] + size[first][a] <= pos[second][a]).OnlyEnforceIf(b)
                    sep.append(b)
            m.AddBoolOr(sep)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 1
    status = solver.Solve(m)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return True
    if status == cp_model.INFEASIBLE:
        return False
    return None


def optimum_boxes(items: Sequence[ItemSpec], boxes: Sequence[BoxSpec], upper: int) -> int | None:
    """Fewest boxes for the order (at most `upper`, the count a heuristic found); None if not proven in time."""
    units = [i for i in items for _ in range(i.qty)]
    key = {id(u): n for n, u in enumerate(items)}
    index = tuple(key[id(u)] for u in units)

    @cache
    def part_fits(part: tuple[int, ...]) -> bool | None:
        group = [items[k] for k in part]
        unknown = False
        for box in boxes:
            verdict = fits_exactly(group, box)
            if verdict:
                return True
            unknown = unknown or verdict is None
        return None if unknown else False

    vol = max(b.volume for b in boxes)
    cap = max(b.capacity for b in boxes)
    lower = max(1, math.ceil(sum(u.volume for u in units) / vol), math.ceil(sum(u.weight for u in units) / cap))
    for k in range(lower, upper):
        found, unknown = _partition_exists(index, k, part_fits)
        if found:
            return k
        if unknown:
            return None
    return upper


def _partition_exists(units: tuple[int, ...], k: int, part_fits) -> tuple[bool, bool]:
    """Is there a split of `units` into at most k parts that each fit some box? (found, something unproven)"""
    unknown = False
    seen: set[tuple[tuple[int, ...], ...]] = set()

    def rec(i: int, parts: list[list[int]]) -> bool:
        nonlocal unknown
        if i == len(units):
            canon = tuple(sorted(tuple(sorted(p)) for p in parts))
            if canon in seen:
                return False
            seen.add(canon)
            verdicts = [part_fits(tuple(sorted(p))) for p in parts]
            if all(v is True for v in verdicts):
                return True
            unknown = unknown or (None in verdicts and False not in verdicts)
            return False
        for p in parts:
            p.append(units[i])
            if rec(i + 1, parts):
                return True
            p.pop()
        if len(parts) < k:
            parts.append([units[i]])
            if rec(i + 1, parts):
                return True
            parts.pop()
        return False

    return rec(0, []), unknown
