"""Cartonization: which box(es), how the items go in, how much void fill, and what it costs.

Pure rules (no Qt, no SQL). Services call `plan_order` after the last scan (units stacked as support.py allows), `check_override` when the packer
scans another box, and `validate_plan` to prove any plan before it is shown.
"""

from packstation.domain.cartonize.model import (
    BOX_KINDS,
    DEFAULT_FRAGILE_CLEARANCE_MM,
    BoxSpec,
    CostBreakdown,
    ItemSpec,
    Package,
    PackingPlan,
    Placement,
    Unpacked,
)
from packstation.domain.cartonize.override import OverrideCheck, check_override, check_override_contents
from packstation.domain.cartonize.picture import PictureBox, PictureStep, pack_picture
from packstation.domain.cartonize.plan import fill_box, plan_order
from packstation.domain.cartonize.support import DEFAULT_RULES, NO_RULES, StackRules
from packstation.domain.cartonize.validate import validate_plan

__all__ = [
    "BOX_KINDS",
    "DEFAULT_FRAGILE_CLEARANCE_MM",
    "DEFAULT_RULES",
    "NO_RULES",
    "StackRules",
    "BoxSpec",
    "CostBreakdown",
    "ItemSpec",
    "OverrideCheck",
    "Package",
    "PictureBox",
    "PictureStep",
    "PackingPlan",
    "Placement",
    "Unpacked",
    "check_override",
    "check_override_contents",
    "fill_box",
    "pack_picture",
    "plan_order",
    "validate_plan",
]
