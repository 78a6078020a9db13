"""A label whose print outcome a crash hid: the restarted station neither prints it again by itself nor lets the
order close on a guess. The packer answers, or scans the label on the box (which proves it came out)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.label_data import seed_order
from helpers.zebra import FakeZebra
from sqlalchemy import select

from packstation.app import open_store
from packstation.devices.print_queue import RESEND_REASON
from packstation.devices.printers import printer_for
from packstation.services.shipping.labels import LabelService, PrinterConfig
from packstation.store.models.packing import Event
from packstation.store.models.shipping import PrintJob


class PowerCut(SystemExit):
    pass


class CutAfterSend:
    def __init__(self, uri: str) -> None:
        self.inner = printer_for(uri, print_dir=Path("unused"))
        self.uri, self.formats = self.inner.uri, self.inner.formats

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        self.inner.send(payload, fmt=fmt, name=name)
        raise PowerCut(1)


@pytest.mark.parametrize("answer", ["scan", "yes", "no"])
def test_label_of_unknown_outcome(sqlite_url: str, tmp_path: Path, answer: str) -> None:
    zebra = FakeZebra()
    config = PrinterConfig(label_printer=zebra.uri, label_format="zpl", print_dir=tmp_path)
    store = open_store(sqlite_url)
    seeded = seed_order(store, boxes=1)
    with pytest.raises(PowerCut):
        LabelService(store, config, printers=CutAfterSend).print_labels(seeded.order_id, station_id=seeded.station_id)
    store.dispose()

    store = open_store(sqlite_url, migrate=False)  # the station restarts
    try:
        service = LabelService(store, config)
        (unknown,) = service.queue.recover(seeded.station_id)
        assert unknown.status == "unknown"
        assert service.print_labels(seeded.order_id, station_id=seeded.station_id) == []  # not printed again
        (label,) = service.labels(seeded.order_id)
        assert service.close_blockers(seeded.order_id) == ("The label of box 1 has not printed.",)
        if answer == "scan":  # the label is on the box: the scan proves it printed
            verdict = service.verify_scan(seeded.order_id, label.tracking_number, station_id=seeded.station_id)
            assert verdict.code == "label_verified"
            assert service.close_blockers(seeded.order_id) == ()
        else:
            service.queue.confirm(unknown.id, printed=answer == "yes", user_id=seeded.user_id)
            assert service.verify_scan(seeded.order_id, label.tracking_number).code == "label_verified"
        (label,) = service.labels(seeded.order_id)
        assert label.printed_count == 1
        with store.sessions() as db:
            jobs = [(j.status, j.reprint_of, j.reason) for j in db.scalars(select(PrintJob).order_by(PrintJob.id))]
            reprints = db.scalars(select(Event.detail).where(Event.error_type == "reprint")).all()
    finally:
        zebra.close()
        store.dispose()
    if answer == "no":
        assert jobs == [("cancelled", None, ""), ("sent", unknown.id, RESEND_REASON)]
        assert [r["reason"] for r in reprints] == [RESEND_REASON]
        assert len(zebra.jobs) == 2
    else:
        assert jobs == [("sent", None, "")]
        assert reprints == []
        assert len(zebra.jobs) == 1
