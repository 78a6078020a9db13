"""A job whose send outcome a crash hid: committed as `sending` first, never resent blindly after a restart.

The station "crashes" here by a `SystemExit` raised inside the send, after (or before) the real printer got the
bytes: like SIGKILL, nothing after it runs, so the outcome is never written. (The real SIGKILL is in
tests/e2e/test_crash_anywhere.py.) Everything else is real: a SQLite file, a folder printer, a TCP socket printer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers.zebra import FakeZebra
from sqlalchemy import select

from packstation.app import Store, open_store
from packstation.devices.print_queue import RESEND_REASON, PrintQueue
from packstation.devices.printers import printer_for
from packstation.domain.errors import DomainError
from packstation.store.db import transaction
from packstation.store.models.packing import Event
from packstation.store.models.shipping import PrintJob
from packstation.store.print_jobs import PrintJobTable, enqueue_print_job

ZPL = b"^XA^FO20,20^A0N,30,30^FDparcel 1^FS^XZ"


class PowerCut(SystemExit):
    """The process dies: no except clause of the queue catches it, nothing after it runs."""


class CuttingPrinter:
    """The real printer of the URI; the power goes right after it took the job (or right before)."""

    def __init__(self, uri: str, print_dir: Path, *, before: bool = False, spy: Any = None) -> None:
        self.inner = printer_for(uri, print_dir=print_dir)
        self.uri, self.formats, self.before, self.spy = self.inner.uri, self.inner.formats, before, spy

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        if self.spy is not None:
            self.spy()
        if self.before:
            raise PowerCut(1)
        self.inner.send(payload, fmt=fmt, name=name)
        raise PowerCut(1)


def crash_while_sending(
    url: str, tmp_path: Path, uri: str, *, fmt: str = "zpl", payload: bytes = ZPL, before: bool = False, spy: Any = None
) -> int:
    """Queue one job and lose power in the middle of sending it; returns the job id."""
    store = open_store(url)
    try:
        with transaction(store.sessions) as db:
            job_id = enqueue_print_job(db, document="label", fmt=fmt, printer=uri, payload=payload).id
        queue = PrintQueue(
            PrintJobTable(store.sessions),
            print_dir=tmp_path,
            printers=lambda u: CuttingPrinter(u, tmp_path, before=before, spy=spy),
        )
        with pytest.raises(PowerCut):
            queue.process()
    finally:
        store.dispose()
    return job_id


def restart(url: str, tmp_path: Path) -> tuple[Store, PrintQueue]:
    store = open_store(url, migrate=False)
    return store, PrintQueue(PrintJobTable(store.sessions), print_dir=tmp_path)


def status(store: Store, job_id: int) -> tuple[str, int]:
    with store.sessions() as db:
        job = db.get_one(PrintJob, job_id)
        return job.status, job.attempts


def test_the_job_is_committed_as_sending_before_the_printer_sees_it(
    sqlite_url: str, tmp_path: Path, zebra: FakeZebra
) -> None:
    seen: list[tuple[str, int]] = []
    observer = open_store(sqlite_url)  # a second connection: what a crash at this instant would leave behind

    def look() -> None:
        seen.append(status(observer, 1))

    try:
        crash_while_sending(sqlite_url, tmp_path, zebra.uri, spy=look)
    finally:
        observer.dispose()
    assert seen == [("sending", 1)]


def test_zebra_job_of_unknown_outcome_is_not_resent_until_the_packer_says_it_printed(
    sqlite_url: str, tmp_path: Path, zebra: FakeZebra
) -> None:
    job_id = crash_while_sending(sqlite_url, tmp_path, zebra.uri)
    store, queue = restart(sqlite_url, tmp_path)
    try:
        assert status(store, job_id) == ("sending", 1)
        (settled,) = queue.recover()
        assert (settled.id, settled.status, settled.outcome_unknown, settled.will_retry) == (
            job_id,
            "unknown",
            True,
            False,
        )
        assert "did it come out" in settled.last_error
        assert queue.process() == []  # not resent by the queue, however often it runs
        assert queue.recover() == []
        answered = queue.confirm(job_id, printed=True)
        assert (answered.id, answered.status, answered.sent_at is not None) == (job_id, "sent", True)
        assert queue.confirm(job_id, printed=False).status == "sent"  # a late second answer changes nothing
        with store.sessions() as db:
            assert db.scalars(select(PrintJob.id)).all() == [job_id]
            assert db.scalars(select(Event.code)).all() == []
    finally:
        zebra.close()
        store.dispose()
    assert zebra.jobs == [ZPL]  # the label came out once


def test_packer_says_it_did_not_print_so_it_prints_again_as_a_recorded_reprint(
    sqlite_url: str, tmp_path: Path, zebra: FakeZebra
) -> None:
    job_id = crash_while_sending(sqlite_url, tmp_path, zebra.uri)
    store, queue = restart(sqlite_url, tmp_path)
    try:
        queue.recover()
        again = queue.confirm(job_id, printed=False)
        assert (again.status, again.reprint_of, again.reason) == ("sent", job_id, RESEND_REASON)
        assert again.id != job_id
        assert status(store, job_id)[0] == "cancelled"
        with store.sessions() as db:
            (event,) = db.scalars(select(Event)).all()
            assert (event.code, event.error_type, event.detail["reason"], event.detail["reprint_of"]) == (
                "reprint",
                "reprint",
                RESEND_REASON,
                job_id,
            )
    finally:
        zebra.close()
        store.dispose()
    assert zebra.jobs == [ZPL, ZPL]  # printed twice, and the second one is on record as a reprint


def test_folder_printer_proves_the_outcome_itself(sqlite_url: str, tmp_path: Path) -> None:
    prints = tmp_path / "prints"
    took = crash_while_sending(sqlite_url, tmp_path, prints.as_uri(), fmt="pdf", payload=b"%PDF-took")
    never = crash_while_sending(sqlite_url, tmp_path, prints.as_uri(), fmt="pdf", payload=b"%PDF-never", before=True)
    assert sorted(p.read_bytes() for p in prints.glob("*.pdf")) == [b"%PDF-took"]
    store, queue = restart(sqlite_url, tmp_path)
    try:
        settled = {view.id: view.status for view in queue.recover()}
        assert settled == {took: "sent", never: "queued"}  # the file is there / provably not
        assert [(v.id, v.status, v.attempts) for v in queue.process()] == [(never, "sent", 2)]
        assert queue.process() == []
    finally:
        store.dispose()
    assert sorted(p.read_bytes() for p in prints.glob("*.pdf")) == [b"%PDF-never", b"%PDF-took"]


def test_a_file_of_the_same_name_but_other_bytes_is_no_proof(sqlite_url: str, tmp_path: Path) -> None:
    """The print folder outlived a database reset: job 1 of the old database left its file behind."""
    prints = tmp_path / "prints"
    prints.mkdir()
    (prints / "label-0-1-job1.zpl").write_bytes(b"^XA^FDold database^XZ")
    job_id = crash_while_sending(sqlite_url, tmp_path, prints.as_uri(), before=True)
    store, queue = restart(sqlite_url, tmp_path)
    try:
        assert [(v.id, v.status) for v in queue.recover()] == [(job_id, "queued")]
    finally:
        store.dispose()


def test_a_job_this_process_is_sending_is_not_taken_for_a_crashed_one(
    sqlite_url: str, tmp_path: Path, zebra: FakeZebra
) -> None:
    store = open_store(sqlite_url)
    recovered: list[Any] = []

    class SlowPrinter:
        def __init__(self, uri: str) -> None:
            self.inner = printer_for(uri, print_dir=tmp_path)
            self.uri, self.formats = self.inner.uri, self.inner.formats

        def send(self, payload: bytes, *, fmt: str, name: str) -> str:
            recovered.extend(
                PrintQueue(PrintJobTable(store.sessions), print_dir=tmp_path).recover()
            )  # another screen refresh
            return self.inner.send(payload, fmt=fmt, name=name)

    try:
        with transaction(store.sessions) as db:
            enqueue_print_job(db, document="label", fmt="zpl", printer=zebra.uri, payload=ZPL)
        (view,) = PrintQueue(PrintJobTable(store.sessions), print_dir=tmp_path, printers=SlowPrinter).process()
        assert view.status == "sent"
        assert recovered == []
    finally:
        zebra.close()
        store.dispose()
    assert zebra.jobs == [ZPL]


def test_answering_for_a_job_that_does_not_exist_is_refused_by_name(sqlite_url: str, tmp_path: Path) -> None:
    store = open_store(sqlite_url)
    try:
        with pytest.raises(DomainError, match="no print job 42"):
            PrintQueue(PrintJobTable(store.sessions), print_dir=tmp_path).confirm(42, printed=True)
    finally:
        store.dispose()
