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
        turns = [o for o in orientations(u.dims, u.this_side_up) if all(o[a] <= box.inner[a] for a in range(3))]
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


def one_fewer_ruled_out(
    items: Sequence[ItemSpec], boxes: Sequence[BoxSpec], found: int, time_limit: float = 20.0
) -> bool | None:
    """Is `found - 1` boxes proven impossible? True: proven (so `found` is the optimum); False: a plan with one box
    fewer exists or is not excluded; None: the solver ran out of time.

    A relaxation first: every combination of `found - 1` box types must take every unit by volume and weight, each
    unit in a box it fits (CP-SAT assignment); when only one box would be left, the exact 3D model decides.
    """
    from itertools import combinations_with_replacement

    from ortools.sat.python import cp_model

    k = found - 1
    if k < 1:
        return True
    units = [i for i in items for _ in range(i.qty)]
    vol = sum(u.volume for u in units)
    weight = sum(u.weight for u in units)

    def fits(u: ItemSpec, b: BoxSpec) -> bool:
        return any(all(o[a] <= b.inner[a] for a in range(3)) for o in orientations(u.dims, u.this_side_up))

    unknown = False
    for combo in combinations_with_replacement(boxes, k):
        if sum(b.volume for b in combo) < vol or sum(b.capacity for b in combo) < weight:
            continue
        if not all(any(fits(u, b) for b in combo) for u in items):
            continue
        if k == 1:
            verdict = fits_exactly(units, combo[0], time_limit)
            if verdict is None:
                unknown = True
            elif verdict:
                return False
            continue
        m = cp_model.CpModel()
        x = [
            [m.NewBoolVar(f"x{n}_{j}") if fits(u, b) else None for j, b in enumerate(combo)]
            for n, u in enumerate(units)
        ]
        for row in x:
            m.AddExactlyOne([v for v in row if v is not None])
        for j, b in enumerate(combo):
            m.Add(sum(u.volume * x[n][j] for n, u in enumerate(units) if x[n][j] is not None) <= b.volume)
            m.Add(sum(u.weight * x[n][j] for n, u in enumerate(units) if x[n][j] is not None) <= b.capacity)
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = time_limit
        solver.parameters.num_workers = 1
        status = solver.Solve(m)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return False
        if status != cp_model.INFEASIBLE:
            unknown = True
    return None if unknown else True
