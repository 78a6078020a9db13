"""A bench on a real database with closed orders to confirm, for the integrations tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.app import Store, open_store
from packstation.config import Settings
from packstation.services.packing.station import StationService
from packstation.store.db import transaction
from packstation.store.models import Merchant
from tests.helpers.bench_world import PIN, Floor, add_orders, build_floor
from tests.services.packing.test_returns_slip_printing import pack


class Site:
    """A store with one merchant and `pack(n)` to close n new orders through the station as a packer does."""

    def __init__(self, store: Store, floor: Floor, settings: Settings) -> None:
        self.store, self.floor, self.settings = store, floor, settings
        self._next = 0

    def station(self, **overrides: object) -> StationService:
        return StationService(self.store, self.settings.with_overrides(**overrides))

    def pack(self, count: int, **overrides: object) -> list[int]:
        ids = add_orders(self.store, self.floor, count, 2, start=self._next)
        self._next += count
        station = self.station(**overrides)
        user = station.sign_in("BENCH-P001", PIN)
        for _ in ids:
            view = station.next_order(user.id)
            assert view is not None
            pack(station, user.id, view)
        station.sign_out(user.id)
        return ids


def make_site(db_url: str, tmp_path: Path) -> Site:
    store = open_store(db_url)
    floor = build_floor(store, skus=4)
    with transaction(store.sessions) as db:
        merchant = db.get_one(Merchant, floor.merchant_id)
        merchant.address_line1, merchant.postal_code, merchant.city, merchant.country = (
            "Lagerveien 2",
            "0580",
            "Oslo",
            "NO",
        )
    settings = Settings(db_url=db_url, station=floor.stations[0], print_dir=tmp_path / "prints")
    return Site(store, floor, settings)


@pytest.fixture
def site(db_url: str, tmp_path: Path) -> Iterator[Site]:
    made = make_site(db_url, tmp_path)
    yield made
    made.store.dispose()


@pytest.fixture
def sqlite_site(tmp_path: Path) -> Iterator[Site]:
    made = make_site(f"sqlite:///{tmp_path / 'site.db'}", tmp_path)
    yield made
    made.store.dispose()
