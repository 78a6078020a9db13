"""Printer status before it matters: a Zebra's ~HS answer, a printer that does not answer, a folder."""

from __future__ import annotations

from pathlib import Path

from packstation.devices.printer_status import printer_status
from tests.helpers.zebra import FakeZebra, Status, closed_port


def test_zebra_paper_out_and_head_open_are_reported(tmp_path: Path) -> None:
    zebra = FakeZebra(status=Status(paper_out=True, head_open=True))
    try:
        status = printer_status(zebra.uri, print_dir=tmp_path)
    finally:
        zebra.close()
    assert status.state == "problem" and set(status.problems) == {"paper_out", "head_open"}
    assert zebra.jobs == []  # asked, never printed to


def test_ready_zebra_paused_zebra(tmp_path: Path) -> None:
    zebra = FakeZebra()
    try:
        assert printer_status(zebra.uri, print_dir=tmp_path).state == "ready"
        zebra.status.paused = True
        status = printer_status(zebra.uri, print_dir=tmp_path)
        assert (status.state, status.problems) == ("problem", ("paused",))
    finally:
        zebra.close()


def test_zebra_that_accepts_and_never_answers_is_offline(tmp_path: Path) -> None:
    zebra = FakeZebra(mode="hang")
    try:
        status = printer_status(zebra.uri, print_dir=tmp_path, timeout=0.5)
    finally:
        zebra.close()
    assert (status.state, status.problems) == ("offline", ("no_answer",))


def test_refused_connection_and_folder(tmp_path: Path) -> None:
    assert printer_status(f"tcp://127.0.0.1:{closed_port()}", print_dir=tmp_path).state == "offline"
    assert printer_status("", print_dir=tmp_path / "prints").state == "ready"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert printer_status(f"file://{blocker}/sub", print_dir=tmp_path).state == "offline"
    assert printer_status("tcp://127.0.0.1:9?status=off", print_dir=tmp_path).state == "unknown"
