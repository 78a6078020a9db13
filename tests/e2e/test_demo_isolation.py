"""Demo mode never touches production: a whole bad day of training leaves the real database byte-for-byte alike."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.app import open_store, store_for
from packstation.config import Settings
from packstation.demo.floor import open_demo_store
from packstation.demo.generate import generate_demo_data
from packstation.domain.errors import DomainError, ValidationError
from packstation.services.packing.station import StationService
from packstation.services.shipping.exporting import export_shipments
from packstation.services.training.service import TrainingService
from packstation.store.models import AppMeta
from packstation.store.models.shipping import Label
from tests.helpers.trainee import pack_order


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return list(con.iterdump())


@pytest.fixture
def production(tmp_path: Path) -> Path:
    """A real floor: orders and people, marked production."""
    path = tmp_path / "prod.db"
    store = open_store(f"sqlite:///{path}")
    generate_demo_data(store, orders=5, seed=3)
    with store.sessions() as db, db.begin():
        db.merge(AppMeta(key="mode", value="production"))
    store.dispose()
    return path


def test_a_training_day_leaves_production_untouched(production: Path, tmp_path: Path) -> None:
    before = _dump(production)
    settings = Settings(
        db_url=f"sqlite:///{production}",
        demo_db_url=f"sqlite:///{tmp_path / 'demo.db'}",
        print_dir=tmp_path / "print",
        station="BENCH-01",
        demo=True,
    )
    assert store_for(settings, migrate=False).url == settings.demo_db_url
    store = open_demo_store(settings)
    try:
        station = StationService(store, settings)
        user = station.sign_in("BADGE-P004", "4444")
        run = TrainingService(store).start(user.id, "bad-day")
        for order in run.orders:
            pack_order(station, user.id, order)
        card = TrainingService(store).finish(run.scorecard_id)
        assert card.errors_caught == 6
        with store.sessions() as db:
            tracking = list(db.scalars(select(Label.tracking_number)))
        assert tracking and all(t.startswith("DEMO") for t in tracking)
        with pytest.raises(DomainError, match="demo"):
            export_shipments(store, dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    finally:
        store.dispose()
    labels = sorted((tmp_path / "print").rglob("label-*.pdf"))
    text = subprocess.run(["pdftotext", str(labels[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "DEMO" in text and "NOT SHIP" in text.upper()
    assert _dump(production) == before


def test_the_demo_floor_refuses_the_production_database(production: Path) -> None:
    url = f"sqlite:///{production}"
    with pytest.raises(ValidationError, match="demo_db_url is the production database"):
        open_demo_store(Settings(db_url=url, demo_db_url=url, demo=True))
    with pytest.raises(ValidationError, match="holds real data"):
        open_demo_store(Settings(db_url="sqlite:///elsewhere.db", demo_db_url=url, demo=True))
    store = open_store(url)
    try:
        with pytest.raises(ValidationError, match="only in a demo database"):
            TrainingService(store).start(1, "first-order")
    finally:
        store.dispose()


def test_scenario_check_command(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from packstation.cli import main

    bad = tmp_path / "bad.toml"
    bad.write_text('id = "b"\ntitle = "B"\n[[orders]]\nkey = "A"\nmerchant = "KAWKA"\nlines = [{ sku = "NOPE" }]\n')
    result = CliRunner().invoke(main, ["scenario", "check", str(bad)])
    assert result.exit_code == 1 and "orders[0].lines[0].sku: KAWKA has no SKU 'NOPE'" in result.output
    good = Path(__file__).parents[2] / "resources" / "scenarios" / "12-bad-day.toml"
    result = CliRunner().invoke(main, ["scenario", "check", str(good)])
    assert result.exit_code == 0 and "bad-day" in result.output
