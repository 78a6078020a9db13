"""Slips and label: what was printed, what still has to be scanned into the box, and the print queue's state.

A printer fault is shown in red with its reason and stays until the job prints (nothing here hides a failure).
A job the station stopped in the middle of sending (a crash, a power cut) has an unknown outcome: the panel asks
the packer "did it come out?" in a dialog (Enter = yes, it printed; F7 = no, print it again; Esc = later, it stays
listed in amber). Scanning the label on the box answers it too (the service settles it, the dialog closes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from packstation.domain.vocabulary import SessionState
from packstation.gui.messages import N_, tr
from packstation.gui.screens.dialogs import StationDialog
from packstation.gui.slots import slot

FAILED_STATES = {"failed", "error", "fault"}
# a print job's state in the packer's words (the list reads "the label — printed", not "label — sent")
STATE_WORDS = {
    "queued": N_("waiting"),
    "sending": N_("printing"),
    "sent": N_("printed"),
    "failed": N_("failed"),
    "error": N_("failed"),
    "fault": N_("failed"),
    "unknown": N_("did it print?"),
}
UNKNOWN_STATE = "unknown"
DATABASE_FAULT = "database_fault"  # packstation.services.packing.station.DATABASE_FAULT


# Printed documents by their job name, as a label-form noun (it stands after "Document:" or before "— printed", so
# it never needs a grammatical case).
DOCUMENT_NAMES = {
    "label": N_("Label"),
    "labels": N_("Label"),
    "marketing_slip": N_("Inserts"),
    "packing_slip": N_("Packing slip"),
    "returns_slip": N_("Returns slip"),
    "return_label": N_("Return label"),
}


def document_name(document: str) -> str:
    return tr(DOCUMENT_NAMES[document]) if document in DOCUMENT_NAMES else document


class PrintOutcomeDialog(StationDialog):
    """Did the document come out of the printer? Enter = yes; F7 = no, print it again; Esc = ask me later."""

    def __init__(
        self, job: Any, order_ref: str, answer: Callable[[int, bool], Any], parent: QWidget | None = None
    ) -> None:
        what = document_name(_field(job, "document"))
        prompt = (
            tr(
                "The station stopped while it was printing. Document: {document} · Order: {order}. "
                "Did it come out of the printer?",
                document=what,
                order=order_ref,
            )
            if order_ref
            else tr(
                "The station stopped while it was printing. Document: {document}. Did it come out of the printer?",
                document=what,
            )
        )
        super().__init__(tr("Did it print?"), prompt, parent)
        self.setObjectName("printOutcomeDialog")
        self.job_id = int(_field(job, "id"))
        self._answer = answer
        keys = QLabel(tr("Enter  yes, it printed      F7  no, print it again      Esc  later"))
        keys.setObjectName("printOutcomeKeys")
        self.layout_.addWidget(keys)
        self.layout_.addWidget(QLabel(tr("A label you can scan on the box counts as printed.")))
        self.finish_layout()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.answer(True)
        elif event.key() == Qt.Key.Key_F7:
            self.answer(False)
        else:
            super().keyPressEvent(event)

    def answer(self, printed: bool) -> bool:
        return self.attempt(lambda: self._answer(self.job_id, printed))


def _field(job: Any, *names: str, default: str = "") -> str:
    for name in names:
        value = job.get(name) if isinstance(job, dict) else getattr(job, name, None)
        if value not in (None, ""):
            return str(value)
    return default


class PrintQueuePanel(QWidget):
    """The station's print jobs: document, printer, state; failed jobs in red with the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(tr("Printing"))
        self.title.setObjectName("panelTitle")
        self.list = QListWidget()
        self.list.setObjectName("printQueue")
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(1)  # on a small screen the fault line keeps its room, the list scrolls
        self.fault = QLabel()
        self.fault.setObjectName("printerFault")
        self.fault.setWordWrap(True)
        self.fault.setStyleSheet("background: #b3121f; color: white; font-weight: bold; padding: 6px;")
        self.fault.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.fault)
        layout.addWidget(self.list, 1)
        self.jobs: list[Any] = []
        # Set by the window: answers an unknown-outcome job (job id, printed?) and returns the new queue.
        self.answer: Callable[[int, bool], Any] | None = None
        self.order_ref: Callable[[], str] = lambda: ""
        self.answered: Callable[[], None] = lambda: None  # the window redraws the order (a label now printed)
        self.question: PrintOutcomeDialog | None = None
        self.later: set[int] = set()  # unknown jobs the packer put off with Esc: listed, not asked again
        self._fault_words = ""
        self._rows: list[tuple[str, str]] | None = None
        self.fault_step: SessionState | None = None

    @property
    def has_fault(self) -> bool:
        return not self.fault.isHidden()

    @property
    def fault_text(self) -> str:
        """The failed documents of the order in hand, in words ("" when none)."""
        return self._fault_words

    def show_jobs(self, jobs: Sequence[Any], order_id: int | None = None) -> None:
        """List the bench's jobs; only a failed job of `order_id` (or of no order) is this order's fault."""
        self.jobs = [job for job in jobs if _field(job, "state", "status") != "cancelled"]
        rows: list[tuple[str, str]] = []  # (text, look) of each line of the list
        faults = []
        documents: list[str] = []
        database_faults: list[str] = []
        for job in self.jobs:
            state = _field(job, "state", "status", default="?")
            what = _field(job, "document", "kind", "title", default=tr("document"))
            printer = _field(job, "printer", "target")
            error = _field(job, "error", "last_error")
            if state == DATABASE_FAULT:  # the database failed during printing: not a printer fault
                database_faults.append(
                    f"{document_name(what)}: {tr(str(error))}"
                )  # the fault's words are in the catalogue
                continue
            if state == UNKNOWN_STATE:
                text = tr("{document} — did it print? Enter = yes, F7 = print again", document=document_name(what))
                rows.append(("? " + text, "unknown"))
                continue
            text = (
                f"{document_name(what)} — {tr(STATE_WORDS.get(state, state))}"
                + (f" ({printer})" if printer else "")
                + (f": {error}" if error else "")
            )
            rows.append((("⚠ " if state in FAILED_STATES else "") + text, "failed" if state in FAILED_STATES else ""))
            if state in FAILED_STATES:
                job_order = _field(job, "order_id")
                if not job_order or order_id is None or job_order == str(order_id):
                    faults.append(f"{document_name(what)}: {error or tr(STATE_WORDS.get(state, state))}")
                    documents.append(what)
        self._show_rows(rows)
        self._fault_words = "; ".join(faults)
        self.fault_step = (
            SessionState.LABEL
            if any(d in ("label", "labels") for d in documents)
            else SessionState.SLIPS
            if documents
            else None
        )
        if database_faults:
            self.fault.setText(
                tr(
                    "DATABASE FAULT — {jobs}. Nothing printed is lost: when the database is back, "
                    "scan the label; F7 reprints only if it did not come out.",
                    jobs="; ".join(database_faults),
                )
            )
            self.fault.show()
        elif faults:  # the reason is in the banner and the list: the red line stays short enough to read whole
            self.fault.setText(
                tr(
                    "PRINTER FAULT: {documents} — F7",
                    documents=", ".join(dict.fromkeys(document_name(d) for d in documents)),
                )
            )
            self.fault.show()
        else:
            self.fault.hide()
        self._ask()

    def _show_rows(self, rows: list[tuple[str, str]]) -> None:
        """Redraw the list only when a line changed: the print worker asks every 2 s, and rebuilding an unchanged
        list on the window's thread made a scan that arrived just then wait for it."""
        if rows == self._rows:
            return
        self._rows = rows
        self.list.clear()
        for text, look in rows:
            item = QListWidgetItem(text)
            if look == "unknown":
                item.setBackground(QColor("#f2a900"))
                item.setForeground(QColor("black"))
            elif look == "failed":
                item.setForeground(self.palette().brightText())
                item.setBackground(self.palette().dark())
            self.list.addItem(item)

    @property
    def unknown_jobs(self) -> list[Any]:
        return [job for job in self.jobs if _field(job, "state", "status") == UNKNOWN_STATE]

    def _ask(self) -> None:
        """Open the question for the oldest unanswered unknown job; close it once the job is settled elsewhere."""
        waiting = {int(_field(job, "id")): job for job in self.unknown_jobs}
        if self.question is not None:
            if self.question.job_id in waiting:
                return
            self.question.done(0)  # answered by a scan of the label, or by another screen
            self.question = None
        pending = sorted(job_id for job_id in waiting if job_id not in self.later)
        if not pending or self.answer is None:
            return
        dialog = PrintOutcomeDialog(waiting[pending[0]], self.order_ref(), self._answered, self.window())
        base = getattr(self.window(), "base_px", None)
        if callable(base):
            dialog.apply_scale(base())
        dialog.finished.connect(slot(lambda result, d=dialog: self._closed(d, result)))
        self.question = dialog
        dialog.open()

    def _answered(self, job_id: int, printed: bool) -> Any:
        assert self.answer is not None
        return self.answer(job_id, printed)

    def _closed(self, dialog: PrintOutcomeDialog, result: int) -> None:
        if self.question is dialog:
            self.question = None
        if not result:
            self.later.add(dialog.job_id)
        if result:
            self.answered()


