"""The lead's view of shipment confirmations on their way to the shop or WMS (docs/integrations.md).

A line per channel with its counts, and a row per confirmation that has not gone through, with the last error in
the receiver's own words; "Send now" brings every waiting delivery forward.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from packstation.gui.lead.models import RowsModel
from packstation.gui.messages import N_, tr
from packstation.services.shipping.connect import OutboxService

HEADERS = (N_("Order"), N_("Channel"), N_("Tries"), N_("Next try"), N_("Last error"))
CHANNEL_NAMES = {"folder": N_("outbox folder"), "webhook": N_("webhook")}
STATE_NAMES = {"pending": N_("waiting"), "sending": N_("sending"), "delivered": N_("delivered")}


class DeliveriesPanel(QWidget):
    def __init__(self, outbox: OutboxService, tz: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outbox, self.tz = outbox, tz
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = RowsModel(HEADERS, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.retry_button = QPushButton()
        self.reload_button = QPushButton()
        self.retry_button.clicked.connect(self.retry_now)
        self.reload_button.clicked.connect(self.refresh)
        row.addStretch(1)
        row.addWidget(self.retry_button)
        row.addWidget(self.reload_button)
        layout.addLayout(row)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        status = self.outbox.status()
        if not status.counts:
            self.summary.setText(tr("No shipment confirmations yet."))
        else:
            parts = []
            for channel, states in sorted(status.counts.items()):
                counts = ", ".join(f"{n} {tr(STATE_NAMES.get(state, state))}" for state, n in sorted(states.items()))
                parts.append(f"{tr(CHANNEL_NAMES.get(channel, channel))}: {counts}")
            self.summary.setText("  ·  ".join(parts))
        self.model.set_rows(
            [
                [
                    p.order_ref,
                    tr(CHANNEL_NAMES.get(p.channel, p.channel)),
                    p.attempts,
                    p.next_attempt_at.astimezone(self.tz).strftime("%H:%M:%S"),
                    p.last_error,
                ]
                for p in status.problems
            ]
        )

    def retry_now(self) -> None:
        self.outbox.retry_now()
        self.refresh()

    def retranslate(self) -> None:
        self.retry_button.setText(tr("Send now"))
        self.reload_button.setText(tr("Refresh"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()
            self.refresh()
