"""The window's print worker polls the queue every two seconds, on a thread whose Python holds the GIL a packer's
scan waits on. A poll with nothing to do is one read; one with work still sends, settles and lists it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from packstation.services.packing.station import StationService
from packstation.services.views import SessionView
from packstation.store.db import transaction
from packstation.store.models import PrintJob
from packstation.store.print_jobs import enqueue_print_job
from tests.helpers.bench_world import PIN, add_orders
from tests.integrations.conftest import Site, make_site
from tests.services.packing.test_returns_slip_printing import pack_to_verify


@contextmanager
def statements_run(engine: Any) -> Iterator[list[str]]:
    """The first word of every SQL statement the engine runs inside the block (SELECT, UPDATE ...)."""
    statements: list[str] = []

    def seen(_conn, _cursor, sql, *_args):  # type: ignore[no-untyped-def]
        statements.append(sql.split()[0])

    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", seen)


@pytest.fixture
def bench(db_url: str, tmp_path: Path) -> Iterator[tuple[Site, StationService, SessionView]]:
    """A station with a packer signed in and a one-line order open at it."""
    site = make_site(db_url, tmp_path)
    try:
        add_orders(site.store, site.floor, 1, 1)
        station = StationService(site.store, site.settings)
        user = station.sign_in(site.floor.badges[0], PIN)
        view = station.next_order(user.id)
        assert view is not None
        yield site, station, view
    finally:
        site.store.dispose()


def test_a_poll_with_nothing_to_print_is_one_read_and_a_queued_job_is_still_sent(
    bench: tuple[Site, StationService, SessionView], tmp_path: Path
) -> None:
    site, station, view = bench
    pack_to_verify(station, view)  # its slip and label came out of the folder printer
    first = station.print_queue()  # the station's first poll settles what a crash may have left
    assert first and {job.status for job in first} == {"sent"}, first

    with statements_run(site.store.engine) as statements:
        idle = station.print_queue()
    assert idle == first  # the same panel
    assert statements == ["SELECT", "SELECT"], statements  # is a job open? then the newest jobs

    # Another bench's process (or a reprint from the lead's screen) queues a job for this bench: the next
    # poll sees it open and sends it.
    with transaction(site.store.sessions) as db:
        job_id = enqueue_print_job(
            db,
            document="labels",
            fmt="zpl",
            printer="",
            payload=b"^XA^FO50,50^FDPOLL^FS^XZ",
            station_id=station.packing.station_id,
            order_id=view.order_id,
            reason="reprint from the lead",
        ).id
    polled = station.print_queue()
    assert [job.status for job in polled if job.id == job_id] == ["sent"], polled
    assert any(path.read_bytes() == b"^XA^FO50,50^FDPOLL^FS^XZ" for path in (tmp_path / "prints").iterdir())
    with site.store.sessions() as db:
        assert db.scalar(select(PrintJob.status).where(PrintJob.id == job_id)) == "sent"


def test_a_job_that_failed_for_good_waits_for_a_person_not_for_the_poll(
    bench: tuple[Site, StationService, SessionView],
) -> None:
    """A job the printer refused for good (or that used its attempts) stays `failed` until someone retries or
    cancels it: the poll goes back to one read, and a job with attempts left is still retried by it."""
    site, station, view = bench
    with transaction(site.store.sessions) as db:
        job_id = enqueue_print_job(
            db,
            document="labels",
            fmt="zpl",
            printer="lpr://nowhere",  # no printer this station can reach: refused, not worth a retry
            payload=b"^XA^FDLOST^FS^XZ",
            station_id=station.packing.station_id,
            order_id=view.order_id,
            reason="a printer name mistyped",
        ).id
    station.print_queue()  # the first poll settles a crash's leftovers and tries the job
    failed = [job for job in station.print_queue() if job.id == job_id]
    assert [(job.status, job.will_retry) for job in failed] == [("failed", False)], failed
    assert "lpr://nowhere" in (failed[0].last_error or "")

    with statements_run(site.store.engine) as statements:
        idle = station.print_queue()
    assert statements == ["SELECT", "SELECT"], statements
    assert [job.status for job in idle if job.id == job_id] == ["failed"]  # still on the packer's panel

    # The same job with attempts left (a printer that was off for a moment): the poll retries it.
    with transaction(site.store.sessions) as db:
        job = db.get_one(PrintJob, job_id)
        job.attempts, job.updated_at = 1, job.updated_at.replace(year=job.updated_at.year - 1)
    with statements_run(site.store.engine) as statements:
        retried = [job for job in station.print_queue() if job.id == job_id]
    assert "UPDATE" in statements, statements  # claimed for sending again
    assert [(job.status, job.attempts) for job in retried] == [("failed", 5)], retried
