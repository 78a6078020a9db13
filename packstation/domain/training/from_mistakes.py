"""A training scenario made from a packer's recurring production mistakes (pure: no database).

Each mistake (error type, the SKU it happened on, the ordered SKU it was confused with, how often) becomes one order
with the matching injected error. Scenarios run on the fixed demo catalogue: a production SKU that is in it is used
as is (two look-alike SKUs stay those two SKUs); one that is not is stood in for by a demo SKU of the same category
with the flag the exercise needs (lot, serial, fragile), and the scenario's description says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from packstation.domain.training import catalog_data as data

# production error type -> (scenario event type, the catalogue flag its SKU needs)
EVENT_FOR: dict[str, tuple[str, str]] = {
    "wrong_item": ("wrong_item", ""),
    "expired": ("expired_lot", "lot"),
    "short_shelf_life": ("expired_lot", "lot"),
    "qc_expiry": ("expired_lot", "lot"),
    "wrong_lot": ("expired_lot", "lot"),
    "qc_damage": ("damaged_unit", ""),
    "weight_mismatch": ("weight_mismatch", ""),
    "serial_required": ("missing_serial", "serial"),
    "qc_serial": ("missing_serial", "serial"),
    "short_ship": ("short_pick", ""),
    "qc_fragile": ("fragile_order", "fragile"),
    "slip_verification": ("vip_slip", ""),
    "label_verification": ("printer_jam", ""),
    "print_failure": ("printer_jam", ""),
}


@dataclass(frozen=True)
class Mistake:
    error_type: str
    sku: str  # the SKU the error happened on (for a wrong item: the one scanned by mistake)
    count: int
    ordered_sku: str = ""  # a wrong item: the ordered SKU it was taken for
    category: str = ""  # the production SKU's category (to find a demo stand-in)


def _find(code: str) -> tuple[str, data.SkuSpec] | None:
    for merchant, specs in data.SKUS.items():
        for spec in specs:
            if spec.code == code:
                return merchant, spec
    return None


def _stand_in(merchant: str | None, category: str, flag: str, avoid: set[str]) -> tuple[str, data.SkuSpec]:
    """A demo SKU with `flag` (and the category, when one has it), preferring `merchant`."""
    merchants = [merchant] if merchant else []
    merchants += [m for m in data.SKUS if m not in merchants]
    for want_category in (True, False):
        for m in merchants:
            for spec in data.SKUS[m]:
                if spec.code in avoid or (flag and flag not in spec.flags) or spec.case_qty or "alone" in spec.flags:
                    continue
                if want_category and category and spec.category != category:
                    continue
                return m, spec
    raise ValueError(f"the demo catalogue has no SKU flagged {flag!r}")


def supported(mistake: Mistake) -> bool:
    return mistake.error_type in EVENT_FOR


def scenario_document(scenario_id: str, packer: str, mistakes: list[Mistake]) -> dict[str, Any]:
    """The scenario (the same keys as a trainer's JSON file; `scenarios.parse_scenario` checks it)."""
    orders: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    notes: list[str] = []
    for n, mistake in enumerate(m for m in mistakes if supported(m)):
        key = chr(ord("A") + n)
        kind, flag = EVENT_FOR[mistake.error_type]
        found = _find(mistake.sku)
        if kind == "wrong_item":
            ordered = _find(mistake.ordered_sku) if mistake.ordered_sku else None
            if found and ordered and found[0] == ordered[0] and found[1].code != ordered[1].code:
                merchant, wrong, right = found[0], found[1], ordered[1]
            else:
                merchant, right = _stand_in(found[0] if found else None, mistake.category, "", set())
                wrong = _stand_in(merchant, right.category, "", {right.code})[1]
                if _find(wrong.code)[0] != merchant:  # type: ignore[index]
                    merchant, right = _find(wrong.code)[0], wrong  # type: ignore[index]
                    wrong = _stand_in(merchant, right.category, "", {right.code})[1]
                notes.append(
                    f"{key}: {mistake.sku} taken for {mistake.ordered_sku or '?'} is practised as "
                    f"{wrong.code} taken for {right.code}"
                )
            lines = [{"sku": right.code, "qty": 1}]
            events.append({"type": kind, "order": key, "sku": wrong.code})
        else:
            if found and (not flag or flag in found[1].flags) and not found[1].case_qty:
                merchant, spec = found
            else:
                merchant, spec = _stand_in(found[0] if found else None, mistake.category, flag, set())
                notes.append(f"{key}: {mistake.sku} is practised as {spec.code}")
            line: dict[str, Any] = {"sku": spec.code, "qty": 2 if kind == "short_pick" else 1}
            if "lot" in spec.flags:
                line["lot"] = "L2501A"
            lines = [line]
            event: dict[str, Any] = {"type": kind, "order": key}
            if kind in ("expired_lot", "damaged_unit", "missing_serial", "fragile_order", "short_pick"):
                event["sku"] = spec.code
            events.append(event)
        orders.append(
            {"key": key, "merchant": merchant, "lines": lines, "customer": "vip" if kind == "vip_slip" else "regular"}
        )
    if not orders:
        raise ValueError("none of these mistakes can be practised in a scenario yet")
    summary = ", ".join(f"{m.error_type.replace('_', ' ')} on {m.sku} x{m.count}" for m in mistakes if supported(m))
    return {
        "id": scenario_id,
        "title": f"{packer}: own mistakes",
        "level": 5,
        "description": f"Made from {packer}'s recurring mistakes ({summary})."
        + (f" Stand-ins: {'; '.join(notes)}." if notes else ""),
        "orders": orders,
        "events": events,
    }
