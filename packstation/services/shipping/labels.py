"""Labels for an order's packages: issue (tracking number + SSCC), print through the queue, reprint, void, verify.

One transaction per call; plain values out. A voided tracking number is never reused (labels.tracking_number is
unique) and is counted in the journal (error_type `label_void`). A demo database (app_meta `mode` = `demo`) gets
the DEMO watermark and tracking numbers from the reserved demo range, which no carrier accepts.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from packstation.config import Settings
from packstation.devices.print_queue import PrintJobView, PrintQueue
from packstation.devices.printers import Printer
from packstation.documents.label import render_labels_pdf
from packstation.documents.packing_slip import render_packing_slip_pdf
from packstation.documents.returns_slip import render_returns_slip_pdf
from packstation.documents.zpl import render_labels_zpl
from packstation.domain.carriers import carrier_for, make_demo_tracking, make_sscc
from packstation.domain.errors import DomainError, ValidationError
from packstation.domain.label_sources import (
    OFFLINE,
    BoughtLabel,
    LabelRequest,
    LabelSourceError,
    check_bought_label,
)
from packstation.domain.label_sources import Address as CarrierAddress
from packstation.domain.ports import Clock, SystemClock
from packstation.domain.vocabulary import ErrorType, EventKind, Severity, VerdictCode
from packstation.integrations.karrio_labels import KarrioLabels
from packstation.integrations.sources import LabelSources
from packstation.services.shipping import label_documents as docs
from packstation.services.views import VerdictView
from packstation.store.database import Store
from packstation.store.db import transaction
from packstation.store.models.orders import Order
from packstation.store.models.packing import Event
from packstation.store.models.people import Station
from packstation.store.models.shipping import Label, Package, PrintJob, ReturnLabel
from packstation.store.print_jobs import PrintJobTable, enqueue_print_job, label_has_printed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LabelView:
    id: int
    order_id: int
    package_id: int
    package_no: int
    package_count: int
    carrier: str
    service: str
    tracking_number: str
    sscc: str
    status: str  # issued | printed | verified | voided
    printed_count: int
    demo: bool


@dataclass(frozen=True)
class ReturnLabelView:
    order_id: int
    carrier: str
    service: str
    tracking_number: str
    return_code: str
    demo: bool


# Return labels draw their numbers from the order's carrier like outbound labels do, from serials far above the
# outbound labels' (labels.id): the two never meet until a site has issued five million labels, and a clash is
# refused rather than printed.
RETURN_SERIAL_OFFSET = 5_000_000


@dataclass(frozen=True)
class PrinterConfig:
    """Where labels and documents of one bench go: Settings, overridden by the station's `devices` JSON."""

    label_printer: str = ""
    document_printer: str = ""
    label_format: str = "pdf"
    label_dpi: int = 203
    print_dir: Path = field(default_factory=lambda: Settings().print_dir)

    @classmethod
    def from_settings(cls, settings: Settings) -> PrinterConfig:
        return cls(
            settings.label_printer,
            settings.document_printer,
            settings.label_format,
            settings.label_dpi,
            settings.print_dir,
        )

    def for_station(self, devices: dict[str, Any]) -> PrinterConfig:
        known: dict[str, Any] = {
            k: devices[k] for k in ("label_printer", "document_printer", "label_format", "label_dpi") if k in devices
        }
        return PrinterConfig(**{**self.__dict__, **known})


_SSCC_SCAN = re.compile(r"(?:\]C1)?(?:\(00\)|00)(\d{18})")


