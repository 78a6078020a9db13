"""A packing bench for end-to-end GUI tests: the real station service on a real SQLite file with demo data.

The demo database is generated once per test session and copied per test (migrating and generating take seconds;
copying a file takes milliseconds), so every test starts from the same floor.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from packstation.app import Store, open_store
from packstation.config import Settings
from packstation.services.packing.station import StationService
from packstation.services.views import LineView
from packstation.store.models import Order, Station, User
from tests.gui import keys

LABEL_CARRIERS = ("dhl", "posti", "postnord")  # carriers the built-in label service issues numbers for


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from packstation.demo.generate import generate_demo_data

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = open_store(f"sqlite:///{path}")
    generate_demo_data(store, orders=30, seed=7)
    with store.sessions.begin() as db:  # these tests read English; test_language.py sets a packer's language itself
        db.execute(update(User).values(locale="en"))
    store.dispose()
    return path


def unit_code(line: LineView, unit: int = 1) -> str:
    """What the scanner reads off one unit: the plain barcode, or GS1 (01)+(17)+(10)/(21) for lot or serial SKUs."""
    if not (line.needs_lot or line.lot_required or line.needs_serial):
        return line.barcode
    text = "]C101" + line.barcode.zfill(14) + "17" + "301231"
    if line.needs_serial:
        return text + "21" + f"SN{line.line_id}X{unit}"
    return text + "10" + (line.lot_required or "L1")


@dataclass
class Bench:
    """One station: its window, service, store and settings; helpers act as the packer does."""

    window: Any
    station: StationService
    store: Store
    settings: Settings
    qtbot: Any
    scale: Any

    def sign_in(self, badge: str = "BADGE-P001", pin: str = "1111") -> None:
        keys.scan(badge)
        pin_field = self.window.sign_in_screen.pin
        assert pin_field.isVisible(), "a packer's badge must ask for the PIN"
        keys.type_text(pin, pin_field)
        self.qtbot.waitUntil(lambda: pin_field.text() == pin)
        keys.key(Qt.Key.Key_Return, pin_field, "\r")
        assert self.window.user is not None, self.window.sign_in_screen.error.text()

    def press(self, key: Qt.Key) -> None:
        """A deliberate key on the station window (F-keys go through Qt's shortcut map, as on the bench)."""
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        self.qtbot.keyClick(self.window, key)

    def scan(self, text: str) -> None:
        keys.scan(text)

    def scan_all_units(self) -> None:
        for line in self.window.session.lines:
            for unit in range(line.scanned + 1, line.ordered + 1):
                keys.scan(unit_code(line, unit))
                assert self.window.banner.look == "ok", (self.window.banner.headline, self.window.banner.detail)

    def modal(self) -> Any:
        self.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        return QApplication.activeModalWidget()

    def answer_qc_yes(self) -> None:
        """Every QC dialog the engine asks for, answered as passed (Y, or the values scanned)."""
        for _ in range(40):
            dialog = QApplication.activeModalWidget()
            if dialog is None or not hasattr(dialog, "request"):
                return
            if dialog.request.check in ("serial", "lot"):
                line = next(x for x in self.window.session.lines if x.line_id == dialog.request.line_id)
                for unit in range(1, dialog.wanted + 1):
                    keys.scan(
                        f"SN{line.line_id}X{unit}" if dialog.request.check == "serial" else (line.lot_required or "L1")
                    )
            else:
                keys.type_text("y", dialog)
            self.qtbot.waitUntil(lambda d=dialog: not d.isVisible())
        raise AssertionError("QC dialogs never ended")

    def weigh_if_asked(self) -> None:
        """Each closed box on the (simulated) scale at its own expected weight, then S reads it."""
        from packstation.gui.screens.qc import WeightDialog

        for _ in range(12):  # one dialog per box
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, WeightDialog):
                return
            request = self.window.session.next_request
            grams = (
                int(request.params["expected_g"])
                if request is not None and request.check == "weight"
                else sum(int(box["weight"]) for box in self.window.session.plan["boxes"])
            )
            self.scale.place(grams)
            keys.type_text("s", dialog)
            self.qtbot.waitUntil(lambda d=dialog: not d.isVisible())
            # the weight is right (a label printer fault right after it is shown instead, and tested elsewhere)
            assert self.window.banner.look == "ok" or self.window.printer_fault, (
                self.window.banner.headline,
                self.window.banner.detail,
            )

    def order(self, order_id: int) -> Order:
        with self.store.sessions() as db:
            order = db.get(Order, order_id)
            assert order is not None
            db.expunge(order)
            return order

    def set_devices(self, **devices: str) -> None:
        with self.store.sessions.begin() as db:
            station = db.scalars(select(Station).where(Station.code == self.settings.station)).one()
            station.devices = {**(station.devices or {}), **devices}

    def finish_box_slips_label(self) -> None:
        """Scan the proposed box, each slip into the box and each label on it."""
        session = self.window.session
        for box in session.plan["boxes"]:
            keys.scan(box["box"])
        self.answer_qc_yes()  # fragile sticker, hazard mark: once the box is chosen
        for code in self.window.session.slips_expected:
            self.answer_qc_yes()  # the gift check looks at the printed slip
            keys.scan(code)
            assert self.window.banner.look == "ok", self.window.banner.detail
        self.answer_qc_yes()
        self.weigh_if_asked()  # the box with slips and cushioning inside
        for code in self.window.session.labels_expected:
            keys.scan(code)
            assert self.window.banner.look == "ok", self.window.banner.detail


