"""Scoring a training run: pure rules over what the journal recorded for each scenario order.

Each injected error is judged twice. *Caught*: the journal shows the trainee noticed it (the wrong unit scanned and
refused, the damage check failed, the scale's disagreement stopped them, ...). *Handled right*: the journal also
shows every action the scenario asks for (`ACTIONS`; a scenario event's `must` list, else `DEFAULT_MUST` for its
type), and no lead override made the error go away. Re-weighing until the scale agrees is caught but not handled: the
cause (`find_cause`, the box's contents checked on the training bench) is missing. Accuracy counts only errors
handled right; the trainee's own slips (an unknown code, an over-scan, a wrong slip) and unfinished orders lower it.
Every override is counted as *asked*.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

TRAINEE_ERRORS = frozenset(
    {
        "over_scan",
        "unknown_barcode",
        "unexpected_barcode",
        "bad_check_digit",
        "case_not_allowed",
        "too_fast_repeat",
        "wrong_slip",
        "wrong_label",
        "slip_verification",
        "label_verification",
    }
)
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
    must: tuple[tuple[str, ...], ...] = ()  # parallel to `injected`: the scenario's actions ((): the type's default)


# Training-bench actions are journaled as `note` rows with these codes (the packer's own screen journals the rest).
BOX_CHECKED = "training_box_checked"  # passed=True: the check found the cause of a weight mismatch
JAM_CLEARED = "training_jam_cleared"


@dataclass(frozen=True)
class Outcome:
    order: str
    event: str
    caught: bool  # noticed: the journal shows the trainee stopped on it
    why: str
    handled: bool = False  # every required action is in the journal and no override made it go away
    missing: tuple[str, ...] = ()  # the required actions not found
    sku: str = ""


@dataclass(frozen=True)
class Score:
    seconds: float
    errors_injected: int
    errors_caught: int
    errors_missed: int
    overrides_asked: int
    own_errors: int
    unfinished: int
    accuracy: float  # 0..1: handled right / (injected + own errors + unfinished orders)
    outcomes: tuple[Outcome, ...] = field(default_factory=tuple)
    errors_handled: int = 0


def _has(run: OrderRun, kind: str, code: str, *, sku: str = "", passed: bool | None = None) -> bool:
    """A journal row of this kind ("*": any) and code, optionally for one SKU and QC outcome."""
    return _first(run, kind, code, sku=sku, passed=passed) is not None


def _first(
    run: OrderRun, kind: str, code: str, *, sku: str = "", passed: bool | None = None, after: int = -1
) -> int | None:
    for n, e in enumerate(run.events):
        if (
            n > after
            and kind in ("*", e.kind)
            and e.code == code
            and (not sku or e.sku == sku)
            and (passed is None or e.passed is passed)
        ):
            return n
    return None


def _overridden(run: OrderRun, prefix: str) -> bool:
    return any(e.kind == "override" and e.code.startswith(prefix) for e in run.events)


def _replaced(run: OrderRun, sku: str) -> bool:
    """A good unit of `sku` scanned after the faulty one was refused or failed its damage check."""
    bad = [
        n
        for n, e in enumerate(run.events)
        if e.sku == sku
        and (
            (e.kind == "scan" and e.code in ("expired", "wrong_item"))
            or (e.kind == "qc" and e.passed is False)
            or e.kind == "remove"
        )
    ]
    return bool(bad) and any(
        e.sku == sku
        and (
            (e.kind == "scan" and e.code == "accepted") or (e.kind == "qc" and e.code == "damage" and e.passed is True)
        )
        for e in run.events[bad[0] + 1 :]
    )


def _reweighed(run: OrderRun) -> bool:
    """The scale agreed after the cause of its disagreement was found."""
    found = _first(run, "note", BOX_CHECKED, passed=True)
    return found is not None and _first(run, "qc", "weight", passed=True, after=found) is not None


def _reprinted(run: OrderRun) -> bool:
    jammed = _first(run, "print", "print_failed")  # None: the printer never reported the jam (no queue)
    return any(e.kind == "reprint" for e in run.events[jammed or 0 :])


# What a trainee can be asked to do, each a test on the order's journal (sku: the event's SKU, may be "").
ACTIONS: dict[str, tuple[str, Callable[[OrderRun, str], bool]]] = {
    "refuse_unit": (
        "scan the faulty unit so the station refuses it",
        lambda r, sku: _has(r, "scan", "wrong_item", sku=sku) or _has(r, "scan", "expired", sku=sku),
    ),
    "fail_damage": ("fail the damage check", lambda r, sku: _has(r, "qc", "damage", sku=sku, passed=False)),
    "scan_replacement": ("scan a good unit in its place", _replaced),
    "send_to_lead": ("send the order to the lead (F10)", lambda r, sku: r.state == "exception"),
    "confirm_fragile": (
        "wrap the fragile item and confirm the check",
        lambda r, sku: _has(r, "qc", "fragile", sku=sku, passed=True),
    ),
    "find_cause": (
        "find the cause on the bench (check the box's contents)",
        lambda r, sku: _has(r, "note", BOX_CHECKED, passed=True),
    ),
    "reweigh": ("weigh again after finding the cause", lambda r, sku: _reweighed(r)),
    "clear_jam": ("clear the jam in the printer", lambda r, sku: _has(r, "note", JAM_CLEARED)),
    "reprint": ("reprint the label (F7)", lambda r, sku: _reprinted(r)),
    "scan_label": ("scan the label on the box", lambda r, sku: _has(r, "*", "label_verified")),
    "scan_slip": ("put the slip in the box and scan it", lambda r, sku: _has(r, "*", "slip_verified")),
    "close": ("close the order", lambda r, sku: r.state == "closed"),
}

DEFAULT_MUST: dict[str, tuple[str, ...]] = {
    "wrong_item": ("refuse_unit",),
    "damaged_unit": ("fail_damage", "scan_replacement"),
    "short_pick": ("send_to_lead",),
    "expired_lot": ("refuse_unit", "scan_replacement"),
    "missing_serial": ("send_to_lead",),
    "fragile_order": ("confirm_fragile", "close"),
    "vip_slip": ("scan_slip",),
    "printer_jam": ("clear_jam", "reprint", "scan_label"),
    "weight_mismatch": ("find_cause", "reweigh"),
}

# Noticed at all (a stop shown and answered), whatever the trainee did next.
NOTICED: dict[str, Callable[[OrderRun, str], bool]] = {
    "wrong_item": lambda r, sku: _has(r, "scan", "wrong_item", sku=sku),
    "damaged_unit": lambda r, sku: (
        _has(r, "qc", "damage", sku=sku, passed=False) or _has(r, "remove", "unit_removed", sku=sku)
    ),
    "short_pick": lambda r, sku: r.state == "exception" or _overridden(r, "short_ship"),
    "expired_lot": lambda r, sku: _has(r, "scan", "expired", sku=sku),
    "missing_serial": lambda r, sku: r.state == "exception" or _has(r, "qc", "serial", sku=sku, passed=False),
    "fragile_order": lambda r, sku: _has(r, "qc", "fragile", sku=sku),
    "vip_slip": lambda r, sku: _has(r, "*", "slip_verified") or _overridden(r, "slips"),
    "printer_jam": lambda r, sku: _has(r, "note", JAM_CLEARED) or any(e.kind == "reprint" for e in r.events),
    "weight_mismatch": lambda r, sku: _has(r, "qc", "weight", passed=False),
}
# A lead's override of these steps makes the injected error go away: never handled right.
OVERRIDE_STEP = {
    "short_pick": "short_ship",
    "fragile_order": "fragile",
    "vip_slip": "slips",
    "printer_jam": "labels",
    "weight_mismatch": "weight",
}
TEACHES = {
    "wrong_item": "the wrong unit was scanned and refused",
    "damaged_unit": "the damaged unit failed the check and was replaced",
    "short_pick": "the short order went to the lead",
    "expired_lot": "the expired unit was refused and replaced",
    "missing_serial": "the unit without a serial did not ship",
    "fragile_order": "the fragile item was wrapped and confirmed",
    "vip_slip": "the VIP slip went into the box and was scanned",
    "printer_jam": "the jam was cleared, the label reprinted (F7) and scanned on the box",
    "weight_mismatch": "the cause was found in the box and the box re-weighed",
}


def judge(run: OrderRun, event: str, sku: str = "", must: Sequence[str] = ()) -> Outcome:
    """Whether one injected error was noticed and handled right, with the reason shown on the scorecard."""
    required = tuple(must) or DEFAULT_MUST[event]
    caught = NOTICED[event](run, sku)
    missing = tuple(a for a in required if not ACTIONS[a][1](run, sku))
    step = OVERRIDE_STEP.get(event)
    overridden = bool(step) and _overridden(run, step)  # type: ignore[arg-type]
    if run.state not in FINISHED and event not in ("wrong_item", "expired_lot"):
        why = "the order was not finished"
        return Outcome(run.key, event, caught, why, False, missing, sku)
    handled = not missing and not overridden
    if handled:
        why = TEACHES[event]
    elif overridden:
        why = "a lead's override made it go away: expected " + "; ".join(ACTIONS[a][0] for a in required)
    elif caught:
        why = "noticed, but not handled: still to " + "; ".join(ACTIONS[a][0] for a in missing)
    else:
        why = "missed: expected " + "; ".join(ACTIONS[a][0] for a in required)
    return Outcome(run.key, event, caught, why, handled, missing, sku)


def own_errors(run: OrderRun) -> int:
    """The trainee's own slips: error rows not explained by an injected error."""
    errors = sum(1 for e in run.events if e.error_type in TRAINEE_ERRORS)
    wrong = sum(1 for e in run.events if e.kind == "scan" and e.code == "wrong_item")
    return errors + max(0, wrong - run.injected.count("wrong_item"))