class LabelService:
    """The label use cases for the packing flow, the CLI and demo mode."""

    def __init__(
        self,
        store: Store,
        config: Settings | PrinterConfig | None = None,
        *,
        printers: Callable[[str], Printer] | None = None,
        clock: Clock | None = None,
        sources: LabelSources | None = None,
    ) -> None:
        self.store = store
        self.config = (
            PrinterConfig.from_settings(config) if isinstance(config, Settings) else (config or PrinterConfig())
        )
        if sources is None:
            sources = (
                LabelSources(config.label_sources, config.karrio) if isinstance(config, Settings) else LabelSources()
            )
        self.sources = sources
        self._bought_now: list[tuple[str, BoughtLabel]] = []
        self.clock: Clock = clock or SystemClock()
        self.queue = PrintQueue(
            PrintJobTable(store.sessions), print_dir=self.config.print_dir, printers=printers, now=self.clock.now
        )

    # -- internals ---------------------------------------------------------------------------------------------
    def _event(
        self,
        db: Session,
        kind: EventKind,
        code: str,
        *,
        order_id: int | None,
        user_id: int | None,
        station_id: int | None,
        error_type: ErrorType | None = None,
        raw: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> Event:
        event = Event(
            event_uuid=str(uuid.uuid4()),
            at=self.clock.now(),
            kind=kind.value,
            code=code,
            error_type=error_type.value if error_type else None,
            order_id=order_id,
            station_id=station_id,
            user_id=user_id,
            raw=raw[:400] if raw else raw,
            detail=detail or {},
        )
        db.add(event)
        db.flush()
        return event

    def _station_config(self, db: Session, station_id: int | None) -> PrinterConfig:
        station = db.get(Station, station_id) if station_id is not None else None
        return self.config.for_station(station.devices or {}) if station else self.config

    @staticmethod
    def _view(label: Label, package: Package, count: int) -> LabelView:
        return LabelView(
            label.id,
            label.order_id,
            package.id,
            package.package_no,
            count,
            label.carrier,
            label.service,
            label.tracking_number,
            package.sscc or "",
            label.status,
            label.printed_count,
            label.demo,
        )

    @staticmethod
    def _active(db: Session, order_id: int) -> list[tuple[Label, Package]]:
        rows = db.execute(
            select(Label, Package)
            .join(Package, Package.id == Label.package_id)
            .where(Label.order_id == order_id, Label.status != "voided")
            .order_by(Package.package_no, Label.id)
        )
        return [(label, package) for label, package in rows]

    def _issue(self, db: Session, order_id: int, user_id: int | None, station_id: int | None) -> list[LabelView]:
        facts = docs.load_order(db, order_id)
        if not facts.packages:
            raise DomainError(
                "no_packages", f"Order {facts.order.external_ref} has no packages to label yet.", order_id=order_id
            )
        demo = docs.is_demo(db)
        carrier_code = facts.order.carrier
        if demo or self.sources.spec_for(facts.merchant.code, carrier_code, facts.order.service) == OFFLINE:
            carrier_code = carrier_for(carrier_code).code  # an unknown built-in carrier is refused in words
        labelled = {package.id for _, package in self._active(db, order_id)}
        prefix = docs.company_prefix(db, facts.merchant)
        for package in facts.packages:
            if package.id in labelled:
                continue
            if not package.sscc:
                package.sscc = make_sscc(prefix, package.id)
            label = Label(
                package_id=package.id,
                order_id=order_id,
                carrier=carrier_code,
                service=facts.order.service,
                tracking_number=f"pending-{uuid.uuid4().hex[:24]}",
                demo=demo,
                created_at=self.clock.now(),
            )
            db.add(label)
            db.flush()
            if demo:  # training never reaches a carrier or the site's shipping system
                label.tracking_number = make_demo_tracking(label.id)
            else:
                self._buy(db, facts, package, label, self._station_config(db, station_id), user_id, station_id)
            self._event(
                db,
                EventKind.PRINT,
                "label_issued",
                order_id=order_id,
                user_id=user_id,
                station_id=station_id,
                raw=label.tracking_number,
                detail={
                    "label_id": label.id,
                    "package_no": package.package_no,
                    "sscc": package.sscc,
                    "source": label.source,
                },
            )
        db.flush()
        return [self._view(label, package, len(facts.packages)) for label, package in self._active(db, order_id)]

    def _buy(
        self,
        db: Session,
        facts: docs.OrderFacts,
        package: Package,
        label: Label,
        config: PrinterConfig,
        user_id: int | None,
        station_id: int | None,
    ) -> None:
        """The package's label from its configured source, checked before anything prints. A source that fails
        leaves no label (the order cannot close) and a journal line naming the source and why."""
        spec = self.sources.spec_for(facts.merchant.code, label.carrier, label.service)
        request = self._request(db, facts, package, label, config)
        try:
            bought = check_bought_label(self.sources.source(spec).buy(request, serial=label.id), request)
            if (
                spec != OFFLINE
                and bought.external_id
                and db.scalar(
                    select(Label.id).where(
                        Label.source == spec, Label.external_id == bought.external_id, Label.id != label.id
                    )
                )
            ):
                raise LabelSourceError(
                    "label_source_reused",
                    f"{bought.source} offered label "
                    f"{bought.external_id} for order {request.order_ref} again, but the station "
                    "has used it before; make a new label there.",
                    source=bought.source,
                    order=request.order_ref,
                )
            taken = db.scalar(select(Label.order_id).where(Label.tracking_number == bought.tracking_number))
            if taken is not None:
                raise LabelSourceError(
                    "label_source_reused",
                    f"{bought.source} answered tracking number "
                    f"{bought.tracking_number}, which is already on another label; nothing "
                    "was printed.",
                    source=bought.source,
                    order=request.order_ref,
                )
        except LabelSourceError as error:
            error.params.setdefault("order_id", facts.order.id)
            error.journal = (facts.order.id, user_id, station_id)  # type: ignore[attr-defined]
            raise
        self._bought_now.append((spec, bought))
        label.tracking_number, label.source = bought.tracking_number, spec
        label.document, label.document_format, label.external_id = (
            bought.document,
            bought.document_format,
            bought.external_id,
        )

    @contextmanager
    def _issuing(self) -> Iterator[Session]:
        """The transaction that issues labels. When a source refuses one, the labels this call already bought
        elsewhere are voided there (the transaction that knew them is rolled back: no paid label is left
        behind unknown), and the refusal is journaled after the rollback."""
        self._bought_now = []
        try:
            with transaction(self.store.sessions) as db:
                yield db
        except LabelSourceError as error:
            for spec, bought in self._bought_now:
                try:
                    self.sources.source(spec).void(bought)
                except LabelSourceError as void_error:
                    log.warning(
                        "could not void %s after a later label failed: %s", bought.tracking_number, void_error.message
                    )
            journal: tuple[int, int | None, int | None] | None = getattr(error, "journal", None)
            if journal is not None:
                self._refused_label(*journal, error)
            raise
        finally:
            self._bought_now = []

    def _refused_label(
        self, order_id: int, user_id: int | None, station_id: int | None, error: LabelSourceError
    ) -> None:
        """Journal a source's refusal in its own transaction (the label's transaction was rolled back)."""
        with transaction(self.store.sessions) as db:
            self._event(
                db,
                EventKind.PRINT,
                "label_source_failed",
                order_id=order_id,
                user_id=user_id,
                station_id=station_id,
                raw=error.message[:400],
                detail={"code": error.code, **{k: str(v) for k, v in error.params.items()}},
            )

    @staticmethod
    def _request(
        db: Session, facts: docs.OrderFacts, package: Package, label: Label, config: PrinterConfig
    ) -> LabelRequest:
        def address(a: Any) -> CarrierAddress:
            return CarrierAddress(a.name, a.line1, a.line2, a.postal_code, a.city, a.region, a.country, a.phone)

        length, width, height = docs.package_dims(db, package)
        return LabelRequest(
            merchant=facts.merchant.code,
            order_ref=facts.order.external_ref,
            carrier=label.carrier,
            service=label.service,
            package_no=package.package_no,
            package_count=len(facts.packages),
            weight_g=package.measured_weight_g or package.expected_weight_g,
            length_mm=length,
            width_mm=width,
            height_mm=height,
            ship_from=address(docs.ship_from(facts.merchant)),
            ship_to=address(docs.ship_to(facts)),
            label_format=config.label_format,
            dpi=config.label_dpi,
        )

    def _render(self, db: Session, pairs: list[tuple[Label, Package]], fmt: str, dpi: int) -> bytes:
        bought = [label for label, _ in pairs if label.document]
        if bought:
            return self._bought_documents(bought, len(pairs), fmt)
        facts = docs.load_order(db, pairs[0][0].order_id)
        data = [docs.label_data(db, facts, package, label) for label, package in pairs]
        if fmt == "zpl":
            return render_labels_zpl(data, dpi=dpi).encode("utf-8")
        if fmt == "pdf":
            return render_labels_pdf(data, dpi=dpi)
        raise ValidationError("bad_format", f"label format must be pdf or zpl, not {fmt!r}", format=fmt)

    @staticmethod
    def _bought_documents(bought: list[Label], count: int, fmt: str) -> bytes:
        """A carrier's or shipping system's own labels, printed as they came (never redrawn)."""
        if len(bought) != count:
            raise ValidationError(
                "mixed_label_sources",
                "This order's labels come from different sources; print them box by box.",
                format=fmt,
            )
        wrong = [label for label in bought if label.document_format != fmt]
        if wrong:
            raise ValidationError(
                "bad_format",
                f"label {wrong[0].tracking_number} came from "
                f"{wrong[0].source} as {wrong[0].document_format.upper()}, not "
                f"{fmt.upper()}",
                format=fmt,
            )
        if fmt == "pdf" and len(bought) > 1:
            raise ValidationError(
                "bought_pdf_per_box",
                "Carrier PDF labels print one box at a time; give one box, or use ZPL.",
                format=fmt,
            )
        return b"".join(label.document or b"" for label in bought)

    # -- use cases ---------------------------------------------------------------------------------------------
    def issue_labels(
        self, order_id: int, *, user_id: int | None = None, station_id: int | None = None
    ) -> list[LabelView]:
        """A label (tracking number + SSCC) for every package without one; idempotent."""
        with self._issuing() as db:
            return self._issue(db, order_id, user_id, station_id)

    def order_id_for(self, text: str) -> int:
        """An order by its reference, pick-ticket barcode or id; refused in words when none or several match."""
        with self.store.sessions() as db:
            conditions = [Order.external_ref == text, Order.order_barcode == text]
            if text.isdigit() and len(text) < 12:
                conditions.append(Order.id == int(text))
            ids = list(db.scalars(select(Order.id).where(or_(*conditions))))
        if not ids:
            raise DomainError(
                "order_not_found", f"order {text!r} not found (give its reference, barcode or id)", order=text
            )
        if len(ids) > 1:
            raise DomainError(
                "ambiguous_order", f"order {text!r} is ambiguous ({len(ids)} orders match); give its id", order=text
            )
        return ids[0]

    def carrier_rates(self, order_id: int) -> list[tuple[int, list[tuple[str, str, str, int | None]]]]:
        """What the order's configured carrier connection asks for each of its boxes: (box no, rates)."""
        with self.store.sessions() as db:
            facts = docs.load_order(db, order_id)
            if not facts.packages:
                raise DomainError(
                    "no_packages",
                    f"Order {facts.order.external_ref} has no boxes yet: rates need the box and its weight.",
                    order_id=order_id,
                )
            spec = self.sources.spec_for(facts.merchant.code, facts.order.carrier, facts.order.service)
            source = self.sources.source(spec)
            if not isinstance(source, KarrioLabels):
                raise DomainError(
                    "no_carrier_rates",
                    f"Order {facts.order.external_ref}'s labels come from "
                    f"{source.name}, which quotes no rates; the box plan prices from the rate file.",
                    order_id=order_id,
                )
            requests = []
            for package in facts.packages:
                label = Label(carrier=facts.order.carrier, service=facts.order.service)
                requests.append((package.package_no, self._request(db, facts, package, label, self.config)))
        return [(number, source.rates(request)) for number, request in requests]

    def manifest(self, connection: str, day: dt.date) -> tuple[int, bytes]:
        """The end-of-day manifest of one karrio connection: (labels on it, the carrier's document)."""
        spec = f"karrio:{connection}"
        if spec not in {f"karrio:{name}" for name in self.sources.karrio}:
            raise DomainError(
                "no_such_connection",
                f"there is no [karrio.{connection}] connection in the configuration",
                connection=connection,
            )
        start = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
        with self.store.sessions() as db:
            labels = list(
                db.scalars(
                    select(Label).where(
                        Label.source == spec,
                        Label.status != "voided",
                        Label.created_at >= start,
                        Label.created_at < start + dt.timedelta(days=1),
                    )
                )
            )
            if not labels:
                raise DomainError(
                    "manifest_empty", f"No labels from {connection} on {day:%Y-%m-%d}.", connection=connection
                )
            merchant = docs.load_order(db, labels[0].order_id).merchant
            ship_from = docs.ship_from(merchant)
        source = self.sources.source(spec)
        assert isinstance(source, KarrioLabels)
        return len(labels), source.manifest([label.external_id for label in labels if label.external_id], ship_from)

    def labels(self, order_id: int, *, include_voided: bool = False) -> list[LabelView]:
        with self.store.sessions() as db:
            count = db.scalar(select(func.count()).select_from(Package).where(Package.order_id == order_id)) or 0
            query = (
                select(Label, Package)
                .join(Package, Package.id == Label.package_id)
                .where(Label.order_id == order_id)
                .order_by(Package.package_no, Label.id)
            )
            if not include_voided:
                query = query.where(Label.status != "voided")
            return [self._view(label, package, count) for label, package in db.execute(query)]

    def render_labels(self, order_id: int, fmt: str = "pdf", dpi: int = 203) -> bytes:
        """The order's active labels as one document (issued first if need be), e.g. for `packstation label`."""
        with self._issuing() as db:
            self._issue(db, order_id, None, None)
            return self._render(db, self._active(db, order_id), fmt, dpi)

    def print_labels(
        self, order_id: int, *, station_id: int | None = None, user_id: int | None = None
    ) -> list[PrintJobView]:
        """Issue if need be, queue one job per unprinted label, and send them now; failed jobs retry by themselves."""
        with self._issuing() as db:
            self._issue(db, order_id, user_id, station_id)
            config = self._station_config(db, station_id)
            job_ids = []
            for label, package in self._active(db, order_id):
                pending = db.scalar(
                    select(func.count())
                    .select_from(PrintJob)
                    .where(
                        PrintJob.label_id == label.id,
                        PrintJob.status.in_(("queued", "sending", "sent", "failed", "unknown")),
                    )
                )
                if label.printed_count or pending:
                    continue
                payload = self._render(db, [(label, package)], config.label_format, config.label_dpi)
                job = enqueue_print_job(
                    db,
                    document="label",
                    fmt=config.label_format,
                    printer=config.label_printer,
                    payload=payload,
                    station_id=station_id,
                    order_id=order_id,
                    package_id=package.id,
                    label_id=label.id,
                )
                job_ids.append(job.id)
        return self.queue.process(job_ids=job_ids) if job_ids else []

    def reprint(
        self, label_id: int, reason: str, user_id: int | None = None, station_id: int | None = None
    ) -> PrintJobView:
        """Print a label again (jammed, smeared, torn); needs a reason and is counted (error_type `reprint`)."""
        if not reason or not reason.strip():
            raise ValidationError("reason_required", "A reprint needs a reason.")
        with transaction(self.store.sessions) as db:
            label = db.get(Label, label_id)
            if label is None:
                raise DomainError("no_such_label", f"There is no label with id {label_id}.", label_id=label_id)
            if label.status == "voided":
                raise DomainError(
                    "label_voided",
                    f"Label {label.tracking_number} is voided; issue a new one.",
                    tracking_number=label.tracking_number,
                )
            package = db.get_one(Package, label.package_id)
            config = self._station_config(db, station_id)
            previous = db.scalar(select(func.max(PrintJob.id)).where(PrintJob.label_id == label_id))
            payload = self._render(db, [(label, package)], config.label_format, config.label_dpi)
            job = enqueue_print_job(
                db,
                document="label",
                fmt=config.label_format,
                printer=config.label_printer,
                payload=payload,
                station_id=station_id,
                order_id=label.order_id,
                package_id=package.id,
                label_id=label.id,
                reason=reason.strip(),
                reprint_of=previous,
            )
            self._event(
                db,
                EventKind.REPRINT,
                "reprint",
                order_id=label.order_id,
                user_id=user_id,
                station_id=station_id,
                error_type=ErrorType.REPRINT,
                raw=label.tracking_number,
                detail={"label_id": label.id, "job_id": job.id, "reason": reason.strip()},
            )
            job_id = job.id
        return self.queue.process(job_ids=[job_id])[0]

    def void(self, label_id: int, reason: str, user_id: int | None = None, station_id: int | None = None) -> LabelView:
        """Void a label with the carrier; its tracking number is never used again. Counted (`label_void`)."""
        if not reason or not reason.strip():
            raise ValidationError("reason_required", "Voiding a label needs a reason.")
        with transaction(self.store.sessions) as db:
            label = db.get(Label, label_id)
            if label is None:
                raise DomainError("no_such_label", f"There is no label with id {label_id}.", label_id=label_id)
            package = db.get_one(Package, label.package_id)
            if label.status != "voided":
                if not label.demo and label.source == OFFLINE:
                    carrier_for(label.carrier).void(label.tracking_number)
                elif not label.demo:  # void at the carrier first: a refused void leaves the label live there
                    self.sources.source(label.source).void(
                        BoughtLabel(label.source, label.tracking_number, None, "", label.external_id)
                    )
                label.status, label.voided_at, label.void_reason = "voided", self.clock.now(), reason.strip()[:300]
                for job in db.scalars(
                    select(PrintJob).where(
                        PrintJob.label_id == label.id, PrintJob.status.in_(("queued", "failed", "unknown"))
                    )
                ):
                    job.status = "cancelled"
                self._event(
                    db,
                    EventKind.VOID,
                    "label_voided",
                    order_id=label.order_id,
                    user_id=user_id,
                    station_id=station_id,
                    error_type=ErrorType.LABEL_VOID,
                    raw=label.tracking_number,
                    detail={"label_id": label.id, "reason": reason.strip()},
                )
            count = db.scalar(select(func.count()).select_from(Package).where(Package.order_id == label.order_id))
            return self._view(label, package, count or 0)

    def verify_scan(
        self,
        order_id: int,
        scanned_text: str,
        *,
        package_id: int | None = None,
        user_id: int | None = None,
        station_id: int | None = None,
    ) -> VerdictView:
        """The packer scanned a label on the box: its tracking number or SSCC must be this order's (and package's)
        printed, unvoided label. Anything else is WRONG_LABEL (error_type `label_verification`)."""
        text = scanned_text.strip().replace("\x1d", "").removeprefix("]C0")
        with transaction(self.store.sessions) as db:
            sscc = _SSCC_SCAN.fullmatch(text)
            if sscc:
                query = (
                    select(Label)
                    .join(Package, Package.id == Label.package_id)
                    .where(Package.sscc == sscc.group(1))
                    .order_by(Label.status == "voided", Label.id.desc())
                )
            else:
                query = select(Label).where(Label.tracking_number == text)
            label = db.scalars(query).first()
            problem = None
            if label is None:
                problem = ("unknown_label", "This is not a label the station issued.")
            elif label.order_id != order_id:
                problem = ("other_order", "This label belongs to another order.")
            elif label.status == "voided":
                problem = ("voided", "This label was voided; put the new label on the box.")
            elif package_id is not None and label.package_id != package_id:
                problem = ("other_package", "This label belongs to another box of this order.")
            elif not label_has_printed(db, label, self.clock.now()):
                problem = ("not_printed", "This label has not been printed by the station.")
            if problem is not None:
                event = self._event(
                    db,
                    EventKind.VERIFY,
                    VerdictCode.WRONG_LABEL,
                    order_id=order_id,
                    user_id=user_id,
                    station_id=station_id,
                    error_type=ErrorType.LABEL_VERIFICATION,
                    raw=text,
                    detail={"reason": problem[0]},
                )
                return VerdictView(
                    VerdictCode.WRONG_LABEL.value,
                    Severity.STOP,
                    problem[1],
                    {"reason": problem[0], "scanned": text},
                    must_acknowledge=True,
                    event_id=event.id,
                )
            assert label is not None
            label.status, label.verified_at = "verified", self.clock.now()
            package = db.get_one(Package, label.package_id)
            event = self._event(
                db,
                EventKind.VERIFY,
                VerdictCode.LABEL_VERIFIED,
                order_id=order_id,
                user_id=user_id,
                station_id=station_id,
                raw=text,
                detail={"label_id": label.id},
            )
            return VerdictView(
                VerdictCode.LABEL_VERIFIED.value,
                Severity.OK,
                "Label verified.",
                {"tracking_number": label.tracking_number, "package_no": package.package_no},
                event_id=event.id,
            )

    def close_blockers(self, order_id: int) -> tuple[str, ...]:
        """Why the order cannot close yet as far as labels go: an order never closes without its labels printed."""
        with self.store.sessions() as db:
            packages = list(db.scalars(select(Package).where(Package.order_id == order_id)))
            active = {package.id: label for label, package in self._active(db, order_id)}
        reasons = []
        for package in sorted(packages, key=lambda p: p.package_no):
            label = active.get(package.id)
            if label is None:
                reasons.append(f"Box {package.package_no} has no label.")
            elif label.printed_count == 0:
                reasons.append(f"The label of box {package.package_no} has not printed.")
            elif label.status != "verified":
                reasons.append(f"Scan the label on box {package.package_no}.")
        return tuple(reasons)

    def packing_slip(self, order_id: int, page_size: str = "A4") -> bytes:
        with self.store.sessions() as db:
            facts = docs.load_order(db, order_id)
            tracking = {package.package_no: label.tracking_number for label, package in self._active(db, order_id)}
            return render_packing_slip_pdf(docs.packing_slip_data(db, facts, tracking), page_size=page_size)

    def returns_slip(self, order_id: int, page_size: str = "A5") -> bytes | None:
        """The returns slip PDF in the customer's locale, or None when the order's merchant offers none."""
        with self.store.sessions() as db:
            data = docs.returns_slip_data(docs.load_order(db, order_id), self.clock.now().date())
        return render_returns_slip_pdf(data, page_size=page_size) if data is not None else None

    def issue_return_label(self, order_id: int) -> ReturnLabelView | None:
        """The order's prepaid return label (made once; a reprint shows the same number), or None when its
        merchant offers no returns. Made by the order's built-in carrier, addressed from the customer back to the
        merchant, carrying the order's one return code."""
        try:
            return self._issue_return_label(order_id)
        except IntegrityError:  # another bench made it at the same moment: theirs is the order's return label
            return self._issue_return_label(order_id)

    def _issue_return_label(self, order_id: int) -> ReturnLabelView | None:
        with transaction(self.store.sessions) as db:
            facts = docs.load_order(db, order_id)
            code = docs.return_code(facts.merchant, facts.order)
            if not code:
                return None
            row = db.scalar(select(ReturnLabel).where(ReturnLabel.order_id == order_id))
            if row is None:
                carrier = carrier_for(facts.order.carrier)  # unknown carriers are refused in words
                service = facts.order.service if facts.order.service in carrier.services else carrier.services[0]
                row = ReturnLabel(
                    order_id=order_id,
                    carrier=carrier.code,
                    service=service,
                    return_code=code,
                    tracking_number=f"pending-{uuid.uuid4().hex[:24]}",
                    demo=docs.is_demo(db),
                    created_at=self.clock.now(),
                )
                db.add(row)
                db.flush()
                serial = RETURN_SERIAL_OFFSET + row.id
                if row.demo:
                    row.tracking_number = make_demo_tracking(serial)
                else:
                    shipment = docs.return_shipment(db, facts, service)
                    row.tracking_number = carrier.create_label(shipment, serial=serial).tracking_number
                if db.scalar(select(Label.id).where(Label.tracking_number == row.tracking_number)) is not None:
                    raise DomainError(
                        "return_label_number_taken",
                        f"The return label's tracking number "
                        f"{row.tracking_number} is already on a shipping label; nothing printed.",
                        tracking=row.tracking_number,
                    )
                db.flush()
            return ReturnLabelView(
                row.order_id, row.carrier, row.service, row.tracking_number, row.return_code, row.demo
            )

    def return_label(self, order_id: int, fmt: str = "pdf", dpi: int = 203) -> bytes | None:
        """The return label as PDF or ZPL (None when the merchant offers no returns)."""
        view = self.issue_return_label(order_id)
        if view is None:
            return None
        with self.store.sessions() as db:
            data = docs.return_label_data(
                db,
                docs.load_order(db, order_id),
                view.carrier,
                view.service,
                view.tracking_number,
                view.return_code,
                view.demo,
            )
        if fmt == "zpl":
            return render_labels_zpl([data], dpi=dpi).encode("utf-8")
        if fmt == "pdf":
            return render_labels_pdf([data], dpi=dpi)
        raise ValidationError("bad_format", f"label format must be pdf or zpl, not {fmt!r}", format=fmt)

    def print_customer_documents(
        self, order_id: int, *, station_id: int | None = None, reason: str = ""
    ) -> list[PrintJobView]:
        """The packing slip and, when the merchant offers returns, the returns slip (both in the customer's locale)
        and the return label (PDF, a 4x6 page) to the bench's document printer, as one transaction of jobs, then
        sent. The return label goes with the papers, never out of the label printer beside the shipping label, so
        it cannot end up on the box. An order whose carrier has no built-in stand-in gets its slips without a
        return label (the journal says so)."""
        packing = self.packing_slip(order_id)
        returns = self.returns_slip(order_id)
        with self.store.sessions() as db:
            config = self._station_config(db, station_id)
        return_label: bytes | None = None
        if returns is not None:
            try:
                return_label = self.return_label(order_id, "pdf", config.label_dpi)
            except DomainError as error:
                with transaction(self.store.sessions) as db:
                    self._event(
                        db,
                        EventKind.PRINT,
                        "return_label_failed",
                        order_id=order_id,
                        user_id=None,
                        station_id=station_id,
                        raw=error.message[:400],
                        detail={"code": error.code},
                    )
        with transaction(self.store.sessions) as db:
            jobs = [
                ("packing_slip", "pdf", config.document_printer, packing),
                ("returns_slip", "pdf", config.document_printer, returns),
                ("return_label", "pdf", config.document_printer, return_label),
            ]
            job_ids = [
                enqueue_print_job(
                    db,
                    document=document,
                    fmt=fmt,
                    printer=printer,
                    payload=payload,
                    station_id=station_id,
                    order_id=order_id,
                    reason=reason,
                ).id
                for document, fmt, printer, payload in jobs
                if payload is not None
            ]
        return self.queue.process(job_ids=job_ids)

    def print_packing_slip(
        self, order_id: int, *, station_id: int | None = None, page_size: str = "A4"
    ) -> PrintJobView:
        payload = self.packing_slip(order_id, page_size)
        with transaction(self.store.sessions) as db:
            config = self._station_config(db, station_id)
            job = enqueue_print_job(
                db,
                document="packing_slip",
                fmt="pdf",
                printer=config.document_printer,
                payload=payload,
                station_id=station_id,
                order_id=order_id,
            )
            job_id = job.id
        return self.queue.process(job_ids=[job_id])[0]

    def queue_state(self, station_id: int | None = None) -> list[PrintJobView]:
        """The print panel: this station's jobs, newest first."""
        return self.queue.jobs(station_id)

    def process_queue(self, station_id: int | None = None) -> list[PrintJobView]:
        """Send queued jobs and retry failed ones whose backoff has passed (the GUI calls this on a timer)."""
        return self.queue.process(station_id)

    def void_count(self, order_id: int | None = None) -> int:
        with self.store.sessions() as db:
            query = select(func.count()).select_from(Event).where(Event.error_type == ErrorType.LABEL_VOID.value)
            if order_id is not None:
                query = query.where(Event.order_id == order_id)
            return db.scalar(query) or 0
