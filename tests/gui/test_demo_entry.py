"""The trainer's menu entry in the production packer window: only a trainer or lead opens demo mode, it runs on the
isolated demo database, and a whole training order later the production SQLite file is unchanged row for row."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from packstation.app import open_store, station_window
from packstation.config import Settings
from packstation.services.packing.station import StationService
from packstation.services.training.service import TrainingService
from packstation.store.models import AppMeta
from tests.gui import keys
from tests.gui.demo_trainee import finish, pack, settle, start, watch_scans


def _rows(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return list(con.iterdump())


@pytest.fixture
def production(qtbot, demo_db_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real floor's station window: production database (marked so), its own print folder."""
    db = tmp_path / "prod.db"
    shutil.copy(demo_db_file, db)
    store = open_store(f"sqlite:///{db}", migrate=False)
    with store.sessions.begin() as session:
        session.merge(AppMeta(key="mode", value="production"))
    settings = Settings(
        db_url=f"sqlite:///{db}",
        demo_db_url=f"sqlite:///{tmp_path / 'training.db'}",
        print_dir=tmp_path / "prints",
        station="BENCH-07",
        sounds=False,
    )
    window = station_window(StationService(store, settings), settings, sounds=False)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window, db, settings
    demo = getattr(window, "demo_window", None)
    if demo is not None:
        demo.close()
    window.close()
    store.dispose()


def sign_in(qtbot, window, badge: str, pin: str) -> None:  # type: ignore[no-untyped-def]
    keys.scan(badge)
    field = window.sign_in_screen.pin
    qtbot.waitUntil(field.isVisible)
    keys.type_text(pin, field)
    qtbot.waitUntil(lambda: field.text() == pin)
    keys.key(Qt.Key.Key_Return, field, "\r")
    assert window.user is not None, window.sign_in_screen.error.text()


