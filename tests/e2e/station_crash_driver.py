"""Subprocess for the crash-anywhere test: a station packing whole orders through `StationService`.

Usage: python -m tests.e2e.station_crash_driver DB_URL PRINT_DIR RUN_NO [KILL_AFTER_PRINT]

It signs in, resumes the order left open at its bench (as the station does after a restart) or claims the next one,
and drives it to close as a packer would: items, box, slips, label on the box, close. It prints a line only after
the service call returned (so it is committed): `ACK <scan id>` for a scan, `CLOSED <order ref>`, `DONE` when no
order is left. With KILL_AFTER_PRINT=n it SIGKILLs itself right after the printer took the n-th document.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from packstation.app import open_store
from packstation.config import Settings
from packstation.devices.printers import printer_for
from packstation.domain.errors import DomainError
from packstation.domain.vocabulary import SessionState
from packstation.services.packing.station import StationService
from packstation.services.views import SessionView

STATION = "BENCH-001"
BADGE = "BENCH-P001"
PIN = "1357"
BOX = "BENCH-BOX-M"


class KillingPrinter:
    """The real folder printer, and a power cut right after the n-th document reached it."""

    sent = 0

    def __init__(self, inner: Any, kill_after: int) -> None:
        self.inner, self.kill_after = inner, kill_after
        self.uri, self.formats = inner.uri, inner.formats

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        line = str(self.inner.send(payload, fmt=fmt, name=name))
        KillingPrinter.sent += 1
        if KillingPrinter.sent == self.kill_after:
            os.kill(os.getpid(), signal.SIGKILL)
        return line


def next_move(station: StationService, user_id: int, view: SessionView, run: str, n: int) -> SessionView | None:
    """One packer action on the order in hand; None once it is closed."""
    scan: str | None = None
    if view.state == SessionState.SCANNING:
        line = view.active_line
        scan = line.barcode if line else None
    elif view.state == SessionState.BOX:
        scan = BOX
    elif view.state == SessionState.SLIPS and view.slips_expected:
        scan = sorted(view.slips_expected)[0]
    elif view.state == SessionState.VERIFY and view.labels_expected:
        scan = sorted(view.labels_expected)[0]
    elif view.can_close:
        closed = station.close(view.session_id)
        print(f"CLOSED {closed.order_ref}", flush=True)
        return None
    if scan is None:  # a print step did not finish (e.g. killed mid-print): the station settles it again
        again = station.open_session(user_id)
        if again is None or (
            again.state == view.state
            and again.units_scanned == view.units_scanned
            and again.labels_expected == view.labels_expected
            and not again.can_close
        ):
            raise SystemExit(f"stuck at {view.state.value}: {'; '.join(view.blockers)}")
        return again
    scan_id = f"{run}-{n}"
    verdict, view = station.scan(view.session_id, scan + "\r", scan_id)
    print(f"ACK {scan_id} {verdict.code}", flush=True)
    if verdict.severity != "ok":
        raise SystemExit(f"unexpected verdict {verdict.code}: {verdict.message}")
    return view


def main() -> None:
    db_url, print_dir, run = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    kill_after = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    store = open_store(db_url, migrate=False)
    settings = Settings(db_url=db_url, station=STATION, print_dir=print_dir, label_format="zpl")
    printers = None
    if kill_after:

        def printers(uri: str) -> Any:
            return KillingPrinter(printer_for(uri, print_dir=print_dir), kill_after)

    station = StationService(store, settings, printers=printers)
    user = station.sign_in(BADGE, PIN)
    n = 0
    while True:
        view = station.open_session(user.id)
        if view is None:
            try:
                view = station.next_order(user.id)
            except DomainError as exc:
                raise SystemExit(f"claim refused: {exc}") from exc
            if view is None:
                print("DONE", flush=True)
                return
        print(f"ORDER {view.order_ref} {view.state.value}", flush=True)
        station.print_queue()  # the screen's print panel refreshes: due jobs are sent
        current: SessionView | None = view
        while current is not None:
            n += 1
            current = next_move(station, user.id, current, run, n)
            if n > 100_000:
                raise SystemExit("no progress")


if __name__ == "__main__":
    main()
