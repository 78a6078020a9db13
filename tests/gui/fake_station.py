"""A small in-memory stand-in for the station service, for widget tests that need no database.

It follows the facade's method names (`packstation.services.packing.station.StationService`) with just enough behaviour to
walk the screens: two lines, a damage check, one box, one slip, one label, and a printer that can be made to fail.
The end-to-end tests use the real service on a real SQLite file instead.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from packstation.domain.errors import DomainError
from packstation.domain.vocabulary import SessionState as S
from packstation.domain.vocabulary import Severity
from packstation.services.views import LineView, QcRequest, SessionView, UserView, VerdictView

PLAN = {
    "boxes": [
        {
            "box": "BOX-S1",
            "inner": [300, 200, 150],
            "cushioning": {"AIR": 4},
            "instruction": "",
            "placements": [
                {"sku": "MUG-1", "position": [0, 0, 0], "dims": [100, 100, 110]},
                {"sku": "MUG-1", "position": [100, 0, 0], "dims": [100, 100, 110]},
                {"sku": "CAM-9", "position": [0, 100, 0], "dims": [180, 90, 60]},
            ],
        }
    ],
    "cost": {"boxes": "0.80", "cushioning": "0.12", "shipping": "6.90"},
}


class FakeStation:
    def __init__(self) -> None:
        self.printer_ok = True
        self.calls: list[str] = []
        self._reset()

    def _reset(self) -> None:
        self.lines = [
            LineView(1, 1, "MUG-1", "Stoneware mug, blue", "A-01-3", 2, 0, fragile=True, barcode="111"),
            LineView(2, 2, "CAM-9", "Action camera", "C-07-1", 1, 0, needs_serial=True, barcode="222"),
        ]
        self.state = S.SCANNING
        self.qc_done: set[str] = set()
        self.failed: list[str] = []
        self.plan: dict[str, Any] | None = None
        self.slips: list[str] = []
        self.labels: list[str] = []

    # -- people -----------------------------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return False

    def sign_in(self, badge: str, pin: str | None = None) -> UserView:
        if badge == "LEAD-1" and pin is None:
            raise DomainError("pin_required", "Lena: type your PIN after scanning your badge.")
        if badge not in ("PACKER-1", "LEAD-1"):
            raise DomainError("unknown_badge", "This badge is not known or not active.")
        return UserView(1, "Ola Nordmann", "packer", "en")

    def sign_out(self, user_id: int) -> None:
        self.calls.append("sign_out")

    def open_session(self, user_id: int) -> SessionView | None:
        return self.view() if self.state not in (S.CLOSED, S.SUSPENDED) and self.calls.count("claim") else None

    def claim(self, user_id: int, barcode: str) -> SessionView:
        if barcode != "ORD-1":
            raise DomainError("no_such_order", f"No order or tote has the barcode {barcode}.")
        self.calls.append("claim")
        if self.state in (S.CLOSED,):
            self._reset()
        if self.state == S.SUSPENDED:
            self.state = S.SCANNING
        return self.view()

    def next_order(self, user_id: int) -> SessionView | None:
        return self.claim(user_id, "ORD-1")

    # -- the order --------------------------------------------------------------------------------------------------
    def view(self, session_id: int = 1) -> SessionView:
        self._advance()
        pending = ()
        if self.state == S.QC and "damage:1" not in self.qc_done:
            pending = (QcRequest("damage", 1, "Inspect MUG-1: confirm it is undamaged.", {"sku": "MUG-1"}),)
        done = sum(line.scanned for line in self.lines)
        return SessionView(
            1,
            10,
            "ORD-1",
            "Nordic Home",
            "Bjørn Ås",
            self.state,
            tuple(self.lines),
            done,
            3,
            pending_qc=pending,
            failed_qc=tuple(self.failed),
            station="BENCH-01",
            packer="Ola",
            plan=self.plan,
            slips_expected=tuple(self.slips),
            labels_expected=tuple(self.labels),
            can_close=self.state == S.VERIFY and not self.slips and not self.labels,
            blockers=tuple(f"QC failed: {f}" for f in self.failed),
            **self._next(pending),
        )

    def _next(self, pending: tuple[QcRequest, ...]) -> dict[str, Any]:
        """The next step as the real engine names it (packstation.domain.packing.next_step)."""
        if self.failed:
            return {"next_step": "fix_check", "next_check": self.failed[0]}
        if pending:
            return {"next_step": "check", "next_check": "damage:1"}
        step = {
            S.SCANNING: "scan_units",
            S.BOX: "scan_box",
            S.SLIPS: "scan_slips",
            S.LABEL: "print_label",
            S.VERIFY: "scan_labels" if self.labels else "close",
        }.get(self.state, "none")
        return {"next_step": step, "next_check": "", "slips_registered": self.state not in (S.SCANNING, S.QC, S.BOX)}

    def _advance(self) -> None:
        if self.state == S.SCANNING and all(line.complete for line in self.lines):
            self.state = S.QC
        if self.state == S.QC and "damage:1" in self.qc_done and not self.failed:
            self.state, self.plan = S.BOX, PLAN

    def _verdict(self, code: str, severity: Severity, message: str, **params: Any) -> VerdictView:
        return VerdictView(code, severity, message, params, must_acknowledge=severity == Severity.STOP)

    def scan(
        self, session_id: int, text: str, scan_id: str | None = None, too_fast: bool = False
    ) -> tuple[VerdictView, SessionView]:
        if self.state == S.BOX:
            self.state = S.VERIFY
            self.slips, self.labels = ["SLIP-1"], ["TRK-1"]
            return self._verdict("box_confirmed", Severity.OK, f"Box {text} confirmed."), self.view()
        if self.state == S.VERIFY:
            for pending in (self.slips, self.labels):
                if text in pending:
                    pending.remove(text)
                    return self._verdict("slip_verified", Severity.OK, f"{text} verified."), self.view()
            return self._verdict("wrong_label", Severity.STOP, f"{text} is not this order's."), self.view()
        for i, line in enumerate(self.lines):
            if text == line.barcode:
                if line.complete:
                    return self._verdict(
                        "over_scan",
                        Severity.STOP,
                        f"Too many {line.sku_code}.",
                        sku=line.sku_code,
                        ordered=line.ordered,
                    ), self.view()
                self.lines[i] = replace(line, scanned=line.scanned + 1)
                verdict = self._verdict(
                    "accepted", Severity.OK, "ok", sku=line.sku_code, scanned=line.scanned + 1, ordered=line.ordered
                )
                return verdict, self.view()
        return self._verdict(
            "unknown_barcode", Severity.STOP, f"Barcode {text} is not in the catalogue.", raw=text
        ), self.view()

    def undo_last(self, session_id: int) -> tuple[VerdictView, SessionView]:
        for i in reversed(range(len(self.lines))):
            if self.lines[i].scanned:
                self.lines[i] = replace(self.lines[i], scanned=self.lines[i].scanned - 1)
                break
        self.state = S.SCANNING
        return self._verdict("accepted", Severity.ATTENTION, "Last unit taken out."), self.view()

    def record_qc(
        self, session_id: int, check: str, passed: bool, line_id: int | None = None, value: str | None = None
    ) -> SessionView:
        key = f"{check}:{line_id}"
        self.qc_done.add(key)
        if not passed:
            self.failed.append(key)
        return self.view()

    def override(self, session_id: int, blocker: str, badge: str, pin: str, reason: str) -> SessionView:
        if pin != "1234":
            raise DomainError("bad_pin", "Wrong PIN.")
        self.failed = [f for f in self.failed if f != blocker]
        return self.view()

    def suspend(self, session_id: int) -> SessionView:
        self.state = S.SUSPENDED
        return self.view()

    def close(self, session_id: int) -> SessionView:
        self.state = S.CLOSED
        return self.view()

    def print_queue(self) -> list[dict[str, str]]:
        if self.state != S.VERIFY:
            return []
        if self.printer_ok:
            return [{"document": "label TRK-1", "state": "printed"}, {"document": "slip SLIP-1", "state": "printed"}]
        return [{"document": "label TRK-1", "state": "failed", "error": "printer offline (tcp://10.0.0.5:9100)"}]

    def read_scale(self) -> int | None:
        return None
