"""The box is planned while the packer scans: started at the claim, ready before the last scan, so the scan that
completes the order does not run the planner."""

from __future__ import annotations

from pathlib import Path

import packstation.services.packing.box_plan as box_plan
from packstation.config import Settings
from packstation.domain.ports import FixedClock
from packstation.domain.vocabulary import SessionState
from packstation.services.packing.station import StationService
from tests.helpers.packing_data import GTIN_MUG, NOW, add_order


def _station(store, tmp_path: Path) -> StationService:  # type: ignore[no-untyped-def]
    settings = Settings(db_url=store.url, station="BENCH-01", print_dir=tmp_path / "prints")
    return StationService(store, settings, clock=FixedClock(NOW))


def test_the_plan_is_made_at_the_claim_and_the_last_scan_only_takes_it(packing_world, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store, world, _ = packing_world
    station = _station(store, tmp_path)
    add_order(store, world, "3001", [("MUG", 3)])
    view = station.claim(world.packer_id, "ORD-3001")
    ready = station.preplanned(view.order_id, timeout=60)
    assert ready is not None and ready["boxes"]

    def no_planning(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the completing scan ran the planner")

    monkeypatch.setattr(box_plan, "plan_order", no_planning)
    for _ in range(3):
        _, view = station.scan(view.session_id, GTIN_MUG)
    assert view.state == SessionState.BOX
    assert view.plan["boxes"] == ready["boxes"]


def test_without_a_pre_plan_the_box_is_still_planned(packing_world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, world, _ = packing_world
    station = _station(store, tmp_path)
    add_order(store, world, "3002", [("MUG", 1)])
    view = station.claim(world.packer_id, "ORD-3002")
    future = station._preplans.pop(view.order_id)  # e.g. forgotten: more than 8 orders left open at this bench
    future.result(timeout=60)
    _, view = station.scan(view.session_id, GTIN_MUG)
    assert view.state == SessionState.BOX and view.plan and view.plan["boxes"]


def test_open_orders_keep_at_most_eight_pre_plans(packing_world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, world, _ = packing_world
    station = _station(store, tmp_path)
    for i in range(9):
        station._preplan(type("V", (), {"order_id": 10_000 + i, "plan": None})())  # type: ignore[arg-type]
    assert len(station._preplans) == 8 and 10_000 not in station._preplans


def test_the_completing_scan_stores_the_ready_plan_in_its_own_commit(packing_world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import event, select

    from packstation.store.models.packing import Event

    store, world, _ = packing_world
    station = _station(store, tmp_path)
    add_order(store, world, "3003", [("MUG", 2)])
    view = station.claim(world.packer_id, "ORD-3003")
    ready = station.preplanned(view.order_id, timeout=60)
    _, view = station.scan(view.session_id, GTIN_MUG)
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda conn: commits.append(1))
    _, view = station.scan(view.session_id, GTIN_MUG)
    assert view.state == SessionState.BOX and view.plan["boxes"] == ready["boxes"]
    assert len(commits) == 1, "the last scan, its step change and the plan: one commit"
    with store.sessions() as db:
        rows = db.execute(
            select(Event.kind, Event.code).where(Event.session_id == view.session_id).order_by(Event.id)
        ).all()
    assert [tuple(r) for r in rows[-3:]] == [("scan", "accepted"), ("state", "box"), ("note", "plan")]
    assert view.order_id not in station._preplans
