"""Quality checks: which apply to an order, whether each is done, and the weight expectation.

Rules are layered, most specific last: defaults from the SKU's own flags < the merchant's `qc_rules` <
the merchant's `qc_rules["categories"][category]` < the SKU's `qc_rules`. Keys (all optional):
`damage_inspection`, `expiry_check`, `serial_capture`, `lot_capture`, `weight_check`, `fragile_check`,
`hazmat_check`, `gift_check` (booleans); `weight_tolerance_g`, `weight_tolerance_pct`, `cushioning_g`,
`ground_services` (services a hazmat parcel may travel by).

The weight expectation works from the first order (catalogue weights + box tare + cushioning, with an absolute and a
percentage tolerance) and tightens once identical packages (same contents, same box) have been weighed before.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from packstation.domain.verdicts import SkuFacts

CHECKS = ("damage", "expiry", "serial", "lot", "weight", "fragile", "hazmat", "gift")
LINE_CHECKS = ("damage", "expiry", "serial", "lot", "fragile")
ORDER_CHECKS = ("weight", "hazmat", "gift")
# When each check comes, in the order the hands do them: the units' own checks while they are on the bench; the
# fragile sticker and the hazard mark once the box is chosen; the gift check once the slip has printed; the weight
# once the slips and the cushioning are inside the box.
ITEM_STAGE, BOX_STAGE, SLIP_STAGE, WEIGHT_STAGE = "items", "box", "slips", "weight"
CHECK_STAGES = {
    "damage": ITEM_STAGE,
    "expiry": ITEM_STAGE,
    "serial": ITEM_STAGE,
    "lot": ITEM_STAGE,
    "fragile": BOX_STAGE,
    "hazmat": BOX_STAGE,
    "gift": SLIP_STAGE,
    "weight": WEIGHT_STAGE,
}
BOX_STAGE_CHECKS = frozenset(c for c, stage in CHECK_STAGES.items() if stage != ITEM_STAGE)
DEFAULT_TOLERANCE_G = 50
DEFAULT_TOLERANCE_PCT = 5.0
DEFAULT_GROUND_SERVICES = ("ground", "standard", "economy", "road", "parcel")
MIN_HISTORY = 3  # identical packages weighed before the history is trusted
HISTORY_FLOOR_G = 10  # never tighter than a scale's usual resolution at the bench

_RULE_KEY = {
    "damage": "damage_inspection",
    "expiry": "expiry_check",
    "serial": "serial_capture",
    "lot": "lot_capture",
    "weight": "weight_check",
    "fragile": "fragile_check",
    "hazmat": "hazmat_check",
    "gift": "gift_check",
}

PROMPTS = {
    "damage": "Inspect {sku}: confirm it is undamaged, or mark it damaged and scan a replacement.",
    "expiry": "Check the expiry date of {sku} and confirm it.",
    "serial": "Capture the serial number of every unit of {sku}.",
    "lot": "Capture the lot number of {sku}.",
    "weight": "Put the closed box on the scale.",
    "fragile": "{sku} is fragile: wrap it and put a FRAGILE sticker on the box, then confirm.",
    "hazmat": "Hazardous goods (class {hazmat_class}): put the hazard mark on the box, then confirm.",
    "gift": "Gift order: check the packing slip shows no prices and the gift message is in the box.",
}


@dataclass(frozen=True)
class CheckSpec:
    """One check this order needs: for a line (line checks) or the whole order (`line_id` None)."""

    check: str
    line_id: int | None
    prompt: str
    params: Mapping[str, Any] = field(default_factory=dict)
    blocked: str = ""  # a reason the check fails whatever the packer does (only a lead's override clears it)

    @property
    def key(self) -> str:
        return self.check if self.line_id is None else f"{self.check}:{self.line_id}"

    @property
    def stage(self) -> str:
        """When the check comes (see CHECK_STAGES); a check no packer can pass (blocked) stops before the box."""
        return ITEM_STAGE if self.blocked else CHECK_STAGES.get(self.check, ITEM_STAGE)


@dataclass(frozen=True)
class QcOutcome:
    """The latest recorded result of a check (from the store)."""

    check: str
    line_id: int | None
    passed: bool
    overridden: bool = False


@dataclass(frozen=True)
class QcLine:
    """An order line as the QC rules see it."""

    line_id: int
    sku: SkuFacts
    lot_required: str | None = None


def resolve_rules(sku: SkuFacts, merchant_rules: Mapping[str, Any] | None) -> dict[str, Any]:
    """The effective rules for one SKU (see the module docstring for the layering)."""
    merchant_rules = dict(merchant_rules or {})
    categories = merchant_rules.pop("categories", {}) or {}
    rules: dict[str, Any] = {
        "damage_inspection": False,
        "expiry_check": sku.min_shelf_life_days > 0,
        "serial_capture": sku.serial_required,
        "lot_capture": sku.lot_tracked,
        "weight_check": False,
        "fragile_check": sku.fragile,
        "hazmat_check": bool(sku.hazmat_class),
        "gift_check": True,
        "weight_tolerance_g": DEFAULT_TOLERANCE_G,
        "weight_tolerance_pct": DEFAULT_TOLERANCE_PCT,
        "cushioning_g": 0,
        "ground_services": list(DEFAULT_GROUND_SERVICES),
    }
    rules.update(merchant_rules)
    if isinstance(categories, Mapping):
        rules.update(categories.get(sku.category, {}) or {})
    rules.update(dict(sku.qc_rules or {}))
    # Flags that describe the product itself cannot be switched off by a broader rule.
    if sku.serial_required:
        rules["serial_capture"] = True
    if sku.hazmat_class:
        rules["hazmat_check"] = True
    return rules


def required_checks(
    lines: Sequence[QcLine], merchant_rules: Mapping[str, Any] | None, *, gift: bool, service: str
) -> tuple[CheckSpec, ...]:
    """Every check the order needs, line checks first, in a stable order."""
    specs: list[CheckSpec] = []
    order_rules: dict[str, Any] = {}
    hazmat_classes: list[str] = []
    for line in lines:
        rules = resolve_rules(line.sku, merchant_rules)
        for check in LINE_CHECKS:
            wanted = bool(rules[_RULE_KEY[check]]) or (check == "lot" and line.lot_required is not None)
            if wanted:
                params = {"sku": line.sku.code, "description": line.sku.description}
                specs.append(CheckSpec(check, line.line_id, PROMPTS[check].format(**params), params))
        if rules["weight_check"]:
            order_rules.setdefault("weight", rules)
        if rules["hazmat_check"] and line.sku.hazmat_class:
            hazmat_classes.append(line.sku.hazmat_class)
            order_rules.setdefault("hazmat", rules)
        if gift and rules["gift_check"]:
            order_rules.setdefault("gift", rules)
    if "weight" in order_rules:
        specs.append(CheckSpec("weight", None, PROMPTS["weight"]))
    if hazmat_classes:
        classes = ", ".join(sorted(set(hazmat_classes)))
        ground = [str(s).lower() for s in order_rules["hazmat"]["ground_services"]]
        blocked = (
            ""
            if service.lower() in ground
            else (f"hazardous goods (class {classes}) need a ground service, but the order ships {service}")
        )
        specs.append(
            CheckSpec(
                "hazmat",
                None,
                PROMPTS["hazmat"].format(hazmat_class=classes),
                {"hazmat_class": classes, "service": service},
                blocked=blocked,
            )
        )
    if "gift" in order_rules:
        specs.append(CheckSpec("gift", None, PROMPTS["gift"]))
    return tuple(specs)


def qc_status(
    specs: Sequence[CheckSpec], outcomes: Sequence[QcOutcome], captured: Mapping[str, bool] | None = None
) -> tuple[tuple[CheckSpec, ...], tuple[CheckSpec, ...]]:
    """(pending, failed): checks not yet done, and checks whose latest result failed and is not overridden.

    `outcomes` are in time order; the latest per check key wins. `captured[key]` is True when the scans themselves
    already satisfied a capture check (every unit scanned with its expiry, serial or lot).
    """
    captured = captured or {}
    latest: dict[str, QcOutcome] = {}
    for outcome in outcomes:
        key = outcome.check if outcome.line_id is None else f"{outcome.check}:{outcome.line_id}"
        latest[key] = outcome
    pending: list[CheckSpec] = []
    failed: list[CheckSpec] = []
    for spec in specs:
        result = latest.get(spec.key)
        if result is not None and result.overridden:
            continue
        if spec.blocked:
            failed.append(spec)
        elif result is None:
            if not captured.get(spec.key, False):
                pending.append(spec)
        elif not result.passed:
            failed.append(spec)
    return tuple(pending), tuple(failed)


@dataclass(frozen=True)
class WeightExpectation:
    """What the closed box should weigh, and how far off a reading may be."""

    expected_g: int
    tolerance_g: int
    source: str  # catalogue | history
    samples: int = 0

    @property
    def low_g(self) -> int:
        return self.expected_g - self.tolerance_g

    @property
    def high_g(self) -> int:
        return self.expected_g + self.tolerance_g

    def accepts(self, grams: int) -> bool:
        return self.low_g <= grams <= self.high_g


def expected_weight(
    items_g: int,
    box_tare_g: int = 0,
    cushioning_g: int = 0,
    history: Sequence[int] = (),
    *,
    tolerance_g: int = DEFAULT_TOLERANCE_G,
    tolerance_pct: float = DEFAULT_TOLERANCE_PCT,
) -> WeightExpectation:
    """From the catalogue (first order) or, with enough identical packages weighed before, from their median.

    Catalogue tolerance is the larger of the absolute and percentage tolerance. History narrows it to three robust
    standard deviations (1.4826 x MAD) of what identical packages really weighed, never wider than the catalogue's
    and never below HISTORY_FLOOR_G.
    """
    catalogue = max(0, items_g) + max(0, box_tare_g) + max(0, cushioning_g)
    catalogue_tol = max(int(tolerance_g), round(catalogue * float(tolerance_pct) / 100.0))
    weights = [int(w) for w in history if w and w > 0]
    if len(weights) < MIN_HISTORY:
        return WeightExpectation(catalogue, catalogue_tol, "catalogue", len(weights))
    median = statistics.median(weights)
    mad = statistics.median(abs(w - median) for w in weights)
    tol = max(HISTORY_FLOOR_G, round(3 * 1.4826 * mad))
    return WeightExpectation(round(median), min(tol, max(catalogue_tol, HISTORY_FLOOR_G)), "history", len(weights))


def contents_signature(units_by_sku: Mapping[str, int]) -> str:
    """Sorted `sku:qty,...`: packages with the same signature and box should weigh the same."""
    return ",".join(f"{sku}:{qty}" for sku, qty in sorted(units_by_sku.items()) if qty > 0)[:400]
