"""`packstation cartonize FILE.json [--json]`: propose boxes for every order of a case file (WMS pre-staging)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

from packstation.domain.cartonize import PackingPlan, fill_box, plan_order
from packstation.domain.cartonize.cases import CaseFile, OrderCase, parse_cases
from packstation.domain.cartonize.model import show_length, show_weight
from packstation.domain.cushioning import sample_materials
from packstation.domain.errors import DomainError
from packstation.domain.rates import sample_rates, units_named


@click.command("cartonize")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per order, one per line.")
@click.option(
    "--sample-costs",
    type=click.Choice(["metric", "imperial"]),
    default=None,
    help="Price with the sample rate table and void-fill materials when FILE has none.",
)
def cartonize(file: Path, as_json: bool, sample_costs: str | None) -> None:
    """Pack every order in FILE against its box list and print the plan per order.

    FILE holds a box list and orders (format: tests/data/cartons/README.md). Each plan lists the boxes, every
    item's position and placed dimensions, void fill, weights and the cost breakdown.
    """
    cases = _load(file)
    materials, rates = cases.materials, cases.rates
    if sample_costs:
        units = units_named(sample_costs)
        materials = materials or sample_materials()
        rates = rates or sample_rates(units)
    for order in cases.orders:
        start = time.perf_counter()
        try:
            plan = _plan(order, materials, rates, cases.units)
        except DomainError as exc:
            raise click.ClickException(f"{file}: order {order.id}: {exc}") from None
        ms = (time.perf_counter() - start) * 1000
        if as_json:
            click.echo(json.dumps(plan.to_json(order.id, ms), separators=(",", ":")))
        else:
            click.echo(_text(order, plan))


def _plan(order: OrderCase, materials, rates, units) -> PackingPlan:
    """The plan, shown in the file's own units (cm/kg, in/lb, ...)."""
    if order.mode != "pack" and order.mode != "pack_no_throw" and len(order.boxes) == 1:
        return fill_box(order.items, order.boxes[0], materials=materials, rates=rates, units=units)
    return plan_order(order.items, order.boxes, materials=materials, rates=rates, units=units)


def _load(file: Path) -> CaseFile:
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot read {file}: {exc.strerror or exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise click.ClickException(
            f"{file}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    try:
        return parse_cases(data)
    except DomainError as exc:
        raise click.ClickException(f"{file}: {exc}") from None


def _len(d, units) -> str:
    return "x".join(f"{show_length(v, units):g}" for v in d) + f" {units.length if units else 'mm'}"


def _wt(grams, units) -> str:
    return f"{show_weight(grams, units):g} {units.weight if units else 'g'}"


def _text(order: OrderCase, plan: PackingPlan) -> str:
    u = plan.units
    units = sum(len(p.placements) for p in plan.packages)
    lines = [
        f"order {order.id}: {len(plan.packages)} package(s), {units} unit(s) placed"
        + (f", {sum(u.qty for u in plan.unpacked)} not packed" if plan.unpacked else "")
    ]
    for no, pkg in enumerate(plan.packages, start=1):
        inner = f" inner {_len(pkg.box.inner, u)}" if pkg.box else ""
        fill = ", ".join(f"{c.units} {c.code}" for c in pkg.cushioning) or "none"
        lines.append(
            f"  package {no}: {pkg.box_code}{inner}, weight {_wt(pkg.weight, u)}, billable "
            f"{_wt(pkg.billable_weight, u)}, void {pkg.void_ml:.0f} ml, fill {fill}"
        )
        lines.append(
            f"    cost: box {pkg.box_cost} + cushioning {pkg.cushioning_cost} + shipping "
            f"{pkg.shipping_cost} = {pkg.cost}"
        )
        for p in pkg.placements:
            lines.append(
                f"    {p.sku} at {_len(p.position, u)} as {_len(p.dims, u)}" + (" (fragile)" if p.fragile else "")
            )
    for x in plan.unpacked:
        lines.append(f"  NOT PACKED {x.qty} x {x.sku}: {x.reason}. {x.action}")
    for note in plan.notes:
        lines.append(f"  note: {note}")
    c = plan.cost
    lines.append(f"  total: boxes {c.boxes} + cushioning {c.cushioning} + shipping {c.shipping} = {c.total}")
    return "\n".join(lines)
