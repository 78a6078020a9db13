"""Reading a pack session back from the store: its facts (for the rules) and its view (for the screen).

Everything here is derived from the current-state tables (`packed_units`, `qc_results`) and the session's step
events (box, slips, labels, overrides), so a restarted station shows exactly what was committed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from packstation.domain import qc
from packstation.domain.errors import DomainError
from packstation.domain.packing import WORKING, SessionFacts, blockers, derive_state, next_step
from packstation.domain.verdicts import LineState, SkuFacts
from packstation.domain.vocabulary import EventKind, SessionState
from packstation.services.views import LineView, QcRequest, SessionView
from packstation.store.models.catalog import Box, Merchant, Sku
from packstation.store.models.customers import Customer
from packstation.store.models.orders import Order
from packstation.store.models.packing import PackSession
from packstation.store.models.people import Station, User
from packstation.store.models.shipping import Package
from packstation.store.queries import packing as q

STEP_KINDS = (EventKind.BOX, EventKind.SLIP, EventKind.PRINT, EventKind.VERIFY, EventKind.OVERRIDE, EventKind.STATE)
REOPENED = "reopened"


def sku_facts(sku: Sku) -> SkuFacts:
    return SkuFacts(
        sku_id=sku.id,
        code=sku.code,
        description=sku.description,
        category=sku.category,
        weight_g=sku.weight_g,
        fragile=sku.fragile,
        hazmat_class=sku.hazmat_class or "",
        serial_required=sku.serial_required,
        lot_tracked=sku.lot_tracked,
        min_shelf_life_days=sku.min_shelf_life_days,
        scan_each=sku.scan_each,
        max_quantity_entry=sku.max_quantity_entry,
        this_side_up=sku.this_side_up,
        qc_rules=dict(sku.qc_rules or {}),
    )


@dataclass(frozen=True)
class LineRow:
    """An order line as plain values (the same attribute names as OrderLine)."""

    id: int
    line_no: int
    sku_id: int
    quantity: int
    bin: str
    lot_required: str | None


@dataclass(frozen=True)
class OrderStatic:
    """What does not change while an order is packed: lines, SKUs, required checks, what the screen shows per line.

    Cached per order by the service so a 1,000-line order does not rebuild it on every scan.
    """

    lines: tuple[LineRow, ...]
    by_id: dict[int, LineRow]
    skus: dict[int, SkuFacts]
    specs: tuple[qc.CheckSpec, ...]
    capture_keys: tuple[tuple[str, int], ...]  # (check, line_id) of serial/lot/expiry captures
    line_names: dict[int, str]
    flags: dict[int, tuple[bool, bool]]  # line_id -> (needs_serial, needs_lot)
    primary: dict[int, str]  # sku_id -> barcode a virtual scanner would scan
    images: dict[int, str | None]
    rules_seen: Any  # the merchant's qc_rules this was built from (rebuilt when they change)
    index: dict[int, int] = field(default_factory=dict)  # line_id -> position in `lines`
    # Every barcode of the order's SKUs: code -> (sku_id, kind, units per scan), so a right-item scan needs no query.
    barcodes: dict[str, tuple[int, str, int]] = field(default_factory=dict)
    capture_lines: frozenset[int] = frozenset()  # lines whose serial/lot/expiry captures count as QC checks


StaticCache = dict[int, OrderStatic]
CACHE_SIZE = 16


def order_static(db: Session, order: Order, merchant: Merchant, cache: StaticCache | None = None) -> OrderStatic:
    """The order's unchanging part, from `cache` when the merchant's QC rules are unchanged."""
    if cache is not None:
        hit = cache.get(order.id)
        if hit is not None and hit.rules_seen == merchant.qc_rules:
            return hit
    lines = tuple(
        LineRow(r.id, r.line_no, r.sku_id, r.quantity, r.bin, r.lot_required) for r in q.order_lines(db, order.id)
    )
    sku_ids = list({line.sku_id for line in lines})
    sku_rows = q.skus(db, sku_ids)
    skus = {s.id: sku_facts(s) for s in sku_rows}
    specs = qc.required_checks(
        [qc.QcLine(line.id, skus[line.sku_id], line.lot_required) for line in lines],
        merchant.qc_rules,
        gift=order.gift,
        service=order.service,
    )
    primary: dict[int, str] = {}
    barcodes: dict[str, tuple[int, str, int]] = {}
    for sku_id, code, kind, quantity in q.barcodes_of_skus(db, sku_ids):
        barcodes[code] = (sku_id, kind, max(1, quantity))
        if quantity == 1:
            primary.setdefault(sku_id, code)
    rules = {sku_id: qc.resolve_rules(facts, merchant.qc_rules) for sku_id, facts in skus.items()}
    capture_keys = tuple(
        (s.check, s.line_id) for s in specs if s.check in ("serial", "lot", "expiry") and s.line_id is not None
    )
    static = OrderStatic(
        lines=lines,
        by_id={line.id: line for line in lines},
        skus=skus,
        specs=specs,
        capture_keys=capture_keys,
        line_names={line.id: f"line {line.line_no} ({skus[line.sku_id].code})" for line in lines},
        flags={
            line.id: (
                bool(rules[line.sku_id]["serial_capture"]),
                bool(rules[line.sku_id]["lot_capture"]) or line.lot_required is not None,
            )
            for line in lines
        },
        primary=primary,
        images={s.id: s.image for s in sku_rows},
        rules_seen=dict(merchant.qc_rules or {}),
        index={line.id: i for i, line in enumerate(lines)},
        barcodes=barcodes,
        capture_lines=frozenset(line_id for _check, line_id in capture_keys),
    )
    if cache is not None:
        if len(cache) >= CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[order.id] = static
    return static


@dataclass
class Loaded:
    """One session with everything the rules and the screen need."""

    session: PackSession
    order: Order
    merchant: Merchant
    static: OrderStatic
    line_states: tuple[LineState, ...]
    facts: SessionFacts
    units: dict[int, dict[str, int]] = field(default_factory=dict)  # line_id -> {"units", "serial", "lot", ...}
    boxes_confirmed: list[dict[str, Any]] = field(default_factory=list)
    label_aliases: dict[str, str] = field(default_factory=dict)  # SSCC -> tracking number
    outcomes: tuple[qc.QcOutcome, ...] = ()  # the session's QC results, in time order
    # Set by the item-scan path in this transaction: `item_event` is its journal row (the path wrote nothing else
    # but that row, a packed unit and a serial), `item_scan` = (line_id, units, serial?, lot?, expiry?) when it packed.
    item_event: int | None = None
    item_scan: tuple[int, int, bool, bool, bool] | None = None

    @property
    def lines(self) -> tuple[LineRow, ...]:
        return self.static.lines

    @property
    def skus(self) -> dict[int, SkuFacts]:
        return self.static.skus

    @property
    def specs(self) -> tuple[qc.CheckSpec, ...]:
        return self.static.specs

    @property
    def state(self) -> SessionState:
        return derive_state(self.facts)

    def line(self, line_id: int) -> LineRow:
        line = self.static.by_id.get(line_id)
        if line is None:
            raise DomainError(
                "no_such_line", f"Line {line_id} is not part of order {self.order.external_ref}.", line_id=line_id
            )
        return line


def get_session(db: Session, session_id: int) -> PackSession:
    session = db.get(PackSession, session_id)
    if session is None:
        raise DomainError("no_such_session", f"There is no pack session {session_id}.", session_id=session_id)
    return session


def _unit_counts(db: Session, session_id: int) -> dict[int, dict[str, int]]:
    return q.units_in_box_per_line(db, session_id)


def load(db: Session, session_id: int, base: Loaded | None = None, cache: StaticCache | None = None) -> Loaded:
    """Gather the facts of one session (a handful of queries, none per unit).

    With `base` (an earlier load in the same transaction) the order is reused and only the progress is read again:
    the scan path loads before and after its change. `cache` keeps each order's unchanging part between calls.
    """
    if base is not None:
        session, order, merchant, static = base.session, base.order, base.merchant, base.static
    else:
        session = get_session(db, session_id)
        order_row = db.get(Order, session.order_id)
        assert order_row is not None
        order = order_row
        merchant_row = db.get(Merchant, order.merchant_id)
        assert merchant_row is not None
        merchant = merchant_row
        static = order_static(db, order, merchant, cache)
    units = _unit_counts(db, session.id)
    line_states = tuple(
        LineState(
            line.id,
            line.line_no,
            line.sku_id,
            line.quantity,
            units[line.id]["units"] if line.id in units else 0,
            line.lot_required,
        )
        for line in static.lines
    )
    outcomes = tuple(qc.QcOutcome(*row) for row in q.checks_done(db, session.id))
    pending, failed = qc.qc_status(static.specs, outcomes, _captured(static, units))
    step = _steps(db, session.id)
    aliases, voided = _labels(db, order.id) if step["labels_registered"] else ({}, set())
    plan_boxes = (session.plan or {}).get("boxes") or (session.plan or {}).get("packages") or []
    facts = SessionFacts(
        state=SessionState(session.state),
        lines=line_states,
        short_ship_approved=step["short_ship"],
        qc_pending=pending,
        qc_failed=failed,
        boxes_planned=max(1, len(plan_boxes)),
        boxes_confirmed=len(step["boxes"]),
        slips_registered=step["slips_registered"],
        slips_expected=frozenset(step["slips"]),
        slips_scanned=frozenset(step["slips_scanned"]),
        slips_skipped=step["slips_skipped"],
        labels_registered=step["labels_registered"],
        labels_expected=frozenset(step["labels"]) - voided,
        labels_verified=frozenset(step["labels_verified"]),
        labels_skipped=step["labels_skipped"],
        line_names=static.line_names,
    )
    return Loaded(session, order, merchant, static, line_states, facts, units, step["boxes"], aliases, outcomes)


def _captured(static: OrderStatic, units: dict[int, dict[str, int]]) -> dict[str, bool]:
    captured: dict[str, bool] = {}
    for check, line_id in static.capture_keys:
        got = units.get(line_id, {})
        n = got.get("units", 0)
        captured[f"{check}:{line_id}"] = n > 0 and got.get(check, 0) >= n
    return captured


def advance(loaded: Loaded, line_id: int, quantity: int, serial: bool, lot: bool, expiry: bool) -> Loaded:
    """`loaded` with `quantity` more units packed on one line, without reading the store again.

    The same result `load` gives after the scan's `PackedUnit` row (the scan path's delta), at the cost of one line:
    the other lines' states are shared, not rebuilt. QC captures are re-judged only when the line has one.
    """
    static = loaded.static
    got = dict(loaded.units.get(line_id) or {"units": 0, "serial": 0, "lot": 0, "expiry": 0})
    got["units"] += quantity
    for name, present in (("serial", serial), ("lot", lot), ("expiry", expiry)):
        if present:
            got[name] += quantity
    units = {**loaded.units, line_id: got}
    position = static.index[line_id]
    line_states = list(loaded.line_states)
    line_states[position] = replace(line_states[position], scanned=got["units"])
    facts = replace(loaded.facts, lines=tuple(line_states))
    if line_id in static.capture_lines:
        pending, failed = qc.qc_status(static.specs, loaded.outcomes, _captured(static, units))
        facts = replace(facts, qc_pending=pending, qc_failed=failed)
    return replace(loaded, line_states=facts.lines, facts=facts, units=units, item_scan=None, item_event=None)


def _steps(db: Session, session_id: int) -> dict[str, Any]:
    """Box, slip and label progress and overrides from the session's step events (labels restart at a reopen)."""
    out: dict[str, Any] = {
        "short_ship": False,
        "boxes": [],
        "slips_registered": False,
        "slips": set(),
        "slips_scanned": set(),
        "slips_skipped": False,
        "labels_registered": False,
        "labels": set(),
        "labels_verified": set(),
        "labels_skipped": False,
    }
    for event in q.step_events(db, session_id, [k.value for k in STEP_KINDS]):
        detail = event.detail or {}
        if event.kind == EventKind.STATE and event.code == REOPENED:
            out.update(labels_registered=False, labels=set(), labels_verified=set(), labels_skipped=False)
        elif event.kind == EventKind.OVERRIDE:
            if event.code == "short_ship":
                out["short_ship"] = True
            elif event.code == "slips":
                out["slips_skipped"] = True
            elif event.code == "labels":
                out["labels_skipped"] = True
        elif event.kind == EventKind.BOX and event.code in ("box_confirmed", "box_overridden"):
            if detail.get("replaces") and out["boxes"]:
                out["boxes"][-1] = detail
            else:
                out["boxes"].append(detail)
        elif event.kind == EventKind.SLIP and event.code == "slips_registered":
            out["slips_registered"] = True
            out["slips"] |= set(detail.get("codes", []))
        elif event.kind == EventKind.SLIP and event.code == "slip_verified":
            out["slips_scanned"].add(detail.get("code"))
        elif event.kind == EventKind.PRINT and event.code == "labels_registered":
            out["labels_registered"] = True
            out["labels"] |= set(detail.get("codes", []))
        elif event.kind == EventKind.VERIFY and event.code == "label_verified":
            out["labels_verified"].add(detail.get("code"))
    return out


