"""`packstation cartonize FILE.json [--json]` as a WMS would run it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from packstation.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "cartons"


def test_json_output_is_one_valid_plan_per_order() -> None:
    result = CliRunner().invoke(main, ["cartonize", str(DATA / "packrift.json"), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in rows] == [
        "small accessory order",
        "shallow kit order",
        "long item order",
        "oversized equipment case",
    ]
    assert rows[0]["boxes"][0]["box"] == "Packrift 1066"
    assert rows[0]["boxes"][0]["placements"][0]["position"] == [0, 0, 0]
    assert rows[3]["boxes"] == [] and rows[3]["unpacked"][0]["sku"] == "oversized equipment case"
    assert all("ms" in r and "cost" in r for r in rows)


def test_text_output_shows_boxes_positions_and_costs(tmp_path: Path) -> None:
    case = {
        "units": {"length": "in", "weight": "lb"},
        "boxes": [
            {
                "id": "B12",
                "inner": [12, 10, 8],
                "outer": [12.5, 10.5, 8.5],
                "empty_weight": 0.5,
                "max_weight": 40,
                "cost": "0.85",
            }
        ],
        "orders": [{"id": "A-1", "items": [{"sku": "MUG", "qty": 2, "dims": [4, 4, 5], "weight": 0.9}]}],
    }
    path = tmp_path / "orders.json"
    path.write_text(json.dumps(case))
    result = CliRunner().invoke(main, ["cartonize", str(path), "--sample-costs", "imperial"])
    assert result.exit_code == 0, result.output
    assert "order A-1: 1 package(s), 2 unit(s) placed" in result.output
    # Shown in the file's inches and pounds; whole mm inside (box inner rounded down, items up, on the safe side).
    assert "package 1: B12 inner 11.969x10x7.992 in" in result.output
    assert "MUG at 0x0x0 in as 4.016x5x4.016 in" in result.output and "shipping" in result.output


def _same_order(tmp_path: Path, system: str) -> list[dict]:
    """One order and box list written in cm/kg or in/lb (the same physical sizes), priced by one in/lb table."""
    inch, pound = (1, 1) if system == "imperial" else (2.54, 0.45359237)
    case = {
        "units": {"length": "in", "weight": "lb"} if system == "imperial" else {"length": "cm", "weight": "kg"},
        "rates": {
            "carrier": "UPS",
            "service": "Ground",
            "units": "imperial",
            "divisor": 139,
            "step": 1,
            "bands": [[1, "6.20"], [2, "7.10"], [5, "9.40"], [10, "12.80"], [20, "18.50"]],
        },
        "boxes": [
            {
                "id": "B12",
                "inner": [12 * inch, 10 * inch, 8 * inch],
                "outer": [13 * inch, 11 * inch, 9 * inch],
                "empty_weight": 0.5 * pound,
                "max_weight": 40 * pound,
                "cost": "0.85",
            },
            {
                "id": "B8",
                "inner": [9 * inch, 9 * inch, 6 * inch],
                "outer": [9.5 * inch, 9.5 * inch, 6.5 * inch],
                "empty_weight": 0.3 * pound,
                "max_weight": 20 * pound,
                "cost": "0.55",
            },
        ],
        "orders": [
            {
                "id": "A-1",
                "items": [{"sku": "MUG", "qty": 2, "dims": [4 * inch, 4 * inch, 5 * inch], "weight": 0.75 * pound}],
            },
            {
                "id": "A-2",
                "items": [{"sku": "LAMP", "qty": 3, "dims": [6 * inch, 6 * inch, 7 * inch], "weight": 2 * pound}],
            },
        ],
    }
    path = tmp_path / f"{system}.json"
    path.write_text(json.dumps(case))
    result = CliRunner().invoke(main, ["cartonize", str(path), "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_the_same_order_in_cm_kg_and_in_lb_gets_the_same_boxes_and_cost(tmp_path: Path) -> None:
    metric, imperial = _same_order(tmp_path, "metric"), _same_order(tmp_path, "imperial")
    assert [[b["box"] for b in r["boxes"]] for r in metric] == [[b["box"] for b in r["boxes"]] for r in imperial]
    assert [r["cost"] for r in metric] == [r["cost"] for r in imperial]
    assert imperial[0]["units"] == {"length": "in", "weight": "lb"} and metric[0]["units"]["length"] == "cm"
    # Each plan speaks its file's units: a 4 x 4 x 5 in mug (101.6 mm, planned as 102 mm on the safe side, and
    # 127 mm) is 4.016 x 4.016 x 5 in, or 10.2 x 10.2 x 12.7 cm.
    assert sorted(imperial[0]["boxes"][0]["placements"][0]["dims"]) == [4.016, 4.016, 5.0]
    assert sorted(metric[0]["boxes"][0]["placements"][0]["dims"]) == [10.2, 10.2, 12.7]
    # By hand, in/lb with divisor 139: B8 outer 9.5 x 9.5 x 6.5 in (kept as 242 x 242 x 166 mm) = 593 in3 / 139
    # = 4.27 lb dimensional; actual 2 x 0.75 + 0.3 = 1.8 lb; billable 4.27 -> 5 lb (1 lb steps) -> 9.40.
    (pkg,) = imperial[0]["boxes"]
    assert pkg["box"] == "B8" and pkg["billable_weight"] == 5.0 and pkg["cost"]["shipping"] == "9.40"
    assert 1.8 <= pkg["weight"] < 1.81  # each weight kept in whole grams, rounded up
    assert metric[0]["boxes"][0]["billable_weight"] == round(5 * 0.45359237, 3)


def test_bad_file_names_the_problem(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"boxes": [}')
    result = CliRunner().invoke(main, ["cartonize", str(broken)])
    assert result.exit_code != 0 and "line 1, column" in result.output
    bad_item = tmp_path / "bad.json"
    bad_item.write_text(
        json.dumps(
            {
                "boxes": [{"id": "B", "inner": [1, 2, 3], "max_weight": 5}],
                "orders": [{"id": "o", "items": [{"sku": "x", "dims": [1, 2]}]}],
            }
        )
    )
    result = CliRunner().invoke(main, ["cartonize", str(bad_item)])
    assert result.exit_code != 0 and "orders[0].items[0].dims" in result.output
    result = CliRunner().invoke(main, ["cartonize", str(tmp_path / "missing.json")])
    assert result.exit_code != 0 and "missing.json" in result.output
