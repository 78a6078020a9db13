"""Subprocess for the crash test: scans tea after tea at BENCH-01 and prints each scan id once it is acknowledged.

Usage: python crash_driver.py DB_URL RUN_NO. Resumes the open session after a restart, as the station does.
"""

from __future__ import annotations

import sys

from packstation.app import open_store
from packstation.services.packing.service import PackingService

GTIN_TEA = "5901234123457"


def main() -> None:
    db_url, run = sys.argv[1], sys.argv[2]
    store = open_store(db_url, migrate=False)
    service = PackingService(store, "BENCH-01")
    user = service.sign_in("BADGE-P2")  # no PIN set for this packer
    view = service.open_session(user.id) or service.claim(user.id, "ORD-CRASH")
    print(f"SESSION {view.session_id} {view.units_scanned}", flush=True)
    for n in range(10_000):
        scan_id = f"crash-{run}-{n}"
        verdict, view = service.scan(view.session_id, GTIN_TEA + "\r", scan_id)
        # Acknowledged: the verdict came back, so it is committed. Only now may the screen show it.
        print(f"ACK {scan_id} {verdict.code} {view.units_scanned}", flush=True)


if __name__ == "__main__":
    main()
