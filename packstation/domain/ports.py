"""Ports: the devices and services the rules need from outside, as Protocols (fakes for tests live in devices/)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """Where 'now' comes from, so tests and training scenarios can fix it."""

    def now(self) -> dt.datetime:
        """The current time, timezone-aware UTC."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock that only moves when told to (tests, replay scripts)."""

    def __init__(self, at: dt.datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware time")
        self.at = at

    def now(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> dt.datetime:
        self.at = self.at + dt.timedelta(**delta)
        return self.at


@dataclass(frozen=True)
class WeightReading:
    """One reading of a scale: grams and whether the scale reports it as settled."""

    grams: int
    stable: bool = True
    source: str = "scale"  # scale | typed | simulated


@runtime_checkable
class Scale(Protocol):
    """A bench scale; `read()` returns None when no stable reading is available."""

    def read(self) -> WeightReading | None: ...


class JobStatus:
    """Where a print job stands (print_jobs.status)."""

    QUEUED = "queued"  # waiting for a printer
    SENDING = "sending"  # handed to the printer; a crash now leaves the outcome open
    SENT = "sent"  # the printer took it (a label job counts as the label printed)
    FAILED = "failed"  # the printer refused it; retried with backoff until the attempts run out
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"  # the station stopped mid-send: only the packer can say whether it printed


@dataclass(frozen=True)
class PrintJobRecord:
    """One print job as it is kept: what the print queue decides on (never an ORM row)."""

    id: int
    document: str
    format: str
    printer: str
    payload: bytes
    status: str
    attempts: int
    last_error: str
    reason: str
    order_id: int | None
    package_id: int | None
    label_id: int | None
    station_id: int | None
    reprint_of: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    sent_at: dt.datetime | None


class PrintJobs(Protocol):
    """Where the print queue keeps its jobs (`store.print_jobs.PrintJobTable` on the print_jobs table).

    Every call is one transaction of its own; the queue sends to printers between calls, never inside one."""

    def open_jobs(self, station_id: int | None = None, job_ids: list[int] | None = None) -> list[PrintJobRecord]:
        """Queued and failed jobs (of a station and jobs of no station, or the given ones), oldest first."""
        ...

    def claim(self, job_id: int, now: dt.datetime) -> tuple[bool, PrintJobRecord]:
        """Mark a queued or failed job `sending` (one more attempt); False when another caller got it first."""
        ...

    def printed(self, job_id: int, now: dt.datetime) -> PrintJobRecord:
        """The printer took the job: `sent` (a label job counts as the label printed)."""
        ...

    def refused(self, job_id: int, error: str, *, give_up: bool, max_attempts: int, now: dt.datetime) -> PrintJobRecord:
        """The printer refused the job: `failed` with its reason, journaled as a print failure; `give_up` uses
        up its attempts (no retry by itself)."""
        ...

    def outcome_unknown(self, job_id: int, error: str, now: dt.datetime) -> PrintJobRecord:
        """Nobody knows whether the job came out (a printer driver failed mid-send): `unknown`."""
        ...

    def sending(self, station_id: int | None = None) -> list[PrintJobRecord]:
        """Jobs left `sending` (by a crash, or being sent right now), oldest first."""
        ...

    def settle_after_crash(
        self, job_id: int, printed: bool | None, error: str, now: dt.datetime
    ) -> PrintJobRecord | None:
        """A job a crash left `sending`: printed -> `sent`, provably not -> `queued`, nobody knows -> `unknown`
        with `error`. None when it is no longer `sending` (another station start settled it)."""
        ...

    def settle_scanned_labels(self, station_id: int | None, now: dt.datetime) -> list[PrintJobRecord]:
        """Unknown-outcome label jobs whose label was scanned on a box after the crash: `sent`."""
        ...

    def answer_unknown(
        self, job_id: int, printed: bool, *, user_id: int | None, reason: str, now: dt.datetime
    ) -> tuple[PrintJobRecord | None, int | None]:
        """The packer's answer for an unknown-outcome job: printed -> `sent`; not -> `cancelled` and a new job
        (`reprint_of` it, with `reason`), journaled as a reprint. Returns the job (None: no such job) and the new
        job's id (None when nothing was printed again)."""
        ...

    def requeue(self, job_id: int, now: dt.datetime) -> PrintJobRecord:
        """A failed or cancelled job queued again with a fresh set of attempts (others unchanged)."""
        ...

    def cancel(self, job_id: int, now: dt.datetime) -> PrintJobRecord:
        """A queued, failed or unknown-outcome job cancelled (others unchanged)."""
        ...

    def recent(
        self, station_id: int | None = None, *, limit: int = 50, statuses: tuple[str, ...] | None = None
    ) -> list[PrintJobRecord]:
        """Newest first: what the packer's print panel shows."""
        ...

    def recent_when_idle(self, station_id: int | None, *, limit: int, max_attempts: int) -> list[PrintJobRecord] | None:
        """`recent(station_id, limit=limit)` when no job of the station (or of no station) is queued, sending,
        unknown or failed with attempts left (fewer than `max_attempts`), read in one transaction; None when one is
        (there is work to do). A job that failed for good waits for a person, not for the poll."""
        ...
