"""From a count to its events, and from an event to the order's whole timeline ("where was the error made").

Both are dialogs a lead opens from the dashboard; tests reach them through `LeadDashboard.last_dialog`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from packstation.gui.lead.models import RowsModel
from packstation.services.report_views import EventView, OrderTimeline, error_label
from packstation.services.reports import ReportService

EVENT_HEADERS = ("Time", "Order", "Kind", "Code", "Error", "Station", "Packer", "Approved by", "SKU", "Qty",
                 "Scanned", "Detail")
ERROR_BRUSH = QBrush(QColor("#ffcdd2"))


def event_row(event: EventView, tz: dt.tzinfo) -> list[object]:
    """One journal row as table cells, its time in the lead's zone to the second."""
    return [
        event.at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S"), event.order_ref, event.kind, event.code,
        error_label(event.error_type) if event.error_type else "", event.station, event.user, event.approver,
        event.sku, event.quantity or "", event.raw,
        json.dumps(event.detail, ensure_ascii=False, sort_keys=True) if event.detail else "",
    ]


class EventsModel(RowsModel):
    """Events with error rows tinted red, so the mistake stands out in a timeline."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            event = self.payload(index.row())
            return ERROR_BRUSH if event is not None and event.error_type else None
        return super().data(index, role)


class EventsView(QTableView):
    """A table of journal rows; double-click opens the order's timeline (when a ReportService is given)."""

    def __init__(self, reports: ReportService | None, tz: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self._tz = tz
        self.events_model = EventsModel(EVENT_HEADERS, self)
        self.setModel(self.events_model)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.timeline: TimelineDialog | None = None
        self.doubleClicked.connect(lambda index: self.open_timeline(index.row()))

    def set_events(self, events: Sequence[EventView]) -> None:
        self.events_model.set_rows([event_row(e, self._tz) for e in events], payloads=list(events))
        self.resizeColumnsToContents()

    def open_timeline(self, row: int) -> TimelineDialog | None:
        event = self.events_model.payload(row)
        if self._reports is None or event is None or event.order_id is None:
            return None
        self.timeline = TimelineDialog(self._reports.order_timeline(event.order_id), self._tz, self,
                                       highlight=event.id)
        self.timeline.show()
        return self.timeline


class EventsDialog(QDialog):
    """The events behind one count of the dashboard."""

    def __init__(self, title: str, events: Sequence[EventView], reports: ReportService, tz: dt.tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1100, 520)
        layout = QVBoxLayout(self)
        self.heading = QLabel(f"<b>{title}</b> — {len(events)} events. Double-click one to see its order's "
                              "whole timeline.")
        layout.addWidget(self.heading)
        self.table = EventsView(reports, tz, self)
        self.table.set_events(events)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class TimelineDialog(QDialog):
    """Every scan, verdict, QC result, override and print of one order, with who and where, to the second."""

    def __init__(self, timeline: OrderTimeline, tz: dt.tzinfo, parent: QWidget | None = None,
                 highlight: int | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.setWindowTitle(f"Order {timeline.order_ref} — timeline")
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        closed = timeline.closed_at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if timeline.closed_at else "-"
        errors = sum(1 for e in timeline.events if e.error_type)
        facts = (f"<b>Order {timeline.order_ref}</b> · {timeline.status} · {timeline.merchant} · "
                 f"customer {timeline.customer} · {timeline.lines} lines, {timeline.units} units · "
                 f"closed {closed} · {len(timeline.events)} events, {errors} errors")
        if timeline.exception_reason:
            facts += f"<br>Exception: {timeline.exception_reason}"
        self.heading = QLabel(facts)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = EventsView(None, tz, self)
        self.table.set_events(timeline.events)
        layout.addWidget(self.table)
        if highlight is not None:
            rows = [i for i, e in enumerate(timeline.events) if e.id == highlight]
            if rows:
                self.table.selectRow(rows[0])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
