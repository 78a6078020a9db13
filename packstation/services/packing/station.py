"""The station facade the packer's screen calls: one object composing the packing engine, cartonization, slips,
labels and the print queue, so that "after the last item: plan the boxes, print slips, print labels" is a service
rule, not a screen rule.

Every method is one or a few service calls, each in its own transaction; each returns plain views
(`SessionView`, `VerdictView`, print-job views), never ORM objects. After any answer, `_settle` carries the session
through the automatic steps: BOX without a plan -> plan and keep it; SLIPS -> issue and print the order's slips and
register them; LABEL -> issue and print the labels and register them. A printing failure is left visible in the
print queue (and raised as a refusal for the screen to show), never swallowed.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from packstation.config import Settings
from packstation.domain.errors import DomainError
from packstation.domain.ports import Clock
from packstation.domain.vocabulary import SessionState
from packstation.services.packing import collector, layout_check
from packstation.services.packing.service import PackingService, Result
from packstation.services.packing.station_print import StationPrinting
from packstation.services.views import SessionView, UserView
from packstation.store.database import Store

log = logging.getLogger(__name__)


class StationService:
    """Everything the packer's screen needs at one bench (`settings.station`)."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        clock: Clock | None = None,
        scale: Any | None = None,
        printers: Any | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.packing = PackingService(store, settings.station, clock, fnc1_substitute=settings.fnc1_substitute)
        self.printing = StationPrinting(store, settings, self.packing, printers=printers)
        if scale is None and settings.scale:
            from packstation.devices.serial_scale import scale_for

            scale = scale_for(settings.scale)
        self.scale = scale
        from packstation.services.packing.photos import PhotoService

        self.photos = PhotoService(store, settings.photo_dir)
        self.print_problems: dict[tuple[int, str], str] = {}  # (order id, "slips"|"labels") -> why it did not print
        # Box plans started at the claim (the order's lines are known then), taken when the last unit is scanned:
        # the completing scan no longer waits for the planner (53 ms p99 in the window before).
        self._preplans: dict[int, Future[dict[str, Any]]] = {}
        self._planner: ThreadPoolExecutor | None = None
        self.packing.ready_plan = self._ready_plan  # the completing scan stores a ready plan in its own commit
        # When the leads read a replica (report_db_url), the benches keep the primary's hourly aggregates fresh.
        self._reports_pool: ThreadPoolExecutor | None = None
        self._reports_job: Future[int] | None = None
        self.database_problems: set[tuple[int, str]] = set()  # ... because the database failed, not the printer
        self._stalled_sessions: dict[tuple[int, str], int] = {}  # ... and the session whose step it stopped

    # -- first start ------------------------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        from packstation.store.queries.site import holds_merchants_or_orders

        with self.store.sessions() as db:
            return not holds_merchants_or_orders(db)

    # -- people -----------------------------------------------------------------------------------------------------
    def sign_in(self, badge: str, pin: str | None = None) -> UserView:
        try:
            return self.packing.sign_in(badge, pin)
        except DomainError as exc:
            self._layout_refusal(exc, "unknown_badge", badge)
            raise

    def set_locale(self, user_id: int, locale: str) -> None:
        """The packer's own language, picked at the sign-in screen (the same rule as the lead's People tab)."""
        from packstation.services.site.lead import LeadService

        LeadService(self.store.sessions).set_locale(user_id, locale, actor_id=user_id)

    def sign_out(self, user_id: int) -> None:
        """Nothing to store: an open order stays claimed at this bench and comes back at the next sign-in."""

    # -- orders -----------------------------------------------------------------------------------------------------
    def open_session(self, user_id: int) -> SessionView | None:
        view = self.packing.open_session(user_id)
        return self._settle(view) if view else None

    def claim(self, user_id: int, barcode: str) -> SessionView:
        """Scan of an order or tote barcode; a suspended order is resumed (the engine decides)."""
        try:
            return self._settle(self.packing.claim(user_id, barcode))
        except DomainError as exc:
            self._layout_refusal(exc, "no_such_order", barcode)
            raise

    def next_order(self, user_id: int) -> SessionView | None:
        view = self.packing.next_order(user_id)
        return self._settle(view) if view else None

    def view(self, session_id: int) -> SessionView:
        return self.packing.view(session_id)

    # -- scanning and checks ----------------------------------------------------------------------------------------
    def scan(
        self, session_id: int, text: str, scan_id: str | None = None, *, too_fast: bool = False, typed: bool = False
    ) -> Result:
        """One scan; `typed`: the packer typed the code (a damaged label), and the journal says so."""
        return self._after(self.packing.scan(session_id, text, scan_id, too_fast=too_fast, typed=typed))

    def _layout_refusal(self, exc: DomainError, code: str, text: str) -> None:
        """Raise the keyboard-layout refusal instead of `exc` when the code was read through the wrong layout."""
        if exc.code == code:
            error = layout_check.mismatch(self.store.sessions, text)
            if error is not None:
                raise error from exc

    def undo_last(self, session_id: int) -> Result:
        return self._after(self.packing.undo_last(session_id))

    def remove_unit(self, session_id: int, line_id: int, reason: str) -> Result:
        return self._after(self.packing.remove_unit(session_id, line_id, reason))

    def enter_quantity(self, session_id: int, line_id: int, quantity: int) -> Result:
        return self._after(self.packing.enter_quantity(session_id, line_id, quantity))

    def record_qc(
        self, session_id: int, check: str, passed: bool, line_id: int | None = None, value: str | None = None
    ) -> Result:
        return self._after(self.packing.record_qc(session_id, check, passed, line_id=line_id, value=value or ""))

    def replace_damaged(self, session_id: int, line_id: int | None, text: str) -> Result:
        """The replacement for a unit failed as damaged (the engine took that one out): scanned in, then inspected."""
        verdict, view = self.packing.scan(session_id, text)
        if verdict.severity != "ok":
            return self._after((verdict, view))
        return self._after(
            self.packing.record_qc(session_id, "damage", True, line_id=line_id, value=f"replaced by {text}")
        )

    def record_weight(self, session_id: int, grams: int, source: str = "scale") -> Result:
        """The box's weight. With a connected scale a typed weight is refused unless the order's merchant allows
        typed weights (`qc_rules.typed_weights`); a lead's override of the weight check is the other way past."""
        if source == "typed" and self.has_scale and not self._typed_weights_allowed(session_id):
            from packstation.domain.errors import DomainError

            raise DomainError(
                "typed_weight_locked",
                "This bench has a scale: the weight comes from the scale. A lead can override the weight check.",
            )
        return self._after(self.packing.record_weight(session_id, grams, source))

    def _typed_weights_allowed(self, session_id: int) -> bool:
        from packstation.store.models.catalog import Merchant
        from packstation.store.models.orders import Order

        order_id = self.packing.view(session_id).order_id
        with self.store.sessions() as db:
            order = db.get(Order, order_id)
            merchant = db.get(Merchant, order.merchant_id) if order is not None else None
            return bool(merchant is not None and (merchant.qc_rules or {}).get("typed_weights"))

    def send_prints_in_background(self, on: bool = True) -> None:
        """A window with a print worker: slow printers are sent from `print_queue()` (in the worker), never from a
        scan's answer."""
        self.printing.defer = on

    @property
    def has_scale(self) -> bool:
        """A connected scale (a serial one): its reading locks the weight. Simulated and typed scales do not."""
        return getattr(self.scale, "locks_weight", False)

    def weigh(self) -> int:
        """A stable weight in grams from the connected scale, or a ScaleError / DomainError saying why not (in the
        packer's words by its code). Slow (the scale may take seconds to settle): the window calls it in a worker."""
        if self.scale is None:
            from packstation.domain.errors import DomainError

            raise DomainError("scale_none", "No scale is connected to this bench: type the weight.")
        reading = self.scale.read()
        if reading is None:
            from packstation.devices.serial_scale import ScaleError

            raise ScaleError("scale_unstable", "the weight did not settle")
        return int(getattr(reading, "grams", reading))  # a WeightReading, or plain grams (the demo's scale)

    def zero_scale(self) -> str:
        """Zero the connected scale (pan empty); slow: the window calls it in a worker."""
        return str(self.scale.zero())  # type: ignore[union-attr]

    def tare_scale(self) -> str:
        """Tare what is on the connected scale (an empty box, a pallet); slow: in a worker."""
        return str(self.scale.tare())  # type: ignore[union-attr]

    def read_scale(self) -> int | None:
        """Grams from the bench scale, or None when there is no scale or no stable reading."""
        if self.scale is None:
            return None
        try:
            reading = self.scale.read()
        except Exception as exc:  # noqa: BLE001 - a scale fault means "type the weight"
            log.info("scale read failed: %s", exc)
            return None
        grams = getattr(reading, "grams", reading)
        return int(grams) if grams is not None else None

    def override(self, session_id: int, blocker: str, lead_badge: str, lead_pin: str, reason: str) -> Result:
        return self._after(self.packing.override(session_id, blocker, lead_badge, lead_pin, reason))

    # -- leaving the bench ------------------------------------------------------------------------------------------
    def suspend(self, session_id: int, reason: str = "") -> SessionView:
        return self.packing.suspend(session_id, reason)

    def to_exception(self, session_id: int, reason: str) -> SessionView:
        return self.packing.to_exception(session_id, reason)

    def close(self, session_id: int) -> SessionView:
        view = self.packing.view(session_id)
        if self.photos.required(view.order_id) and self.photos.missing(view.order_id):
            from packstation.domain.errors import DomainError

            raise DomainError(
                "photo_required",
                "This merchant requires a photo of the package before it closes.",
                order=view.order_ref,
            )
        closed = self.packing.close(session_id)
        self._refresh_reports()
        return closed

    def _refresh_reports(self) -> None:
        """With leads on a read replica nobody refreshes the aggregates on read: after a close, the past hours
        touched since (usually the hour just ended, once) are recomputed in a background thread."""
        if not self.settings.report_db_url or (self._reports_job is not None and not self._reports_job.done()):
            return
        from packstation.services.reports.report_aggregates import hour_floor, refresh_quietly
        from packstation.store.models.base import utcnow

        if self._reports_pool is None:
            self._reports_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-refresh")
        self._reports_job = self._reports_pool.submit(
            collector.without_collection, refresh_quietly, self.store.sessions, None, hour_floor(utcnow()), 24
        )

    # -- the photo of each package ----------------------------------------------------------------------------------
    @property
    def camera_kind(self) -> str:
        """ "" (no camera), "usb" (QtMultimedia, in the window) or "http" (a snapshot URL, fetched here)."""
        camera = self.settings.camera
        return "usb" if camera.startswith("usb:") else ("http" if camera else "")

    def take_photo(self, session_id: int) -> Any:
        """Snapshot from the bench's HTTP camera, stored with the order's packages; no camera or a failing one is
        recorded as "no photo" with the reason and returned as a CameraError for the screen to say. Slow (a camera
        can hang): the window calls it in a worker. A USB camera is captured by the window (`store_photo`)."""
        from packstation.devices.camera import camera_for, no_photo

        view = self.packing.view(session_id)
        camera = camera_for(self.settings.camera)
        if camera is None:
            error = no_photo("no camera at this bench")
            self.photos.record_missing(view.order_id, error.params["reason"], station_id=self.packing.station_id)
            raise error
        try:
            jpeg = camera.snapshot()
        except Exception as exc:
            reason = getattr(exc, "params", {}).get("reason") or str(exc)
            self.photos.record_missing(view.order_id, reason, camera.source, station_id=self.packing.station_id)
            raise
        return self.photos.store_photo(view.order_id, jpeg, camera.source, station_id=self.packing.station_id)

    def store_photo(self, session_id: int, jpeg: bytes, source: str) -> Any:
        """A picture the window's USB camera took."""
        view = self.packing.view(session_id)
        return self.photos.store_photo(view.order_id, jpeg, source, station_id=self.packing.station_id)

    def no_photo(self, session_id: int, reason: str, source: str = "") -> None:
        view = self.packing.view(session_id)
        self.photos.record_missing(view.order_id, reason, source, station_id=self.packing.station_id)

    def photo_missing(self, session_id: int) -> bool:
        return bool(self.photos.missing(self.packing.view(session_id).order_id))

    # -- printing ---------------------------------------------------------------------------------------------------
    def print_queue(self) -> list[Any]:
        """The bench's print jobs, newest first, preceded by documents that could not even be queued.

        Called every few seconds by the window's print worker, it is also where a print step the database stopped
        goes on by itself once the database is back: what the printer did meanwhile is written first (a label that
        came out counts as printed), then the step is settled (labels registered, ready to scan on the box)."""
        self._resume_steps_the_database_stopped()
        problems = [
            {
                "document": what,
                "last_error": why,
                "order_id": order,
                "status": DATABASE_FAULT if (order, what) in self.database_problems else "failed",
            }
            for (order, what), why in self.print_problems.items()
        ]
        return problems + list(self.printing.jobs())

    def _resume_steps_the_database_stopped(self) -> None:
        if not self.database_problems:
            return
        try:
            self.printing.queue.record_pending()
        except Exception as exc:  # noqa: BLE001 - still down: the panel keeps showing the fault
            log.info("print outcomes not written yet: %s", exc)
            return
        for key in sorted(self.database_problems):
            session_id = self._stalled_sessions.get(key)
            try:
                view = self.packing.view(session_id) if session_id is not None else None
                if view is None or view.state not in (SessionState.SLIPS, SessionState.LABEL):
                    self._forget_problem(key)  # the order moved on (reprinted, overridden, suspended)
                else:
                    self._settle(view)
            except Exception as exc:  # noqa: BLE001 - still down: kept for the next refresh
                log.info("print step of order %s not resumed yet: %s", key[0], exc)
                return

    def _forget_problem(self, key: tuple[int, str]) -> None:
        self.print_problems.pop(key, None)
        self.database_problems.discard(key)
        self._stalled_sessions.pop(key, None)

    def printer_status(self) -> list[tuple[str, Any]]:
        """Each printer of the bench and whether it is ready (a Zebra's ~HS, a system queue's state)."""
        return self.printing.printer_status()

    def confirm_print(self, job_id: int, printed: bool, user_id: int | None = None) -> list[Any]:
        """The packer's answer to "did it come out?" for a job the station stopped in the middle of (after a crash):
        yes -> sent; no -> printed again, recorded as a reprint. Returns the print queue as `print_queue()`."""
        self.printing.confirm_print(job_id, printed, user_id)
        return self.print_queue()

    def reprint(self, session_id: int, reason: str) -> SessionView:
        """Print the order's documents again; a step whose first print never happened is simply tried again."""
        view = self.packing.view(session_id)
        # At the label step (its first print stopped, by the printer or the database) the labels that exist are
        # reprinted with the packer's reason too, so the reprint is journaled; a label never issued prints first.
        if view.state in (SessionState.LABEL, SessionState.VERIFY) or view.labels_expected:
            self.printing.reprint(view, reason)
        elif view.slips_expected:
            self.printing.print_slips(view, reason=reason)
        return self._settle(view)

    def void_label(self, session_id: int, reason: str) -> SessionView:
        self.printing.void_labels(self.packing.view(session_id), reason)
        return self._settle(self.packing.view(session_id))

    # -- the automatic steps ----------------------------------------------------------------------------------------
    def _after(self, result: Result) -> Result:
        verdict, view = result
        return verdict, self._settle(view)

    def _preplan(self, view: SessionView) -> None:
        """Start planning the order's boxes in the background while the packer scans."""
        if view.order_id in self._preplans or view.plan:
            return
        from packstation.services.packing.box_plan import plan_for_order

        if self._planner is None:
            self._planner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="box-preplan")
        while len(self._preplans) >= 8:  # orders left unfinished (suspended, released): forget the oldest
            self._preplans.pop(next(iter(self._preplans))).cancel()
        self._preplans[view.order_id] = self._planner.submit(
            collector.without_collection, plan_for_order, self.store, view.order_id, self.settings
        )

    def preplanned(self, order_id: int, timeout: float | None = None) -> dict[str, Any] | None:
        """The plan started at the claim, once ready (waits up to `timeout` s); None when none was started."""
        future = self._preplans.get(order_id)
        return None if future is None else future.result(timeout)

    def _ready_plan(self, order_id: int) -> dict[str, Any] | None:
        """The pre-plan if it is ready now (never waits: it runs inside the scan's transaction), else None."""
        future = self._preplans.get(order_id)
        if future is None or not future.done() or future.cancelled() or future.exception() is not None:
            return None
        return future.result()

    def _box_plan(self, order_id: int) -> dict[str, Any]:
        from packstation.services.packing.box_plan import plan_for_order

        future = self._preplans.pop(order_id, None)
        if future is not None and not future.cancelled():
            try:
                return future.result()
            except Exception as exc:  # noqa: BLE001 - plan again here, where an error reaches the screen
                log.warning("box pre-plan for order %s failed: %s", order_id, exc)
        return plan_for_order(self.store, order_id, self.settings)

    def _settle(self, view: SessionView) -> SessionView:
        """Plan the box, then print and register slips and labels, as the session reaches those steps."""
        if view.state == SessionState.SCANNING:
            self._preplan(view)
        elif view.plan:
            self._preplans.pop(view.order_id, None)  # stored with the session (by the completing scan)
        for _ in range(4):
            if view.state == SessionState.BOX and not view.plan:
                plan = self._box_plan(view.order_id)
                view = self.packing.set_plan(view.session_id, plan)
            elif view.state == SessionState.SLIPS and not view.slips_registered:
                codes = self._printed(view, "slips", self.printing.print_slips)
                if codes is None:
                    return view
                view = self.packing.register_slips(view.session_id, codes)
            elif view.state == SessionState.LABEL:
                codes = self._printed(view, "labels", self.printing.print_labels)
                if codes is None:
                    return view
                view = self.packing.register_labels(view.session_id, codes)
            else:
                return view
        return view

    def _printed(self, view: SessionView, what: str, print_step: Any) -> list[str] | None:
        """Run a print step; a failure is kept as a problem the print panel shows (not raised into a scan)."""
        try:
            codes = list(print_step(view))
        except Exception as exc:  # noqa: BLE001 - shown on the screen through print_queue(), never hidden
            log.warning("printing %s for order %s failed: %s", what, view.order_ref, exc)
            fault = _as_database_fault(exc)
            if fault is not None:  # the database, not the printer: said so, in words, not the driver's text
                self.database_problems.add((view.order_id, what))
                self._stalled_sessions[(view.order_id, what)] = view.session_id
                exc = fault
            else:
                self.database_problems.discard((view.order_id, what))
            self.print_problems[(view.order_id, what)] = str(getattr(exc, "message", exc)) or type(exc).__name__
            return None
        self._forget_problem((view.order_id, what))
        return codes


DATABASE_FAULT = "database_fault"  # a print step stopped by the database (the printer may be fine)


def _as_database_fault(exc: BaseException) -> DomainError | None:
    """The database fault behind a failed print step (a driver error, or one already in words), else None."""
    from sqlalchemy.exc import InterfaceError, InternalError, OperationalError

    from packstation.store.faults import MESSAGES, database_fault

    if isinstance(exc, DomainError) and exc.code in MESSAGES:
        return exc
    if isinstance(exc, OperationalError | InterfaceError | InternalError):
        return database_fault(exc)
    return None
