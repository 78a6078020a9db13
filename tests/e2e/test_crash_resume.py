"""Crash test: a station scanning is killed with SIGKILL mid-order; the restarted service has every acknowledged scan.

The driver prints a scan id only after `PackingService.scan` returned (the journal row is committed then). The test
kills it at a random moment (between acknowledgements or inside a transaction), restarts, and checks the journal
and the packed units against what was acknowledged, three times over, then finishes the order.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.app import open_store
from packstation.services.packing.service import PackingService
from packstation.store.db import transaction
from packstation.store.models.packing import Event, PackedUnit
from tests.helpers.packing_data import GTIN_TEA, add_order, open_copy, world_template

DRIVER = Path(__file__).with_name("crash_driver.py")
ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(db_url: str, run: int, rng: random.Random) -> list[str]:
    """Start the driver, wait for a random number of acknowledgements, SIGKILL it a random moment later."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), db_url, str(run)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    acked: list[str] = []
    target = rng.randint(3, 25)
    try:
        for line in proc.stdout:
            if line.startswith("ACK "):
                acked.append(line.split()[1])
                if len(acked) >= target:
                    time.sleep(rng.uniform(0, 0.05))  # land anywhere: between scans or inside a commit
                    break
        else:
            pytest.fail(f"driver ended early: {proc.stderr.read() if proc.stderr else ''}")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    for line in proc.stdout:  # acknowledgements printed before the kill landed
        if line.startswith("ACK "):
            acked.append(line.split()[1])
    proc.stdout.close()  # closed here, not by the garbage collector (an unraisable warning under strict pytest)
    if proc.stderr is not None:
        proc.stderr.close()
    return acked


@pytest.mark.slow
def test_killed_station_resumes_with_every_acknowledged_scan(tmp_path: Path) -> None:
    template, world = world_template(tmp_path)
    store = open_copy(template, tmp_path)
    add_order(store, world, "CRASH", [("TEA", 500)])
    db_url = store.url
    store.dispose()
    rng = random.Random(20250301)
    acknowledged: list[str] = []
    for run in range(3):
        acknowledged += run_and_kill(db_url, run, rng)
        store = open_store(db_url, migrate=False)
        try:
            service = PackingService(store, "BENCH-01")
            view = service.open_session(world.packer2_id)
            assert view is not None, "the open session must survive the crash"
            with transaction(store.sessions) as db:
                journal = dict(
                    db.execute(
                        select(Event.event_uuid, Event.code).where(
                            Event.session_id == view.session_id, Event.kind == "scan"
                        )
                    ).all()
                )
                units = db.scalar(select(func.sum(PackedUnit.quantity)).where(PackedUnit.session_id == view.session_id))
            missing = [scan_id for scan_id in acknowledged if scan_id not in journal]
            assert missing == []
            assert all(journal[scan_id] == "accepted" for scan_id in acknowledged)
            # Every accepted journal row has its unit, and nothing more: committed together or not at all.
            assert units == view.units_scanned == list(journal.values()).count("accepted")
            assert len(journal) >= len(acknowledged)
            # The station retries the last acknowledged scan id after the restart: nothing is counted twice.
            verdict, again = service.scan(view.session_id, GTIN_TEA, acknowledged[-1])
            assert verdict.params.get("replayed") is True and again.units_scanned == view.units_scanned
        finally:
            store.dispose()
    store = open_store(db_url, migrate=False)
    try:
        service = PackingService(store, "BENCH-01")
        view = service.open_session(world.packer2_id)
        verdict, view = service.enter_quantity(
            view.session_id, view.lines[0].line_id, min(50, view.lines[0].ordered - view.lines[0].scanned)
        )
        assert verdict.code == "accepted"
    finally:
        store.dispose()
