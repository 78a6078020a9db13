"""TrainingService: scenarios run through the real station, scored from the journal, stored, listed, printed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from packstation.app import open_store
from packstation.config import Settings
from packstation.demo.generate import generate_demo_data
from packstation.domain.errors import ValidationError
from packstation.services.packing.station import StationService
from packstation.services.training.service import TrainingService
from tests.helpers.trainee import pack_order


@pytest.fixture
def floor(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = open_store(f"sqlite:///{tmp_path / 'demo.db'}")
    generate_demo_data(store, orders=3, seed=7)
    station = StationService(store, Settings(print_dir=tmp_path / "print", station="BENCH-01", demo=True))
    yield store, station, TrainingService(store)
    store.dispose()


def _run(
    floor,
    scenario: str,
    careful: bool = True,
    hints: bool = True,  # type: ignore[no-untyped-def]
    only_reweigh: bool = False,
):
    store, station, training = floor
    user = station.sign_in("BADGE-P004", "4444")
    run = training.start(user.id, scenario, hints=hints)
    for order in run.orders:
        pack_order(
            station,
            user.id,
            order,
            careful=careful,
            training=training,
            scorecard_id=run.scorecard_id,
            only_reweigh=only_reweigh,
        )
    return training.finish(run.scorecard_id)


@pytest.mark.parametrize(
    "scenario",
    [
        "first-order",
        "wrong-item",
        "damaged-unit",
        "short-pick",
        "expired-lot",
        "missing-serial",
        "vip-slip",
        "printer-jam",
        "weight-mismatch",
        "bad-day",
    ],
)
def test_a_careful_trainee_catches_every_injected_error(floor, scenario: str) -> None:  # type: ignore[no-untyped-def]
    card = _run(floor, scenario)
    assert card.errors_missed == 0, card.outcomes
    assert card.errors_caught == card.errors_injected
    assert card.overrides_asked == 0
    assert card.accuracy == 1.0 and card.passed


def test_a_trainee_who_only_re_weighs_fails_the_scale_disagrees(floor) -> None:  # type: ignore[no-untyped-def]
    """The scale stops them (caught), but they never look for the cause: not handled right, not passed."""
    card = _run(floor, "weight-mismatch", only_reweigh=True)
    assert (card.errors_injected, card.errors_caught, card.errors_handled) == (1, 1, 0)
    assert card.accuracy == 0.0 and not card.passed
    assert card.outcomes[0].missing == ("find_cause", "reweigh")
    assert "check the box's contents" in card.outcomes[0].why
    store, station, training = floor
    assert next(t for t in training.trainees() if t.name == "Sam Taylor").scenarios_passed == 0


def test_a_careless_trainee_misses_errors_and_asks_for_overrides(floor) -> None:  # type: ignore[no-untyped-def]
    card = _run(floor, "weight-mismatch", careful=False)
    assert (card.errors_caught, card.errors_handled, card.overrides_asked) == (1, 0, 1)
    assert card.accuracy == 0.0 and "override" in card.outcomes[0].why
    card = _run(floor, "wrong-item", careful=False)
    assert card.errors_missed == 1 and "refuses it" in card.outcomes[0].why


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
    assert (
        "Sam Taylor" in text
        and "A wrong item in the tote" in text
        and "handled right" in text
        and "PASSED" in text
        and "TRAINING" in text
    )


def test_training_refuses_a_production_database(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'prod.db'}")
    try:
        with pytest.raises(ValidationError) as err:
            TrainingService(store).start(1, "first-order")
        assert err.value.code == "not_demo_database"
    finally:
        store.dispose()


def test_the_training_printer_jams_until_cleared_and_the_scorecard_says_how(tmp_path: Path) -> None:
    """The real print queue with the demo's jamming label printer: the jam is a failed job with its reason, the
    label is not printed while jammed, clearing + reprint prints it, and the scorecard says so."""
    from packstation.demo.printer import JammingPrinters

    store = open_store(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        generate_demo_data(store, orders=2, seed=7)
        printers = JammingPrinters(tmp_path / "print")
        station = StationService(
            store, Settings(print_dir=tmp_path / "print", station="BENCH-01", demo=True), printers=printers
        )
        training = TrainingService(store)
        user = station.sign_in("BADGE-P004", "4444")
        run = training.start(user.id, "printer-jam")
        order = run.orders[0]
        view = station.claim(user.id, order.order_barcode)
        printers.arm(view.order_id, order.printer_jams)
        for item in order.items:
            verdict, view = station.scan(view.session_id, item.barcode)
        verdict, view = station.scan(view.session_id, view.plan["boxes"][0]["box"])
        for q in view.pending_qc:
            if q.check == "weight":
                verdict, view = station.record_weight(view.session_id, int(q.params["expected_g"]))
        for code in view.slips_expected:
            verdict, view = station.scan(view.session_id, code)
        assert printers.jammed and view.labels_expected
        failed = [j for j in station.print_queue() if getattr(j, "document", "") == "label"]
        assert failed[0].status == "failed" and "label printer jammed" in failed[0].last_error
        assert not list((tmp_path / "print").rglob("label-*.pdf"))
        station.print_queue()  # the queue retries by itself while jammed: still refused
        assert printers.jammed and not printers.label_printed(view.order_id)
        assert printers.clear() and not printers.clear()
        from packstation.domain.training.scoring import JAM_CLEARED

        training.record_action(run.scorecard_id, order.ref, JAM_CLEARED, user_id=user.id)  # the bench's button
        view = station.reprint(view.session_id, "Printer jam")
        assert printers.label_printed(view.order_id) and list((tmp_path / "print").rglob("label-*.pdf"))
        verdict, view = station.scan(view.session_id, view.labels_expected[0])
        assert verdict.severity == "ok", verdict
        station.close(view.session_id)
        card = training.finish(run.scorecard_id)
        assert (card.errors_caught, card.errors_missed, card.overrides_asked, card.own_errors) == (1, 0, 0, 0)
        assert "reprinted (F7)" in card.outcomes[0].why
    finally:
        store.dispose()