def score(runs: Sequence[OrderRun], seconds: float) -> Score:
    """The scorecard's numbers for a whole scenario run."""
    outcomes = tuple(
        judge(
            run,
            event,
            run.injected_skus[i] if i < len(run.injected_skus) else "",
            run.must[i] if i < len(run.must) else (),
        )
        for run in runs
        for i, event in enumerate(run.injected)
    )
    caught = sum(o.caught for o in outcomes)
    handled = sum(o.handled for o in outcomes)
    mistakes = sum(own_errors(run) for run in runs)
    unfinished = sum(run.state not in FINISHED for run in runs)
    overrides = sum(1 for run in runs for e in run.events if e.kind == "override")
    denominator = len(outcomes) + mistakes + unfinished
    accuracy = 1.0 if denominator == 0 else handled / denominator
    return Score(
        seconds=round(max(seconds, 0.0), 1),
        errors_injected=len(outcomes),
        errors_caught=caught,
        errors_missed=len(outcomes) - caught,
        overrides_asked=overrides,
        own_errors=mistakes,
        unfinished=unfinished,
        accuracy=round(accuracy, 3),
        outcomes=outcomes,
        errors_handled=handled,
    )


def passed(outcomes: Sequence[Outcome], unfinished: int, own: int) -> bool:
    """A scenario is passed when every injected error was handled right, every order finished, no own slip."""
    return all(o.handled for o in outcomes) and unfinished == 0 and own == 0
