"""Slips and label: what was printed, what still has to be scanned into the box, and the print queue's state.

A printer fault is shown in red with its reason and stays until the job prints (nothing here hides a failure).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from packstation.gui.messages import tr

FAILED_STATES = {"failed", "error", "fault"}


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

    @property
    def has_fault(self) -> bool:
        return not self.fault.isHidden()

    def show_jobs(self, jobs: Sequence[Any]) -> None:
        self.jobs = [job for job in jobs if _field(job, "state", "status") != "cancelled"]
        self.list.clear()
        faults = []
        for job in self.jobs:
            state = _field(job, "state", "status", default="?")
            what = _field(job, "document", "kind", "title", default=tr("document"))
            printer = _field(job, "printer", "target")
            error = _field(job, "error", "last_error")
            text = f"{what} — {state}" + (f" ({printer})" if printer else "") + (f": {error}" if error else "")
            item = QListWidgetItem(("⚠ " if state in FAILED_STATES else "") + text)
            if state in FAILED_STATES:
                item.setForeground(self.palette().brightText())
                item.setBackground(self.palette().dark())
                faults.append(text)
            self.list.addItem(item)
        if faults:
            self.fault.setText(tr("PRINTER FAULT — {jobs}. Fix the printer, then F7 to reprint.",
                                  jobs="; ".join(faults)))
            self.fault.show()
        else:
            self.fault.hide()


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

    def show_expected(self, slips: Sequence[str], labels: Sequence[str], can_close: bool,
                      blockers: Sequence[str]) -> None:
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
