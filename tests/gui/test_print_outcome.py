"""After a crash mid-print the packer is asked "did it print?" (Enter = yes, F7 = print it again), on the real
station service, a real SQLite file and a Zebra-like printer on a real TCP socket."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from packstation.app import open_store
from packstation.config import Settings
from packstation.devices.print_queue import RESEND_REASON
from packstation.devices.printers import printer_for
from packstation.domain.vocabulary import SessionState
from packstation.services.packing.station import StationService
from packstation.store.models import Label, PrintJob, Station
from tests.gui import keys
from tests.gui.conftest import find_order, make_bench, unit_code
from tests.gui.printing import settle_prints
from tests.helpers.zebra import FakeZebra


class PowerCut(SystemExit):
    pass


class CutAfterLabel:
    """The real printer; the power goes right after a label reached it."""

    def __init__(self, uri: str, print_dir: Path) -> None:
        self.inner = printer_for(uri, print_dir=print_dir)
        self.uri, self.formats = self.inner.uri, self.inner.formats

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        self.inner.send(payload, fmt=fmt, name=name)
        if name.startswith("label-"):
            raise PowerCut(1)
        return name


def crash_at_the_label(bench_db: Path, prints: Path, zebra: FakeZebra) -> Any:
    """A packer packs an order up to its label; the station dies right after the printer took the label."""
    url = f"sqlite:///{bench_db}"
    store = open_store(url, migrate=False)
    settings = Settings(db_url=url, station="BENCH-01", print_dir=prints)
    station = StationService(store, settings, printers=lambda uri: CutAfterLabel(uri, prints))
    with store.sessions.begin() as db:
        db.scalars(select(Station).where(Station.code == "BENCH-01")).one().devices = {
            "label_printer": zebra.uri,
            "label_format": "zpl",
        }
    order = find_order(store, lines=(1, 3), plain=True)
    user = station.sign_in("BADGE-P001", "1111")
    view = station.claim(user.id, order.order_barcode)
    with pytest.raises(PowerCut):
        for _ in range(60):
            if view.state == SessionState.SCANNING:
                line = view.active_line
                view = station.scan(view.session_id, unit_code(line, line.scanned + 1))[1]
            elif view.state == SessionState.BOX:
                view = station.scan(view.session_id, view.plan["boxes"][0]["box"])[1]
            elif view.state == SessionState.SLIPS:
                view = station.scan(view.session_id, sorted(view.slips_expected)[0])[1]
            elif view.state == SessionState.QC:
                view = station.record_weight(view.session_id, sum(int(b["weight"]) for b in view.plan["boxes"]))[1]
            else:
                raise AssertionError(f"never reached the label: {view.state} {view.blockers}")
    store.dispose()
    return order


@pytest.mark.parametrize("printed", [True, False])
def test_restarted_station_asks_whether_the_label_came_out(
    qtbot,
    bench_db: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    printed: bool,
) -> None:
    zebra = FakeZebra()
    try:
        order = crash_at_the_label(bench_db, tmp_path / "prints", zebra)
        assert len(zebra.jobs) == 1
        bench = make_bench(qtbot, bench_db, tmp_path / "prints")  # the station starts again
        try:
            bench.sign_in()
            window = bench.window
            assert window.session is not None and window.session.order_ref == order.external_ref
            dialog = bench.modal()
            assert dialog.objectName() == "printOutcomeDialog"
            assert "Did it come out of the printer?" in dialog.prompt_label.text()
            assert order.external_ref in dialog.prompt_label.text()
            panel = window.order_screen.print_panel
            assert any(panel.list.item(i).text().startswith("? ") for i in range(panel.list.count()))
            if printed:
                keys.key(Qt.Key.Key_Return, dialog, "\r")
            else:
                keys.key(Qt.Key.Key_F7, dialog)
            qtbot.waitUntil(lambda: not dialog.isVisible())
            assert dialog.error == ""
            settle_prints(qtbot, window)
            assert QApplication.activeModalWidget() is None  # answered: not asked again
            assert not any(panel.list.item(i).text().startswith("? ") for i in range(panel.list.count()))
            assert not window.session.blockers or "has not printed" not in " ".join(window.session.blockers)
            for code in window.session.labels_expected:
                bench.scan(code)
                assert window.banner.look == "ok", window.banner.detail
            bench.scan("CMD-CLOSE")
            assert bench.order(order.id).status == "closed"
            with bench.store.sessions() as db:
                jobs = db.execute(
                    select(PrintJob.status, PrintJob.reason)
                    .join(Label, Label.id == PrintJob.label_id)
                    .where(PrintJob.order_id == order.id)
                    .order_by(PrintJob.id)
                ).all()
        finally:
            bench.window.close()
            bench.store.dispose()
    finally:
        zebra.close()
    if printed:
        assert [tuple(j) for j in jobs] == [("sent", "")]
        assert len(zebra.jobs) == 1
    else:
        assert [tuple(j) for j in jobs] == [("cancelled", ""), ("sent", RESEND_REASON)]
        assert len(zebra.jobs) == 2


def test_esc_puts_the_question_off_and_scanning_the_label_answers_it(
    qtbot,
    bench_db: Path,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    zebra = FakeZebra()
    try:
        order = crash_at_the_label(bench_db, tmp_path / "prints", zebra)
        bench = make_bench(qtbot, bench_db, tmp_path / "prints")
        try:
            bench.sign_in()
            window = bench.window
            dialog = bench.modal()
            keys.key(Qt.Key.Key_Escape, dialog)
            qtbot.waitUntil(lambda: not dialog.isVisible())
            settle_prints(qtbot, window)
            assert QApplication.activeModalWidget() is None  # put off: listed, not asked again
            panel = window.order_screen.print_panel
            assert [j.status for j in panel.unknown_jobs] == ["unknown"]
            (tracking,) = window.session.labels_expected
            bench.scan(tracking)  # the label is on the box: it did print
            assert window.banner.look == "ok", window.banner.detail
            settle_prints(qtbot, window)
            assert panel.unknown_jobs == []
            bench.scan("CMD-CLOSE")
            assert bench.order(order.id).status == "closed"
        finally:
            bench.window.close()
            bench.store.dispose()
    finally:
        zebra.close()
    assert len(zebra.jobs) == 1
