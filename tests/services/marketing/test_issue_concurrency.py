"""Issue #17 part 1: issuing slips is idempotent and per-customer limits hold when benches race, through the
database (a row lock on the customer, a unique index on live slips), with threads and with separate processes, on
SQLite and PostgreSQL. On main, two benches issuing one order at once both issued slips and coupons."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from helpers.marketing_data import NOW, campaign_data, seed_shop
from sqlalchemy import func, select

from packstation.app import Store, open_store
from packstation.domain.ports import FixedClock
from packstation.services.marketing.marketing_editor import CampaignEditorService
from packstation.services.marketing.service import MarketingService
from packstation.store.db import transaction
from packstation.store.models import Coupon, Order, Slip

ROOT = Path(__file__).resolve().parents[3]
BENCHES = 4
ROUNDS = 3


def _extra_orders(store: Store, shop, customer: str, refs: list[str]) -> list[int]:  # type: ignore[no-untyped-def]
    ids = []
    with transaction(store.sessions) as session:
        for ref in refs:
            order = Order(
                merchant_id=shop.merchant_id,
                customer_id=shop.customers[customer],
                external_ref=ref,
                order_barcode=f"PICK-{ref}",
                placed_at=NOW,
            )
            session.add(order)
            session.flush()
            ids.append(order.id)
    return ids


def _threads(url: str, jobs: list[list[int]]) -> list[list[list[str]]]:
    """Each bench (own engine, own thread) issues its orders; all start together. Slip codes per bench per order."""
    stores = [open_store(url, migrate=False) for _ in jobs]
    services = [MarketingService(s.sessions, clock=FixedClock(NOW)) for s in stores]
    for service, orders in zip(services, jobs, strict=True):
        service.plan(orders[0])  # connected before the start
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)

    def run(n: int) -> None:
        barrier.wait()
        try:
            results[n] = [[s.slip_code for s in services[n].issue_slips(o).slips] for o in jobs[n]]
        except Exception as exc:  # noqa: BLE001 - reported below
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for store in stores:
        store.dispose()
    assert not [r for r in results if isinstance(r, Exception) or r is None], results
    return results  # type: ignore[return-value]


def _processes(url: str, jobs: list[list[int]], tmp: Path) -> list[list[list[str]]]:
    """Each bench is its own Python process; a gate file starts them together once all said READY."""
    gate = tmp / f"go-{os.getpid()}-{id(jobs)}"
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.slip_race", url, str(gate), *map(str, orders)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for orders in jobs
    ]
    for proc in procs:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # blocks until this bench is connected and waiting at the gate
        assert line.strip() == "READY", (line, proc.stderr.read() if proc.stderr else "")
    gate.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        results.append([json.loads(line)["slips"] for line in out.splitlines() if line.strip()])
    return results


def _setup(store: Store, **campaign: object):  # type: ignore[no-untyped-def]
    with transaction(store.sessions) as session:
        shop = seed_shop(session)
    CampaignEditorService(store.sessions, clock=FixedClock(NOW)).save_campaign(
        campaign_data(shop, "everyone", coupon_prefix="ALL", **campaign)
    )
    return shop


def _count(store: Store, model: type, order_id: int) -> int:
    with transaction(store.sessions) as session:
        return int(session.scalar(select(func.count()).select_from(model).where(model.order_id == order_id)) or 0)


@pytest.mark.parametrize("how", ["threads", "processes"])
def test_benches_issuing_one_order_at_once_issue_its_slips_once(store: Store, how: str, tmp_path: Path) -> None:
    shop = _setup(store, per_customer_limit=0)  # no limit: each order gets exactly one slip
    orders = _extra_orders(store, shop, "Alice", [f"RACE-{n}" for n in range(ROUNDS)])
    jobs = [list(orders) for _ in range(BENCHES)]  # every bench issues every order, at the same moment
    results = _threads(store.url, jobs) if how == "threads" else _processes(store.url, jobs, tmp_path)
    for index, order_id in enumerate(orders):
        answers = [bench[index] for bench in results]
        assert _count(store, Slip, order_id) == 1, f"order {order_id}: {answers}"
        assert _count(store, Coupon, order_id) == 1
        assert len({tuple(a) for a in answers}) == 1 and len(answers[0]) == 1  # every bench prints the same code


@pytest.mark.parametrize("how", ["threads", "processes"])
def test_a_once_per_customer_campaign_holds_when_their_orders_are_issued_at_once(
    store: Store, how: str, tmp_path: Path
) -> None:
    shop = _setup(store, per_customer_limit=1)
    for round_no in range(ROUNDS):
        orders = _extra_orders(store, shop, "Bjørn", [f"ONCE-{round_no}-{n}" for n in range(BENCHES)])
        jobs = [[order] for order in orders]  # four orders of one customer, each on its own bench, at once
        results = _threads(store.url, jobs) if how == "threads" else _processes(store.url, jobs, tmp_path)
        with transaction(store.sessions) as session:
            slips = (
                session.scalar(
                    select(func.count())
                    .select_from(Slip)
                    .join(Order, Order.id == Slip.order_id)
                    .where(Order.customer_id == shop.customers["Bjørn"])
                )
                or 0
            )
        assert slips == 1, f"round {round_no}: {results}"
