"""First start on an empty database offers demo data; the pick-list model passes Qt's model checks."""

from __future__ import annotations

from pathlib import Path

from packstation.app import open_store
from packstation.config import Settings
from packstation.gui.flow import DemoDataOffer
from packstation.gui.launch import offer_demo_data
from packstation.gui.models.pick_list import PickListModel, capture_text
from packstation.services.station import StationService
from packstation.services.views import LineView


def test_empty_database_offers_demo_data(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'first.db'}"
    store = open_store(url)
    try:
        station = StationService(store, Settings(db_url=url, print_dir=tmp_path / "prints"))
        asked: list[bool] = []
        monkeypatch.setattr(DemoDataOffer, "ask", classmethod(lambda cls, parent=None: asked.append(True) or False))
        assert offer_demo_data(station) is False and asked == [True] and station.is_empty()
        monkeypatch.setattr(DemoDataOffer, "ask", classmethod(lambda cls, parent=None: True))
        assert offer_demo_data(station) is True
        assert not station.is_empty()
        user = station.sign_in("BADGE-P001", "1111")
        assert station.next_order(user.id) is not None
        assert offer_demo_data(station) is False  # never offered again once there is data
    finally:
        store.dispose()


def test_pick_list_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PickListModel()
    lines = (LineView(1, 1, "MUG-1", "Mug", "A-1", 2, 2, fragile=True),
             LineView(2, 2, "CAM-9", "Camera", "B-2", 1, 0, needs_serial=True, lot_required="L7"))
    model.set_lines(lines, active_id=2)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.row_of(2) == 1
    assert capture_text(lines[1]) == "serial, lot L7"
    assert "✔" in model.data(model.index(0, 4))
