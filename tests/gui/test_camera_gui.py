"""The photo of each package at a real bench: a local HTTP camera serving a JPEG, one that hangs, and none."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import select

from packstation.store.models import Event, Merchant, PackagePhoto
from tests.gui.conftest import Bench, find_order
from tests.helpers.camera_server import CameraServer


def bench_with(qtbot: Any, bench_db: Path, tmp_path: Path, **settings: Any) -> Bench:
    from packstation.app import open_store, station_window
    from packstation.config import Settings
    from packstation.devices.scale import SimulatedScale
    from packstation.services.packing.station import StationService

    url = f"sqlite:///{bench_db}"
    store = open_store(url, migrate=False)
    chosen = Settings(
        db_url=url, station="BENCH-01", print_dir=tmp_path / "prints", photo_dir=tmp_path / "photos", **settings
    )
    scale = SimulatedScale()
    service = StationService(store, chosen, scale=scale)
    window = station_window(service, chosen, sounds=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return Bench(window, service, store, chosen, qtbot, scale)


def pack_to_label(station_window: Bench, order: Any) -> None:
    station_window.sign_in()
    station_window.scan(order.order_barcode)
    station_window.scan_all_units()
    station_window.answer_qc_yes()
    for box in station_window.window.session.plan["boxes"]:
        station_window.scan(box["box"])
    station_window.answer_qc_yes()  # fragile sticker, hazard mark: once the box is chosen
    for code in station_window.window.session.slips_expected:
        station_window.answer_qc_yes()
        station_window.scan(code)
    station_window.answer_qc_yes()
    station_window.weigh_if_asked()  # the box with slips and cushioning inside, before the label


def test_photo_from_the_http_camera_is_stored_with_its_hash(qtbot: Any, bench_db: Path, tmp_path: Path) -> None:
    with CameraServer() as server:
        bench = bench_with(qtbot, bench_db, tmp_path, camera=server.url())
        try:
            order = find_order(bench.store, lines=(1, 3), plain=True)
            pack_to_label(bench, order)
            qtbot.waitUntil(lambda: "taken" in bench.window.photo_status.text(), timeout=10_000)
            for code in bench.window.session.labels_expected:
                bench.scan(code)
            bench.scan("CMD-CLOSE")
            assert bench.order(order.id).status == "closed"
        finally:
            bench.window.close()
            bench.store.dispose()
    digest = hashlib.sha256(server.jpeg).hexdigest()
    with bench.store.sessions() as db:
        photos = db.scalars(select(PackagePhoto).where(PackagePhoto.order_id == order.id)).all()
        journal = db.scalars(select(Event).where(Event.order_id == order.id, Event.code == "photo_taken")).all()
    assert photos and all(p.sha256 == digest for p in photos)
    assert Path(photos[0].path).read_bytes() == server.jpeg
    assert journal and journal[0].detail["sha256"] == digest


def test_hanging_camera_never_blocks_the_bench(qtbot: Any, bench_db: Path, tmp_path: Path) -> None:
    with CameraServer() as server:
        bench = bench_with(qtbot, bench_db, tmp_path, camera=server.url("/hang"))
        try:
            order = find_order(bench.store, lines=(1, 3), plain=True)
            pack_to_label(bench, order)
            qtbot.waitUntil(lambda: "/hang" in " ".join(server.requests), timeout=10_000)
            assert bench.window.photos.busy  # the camera has not answered ...
            for code in bench.window.session.labels_expected:
                bench.scan(code)  # ... and the packer goes on
            bench.scan("CMD-CLOSE")
            assert bench.order(order.id).status == "closed"
            qtbot.waitUntil(lambda: not bench.window.photos.busy, timeout=15_000)
        finally:
            bench.window.close()
            bench.store.dispose()
    with bench.store.sessions() as db:
        missing = db.scalars(select(Event).where(Event.order_id == order.id, Event.code == "photo_missing")).all()
    assert missing and "did not answer" in missing[0].detail["reason"]


def test_no_camera_and_a_merchant_that_requires_a_photo(qtbot: Any, bench_db: Path, tmp_path: Path) -> None:
    bench = bench_with(qtbot, bench_db, tmp_path, camera="usb:NoSuchCamera")
    try:
        order = find_order(bench.store, lines=(1, 3), plain=True)
        with bench.store.sessions.begin() as db:
            merchant = db.get_one(Merchant, order.merchant_id)
            merchant.qc_rules = {**(merchant.qc_rules or {}), "photo_required": True}
        pack_to_label(bench, order)
        window = bench.window
        qtbot.waitUntil(lambda: "No photo" in window.photo_status.text(), timeout=10_000)
        assert "no USB camera" in window.photo_status.text()
        for code in window.session.labels_expected:
            bench.scan(code)
        bench.scan("CMD-CLOSE")
        assert bench.order(order.id).status != "closed"
        assert "requires a photo" in window.banner.detail
    finally:
        bench.window.close()
        bench.store.dispose()