def _labels(db: Session, order_id: int) -> tuple[dict[str, str], set[str]]:
    """SSCC -> tracking number of the order's labels, and its voided tracking numbers."""
    rows = q.labels_on_packages(db, order_id)
    aliases = {str(sscc): str(tracking) for sscc, tracking, _ in rows if sscc}
    return aliases, {str(tracking) for _, tracking, status in rows if status == "voided"}


def _package_items_g(loaded: Loaded, package: Package | None) -> int:
    """Catalogue weight of what is in one package: with several planned boxes, the units the plan placed in that
    box; with one box (or no plan), every packed unit."""
    boxes = (loaded.session.plan or {}).get("boxes") or []
    if package is not None and len(boxes) > 1 and 0 < package.package_no <= len(boxes):
        by_code = {sku.code: sku for sku in loaded.skus.values()}
        placed = boxes[package.package_no - 1].get("placements") or []
        return sum(by_code[p["sku"]].weight_g for p in placed if p.get("sku") in by_code)
    return sum(
        loaded.skus[line.sku_id].weight_g * loaded.units.get(line.id, {}).get("units", 0) for line in loaded.lines
    )


def packages_of(db: Session, loaded: Loaded) -> list[Package]:
    return q.packages_of_order(db, loaded.order.id)


def package_to_weigh(db: Session, loaded: Loaded) -> tuple[Package | None, int]:
    """(the next package to put on the scale, how many packages): the first without a reading that passed its own
    expectation; when every one has passed, the last (a re-weigh)."""
    packages = packages_of(db, loaded)
    for package in packages:
        if package.measured_weight_g is None or not weight_expectation(db, loaded, package).accepts(
            package.measured_weight_g
        ):
            return package, len(packages)
    return (packages[-1] if packages else None), len(packages)


