"""The packer's actions and dialogs, bound to the action registry: what each key or command barcode does.

Each handler is one service call (through `MainWindow.call`, which shows refusals) and a redraw from the answer.
QC dialogs open by themselves when the service reports a pending check; nothing here decides a rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QDialog

from packstation.domain.vocabulary import SessionState, Severity
from packstation.gui.messages import CHECK_NAMES, next_step_text, tr
from packstation.gui.reasons import EXCEPTION_REASONS, REMOVE_REASONS, REPRINT_REASONS, VOID_REASONS
from packstation.gui.screens.override import OverrideDialog
from packstation.gui.screens.prompts import KeysDialog, QuantityDialog, ReasonDialog
from packstation.gui.screens.qc import QcDialog, WeightDialog
from packstation.gui.slots import slot
from packstation.services.views import QcRequest, SessionView

if TYPE_CHECKING:
    from packstation.gui.actions import ActionRegistry

WORKING = {
    SessionState.SCANNING,
    SessionState.QC,
    SessionState.BOX,
    SessionState.SLIPS,
    SessionState.LABEL,
    SessionState.VERIFY,
}


class OrderFlow:
    """Owns the dialogs and the handlers behind every command."""

    def __init__(self, window: Any) -> None:  # the MainWindow that owns this flow (it imports us, not we it)
        self.w = window
        self.dialog: QDialog | None = None
        self.qc_open_for: str | None = None
        # check keys the packer closed with Esc, per session: not forced open again; Insert (CMD-STEP) brings them
        self.dismissed: dict[int, set[str]] = {}

    @property
    def station(self) -> Any:
        return self.w.station

    def bind_actions(self, actions: ActionRegistry) -> None:
        signed_in = lambda: self.w.user is not None  # noqa: E731
        working = lambda: self.w.session is not None and self.w.session.state in WORKING  # noqa: E731
        scanning = lambda: working() and self.w.session.state == SessionState.SCANNING  # noqa: E731
        printed = lambda: (  # noqa: E731
            working()
            and self.w.session.state
            in (
                SessionState.SLIPS,
                SessionState.LABEL,
                SessionState.VERIFY,
            )
        )
        actions.bind("ack", self.acknowledge, lambda: self.w.banner.awaiting_ack)
        actions.bind("help", self.show_keys)
        actions.bind("undo", self.undo, working)
        actions.bind("next", self.next_order, lambda: signed_in() and self.w.session is None)
        actions.bind("quantity", self.quantity, scanning)
        actions.bind("remove", self.remove, working)
        actions.bind("weigh", lambda: self.weigh(None), working)
        actions.bind("reprint", self.reprint, printed)
        actions.bind("void", self.void, printed)
        actions.bind("suspend", self.suspend, working)
        actions.bind("exception", self.to_exception, working)
        actions.bind("override", self.override, lambda: working() and bool(self.blockers()))
        actions.bind("close", self.close, working)  # refused in words: F12 says why the order cannot close
        actions.bind("step", self.step, working)
        actions.bind("sign_out", lambda: self.sign_out(), signed_in)

    # -- dialogs ----------------------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.w.scan_filter.flush_pending()
        if hasattr(dialog, "apply_scale"):
            dialog.apply_scale(self.w.base_px())
        self.dialog = dialog
        dialog.finished.connect(slot(lambda _result, d=dialog: self._closed(d)))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.w.activateWindow()  # keys and scans go back to the station window
        value = getattr(dialog, "result_value", None)
        asked = self.qc_open_for
        self.qc_open_for = None
        if value is None and asked and self.w.session is not None:  # Esc on a check: Insert brings it back
            self.dismissed.setdefault(self.w.session.session_id, set()).add(asked)
        if value is not None:  # the last answer the service gave, accepted or not (e.g. a failed check, then Esc)
            self._show_result(value)
        after = getattr(dialog, "after", None)
        if callable(after) and value is not None:
            after()
        elif value is None:
            self.w.show_next_step()
        elif self.w.banner.look == Severity.OK:
            self.w.append_next_step()

    def _show_result(self, value: Any) -> None:
        """A service answer from a dialog: (verdict, session) or a session."""
        if isinstance(value, tuple) and len(value) == 2:
            verdict, session = value
            self.w.show_verdict(verdict)
            self.w.show_session(session)
        elif isinstance(value, SessionView):
            self.w.show_session(value)

    def after_refresh(self, session: SessionView) -> None:
        """Open the check the engine names as the next step (one at a time; never over another dialog or a stop,
        and not again after the packer closed it with Esc: Insert / CMD-STEP brings it back)."""
        if self.dialog is not None or QApplication.activeModalWidget() is not None:
            return
        request = session.next_request
        if request is None or self.w.banner.awaiting_ack:
            return
        # a check to do opens by itself; a failed one only for the weight (take out what is wrong, weigh again)
        if not (session.next_step == "check" or (session.next_step == "fix_check" and request.check == "weight")):
            return
        if session.next_check in self.dismissed.get(session.session_id, set()):
            return
        self.open_check(request, session.next_check)

    def open_check(self, request: QcRequest, key: str) -> None:
        self.qc_open_for = key
        if request.check == "weight":
            self.weigh(request)
            return
        self._open(QcDialog(request, self._submit_qc, replace=self._replace_damaged, parent=self.w))

    def step(self) -> None:
        """Insert / CMD-STEP: do the next step the banner names; a check dialog closed with Esc opens again."""
        session = self.w.session
        assert session is not None
        request = session.next_request
        if session.next_step in ("check", "fix_check") and request is not None and not self.w.printer_fault:
            self.dismissed.get(session.session_id, set()).discard(session.next_check)
            self.open_check(request, session.next_check)
            return
        self.w.show_next_step()

    def _submit_qc(self, check: str, passed: bool, line_id: int | None, value: str | None) -> Any:
        assert self.w.session is not None
        return self.station.record_qc(self.w.session.session_id, check, passed, line_id=line_id, value=value)

    def _replace_damaged(self, text: str) -> Any:
        assert self.w.session is not None
        request = next((r for r in self.w.session.pending_qc if r.check == "damage"), None)
        line_id = request.line_id if request else None
        return self.station.replace_damaged(self.w.session.session_id, line_id, text)

    # -- handlers ---------------------------------------------------------------------------------------------------
    def acknowledge(self) -> None:
        if self.w.banner.acknowledge() and self.w.session is not None:
            self.w.show_next_step()  # the banner names what comes next, not the old red
            self.after_refresh(self.w.session)

    def show_keys(self) -> None:
        self._open(KeysDialog(self.w))

    def _answer(self, value: Any) -> None:
        if value is not None:
            self._show_result(value)

    def undo(self) -> None:
        assert self.w.session is not None
        self._answer(self.w.call(self.station.undo_last, self.w.session.session_id))

    def next_order(self) -> None:
        assert self.w.user is not None
        session = self.w.call(self.station.next_order, self.w.user.id)
        if session is None:
            if self.w.banner.look != Severity.ATTENTION:
                self.w.show_problem(tr("No order waiting in the queue."))
            return
        self.w.show_ok(
            tr("ORDER OPEN"), tr("Order {ref}: %n unit(s) to pack", None, session.units_ordered, ref=session.order_ref)
        )
        self.w.show_session(session)

    def active_line_id(self) -> int | None:
        session = self.w.session
        active = session.active_line if session else None
        if active is not None:
            return active.line_id
        if session is not None and self.w.last_verdict is not None and self.w.last_verdict.line_id:
            return self.w.last_verdict.line_id
        return session.lines[-1].line_id if session and session.lines else None

    def quantity(self) -> None:
        session = self.w.session
        assert session is not None and session.active_line is not None
        line = session.active_line
        sid = session.session_id
        self._open(
            QuantityDialog(
                tr("How many units of {sku} (%n still to pack)?", None, line.ordered - line.scanned, sku=line.sku_code),
                lambda qty: self.station.enter_quantity(sid, line.line_id, qty),
                self.w,
            )
        )

    def remove(self) -> None:
        session = self.w.session
        assert session is not None
        line_id = self.w.last_verdict.line_id if self.w.last_verdict and self.w.last_verdict.line_id else None
        line_id = line_id or self.active_line_id()
        sku = next((line.sku_code for line in session.lines if line.line_id == line_id), "?")
        sid = session.session_id
        self._open(
            ReasonDialog(
                tr("Remove a unit"),
                tr("Take one unit of {sku} out of the box. Why?", sku=sku),
                REMOVE_REASONS,
                lambda reason: self.station.remove_unit(sid, line_id, reason),
                self.w,
            )
        )

    def weigh(self, request: QcRequest | None) -> None:
        assert self.w.session is not None
        sid = self.w.session.session_id
        if request is None:  # F6: the weight check of this order, when it has one
            request = next((r for r in self.w.session.pending_qc if r.check == "weight"), None)
            self.qc_open_for = "weight" if request is not None else None
        prompt = request.prompt if request else "Put the closed box on the scale."
        expected = ""
        if request is not None and request.params.get("expected_g"):
            expected = tr("Expected about {g} g", g=request.params["expected_g"])
            if int(request.params.get("packages", 1) or 1) > 1:  # each box against its own expectation
                expected = tr(
                    "Box {n} of {m}: expected about {g} g (its items, cushioning and the box itself)",
                    n=request.params.get("package_no", 1),
                    m=request.params["packages"],
                    g=request.params["expected_g"],
                )
        read = getattr(self.station, "weigh", None) or self.station.read_scale
        has_scale = getattr(self.station, "has_scale", False)
        self._open(
            WeightDialog(
                prompt,
                lambda grams, source: self.station.record_weight(sid, grams, source),
                read,
                expected,
                self.w,
                zero=self.station.zero_scale if has_scale else None,
                tare=self.station.tare_scale if has_scale else None,
            )
        )

    def reprint(self) -> None:
        sid = self.w.session.session_id if self.w.session else 0
        self._open(
            ReasonDialog(
                tr("Reprint"),
                tr("Print the label and slips of this order again. Why?"),
                REPRINT_REASONS,
                lambda reason: self.station.reprint(sid, reason),
                self.w,
            )
        )

    def void(self) -> None:
        sid = self.w.session.session_id if self.w.session else 0
        self._open(
            ReasonDialog(
                tr("Void label"),
                tr("Cancel this order's shipping label. Why?"),
                VOID_REASONS,
                lambda reason: self.station.void_label(sid, reason),
                self.w,
            )
        )

    def suspend(self) -> None:
        assert self.w.session is not None
        ref = self.w.session.order_ref
        session = self.w.call(self.station.suspend, self.w.session.session_id)
        if session is not None:
            self.w.banner.show_verdict(
                Severity.ATTENTION,
                tr("SUSPENDED"),
                tr("Order {ref} is parked: scan its barcode at any bench to resume.", ref=ref),
            )
            self.w.sounds.play(Severity.ATTENTION)
            self.w.show_session(session)

    def to_exception(self) -> None:
        assert self.w.session is not None
        sid, ref = self.w.session.session_id, self.w.session.order_ref

        def submit(reason: str) -> Any:
            session = self.station.to_exception(sid, reason)
            self.w.banner.show_verdict(
                Severity.ATTENTION,
                tr("SENT TO EXCEPTION"),
                tr("Order {ref}: {reason}. Put the tote on the exception shelf.", ref=ref, reason=tr(reason)),
            )  # a preset is stored in English
            self.w.sounds.play(Severity.ATTENTION)
            return session

        self._open(
            ReasonDialog(
                tr("Send to exception"),
                tr("Why can this order not be finished here?"),
                EXCEPTION_REASONS,
                submit,
                self.w,
            )
        )

    def blockers(self) -> list[tuple[str, str]]:
        session = self.w.session
        if session is None:
            return []
        keys = session.overridable or tuple(session.failed_qc)
        wanted = {key.partition(":")[2] for key in keys} - {""}  # name only the lines a blocker is about
        names: dict[str, str] = {}
        if wanted:
            names = {str(line.line_id): line.sku_code for line in session.lines if str(line.line_id) in wanted}
        words = {
            "short_ship": tr("Ship short (units missing)"),
            "slips": tr("Slips not scanned"),
            "labels": tr("Label not scanned"),
            "weight": tr("Weight check"),
        }
        found = []
        for key in keys:
            check, _, line_id = key.partition(":")
            check_name = CHECK_NAMES.get(check)
            text = words.get(key) or tr(
                "{check} — {sku}", check=tr(check_name) if check_name else check, sku=names.get(line_id, tr("order"))
            )
            if key in session.failed_qc or any(key == f for f in session.failed_qc):
                text = tr("FAILED: {what}", what=text)
            found.append((key, text))
        failed_first = sorted(found, key=lambda item: not item[1].startswith(tr("FAILED")))
        return failed_first

    def override(self) -> None:
        assert self.w.session is not None
        sid = self.w.session.session_id

        approved: list[str] = []

        def submit(blocker: str, badge: str, pin: str, reason: str) -> Any:
            session = self.station.override(sid, blocker, badge, pin, reason)
            approved.append(reason)
            return session

        def after() -> None:  # after the override the screen says what to do next
            if approved and self.w.session is not None and not self.w.banner.awaiting_ack:
                next_headline, next_detail = next_step_text(self.w.session, self.w.printer_fault)
                self.w.show_ok(
                    tr("OVERRIDDEN"),
                    tr(
                        "A lead approved: {reason}. {next}: {detail}",
                        reason=tr(approved[-1]),
                        next=next_headline,
                        detail=next_detail,
                    ),
                )

        dialog = OverrideDialog(self.blockers(), submit, self.w)
        dialog.after = after  # type: ignore[attr-defined]
        self._open(dialog)

    def close(self) -> None:
        assert self.w.session is not None
        if not self.w.session.can_close:
            reasons = [tr(b) for b in self.w.session.blockers]
            if self.w.printer_fault:
                reasons.insert(0, tr("Printer fault: {fault}", fault=self.w.printer_fault))
            self.w.show_problem(
                tr("The order cannot close yet: {reasons}", reasons=" · ".join(reasons)), headline=tr("CANNOT CLOSE")
            )
            return
        ref = self.w.session.order_ref
        sid = self.w.session.session_id
        session = self.w.call(self.station.close, sid)
        if session is None and getattr(self.station, "photo_missing", None) and self.station.photo_missing(sid):
            self.w.photos.take(sid)  # a merchant that requires a photo: the camera is asked again
        if session is not None:
            self.w.show_ok(tr("ORDER CLOSED"), tr("Order {ref} is done. Scan the next order or press F3.", ref=ref))
            self.w.show_session(session)

    def sign_out(self, reason: str = "") -> None:
        if self.w.user is not None:
            self.w.call(self.station.sign_out, self.w.user.id)
        if self.dialog is not None:
            self.dialog.reject()
        self.w.show_signed_out()
        if reason:
            self.w.banner.show_idle(tr("Scan your badge"), reason)