def make_bench(qtbot: Any, db_file: Path, print_dir: Path, station: str = "BENCH-01") -> Bench:
    from packstation.app import station_window

    url = f"sqlite:///{db_file}"
    store = open_store(url, migrate=False)
    settings = Settings(db_url=url, station=station, print_dir=print_dir)
    from packstation.devices.scale import SimulatedScale

    scale = SimulatedScale()
    service = StationService(store, settings, scale=scale)
    window = station_window(service, settings, sounds=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return Bench(window, service, store, settings, qtbot, scale)


@pytest.fixture
def bench_db(demo_db_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "bench.db"
    shutil.copy(demo_db_file, target)
    return target


@pytest.fixture
def station_window(qtbot: Any, bench_db: Path, tmp_path: Path) -> Iterator[Bench]:
    made = make_bench(qtbot, bench_db, tmp_path / "prints")
    yield made
    made.window.close()
    made.store.dispose()


def find_order(
    store: Store,
    *,
    lines: tuple[int, int] = (1, 12),
    plain: bool = False,
    needs: str = "",
    carriers: tuple[str, ...] = LABEL_CARRIERS,
) -> Order:
    """A new demo order with a known carrier: `plain` (no serial/lot/QC SKUs) or one that `needs` a check."""
    from packstation.store.models import OrderLine, Sku

    with store.sessions() as db:
        for order in db.scalars(select(Order).where(Order.status == "new").order_by(Order.id)):
            rows = db.execute(
                select(OrderLine, Sku).join(Sku, Sku.id == OrderLine.sku_id).where(OrderLine.order_id == order.id)
            ).all()
            if not lines[0] <= len(rows) <= lines[1] or order.carrier not in carriers:
                continue
            special = [
                s
                for _l, s in rows
                if s.serial_required
                or s.lot_tracked
                or s.fragile
                or s.hazmat_class
                or s.qc_rules
                or s.scan_each
                or s.min_shelf_life_days
            ]
            if plain and special:
                continue
            if needs == "damage" and (
                not any((s.qc_rules or {}).get("damage_inspection") for _l, s in rows)
                or any(s.hazmat_class for _l, s in rows)
            ):
                continue
            db.expunge(order)
            return order
    raise LookupError("no demo order fits")
