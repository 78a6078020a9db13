"""Scoring a training run: pure rules over what the journal recorded for each scenario order.

An injected error is *caught* when the journal shows the response the scenario teaches (the wrong item scanned and
refused, the damage check failed, the short order sent to the lead, ...); anything else is *missed*, including an
order left unfinished. A lead's override that makes an injected error go away counts as missed, and every override
is also counted as *asked*. The trainee's own slips (an unknown code, an over-scan, a wrong slip) lower accuracy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

TRAINEE_ERRORS = frozenset({"over_scan", "unknown_barcode", "unexpected_barcode", "bad_check_digit",
                            "case_not_allowed", "too_fast_repeat", "wrong_slip", "wrong_label",
                            "slip_verification", "label_verification"})
FINISHED = frozenset({"closed", "exception"})


@dataclass(frozen=True)
class Observed:
    """One journal row, reduced to what scoring needs."""

    kind: str  # EventKind value
    code: str
    error_type: str | None = None
    sku: str = ""
    passed: bool | None = None  # QC rows


@dataclass(frozen=True)
class OrderRun:
    """One scenario order as it ended: the injected event types and the journal of its session."""

    key: str
    injected: tuple[str, ...]
    state: str  # the pack session's last state ("" when never claimed)
    events: tuple[Observed, ...] = ()
    injected_skus: tuple[str, ...] = ()  # parallel to `injected` ("" for order-level events)


@dataclass(frozen=True)
class Outcome:
    order: str
    event: str
    caught: bool
    why: str


@dataclass(frozen=True)
class Score:
    seconds: float
    errors_injected: int
    errors_caught: int
    errors_missed: int
    overrides_asked: int
    own_errors: int
    unfinished: int
    accuracy: float  # 0..1
    outcomes: tuple[Outcome, ...] = field(default_factory=tuple)


def _has(run: OrderRun, kind: str, code: str, *, sku: str = "", passed: bool | None = None) -> bool:
    """A journal row of this kind ("*": any) and code, optionally for one SKU and QC outcome."""
    return any(kind in ("*", e.kind) and e.code == code and e.code == code and (not sku or e.sku == sku)
               and (passed is None or e.passed is passed) for e in run.events)


def _overridden(run: OrderRun, prefix: str) -> bool:
    return any(e.kind == "override" and e.code.startswith(prefix) for e in run.events)


def _weight_fixed(run: OrderRun) -> bool:
    codes = [e.passed for e in run.events if e.kind == "qc" and e.code == "weight"]
    return False in codes and codes.index(False) < len(codes) - 1 and codes[-1] is True


def _printer_jam(run: OrderRun) -> tuple[bool, str]:
    """Caught: the label that finally printed was scanned on the box, no lead override of the label step.

    The reason says how the jam was handled: cleared and reprinted by the packer (F7, a `reprint` row after the
    queue's `print_failed` row), or cleared and left to the queue's own retry.
    """
    caught = _has(run, "*", "label_verified") and not _overridden(run, "labels") and run.state == "closed"
    jammed = [n for n, e in enumerate(run.events) if e.kind == "print" and e.code == "print_failed"]
    if not caught:
        return False, "the jam cleared, the label reprinted (F7) and scanned on the box"
    if jammed and any(e.kind == "reprint" for e in run.events[jammed[0]:]):
        return True, "the jam was cleared, the label reprinted (F7) and scanned on the box"
    if jammed:
        return True, "the jam was cleared; the queue printed the label again and it was scanned on the box"
    return True, "the label was scanned on the box"


Rule = Callable[[OrderRun, str], tuple[bool, str]]
RULES: dict[str, Rule] = {
    "wrong_item": lambda r, sku: (_has(r, "scan", "wrong_item", sku=sku), "the wrong item was scanned and refused"),
    "damaged_unit": lambda r, sku: (_has(r, "qc", "damage", sku=sku, passed=False) or _has(r, "remove",
                                    "unit_removed", sku=sku), "the damaged unit failed the damage check"),
    "short_pick": lambda r, sku: (r.state == "exception" and not _overridden(r, "short_ship"),
                                  "the short order went to the lead"),
    "expired_lot": lambda r, sku: (_has(r, "scan", "expired", sku=sku), "the expired unit was scanned and refused"),
    "missing_serial": lambda r, sku: (r.state == "exception" or _has(r, "qc", "serial", sku=sku, passed=False),
                                      "the unit without a serial did not ship"),
    "fragile_order": lambda r, sku: (_has(r, "qc", "fragile", sku=sku, passed=True) and not _overridden(r, "fragile")
                                     and r.state == "closed", "the fragile item was wrapped and confirmed"),
    "vip_slip": lambda r, sku: (_has(r, "*", "slip_verified") and not _overridden(r, "slips"),
                                "the VIP slip went into the box and was scanned"),
    "printer_jam": lambda r, sku: _printer_jam(r),
    "weight_mismatch": lambda r, sku: ((_weight_fixed(r) or r.state == "exception") and not _overridden(r, "weight"),
                                       "the box was re-weighed until the scale agreed"),
}


def judge(run: OrderRun, event: str, sku: str = "") -> Outcome:
    """Whether one injected error was caught, with the reason shown on the scorecard."""
    if run.state not in FINISHED and event not in ("wrong_item", "expired_lot"):
        return Outcome(run.key, event, False, "the order was not finished")
    caught, what = RULES[event](run, sku)
    return Outcome(run.key, event, caught, what if caught else f"missed: expected {what}")


def own_errors(run: OrderRun) -> int:
    """The trainee's own slips: error rows not explained by an injected error."""
    errors = sum(1 for e in run.events if e.error_type in TRAINEE_ERRORS)
    wrong = sum(1 for e in run.events if e.kind == "scan" and e.code == "wrong_item")
    return errors + max(0, wrong - run.injected.count("wrong_item"))


def score(runs: Sequence[OrderRun], seconds: float) -> Score:
    """The scorecard's numbers for a whole scenario run."""
    outcomes = tuple(judge(run, event, run.injected_skus[i] if i < len(run.injected_skus) else "")
                     for run in runs for i, event in enumerate(run.injected))
    caught = sum(o.caught for o in outcomes)
    mistakes = sum(own_errors(run) for run in runs)
    unfinished = sum(run.state not in FINISHED for run in runs)
    overrides = sum(1 for run in runs for e in run.events if e.kind == "override")
    denominator = len(outcomes) + mistakes + unfinished
    accuracy = 1.0 if denominator == 0 else caught / denominator
    return Score(seconds=round(max(seconds, 0.0), 1), errors_injected=len(outcomes), errors_caught=caught,
                 errors_missed=len(outcomes) - caught, overrides_asked=overrides, own_errors=mistakes,
                 unfinished=unfinished, accuracy=round(accuracy, 3), outcomes=outcomes)