def open_training(window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+T, the shortcut of Training > Open demo mode."""
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()


def test_the_training_menu_is_there_and_refuses_a_packer(qtbot, production) -> None:  # type: ignore[no-untyped-def]
    window, db, _settings = production
    menus = [a.text() for a in window.menuBar().actions()]
    assert "Training" in menus
    open_training(window)
    assert getattr(window, "demo_window", None) is None
    assert "Sign in as a trainer or a lead" in window.banner.detail
    sign_in(qtbot, window, "BADGE-P001", "1111")
    open_training(window)
    assert getattr(window, "demo_window", None) is None and window.isVisible()
    assert "Only a trainer or a shift lead" in window.banner.detail and "packer" in window.banner.detail


def test_a_trainer_opens_demo_mode_and_production_stays_unchanged(qtbot, production) -> None:  # type: ignore[no-untyped-def]
    window, db, settings = production
    sign_in(qtbot, window, "BADGE-T001", "6060")  # the trainer (a sign-in row in production, as any sign-in)
    before = _rows(db)
    # A trainer's sign-in opens demo mode on the trainer's view by itself; the menu finds it open.
    demo = window.demo_window
    assert demo is not None and demo.isVisible() and not window.isVisible()
    assert demo.tabs.currentWidget() is demo.trainer
    open_training(window)
    assert window.demo_window is demo
    demo.tabs.setCurrentIndex(0)  # the practice floor
    qtbot.addWidget(demo.panel)
    qtbot.waitExposed(demo.panel)
    watch_scans(demo)
    assert demo.banner.text().startswith("TRAINING")
    training_db = Path(settings.demo_db_url.removeprefix("sqlite:///"))
    assert training_db.exists() and training_db != db
    sign_in(qtbot, demo.main, "BADGE-P004", "4444")  # the trainee, on the demo floor's own people
    start(qtbot, demo, "printer-jam")
    assert pack(qtbot, demo, "A") == "closed"
    card = finish(qtbot, demo)
    assert (card.trainee, card.errors_caught, card.errors_missed) == ("Sam Taylor", 1, 0)
    training_prints = training_db.parent / "training-prints"  # the demo data folder, not the bench's print folder
    assert list(training_prints.glob("*.pdf")) and not list(settings.print_dir.rglob("*.pdf"))
    demo.close()
    settle()
    assert window.isVisible() and window.user is not None and window.user.name == "Aino Heikkinen"
    assert getattr(window, "demo_window", None) is None
    after = _rows(db)
    added = [row for row in after if row not in before]
    # the one thing training writes to production: the passed scenario, for the trainee's gate before real orders
    assert len(added) == 1 and added[0].startswith('INSERT INTO "training_passes"') and "'printer-jam'" in added[0]
    assert [row for row in after if row not in added] == before
    from packstation.services.training.training_gate import TrainingGateService

    sam = next(s for s in TrainingGateService(window.station.store).gated() if s.name == "Sam Taylor")
    assert sam.passed == ("printer-jam",)
    with pytest.raises(Exception, match="only in a demo database"):
        TrainingService(window.station.store).scorecards()
    assert QApplication.activeModalWidget() is None


def test_a_signed_out_window_and_its_training_menu_follow_a_language_switch(qtbot, production) -> None:  # type: ignore[no-untyped-def]
    from packstation.gui.i18n import switch_language

    window, _db, _settings = production
    station = window.station_code
    try:
        switch_language("nb")
        settle()
        assert [a.text() for a in window.menuBar().actions()] == ["Opplæring"]
        assert window.banner.detail == f"Stasjon {station}"
    finally:
        switch_language("en")
    settle()
    assert [a.text() for a in window.menuBar().actions()] == ["Training"]
    assert window.banner.detail == f"Station {station}"


def test_a_gated_trainee_is_refused_in_words_until_they_pass_on_the_training_floor(qtbot, production) -> None:  # type: ignore[no-untyped-def]
    """The floor requires "A wrong item in the tote": Sam (a trainee) scans a real order and is refused in words;
    the trainer opens demo mode, Sam passes the scenario there; back on the real bench Sam's scan claims the order."""
    from sqlalchemy import select

    from packstation.services.training.training_gate import TrainingGateService
    from packstation.store.models import Order

    window, db, settings = production
    gate = TrainingGateService(window.station.store)
    gate.set_requirements(["wrong-item"])
    with window.station.store.sessions() as session:
        barcode = session.scalars(select(Order.order_barcode).where(Order.status == "new").order_by(Order.id)).first()
    sign_in(qtbot, window, "BADGE-P004", "4444")  # Sam Taylor, trainee
    keys.scan(barcode)
    qtbot.waitUntil(lambda: "still in training" in window.banner.detail)
    assert window.banner.detail == (
        "Sam Taylor is still in training. To pass on the training floor before packing "
        "real orders: A wrong item in the tote. A lead can lift the gate (badge, PIN and "
        "a reason)."
    )
    assert window.session is None
    window.flow.sign_out()
    sign_in(qtbot, window, "BADGE-T001", "6060")  # the trainer opens the training floor
    open_training(window)
    demo = window.demo_window
    qtbot.addWidget(demo.panel)
    qtbot.waitExposed(demo.panel)
    watch_scans(demo)
    demo.main.sign_in("BADGE-P004", "4444")  # Sam, with the badge and PIN of the real floor
    assert demo.main.user is not None and demo.main.user.name == "Sam Taylor"
    start(qtbot, demo, "wrong-item", hints=False)
    assert pack(qtbot, demo, "A") == "closed"
    assert finish(qtbot, demo).passed
    demo.close()
    settle()
    assert gate.status(next(s.user_id for s in gate.gated() if s.name == "Sam Taylor")).gated is False
    window.flow.sign_out()
    sign_in(qtbot, window, "BADGE-P004", "4444")
    keys.scan(barcode)
    qtbot.waitUntil(lambda: window.session is not None)
