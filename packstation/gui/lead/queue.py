"""The exception queue: orders in exception, suspended, or claimed by a bench that went quiet.

The lead picks a row, types a note, and releases the claim (with their PIN, like an override), sends the order back
to the queue, or cancels it.
Signals: `changed()` after any action succeeded.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from packstation.domain.errors import DomainError
from packstation.gui.lead.confirm import confirm
from packstation.gui.lead.drilldown import TimelineDialog, status_name
from packstation.gui.lead.models import RowsModel
from packstation.gui.messages import N_, error_text, tr
from packstation.services.reports.service import ReportService
from packstation.services.site.lead import LeadService

# Why an order is in the queue (QueueItem.kind) as the lead reads it.
KIND_NAMES: dict[str, str] = {
    "exception": N_("exception"),
    "suspended": N_("suspended"),
    "stale_claim": N_("stale claim"),
}
HEADERS = (N_("Order"), N_("Why"), N_("Status"), N_("Reason"), N_("Station"), N_("Packer"), N_("Since"), N_("Errors"))


def _minutes(since: dt.datetime | None) -> str:
    if since is None:
        return "?"
    minutes = int((dt.datetime.now(dt.UTC) - since.astimezone(dt.UTC)).total_seconds() // 60)
    return tr("{h} h {m} min", h=minutes // 60, m=f"{minutes % 60:02d}") if minutes >= 60 else tr("{m} min", m=minutes)


class ExceptionQueue(QWidget):
    changed = Signal()

    def __init__(
        self, lead: LeadService, reports: ReportService, lead_user_id: int, tz: dt.tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lead, self.reports, self.lead_user_id, self.tz = lead, reports, lead_user_id, tz
        self.timeline: TimelineDialog | None = None
        layout = QVBoxLayout(self)
        self.model = RowsModel(HEADERS, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.open_timeline(index.row()))  # Enter or double-click
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.note = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaximumWidth(180)
        self.release_button = QPushButton()
        self.requeue_button = QPushButton()
        self.cancel_button = QPushButton()
        self.reload_button = QPushButton()
        self.release_button.clicked.connect(self.release)
        self.requeue_button.clicked.connect(lambda: self.resolve("requeue"))
        self.cancel_button.clicked.connect(lambda: self.resolve("cancel"))
        self.reload_button.clicked.connect(self.reload)
        for w in (
            self.note,
            self.pin,
            self.release_button,
            self.requeue_button,
            self.cancel_button,
            self.reload_button,
        ):
            row.addWidget(w)
        layout.addLayout(row)
        self.message = QLabel("")
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setPlaceholderText(tr("Note: what was done (required to resolve)"))
        self.pin.setPlaceholderText(tr("Your PIN (to release)"))
        self.release_button.setText(tr("Release claim"))
        self.requeue_button.setText(tr("Resolve: back to queue"))
        self.cancel_button.setText(tr("Resolve: cancel order"))
        self.reload_button.setText(tr("Reload"))
        self.model.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "reload_button"):
            self.retranslate()

    def reload(self) -> None:
        items = self.lead.exception_queue()
        self.model.set_rows(
            [
                [
                    i.order_ref,
                    tr(KIND_NAMES.get(i.kind, i.kind.replace("_", " "))),
                    status_name(i.status),
                    tr("claimed {ago} ago, no close", ago=_minutes(i.since))
                    if i.kind == "stale_claim" and (not i.reason or i.reason.startswith("claimed "))
                    else i.reason,
                    i.station,
                    i.user,
                    i.since.astimezone(self.tz).strftime("%Y-%m-%d %H:%M") if i.since else "",
                    i.errors,
                ]
                for i in items
            ],
            payloads=list(items),
        )
        self.table.resizeColumnsToContents()

    def selected(self):  # type: ignore[no-untyped-def]
        rows = self.table.selectionModel().selectedRows()
        return self.model.payload(rows[0].row()) if rows else None

    def _act(self, done: str, fn) -> bool:  # type: ignore[no-untyped-def]
        """`done` is an English template with {ref}, shown translated when the action succeeded."""
        item = self.selected()
        if item is None:
            self.message.setText(tr("Pick an order first."))
            return False
        try:
            fn(item)
        except DomainError as exc:
            self.message.setText(f"<span style='color:#c62828'>{error_text(exc)}</span>")
            return False
        self.message.setText(tr(done, ref=item.order_ref))
        self.note.clear()
        self.reload()
        self.changed.emit()
        return True

    def release(self) -> bool:
        pin, _ = self.pin.text(), self.pin.clear()
        return self._act(
            N_("Released: {ref}"),
            lambda i: self.lead.release_claim(i.order_id, self.lead_user_id, pin, self.note.text()),
        )

    def resolve(self, action: str) -> bool:
        item = self.selected()
        if (
            action == "cancel"
            and item is not None
            and not confirm(
                self,
                tr("Cancel order"),
                tr(
                    "Cancel order {ref}? It will not be packed, and the shop is told by the next export.",
                    ref=item.order_ref,
                ),
            )
        ):
            self.message.setText(tr("Not cancelled: {ref}", ref=item.order_ref))
            return False
        return self._act(
            N_("Resolved: {ref}") if action == "requeue" else N_("Cancelled: {ref}"),
            lambda i: self.lead.resolve(i.order_id, self.lead_user_id, self.note.text(), action),
        )

    def open_timeline(self, row: int) -> TimelineDialog | None:
        item = self.model.payload(row)
        if item is None:
            return None
        self.timeline = TimelineDialog(self.reports.order_timeline(item.order_id), self.tz, self)
        self.timeline.show()
        return self.timeline
