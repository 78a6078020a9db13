"""The persistent print queue on the `print_jobs` table: nothing printed is lost to a crash or a jammed printer.

A job is `queued` until a printer took it (`sent`) or refused it (`failed`). A failed job that may succeed later is
retried automatically with exponential backoff (2, 4, 8 ... s after its last attempt, up to `max_attempts`); the
packer sees failed jobs with their reason and can retry or cancel one. Each failure writes a journal row with
error_type `print_failure`. A label job that is sent counts as the label printed (`labels.printed_count`).

Sending happens outside any database transaction, as print spoolers do it: the job is committed as `sending`
(attempt counted) in one transaction, sent, and its outcome recorded in another, so a slow printer never holds a
lock. A crash between the two leaves the job `sending`: nobody knows whether the paper came out. `recover()` (run
once per station start) settles such jobs: a printer that can tell (a folder printer: is the file there?) decides
`sent` or `queued` (it provably did not print, so sending it is no duplicate); one that cannot (a Zebra on TCP 9100:
neither ~HS nor the label counter proves which job printed) leaves the job `unknown`, never resent by itself. The
packer answers `confirm(job, printed=True)` -> `sent`, or `printed=False` -> a new job, `reprint_of` the old one,
reason "outcome unknown after restart", journaled like any reprint (error_type `reprint`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from packstation.devices.printers import Printer, PrinterError, printer_for
from packstation.domain.errors import DomainError
from packstation.domain.vocabulary import ErrorType, EventKind
from packstation.store.db import transaction
from packstation.store.models.base import utcnow
from packstation.store.models.packing import Event
from packstation.store.models.shipping import Label, PrintJob

QUEUED, SENDING, SENT, FAILED, CANCELLED, UNKNOWN = "queued", "sending", "sent", "failed", "cancelled", "unknown"
RESEND_REASON = "outcome unknown after restart"
UNKNOWN_ERROR = "The station stopped while this was printing: did it come out of the printer?"

# Jobs this process is sending right now (every PrintQueue of the process shares it): `recover` leaves them alone.
_IN_FLIGHT: set[int] = set()
# Outcomes this process knows but could not write (the database failed between the printer's answer and the job's
# row). Written by the next call that reaches the database (`record_pending`), so a
# label that came out during an outage counts as printed once the database is back, not as "did it come out?".
_UNRECORDED: dict[tuple[str, int], tuple[str, str, bool]] = {}  # (database, job id) -> (status, error, retryable)


def mark_sent(session: Session, job: PrintJob, now: dt.datetime) -> None:
    """The printer took the job (inside the caller's transaction): a label job counts as the label printed."""
    job.status, job.sent_at, job.last_error, job.updated_at = SENT, now, "", now
    if job.label_id is not None:
        label = session.get_one(Label, job.label_id)
        label.printed_count += 1
        if label.status == "issued":
            label.status = "printed"


def label_has_printed(session: Session, label: Label, now: dt.datetime) -> bool:
    """Whether `label`, just scanned on a box, really came out of a printer. A label whose print outcome is unknown
    (the station stopped mid-send) evidently did: its job is settled as sent here (label counted printed)."""
    if label.printed_count > 0:
        return True
    job = session.scalars(select(PrintJob).where(PrintJob.label_id == label.id, PrintJob.status == UNKNOWN)
                          .order_by(PrintJob.id.desc())).first()
    if job is None:
        return False
    mark_sent(session, job, now)
    return True


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands datetimes back naive (they are stored as UTC)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def job_name(job: PrintJob) -> str:
    """The document name a job is sent under (a folder printer's file name): the same for every attempt."""
    return f"{job.document}-{job.order_id or 0}-{job.label_id or job.id}-job{job.id}"


@dataclass(frozen=True)
class PrintJobView:
    """One job as the packer's screen lists it."""

    id: int
    document: str
    format: str
    printer: str
    status: str
    attempts: int
    last_error: str
    reason: str
    order_id: int | None
    label_id: int | None
    station_id: int | None
    reprint_of: int | None
    created_at: dt.datetime
    sent_at: dt.datetime | None
    will_retry: bool  # a failed job the queue retries by itself

    @property
    def outcome_unknown(self) -> bool:
        """The station stopped mid-send: only the packer can say whether it printed."""
        return self.status == UNKNOWN


class PrintQueue:
    """Enqueue, send, retry and list print jobs."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        print_dir: Path,
        printers: Callable[[str], Printer] | None = None,
        max_attempts: int = 5,
        backoff_seconds: float = 2.0,
        now: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.sessions = sessions
        self.print_dir = print_dir
        self._printers = printers or (lambda uri: printer_for(uri, print_dir=print_dir))
        self.max_attempts = max_attempts
        self.backoff_seconds = backoff_seconds
        self.now = now
        # True at a bench with a window: a job for a printer that can hang (a Zebra on TCP, a system queue) is only
        # queued where it is made; the window's print worker sends it (`process(..., background=True)`), so the
        # packer's next scan never waits on a printer. Folder printers (a file written) are sent at once.
        self.defer = False

    @property
    def _database(self) -> str:
        """Which database this queue writes to (job ids are only unique within one)."""
        bind = getattr(self.sessions, "kw", {}).get("bind")
        return str(getattr(bind, "url", id(self.sessions)))

    def view(self, job: PrintJob) -> PrintJobView:
        return PrintJobView(
            job.id, job.document, job.format, job.printer, job.status, job.attempts, job.last_error, job.reason,
            job.order_id, job.label_id, job.station_id, job.reprint_of, job.created_at, job.sent_at,
            job.status == FAILED and job.attempts < self.max_attempts and bool(job.payload),
        )

    @staticmethod
    def enqueue(session: Session, *, document: str, fmt: str, printer: str, payload: bytes,
                station_id: int | None = None, order_id: int | None = None, package_id: int | None = None,
                label_id: int | None = None, reason: str = "", reprint_of: int | None = None) -> PrintJob:
        """Add a job inside the caller's transaction (so the job exists if and only if the caller commits)."""
        job = PrintJob(job_uuid=str(uuid.uuid4()), station_id=station_id, order_id=order_id, package_id=package_id,
                       label_id=label_id, document=document, format=fmt, printer=printer, payload=payload,
                       status=QUEUED, reason=reason[:300], reprint_of=reprint_of)
        session.add(job)
        session.flush()
        return job

    def _due(self, job: PrintJob, now: dt.datetime) -> bool:
        if job.status == QUEUED:
            return True
        if job.status != FAILED or job.attempts >= self.max_attempts:
            return False
        wait = self.backoff_seconds * 2 ** max(0, job.attempts - 1)
        return now >= job.updated_at + dt.timedelta(seconds=wait)

    def _can_wait(self, uri: str) -> bool:
        """A printer that may keep the caller waiting (anything but a folder of files)."""
        return not (uri == "" or uri == "file" or uri.startswith("file:"))

    def process(self, station_id: int | None = None, *, job_ids: list[int] | None = None,
                background: bool = False) -> list[PrintJobView]:
        """Send every due job (of a station, or the given ones); returns their views after the attempt.

        With `defer` set, only a worker (`background=True`) sends to a printer that can hang; elsewhere such jobs
        stay queued and are returned as they are."""
        self.record_pending()
        now = self.now()
        with transaction(self.sessions) as session:
            query = select(PrintJob).where(PrintJob.status.in_((QUEUED, FAILED))).order_by(PrintJob.id)
            if station_id is not None:
                query = query.where(or_(PrintJob.station_id == station_id, PrintJob.station_id.is_(None)))
            if job_ids is not None:
                query = query.where(PrintJob.id.in_(job_ids))
            jobs = [job for job in session.scalars(query) if self._due(job, now)]
            later = [self.view(job) for job in jobs
                     if self.defer and not background and self._can_wait(job.printer)]
            due = [job.id for job in jobs if not (self.defer and not background and self._can_wait(job.printer))]
        return [self._attempt(job_id) for job_id in due] + later

    def _attempt(self, job_id: int) -> PrintJobView:
        with transaction(self.sessions) as session:
            # One conditional UPDATE claims the job (the print worker and the scan's own step may both try): the
            # row count says who won, on SQLite (one writer at a time) and PostgreSQL (WHERE re-checked) alike.
            claimed = session.execute(
                update(PrintJob).where(PrintJob.id == job_id, PrintJob.status.in_((QUEUED, FAILED)))
                .values(status=SENDING, attempts=PrintJob.attempts + 1, updated_at=self.now())
                .execution_options(synchronize_session=False))
            job = session.get_one(PrintJob, job_id)
            if getattr(claimed, "rowcount", 0) != 1:  # another caller got there first
                return self.view(job)
            session.refresh(job)
            # SENDING is committed before the printer sees a byte: a crash from here on is "unknown"
            payload, fmt, uri, name = job.payload, job.format, job.printer, job_name(job)
        error: PrinterError | None = None
        unexpected: Exception | None = None
        _IN_FLIGHT.add(job_id)
        try:
            self._printers(uri).send(payload, fmt=fmt, name=name)
        except PrinterError as exc:
            error = exc
        except ValueError as exc:  # a bad printer URI
            error = PrinterError(str(exc), retryable=False)
        except Exception as exc:  # noqa: BLE001 - a printer driver bug: nobody knows what came out
            unexpected = exc
        finally:
            _IN_FLIGHT.discard(job_id)
        if unexpected is not None:
            outcome = (UNKNOWN, f"{UNKNOWN_ERROR} ({unexpected})"[:500], True)
        elif error is None:
            outcome = (SENT, "", True)
        else:
            outcome = (FAILED, str(error)[:500], error.retryable)
        try:
            return self._record(job_id, *outcome)
        except Exception:
            # The printer answered, the database did not: keep the answer for when it is back (the caller still
            # sees the database's error, in words, as a database fault).
            _UNRECORDED[self._database, job_id] = outcome
            raise

    def _record(self, job_id: int, status: str, error: str, retryable: bool) -> PrintJobView:
        """Write a send's outcome on its job row (and the label's count, or the failure's journal row)."""
        with transaction(self.sessions) as session:
            job = session.get_one(PrintJob, job_id)
            job.updated_at = self.now()
            if status == UNKNOWN:
                job.status, job.last_error = UNKNOWN, error
            elif status == SENT:
                if job.status != SENT:
                    mark_sent(session, job, self.now())
            else:
                job.status, job.last_error = FAILED, error
                if not retryable:
                    job.attempts = max(job.attempts, self.max_attempts)
                session.add(Event(
                    event_uuid=str(uuid.uuid4()), at=job.updated_at, kind=EventKind.PRINT, code="print_failed",
                    error_type=ErrorType.PRINT_FAILURE, order_id=job.order_id, station_id=job.station_id,
                    detail={"job_id": job.id, "printer": job.printer, "document": job.document,
                            "attempt": job.attempts, "error": error[:300]},
                ))
            return self.view(job)

    def record_pending(self) -> list[PrintJobView]:
        """Write the outcomes a database outage kept in memory (see `_UNRECORDED`); returns the jobs written. While
        the database still fails its error is raised and the outcomes stay for the next call."""
        written = []
        for (database, job_id), outcome in sorted(_UNRECORDED.items()):
            if database == self._database:
                written.append(self._record(job_id, *outcome))
                _UNRECORDED.pop((database, job_id), None)
        return written

    # -- after a crash ----------------------------------------------------------------------------------------------
    def recover(self, station_id: int | None = None) -> list[PrintJobView]:
        """Settle the jobs a crash left `sending` (not the ones this process is sending now); returns them.

        A printer that can prove the outcome decides it; otherwise the job becomes `unknown` and waits for the
        packer (`confirm`). It is never sent again by itself."""
        self.record_pending()
        with transaction(self.sessions) as session:
            query = select(PrintJob).where(PrintJob.status == SENDING).order_by(PrintJob.id)
            if station_id is not None:
                query = query.where(or_(PrintJob.station_id == station_id, PrintJob.station_id.is_(None)))
            stale = [job for job in session.scalars(query) if job.id not in _IN_FLIGHT
                     and (self._database, job.id) not in _UNRECORDED]
            views = []
            for job in stale:
                printed: bool | None = None
                try:
                    check = getattr(self._printers(job.printer), "printed", None)
                    if check is not None:
                        printed = check(job.payload, fmt=job.format, name=job_name(job))
                except (ValueError, PrinterError, OSError):
                    printed = None
                job.updated_at = self.now()
                if printed is True:
                    mark_sent(session, job, self.now())
                elif printed is False:  # provably not printed: sending it is no duplicate
                    job.status, job.last_error = QUEUED, ""
                else:
                    job.status, job.last_error = UNKNOWN, UNKNOWN_ERROR
                views.append(self.view(job))
        return views

    def settle_scanned_labels(self, station_id: int | None = None) -> list[PrintJobView]:
        """Unknown-outcome label jobs whose label was scanned on a box after the crash: it came out -> `sent`."""
        with transaction(self.sessions) as session:
            query = (select(PrintJob, Label).join(Label, Label.id == PrintJob.label_id)
                     .where(PrintJob.status == UNKNOWN, Label.status == "verified"))
            if station_id is not None:
                query = query.where(or_(PrintJob.station_id == station_id, PrintJob.station_id.is_(None)))
            views = []
            for job, label in session.execute(query).all():
                if label.verified_at is not None and _aware(label.verified_at) >= _aware(job.updated_at):
                    mark_sent(session, job, self.now())
                    views.append(self.view(job))
            return views

    def confirm(self, job_id: int, printed: bool, *, user_id: int | None = None) -> PrintJobView:
        """The packer's answer for an unknown-outcome job: it printed (-> sent), or it did not (-> printed again as
        a new job that records the resend as a reprint). Returns the job that now stands for the document."""
        with transaction(self.sessions) as session:
            job = session.get(PrintJob, job_id)
            if job is None:
                raise DomainError("no_such_print_job", f"There is no print job {job_id}.", job_id=job_id)
            if job.status != UNKNOWN:  # answered already (a second key press): nothing to do
                return self.view(job)
            if printed:
                mark_sent(session, job, self.now())
                return self.view(job)
            job.status, job.updated_at = CANCELLED, self.now()
            job.last_error = "did not come out of the printer (the packer's answer); printed again"
            again = self.enqueue(session, document=job.document, fmt=job.format, printer=job.printer,
                                 payload=job.payload, station_id=job.station_id, order_id=job.order_id,
                                 package_id=job.package_id, label_id=job.label_id, reason=RESEND_REASON,
                                 reprint_of=job.id)
            raw = None
            if job.label_id is not None:
                raw = session.get_one(Label, job.label_id).tracking_number
            session.add(Event(
                event_uuid=str(uuid.uuid4()), at=self.now(), kind=EventKind.REPRINT, code="reprint",
                error_type=ErrorType.REPRINT, order_id=job.order_id, station_id=job.station_id, user_id=user_id,
                raw=raw, detail={"label_id": job.label_id, "job_id": again.id, "reprint_of": job.id,
                                 "document": job.document, "reason": RESEND_REASON},
            ))
            again_id = again.id
        return self.process(job_ids=[again_id])[0]

    def retry(self, job_id: int) -> PrintJobView:
        """The packer's retry: a failed or cancelled job is queued again with a fresh set of attempts."""
        with transaction(self.sessions) as session:
            job = session.get_one(PrintJob, job_id)
            if job.status in (FAILED, CANCELLED):
                job.status, job.attempts, job.updated_at = QUEUED, 0, self.now()
        return self.process(job_ids=[job_id])[0] if job.status == QUEUED else self.view(job)

    def cancel(self, job_id: int) -> PrintJobView:
        with transaction(self.sessions) as session:
            job = session.get_one(PrintJob, job_id)
            if job.status in (QUEUED, FAILED, UNKNOWN):
                job.status, job.updated_at = CANCELLED, self.now()
            return self.view(job)

    def jobs(self, station_id: int | None = None, *, limit: int = 50,
             statuses: tuple[str, ...] | None = None) -> list[PrintJobView]:
        """Newest first: what the packer's print panel shows."""
        with self.sessions() as session:
            query = select(PrintJob).order_by(PrintJob.id.desc()).limit(limit)
            if station_id is not None:
                query = query.where(PrintJob.station_id == station_id)
            if statuses:
                query = query.where(PrintJob.status.in_(statuses))
            return [self.view(job) for job in session.scalars(query)]
