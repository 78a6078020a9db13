"""Scenario files: the shipped ones load; a broken one is refused naming file, path and problem."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from packstation.domain.errors import ValidationError
from packstation.domain.training.scenarios import EVENT_TYPES, load_file, load_shipped, loads
from packstation.services.training.training_orders import sku_barcode, tote_items

GOOD = {
    "id": "t",
    "title": "T",
    "orders": [{"key": "A", "merchant": "NORDLYS", "lines": [{"sku": "NL-BAR", "qty": 2}]}],
    "events": [{"type": "expired_lot", "order": "A", "sku": "NL-BAR"}],
}


def test_at_least_ten_shipped_scenarios_cover_every_injected_error() -> None:
    shipped = load_shipped()
    assert len(shipped) >= 10
    assert shipped[0].id == "first-order" and shipped[-1].id == "bad-day"
    assert {e.type for s in shipped for e in s.events} == set(EVENT_TYPES)


def test_json_and_toml_files_load(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(GOOD))
    (tmp_path / "b.toml").write_text(
        'id = "t"\ntitle = "T"\n[[orders]]\nkey = "A"\nmerchant = "KAWKA"\nlines = [{ sku = "KW-MUG", qty = 1 }]\n'
    )
    assert load_file(tmp_path / "a.json").events[0].type == "expired_lot"
    assert load_file(tmp_path / "b.toml").orders[0].lines[0].sku == "KW-MUG"


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda d: d["orders"][0]["lines"][0].update(sku="NL-NOPE"), "orders[0].lines[0].sku", "has no SKU"),
        (lambda d: d["orders"][0]["lines"][0].update(qty=0), "orders[0].lines[0].qty", "must be 1..50"),
        (lambda d: d["events"][0].update(type="alien"), "events[0].type", "unknown event"),
        (lambda d: d["events"][0].update(order="Z"), "events[0].order", "no order has the key"),
        (
            lambda d: d["events"].append({"type": "wrong_item", "order": "A", "sku": "NL-BAR"}),
            "events[1].sku",
            "not a wrong item",
        ),
        (
            lambda d: d["events"].append({"type": "missing_serial", "order": "A", "sku": "NL-BAR"}),
            "events[1].sku",
            "not serialised",
        ),
        (lambda d: d.pop("orders"), "orders", "is missing"),
        (lambda d: d.update(colour="red"), "colour", "unknown key"),
        (lambda d: d["orders"][0].update(merchant="ACME"), "orders[0].merchant", "unknown merchant"),
        (lambda d: d["events"][0].update(must=[[], "reweigh"]), "events[0].must[0]", "unknown action"),
    ],
)
def test_a_broken_scenario_is_refused_with_its_path(change, path: str, words: str) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(json.dumps(GOOD))
    change(doc)
    with pytest.raises(ValidationError) as err:
        loads(json.dumps(doc), "mine.json")
    assert err.value.params["file"] == "mine.json" and err.value.params["path"] == path
    assert words in str(err.value) and str(err.value).startswith(f"mine.json: {path}:")


def test_bad_syntax_names_the_file() -> None:
    with pytest.raises(ValidationError, match=r"mine.toml: not valid TOML"):
        loads("id = ", "mine.toml")
    with pytest.raises(ValidationError, match=r"mine.json: not valid JSON at line 1"):
        loads('{"id": ', "mine.json")


def test_the_tote_holds_the_injected_faults() -> None:
    scenario = loads(json.dumps(GOOD), "t.json")
    today = dt.date(2026, 3, 1)
    items = tote_items(scenario, scenario.orders[0], "S1", today)
    assert [i.kind for i in items] == ["expired", "ok", "spare"]
    assert items[0].barcode.startswith(f"(01){sku_barcode('NORDLYS', 'NL-BAR')}(17)260130")
