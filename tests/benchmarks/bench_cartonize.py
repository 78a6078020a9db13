"""Cartonization benchmark: our packer beside BoxPacker, py3dbp, packvium and packer3d, in one run, same orders.

    python tests/benchmarks/bench_cartonize.py [--limit N] [--peers boxpacker,py3dbp,packvium,packer3d]
        [--large 40] [--optimal-units 6]

Reports, per packer: boxes, invalid plans (our validator checks every plan of every packer: inside the box, no
overlaps, turns, weight, counts), plans a packer cannot build (a unit on less than 70 % support, heavy on light,
anything heavier on fragile) and the units concerned, incomplete plans, volume utilisation, total cost on our
cost model (box + void fill + shipping on billable weight), and ms per order (mean, p95, p99, max). Then the
same for `--large` orders of many identical units (cartonize_large.py). BoxPacker runs in PHP
(cartonize_peers.py says how to get it); without php or its source it is left out with the reason.
Needs the `bench` extra: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cartonize_large import large_orders  # noqa: E402
from cartonize_optimum import one_fewer_ruled_out, optimum_boxes  # noqa: E402
from cartonize_peers import PEERS, boxpacker_plan  # noqa: E402
from harness import machine  # noqa: E402

from packstation.domain.cartonize import BoxSpec, ItemSpec, PackingPlan, plan_order, validate_plan  # noqa: E402
from packstation.domain.cartonize.cases import OrderCase, parse_cases  # noqa: E402
from packstation.domain.cartonize.costing import Coster  # noqa: E402
from packstation.domain.cartonize.support import DEFAULT_RULES  # noqa: E402
from packstation.domain.cartonize.validate import stacking_errors  # noqa: E402
from packstation.domain.cushioning import sample_materials  # noqa: E402
from packstation.domain.rates import sample_rates  # noqa: E402

DATA = HERE.parent / "data" / "cartons"
BOXPACKER = {
    "dev_boxes": 3480,
    "all_orders_boxes": 4557,
    "all_orders_lower_bound": 4310,
    "mean_ms": 5.7,
    "p99_ms": 84.0,
}
MATERIALS = sample_materials()
RATES = sample_rates()


def priced(box: BoxSpec) -> BoxSpec:
    """Test boxes carry no price: 0.10 plus 0.018 per litre, a typical corrugated price curve."""
    if box.cost:
        return box
    from dataclasses import replace

    cost = (Decimal("0.10") + Decimal("0.018") * Decimal(box.volume) / Decimal(1_000_000)).quantize(Decimal("0.01"))
    return replace(box, cost=cost)


def cost_of(plan: PackingPlan, coster: Coster) -> Decimal:
    """The plan's total on our cost model, recomputed from its boxes and contents whoever made it."""
    total = Decimal(0)
    for pkg in plan.packages:
        if pkg.box is None:
            continue
        items_weight = sum(p.weight for p in pkg.placements)
        uses, bc, cc, sc, _, _ = coster.package(
            pkg.box, pkg.box.outer, pkg.box.volume, items_weight, pkg.items_volume, 0
        )
        total += bc + cc + sc
    return total


def ours(items: Sequence[ItemSpec], boxes: Sequence[BoxSpec]) -> PackingPlan:
    return plan_order(items, boxes, materials=MATERIALS, rates=RATES)


class Tally:
    def __init__(self, name: str) -> None:
        self.name = name
        self.boxes = self.invalid = self.incomplete = self.unbuildable = self.bad_units = self.units = 0
        self.items_volume = self.box_volume = 0
        self.cost = Decimal(0)
        self.ms: list[float] = []
        self.per_order: list[int] = []
        self.sound: list[bool] = []  # valid and complete (whether or not it can be built)
        self.examples: list[str] = []

    def add(self, case: OrderCase, boxes: Sequence[BoxSpec], plan: PackingPlan, ms: float, coster: Coster) -> None:
        self.ms.append(ms)
        self.boxes += len(plan.packages)
        self.per_order.append(len(plan.packages))
        errors = validate_plan(plan, case.items, boxes, stacking=None)
        if errors:
            self.invalid += 1
            if len(self.examples) < 3:
                self.examples.append(f"{case.id}: {errors[0]}")
        spec = {i.sku: i for i in case.items}
        stack: list[str] = []
        for no, pkg in enumerate(plan.packages, start=1):
            self.units += len(pkg.placements)
            if pkg.box is not None:
                stack.extend(stacking_errors(f"package {no}", pkg.placements, spec, pkg.box, DEFAULT_RULES))
        if stack:
            self.unbuildable += 1
            # one sentence per rule broken; a unit both floating and on a lighter one counts once
            self.bad_units += len({e.split(" rests on ")[0] for e in stack})
        if plan.unpacked:
            self.incomplete += 1
        self.sound.append(not errors and not plan.unpacked)
        for pkg in plan.packages:
            self.items_volume += pkg.items_volume
            self.box_volume += pkg.box.volume if pkg.box else 0
        self.cost += cost_of(plan, coster)

    def row(self) -> dict:
        ms = sorted(self.ms)
        pct = (lambda q: ms[min(len(ms) - 1, math.ceil(q * len(ms)) - 1)]) if ms else (lambda q: float("nan"))
        return {
            "packer": self.name,
            "boxes": self.boxes,
            "invalid": self.invalid,
            "unbuildable": self.unbuildable,
            "unsupported_units": self.bad_units,
            "units": self.units,
            "incomplete": self.incomplete,
            "utilisation_pct": round(100 * self.items_volume / self.box_volume, 1) if self.box_volume else 0,
            "cost": str(self.cost),
            "ms_mean": round(statistics.fmean(ms), 2) if ms else 0,
            "ms_p95": round(pct(0.95), 2),
            "ms_p99": round(pct(0.99), 2),
            "ms_max": round(ms[-1], 2) if ms else 0,
        }


