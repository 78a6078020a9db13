"""LabelService against real databases, real files, a real TCP printer; every printed label is decoded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.decode import decode_pdf, decode_pdf_pages, pdf_text
from helpers.label_data import seed_order
from helpers.zebra import FakeZebra, closed_port
from sqlalchemy import select

from packstation.cli import main
from packstation.domain.carriers import any_carrier_accepts, is_demo_tracking, is_valid_s10, is_valid_sscc
from packstation.domain.errors import DomainError, ValidationError
from packstation.domain.ports import FixedClock
from packstation.domain.vocabulary import ErrorType, VerdictCode
from packstation.services.shipping.labels import LabelService, PrinterConfig
from packstation.store.models.packing import Event


def errors(store, error_type: ErrorType) -> int:  # type: ignore[no-untyped-def]
    with store.sessions() as db:
        return len(list(db.scalars(select(Event).where(Event.error_type == error_type.value))))


def test_issue_gives_each_package_a_real_format_number_and_sscc(store) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_order(store, boxes=3)
    service = LabelService(store, PrinterConfig(print_dir=Path("unused")))
    labels = service.issue_labels(seeded.order_id, user_id=seeded.user_id, station_id=seeded.station_id)
    assert [(v.package_no, v.package_count) for v in labels] == [(1, 3), (2, 3), (3, 3)]
    assert all(is_valid_s10(v.tracking_number) and is_valid_sscc(v.sscc) for v in labels)
    assert len({v.tracking_number for v in labels}) == len({v.sscc for v in labels}) == 3
    assert service.issue_labels(seeded.order_id) == labels  # idempotent


def test_print_to_folder_then_verify_and_close(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_order(sqlite_store, boxes=2)
    service = LabelService(sqlite_store, PrinterConfig(print_dir=tmp_path / "prints"))
    jobs = service.print_labels(seeded.order_id, station_id=seeded.station_id, user_id=seeded.user_id)
    assert [j.status for j in jobs] == ["sent", "sent"]
    labels = service.labels(seeded.order_id)
    files = sorted((tmp_path / "prints").glob("*.pdf"))
    assert len(files) == 2
    for label, path in zip(labels, files, strict=True):
        assert decode_pdf(path) == [(label.tracking_number, "]C0"), ("(00)" + label.sscc, "]C1")]
        assert "Łucja Żółkiewska-Øvergård" in pdf_text(path).splitlines()
    assert service.close_blockers(seeded.order_id) == ("Scan the label on box 1.", "Scan the label on box 2.")
    ok = service.verify_scan(seeded.order_id, labels[0].tracking_number, package_id=seeded.package_ids[0])
    assert ok.code == VerdictCode.LABEL_VERIFIED
    ok = service.verify_scan(seeded.order_id, "]C100" + labels[1].sscc)  # the SSCC, as a scanner reports it
    assert ok.code == VerdictCode.LABEL_VERIFIED and ok.params["package_no"] == 2
    assert service.close_blockers(seeded.order_id) == ()
    assert service.print_labels(seeded.order_id) == []  # printed labels are not printed again by accident


def test_wrong_labels_are_refused_and_counted(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_order(sqlite_store, boxes=2)
    service = LabelService(sqlite_store, PrinterConfig(print_dir=tmp_path))
    service.print_labels(seeded.order_id)
    service.print_labels(seeded.other_order_id)
    mine, other_box = service.labels(seeded.order_id)
    (theirs,) = service.labels(seeded.other_order_id)
    cases = {
        theirs.tracking_number: "other_order",
        other_box.tracking_number: "other_package",
        "CP999999999SE": "unknown_label",
    }
    for scanned, reason in cases.items():
        verdict = service.verify_scan(seeded.order_id, scanned, package_id=mine.package_id)
        assert (verdict.code, verdict.params["reason"], verdict.must_acknowledge) == (
            VerdictCode.WRONG_LABEL,
            reason,
            True,
        )
    assert errors(sqlite_store, ErrorType.LABEL_VERIFICATION) == 3


def test_zpl_to_a_tcp_printer_one_label_per_package(sqlite_store, zebra: FakeZebra) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_order(sqlite_store, boxes=2, station_devices={"label_printer": zebra.uri, "label_format": "zpl"})
    service = LabelService(sqlite_store, PrinterConfig(print_dir=Path("unused")))
    jobs = service.print_labels(seeded.order_id, station_id=seeded.station_id)
    zebra.close()
    assert [(j.status, j.format, j.printer) for j in jobs] == [("sent", "zpl", zebra.uri)] * 2
    assert len(zebra.jobs) == 2 and all(job.count(b"^XA") == 1 for job in zebra.jobs)
    for job, label in zip(zebra.jobs, service.labels(seeded.order_id), strict=True):
        assert f"^FD{label.tracking_number}^FS".encode() in job
        assert f"^FD(00){label.sscc}^FS".encode() in job


def test_refusing_printer_fails_visibly_then_retries_with_backoff(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    port = closed_port()
    seeded = seed_order(
        sqlite_store, boxes=1, station_devices={"label_printer": f"tcp://127.0.0.1:{port}", "label_format": "zpl"}
    )
    clock = FixedClock(dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC))
    service = LabelService(sqlite_store, PrinterConfig(print_dir=Path("unused")), clock=clock)
    (job,) = service.print_labels(seeded.order_id, station_id=seeded.station_id)
    assert (job.status, job.attempts, job.will_retry) == ("failed", 1, True)
    assert "refused" in job.last_error.lower()
    assert errors(sqlite_store, ErrorType.PRINT_FAILURE) == 1
    assert service.close_blockers(seeded.order_id) == ("The label of box 1 has not printed.",)
    assert service.process_queue(seeded.station_id) == []  # backoff: not yet
    zebra = FakeZebra()
    try:
        # The printer comes back on the same port is not possible; point the job's printer at the live one.
        with sqlite_store.sessions.begin() as db:
            from packstation.store.models.shipping import PrintJob

            db.get_one(PrintJob, job.id).printer = zebra.uri
        clock.at += dt.timedelta(seconds=3)
        (retried,) = service.process_queue(seeded.station_id)
    finally:
        zebra.close()
    assert (retried.status, retried.attempts) == ("sent", 2)
    assert len(zebra.jobs) == 1
    assert service.close_blockers(seeded.order_id) == ("Scan the label on box 1.",)
    assert [j.status for j in service.queue_state(seeded.station_id)] == ["sent"]


def test_reprint_needs_a_reason_and_is_counted(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_order(sqlite_store, boxes=1)
    service = LabelService(sqlite_store, PrinterConfig(print_dir=tmp_path))
    (first,) = service.print_labels(seeded.order_id)
    (label,) = service.labels(seeded.order_id)
    with pytest.raises(ValidationError):
        service.reprint(label.id, "  ")
    again = service.reprint(label.id, "label smeared", user_id=seeded.user_id)
    assert (again.status, again.reprint_of, again.reason) == ("sent", first.id, "label smeared")
    assert service.labels(seeded.order_id)[0].printed_count == 2
    assert errors(sqlite_store, ErrorType.REPRINT) == 1
    pages = [decode_pdf(p) for p in sorted(tmp_path.glob("*.pdf"))]
    assert pages[0] == pages[1]  # the same tracking number and SSCC: a reprint, not a new shipment


def test_void_retires_the_number_and_a_new_label_replaces_it(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_order(store, boxes=1)
    service = LabelService(store, PrinterConfig(print_dir=tmp_path))
    service.print_labels(seeded.order_id)
    (old,) = service.labels(seeded.order_id)
    voided = service.void(old.id, "wrong service", user_id=seeded.user_id)
    assert voided.status == "voided"
    with pytest.raises(DomainError, match="voided"):
        service.reprint(old.id, "again")
    (new,) = service.issue_labels(seeded.order_id)
    assert new.tracking_number != old.tracking_number and new.sscc == old.sscc  # same box, same SSCC
    assert service.void_count() == 1 and errors(store, ErrorType.LABEL_VOID) == 1
    service.print_labels(seeded.order_id)
    assert service.verify_scan(seeded.order_id, old.tracking_number).params["reason"] == "voided"
    assert service.verify_scan(seeded.order_id, new.tracking_number).code == VerdictCode.LABEL_VERIFIED


def test_demo_database_prints_demo_labels(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_order(sqlite_store, boxes=2, demo=True)
    service = LabelService(sqlite_store, PrinterConfig(print_dir=tmp_path))
    service.print_labels(seeded.order_id)
    labels = service.labels(seeded.order_id)
    assert all(
        is_demo_tracking(v.tracking_number) and not any_carrier_accepts(v.tracking_number) and v.demo for v in labels
    )
    for path in tmp_path.glob("*.pdf"):
        assert "DEMO — DO NOT SHIP" in pdf_text(path)


def test_gift_packing_slip_has_no_prices_and_a_return_qr(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_order(sqlite_store, boxes=1, gift=True)
    service = LabelService(sqlite_store, PrinterConfig(print_dir=tmp_path))
    job = service.print_packing_slip(seeded.order_id, station_id=seeded.station_id, page_size="A5")
    assert job.status == "sent" and job.document == "packing_slip"
    (path,) = tmp_path.glob("packing_slip*.pdf")
    text = pdf_text(path)
    assert "Happy birthday!" in text and "NOK" not in text and "Tent, 2 person" in text
    assert decode_pdf(path, dpi=300) == [("RET-NORD-SO-1001", "]Q1")]


@pytest.mark.parametrize("fmt", ["pdf", "zpl"])
def test_cli_reprints_labels_to_a_file(sqlite_store, sqlite_url: str, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    seed_order(sqlite_store, boxes=2)
    out = tmp_path / f"labels.{fmt}"
    result = CliRunner().invoke(main, ["label", "SO-1001", "--format", fmt, "--out", str(out), "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    if fmt == "pdf":
        pages = decode_pdf_pages(out)
        assert len(pages) == 2 and all(len(page) == 2 for page in pages)
    else:
        assert out.read_text().count("^XA") == 2
    missing = CliRunner().invoke(main, ["label", "NOPE", "--out", str(out), "--db", sqlite_url])
    assert missing.exit_code != 0 and "order 'NOPE' not found" in missing.output
