"""The lead's complaint screen: a customer's complaint against a shipped order, typed in with the keyboard alone.

Type or scan the order (Enter), choose what went wrong (damaged, wrong item, missing item), type how many units of
each line the complaint is about (the cursor starts in the first line's units), a note, then Ctrl+Enter. The
package's evidence (who packed it where, box, weights, photo, scans) shows beside the complaint when there is one.
Recording creates the replacement order (first in the queue, apology slip and coupon in its box) and counts the
error back to the packer, station and SKU; the list below shows the latest complaints.

Signals: `recorded(object)` with the IncidentView once stored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.evidence import Evidence
from packstation.gui import workers
from packstation.gui.lead.drilldown import status_name
from packstation.gui.lead.models import RowsModel
from packstation.gui.messages import N_, error_text, tr
from packstation.gui.slots import slot
from packstation.services.shipping.incidents import IncidentService, IncidentView, ShippedOrder

KINDS: dict[str, str] = {"damaged": N_("Damaged"), "wrong_item": N_("Wrong item"), "missing_item": N_("Missing item")}
LINE_HEADERS = (N_("Line"), N_("SKU"), N_("Description"), N_("Shipped"), N_("Complaint units"))
UNITS_COLUMN = 4
RECENT_HEADERS = (
    N_("Recorded"),
    N_("Order"),
    N_("What"),
    N_("Lines"),
    N_("Packed by"),
    N_("Station"),
    N_("Replacement"),
    N_("Status"),
    N_("Note"),
)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class IncidentsPanel(QWidget):
    recorded = Signal(object)

    def __init__(
        self, incidents: IncidentService, evidence: Any, lead_user_id: int, tz: dt.tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.evidence_service, self.lead_user_id, self.tz = incidents, evidence, lead_user_id, tz
        self.order: ShippedOrder | None = None
        self.evidence: Evidence | None = None
        self.order_field = QLineEdit()
        self.order_field.setObjectName("incidentOrder")
        self.order_field.returnPressed.connect(slot(lambda: self.load(self.order_field.text())))
        self.kind = QComboBox()
        for kind_id in KINDS:
            self.kind.addItem("", kind_id)
        self.lines = QTableWidget(0, len(LINE_HEADERS))
        self.lines.setObjectName("incidentLines")
        self.lines.setTabKeyNavigation(False)  # Tab goes on to the note
        self.lines.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.lines.verticalHeader().setVisible(False)
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.record_button = QPushButton()
        self.record_button.setEnabled(False)
        self.record_button.clicked.connect(slot(self.submit))
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot(self.submit))
        shortcut2 = QShortcut(QKeySequence("Ctrl+Enter"), self)
        shortcut2.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut2.activated.connect(slot(self.submit))
        self.message = QLabel()
        self.message.setObjectName("incidentMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.form_labels: list[tuple[QLabel, str]] = []
        form = QFormLayout()
        for text, widget in (
            (N_("Complaint about order"), self.order_field),
            (N_("What went wrong"), self.kind),
            (N_("Lines"), self.lines),
            (N_("Note"), self.note),
        ):
            label = QLabel()
            label.setBuddy(widget)
            self.form_labels.append((label, text))
            form.addRow(label, widget)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)
        self.evidence_title = QLabel()
        self.evidence_summary = QLabel()
        self.evidence_summary.setObjectName("incidentEvidence")
        self.evidence_summary.setWordWrap(True)
        self.evidence_summary.setTextFormat(Qt.TextFormat.RichText)
        self.evidence_summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.photo = QLabel()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.evidence_title)
        right_layout.addWidget(self.evidence_summary, 1)
        right_layout.addWidget(self.photo, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([700, 600])
        self.recent_title = QLabel()
        self.recent_model = RowsModel(RECENT_HEADERS, self)
        self.recent = QTableView()
        self.recent.setModel(self.recent_model)
        self.recent.setTabKeyNavigation(False)
        self.recent.setAlternatingRowColors(True)
        self.recent.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.recent.verticalHeader().setVisible(False)
        self.recent.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 3)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent, 2)
        self.setTabOrder(self.order_field, self.kind)
        self.setTabOrder(self.kind, self.lines)
        self.setTabOrder(self.lines, self.note)
        self.setTabOrder(self.note, self.record_button)
        self.retranslate()
        self.reload()

    # -- language ---------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for label, text in self.form_labels:
            label.setText(tr(text))
        for index, kind_id in enumerate(KINDS):
            self.kind.setItemText(index, tr(KINDS[kind_id]))
        self.lines.setHorizontalHeaderLabels([tr(h) for h in LINE_HEADERS])
        self.order_field.setPlaceholderText(tr("Order reference or pick-ticket barcode, then Enter"))
        self.note.setPlaceholderText(tr("What the customer said (optional)"))
        self.record_button.setText(tr("Record complaint and replacement (Ctrl+Enter)"))
        self.evidence_title.setText("<b>" + tr("The package's evidence") + "</b>")
        self.recent_title.setText("<b>" + tr("Latest complaints") + "</b>")
        self.recent_model.retranslate()
        if self.evidence is not None:
            self._show_evidence(self.evidence)

    # -- the order --------------------------------------------------------------------------------------------------
    def load(self, code: str) -> None:
        """Show a shipped order's lines to complain about (and look its evidence up beside it)."""
        code = code.strip()
        if not code:
            return
        try:
            order = self.service.shipped_order(code)
        except Exception as exc:  # a DomainError in the lead's words; a database fault too
            self._clear()
            self.message.setText("<span style='color:#c62828'>" + _esc(error_text(exc)) + "</span>")
            return
        self.order = order
        self.lines.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            for column, value in enumerate((line.line_no, line.sku, line.description, line.quantity, 0)):
                item = QTableWidgetItem(str(value))
                if column != UNITS_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, column, item)
        self.lines.resizeColumnsToContents()
        if order.lines:
            self.lines.setCurrentCell(0, UNITS_COLUMN)
        self.record_button.setEnabled(True)
        earlier = "; ".join(
            tr("{kind}, replacement {replacement}", kind=tr(KINDS.get(i.kind, i.kind)), replacement=i.replacement_ref)
            for i in order.incidents
        )
        self.message.setText(
            tr(
                "Order {ref} ({merchant}, {customer}) shipped {when}.",
                ref=order.order_ref,
                merchant=order.merchant,
                customer=order.customer,
                when=order.closed_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M") if order.closed_at else "–",
            )
            + (" " + tr("Earlier complaints: {list}", list=earlier) if earlier else "")
        )
        self.kind.setFocus()
        self.evidence = None
        self.evidence_summary.setText(tr("Looking up {code} ...", code=order.order_ref))
        self.photo.clear()
        if self.evidence_service is not None:
            ref = order.order_ref
            workers.run_in_background(
                lambda: self.evidence_service.evidence(ref),
                on_done=slot(self._show_evidence),
                on_error=slot(self._no_evidence),
                lane=f"incident-evidence:{id(self)}",
                owner=self,
            )

    def _clear(self) -> None:
        self.order = None
        self.lines.setRowCount(0)
        self.record_button.setEnabled(False)
        self.evidence = None
        self.evidence_summary.setText("")
        self.photo.clear()

    def units(self) -> dict[int, int]:
        """Line number -> the units typed (a cell that is not a whole number is a ValueError naming the line)."""
        if self.order is None:
            return {}
        out: dict[int, int] = {}
        for row, line in enumerate(self.order.lines):
            item = self.lines.item(row, UNITS_COLUMN)
            text = item.text().strip() if item is not None else ""
            if not text:
                continue
            if not text.isdigit():
                raise ValueError(tr("Line {line}: type a number of units, not {text}", line=line.line_no, text=text))
            if int(text):
                out[line.line_no] = int(text)
        return out

    def submit(self) -> IncidentView | None:
        """Record the complaint shown (Ctrl+Enter)."""
        if self.order is None:
            return None
        if self.lines.state() == QAbstractItemView.State.EditingState:  # a number still being typed counts
            self.lines.setCurrentCell(self.lines.currentRow(), 0)
        try:
            view = self.service.record(
                self.order.order_id,
                str(self.kind.currentData()),
                self.units(),
                self.note.text(),
                lead_id=self.lead_user_id,
            )
        except ValueError as exc:
            self.message.setText("<span style='color:#c62828'>" + _esc(str(exc)) + "</span>")
            return None
        except Exception as exc:
            self.message.setText("<span style='color:#c62828'>" + _esc(error_text(exc)) + "</span>")
            return None
        lines = ", ".join(f"{ln.quantity} × {ln.sku}" for ln in view.lines)
        self.message.setText(
            "<span style='color:#2e7d32'>"
            + _esc(
                tr(
                    "Complaint recorded ({lines}). Replacement order {replacement} is first in the queue; its box gets the "
                    "apology slip and coupon.",
                    lines=lines,
                    replacement=view.replacement_ref,
                )
            )
            + "</span>"
        )
        self.order = None
        self.lines.setRowCount(0)
        self.record_button.setEnabled(False)
        self.note.clear()
        self.order_field.clear()
        self.order_field.setFocus()
        self.reload()
        self.recorded.emit(view)
        return view

    # -- evidence beside it -----------------------------------------------------------------------------------------
    def _no_evidence(self, exc: BaseException) -> None:
        self.evidence_summary.setText(tr("No evidence for this order: {reason}", reason=_esc(error_text(exc))))

    def _show_evidence(self, record: Evidence) -> None:
        self.evidence = record
        tz = self.tz
        parts = [
            f"<b>{tr('Packed by')}</b>: {_esc(', '.join(record.packers) or '–')} &nbsp; "
            f"<b>{tr('Station')}</b>: {_esc(', '.join(record.stations) or '–')}<br>"
            f"<b>{tr('Finished')}</b>: "
            f"{record.ended_at.astimezone(tz).strftime('%Y-%m-%d %H:%M:%S') if record.ended_at else '–'}<br>"
        ]
        for package in record.packages:
            weight = tr("not weighed") if package.measured_weight_g is None else f"{package.measured_weight_g} g"
            parts.append(
                f"<b>{_esc(tr('Package {n} of {count}', n=package.package_no, count=package.packages))}</b>: "
                f"{_esc(package.box_code)} &nbsp; <b>{tr('Expected weight')}</b>: {package.expected_weight_g} g "
                f"&nbsp; <b>{tr('Measured weight')}</b>: {weight}<br>"
                + "".join(
                    f"&nbsp;&nbsp;{q} × {_esc(sku)} {_esc(name)} {_esc(extra)}<br>"
                    for sku, name, q, extra in package.contents
                )
            )
        scans = [e for e in record.events if e.kind == "scan"]
        parts.append(
            f"<b>{tr('Scans')}</b>: {len(scans)}<br>"
            + "".join(
                f"&nbsp;&nbsp;{e.at.astimezone(tz).strftime('%H:%M:%S')} {_esc(e.sku)} {_esc(e.code)}<br>"
                for e in scans[:12]
            )
        )
        self.evidence_summary.setText("".join(parts))
        path = next((p.path for pkg in record.packages for p in pkg.photos if p.path and Path(p.path).is_file()), None)
        if path is None:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(tr("No photo"))
        else:
            pixmap = QPixmap(path)
            self.photo.setPixmap(
                pixmap.scaledToWidth(min(360, max(pixmap.width(), 1)), Qt.TransformationMode.SmoothTransformation)
            )

    # -- the list ---------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            recent = self.service.recent()
        except Exception as exc:
            self.message.setText("<span style='color:#c62828'>" + _esc(error_text(exc)) + "</span>")
            return
        self.recent_model.set_rows(
            [
                [
                    i.recorded_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"),
                    i.order_ref,
                    tr(KINDS.get(i.kind, i.kind)),
                    ", ".join(f"{ln.quantity} × {ln.sku}" for ln in i.lines),
                    ", ".join(sorted({ln.packer for ln in i.lines if ln.packer})),
                    ", ".join(sorted({ln.station for ln in i.lines if ln.station})),
                    i.replacement_ref,
                    status_name(i.replacement_status),
                    i.note,
                ]
                for i in recent
            ]
        )
        self.recent.resizeColumnsToContents()