def wire_print_questions(window: Any) -> None:
    """Let the packer's window answer "did it print?": the station's `confirm_print`, then a redraw."""
    panel: PrintQueuePanel = window.order_screen.print_panel

    def answer(job_id: int, printed: bool) -> Any:
        return window.station.confirm_print(job_id, printed, window.user.id if window.user else None)

    def answered() -> None:
        if window.session is not None:
            window.show_session(window.call(window.station.view, window.session.session_id) or window.session)
        else:
            window.refresh_print_queue()

    panel.answer = answer
    panel.answered = answered
    panel.order_ref = lambda: window.session.order_ref if window.session is not None else ""


class VerifyPanel(QWidget):
    """The slips and labels still to scan into the box, and those done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(tr("Slips and label"))
        self.title.setObjectName("panelTitle")
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("verifyList")
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.instruction)
        layout.addWidget(self.list, 1)

    def show_expected(
        self, slips: Sequence[str], labels: Sequence[str], can_close: bool, blockers: Sequence[str]
    ) -> None:
        self.list.clear()
        for code in slips:
            self.list.addItem(tr("☐ Slip {code}: scan it, then put it in the box", code=code))
        for tracking in labels:
            self.list.addItem(tr("☐ Label {code}: stick it on the box, then scan it", code=tracking))
        for blocker in blockers:
            self.list.addItem(f"• {blocker}")
        if can_close:
            self.instruction.setText(tr("Everything checked: F12 or scan CMD-CLOSE to close the order."))
        elif slips or labels:
            self.instruction.setText(tr("Scan each printed slip and the label to prove they are in and on the box."))
        else:
            self.instruction.setText(tr("Printing…"))
