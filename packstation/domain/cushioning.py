"""Void fill: how much of which material a package needs, for the packer and the consumption report.

Fragile items travel with a clearance shell around them; that shell is wrapped in the fragile material (bubble
wrap). The rest of the void is filled with the cheapest general material per millilitre (air pillows, paper).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class CushionMaterial:
    """One void-fill material, counted in units of `unit_volume_ml` (a pillow, a metre of paper, ...)."""

    code: str
    name: str
    kind: str  # air_pillow | paper | bubble_wrap
    unit_volume_ml: int
    unit_cost: Decimal = Decimal(0)
    for_fragile: bool = False
    unit: str = "pcs"


@dataclass(frozen=True)
class CushionUse:
    """So many units of one material in one package."""

    code: str
    kind: str
    units: int
    volume_ml: int
    cost: Decimal


# Share of the void that void fill really takes: packers fill loosely, pillows squash. 1.0 = fill it all.
DEFAULT_FILL_RATIO = 0.8


def cushion_package(
    void_ml: float,
    fragile_shell_ml: float,
    materials: Sequence[CushionMaterial],
    fill_ratio: float = DEFAULT_FILL_RATIO,
) -> tuple[CushionUse, ...]:
    """Materials for a package with `void_ml` of empty space, of which `fragile_shell_ml` surrounds fragile items.

    No material configured: nothing is proposed (the void is still reported by the plan).
    """
    if not materials or void_ml <= 0:
        return ()
    general = [m for m in materials if not m.for_fragile and m.unit_volume_ml > 0]
    fragile = [m for m in materials if m.for_fragile and m.unit_volume_ml > 0]
    volumes: dict[str, float] = {}
    chosen: dict[str, CushionMaterial] = {}
    shell = min(max(fragile_shell_ml, 0.0), void_ml)
    rest = void_ml - shell
    for volume, pool in ((shell, fragile or general), (rest * fill_ratio, general or fragile)):
        material = _cheapest(pool)
        if volume > 0 and material is not None:
            chosen[material.code] = material
            volumes[material.code] = volumes.get(material.code, 0.0) + volume
    # One rounding per material: a shell and the rest of the void in paper are one pile of paper.
    merged = {code: _use(chosen[code], volume) for code, volume in volumes.items()}
    return tuple(u for u in merged.values() if u.units > 0)


def cushioning_cost(uses: Sequence[CushionUse]) -> Decimal:
    return sum((u.cost for u in uses), Decimal(0))


def consumption(packages_uses: Sequence[Sequence[CushionUse]]) -> dict[str, int]:
    """Units per material code over many packages: the material-consumption report's rows."""
    total: dict[str, int] = {}
    for uses in packages_uses:
        for use in uses:
            total[use.code] = total.get(use.code, 0) + use.units
    return dict(sorted(total.items()))


def sample_materials() -> tuple[CushionMaterial, ...]:
    """Typical bench materials; demo data and the benchmark's cost model."""
    return (
        CushionMaterial("AIR", "Air pillow 20x10 cm", "air_pillow", 1000, Decimal("0.02")),
        CushionMaterial("PAPER", "Kraft paper, 1 m", "paper", 1500, Decimal("0.05"), unit="m"),
        CushionMaterial(
            "BUBBLE", "Bubble wrap, 0.5 m", "bubble_wrap", 500, Decimal("0.06"), for_fragile=True, unit="m"
        ),
    )


def _cheapest(materials: Sequence[CushionMaterial]) -> CushionMaterial | None:
    if not materials:
        return None
    return min(materials, key=lambda m: (m.unit_cost / m.unit_volume_ml, m.code))


def _use(material: CushionMaterial, volume_ml: float) -> CushionUse:
    units = math.ceil(volume_ml / material.unit_volume_ml - 1e-9) if volume_ml > 0 else 0
    return CushionUse(material.code, material.kind, units, units * material.unit_volume_ml, material.unit_cost * units)
