"""The station's box plan on a real database: shipping priced from the rate file by the order's carrier service on
billable weight = max(actual, dimensional), and another box scanned instead of the planned one (re-checked for fit
and weight, the deviation recorded with its extra cost)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.config import ConfigError, Settings, load_settings
from packstation.domain.errors import ValidationError
from packstation.domain.ports import FixedClock
from packstation.domain.vocabulary import ErrorType, EventKind, SessionState, VerdictCode
from packstation.services.packing.box_plan import rate_book
from packstation.services.packing.station import StationService
from packstation.store.db import transaction
from packstation.store.models.catalog import Box
from packstation.store.models.packing import Event
from tests.helpers.packing_data import GTIN_MUG, NOW, add_order

# The test world's boxes S and M: outer 310 x 210 x 160 mm, tare 120 g and 200 g; a mug weighs 350 g.
DIMENSIONAL_KG_5000 = Decimal(31 * 21 * 16) / 5000  # 10,416 cm3 / 5000 = 2.0832 kg


def _station(store, tmp_path: Path, rates_file: str = "", station_code: str = "BENCH-01") -> StationService:  # type: ignore[no-untyped-def]
    settings = Settings(db_url=store.url, station=station_code, print_dir=tmp_path / "prints", rates_file=rates_file)
    return StationService(store, settings, clock=FixedClock(NOW))


def _packed(
    station: StationService,
    world,
    ref: str,
    mugs: int,
    service: str = "standard",  # type: ignore[no-untyped-def]
    packer: int | None = None,
):
    add_order(station.store, world, ref, [("MUG", mugs)], service=service)
    sid = station.claim(packer or world.packer_id, f"ORD-{ref}").session_id
    view = None
    for _ in range(mugs):
        _, view = station.scan(sid, GTIN_MUG)
    assert view is not None and view.state == SessionState.BOX and view.plan
    return sid, view.plan


def test_the_station_plan_prices_shipping_on_dimensional_weight_with_the_shipped_sample(
    packing_world, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    store, world, _ = packing_world
    station = _station(store, tmp_path)
    _, plan = _packed(station, world, "2001", 2)
    (package,) = plan["boxes"]
    # By hand: actual 2 x 350 g + tare = 0.82 or 0.90 kg < 2.0832 kg dimensional -> billable 2.5 kg (0.5 kg steps)
    # -> the sample's "up to 5 kg" band: 6.90.
    assert package["weight"] in (820, 900) and package["weight"] < DIMENSIONAL_KG_5000 * 1000
    assert package["billable_weight"] == 2500.0
    assert package["cost"]["shipping"] == "6.90" and plan["cost"]["shipping"] == "6.90"
    assert Decimal(plan["cost"]["total"]) >= Decimal("6.90")
    assert plan["rates"]["table"] == "*/*" and plan["rates"]["divisor"] == "5000"
    assert plan["rates"]["carrier"] == "postnord" and plan["rates"]["service"] == "standard"


def test_the_order_service_picks_its_table(packing_world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, world, _ = packing_world
    _, plan = _packed(_station(store, tmp_path), world, "2002", 2, service="express")
    # The sample's */express table: 2.5 kg billable -> "up to 5 kg" 13.40.
    assert plan["rates"]["table"] == "*/express" and plan["boxes"][0]["cost"]["shipping"] == "13.40"


def test_a_rate_file_sets_the_tables_and_the_divisor(packing_world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, world, _ = packing_world
    rates = tmp_path / "rates.json"
    rates.write_text(
        json.dumps(
            {
                "services": [
                    {
                        "carrier": "postnord",
                        "service": "standard",
                        "units": "metric",
                        "divisor": 4000,
                        "step": 1,
                        "bands": [[1, "5.00"], [2, "6.00"], [3, "7.00"], [10, "12.00"]],
                    },
                    {"carrier": "*", "service": "*", "divisor": 5000, "bands": [[30, "99.00"]]},
                ]
            }
        )
    )
    station = _station(store, tmp_path, str(rates))
    _, light = _packed(station, world, "2003", 2)
    # Dimensional with /4000: 10,416 / 4000 = 2.604 kg > actual (0.82-0.90 kg) -> 3 kg (1 kg steps) -> 7.00.
    assert light["rates"]["table"] == "postnord/standard" and light["rates"]["divisor"] == "4000"
    assert light["boxes"][0]["billable_weight"] == 3000.0 and light["boxes"][0]["cost"]["shipping"] == "7.00"
    second = _station(store, tmp_path, str(rates), station_code="BENCH-02")
    _, heavy = _packed(second, world, "2004", 9, packer=world.packer2_id)
    # Actual 9 x 350 g + tare = 3.27 or 3.35 kg > 2.604 kg dimensional -> billable 4 kg -> "up to 10 kg": 12.00.
    (package,) = heavy["boxes"]
    assert package["weight"] in (3270, 3350) and package["billable_weight"] == 4000.0
    assert package["cost"]["shipping"] == "12.00"


def test_a_bad_rate_file_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "rates.json"
    bad.write_text(json.dumps({"services": [{"carrier": "x", "service": "y", "divisor": 5000}]}))
    with pytest.raises(ValidationError, match="rates.json: services\\[0\\] \\(x/y\\)"):
        rate_book(Settings(rates_file=str(bad)))
    bad.write_text("{")
    with pytest.raises(ValidationError, match="not valid JSON at line 1"):
        rate_book(Settings(rates_file=str(bad)))
    config = tmp_path / "config.toml"
    config.write_text(f'rates_file = "{tmp_path / "missing.json"}"\n')
    with pytest.raises(ConfigError, match="'rates_file'.*is not a file"):
        load_settings(config, environ={})


def _add_box(
    store,
    code: str,
    inner: tuple[int, int, int],
    outer: tuple[int, int, int],
    max_g: int,  # type: ignore[no-untyped-def]
    cost: str,
) -> None:
    with transaction(store.sessions) as db:
        db.add(
            Box(
                code=code,
                barcode=f"BOX-{code}",
                name=f"Box {code}",
                inner_width_mm=inner[0],
                inner_length_mm=inner[1],
                inner_height_mm=inner[2],
                outer_width_mm=outer[0],
                outer_length_mm=outer[1],
                outer_height_mm=outer[2],
                empty_weight_g=300,
                max_weight_g=max_g,
                cost=Decimal(cost),
            )
        )


def _box_events(store, sid: int) -> list[Event]:  # type: ignore[no-untyped-def]
    with transaction(store.sessions) as db:
        return list(
            db.scalars(select(Event).where(Event.session_id == sid, Event.kind == EventKind.BOX).order_by(Event.id))
        )


def test_another_box_is_rechecked_and_the_deviation_recorded_with_its_extra_cost(packing_world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, world, _ = packing_world
    _add_box(store, "XS", (90, 110, 70), (96, 116, 76), 5000, "0.20")  # one mug fits, two do not
    _add_box(store, "WEAK", (300, 400, 300), (310, 410, 310), 800, "0.90")  # room enough, carries 500 g
    _add_box(store, "L", (400, 400, 300), (410, 410, 310), 20000, "1.50")  # fits, costs more to ship
    station = _station(store, tmp_path)
    sid, plan = _packed(station, world, "2005", 2)
    (planned,) = plan["boxes"]
    assert planned["box"] in ("BOX-S", "BOX-M")

    verdict, view = station.scan(sid, "BOX-XS")
    assert verdict.code == VerdictCode.BOX_DOES_NOT_FIT and "BOX-XS" in verdict.message
    assert "do not all fit" in verdict.message and view.state == SessionState.BOX and view.boxes_confirmed == 0

    verdict, view = station.scan(sid, "BOX-WEAK")
    assert verdict.code == VerdictCode.BOX_DOES_NOT_FIT and "over BOX-WEAK's limit of 800 g" in verdict.message
    assert view.state == SessionState.BOX

    verdict, view = station.scan(sid, "BOX-L")
    assert verdict.code == VerdictCode.BOX_OVERRIDDEN and view.boxes_confirmed == 1
    # By hand: L outer 41 x 41 x 31 cm = 52,111 cm3 / 5000 = 10.42 kg -> 10.5 kg -> "up to 20 kg" 14.20 shipping,
    # against the plan's 6.90; box 1.50 against the planned box's price; the void fill grows with the box.
    extra = Decimal(verdict.params["extra_cost"])
    assert extra > Decimal("14.20") - Decimal("6.90")
    events = _box_events(store, sid)
    assert [e.code for e in events] == ["box_does_not_fit", "box_does_not_fit", "box_overridden"]
    assert all(e.error_type == ErrorType.BOX_OVERRIDE for e in events)
    deviation = events[-1].detail["deviation"]
    assert deviation["planned_box"] == planned["box"] and deviation["chosen_box"] == "BOX-L"
    assert deviation["fits"] and deviation["weight_ok"] and Decimal(deviation["extra_cost"]) == extra
    assert events[1].detail["deviation"]["weight_ok"] is False