def weight_expectation(db: Session, loaded: Loaded, package: Package | None = None) -> qc.WeightExpectation:
    """One package's expected weight: its units' catalogue weight + its box's tare + cushioning, tightened by
    identical packages weighed before. Without a package: every packed unit in the last confirmed box."""
    items_g = _package_items_g(loaded, package)
    rules = qc.resolve_rules(next(iter(loaded.skus.values())), loaded.merchant.qc_rules) if loaded.skus else {}
    box: Box | None = None
    if package is not None and package.box_id:
        box = db.get(Box, package.box_id)
    elif loaded.boxes_confirmed:
        box = q.box_named(db, loaded.boxes_confirmed[-1].get("box"))
    history: list[int] = []
    signature = contents_signature(loaded)
    single = len((loaded.session.plan or {}).get("boxes") or []) <= 1
    if box is not None and single:
        history = q.weights_of_same_packages(db, signature, box.id, loaded.order.id)
    return qc.expected_weight(
        items_g,
        box.empty_weight_g if box else 0,
        int(rules.get("cushioning_g", 0) or 0),
        history,
        tolerance_g=int(rules.get("weight_tolerance_g", qc.DEFAULT_TOLERANCE_G)),
        tolerance_pct=float(rules.get("weight_tolerance_pct", qc.DEFAULT_TOLERANCE_PCT)),
    )


