"""The print queue's jobs on the `print_jobs` table: `PrintJobTable` is the `domain.ports.PrintJobs` port the print
queue (`devices.print_queue.PrintQueue`) talks to; `enqueue_print_job`, `mark_sent` and `label_has_printed` work
inside a caller's transaction (a job exists if and only if the caller commits)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Select, and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.ports import JobStatus, PrintJobRecord
from packstation.domain.vocabulary import ErrorType, EventKind
from packstation.store.db import transaction
from packstation.store.models.packing import Event
from packstation.store.models.shipping import Label, PrintJob

QUEUED, SENDING, SENT, FAILED, CANCELLED, UNKNOWN = (
    JobStatus.QUEUED,
    JobStatus.SENDING,
    JobStatus.SENT,
    JobStatus.FAILED,
    JobStatus.CANCELLED,
    JobStatus.UNKNOWN,
)


def enqueue_print_job(
    session: Session,
    *,
    document: str,
    fmt: str,
    printer: str,
    payload: bytes,
    station_id: int | None = None,
    order_id: int | None = None,
    package_id: int | None = None,
    label_id: int | None = None,
    reason: str = "",
    reprint_of: int | None = None,
) -> PrintJob:
    """Add a job inside the caller's transaction (so the job exists if and only if the caller commits)."""
    job = PrintJob(
        job_uuid=str(uuid.uuid4()),
        station_id=station_id,
        order_id=order_id,
        package_id=package_id,
        label_id=label_id,
        document=document,
        format=fmt,
        printer=printer,
        payload=payload,
        status=QUEUED,
        reason=reason[:300],
        reprint_of=reprint_of,
    )
    session.add(job)
    session.flush()
    return job


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
    job = session.scalars(
        select(PrintJob).where(PrintJob.label_id == label.id, PrintJob.status == UNKNOWN).order_by(PrintJob.id.desc())
    ).first()
    if job is None:
        return False
    mark_sent(session, job, now)
    return True


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands datetimes back naive (they are stored as UTC)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def record(job: PrintJob) -> PrintJobRecord:
    return PrintJobRecord(
        id=job.id,
        document=job.document,
        format=job.format,
        printer=job.printer,
        payload=job.payload,
        status=job.status,
        attempts=job.attempts,
        last_error=job.last_error,
        reason=job.reason,
        order_id=job.order_id,
        package_id=job.package_id,
        label_id=job.label_id,
        station_id=job.station_id,
        reprint_of=job.reprint_of,
        created_at=job.created_at,
        updated_at=job.updated_at,
        sent_at=job.sent_at,
    )


def _of_station(query, station_id: int | None):  # type: ignore[no-untyped-def]
    if station_id is None:
        return query
    return query.where(or_(PrintJob.station_id == station_id, PrintJob.station_id.is_(None)))


