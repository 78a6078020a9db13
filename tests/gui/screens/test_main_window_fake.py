"""The main window on a small fake service: routing of scans, the stop acknowledgement, dialogs, keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.app import station_window
from packstation.config import Settings
from packstation.domain.commands import COMMANDS
from packstation.gui.screens.qc import QcDialog
from tests.gui import keys
from tests.gui.fake_station import FakeStation


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    station = FakeStation()
    window = station_window(station, Settings(db_url="sqlite://", station="BENCH-01"), sounds=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_every_command_has_a_handler_and_a_key(window) -> None:  # type: ignore[no-untyped-def]
    assert window.registry.unbound() == []
    assert len({c.key for c in COMMANDS}) == len(COMMANDS)
    assert len({c.barcode for c in COMMANDS}) == len(COMMANDS)


def test_stop_waits_for_acknowledgement_and_blocks_scans(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    keys.scan("PACKER-1")
    keys.scan("ORD-1")
    assert window.order_screen.isVisible()
    keys.scan("999")
    assert window.banner.look == "stop" and window.banner.awaiting_ack
    assert window.banner.headline == "UNKNOWN BARCODE"
    keys.scan("111")  # refused until acknowledged, nothing sent
    assert window.session.units_scanned == 0
    assert window.banner.awaiting_ack
    keys.scan("CMD-ACK")
    assert not window.banner.awaiting_ack
    keys.scan("111")
    assert window.banner.look == "ok"
    assert window.session.units_scanned == 1


def test_qc_dialog_opens_and_takes_keys(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    keys.scan("PACKER-1")
    keys.scan("ORD-1")
    for code in ("111", "111", "222"):
        keys.scan(code)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QcDialog))
    dialog = QApplication.activeModalWidget()
    keys.type_text("y", dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.session.state == "box"
    assert window.order_screen.box_panel.picture.boxes[0]["box"] == "BOX-S1"


def test_escape_key_acknowledges(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    keys.scan("PACKER-1")
    keys.scan("ORD-1")
    keys.scan("999")
    assert window.banner.awaiting_ack
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.banner.awaiting_ack
