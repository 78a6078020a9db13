"""Claiming is atomic: stations racing for the same orders never both win (PostgreSQL and SQLite).

Each station is its own PackingService with its own engine (as separate benches would be); a barrier releases them
together so the conditional UPDATEs really collide.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from packstation.app import open_store
from packstation.domain.errors import DomainError
from packstation.services.packing.service import PackingService
from packstation.store.db import transaction
from packstation.store.models.orders import Order
from packstation.store.models.packing import Event, PackSession
from tests.helpers.packing_data import LEAD_PIN, add_order, build_world

STATIONS = 4


def race(db_url: str, job: Callable[[PackingService, int], Any], benches: str = "RACE") -> list[Any]:
    """Run `job(service, n)` on STATIONS threads at once; each result or DomainError code is returned."""
    stores = [open_store(db_url, migrate=False) for _ in range(STATIONS)]
    services = [PackingService(s, f"{benches}-{n}") for n, s in enumerate(stores)]
    for service in services:
        _ = service.station_id  # register the benches before the race
    barrier = threading.Barrier(STATIONS)
    results: list[Any] = [None] * STATIONS

    def run(n: int) -> None:
        barrier.wait()
        try:
            results[n] = job(services[n], n)
        except DomainError as exc:
            results[n] = exc.code
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(STATIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for store in stores:
        store.dispose()
    return results


def test_two_stations_never_hold_the_same_order(store) -> None:  # type: ignore[no-untyped-def]
    world = build_world(store)
    users = [world.packer_id, world.packer2_id, world.lead_id]
    for round_no in range(2):
        add_order(store, world, f"R{round_no}", [("MUG", 1)])
        results = race(
            store.url,
            lambda service, n, r=round_no: service.claim(users[n % 3], f"ORD-R{r}"),
            benches=f"ROUND{round_no}",
        )
        winners = [r for r in results if not isinstance(r, str | Exception)]
        assert not [r for r in results if isinstance(r, Exception)], results
        assert len(winners) == 1, results
        assert Counter(r for r in results if isinstance(r, str)) == {"order_claimed_elsewhere": STATIONS - 1}
        with transaction(store.sessions) as db:
            order = db.scalars(select(Order).where(Order.external_ref == f"R{round_no}")).one()
            sessions = db.scalars(select(PackSession).where(PackSession.order_id == order.id)).all()
            assert len(sessions) == 1 and order.claim_station_id == sessions[0].station_id
            assert order.claim_version == 1
            claims = db.scalars(select(Event).where(Event.order_id == order.id, Event.kind == "claim")).all()
            assert len([e for e in claims if e.code != "refused"]) == 1
            # Each losing bench's refusal is journaled (issue 17 part 9).
            assert len([e for e in claims if e.code == "refused"]) == STATIONS - 1


def test_next_order_hands_each_order_to_exactly_one_station(store) -> None:  # type: ignore[no-untyped-def]
    world = build_world(store)
    refs = [f"N{i}" for i in range(8)]
    for ref in refs:
        add_order(store, world, ref, [("SOCK", 1)])

    def work(service: PackingService, n: int) -> list[str]:
        got = []
        while True:
            view = service.next_order(world.packer_id)
            if view is None:
                return got
            got.append(view.order_ref)
            service.suspend(view.session_id, "next")  # free the bench, keep the order out of the new queue

    results = race(store.url, work)
    assert not [r for r in results if not isinstance(r, list)], results
    claimed = [ref for got in results for ref in got]
    assert sorted(claimed) == sorted(refs)  # every order once, none twice


@pytest.mark.pg
def test_release_and_resume_race_on_postgresql(pg_url: str) -> None:
    store = open_store(pg_url)
    try:
        world = build_world(store)
        order_id = add_order(store, world, "S1", [("MUG", 1)])
        first = PackingService(store, "BENCH-01")
        session_id = first.claim(world.packer_id, "ORD-S1").session_id
        first.release_claim(order_id, world.lead_badge, LEAD_PIN, "bench froze")
        results = race(pg_url, lambda service, n: service.resume(world.packer2_id, "ORD-S1"))
        winners = [r for r in results if not isinstance(r, str | Exception)]
        assert len(winners) == 1 and winners[0].session_id == session_id, results
    finally:
        store.dispose()


@pytest.mark.pg
def test_next_order_skips_the_order_another_bench_is_claiming(pg_url: str) -> None:
    """A bench asking for the next order while another holds the most urgent one's row lock (its claim not yet
    committed) gets the next order at once, instead of queueing behind that lock (a floor of 50 benches queued
    seconds behind one row)."""
    from sqlalchemy import text

    store = open_store(pg_url)
    try:
        world = build_world(store)
        first = add_order(store, world, "K1", [("MUG", 1)], priority=5)
        add_order(store, world, "K2", [("MUG", 1)])
        with store.engine.connect() as other:  # the other bench, mid-claim
            other.execute(text("SELECT id FROM orders WHERE id = :id FOR UPDATE"), {"id": first})
            view = PackingService(store, "BENCH-02").next_order(world.packer2_id)
            assert view is not None and view.order_ref == "K2"
            other.rollback()
        view = PackingService(store, "BENCH-01").next_order(world.packer_id)
        assert view is not None and view.order_ref == "K1"
    finally:
        store.dispose()
