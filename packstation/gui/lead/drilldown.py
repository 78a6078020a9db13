"""From a count to its events, and from an event to the order's whole timeline ("where was the error made").

Both are dialogs a lead opens from the dashboard; tests reach them through `LeadDashboard.last_dialog`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from packstation.domain.report_views import EventView, OrderTimeline, error_label
from packstation.gui.lead.models import RowsModel
from packstation.gui.messages import N_, VOCABULARY, tr
from packstation.services.reports.service import ReportService

EVENT_HEADERS = (
    N_("Time"),
    N_("Order"),
    N_("Kind"),
    N_("Code"),
    N_("Error"),
    N_("Station"),
    N_("Packer"),
    N_("Approved by"),
    N_("SKU"),
    N_("Qty"),
    N_("Scanned"),
    N_("Detail"),
)
ERROR_BRUSH = QBrush(QColor("#ffcdd2"))


# Order statuses as a lead reads them (the stored value stays the code).
STATUS_NAMES: dict[str, str] = VOCABULARY["status"]


def status_name(status: str) -> str:
    return tr(STATUS_NAMES[status]) if status in STATUS_NAMES else status


def event_row(event: EventView, tz: dt.tzinfo) -> list[object]:
    """One journal row as table cells, its time in the lead's zone to the second."""
    return [
        event.at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S"),
        event.order_ref,
        event.kind,
        event.code,
        tr(error_label(event.error_type)) if event.error_type else "",
        event.station,
        event.user,
        event.approver,
        event.sku,
        event.quantity or "",
        event.raw,
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
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.timeline: TimelineDialog | None = None
        self.activated.connect(lambda index: self.open_timeline(index.row()))  # Enter or double-click

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "events_model"):
            self.events_model.retranslate()

    def set_events(self, events: Sequence[EventView]) -> None:
        self.events_model.set_rows([event_row(e, self._tz) for e in events], payloads=list(events))
        self.resizeColumnsToContents()
        if events:
            self.selectRow(0)  # Enter works at once: the first row is current

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter opens the row's timeline and stops there (it must not also press the dialog's Close button)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def open_timeline(self, row: int) -> TimelineDialog | None:
        event = self.events_model.payload(row)
        if self._reports is None or event is None or event.order_id is None:
            return None
        self.timeline = TimelineDialog(self._reports.order_timeline(event.order_id), self._tz, self, highlight=event.id)
        self.timeline.show()
        return self.timeline


class EventsDialog(QDialog):
    """The events behind one count of the dashboard."""

    def __init__(
        self,
        title: str,
        events: Sequence[EventView],
        reports: ReportService,
        tz: dt.tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title, self.count = title, len(events)
        self.resize(1100, 520)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.table = EventsView(reports, tz, self)
        self.table.set_events(events)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()
        self.table.setFocus()  # arrows pick an event, Enter opens its timeline, Esc goes back

    def retranslate(self) -> None:
        self.setWindowTitle(self.title)
        self.heading.setText(
            tr(
                "<b>{title}</b> — %n event(s). Enter or double-click on one shows its order's whole "
                "timeline; Esc goes back.",
                None,
                self.count,
                title=self.title,
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "heading"):
            self.retranslate()


class TimelineDialog(QDialog):
    """Every scan, verdict, QC result, override and print of one order, with who and where, to the second."""

    def __init__(
        self, timeline: OrderTimeline, tz: dt.tzinfo, parent: QWidget | None = None, highlight: int | None = None
    ) -> None:
        super().__init__(parent)
        self.timeline, self.tz = timeline, tz
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
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
        self.retranslate()

    def retranslate(self) -> None:
        timeline = self.timeline
        self.setWindowTitle(tr("Order {ref} — timeline", ref=timeline.order_ref))
        closed = timeline.closed_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M:%S") if timeline.closed_at else "-"
        errors = sum(1 for e in timeline.events if e.error_type)
        facts = tr(
            "<b>Order {ref}</b> · {status} · {merchant} · Customer: {customer} · Lines: {lines} · Units: {units} "
            "· Closed: {closed} · Events: {events} · Errors: {errors}",
            ref=timeline.order_ref,
            status=status_name(timeline.status),
            merchant=timeline.merchant,
            customer=timeline.customer,
            lines=timeline.lines,
            units=timeline.units,
            closed=closed,
            events=len(timeline.events),
            errors=errors,
        )
        if timeline.exception_reason:
            facts += "<br>" + tr("Exception: {reason}", reason=timeline.exception_reason)
        self.heading.setText(facts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "heading"):
            self.retranslate()
