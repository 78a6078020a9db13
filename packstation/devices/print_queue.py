"""The persistent print queue: nothing printed is lost to a crash or a jammed printer.

The jobs are kept behind the `domain.ports.PrintJobs` port (`store.print_jobs.PrintJobTable` on the `print_jobs`
table, wired by the services); this module decides when to send, retry and settle, and talks to the printers.

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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packstation.devices.printers import Printer, PrinterError, printer_for
from packstation.domain.errors import DomainError
from packstation.domain.ports import JobStatus, PrintJobRecord, PrintJobs

QUEUED, SENDING, SENT, FAILED, CANCELLED, UNKNOWN = (
    JobStatus.QUEUED,
    JobStatus.SENDING,
    JobStatus.SENT,
    JobStatus.FAILED,
    JobStatus.CANCELLED,
    JobStatus.UNKNOWN,
)
RESEND_REASON = "outcome unknown after restart"
UNKNOWN_ERROR = "The station stopped while this was printing: did it come out of the printer?"

# Jobs this process is sending right now (every PrintQueue of the process shares it): `recover` leaves them alone.
_IN_FLIGHT: set[int] = set()
# Outcomes this process knows but could not write (the database failed between the printer's answer and the job's
# row). Written by the next call that reaches the database (`record_pending`), so a label that came out during an
# outage counts as printed once the database is back, not as "did it come out?".
_UNRECORDED: dict[tuple[str, int], tuple[str, str, bool]] = {}  # (database, job id) -> (status, error, retryable)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def job_name(job: Any) -> str:
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
    """Send, retry, settle and list print jobs; the jobs themselves are kept behind `jobs` (a `PrintJobs` port)."""

    def __init__(
        self,
        jobs: PrintJobs,
        *,
        print_dir: Path,
        printers: Callable[[str], Printer] | None = None,
        max_attempts: int = 5,
        backoff_seconds: float = 2.0,
        now: Callable[[], dt.datetime] = _utcnow,
    ) -> None:
        self.store = jobs
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
        """Which database the jobs live in (job ids are unique only within one; queues of one database share)."""
        return str(getattr(self.store, "database", id(self.store)))

    def view(self, job: PrintJobRecord) -> PrintJobView:
        return PrintJobView(
            job.id,
            job.document,
            job.format,
            job.printer,
            job.status,
            job.attempts,
            job.last_error,
            job.reason,
            job.order_id,
            job.label_id,
            job.station_id,
            job.reprint_of,
            job.created_at,
            job.sent_at,
            job.status == FAILED and job.attempts < self.max_attempts and bool(job.payload),
        )

    def _due(self, job: PrintJobRecord, now: dt.datetime) -> bool:
        if job.status == QUEUED:
            return True
        if job.status != FAILED or job.attempts >= self.max_attempts:
            return False
        wait = self.backoff_seconds * 2 ** max(0, job.attempts - 1)
        return now >= job.updated_at + dt.timedelta(seconds=wait)

    def _can_wait(self, uri: str) -> bool:
        """A printer that may keep the caller waiting (anything but a folder of files)."""
        return not (uri == "" or uri == "file" or uri.startswith("file:"))

    def process(
        self, station_id: int | None = None, *, job_ids: list[int] | None = None, background: bool = False
    ) -> list[PrintJobView]:
        """Send every due job (of a station, or the given ones); returns their views after the attempt.

        With `defer` set, only a worker (`background=True`) sends to a printer that can hang; elsewhere such jobs
        stay queued and are returned as they are."""
        self.record_pending()
        now = self.now()
        jobs = [job for job in self.store.open_jobs(station_id, job_ids) if self._due(job, now)]
        later = [self.view(job) for job in jobs if self.defer and not background and self._can_wait(job.printer)]
        due = [job.id for job in jobs if not (self.defer and not background and self._can_wait(job.printer))]
        return [self._attempt(job_id) for job_id in due] + later

    def _attempt(self, job_id: int) -> PrintJobView:
        won, job = self.store.claim(job_id, self.now())
        if not won:  # another caller got there first
            return self.view(job)
        # SENDING is committed before the printer sees a byte: a crash from here on is "unknown"
        error: PrinterError | None = None
        unexpected: Exception | None = None
        _IN_FLIGHT.add(job_id)
        try:
            self._printers(job.printer).send(job.payload, fmt=job.format, name=job_name(job))
        except PrinterError as exc:
            error = exc
        except ValueError as exc:  # a bad printer URI
            error = PrinterError(str(exc), retryable=False)
        except Exception as exc:  # noqa: BLE001 - a printer driver bug: nobody knows what came out
            unexpected = exc
        finally:
            _IN_FLIGHT.discard(job_id)
        if unexpected is not None:
            outcome = (UNKNOWN, f"{UNKNOWN_ERROR} ({unexpected})", True)
        elif error is None:
            outcome = (SENT, "", True)
        else:
            outcome = (FAILED, str(error), error.retryable)
        try:
            return self._record(job_id, *outcome)
        except Exception:
            # The printer answered, the database did not: keep the answer for when it is back (the caller still
            # sees the database's error, in words, as a database fault).
            _UNRECORDED[self._database, job_id] = outcome
            raise

    def _record(self, job_id: int, status: str, error: str, retryable: bool) -> PrintJobView:
        """Write a send's outcome on its job (a label counted printed, or the failure journaled)."""
        if status == UNKNOWN:
            return self.view(self.store.outcome_unknown(job_id, error, self.now()))
        if status == SENT:
            return self.view(self.store.printed(job_id, self.now()))
        return self.view(
            self.store.refused(job_id, error, give_up=not retryable, max_attempts=self.max_attempts, now=self.now())
        )

    def record_pending(self) -> list[PrintJobView]:
        """Write the outcomes a database outage kept in memory (see `_UNRECORDED`); returns the jobs written. While
        the database still fails its error is raised and the outcomes stay for the next call."""
        written = []
        for (store, job_id), outcome in sorted(_UNRECORDED.items()):
            if store == self._database:
                written.append(self._record(job_id, *outcome))
                _UNRECORDED.pop((store, job_id), None)
        return written

    # -- after a crash ----------------------------------------------------------------------------------------------
    def recover(self, station_id: int | None = None) -> list[PrintJobView]:
        """Settle the jobs a crash left `sending` (not the ones this process is sending now); returns them.

        A printer that can prove the outcome decides it; otherwise the job becomes `unknown` and waits for the
        packer (`confirm`). It is never sent again by itself."""
        self.record_pending()
        views = []
        for job in self.store.sending(station_id):
            if job.id in _IN_FLIGHT or (self._database, job.id) in _UNRECORDED:
                continue
            printed: bool | None = None
            try:
                check = getattr(self._printers(job.printer), "printed", None)
                if check is not None:
                    printed = check(job.payload, fmt=job.format, name=job_name(job))
            except (ValueError, PrinterError, OSError):
                printed = None
            settled = self.store.settle_after_crash(job.id, printed, UNKNOWN_ERROR, self.now())
            if settled is not None:
                views.append(self.view(settled))
        return views

    def settle_scanned_labels(self, station_id: int | None = None) -> list[PrintJobView]:
        """Unknown-outcome label jobs whose label was scanned on a box after the crash: it came out -> `sent`."""
        return [self.view(job) for job in self.store.settle_scanned_labels(station_id, self.now())]

    def confirm(self, job_id: int, printed: bool, *, user_id: int | None = None) -> PrintJobView:
        """The packer's answer for an unknown-outcome job: it printed (-> sent), or it did not (-> printed again as
        a new job that records the resend as a reprint). Returns the job that now stands for the document."""
        job, again_id = self.store.answer_unknown(
            job_id, printed, user_id=user_id, reason=RESEND_REASON, now=self.now()
        )
        if job is None:
            raise DomainError("no_such_print_job", f"There is no print job {job_id}.", job_id=job_id)
        if again_id is None:
            return self.view(job)
        return self.process(job_ids=[again_id])[0]

    def retry(self, job_id: int) -> PrintJobView:
        """The packer's retry: a failed or cancelled job is queued again with a fresh set of attempts."""
        job = self.store.requeue(job_id, self.now())
        return self.process(job_ids=[job_id])[0] if job.status == QUEUED else self.view(job)

    def cancel(self, job_id: int) -> PrintJobView:
        return self.view(self.store.cancel(job_id, self.now()))

    def jobs(
        self, station_id: int | None = None, *, limit: int = 50, statuses: tuple[str, ...] | None = None
    ) -> list[PrintJobView]:
        """Newest first: what the packer's print panel shows."""
        return [self.view(job) for job in self.store.recent(station_id, limit=limit, statuses=statuses)]

    def jobs_when_idle(self, station_id: int | None, *, limit: int) -> list[PrintJobView] | None:
        """`jobs` when there is nothing to send, settle or write (no open job, no outcome kept from an outage),
        in one read; None when there is (then `recover`, `process` and the rest have work)."""
        if any(database == self._database for database, _job in _UNRECORDED):
            return None
        found = self.store.recent_when_idle(station_id, limit=limit, max_attempts=self.max_attempts)
        return None if found is None else [self.view(job) for job in found]
