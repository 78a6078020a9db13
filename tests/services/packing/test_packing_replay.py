"""`packstation replay SCRIPT.json`: a scripted session against a real SQLite file, verdicts as JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from packstation.cli import main
from tests.helpers.packing_data import (
    GTIN_MUG,
    GTIN_TEA,
    LEAD_PIN,
    PACKER_PIN,
    add_order,
    open_copy,
    world_template,
)


def test_replay_prints_one_verdict_per_line_and_checks_expectations(tmp_path: Path) -> None:
    template, world = world_template(tmp_path)
    store = open_copy(template, tmp_path)
    add_order(store, world, "7001", [("MUG", 3), ("SOCK", 1)])
    store.dispose()
    script = {
        "station": "BENCH-01",
        "now": "2025-03-01T09:30:00Z",
        "steps": [
            {"sign_in": world.packer_badge, "pin": PACKER_PIN},
            {"claim": "ORD-7001", "expect": "scanning"},
            {"scan": GTIN_MUG, "expect": "accepted"},
            {"scan": GTIN_TEA, "expect": "wrong_item"},
            {"type": f"{GTIN_MUG}\r{GTIN_MUG}\r", "gap_ms": 8},  # the second read comes too fast
            {"scan": "VND-SOCK-01"},
            {"override": "short_ship", "badge": world.lead_badge, "pin": LEAD_PIN, "reason": "count"},
            {"box": "BOX-S", "expect": "box_confirmed"},
            {"slips": []},
            {"labels": ["TRK-1"]},
            {"scan": "TRK-2", "expect": "wrong_label"},
            {"scan": "TRK-1", "expect": "label_verified"},
            {"close": True, "expect": "closed"},
        ],
    }
    path = tmp_path / "script.json"
    path.write_text(json.dumps(script), encoding="utf-8")
    db_url = f"sqlite:///{tmp_path / 'packstation.db'}"
    result = CliRunner().invoke(main, ["replay", str(path), "--db", db_url])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    codes = [(row["action"], row["code"]) for row in rows]
    assert codes[:6] == [
        ("sign_in", "signed_in"),
        ("claim", "scanning"),
        ("scan", "accepted"),
        ("scan", "wrong_item"),
        ("type", "accepted"),
        ("type", "too_fast_repeat"),
    ]
    assert ("override", "overridden") in codes, rows
    assert rows[-1]["state"] == "closed" and all(row.get("ok", True) for row in rows)
    assert rows[3]["must_acknowledge"] is True and "not in this order" in rows[3]["message"]

    # A second run of the same script: the order is closed now, so the expectations fail and the exit status says so.
    again = CliRunner().invoke(main, ["replay", str(path), "--db", db_url])
    assert again.exit_code == 1
    assert '"code": "order_closed"' in again.output


def test_replay_names_what_is_wrong_with_a_script(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"steps": [{"scan": "X"}, {"fly": 1}]}', encoding="utf-8")
    result = CliRunner().invoke(main, ["replay", str(bad), "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code != 0
    assert "bad.json: step 2 needs exactly one action key" in result.output
    broken = tmp_path / "broken.json"
    broken.write_text('{"steps": [', encoding="utf-8")
    result = CliRunner().invoke(main, ["replay", str(broken), "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code != 0 and "broken.json: not valid JSON at line 1" in result.output
