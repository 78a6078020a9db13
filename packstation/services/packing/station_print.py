"""Printing for the station facade: the order's slips and labels through the persistent print queue.

Slips come from the marketing service (issued once; a reprint prints the same codes) and are rendered with
`documents.marketing_slip`. Labels come from the labels service (`packstation.services.shipping.labels.LabelService`) when
this build has it. A job that fails stays in the queue as failed, with its reason, for the screen to show.

The first call after the station starts settles the jobs a crash left half-sent (`PrintQueue.recover`): a folder
printer's file proves the outcome; any other printer's job waits, `unknown`, for the packer's answer
(`confirm_print`). A print step repeated after a crash (the order resumes in the same step) does not print the
same document again: a job already queued, sending, sent, failed-and-retrying or unknown for it stands.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from packstation.config import Settings
from packstation.devices.print_queue import PrintQueue
from packstation.domain.errors import DomainError
from packstation.services.views import SessionView
from packstation.store.database import Store
from packstation.store.db import transaction
from packstation.store.print_jobs import PrintJobTable, enqueue_print_job

log = logging.getLogger(__name__)


class StationPrinting:
    """Print, reprint and list the jobs of one bench."""

    def __init__(self, store: Store, settings: Settings, packing: Any, *, printers: Any = None) -> None:
        self.store = store
        self.settings = settings
        self.packing = packing
        self.printers = printers
        self.queue = PrintQueue(PrintJobTable(store.sessions), print_dir=settings.print_dir, printers=printers)
        from packstation.services.marketing.service import MarketingService

        self.marketing = MarketingService(store.sessions)
        self._recovered = False

    @property
    def defer(self) -> bool:
        """Jobs for printers that can hang are sent by the window's print worker (`jobs()`), not inline."""
        return self.queue.defer

    @defer.setter
    def defer(self, value: bool) -> None:
        self.queue.defer = value

    def recover(self) -> list[Any]:
        """Once per station start: settle the jobs a crash left `sending` (see `PrintQueue.recover`)."""
        if self._recovered:
            return []
        settled = self.queue.recover(self.station_id)
        self._recovered = True
        return settled

    def confirm_print(self, job_id: int, printed: bool, user_id: int | None = None) -> Any:
        """The packer's answer for an unknown-outcome job: printed (-> sent) or not (-> printed again, recorded as a
        reprint with reason "outcome unknown after restart")."""
        self.recover()
        return self.queue.confirm(job_id, printed, user_id=user_id)

    def _already(self, document: str, order_id: int) -> bool:
        """A first print of this document for this order exists (queued, sending, sent, failed or unknown)."""
        from sqlalchemy import func, select

        from packstation.store.models.shipping import PrintJob

        with self.store.sessions() as db:
            return bool(
                db.scalar(
                    select(func.count())
                    .select_from(PrintJob)
                    .where(
                        PrintJob.order_id == order_id,
                        PrintJob.document == document,
                        PrintJob.reprint_of.is_(None),
                        PrintJob.reason == "",
                        PrintJob.status != "cancelled",
                    )
                )
            )

    def printer_status(self) -> list[tuple[str, Any]]:
        """("label" | "documents", PrinterStatus) for this bench's printers: asked, never printed to. Slow (a printer
        may not answer for seconds): the window calls it in a worker."""
        from packstation.devices.printer_status import printer_status
        from packstation.services.shipping.labels import PrinterConfig
        from packstation.store.models.people import Station

        with self.store.sessions() as db:
            station = db.get(Station, self.station_id)
            devices = dict(station.devices or {}) if station is not None else {}
        config = PrinterConfig.from_settings(self.settings).for_station(devices)
        roles = [("label", config.label_printer)]
        if config.document_printer != config.label_printer:
            roles.append(("documents", config.document_printer))
        return [(role, printer_status(uri, print_dir=self.settings.print_dir)) for role, uri in roles]

    @property
    def station_id(self) -> int:
        return int(self.packing.station_id)

    def jobs(self, limit: int = 12) -> list[Any]:
        """Newest first; retries due jobs on the way so the panel shows the queue as it really is.

        A failed job whose document has printed since (a reprint of the same label, or the same document of the
        same order sent later) is cancelled: the fault is fixed, and it must not keep retrying to a dead printer.
        """
        if self._recovered:
            # Most polls find nothing to do (the order's prints came out): one read, not the four transactions
            # below. The poll runs every 2 s in a worker thread whose Python holds the GIL a packer's scan waits on.
            idle = self.queue.jobs_when_idle(self.station_id, limit=limit)
            if idle is not None:
                return idle
        try:
            self.recover()
            self.queue.settle_scanned_labels(self.station_id)  # a label scanned on the box did come out
            self.queue.process(self.station_id, background=True)
        except Exception as exc:  # noqa: BLE001 - the failure is on the job rows; the panel shows them
            log.info("print queue processing failed: %s", exc)
        jobs = self.queue.jobs(self.station_id, limit=limit)
        printed: set[tuple[Any, ...]] = set()
        for job in sorted(jobs, key=lambda j: j.id, reverse=True):
            key = (job.document, job.order_id, job.label_id)
            if job.status == "sent":
                printed.add(key)
            elif job.status == "failed" and key in printed:
                self.queue.cancel(job.id)
        return self.queue.jobs(self.station_id, limit=limit)

    def _enqueue(
        self, document: str, payload: bytes, order_id: int, printer: str, *, reason: str = "", fmt: str = "pdf"
    ) -> int:
        with transaction(self.store.sessions) as db:
            job = enqueue_print_job(
                db,
                document=document,
                fmt=fmt,
                printer=printer,
                payload=payload,
                station_id=self.station_id,
                order_id=order_id,
                reason=reason,
            )
            job_id = job.id
        self.queue.process(self.station_id, job_ids=[job_id])
        return job_id

    # -- slips ------------------------------------------------------------------------------------------------------
    def print_slips(self, view: SessionView, *, reason: str = "") -> list[str]:
        """Issue (once) and print the order's marketing / apology / returns slips; their codes to scan."""
        from packstation.documents.marketing_slip import render_slips_pdf

        self.recover()
        contents = [c for c in self.marketing.slip_documents(view.order_id, issue=True) if not c.preview]
        if not contents:
            return []
        if not reason and self._already("marketing_slip", view.order_id):
            return [c.slip_code for c in contents]
        self._enqueue(
            "marketing_slip", render_slips_pdf(contents), view.order_id, self.settings.document_printer, reason=reason
        )
        return [c.slip_code for c in contents]

    # -- labels -----------------------------------------------------------------------------------------------------
    def _labels(self) -> Any:
        try:
            module = importlib.import_module("packstation.services.shipping.labels")
        except ImportError as exc:
            raise DomainError(
                "labels_unavailable",
                "Label printing is not available in this build; a lead can override the label step.",
            ) from exc
        service = module.LabelService(self.store, self.settings, printers=self.printers)
        service.queue.defer = self.queue.defer
        return service

    def print_labels(self, view: SessionView, *, reason: str = "") -> list[str]:
        """Issue and print a label per package; the tracking numbers to verify on the box."""
        self.recover()
        service = self._labels()
        service.print_labels(view.order_id, station_id=self.station_id)
        self.print_customer_documents(view.order_id, service)
        return [label.tracking_number for label in service.labels(view.order_id)]

    def print_customer_documents(self, order_id: int, service: Any = None) -> None:
        """Packing slip and returns slip (when the merchant offers returns) with the labels, once per order.

        A document that cannot even be rendered is left in the queue as a failed job with the reason, so the panel
        shows it in red; it does not hold up the labels."""
        if self._already("packing_slip", order_id):
            return
        service = service or self._labels()
        try:
            service.print_customer_documents(order_id, station_id=self.station_id)
        except Exception as exc:  # noqa: BLE001 - shown as a failed job, never hidden
            log.warning("customer documents of order %s failed: %s", order_id, exc)
            with transaction(self.store.sessions) as db:
                job = enqueue_print_job(
                    db,
                    document="packing_slip",
                    fmt="pdf",
                    printer=self.settings.document_printer,
                    payload=b"",
                    station_id=self.station_id,
                    order_id=order_id,
                )
                job.status, job.attempts = "failed", self.queue.max_attempts
                job.last_error = f"could not make the packing/returns slip: {exc}"[:500]

    def reprint(self, view: SessionView, reason: str) -> None:
        """The order's documents again (same slip codes, same tracking numbers), journaled by their services."""
        if view.slips_expected:
            self.print_slips(view, reason=reason)
        service = self._labels()
        for label in service.labels(view.order_id):
            service.reprint(label.id, reason, station_id=self.station_id)
        if self._already("packing_slip", view.order_id):  # the customer's documents too, once they had printed
            service.print_customer_documents(view.order_id, station_id=self.station_id, reason=reason)

    def void_labels(self, view: SessionView, reason: str) -> None:
        service = self._labels()
        for label in service.labels(view.order_id):
            service.void(label.id, reason, station_id=self.station_id)
