"""The weight dialog with a connected scale (a real pty pair, MT-SICS): the reading arrives from a worker, a silent
scale is said in words, and a typed weight cannot replace the scale's unless the merchant allows it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from packstation.devices.serial_scale import SerialScale
from packstation.domain.errors import DomainError
from packstation.gui.screens.qc import WeightDialog
from packstation.services.packing.station import StationService
from packstation.store.models.catalog import Merchant
from packstation.store.models.shipping import Package
from tests.gui import keys
from tests.gui.conftest import Bench, find_order
from tests.gui.screenshots import grab, shot_dir
from tests.helpers.scale_sim import ScaleSimulator


def bench_with_scale(qtbot: Any, bench_db: Path, tmp_path: Path, port: str) -> Bench:
    from packstation.app import open_store, station_window
    from packstation.config import Settings

    url = f"sqlite:///{bench_db}"
    store = open_store(url, migrate=False)
    settings = Settings(
        db_url=url,
        station="BENCH-01",
        print_dir=tmp_path / "prints",
        scale=f"serial://{port}?protocol=mt-sics&timeout=1",
    )
    service = StationService(store, settings)
    assert isinstance(service.scale, SerialScale)
    window = station_window(service, settings, sounds=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return Bench(window, service, store, settings, qtbot, service.scale)


def test_scale_reading_silence_and_locked_weight(qtbot: Any, bench_db: Path, tmp_path: Path) -> None:
    with ScaleSimulator("mt-sics", grams=1234) as sim:
        bench = bench_with_scale(qtbot, bench_db, tmp_path, sim.port)
        try:
            window = bench.window
            order = find_order(bench.store, lines=(1, 2), plain=True)
            bench.sign_in()
            bench.scan(order.order_barcode)
            bench.scan_all_units()
            bench.answer_qc_yes()
            for box in window.session.plan["boxes"]:
                bench.scan(box["box"])
            if not isinstance(QApplication.activeModalWidget(), WeightDialog):
                window.registry.trigger("weigh")
            dialog = bench.modal()
            assert isinstance(dialog, WeightDialog)
            box_g = sum(int(box["weight"]) for box in window.session.plan["boxes"])

            sim.grams = 150  # a tray on the pan: T tares it
            keys.type_text("t", dialog)
            qtbot.waitUntil(lambda: sim.tare_g == 150 and not dialog.reading, timeout=10_000)
            sim.silent = True  # the scale is off: the dialog says so in words, the window keeps answering
            keys.type_text("s", dialog)
            qtbot.waitUntil(lambda: "does not answer" in dialog.error_label.text(), timeout=10_000)

            sim.silent, sim.grams = False, box_g + 150
            shots = [shot_dir()] + (
                [Path(os.environ["PACKSTATION_SCREENSHOTS_DOCS"])]
                if os.environ.get("PACKSTATION_SCREENSHOTS_DOCS")
                else []
            )
            submit = dialog._submit

            def record(grams: int, source: str) -> Any:  # the picture a packer sees as the reading lands
                for folder in shots:
                    grab(window, "scale-reading", folder)
                return submit(grams, source)

            dialog._submit = record
            keys.type_text("s", dialog)
            qtbot.waitUntil(lambda: f"{box_g} g" in dialog.status.text(), timeout=10_000)
            assert dialog.scale_grams == box_g
            qtbot.waitUntil(lambda: not dialog.isVisible())
            assert window.banner.look == "ok", window.banner.detail
            with bench.store.sessions() as db:
                weights = db.scalars(select(Package.measured_weight_g).where(Package.order_id == order.id)).all()
            assert box_g in weights or sum(w or 0 for w in weights) == box_g

            # Typing over the scale's reading: refused at a bench with a scale (the merchant does not allow it).
            sid = window.session.session_id
            with pytest.raises(DomainError) as refused:
                bench.station.record_weight(sid, 999, "typed")
            assert refused.value.code == "typed_weight_locked"
            with bench.store.sessions.begin() as db:
                merchant = db.scalars(select(Merchant).where(Merchant.id == order.merchant_id)).one()
                merchant.qc_rules = {**(merchant.qc_rules or {}), "typed_weights": True}
            bench.station.record_weight(sid, 999, "typed")  # allowed now: no refusal
        finally:
            bench.window.close()
            bench.store.dispose()