def run(cases: Sequence[OrderCase], runners: dict[str, Callable], label: str) -> dict[str, Tally]:
    tallies = {name: Tally(name) for name in runners}
    for n, case in enumerate(cases, start=1):
        boxes = [priced(b) for b in case.boxes]
        coster = Coster(boxes, MATERIALS, RATES)
        for name, fn in runners.items():
            start = time.perf_counter()
            try:
                plan = fn(case.items, boxes)
            except Exception as exc:  # a peer crashing on an order counts as an invalid plan
                plan = PackingPlan(())
                tallies[name].examples.append(f"{case.id}: {type(exc).__name__}: {exc}"[:200])
            tallies[name].add(case, boxes, plan, (time.perf_counter() - start) * 1000, coster)
        if n % 250 == 0:
            print(f"  {label}: {n}/{len(cases)} orders", file=sys.stderr, flush=True)
    return tallies


def table(title: str, tallies: dict[str, Tally]) -> str:
    head = (
        f"| {title} | boxes | invalid | cannot be built (plans / units) | incomplete | utilisation % | total cost "
        "| ms mean | p95 | p99 | max |"
    )
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for t in tallies.values():
        r = t.row()
        share = f"{100 * r['unsupported_units'] / r['units']:.2f} %" if r["units"] else "-"
        lines.append(
            f"| {r['packer']} | {r['boxes']} | {r['invalid']} | {r['unbuildable']} / {r['unsupported_units']} "
            f"({share}) | {r['incomplete']} | {r['utilisation_pct']} "
            f"| {r['cost']} | {r['ms_mean']} | {r['ms_p95']} | {r['ms_p99']} | {r['ms_max']} |"
        )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N orders of the dev set")
    ap.add_argument("--peers", default="boxpacker,py3dbp,packvium,packer3d")
    ap.add_argument("--large", type=int, default=40, help="this many large orders of identical units (0: none)")
    ap.add_argument(
        "--large-peers",
        default="boxpacker",
        help="peers run on the large orders (py3dbp and packvium take minutes per order there; "
        "packer3d packs at most 256 units per call)",
    )
    ap.add_argument("--optimal-units", type=int, default=6, help="prove the optimum for orders up to this many units")
    ap.add_argument(
        "--prove-fewer",
        action="store_true",
        help="check every order above the volume/weight bound: can one box fewer work at all?",
    )
    ap.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")
    args = ap.parse_args()
    peers = [p for p in args.peers.split(",") if p]
    print(f"machine: {machine()}; load average at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if "boxpacker" in peers and (why := boxpacker_plan.available()) is not None:
        print(f"BoxPacker left out: {why}")
        peers.remove("boxpacker")
    runners: dict[str, Callable] = {"packstation": ours}
    runners.update({p: PEERS[p] for p in peers})

    dev = parse_cases(json.loads((DATA / "boxpacker_dev.json").read_text()))
    cases = list(dev.orders[: args.limit])
    scen = [
        c
        for c in parse_cases(json.loads((DATA / "scenarios.json").read_text())).orders
        if c.mode in ("pack", "pack_no_throw")
    ]
    report: dict = {"orders": len(cases)}

    print(
        f"dev set: {len(cases)} orders; reference (BoxPacker) {sum(c.expected['reference_boxes'] for c in cases)} "
        "boxes",
        file=sys.stderr,
    )
    tallies = run(cases, runners, "dev")
    print(table(f"dev set ({len(cases)} orders)", tallies))
    ref = [c.expected["reference_boxes"] for c in cases]
    mine = tallies["packstation"].per_order
    print(
        f"\nBoxPacker (reference, quoted): {sum(ref)} boxes on these orders; all 4,288 orders: "
        f"{BOXPACKER['all_orders_boxes']} boxes, {BOXPACKER['mean_ms']} ms mean, p99 {BOXPACKER['p99_ms']} ms "
        "(2-core machine, PHP)"
    )
    print(
        f"packstation vs BoxPacker per order: fewer boxes on {sum(m < r for m, r in zip(mine, ref, strict=True))}, "
        f"more on {sum(m > r for m, r in zip(mine, ref, strict=True))}"
    )
    for name, t in tallies.items():
        if name != "packstation":
            fewer = sum(p < m for p, m in zip(t.per_order, mine, strict=True))
            more = sum(p > m for p, m in zip(t.per_order, mine, strict=True))
            print(f"{name} vs packstation per order: fewer boxes on {fewer}, more on {more}")
    report["dev"] = [t.row() for t in tallies.values()]
    report["reference_boxes"] = sum(ref)

    # Same answer twice.
    again = [ours(c.items, [priced(b) for b in c.boxes]).to_json(c.id) for c in cases[:500]]
    first = [ours(c.items, [priced(b) for b in c.boxes]).to_json(c.id) for c in cases[:500]]
    report["deterministic"] = again == first
    print(f"same plans on two runs (first {len(first)} orders): {report['deterministic']}")

    if args.large:
        large = large_orders(args.large)
        wanted = {"packstation", *args.large_peers.split(",")}
        ltally = run(large, {n: f for n, f in runners.items() if n in wanted}, "large")
        print(
            "\n"
            + table(
                f"large orders of identical units ({len(large)} orders, "
                f"{sum(i.qty for c in large for i in c.items)} units)",
                ltally,
            )
        )
        ours_large = ltally["packstation"].per_order
        for name, t in ltally.items():
            if name != "packstation":
                pairs = [(p, m) for p, m, ok in zip(t.per_order, ours_large, t.sound, strict=True) if ok]
                fewer = sum(p < m for p, m in pairs)
                more = sum(p > m for p, m in pairs)
                print(
                    f"{name} vs packstation per large order (its {len(pairs)} valid, complete plans): fewer boxes "
                    f"on {fewer}, more on {more}; worst order {max((p - m for p, m in pairs), default=0):+d} boxes"
                )
        report["large"] = [t.row() for t in ltally.values()]
        for t in ltally.values():
            for ex in t.examples:
                print(f"  {t.name}: {ex}")

    stally = run(scen, runners, "scenarios")
    print("\n" + table(f"BoxPacker scenarios ({len(scen)} packing scenarios)", stally))
    report["scenarios"] = [t.row() for t in stally.values()]
    for t in list(tallies.values()) + list(stally.values()):
        for ex in t.examples:
            print(f"  {t.name}: {ex}")

    if args.optimal_units:
        small = [(c, m) for c, m in zip(cases, mine, strict=True) if sum(i.qty for i in c.items) <= args.optimal_units]
        start = time.perf_counter()
        gaps, unproven = [], 0
        for case, found in small:
            best = optimum_boxes(case.items, case.boxes, found)
            if best is None:
                unproven += 1
            else:
                gaps.append(found - best)
        print(
            f"\noptimum (exhaustive partitions + CP-SAT) on {len(small)} orders of <= {args.optimal_units} units: "
            f"total gap {sum(gaps)} boxes, orders off the optimum {sum(1 for g in gaps if g)}, unproven {unproven} "
            f"({time.perf_counter() - start:.0f} s)"
        )
        report["optimal"] = {
            "orders": len(small),
            "gap_boxes": sum(gaps),
            "orders_off": sum(1 for g in gaps if g),
            "unproven": unproven,
        }
    if args.prove_fewer:
        # Every order where the volume/weight bound is below our count: is one box fewer possible at all?
        start = time.perf_counter()
        open_orders: list[str] = []
        proven = 0
        for case, found in zip(cases, mine, strict=True):
            vol = sum(i.volume * i.qty for i in case.items)
            weight = sum(i.weight * i.qty for i in case.items)
            bound = max(
                1,
                math.ceil(vol / max(b.volume for b in case.boxes)),
                math.ceil(weight / max(b.capacity for b in case.boxes)),
            )
            if found <= bound:
                proven += 1
                continue
            verdict = one_fewer_ruled_out(case.items, case.boxes, found)
            if verdict:
                proven += 1
            else:
                open_orders.append(f"{case.id[:8]} ({found}{'' if verdict is False else ', timed out'})")
        print(
            f"\nfewest boxes proven (volume/weight bound, assignment relaxation, exact 3D for one box) on "
            f"{proven} of {len(cases)} orders; one box fewer not ruled out on {len(open_orders)}: "
            f"{', '.join(open_orders)} ({time.perf_counter() - start:.0f} s)"
        )
        report["proven_fewest"] = {"orders": proven, "open": open_orders}
    report["load_average"] = os.getloadavg()
    print(
        f"load average at the end: {', '.join(f'{x:.1f}' for x in report['load_average'])} "
        f"on {os.cpu_count()} CPUs (wall-clock times include any other load)"
    )
    if args.out:
        args.out.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