class PrintJobTable:
    """`domain.ports.PrintJobs` on the print_jobs table: one transaction per call."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    @property
    def database(self) -> str:
        """The database's URL (password hidden): which jobs an id names."""
        bind = self.sessions.kw.get("bind")
        return str(getattr(bind, "url", id(self.sessions)))

    def open_jobs(self, station_id: int | None = None, job_ids: list[int] | None = None) -> list[PrintJobRecord]:
        with transaction(self.sessions) as session:
            query = _of_station(
                select(PrintJob).where(PrintJob.status.in_((QUEUED, FAILED))).order_by(PrintJob.id), station_id
            )
            if job_ids is not None:
                query = query.where(PrintJob.id.in_(job_ids))
            return [record(job) for job in session.scalars(query)]

    def claim(self, job_id: int, now: dt.datetime) -> tuple[bool, PrintJobRecord]:
        with transaction(self.sessions) as session:
            # One conditional UPDATE claims the job (the print worker and the scan's own step may both try): the
            # row count says who won, on SQLite (one writer at a time) and PostgreSQL (WHERE re-checked) alike.
            claimed = session.execute(
                update(PrintJob)
                .where(PrintJob.id == job_id, PrintJob.status.in_((QUEUED, FAILED)))
                .values(status=SENDING, attempts=PrintJob.attempts + 1, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            job = session.get_one(PrintJob, job_id)
            if getattr(claimed, "rowcount", 0) != 1:  # another caller got there first
                return False, record(job)
            session.refresh(job)
            return True, record(job)  # SENDING is committed before the printer sees a byte

    def printed(self, job_id: int, now: dt.datetime) -> PrintJobRecord:
        with transaction(self.sessions) as session:
            job = session.get_one(PrintJob, job_id)
            job.updated_at = now
            mark_sent(session, job, now)
            return record(job)

    def refused(self, job_id: int, error: str, *, give_up: bool, max_attempts: int, now: dt.datetime) -> PrintJobRecord:
        with transaction(self.sessions) as session:
            job = session.get_one(PrintJob, job_id)
            job.updated_at = now
            job.status, job.last_error = FAILED, error[:500]
            if give_up:
                job.attempts = max(job.attempts, max_attempts)
            session.add(
                Event(
                    event_uuid=str(uuid.uuid4()),
                    at=job.updated_at,
                    kind=EventKind.PRINT,
                    code="print_failed",
                    error_type=ErrorType.PRINT_FAILURE,
                    order_id=job.order_id,
                    station_id=job.station_id,
                    detail={
                        "job_id": job.id,
                        "printer": job.printer,
                        "document": job.document,
                        "attempt": job.attempts,
                        "error": error[:300],
                    },
                )
            )
            session.flush()
            return record(job)

    def outcome_unknown(self, job_id: int, error: str, now: dt.datetime) -> PrintJobRecord:
        with transaction(self.sessions) as session:
            job = session.get_one(PrintJob, job_id)
            job.updated_at = now
            job.status, job.last_error = UNKNOWN, error[:500]
            return record(job)

    def sending(self, station_id: int | None = None) -> list[PrintJobRecord]:
        with self.sessions() as session:
            query = _of_station(select(PrintJob).where(PrintJob.status == SENDING).order_by(PrintJob.id), station_id)
            return [record(job) for job in session.scalars(query)]

    def settle_after_crash(
        self, job_id: int, printed: bool | None, error: str, now: dt.datetime
    ) -> PrintJobRecord | None:
        with transaction(self.sessions) as session:
            job = session.get_one(PrintJob, job_id)
            if job.status != SENDING:
                return None
            job.updated_at = now
            if printed is True:
                mark_sent(session, job, now)
            elif printed is False:  # provably not printed: sending it is no duplicate
                job.status, job.last_error = QUEUED, ""
            else:
                job.status, job.last_error = UNKNOWN, error
            return record(job)

    def settle_scanned_labels(self, station_id: int | None, now: dt.datetime) -> list[PrintJobRecord]:
        with transaction(self.sessions) as session:
            query = _of_station(
                select(PrintJob, Label)
                .join(Label, Label.id == PrintJob.label_id)
                .where(PrintJob.status == UNKNOWN, Label.status == "verified"),
                station_id,
            )
            settled = []
            for job, label in session.execute(query).all():
                if label.verified_at is not None and _aware(label.verified_at) >= _aware(job.updated_at):
                    mark_sent(session, job, now)
                    settled.append(record(job))
            return settled

    def answer_unknown(
        self, job_id: int, printed: bool, *, user_id: int | None, reason: str, now: dt.datetime
    ) -> tuple[PrintJobRecord | None, int | None]:
        with transaction(self.sessions) as session:
            job = session.get(PrintJob, job_id)
            if job is None:
                return None, None
            if job.status != UNKNOWN:  # answered already (a second key press): nothing to do
                return record(job), None
            if printed:
                mark_sent(session, job, now)
                return record(job), None
            job.status, job.updated_at = CANCELLED, now
            job.last_error = "did not come out of the printer (the packer's answer); printed again"
            again = enqueue_print_job(
                session,
                document=job.document,
                fmt=job.format,
                printer=job.printer,
                payload=job.payload,
                station_id=job.station_id,
                order_id=job.order_id,
                package_id=job.package_id,
                label_id=job.label_id,
                reason=reason,
                reprint_of=job.id,
            )
            raw = None
            if job.label_id is not None:
                raw = session.get_one(Label, job.label_id).tracking_number
            session.add(
                Event(
                    event_uuid=str(uuid.uuid4()),
                    at=now,
                    kind=EventKind.REPRINT,
                    code="reprint",
                    error_type=ErrorType.REPRINT,
                    order_id=job.order_id,
                    station_id=job.station_id,
                    user_id=user_id,
                    raw=raw,
                    detail={
                        "label_id": job.label_id,
                        "job_id": again.id,
                        "reprint_of": job.id,
                        "document": job.document,
                        "reason": reason,
                    },
                )
            )
            return record(job), again.id

    def requeue(self, job_id: int, now: dt.datetime) -> PrintJobRecord:
        with transaction(self.sessions) as session:
            job = session.get_one(PrintJob, job_id)
            if job.status in (FAILED, CANCELLED):
                job.status, job.attempts, job.updated_at = QUEUED, 0, now
            return record(job)

    def cancel(self, job_id: int, now: dt.datetime) -> PrintJobRecord:
        with transaction(self.sessions) as session:
            job = session.get_one(PrintJob, job_id)
            if job.status in (QUEUED, FAILED, UNKNOWN):
                job.status, job.updated_at = CANCELLED, now
            return record(job)

    def recent(
        self, station_id: int | None = None, *, limit: int = 50, statuses: tuple[str, ...] | None = None
    ) -> list[PrintJobRecord]:
        with self.sessions() as session:
            return [record(job) for job in session.scalars(_recent(station_id, limit, statuses))]

    def recent_when_idle(self, station_id: int | None, *, limit: int, max_attempts: int) -> list[PrintJobRecord] | None:
        with self.sessions() as session:
            still_open = or_(
                PrintJob.status.in_(_OPEN), and_(PrintJob.status == FAILED, PrintJob.attempts < max_attempts)
            )
            open_job = _of_station(select(PrintJob.id).where(still_open), station_id).limit(1)
            if session.scalar(open_job) is not None:
                return None
            return [record(job) for job in session.scalars(_recent(station_id, limit, None))]


# A job in one of these states still has something to happen to it: sent, settled or answered (and a failed one
# with attempts left: retried).
_OPEN = (QUEUED, SENDING, UNKNOWN)


def _recent(station_id: int | None, limit: int, statuses: tuple[str, ...] | None) -> Select[PrintJob]:
    query = select(PrintJob).order_by(PrintJob.id.desc()).limit(limit)
    if station_id is not None:
        query = query.where(PrintJob.station_id == station_id)
    if statuses:
        query = query.where(PrintJob.status.in_(statuses))
    return query
