"""PackingService: the one door the screens, the CLI and demo mode use to pack an order.

Every call is one transaction that writes its journal rows together with the change and commits before the value
is returned: the screen shows OK only for what is on disk. Scans are idempotent by scan id (a replay returns the
stored verdict and changes nothing). Rules live in `packstation.domain`; this module gathers facts and stores results.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar, overload

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from packstation.domain.barcodes import parse_scan
from packstation.domain.errors import DomainError
from packstation.domain.packing import WORKING, blockers, check_action, derive_state
from packstation.domain.ports import Clock, SystemClock
from packstation.domain.safe_text import guard_public_methods
from packstation.domain.verdicts import Verdict
from packstation.domain.vocabulary import EventKind, SessionState, Severity, VerdictCode
from packstation.services.journal import (
    Actor,
    event_key,
    event_row,
    find_event,
    lock_station,
    record,
    view_of,
)
from packstation.services.packing import claims, layout_check
from packstation.services.packing import packing_steps as steps
from packstation.services.packing import unit_actions as units
from packstation.services.packing.progress import REOPENED, Loaded, StaticCache, advance, build_view, load
from packstation.services.packing.scanning import route_scan
from packstation.services.site.auth import AuthService, badge_code_of, check_credentials, four_eyes
from packstation.services.training.training_gate import check_gate
from packstation.services.views import SessionView, UserView, VerdictView
from packstation.store.database import Store
from packstation.store.db import transaction
from packstation.store.faults import database_fault, fault_code, in_words
from packstation.store.models.orders import Order
from packstation.store.models.packing import Event, PackSession
from packstation.store.models.people import User
from packstation.store.models.shipping import Label
from packstation.store.outbox import record_shipment_confirmation
from packstation.store.queries import packing as packing_queries

T = TypeVar("T")
Result = tuple[VerdictView, SessionView]
# Steps in which a scan is (almost always) an item scan: the cached progress is kept between scans only there.
_FAST_STATES = (SessionState.SCANNING.value, SessionState.QC.value)


def _verdict_view(verdict: Verdict, scan_id: str | None, event_id: int | None) -> VerdictView:
    """The screen's form of a verdict, naming the scan and its journal row."""
    return VerdictView(
        code=verdict.code.value,
        severity=verdict.severity,
        message=verdict.message,
        params=dict(verdict.params),
        must_acknowledge=verdict.must_acknowledge,
        line_id=verdict.line_id,
        scan_id=scan_id,
        event_id=event_id,
    )


@dataclass
class _Live:
    """A session's progress as of this service's last committed scan, and the number of journal rows it had."""

    loaded: Loaded
    events: int
    view: SessionView


# Claim refusals worth a journal row: someone tried to pack an order that must not be packed here and now.
JOURNALED_REFUSALS = frozenset(
    {"order_closed", "order_cancelled", "order_in_exception", "order_claimed_elsewhere", "order_not_claimable"}
)


