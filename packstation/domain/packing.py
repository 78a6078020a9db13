"""The pack-session state machine.

claim -> scanning -> qc -> box -> slips -> label -> verify -> closed; suspended and exception on the side; a lead's
reopen takes a closed order back. The working step is *derived* from progress (units packed, checks done, box
confirmed, slips scanned, labels verified), so undoing a unit or failing a check moves the session back by itself and
the state can never disagree with the facts. Suspended, exception and closed are set by actions; every action is
checked against `ACTIONS` and an illegal one is refused with a plain reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from packstation.domain.errors import IllegalTransition
from packstation.domain.qc import BOX_STAGE, ITEM_STAGE, SLIP_STAGE, WEIGHT_STAGE, CheckSpec
from packstation.domain.verdicts import LineState
from packstation.domain.vocabulary import SessionState as S

WORKING = frozenset({S.SCANNING, S.QC, S.BOX, S.SLIPS, S.LABEL, S.VERIFY})
STEPS = (S.SCANNING, S.QC, S.BOX, S.SLIPS, S.LABEL, S.VERIFY, S.CLOSED)

# Which states each action may start from.
ACTIONS: dict[str, frozenset[S]] = {
    "scan": WORKING,
    "undo": WORKING,
    "remove": WORKING,
    "quantity": WORKING,
    "qc": WORKING,
    "weight": WORKING,
    "override": WORKING,
    "plan": WORKING,
    "box": frozenset({S.BOX, S.SLIPS, S.LABEL, S.VERIFY}),
    "slips": frozenset({S.BOX, S.SLIPS, S.LABEL, S.VERIFY}),
    "labels": frozenset({S.SLIPS, S.LABEL, S.VERIFY}),
    "close": frozenset({S.VERIFY}),
    "suspend": WORKING,
    "exception": WORKING | {S.SUSPENDED},
    "resume": frozenset({S.SUSPENDED, S.EXCEPTION}),
    "release": WORKING,
    "reopen": frozenset({S.CLOSED}),
}

_WHY = {
    S.CLOSED: "the order is already closed (a lead can reopen it)",
    S.SUSPENDED: "the order is suspended: resume it first",
    S.EXCEPTION: "the order is in the lead's exception queue",
}

_ACTION_WORDS = {
    "box": "confirm the box before every unit is scanned and checked",
    "slips": "register slips before the box is chosen",
    "labels": "register labels before the box is confirmed",
    "close": "close the order",
    "resume": "resume an order that is not suspended or in exception",
    "reopen": "reopen an order that is not closed",
}


def check_action(state: S | str, action: str) -> None:
    """Raise IllegalTransition with a plain reason when `action` is not allowed in `state`."""
    state = S(state)
    allowed = ACTIONS[action]
    if state in allowed:
        return
    reason = _WHY.get(state) or f"the order is at the {state.value} step"
    words = _ACTION_WORDS.get(action, action)
    raise IllegalTransition("illegal_transition", f"Cannot {words}: {reason}.", action=action, state=state.value)


@dataclass(frozen=True)
class SessionFacts:
    """Progress of one session, gathered from the store; everything the state and blockers follow from."""

    state: S
    lines: tuple[LineState, ...]
    short_ship_approved: bool = False
    qc_pending: tuple[CheckSpec, ...] = ()
    qc_failed: tuple[CheckSpec, ...] = ()
    boxes_planned: int = 1
    boxes_confirmed: int = 0
    slips_registered: bool = False
    slips_expected: frozenset[str] = field(default_factory=frozenset)
    slips_scanned: frozenset[str] = field(default_factory=frozenset)
    slips_skipped: bool = False
    labels_registered: bool = False
    labels_expected: frozenset[str] = field(default_factory=frozenset)
    labels_verified: frozenset[str] = field(default_factory=frozenset)
    labels_skipped: bool = False
    line_names: dict[int, str] = field(default_factory=dict)  # line_id -> "line 2 (SKU-1)"

    @property
    def units_ordered(self) -> int:
        return sum(line.ordered for line in self.lines)

    @property
    def units_scanned(self) -> int:
        return sum(min(line.scanned, line.ordered) for line in self.lines)

    @property
    def units_done(self) -> bool:
        return self.short_ship_approved or all(line.remaining == 0 for line in self.lines)

    def _qc(self, stage: str) -> tuple[tuple[CheckSpec, ...], tuple[CheckSpec, ...]]:
        def pick(specs: Sequence[CheckSpec]) -> tuple[CheckSpec, ...]:
            return tuple(s for s in specs if s.stage == stage)

        return pick(self.qc_pending), pick(self.qc_failed)

    def open_checks(self, stage: str) -> bool:
        pending, failed = self._qc(stage)
        return bool(pending or failed)

    @property
    def labels_voided(self) -> bool:
        """Labels were printed, and every one of them has been voided since: the box has no label."""
        return self.labels_registered and not self.labels_expected and not self.labels_skipped

    @property
    def slips_missing(self) -> frozenset[str]:
        return frozenset() if self.slips_skipped else self.slips_expected - self.slips_scanned

    @property
    def labels_missing(self) -> frozenset[str]:
        return frozenset() if self.labels_skipped else self.labels_expected - self.labels_verified


def derive_state(facts: SessionFacts) -> S:
    """The step the session is at, from its progress (suspended, exception and closed are kept as they are)."""
    if facts.state not in WORKING:
        return facts.state
    if not facts.units_done:
        return S.SCANNING
    if facts.open_checks(ITEM_STAGE):
        return S.QC
    if facts.boxes_confirmed < max(1, facts.boxes_planned) or facts.open_checks(BOX_STAGE):
        return S.BOX  # the box first, then its fragile sticker and hazard mark
    if not facts.slips_registered or facts.open_checks(SLIP_STAGE) or facts.slips_missing:
        return S.SLIPS  # the slips print, the gift check looks at them, they go into the box
    if facts.open_checks(WEIGHT_STAGE):
        return S.SLIPS  # the box is weighed with slips and cushioning inside, before its label prints
    if not facts.labels_registered or facts.labels_voided:
        return S.LABEL  # a voided label is replaced by a new one, printed and verified like the first
    return S.VERIFY


@dataclass(frozen=True)
class Blocker:
    """One reason the order cannot close; `key` names what a lead's override would clear ("" = no override)."""

    key: str
    message: str


