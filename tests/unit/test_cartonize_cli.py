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
    assert [r["id"] for r in rows] == ["small accessory order", "shallow kit order", "long item order",
                                       "oversized equipment case"]
    assert rows[0]["boxes"][0]["box"] == "Packrift 1066"
    assert rows[0]["boxes"][0]["placements"][0]["position"] == [0, 0, 0]
    assert rows[3]["boxes"] == [] and rows[3]["unpacked"][0]["sku"] == "oversized equipment case"
    assert all("ms" in r and "cost" in r for r in rows)


def test_text_output_shows_boxes_positions_and_costs(tmp_path: Path) -> None:
    case = {"units": {"length": "in", "weight": "lb"},
            "boxes": [{"id": "B12", "inner": [12, 10, 8], "outer": [12.5, 10.5, 8.5], "empty_weight": 0.5,
                       "max_weight": 40, "cost": "0.85"}],
            "orders": [{"id": "A-1", "items": [{"sku": "MUG", "qty": 2, "dims": [4, 4, 5], "weight": 0.9}]}]}
    path = tmp_path / "orders.json"
    path.write_text(json.dumps(case))
    result = CliRunner().invoke(main, ["cartonize", str(path), "--sample-costs", "imperial"])
    assert result.exit_code == 0, result.output
    assert "order A-1: 1 package(s), 2 unit(s) placed" in result.output
    assert "package 1: B12 inner 304x254x203 mm" in result.output
    assert "MUG at 0x0x0" in result.output and "shipping" in result.output


def test_bad_file_names_the_problem(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"boxes": [}')
    result = CliRunner().invoke(main, ["cartonize", str(broken)])
    assert result.exit_code != 0 and "line 1, column" in result.output
    bad_item = tmp_path / "bad.json"
    bad_item.write_text(json.dumps({"boxes": [{"id": "B", "inner": [1, 2, 3], "max_weight": 5}],
                                    "orders": [{"id": "o", "items": [{"sku": "x", "dims": [1, 2]}]}]}))
    result = CliRunner().invoke(main, ["cartonize", str(bad_item)])
    assert result.exit_code != 0 and "orders[0].items[0].dims" in result.output
    result = CliRunner().invoke(main, ["cartonize", str(tmp_path / "missing.json")])
    assert result.exit_code != 0 and "missing.json" in result.output
