"""One bench process for the slip-issuing race: `python -m tests.helpers.slip_race URL GATE ORDER_ID...`.

It opens its own engine, says READY on stdout, waits until the GATE file exists (all benches start together), issues
the slips of each order and prints one JSON line per order: the slip codes it got back.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from packstation.app import open_store
from packstation.domain.ports import FixedClock
from packstation.services.marketing.service import MarketingService
from tests.helpers.marketing_data import NOW


def main(url: str, gate: str, order_ids: list[int]) -> None:
    store = open_store(url, migrate=False)
    service = MarketingService(store.sessions, clock=FixedClock(NOW))
    service.plan(order_ids[0])  # connect and warm up before the start
    print("READY", flush=True)
    while not Path(gate).exists():  # the start line: the test creates the file once every bench is READY
        time.sleep(0.001)
    for order_id in order_ids:
        result = service.issue_slips(order_id)
        print(json.dumps({"order": order_id, "slips": [s.slip_code for s in result.slips]}), flush=True)
    store.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], [int(a) for a in sys.argv[3:]])