class PackingService:
    """Claim, scan, check, box, slip, label and close orders at one station."""

    def __init__(
        self, store: Store, station_code: str, clock: Clock | None = None, *, fnc1_substitute: str = ""
    ) -> None:
        self.store = store
        self.station_code = station_code
        self.clock: Clock = clock or SystemClock()
        self.fnc1_substitute = fnc1_substitute
        self.auth = AuthService(store, station_code, self.clock)
        self._static: StaticCache = {}  # each order's lines, SKUs and checks, read once
        self._live: dict[int, _Live] = {}  # session id -> progress as of this service's last commit on it
        self._staged: dict[int, _Live] = {}  # ... from the transaction in progress; kept only once it commits
        # order id -> its box plan if one is ready now (never waits), else None. Set by the station, whose planner
        # starts at the claim: the transaction that moves a session to the box step stores the plan itself (one
        # commit, one fsync) instead of a second transaction after it.
        self.ready_plan: Callable[[int], dict[str, Any] | None] | None = None

    @property
    def station_id(self) -> int:
        return self.auth.station_id

    # -- plumbing ---------------------------------------------------------------------------------------------
    def _run(self, work: Callable[[Session, Actor], T], user_id: int | None = None, *, seen: bool = True) -> T:
        """One committed transaction; retried when a unique key or lock race was lost (the rerun sees the winner).
        It starts with `lock_station`, unless `seen` is False: then `work` does (a scan does it with its first
        statement)."""
        station_id = self.station_id
        for attempt in range(3):
            now = self.clock.now()
            self._staged.clear()
            try:
                with transaction(self.store.sessions) as db:
                    if seen:
                        lock_station(db, station_id, now)
                    result = work(db, Actor(station_id, user_id, now))
                self._keep_staged()
                return result
            except IntegrityError:
                if attempt == 2:
                    raise
            except OperationalError as exc:
                # A lost connection, a lock or statement timeout, a full disk: the rollback kept nothing half-done.
                # The packer is told which (a full disk is not "cannot be reached").
                if attempt == 2 or fault_code(exc) in ("database_disk_full", "database_read_only"):
                    raise database_fault(exc) from exc
        raise AssertionError("unreachable")

    def _keep_staged(self) -> None:
        """The transaction committed: what it staged is now what the store holds."""
        self._live.update(self._staged)
        self._staged.clear()
        while len(self._live) > 4:
            self._live.pop(next(iter(self._live)))

    def _own(self, db: Session, session_id: int) -> Loaded:
        loaded = load(db, session_id, cache=self._static)
        if loaded.session.station_id != self.station_id and loaded.session.state in {s.value for s in WORKING}:
            raise DomainError(
                "session_elsewhere",
                f"Order {loaded.order.external_ref} is open at another station.",
                order=loaded.order.external_ref,
            )
        return loaded

    def _settle(self, db: Session, actor: Actor, session_id: int, base: Loaded | None = None) -> Loaded:
        """Move the stored state to the derived step, journaling the change."""
        loaded = load(db, session_id, base, self._static)
        state = derive_state(loaded.facts)
        if state.value != loaded.session.state:
            loaded.session.state = state.value
            record(db, actor, EventKind.STATE, state.value, session=loaded.session)
            loaded.facts = replace(loaded.facts, state=state)
        return loaded

    @staticmethod
    def _last_event_id(db: Session, session_id: int) -> int | None:
        return db.scalar(select(func.max(Event.id)).where(Event.session_id == session_id))

    def _verdict(
        self, db: Session, loaded_before: Loaded, actor: Actor, verdict: Verdict, scan_id: str | None = None
    ) -> Result:
        event_id = self._last_event_id(db, loaded_before.session.id)
        loaded = self._settle(db, actor, loaded_before.session.id, loaded_before)
        if loaded.session.state == SessionState.BOX.value and not loaded.session.plan and self.ready_plan:
            plan = self.ready_plan(loaded.order.id)
            if plan is not None:
                self._store_plan(db, loaded, actor, plan)
        return (
            _verdict_view(verdict, scan_id, event_id),
            self._shown(db, loaded),
        )

    def _session_action(
        self, session_id: int, action: Callable[[Session, Loaded, Actor], Verdict], user_id: int | None = None
    ) -> Result:
        def work(db: Session, actor: Actor) -> Result:
            loaded = self._own(db, session_id)
            actor = Actor(actor.station_id, user_id or loaded.session.user_id, actor.now)
            return self._verdict(db, loaded, actor, action(db, loaded, actor))

        return self._run(work)

    def _lead(self, badge: str, pin: str | None) -> Callable[[Session, Actor], User]:
        def check(db: Session, actor: Actor) -> User:
            return check_credentials(db, badge, pin, actor.now, lead=True)

        return check

    def _with_lead(
        self,
        work: Callable[[Session, Actor], T],
        *,
        what: str = "",
        badge: str = "",
        order_id: int | None = None,
        session_id: int | None = None,
        detail: dict[str, Any] | None = None,
    ) -> T:
        """Run `work` that needs a lead's badge + PIN; a refusal is journaled (badge, station, order, why) in its
        own transaction, as the attempt's transaction was rolled back."""
        try:
            return self._run(work)
        except DomainError as exc:
            if exc.code == "bad_pin":
                self.auth._journal_refusal(exc.params["user_id"], self.clock.now())
            if what:
                self._journal_refused(what, exc, badge, order_id, session_id, detail or {})
            raise

    def _journal_refused(
        self,
        what: str,
        exc: DomainError,
        badge: str,
        order_id: int | None,
        session_id: int | None,
        detail: dict[str, Any],
    ) -> None:
        now = self.clock.now()
        try:
            with transaction(self.store.sessions) as db:
                code = badge_code_of(badge)
                user_id = db.scalar(select(User.id).where(User.badge_code == code)) if code else None
                if order_id is None and session_id is not None:
                    order_id = db.scalar(select(PackSession.order_id).where(PackSession.id == session_id))
                record(
                    db,
                    Actor(self.station_id, user_id, now),
                    EventKind.NOTE,
                    f"{what}_refused",
                    order_id=order_id,
                    raw=code or None,
                    detail={**detail, "badge": code, "why": exc.code, "message": exc.message, "session_id": session_id},
                )
        except (DomainError, IntegrityError, OperationalError):  # the refusal itself is what the caller must see
            pass

    # -- people and orders ------------------------------------------------------------------------------------
    def sign_in(self, badge: str, pin: str | None = None) -> UserView:
        """See AuthService.sign_in: a badge alone never stands in for a PIN."""
        return self.auth.sign_in(badge, pin)

    def view(self, session_id: int) -> SessionView:
        self._staged.clear()
        with transaction(self.store.sessions) as db:
            view = self._shown(db, load(db, session_id, cache=self._static))
        self._keep_staged()
        return view

    def open_session(self, user_id: int) -> SessionView | None:
        """The order left open at this station (after a restart or crash), exactly as last committed."""
        station_id = self.station_id
        self._staged.clear()
        with transaction(self.store.sessions) as db:
            session = claims.open_session_at(db, station_id, user_id)
            view = self._shown(db, load(db, session.id, cache=self._static)) if session else None
        self._keep_staged()
        return view

    def claim(self, user_id: int, barcode: str | int) -> SessionView:
        """Take an order by its pick-ticket or tote barcode (or id); atomic across stations.

        A suspended order is resumed; the order this station already holds is simply returned.
        """
        try:
            return self._claim(user_id, barcode, only_new=False)
        except DomainError as exc:
            if exc.code in JOURNALED_REFUSALS:
                self._journal_refusal(user_id, barcode, exc)
            raise

    def _journal_refusal(self, user_id: int, barcode: str | int, refusal: DomainError) -> None:
        """A refused claim the station can write down (closed, cancelled, held by another bench ...)."""
        now = self.clock.now()
        try:
            with transaction(self.store.sessions) as db:
                order = claims.find_order(db, barcode)
                record(
                    db,
                    Actor(self.station_id, user_id, now),
                    EventKind.CLAIM,
                    "refused",
                    order_id=order.id,
                    detail={
                        "refusal": refusal.code,
                        "message": refusal.message,
                        **{k: str(v) for k, v in refusal.params.items()},
                    },
                )
        except (DomainError, OperationalError):  # the refusal itself stands; the journal is best effort here
            pass

    @overload
    def _claim(self, user_id: int, barcode: str | int, *, only_new: bool) -> SessionView: ...
    @overload
    def _claim(self, user_id: int, barcode: None, *, only_new: bool) -> SessionView | None: ...

    def _claim(self, user_id: int, barcode: str | int | None, *, only_new: bool) -> SessionView | None:
        """Claim the order `barcode` names, or (None) the most urgent unclaimed one, in one transaction."""

        def work(db: Session, actor: Actor) -> SessionView | None:
            user = db.get(User, user_id)
            if user is None or not user.active:
                raise DomainError("no_such_user", f"There is no active user {user_id}.", user_id=user_id)
            check_gate(db, user)
            wanted = claims.next_unclaimed(db) if barcode is None else barcode
            if wanted is None:
                return None
            order = claims.find_order(db, wanted)
            busy = claims.open_session_at(db, actor.station_id)
            if order.status == "claimed" and order.claim_station_id == actor.station_id:
                session = claims.latest_session(db, order.id)
                if session is not None and session.state in {s.value for s in WORKING}:
                    return self._shown(db, load(db, session.id, cache=self._static))
            if busy is not None and busy.order_id != order.id:
                other = db.get(Order, busy.order_id)
                raise DomainError(
                    "station_busy",
                    f"Finish or suspend order {other.external_ref if other else ''} first.",
                    order=other.external_ref if other else "",
                )
            if order.status == "suspended" and not only_new:
                return self._resume_in(db, actor, order)
            if order.status == "new" and claims.try_claim(db, order, actor, ("new",)):
                session = claims.start_session(db, order, actor)
                return self._shown(db, self._settle(db, actor, session.id))
            raise claims.refuse_claim(db, order, actor)

        return self._run(work, user_id)

    def next_order(self, user_id: int) -> SessionView | None:
        """Claim the most urgent unclaimed order; None when the queue is empty.

        One transaction finds the order (skipping any another bench is claiming right now) and claims it, so a
        floor of benches asking at once never queues behind one row."""
        for _ in range(20):
            try:
                return self._claim(user_id, None, only_new=True)
            except DomainError as exc:
                if exc.code in (
                    "order_claimed_elsewhere",
                    "order_not_claimable",
                    "order_closed",
                    "order_cancelled",
                    "order_in_exception",
                ):
                    continue
                raise
        return None

    def _resume_in(self, db: Session, actor: Actor, order: Order) -> SessionView:
        if not claims.try_claim(db, order, actor, ("suspended", "exception")):
            raise claims.refuse_claim(db, order, actor)
        session = claims.latest_session(db, order.id)
        if session is None:
            session = claims.start_session(db, order, actor)
        assert actor.user_id is not None
        session.station_id, session.user_id = actor.station_id, actor.user_id
        session.state, session.ended_at = SessionState.SCANNING.value, None
        record(db, actor, EventKind.CLAIM, "resumed", session=session)
        return self._shown(db, self._settle(db, actor, session.id))

    def resume(self, user_id: int, barcode_or_order_id: str | int) -> SessionView:
        """Pick up a suspended order at this station (any station); exception orders need a lead."""

        def work(db: Session, actor: Actor) -> SessionView:
            order = claims.find_order(db, barcode_or_order_id)
            user = db.get(User, user_id)
            if order.status == "claimed" and order.claim_station_id == actor.station_id:
                session = claims.latest_session(db, order.id)
                if session is not None:
                    return build_view(db, load(db, session.id, cache=self._static))
            if order.status == "exception" and (user is None or user.role not in ("lead", "admin")):
                raise DomainError(
                    "lead_required",
                    f"Order {order.external_ref} is in the exception queue; a lead must take it.",
                    order=order.external_ref,
                )
            if order.status not in ("suspended", "exception"):
                raise claims.refuse_claim(db, order, actor)
            return self._resume_in(db, actor, order)

        return self._run(work, user_id)

    def _leave(
        self,
        session_id: int,
        state: SessionState,
        action: str,
        reason: str,
        *,
        user_id: int | None = None,
        approver_id: int | None = None,
    ) -> SessionView:
        def work(db: Session, actor: Actor) -> SessionView:
            loaded = load(db, session_id, cache=self._static)
            check_action(loaded.session.state, action)
            actor = Actor(actor.station_id, user_id or loaded.session.user_id, actor.now)
            loaded.session.state = state.value
            claims.free(loaded.order, state.value)
            if state == SessionState.EXCEPTION:
                loaded.order.exception_reason = reason[:500]
            kind = EventKind.RELEASE if action == "release" else EventKind.STATE
            record(
                db,
                actor,
                kind,
                state.value if kind == EventKind.STATE else "released",
                session=loaded.session,
                approver_id=approver_id,
                raw=reason or None,
                detail={"reason": reason},
            )
            return build_view(db, load(db, session_id, cache=self._static))

        return self._run(work)

    def suspend(self, session_id: int, reason: str = "") -> SessionView:
        """Park the order; any station may resume it."""
        return self._leave(session_id, SessionState.SUSPENDED, "suspend", reason)

    def to_exception(self, session_id: int, reason: str) -> SessionView:
        """Send the order to the lead's queue (short-ship, unresolved QC, ...) with a reason."""
        if not reason.strip():
            raise DomainError("reason_required", "Say why the order goes to the lead.")
        return self._leave(session_id, SessionState.EXCEPTION, "exception", reason.strip())

    def release_claim(self, order_id: int, lead_badge: str, lead_pin: str | None, reason: str) -> SessionView:
        """A lead frees a stale claim (a station left with an order open) with badge + PIN, like an override; the
        order becomes suspended and the journal names the lead whose PIN was checked."""

        def work(db: Session, actor: Actor) -> int:
            lead = self._lead(lead_badge, lead_pin)(db, actor)
            session = claims.latest_session(db, order_id)
            if session is None:
                raise DomainError("no_session", f"Order {order_id} has no pack session to release.")
            return lead.id

        lead_id = self._with_lead(work, what="release", badge=lead_badge, order_id=order_id, detail={"reason": reason})
        with transaction(self.store.sessions) as db:
            session = claims.latest_session(db, order_id)
            assert session is not None
        return self._leave(session.id, SessionState.SUSPENDED, "release", reason, user_id=lead_id, approver_id=lead_id)

    # -- scanning ---------------------------------------------------------------------------------------------
    def scan(
        self, session_id: int, text: str, scan_id: str | None = None, *, too_fast: bool = False, typed: bool = False
    ) -> Result:
        """The verdict for one scan, committed to the journal before it is returned.

        Replaying a `scan_id` returns the stored verdict (params["replayed"] = True) and changes nothing.
        `too_fast` is the decoder's flag for the same code repeated faster than a person handles two units.
        """
        key = event_key(scan_id)
        attempts: list[int] = []

        def work(db: Session, actor: Actor) -> Result:
            # A replayed scan id is caught by the journal's unique key on the first try (no lookup per scan); the
            # rerun after that IntegrityError finds the stored verdict.
            attempts.append(1)
            if scan_id and len(attempts) > 1:
                lock_station(db, actor.station_id, actor.now)
                prior = find_event(db, key)
                if prior is not None:
                    if prior.session_id != session_id:
                        raise DomainError("scan_id_reused", "This scan id belongs to another order.", scan_id=key)
                    return view_of(prior, replayed=True), build_view(db, load(db, session_id, cache=self._static))
            live = self._live.pop(session_id, None)
            if live is None:
                lock_station(db, actor.station_id, actor.now)
            loaded = self._still_live(db, live, actor.now) if live is not None else None  # the station seen too
            if loaded is None:
                live, loaded = None, self._own(db, session_id)
            check_action(loaded.session.state, "scan")
            actor = Actor(actor.station_id, loaded.session.user_id, actor.now)
            parsed = parse_scan(text, fnc1_substitute=self.fnc1_substitute)
            if typed:
                parsed = replace(parsed, entry="typed")  # the journal marks a code the packer typed
            verdict = route_scan(db, loaded, actor, parsed, key, too_fast)
            fast = self._fast_verdict(db, live, loaded, verdict, key) if live is not None else None
            if fast is not None and live is not None:
                verdict_view, view, progressed = fast
                self._staged[session_id] = _Live(progressed, live.events + 1, view)  # + this scan's journal row
                return verdict_view, view
            if live is not None and loaded.item_event is not None and loaded.item_scan is not None:
                return self._step_verdict(db, live, loaded, actor, verdict, key)  # the unit that ends a step
            return self._verdict(db, loaded, actor, verdict, scan_id=key)  # stages the session for the next scan

        verdict, view = self._run(work, seen=False)
        if verdict.code == VerdictCode.UNKNOWN_BARCODE.value and not typed:
            # Only after a miss: would a US-set scanner on this bench's layout have meant a known code?
            error = layout_check.mismatch(self.store.sessions, text)
            if error is not None:
                verdict = layout_check.as_verdict(verdict, error)
        return verdict, view

    # -- the scan fast path: the session's progress kept between scans, checked against the store on each --------
    def _still_live(self, db: Session, live: _Live, now: dt.datetime) -> Loaded | None:
        """The cached progress, attached to `db`, if the store still agrees with it; else None (full load).

        One guarded UPDATE holds this station's session row (a claim moved elsewhere, a suspend or a close makes
        it match nothing, and on PostgreSQL a competing change waits for this commit) and marks the station seen
        (one statement on PostgreSQL), and one count of the session's journal rows shows whether anyone else wrote
        to it since this service's last commit.
        """
        cached = live.loaded
        session = cached.session
        row = packing_queries.seen_and_hold_session(db, self.station_id, now, session.id, _FAST_STATES)
        if row is None or tuple(row) != (session.state, session.user_id, session.error_count):
            return None
        if packing_queries.journal_rows(db, session.id) != live.events:
            return None
        return replace(
            cached,
            session=db.merge(session, load=False),
            order=db.merge(cached.order, load=False),
            merchant=db.merge(cached.merchant, load=False),
            item_event=None,
            item_scan=None,
        )

    def _fast_verdict(
        self, db: Session, live: _Live, loaded: Loaded, verdict: Verdict, scan_id: str
    ) -> tuple[VerdictView, SessionView, Loaded] | None:
        """The verdict and view of an item scan from the cached progress plus this scan; None when the scan did
        more than pack units (a step scan, a state change), which then takes the full path."""
        if loaded.item_event is None:
            return None
        new = loaded
        changed: tuple[int, ...] = ()
        if loaded.item_scan is not None:
            line_id, quantity, serial, lot, expiry = loaded.item_scan
            new = advance(loaded, line_id, quantity, serial, lot, expiry)
            changed = (line_id,)
        if derive_state(new.facts).value != new.session.state:
            return None
        view = build_view(db, new, previous=live.view, changed=changed)
        return (
            _verdict_view(verdict, scan_id, loaded.item_event),
            view,
            new,
        )

    def _step_verdict(
        self, db: Session, live: _Live, loaded: Loaded, actor: Actor, verdict: Verdict, scan_id: str
    ) -> Result:
        """An item scan that moves the order on (the last unit: to the box step), from the cached progress plus
        this scan, as `_verdict` would give it after reading the store again: the state change journaled, the plan
        made at the claim stored, the view built from the last one. The cache is as good as for any item scan
        (`_still_live` held the row and counted the journal), and this path saves the completing scan seven of
        its sixteen statements (the reload, the last event's id, the customer, station and packer)."""
        assert loaded.item_scan is not None and loaded.item_event is not None
        line_id, quantity, serial, lot, expiry = loaded.item_scan
        new = advance(loaded, line_id, quantity, serial, lot, expiry)
        state = derive_state(new.facts)
        # The state change, the plan and their journal rows are written as one statement on PostgreSQL (two on
        # SQLite), not by the ORM's flush: nobody needs their ids, and each round trip counts on a server that
        # slept meanwhile. The session object is told the new values as stored.
        changes: dict[str, Any] = {"state": state.value}
        journal = [event_row(actor, EventKind.STATE, state.value, session=new.session)]
        new.facts = replace(new.facts, state=state)
        if state == SessionState.BOX and not new.session.plan and self.ready_plan:
            plan = self.ready_plan(new.order.id)
            if plan is not None:
                check_action(state.value, "plan")
                changes["plan"] = plan
                journal.append(self._plan_row(new, actor, plan))
        packing_queries.write_session_step(db, new.session.id, changes, journal)
        for column, value in changes.items():
            set_committed_value(new.session, column, value)
        journaled = 1 + len(journal)  # this scan's row, the state change and the plan
        view = build_view(db, new, previous=live.view, changed=(line_id,))
        self._stage(db, new, view, events=live.events + journaled)
        return (
            _verdict_view(verdict, scan_id, loaded.item_event),
            view,
        )

    def _shown(self, db: Session, loaded: Loaded) -> SessionView:
        """The session's view; the next scan may start from it once this transaction commits."""
        view = build_view(db, loaded)
        self._stage(db, loaded, view)
        return view

    def _stage(self, db: Session, loaded: Loaded, view: SessionView, events: int | None = None) -> None:
        """Keep `loaded` (as it will be committed) for the next scan, while the session is on the hot path here;
        `events`: the session's journal rows, when the caller knows them."""
        session = loaded.session
        if (
            session.state in _FAST_STATES
            and not loaded.facts.labels_registered
            and session.station_id == self.station_id
        ):
            db.flush()
            state = inspect(session)
            columns = [name for name in state.unloaded if name in state.mapper.column_attrs]
            if columns:  # a session created in this transaction: read its unset columns once now, not on each scan
                db.refresh(session, columns)
            self._staged[session.id] = _Live(
                replace(loaded, item_event=None, item_scan=None),
                packing_queries.journal_rows(db, session.id) if events is None else events,
                view,
            )

    def undo_last(self, session_id: int, user_id: int | None = None) -> Result:
        """Take the units of the last accepted scan out again (the journal keeps both)."""
        return self._session_action(session_id, units.undo_last, user_id)

    def remove_unit(self, session_id: int, line_id: int, reason: str, user_id: int | None = None) -> Result:
        """Take one unit of a line out of the box, with a reason (a damaged unit, a miscount)."""
        if not reason.strip():
            raise DomainError("reason_required", "Say why the unit comes out.")
        return self._session_action(
            session_id, lambda db, loaded, actor: units.remove_unit(db, loaded, actor, line_id, reason.strip()), user_id
        )

    def enter_quantity(self, session_id: int, line_id: int, quantity: int, user_id: int | None = None) -> Result:
        """Typed quantity for a large line, up to the SKU's limit (never for serialised or scan-each SKUs)."""
        return self._session_action(
            session_id,
            lambda db, loaded, actor: units.enter_quantity(db, loaded, actor, line_id, int(quantity)),
            user_id,
        )

    # -- checks, overrides, box, slips, labels ------------------------------------------------------------------
    def record_qc(
        self,
        session_id: int,
        check: str,
        passed: bool,
        *,
        line_id: int | None = None,
        value: str = "",
        detail: dict[str, Any] | None = None,
    ) -> Result:
        """One QC result (damage, expiry, serial, lot, fragile, hazmat, gift; weight via record_weight)."""
        return self._session_action(
            session_id,
            lambda db, loaded, actor: steps.record_qc(db, loaded, actor, check, passed, line_id, value, detail),
        )

    def record_weight(self, session_id: int, grams: int, source: str = "scale") -> Result:
        """The closed box's weight (from the scale or typed) against the expectation."""
        return self._session_action(
            session_id, lambda db, loaded, actor: steps.record_weight(db, loaded, actor, int(grams), source)
        )

    def override(self, session_id: int, blocker: str, lead_badge: str, lead_pin: str | None, reason: str) -> Result:
        """A lead's badge + PIN + reason clears one blocker (see SessionView.overridable)."""
        if not reason or not reason.strip():
            raise DomainError("reason_required", "An override needs a reason.")

        def work(db: Session, actor: Actor) -> Result:
            lead = self._lead(lead_badge, lead_pin)(db, actor)
            loaded = self._own(db, session_id)
            four_eyes(lead, loaded.session.user_id, loaded.order.external_ref)
            actor = Actor(actor.station_id, loaded.session.user_id, actor.now)
            return self._verdict(db, loaded, actor, steps.override(db, loaded, actor, blocker, lead, reason.strip()))

        return self._with_lead(
            work,
            what="override",
            badge=lead_badge,
            session_id=session_id,
            detail={"blocker": blocker, "reason": reason.strip()},
        )

    def set_plan(self, session_id: int, plan: dict[str, Any]) -> SessionView:
        """Keep the cartonization plan (plain JSON: {"boxes": [{"box": CODE, ...}], ...}) with the session."""
        if not isinstance(plan, dict):
            raise DomainError("bad_plan", "A packing plan is a JSON object.")

        def action(db: Session, loaded: Loaded, actor: Actor) -> Verdict:
            self._store_plan(db, loaded, actor, plan)
            return Verdict(VerdictCode.ACCEPTED, Severity.OK, "Plan stored.")

        return self._session_action(session_id, action)[1]

    @staticmethod
    def _store_plan(db: Session, loaded: Loaded, actor: Actor, plan: dict[str, Any]) -> None:
        """The plan on the session and its journal row, in the caller's transaction."""
        check_action(loaded.session.state, "plan")
        loaded.session.plan = plan
        db.add(Event(**PackingService._plan_row(loaded, actor, plan)))
        db.flush()

    @staticmethod
    def _plan_row(loaded: Loaded, actor: Actor, plan: dict[str, Any]) -> dict[str, Any]:
        """The plan's journal row (the boxes it names); the facts now count its boxes."""
        entries = plan.get("boxes") or plan.get("packages") or []
        boxes = [b.get("box") for b in entries if isinstance(b, dict)]
        loaded.facts = replace(loaded.facts, boxes_planned=max(1, len(entries)))
        return event_row(actor, EventKind.NOTE, "plan", session=loaded.session, detail={"boxes": boxes})

    def confirm_box(self, session_id: int, box_barcode: str) -> VerdictView:
        """The box taken: the plan's (BOX_CONFIRMED) or another one (BOX_OVERRIDDEN, counted as BOX_OVERRIDE)."""
        return self._session_action(
            session_id, lambda db, loaded, actor: steps.confirm_box(db, loaded, actor, box_barcode.strip())
        )[0]

    def register_slips(self, session_id: int, slip_codes: list[str]) -> SessionView:
        """Slips printed for this order; each must be scanned into the box before close (an empty list: none)."""
        return self._register(session_id, "slips", slip_codes)

    def register_labels(self, session_id: int, tracking_numbers: list[str]) -> SessionView:
        """Labels printed for this order; each must be scanned on the box (tracking number or SSCC) before close."""
        return self._register(session_id, "labels", tracking_numbers)

    def _register(self, session_id: int, what: str, codes: list[str]) -> SessionView:
        def action(db: Session, loaded: Loaded, actor: Actor) -> Verdict:
            steps.register_codes(db, loaded, actor, what, list(codes))
            return Verdict(VerdictCode.ACCEPTED, Severity.OK, f"{what} registered")

        return self._session_action(session_id, action)[1]

    # -- close and reopen ---------------------------------------------------------------------------------------
    def close(self, session_id: int) -> SessionView:
        """Close the order, or refuse with every reason it cannot close yet."""

        def work(db: Session, actor: Actor) -> SessionView:
            loaded = self._own(db, session_id)
            actor = Actor(actor.station_id, loaded.session.user_id, actor.now)
            check_action(loaded.session.state, "scan")  # refuses closed, suspended, exception with their reason
            reasons = blockers(loaded.facts)
            if reasons:
                raise DomainError(
                    "cannot_close",
                    f"Order {loaded.order.external_ref} cannot close yet: " + " ".join(b.message for b in reasons),
                    blockers=[b.message for b in reasons],
                    keys=[b.key for b in reasons if b.key],
                )
            loaded.session.state, loaded.session.ended_at = SessionState.CLOSED.value, actor.now
            claims.free(loaded.order, "closed")
            loaded.order.closed_at = actor.now
            record(db, actor, EventKind.STATE, SessionState.CLOSED.value, session=loaded.session)
            record_shipment_confirmation(db, loaded.order, loaded.session)  # the shop hears of it: docs/integrations
            return build_view(db, load(db, session_id, cache=self._static))

        return self._run(work)

    def reopen(self, order_id: int, lead_badge: str, lead_pin: str | None, reason: str) -> SessionView:
        """A lead takes a closed order back while the box is still on the bench; its labels are voided."""
        if not reason or not reason.strip():
            raise DomainError("reason_required", "A reopen needs a reason.")

        def work(db: Session, actor: Actor) -> SessionView:
            lead = self._lead(lead_badge, lead_pin)(db, actor)
            order = db.get(Order, order_id)
            session = claims.latest_session(db, order_id) if order else None
            if order is None or session is None:
                raise DomainError("no_such_order", f"Order {order_id} has no pack session to reopen.")
            check_action(session.state, "reopen")
            actor = Actor(actor.station_id, session.user_id, actor.now)
            for label in db.scalars(select(Label).where(Label.order_id == order.id, Label.status != "voided")):
                label.status, label.voided_at, label.void_reason = "voided", actor.now, reason[:300]
                record(
                    db,
                    actor,
                    EventKind.VOID,
                    "label_voided",
                    session=session,
                    error_type=None,
                    approver_id=lead.id,
                    raw=label.tracking_number,
                    detail={"reason": reason},
                )
            order.status, order.closed_at = "claimed", None
            order.claim_station_id, order.claim_user_id = actor.station_id, session.user_id
            order.claimed_at, order.claim_version = actor.now, order.claim_version + 1
            session.station_id, session.ended_at = actor.station_id, None
            session.state = SessionState.SCANNING.value
            record(
                db,
                actor,
                EventKind.STATE,
                REOPENED,
                session=session,
                approver_id=lead.id,
                raw=reason,
                detail={"reason": reason, "lead": lead.name},
            )
            return build_view(db, self._settle(db, actor, session.id))

        return self._with_lead(work, what="reopen", badge=lead_badge, order_id=order_id, detail={"reason": reason})


# NUL bytes and lone surrogates are refused in words before any database sees them (PostgreSQL and SQLite would
# answer differently: a driver error on one, a stored oddity on the other).
guard_public_methods(
    PackingService,
    {
        "scan": "the scan",
        "claim": "the order barcode",
        "resume": "the order barcode",
        "sign_in": "the badge or PIN",
        "override": "the lead's badge, PIN or reason",
        "reopen": "the lead's badge, PIN or reason",
        "confirm_box": "the box barcode",
    },
)
in_words(PackingService)  # any other database fault on the way: a DomainError in words, never a driver traceback