def contents_signature(loaded: Loaded) -> str:
    counts: dict[str, int] = defaultdict(int)
    for line in loaded.lines:
        counts[loaded.skus[line.sku_id].code] += loaded.units.get(line.id, {}).get("units", 0)
    return qc.contents_signature(counts)


def _line_view(static: OrderStatic, state: LineState) -> LineView:
    row = static.by_id[state.line_id]
    sku = static.skus[state.sku_id]
    needs_serial, needs_lot = static.flags[row.id]
    return LineView(
        line_id=state.line_id,
        line_no=state.line_no,
        sku_code=sku.code,
        description=sku.description,
        bin=row.bin,
        ordered=state.ordered,
        scanned=state.scanned,
        image=static.images.get(sku.sku_id),
        lot_required=state.lot_required,
        needs_serial=needs_serial,
        needs_lot=needs_lot,
        fragile=sku.fragile,
        hazmat=bool(sku.hazmat_class),
        this_side_up=sku.this_side_up,
        barcode=static.primary.get(sku.sku_id, sku.code),
    )


def build_view(
    db: Session, loaded: Loaded, previous: SessionView | None = None, changed: tuple[int, ...] = ()
) -> SessionView:
    """The packer's screen for one session, as plain values.

    With `previous` (this session's view from the last call, same station and packer) only the `changed` lines get a
    new LineView: the other rows are the very same objects, so a screen can tell what changed by identity.
    """
    session, order = loaded.session, loaded.order
    static = loaded.static
    if previous is not None:
        customer_name, station_code, packer_name = previous.customer_name, previous.station, previous.packer
        line_list = list(previous.lines)
        for line_id in changed:
            position = static.index[line_id]
            line_list[position] = _line_view(static, loaded.line_states[position])
        line_views = tuple(line_list)
    else:
        customer = db.get(Customer, order.customer_id)
        station = db.get(Station, session.station_id)
        packer = db.get(User, session.user_id)
        customer_name = order.ship_name or (customer.full_name if customer else "")
        station_code, packer_name = (station.code if station else ""), (packer.name if packer else "")
        line_views = tuple(_line_view(static, state) for state in loaded.line_states)
    requests = []
    for spec in loaded.facts.qc_pending + loaded.facts.qc_failed:
        params: dict[str, Any] = dict(spec.params)
        if spec.check == "weight":
            package, count = package_to_weigh(db, loaded)
            exp = weight_expectation(db, loaded, package)
            params.update(
                expected_g=exp.expected_g,
                tolerance_g=exp.tolerance_g,
                low_g=exp.low_g,
                high_g=exp.high_g,
                source=exp.source,
                samples=exp.samples,
                package_no=package.package_no if package is not None else 1,
                packages=max(count, 1),
            )
        if spec.blocked:
            params["blocked"] = spec.blocked
        requests.append(QcRequest(spec.check, spec.line_id, spec.prompt, params))
    facts = loaded.facts
    blocks = blockers(facts)
    state = derive_state(facts)
    step = next_step(facts)
    return SessionView(
        session_id=session.id,
        order_id=order.id,
        order_ref=order.external_ref,
        merchant=loaded.merchant.name,
        customer_name=customer_name,
        state=state,
        lines=line_views,
        units_scanned=facts.units_scanned,
        units_ordered=facts.units_ordered,
        gift=order.gift,
        pending_qc=tuple(requests),
        failed_qc=tuple(s.key for s in facts.qc_failed),
        station=station_code,
        packer=packer_name,
        started_at=session.started_at,
        plan=session.plan,
        slips_expected=tuple(sorted(facts.slips_missing)),
        labels_expected=tuple(sorted(facts.labels_missing)),
        can_close=facts.state in WORKING and state == SessionState.VERIFY and not blocks,  # = can_close(facts)
        blockers=tuple(b.message for b in blocks),
        overridable=tuple(dict.fromkeys(b.key for b in blocks if b.key)),
        boxes_confirmed=facts.boxes_confirmed,
        boxes_planned=facts.boxes_planned,
        error_count=session.error_count,
        ended_at=session.ended_at,
        next_step=step.code,
        next_check=step.key,
        slips_registered=facts.slips_registered,
    )


def now_date(now: dt.datetime) -> dt.date:
    return now.astimezone(dt.UTC).date()
