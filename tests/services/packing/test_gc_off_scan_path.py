"""No full garbage collection on the scan path: a station process collects fully between orders only.

Counted with `gc.callbacks` (which generation each collection walked, and whether a scan was running then), not
timed. The scans come at a packer's pace (a pause before each, the claim-time planner busy in its thread).
"""

from __future__ import annotations

import gc
import random
import time
from collections import Counter
from pathlib import Path

import pytest

from packstation.config import Settings
from packstation.domain.ports import FixedClock
from packstation.domain.vocabulary import SessionState
from packstation.services.packing import collector
from packstation.services.packing.station import StationService
from tests.helpers.packing_data import GTIN_MUG, GTIN_TEA, NOW, add_order


@pytest.fixture
def gc_state():  # type: ignore[no-untyped-def]
    """The process's GC settings as they were, restored after the test (pytest itself keeps the defaults)."""
    thresholds = gc.get_threshold()
    yield
    gc.set_threshold(*thresholds)
    gc.unfreeze()


def _paced_orders(
    store,
    world,
    tmp_path: Path,
    orders: int,
    tag: str,  # type: ignore[no-untyped-def]
    between_orders=None,
) -> Counter[str]:  # type: ignore[no-untyped-def]
    """Full (generation 2) collections counted by where they ran: "scan" (inside StationService.scan, any thread)
    or "elsewhere"."""
    settings = Settings(db_url=store.url, station="BENCH-01", print_dir=tmp_path / "prints")
    station = StationService(store, settings, clock=FixedClock(NOW))
    rng = random.Random(23)
    where: Counter[str] = Counter()
    scanning = [False]
    kept: list[list[int]] = []  # what the window keeps from its work in the pauses (views, print queue)

    def count(phase: str, info: dict) -> None:  # type: ignore[type-arg]
        if phase == "start" and info["generation"] == 2:
            where["scan" if scanning[0] else "elsewhere"] += 1

    gc.callbacks.append(count)
    try:
        for n in range(orders):
            add_order(store, world, f"{tag}{n}", [("MUG", 3), ("TEA", 2)])
            view = station.claim(world.packer_id, f"ORD-{tag}{n}")
            for code in [GTIN_MUG] * 3 + [GTIN_TEA] * 2:
                time.sleep(rng.uniform(0.01, 0.05))  # the packer reaches for the next item
                # ... while the window renews what it keeps (its views, the print queue); the collections this
                # brings due run in the scan's own young collections, as in the window
                gc.disable()
                kept[:] = [[i] for i in range(30_000)]
                gc.enable()
                scanning[0] = True
                try:
                    _, view = station.scan(view.session_id, code)
                finally:
                    scanning[0] = False
            assert view.state == SessionState.BOX and view.plan
            station.suspend(view.session_id, "next order")
            if between_orders is not None:
                between_orders()  # where the window runs it: the order left the bench
    finally:
        gc.callbacks.remove(count)
        if station._planner is not None:
            station._planner.shutdown(wait=True)
    return where


def test_no_full_collection_lands_on_a_scan(packing_world, tmp_path, gc_state) -> None:  # type: ignore[no-untyped-def]
    store, world, _ = packing_world
    # A process in which a full collection is due on nearly every scan (low thresholds, and the old objects frozen
    # so that CPython's "a quarter of the old generation is new" condition holds): the counter sees them there.
    gc.set_threshold(50, 1, 1)
    gc.freeze()
    gc.collect()
    without = _paced_orders(store, world, tmp_path, 2, "GC-A")
    assert without["scan"] >= 5, without  # of 10 scans (every one, on CPython 3.11)

    # The station process's rule (installed by the window at start): none by itself, all of them between orders.
    collector.install()
    assert gc.get_threshold()[:2] == (50, 1), "the young generations keep collecting"
    with_rule = _paced_orders(store, world, tmp_path, 4, "GC-B", between_orders=collector.between_orders)
    assert with_rule["scan"] == 0, with_rule
    assert with_rule["elsewhere"] == 4, "one full collection per order, after it left the bench"
