"""`packstation serve` killed with SIGKILL again and again while it delivers: every confirmation reaches the shop
(none lost), each one is taken once by its Idempotency-Key, the outbox folder holds one whole file per close."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.store.models import OutboxDelivery
from tests.helpers.local_http import json_answer, local_server
from tests.integrations.conftest import Site

ORDERS = 12
KILLS = 6


@pytest.mark.slow
def test_serve_killed_mid_delivery_loses_nothing_and_confirms_each_close_once(
    sqlite_site: Site, tmp_path: Path
) -> None:
    site = sqlite_site
    site.pack(ORDERS)

    def slow_shop(*_: object):  # type: ignore[no-untyped-def]
        time.sleep(0.05)  # a real shop takes a moment: kills land inside deliveries
        return json_answer(200, {"ok": True})

    outbox = tmp_path / "outbox"
    with local_server(slow_shop) as shop:
        config = tmp_path / "serve.toml"
        config.write_text(
            f'db_url = "{site.settings.db_url}"\nwebhook_url = "{shop.url}/shipments"\noutbox_dir = "{outbox}"\n',
            encoding="utf-8",
        )
        command = [
            sys.executable,
            "-m",
            "packstation",
            "--config",
            str(config),
            "serve",
            "--poll",
            "0.2",
            "--lease",
            "0.5",
        ]
        rng = random.Random(18)
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        kills = 0
        for _ in range(KILLS):
            # `with`: the stderr pipe is closed after each run (a ResourceWarning otherwise)
            with subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as process:
                before = len(shop.received)
                deadline = time.monotonic() + 30
                while len(shop.received) == before and process.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.01)  # wait until it is delivering, then kill it somewhere inside
                time.sleep(rng.uniform(0.0, 0.2))
                if process.poll() is None:
                    os.kill(process.pid, signal.SIGKILL)
                    kills += 1
                process.wait(10)
                assert process.returncode in (-signal.SIGKILL, 0), process.stderr.read().decode()  # type: ignore[union-attr]
        time.sleep(0.6)  # the last killed lease runs out
        for _ in range(5):
            finished = subprocess.run(
                [*command[:-2], "--lease", "0.5", "--once"], env=env, capture_output=True, timeout=120
            )
            assert finished.returncode == 0, finished.stderr.decode()
            with site.store.sessions() as db:
                states = [d.state for d in db.scalars(select(OutboxDelivery))]
            if states.count("delivered") == 2 * ORDERS:
                break
            time.sleep(0.6)
    assert kills >= 3
    assert states.count("delivered") == 2 * ORDERS, states
    keys = [r.headers["idempotency-key"] for r in shop.received]
    assert len(set(keys)) == ORDERS  # none lost
    assert len(keys) - ORDERS <= kills  # a repeat only for a delivery a kill cut off, under the same key
    files = sorted(outbox.glob("*.json"))
    assert len(files) == ORDERS and not list(outbox.glob(".*"))
