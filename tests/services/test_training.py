"""TrainingService: scenarios run through the real station, scored from the journal, stored, listed, printed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from packstation.app import open_store
from packstation.config import Settings
from packstation.demo.generate import generate_demo_data
from packstation.domain.errors import ValidationError
from packstation.services.station import StationService
from packstation.services.training import TrainingService
from tests.helpers.trainee import pack_order


@pytest.fixture
def floor(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = open_store(f"sqlite:///{tmp_path / 'demo.db'}")
    generate_demo_data(store, orders=3, seed=7)
    station = StationService(store, Settings(print_dir=tmp_path / "print", station="BENCH-01", demo=True))
    yield store, station, TrainingService(store)
    store.dispose()


def _run(floor, scenario: str, careful: bool = True, hints: bool = True):  # type: ignore[no-untyped-def]
    store, station, training = floor
    user = station.sign_in("BADGE-P004", "4444")
    run = training.start(user.id, scenario, hints=hints)
    for order in run.orders:
        pack_order(station, user.id, order, careful=careful)
    return training.finish(run.scorecard_id)


@pytest.mark.parametrize("scenario", ["first-order", "wrong-item", "damaged-unit", "short-pick", "expired-lot",
                                      "missing-serial", "vip-slip", "printer-jam", "weight-mismatch", "bad-day"])
def test_a_careful_trainee_catches_every_injected_error(floor, scenario: str) -> None:  # type: ignore[no-untyped-def]
    card = _run(floor, scenario)
    assert card.errors_missed == 0, card.outcomes
    assert card.errors_caught == card.errors_injected
    assert card.overrides_asked == 0
    assert card.accuracy == 1.0


def test_a_careless_trainee_misses_errors_and_asks_for_overrides(floor) -> None:  # type: ignore[no-untyped-def]
    card = _run(floor, "weight-mismatch", careful=False)
    assert (card.errors_caught, card.errors_missed, card.overrides_asked) == (0, 1, 1)
    assert card.accuracy == 0.0
    card = _run(floor, "wrong-item", careful=False)
    assert card.errors_missed == 1 and "wrong item" in card.outcomes[0].why


def test_scorecards_are_stored_listed_and_printed(floor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, station, training = floor
    _run(floor, "first-order", hints=False)
    card = _run(floor, "wrong-item")
    cards = training.scorecards()
    assert [c.scenario for c in cards] == ["wrong-item", "first-order"] and cards[1].hints is False
    sam = next(t for t in training.trainees() if t.name == "Sam Taylor")
    assert (sam.runs, sam.scenarios_passed, sam.best_accuracy) == (2, 2, 1.0)
    pdf = training.scorecard_pdf(card.id, tmp_path / "card.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Sam Taylor" in text and "A wrong item in the tote" in text and "caught" in text and "TRAINING" in text


def test_training_refuses_a_production_database(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'prod.db'}")
    try:
        with pytest.raises(ValidationError) as err:
            TrainingService(store).start(1, "first-order")
        assert err.value.code == "not_demo_database"
    finally:
        store.dispose()
