"""Printer backends against real sockets, real files and a real subprocess."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from helpers.zebra import FakeZebra, Status, closed_port

from packstation.devices.printers import FolderPrinter, PrinterError, SystemPrinter, printer_for
from packstation.devices.zebra import ZebraPrinter, parse_host_status

JOB = b"^XA^FO20,20^A0N,30,30^FH^FDhello^FS^XZ\n"


def test_zebra_gets_the_job_after_a_status_check(zebra: FakeZebra) -> None:
    printer = printer_for(zebra.uri, print_dir=Path("."), timeout=2)
    assert isinstance(printer, ZebraPrinter)
    printer.send(JOB, fmt="zpl", name="label-1")
    zebra.close()
    assert zebra.jobs == [JOB]
    assert zebra.status_requests == 2  # before and after the job


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (Status(paper_out=True), "paper out"),
        (Status(head_open=True), "head open"),
        (Status(paused=True), "paused"),
    ],
)
def test_zebra_that_reports_a_problem_gets_nothing(status: Status, reason: str) -> None:
    zebra = FakeZebra(status=status)
    try:
        with pytest.raises(PrinterError, match=reason):
            ZebraPrinter("127.0.0.1", zebra.port, timeout=2).send(JOB, fmt="zpl", name="x")
    finally:
        zebra.close()
    assert zebra.jobs == []


def test_refused_connection_is_a_retryable_failure() -> None:
    with pytest.raises(PrinterError) as caught:
        ZebraPrinter("127.0.0.1", closed_port(), timeout=2).send(JOB, fmt="zpl", name="x")
    assert caught.value.retryable and "refused" in str(caught.value).lower()


def test_hanging_printer_times_out() -> None:
    zebra = FakeZebra(mode="hang")
    try:
        with pytest.raises(PrinterError, match="no answer to the status request"):
            ZebraPrinter("127.0.0.1", zebra.port, timeout=0.5).send(JOB, fmt="zpl", name="x")
    finally:
        zebra.close()


def test_connection_dropped_mid_job_is_a_failure() -> None:
    zebra = FakeZebra(mode="drop")
    try:
        with pytest.raises(PrinterError) as caught:
            ZebraPrinter("127.0.0.1", zebra.port, timeout=2).send(JOB * 2000, fmt="zpl", name="x")
    finally:
        zebra.close()
    assert caught.value.retryable


def test_zebra_refuses_pdf(zebra: FakeZebra) -> None:
    with pytest.raises(PrinterError, match="takes ZPL") as caught:
        ZebraPrinter("127.0.0.1", zebra.port).send(b"%PDF-1.4", fmt="pdf", name="x")
    assert not caught.value.retryable


def test_host_status_parsing() -> None:
    status = parse_host_status(Status(paper_out=True).answer())
    assert status.paper_out and not status.head_open and status.problems == ["paper out"]
    with pytest.raises(PrinterError, match="unreadable"):
        parse_host_status(b"garbage")


def test_folder_printer_writes_whole_files_without_overwriting(tmp_path: Path) -> None:
    printer = printer_for("", print_dir=tmp_path / "prints")
    assert isinstance(printer, FolderPrinter)
    first = printer.send(b"%PDF-1 one", fmt="pdf", name="label 1/../x")
    second = printer.send(b"%PDF-1 two", fmt="pdf", name="label 1/../x")
    assert Path(first).read_bytes() == b"%PDF-1 one" and Path(second).read_bytes() == b"%PDF-1 two"
    assert {p.parent for p in map(Path, (first, second))} == {tmp_path / "prints"}
    assert not list((tmp_path / "prints").glob(".printing-*"))


def test_system_printer_runs_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in `lp` on PATH (a real executable) records its arguments and input."""
    script = tmp_path / "bin" / "lp"
    script.parent.mkdir()
    script.write_text(
        f'#!/bin/sh\necho "$@" > {tmp_path}/args\ncat > {tmp_path}/input\n'
        'case "$2" in missing) echo "lp: The printer or class does not exist." >&2; exit 1;; esac\n'
        'echo "request id is $2-1 (1 file(s))"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{script.parent}{os.pathsep}{os.environ['PATH']}")
    assert SystemPrinter("Zebra_1").send(JOB, fmt="zpl", name="label-1") == "request id is Zebra_1-1 (1 file(s))"
    assert (tmp_path / "args").read_text().split() == ["-d", "Zebra_1", "-t", "label-1", "-o", "raw", "-"]
    assert (tmp_path / "input").read_bytes() == JOB
    with pytest.raises(PrinterError, match="does not exist"):
        printer_for("system:missing", print_dir=tmp_path).send(b"%PDF", fmt="pdf", name="x")


@pytest.mark.parametrize("uri", ["tcp://", "system:", "lpt1:", "ftp://host/x"])
def test_bad_printer_uri_is_named(uri: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="printer"):
        printer_for(uri, print_dir=tmp_path)
