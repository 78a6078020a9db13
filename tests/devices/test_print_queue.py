"""The persistent print queue: jobs survive a restart, a hopeless job stops retrying, the packer can retry/cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers.zebra import FakeZebra

from packstation.app import open_store
from packstation.devices.print_queue import PrintQueue
from packstation.store.db import transaction
from packstation.store.print_jobs import PrintJobTable, enqueue_print_job


def test_jobs_survive_a_restart_and_print_in_order(sqlite_url: str, tmp_path: Path) -> None:
    store = open_store(sqlite_url)
    with transaction(store.sessions) as db:
        for n in (1, 2):
            enqueue_print_job(db, document="report", fmt="pdf", printer="", payload=f"%PDF-{n}".encode())
    store.dispose()  # the station restarts before anything printed

    store = open_store(sqlite_url)
    queue = PrintQueue(PrintJobTable(store.sessions), print_dir=tmp_path)
    assert [j.status for j in queue.jobs()] == ["queued", "queued"]
    sent = queue.process()
    assert [(j.id, j.status) for j in sent] == [(1, "sent"), (2, "sent")]
    assert sorted(p.read_bytes() for p in tmp_path.glob("*.pdf")) == [b"%PDF-1", b"%PDF-2"]
    store.dispose()


def test_hopeless_job_stops_retrying_until_the_packer_acts(sqlite_url: str, tmp_path: Path) -> None:
    store = open_store(sqlite_url)
    zebra = FakeZebra()
    now = [dt.datetime(2025, 1, 1, tzinfo=dt.UTC)]
    queue = PrintQueue(PrintJobTable(store.sessions), print_dir=tmp_path, now=lambda: now[0])
    try:
        with transaction(store.sessions) as db:
            job_id = enqueue_print_job(db, document="label", fmt="pdf", printer=zebra.uri, payload=b"%PDF").id
        (failed,) = queue.process()
        assert (failed.status, failed.will_retry) == ("failed", False)
        assert "takes ZPL" in failed.last_error
        now[0] += dt.timedelta(hours=1)
        assert queue.process() == []  # a PDF will never print on a ZPL printer: no automatic retries

        with transaction(store.sessions) as db:
            from packstation.store.models.shipping import PrintJob

            job = db.get_one(PrintJob, job_id)
            job.format, job.payload = "zpl", b"^XA^FO10,10^A0N,20,20^FDok^FS^XZ"
        assert queue.retry(job_id).status == "sent"
        assert queue.cancel(job_id).status == "sent"  # a sent job cannot be cancelled
    finally:
        zebra.close()
        store.dispose()
    assert len(zebra.jobs) == 1
