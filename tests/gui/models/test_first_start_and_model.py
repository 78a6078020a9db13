"""First start on an empty database offers to set the site up or open the training floor; the pick-list model passes Qt's model checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.app import open_store
from packstation.config import Settings
from packstation.gui.models.pick_list import PickListModel, capture_text
from packstation.services.packing.station import StationService
from packstation.services.views import LineView
from packstation.store.models import AppMeta


def test_empty_database_offers_set_up_or_training_and_never_becomes_a_demo(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """First start: two ways. The training floor leaves this database alone; the production one is never demo."""
    from packstation.demo.generate import generate_demo_data
    from packstation.domain.errors import DomainError
    from packstation.gui.launch import first_run_dialog
    from packstation.gui.screens.first_run import FirstRunDialog
    from packstation.services.site.service import SiteService

    url = f"sqlite:///{tmp_path / 'first.db'}"
    store = open_store(url)
    try:
        station = StationService(store, Settings(db_url=url, print_dir=tmp_path / "prints"))
        dialog = first_run_dialog(station)
        assert isinstance(dialog, FirstRunDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.setup_button)
        qtbot.keyClick(dialog.setup_button, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.training_button)
        qtbot.keyClick(dialog.training_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert dialog.choice == "training"
        assert station.is_empty() and SiteService(store).mode() == ""  # nothing went into this database
        assert first_run_dialog(station) is not None  # still not set up: asked again next start
        # Demo data cannot be put into a database that was set up for real work.
        with store.sessions.begin() as db:
            db.merge(AppMeta(key="mode", value="production"))
        with pytest.raises(DomainError, match="production database"):
            generate_demo_data(store, orders=2, seed=1)
    finally:
        store.dispose()


def test_pick_list_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PickListModel()
    lines = (
        LineView(1, 1, "MUG-1", "Mug", "A-1", 2, 2, fragile=True),
        LineView(2, 2, "CAM-9", "Camera", "B-2", 1, 0, needs_serial=True, lot_required="L7"),
    )
    model.set_lines(lines, active_id=2)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.row_of(2) == 1
    assert capture_text(lines[1]) == "serial, lot L7"
    assert "✔" in model.data(model.index(0, 4))
