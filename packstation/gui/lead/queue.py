"""The exception queue: orders in exception, suspended, or claimed by a bench that went quiet.

The lead picks a row, types a note, and releases the claim, sends the order back to the queue, or cancels it.
Signals: `changed()` after any action succeeded.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from packstation.domain.errors import DomainError
from packstation.gui.lead.drilldown import TimelineDialog
from packstation.gui.lead.models import RowsModel
from packstation.gui.messages import tr
from packstation.services.lead import LeadService
from packstation.services.reports import ReportService


class ExceptionQueue(QWidget):
    changed = Signal()

    def __init__(self, lead: LeadService, reports: ReportService, lead_user_id: int, tz: dt.tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead, self.reports, self.lead_user_id, self.tz = lead, reports, lead_user_id, tz
        self.timeline: TimelineDialog | None = None
        layout = QVBoxLayout(self)
        self.model = RowsModel(("Order", "Why", "Status", "Reason", "Station", "Packer", "Since", "Errors"), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_timeline(index.row()))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Note: what was done (required to resolve)"))
        self.release_button = QPushButton(tr("Release claim"))
        self.requeue_button = QPushButton(tr("Resolve: back to queue"))
        self.cancel_button = QPushButton(tr("Resolve: cancel order"))
        self.reload_button = QPushButton(tr("Reload"))
        self.release_button.clicked.connect(self.release)
        self.requeue_button.clicked.connect(lambda: self.resolve("requeue"))
        self.cancel_button.clicked.connect(lambda: self.resolve("cancel"))
        self.reload_button.clicked.connect(self.reload)
        for w in (self.note, self.release_button, self.requeue_button, self.cancel_button, self.reload_button):
            row.addWidget(w)
        layout.addLayout(row)
        self.message = QLabel("")
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        items = self.lead.exception_queue()
        self.model.set_rows(
            [[i.order_ref, i.kind.replace("_", " "), i.status, i.reason, i.station, i.user,
              i.since.astimezone(self.tz).strftime("%Y-%m-%d %H:%M") if i.since else "", i.errors] for i in items],
            payloads=list(items))

    def selected(self):  # type: ignore[no-untyped-def]
        rows = self.table.selectionModel().selectedRows()
        return self.model.payload(rows[0].row()) if rows else None

    def _act(self, what: str, fn) -> bool:  # type: ignore[no-untyped-def]
        item = self.selected()
        if item is None:
            self.message.setText("Pick an order first.")
            return False
        try:
            fn(item)
        except DomainError as exc:
            self.message.setText(f"<span style='color:#c62828'>{exc.message}</span>")
            return False
        self.message.setText(f"{what}: {item.order_ref}")
        self.note.clear()
        self.reload()
        self.changed.emit()
        return True

    def release(self) -> bool:
        return self._act("Released", lambda i: self.lead.release_claim(i.order_id, self.lead_user_id,
                                                                       self.note.text()))

    def resolve(self, action: str) -> bool:
        return self._act("Resolved" if action == "requeue" else "Cancelled",
                         lambda i: self.lead.resolve(i.order_id, self.lead_user_id, self.note.text(), action))

    def open_timeline(self, row: int) -> TimelineDialog | None:
        item = self.model.payload(row)
        if item is None:
            return None
        self.timeline = TimelineDialog(self.reports.order_timeline(item.order_id), self.tz, self)
        self.timeline.show()
        return self.timeline
