"""The evidence screen of the lead window: scan or type a tracking number, an SSCC or an order, and see everything
about the package (who, where, when, box, cushioning, weights, label, photo, QC, slips, every scan and verdict);
"Save as PDF" writes the same record `packstation evidence CODE --out claim.pdf` prints.

The look-up and the PDF run in workers (`packstation.gui.workers`): a large order's journal never holds the
window. Tests drive it through `find(code)` and `save_pdf(path)`, waiting on `busy`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.evidence import Evidence
from packstation.gui import workers
from packstation.gui.lead.drilldown import EventsView, status_name
from packstation.gui.messages import error_text, tr
from packstation.gui.slots import slot
from packstation.services.reports.evidence import EvidenceService


def _when(value: dt.datetime | None, tz: dt.tzinfo) -> str:
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if value is not None else "–"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class EvidencePanel(QWidget):
    def __init__(self, evidence: EvidenceService, reports: Any, tz: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = evidence
        self.tz = tz
        self.record: Evidence | None = None
        self.busy = False
        self.code = QLineEdit()
        self.code.setObjectName("evidenceCode")
        self.code.setPlaceholderText(tr("Tracking number, SSCC or order"))
        self.code.returnPressed.connect(slot(lambda: self.find(self.code.text())))
        self.find_button = QPushButton(tr("Find"))
        self.find_button.clicked.connect(slot(lambda: self.find(self.code.text())))
        self.pdf_button = QPushButton(tr("Save as PDF ..."))
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(slot(self._ask_pdf))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Evidence for")))
        top.addWidget(self.code, 1)
        top.addWidget(self.find_button)
        top.addWidget(self.pdf_button)
        self.message = QLabel()
        self.message.setObjectName("evidenceMessage")
        self.message.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("evidenceSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.photo = QLabel()
        self.photo.setObjectName("evidencePhoto")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.photo.setMinimumWidth(360)
        details = QHBoxLayout()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        details.addWidget(scroll, 3)
        details.addWidget(self.photo, 2)
        self.events = EventsView(reports, tz)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(details, 3)
        layout.addWidget(QLabel(tr("Every scan and verdict")))
        layout.addWidget(self.events, 2)

    # -- look-up ----------------------------------------------------------------------------------------------------
    def find(self, code: str) -> None:
        code = code.strip()
        if not code or self.busy:
            return
        self.code.setText(code)
        self.busy = True
        self.message.setText(tr("Looking up {code} ...", code=code))
        workers.run_in_background(
            lambda: self.service.evidence(code),
            on_done=slot(self.show_record),
            on_error=slot(self._failed),
            lane=f"evidence:{id(self)}",
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.record = None
        self.pdf_button.setEnabled(False)
        self.message.setText(error_text(exc))

    def show_record(self, record: Evidence) -> None:
        self.busy = False
        self.record = record
        self.pdf_button.setEnabled(True)
        self.message.setText("")
        tz = self.tz
        parts = [
            f"<h2>{_esc(tr('Order {ref}', ref=record.order_ref))}</h2>",
            f"<b>{tr('Merchant')}</b>: {_esc(record.merchant)} &nbsp; <b>{tr('Customer')}</b>: "
            f"{_esc(record.customer)} &nbsp; <b>{tr('Status')}</b>: {_esc(status_name(record.order_status))}<br>",
            f"<b>{tr('Packed by')}</b>: {_esc(', '.join(record.packers) or '–')} &nbsp; <b>{tr('Station')}</b>: "
            f"{_esc(', '.join(record.stations) or '–')}<br>",
            f"<b>{tr('Started')}</b>: {_when(record.started_at, tz)} &nbsp; <b>{tr('Finished')}</b>: "
            f"{_when(record.ended_at, tz)}<br>",
        ]
        for package in record.packages:
            weight = tr("not weighed") if package.measured_weight_g is None else f"{package.measured_weight_g} g"
            cushioning = ", ".join(f"{k} × {v}" for k, v in package.cushioning.items()) or tr("none")
            labels = ", ".join(f"{lab.tracking_number} ({lab.status})" for lab in package.labels) or "–"
            photo = next((p for p in package.photos if p.path), None)
            photo_text = (
                tr("taken {when}, SHA-256 {hash}", when=_when(photo.taken_at, tz), hash=photo.sha256[:16] + "…")
                if photo is not None and photo.sha256
                else tr(
                    "no photo: {reason}", reason=next((p.reason for p in package.photos if p.reason), tr("no camera"))
                )
            )
            parts.append(
                f"<h3>{_esc(tr('Package {n} of {count}', n=package.package_no, count=package.packages))}</h3>"
                f"<b>{tr('Box')}</b>: {_esc(package.box_code)} {_esc(package.box_name)} &nbsp; "
                f"<b>{tr('Cushioning')}</b>: {_esc(cushioning)}<br>"
                f"<b>{tr('Expected weight')}</b>: {package.expected_weight_g} g &nbsp; "
                f"<b>{tr('Measured weight')}</b>: {weight}<br>"
                f"<b>{tr('Label')}</b>: {_esc(labels)} &nbsp; <b>SSCC</b>: {_esc(package.sscc or '–')}<br>"
                f"<b>{tr('Photo')}</b>: {_esc(photo_text)}<br>"
                + "".join(
                    f"&nbsp;&nbsp;{q} × {_esc(sku)} {_esc(name)} {_esc(extra)}<br>"
                    for sku, name, q, extra in package.contents
                )
            )
        if record.qc:
            parts.append(
                f"<h3>{tr('Quality checks')}</h3>"
                + "".join(
                    f"{_when(q.at, tz)} {_esc(q.check)} {_esc(q.sku)}: "
                    f"{tr('passed') if q.passed else tr('FAILED')}{' (' + tr('overridden') + ')' if q.overridden else ''}"
                    f"<br>"
                    for q in record.qc
                )
            )
        if record.slips:
            parts.append(
                f"<h3>{tr('Slips and coupons')}</h3>"
                + "".join(
                    f"{_esc(s.slip_code)} {_esc(s.kind)} {_esc(s.campaign)} {_esc(s.coupon)} ({_esc(s.status)})<br>"
                    for s in record.slips
                )
            )
        self.summary.setText("".join(parts))
        self.events.set_events(record.events)
        self._show_photo(record)

    def _show_photo(self, record: Evidence) -> None:
        path = next((p.path for pkg in record.packages for p in pkg.photos if p.path and Path(p.path).is_file()), None)
        if path is None:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(tr("No photo"))
            return
        pixmap = QPixmap(path)
        self.photo.setPixmap(
            pixmap.scaledToWidth(min(480, max(pixmap.width(), 1)), Qt.TransformationMode.SmoothTransformation)
        )

    # -- the claim PDF ----------------------------------------------------------------------------------------------
    @classmethod
    def ask_path(cls, parent: QWidget, suggested: str) -> str:
        """The file to write (a test replaces this)."""
        return QFileDialog.getSaveFileName(parent, tr("Save the evidence record"), suggested, "PDF (*.pdf)")[0]

    def _ask_pdf(self) -> None:
        if self.record is None:
            return
        path = self.ask_path(self, f"evidence-{self.record.order_ref}.pdf")
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        record = self.record
        if record is None:
            return
        self.busy = True

        def write() -> Path:
            from packstation.documents.evidence import render_evidence_pdf

            path.write_bytes(render_evidence_pdf(record))
            return path

        workers.run_in_background(
            write,
            on_done=slot(self._saved),
            on_error=slot(self._failed_pdf),
            lane=f"evidence-pdf:{id(self)}",
            owner=self,
        )

    def _saved(self, path: Path) -> None:
        self.busy = False
        self.message.setText(tr("Saved {path}", path=str(path)))

    def _failed_pdf(self, exc: BaseException) -> None:
        self.busy = False
        self.message.setText(error_text(exc))
