"""The evidence record: an order packed at a real bench with an HTTP camera, then looked up by its tracking number
in the lead window and printed with `packstation evidence CODE --out claim.pdf` (read back with pdftotext, its
barcodes decoded from a pdftoppm raster with zxing-cpp)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from sqlalchemy import select

from packstation.store.models import Package, User
from tests.gui.conftest import find_order
from tests.gui.screenshots import shot_dir
from tests.gui.test_camera_gui import bench_with, pack_to_label
from tests.helpers.camera_server import CameraServer
from tests.helpers.decode import decode_pdf, pdf_text

DOCS = os.environ.get("PACKSTATION_SCREENSHOTS_DOCS")  # e.g. docs/screenshots: refresh the documented pictures


def _shots() -> list[Path]:
    return [shot_dir()] + ([Path(DOCS)] if DOCS else [])


def test_evidence_screen_and_claim_pdf(qtbot: Any, bench_db: Path, tmp_path: Path) -> None:
    with CameraServer() as server:
        bench = bench_with(qtbot, bench_db, tmp_path, camera=server.url())
        try:
            order = find_order(bench.store, lines=(2, 4), plain=True)
            pack_to_label(bench, order)
            qtbot.waitUntil(lambda: "taken" in bench.window.photo_status.text(), timeout=10_000)
            packer = bench.window.user.name
            tracking = bench.window.session.labels_expected[0]
            for code in bench.window.session.labels_expected:
                bench.scan(code)
            bench.scan("CMD-CLOSE")
            assert bench.order(order.id).status == "closed"
        finally:
            bench.window.close()
    store = bench.store
    with store.sessions() as db:
        sscc = db.scalars(select(Package.sscc).where(Package.order_id == order.id)).first()
        lead_id = db.scalars(select(User.id).where(User.role == "lead")).first()

    # The lead window: scan or type the tracking number.
    from packstation.gui.lead.window import LeadWindow
    from packstation.services.reports.service import ReportService
    from packstation.services.site.lead import LeadService

    win = LeadWindow(ReportService(store.sessions), LeadService(store.sessions), lead_id, tz=dt.UTC, refresh_ms=600_000)
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentWidget(win.evidence)
    panel = win.evidence
    panel.find("NO-SUCH-CODE")
    qtbot.waitUntil(lambda: not panel.busy)
    assert "No package or order has the code" in panel.message.text()
    panel.find(tracking)
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    summary = panel.summary.text()
    assert order.external_ref in summary, panel.message.text()
    assert packer in summary and "BENCH-01" in summary
    assert "SHA-256" in summary and not panel.photo.pixmap().isNull()
    assert panel.events.events_model.rowCount() > 0
    for folder in _shots():
        win.grab().save(str(folder / "evidence-screen.png"))
    panel.save_pdf(tmp_path / "from-screen.pdf")
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    assert (tmp_path / "from-screen.pdf").read_bytes().startswith(b"%PDF")
    win.close()

    # The command line, by SSCC this time.
    from packstation.cli import main

    claim = tmp_path / "claim.pdf"
    result = CliRunner().invoke(main, ["evidence", sscc, "--out", str(claim), "--db", str(store.engine.url)])
    assert result.exit_code == 0, result.output
    text = pdf_text(claim)
    for expected in (
        order.external_ref,
        packer,
        "BENCH-01",
        "Measured weight",
        "SHA-256 matches the file",
        "Every scan and verdict",
        "label_verified",
        tracking,
    ):
        assert expected in text, expected
    decoded = [t for t, _sym in decode_pdf(claim, dpi=300)]
    assert tracking in decoded and any(sscc in t for t in decoded)
    for folder in _shots():
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "70",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(claim),
                str(folder / "evidence-claim-pdf"),
            ],
            check=True,
        )
    store.dispose()