def blockers(facts: SessionFacts) -> tuple[Blocker, ...]:
    """Every reason the order cannot close yet, in the order the packer meets them."""
    out: list[Blocker] = []
    if facts.state not in WORKING:
        return (Blocker("", _WHY.get(facts.state, facts.state.value).capitalize() + "."),)
    if not facts.units_done:
        missing = [line for line in facts.lines if line.remaining > 0]
        units = sum(line.remaining for line in missing)
        names = ", ".join(facts.line_names.get(line.line_id, f"line {line.line_no}") for line in missing[:3])
        more = "" if len(missing) <= 3 else f" and {len(missing) - 3} more lines"
        out.append(Blocker("short_ship", f"{units} unit{'s' if units != 1 else ''} still to scan: {names}{more}."))
    for spec in facts.qc_failed:
        reason = spec.blocked or f"{spec.check} check failed"
        out.append(Blocker(spec.key, f"{_subject(spec, facts)}: {reason}; fix it or ask a lead to override."))
    for spec in facts.qc_pending:
        out.append(Blocker(spec.key, f"{_subject(spec, facts)}: {spec.check} check not done yet."))
    if facts.boxes_confirmed < max(1, facts.boxes_planned):
        left = max(1, facts.boxes_planned) - facts.boxes_confirmed
        out.append(Blocker("", f"Scan the box to use ({left} to confirm)."))
    if not facts.slips_registered:
        out.append(Blocker("", "The slips for this order have not been printed."))
    elif facts.slips_missing:
        out.append(Blocker("slips", f"{len(facts.slips_missing)} slip(s) not scanned into the box."))
    if not facts.labels_registered:
        out.append(Blocker("", "The shipping label has not been printed."))
    elif facts.labels_voided:
        out.append(Blocker("", "The shipping label was voided: a new label must print and be scanned on the box."))
    elif facts.labels_missing:
        out.append(Blocker("labels", f"{len(facts.labels_missing)} label(s) not scanned on the box."))
    return tuple(out)


def _subject(spec: CheckSpec, facts: SessionFacts) -> str:
    if spec.line_id is None:
        return "Order"
    return facts.line_names.get(spec.line_id, f"line {spec.line_id}").capitalize()


def can_close(facts: SessionFacts) -> bool:
    return facts.state in WORKING and derive_state(facts) == S.VERIFY and not blockers(facts)


@dataclass(frozen=True)
class NextStep:
    """The one thing the packer does next: `code` names it, `key` the check it is about ("" for the others).

    codes: scan_units, check (a check to do), fix_check (a failed check: redo it or a lead overrides), scan_box,
    print_slips, scan_slips, print_label, scan_labels, close, none (the order is not at the bench).
    """

    code: str
    key: str = ""
    check: str = ""


def next_step(facts: SessionFacts) -> NextStep:
    """What the screen names as the next thing to do, from the same facts as `derive_state` (never two things)."""
    state = derive_state(facts)
    if state not in WORKING:
        return NextStep("none")

    def first_open(stage: str) -> NextStep | None:
        pending, failed = facts._qc(stage)
        if failed:
            return NextStep("fix_check", failed[0].key, failed[0].check)
        if pending:
            return NextStep("check", pending[0].key, pending[0].check)
        return None

    if state == S.SCANNING:
        return NextStep("scan_units")
    if state == S.QC:
        return first_open(ITEM_STAGE) or NextStep("scan_units")
    if state == S.BOX:
        if facts.boxes_confirmed < max(1, facts.boxes_planned):
            return NextStep("scan_box")
        return first_open(BOX_STAGE) or NextStep("scan_box")
    if state == S.SLIPS:
        if not facts.slips_registered:
            return NextStep("print_slips")
        step = first_open(SLIP_STAGE)
        if step is None and facts.slips_missing:
            step = NextStep("scan_slips")
        return step or first_open(WEIGHT_STAGE) or NextStep("print_label")
    if state == S.LABEL:
        return NextStep("print_label")
    if facts.labels_missing:
        return NextStep("scan_labels")
    return NextStep("close") if not blockers(facts) else NextStep("fix_check")
