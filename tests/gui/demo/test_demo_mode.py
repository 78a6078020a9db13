"""Demo mode end to end, as a trainee works: clicks on the virtual scanner (real window-system clicks, so a modal
dialog blocks what it would block for a person), keys for every QC, weight, reprint, exception and override dialog,
then the scorecard checked against what the scenario injected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from packstation.app import demo_window
from packstation.config import Settings
from packstation.demo.floor import open_demo_store
from packstation.gui.demo.window import BANNER
from tests.gui.demo_trainee import (
    ack_if_stopped,
    bench_key,
    click,
    finish,
    key_pack,
    pack,
    start,
    watch_scans,
)
from tests.gui.screenshots import shot_dir


@pytest.fixture
def demo(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = Settings(
        db_url=f"sqlite:///{tmp_path / 'prod.db'}",
        demo_db_url=f"sqlite:///{tmp_path / 'demo.db'}",
        print_dir=tmp_path / "print",
        station="BENCH-01",
        demo=True,
        sounds=False,
    )
    store = open_demo_store(settings, orders=3)
    window = demo_window(store, settings, sounds=False)
    qtbot.addWidget(window)
    qtbot.addWidget(window.panel)
    window.resize(1100, 860)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitExposed(window.panel)
    window.main.sign_in("BADGE-P004", "4444")
    watch_scans(window)
    yield window
    window.close()
    store.dispose()


# -- the tests -----------------------------------------------------------------------------------------------------------
def test_banner_hints_and_a_first_order(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    assert demo.banner.text() == BANNER and demo.banner.isVisible()
    assert demo.panel.isVisible() and demo.panel.isWindow()
    start(qtbot, demo, "first-order")
    # the hint line sits in the packer's own screen, under the TRAINING banner: the next step only
    assert demo.hint_line.isVisible() and demo.hint_line.text() == "Next: Click a pick ticket to claim its order."
    click(qtbot, demo, "ticket:A")
    assert "scan the items in the tote" in demo.hint_line.text().lower()
    demo.grab_floor().save(str(shot_dir() / "demo_practice_floor.png"))
    assert pack(qtbot, demo, "A") == "closed"
    # the closed order's pick ticket is gone; the hint says what is left
    assert "ticket:A" not in demo.panel.buttons and "Finish and score" in demo.hint_line.text()
    card = finish(qtbot, demo)
    assert demo.hint_line.text() == "Next: Choose a scenario and start."
    assert (card.errors_injected, card.errors_caught, card.accuracy) == (0, 0, 1.0)
    assert "accuracy 100%" in demo.panel.score_label.text() and "PASSED" in demo.panel.score_label.text()
    assert demo.panel.pdf_view.pixmap() is not None and not demo.panel.pdf_view.pixmap().isNull()


@pytest.mark.parametrize(
    ("scenario", "ends"),
    [
        ("wrong-item", ["closed"]),
        ("fragile-order", ["closed"]),
        ("damaged-unit", ["closed"]),
        ("expired-lot", ["closed"]),
        ("missing-serial", ["exception"]),
        ("short-pick", ["exception"]),
        ("weight-mismatch", ["closed"]),
        ("printer-jam", ["closed"]),
    ],
)
def test_a_careful_trainee_catches_every_injected_error(qtbot, demo, scenario, ends) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, demo, scenario, hints=False)
    assert not demo.hint_line.isVisible()  # an assessment run: no hints anywhere
    assert [pack(qtbot, demo, o.key) for o in demo.run.orders] == ends
    injected = len(demo.run.scenario.events)
    card = finish(qtbot, demo)
    assert (
        card.errors_injected,
        card.errors_caught,
        card.errors_handled,
        card.errors_missed,
        card.overrides_asked,
    ) == (injected, injected, injected, 0, 0), card.outcomes
    assert card.accuracy == 1.0 and card.own_errors == 0 and card.passed


def test_a_scenario_by_keys_only_to_its_scorecard(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    """No mouse: Ctrl+Shift+S starts, Home/Down/End and Enter scan from the virtual scanner, dialogs by their keys,
    F12 closes, Ctrl+Shift+F scores."""
    panel = demo.panel
    panel.scenario.setCurrentIndex(panel.scenario.findData("wrong-item"))
    bench_key(demo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert demo.run is not None and demo.run.scenario.id == "wrong-item"
    assert panel.focusWidget() is panel.buttons["ticket:A"]  # the keyboard lands on the virtual scanner
    key_pack(qtbot, demo)
    bench_key(demo, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    card = demo.training.scorecards()[0]
    assert card.finished_at is not None and (card.errors_caught, card.errors_handled, card.passed) == (1, 1, True)
    assert "PASSED" in panel.score_label.text() and "handled right" in panel.score_label.text()


def test_a_trainee_who_only_re_weighs_fails_the_scale_disagrees(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, demo, "weight-mismatch", hints=False)
    assert pack(qtbot, demo, "A", only_reweigh=True) == "exception"
    assert len(set(demo.scale.readings)) == 1 and len(demo.scale.readings) == 3  # the scale never agreed
    card = finish(qtbot, demo)
    assert (card.errors_caught, card.errors_handled, card.accuracy, card.passed) == (1, 0, 0.0, False)
    score = demo.panel.score_label.text()
    assert "NOT PASSED" in score and "caught, not handled" in score and "check the box" in score


def test_a_bad_day_through_every_dialog(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, demo, "bad-day")
    ends = [pack(qtbot, demo, order.key, shots=True) for order in demo.run.orders]
    assert not demo.tabs.isTabVisible(1)  # the trainee never sees the trainer's tab
    assert demo.scale.readings[-2] - demo.scale.readings[-1] == -350  # order D: the scale read 350 g light once
    assert ends == ["closed", "closed", "exception", "closed"]
    card = finish(qtbot, demo)
    assert (card.errors_injected, card.errors_caught, card.errors_handled, card.overrides_asked) == (6, 6, 6, 0)
    jam = next(o for o in card.outcomes if o.event == "printer_jam")
    assert jam.handled and "reprinted (F7)" in jam.why
    demo.main.flow.sign_out()
    demo.main.sign_in("BADGE-T001", "6060")  # the trainer
    assert demo.tabs.isTabVisible(1)
    demo.tabs.setCurrentIndex(1)
    trainer = demo.trainer
    assert trainer.trainees.item(0, 0).text() == "Sam Taylor"
    assert trainer.cards.item(0, 1).text() == "A bad day" and trainer.cards.item(0, 4).text() == "6/6"
    demo.grab_floor().save(str(shot_dir() / "demo_trainer_view.png"))
    trainer.cards.setCurrentCell(0, 0)
    pdf = trainer.print_selected(tmp_path / "card.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in trainer.saved.text()  # the trainer is told it was saved, and where


def test_a_careless_trainee_misses_and_asks_for_overrides(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, demo, "weight-mismatch")
    assert pack(qtbot, demo, "A", careless=True) == "closed"
    assert len(demo.scale.readings) == 1  # never re-weighed: the lead made the number go away
    card = finish(qtbot, demo)
    assert (card.errors_injected, card.errors_caught, card.errors_handled, card.overrides_asked) == (1, 1, 0, 1)
    start(qtbot, demo, "damaged-unit")
    assert pack(qtbot, demo, "A", careless=True) == "closed"  # the crushed mug passed as undamaged
    card = finish(qtbot, demo)
    assert (card.errors_caught, card.errors_missed, card.overrides_asked, card.accuracy) == (0, 1, 0, 0.0)
    demo.main.flow.sign_out()
    demo.main.sign_in("BADGE-L001", "5050")  # a lead may read the scorecards too
    demo.tabs.setCurrentIndex(1)
    assert demo.trainer.trainees.item(0, 1).text() == "2" and demo.trainer.cards.item(0, 7).text() == "0%"
    assert "0% → 0%" not in demo.trainer.trainees.item(0, 4).text()  # two scenarios, one attempt each
    demo.main.flow.sign_out()
    demo.main.sign_in("BADGE-P004", "4444")


def test_a_trainee_own_slip_lowers_accuracy(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, demo, "expired-lot")
    click(qtbot, demo, "ticket:A")
    click(qtbot, demo, "tray:0")  # a deliberately wrong scan: the trainee's own error
    assert demo.main.banner.awaiting_ack and demo.main.banner.headline == "UNKNOWN BARCODE"
    ack_if_stopped(demo)
    assert pack(qtbot, demo, "A") == "closed"
    card = finish(qtbot, demo)
    assert card.errors_caught == 1 and card.own_errors == 1 and card.accuracy == 0.5


def test_the_demo_window_speaks_the_trainee_language(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    """A Finnish trainee signs in: banner, bench and trainer tab switch without a restart (nb/pl/fi catalogue)."""
    demo.main.flow.sign_out()
    demo.main.sign_in("BADGE-P003", "3333")  # Mikko Laine, fi
    try:
        assert demo.banner.text() == "KOULUTUS — demotietokanta, mitään ei lähetetä"
        assert demo.panel.start_button.text() == "Aloita skenaario"
        assert demo.tabs.tabText(0) == "Harjoituskenttä"
        start(qtbot, demo, "printer-jam")
        assert demo.panel.hint_text == "Napsauta keräyslappua ottaaksesi tilauksen."
        assert demo.panel.buttons["ticket:A"].text().startswith("Keräyslappu A (1 tuote keräilylaatikossa)")
    finally:
        demo.main.flow.sign_out()
        demo.main.sign_in("BADGE-P004", "4444")  # English again for whatever runs next
    assert demo.banner.text() == BANNER


def test_the_bench_closes_only_with_the_demo_window(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    demo.panel.close()
    assert demo.panel.isVisible()  # closing it alone would strand the trainee without a scanner
    demo.close()
    assert not demo.panel.isVisible()


def test_the_trainer_reads_results_per_error_type_and_the_trend(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two attempts at "The scale disagrees" (re-weighing only, then finding the cause) and one other scenario: the
    trainer's tab shows the trend per scenario and the results per error type; the scorecard PDF has the trend."""
    from PySide6.QtCore import QRect

    start(qtbot, demo, "weight-mismatch", hints=False)
    assert pack(qtbot, demo, "A", only_reweigh=True) == "exception"
    finish(qtbot, demo)
    start(qtbot, demo, "weight-mismatch", hints=False)
    assert pack(qtbot, demo, "A") == "closed"
    finish(qtbot, demo)
    start(qtbot, demo, "damaged-unit")
    assert pack(qtbot, demo, "A") == "closed"
    finish(qtbot, demo)
    assert not demo.tabs.isTabVisible(1)
    demo.main.flow.sign_out()
    demo.main.sign_in("BADGE-A001", "9090")  # the admin reads English (the trainer Aino reads Finnish)
    demo.tabs.setCurrentIndex(1)
    trainer = demo.trainer
    row = next(r for r in range(trainer.trainees.rowCount()) if trainer.trainees.item(r, 0).text() == "Sam Taylor")
    assert "The scale disagrees: 0% → 100% ✓" in trainer.trainees.item(row, 4).text()
    trainer.trainees.selectRow(row)
    types = {
        trainer.types.item(r, 0).text(): [trainer.types.item(r, c).text() for c in range(1, 5)]
        for r in range(trainer.types.rowCount())
    }
    assert types["Weight mismatch"] == ["2", "2", "1", "0"]  # injected, caught, handled right, missed
    assert types["Damaged unit"] == ["1", "1", "1", "0"]
    trainer.cards.selectRow(1)  # the passed weight attempt
    pdf = trainer.print_selected(tmp_path / "card.pdf")
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Trend over this trainee's attempts" in text and "PASSED" in text
    demo.tile(QRect(0, 0, 1366, 768))
    demo.grab_floor().save(str(shot_dir() / "training_trainer_view_1366x768.png"))
    demo.main.flow.sign_out()
    demo.main.sign_in("BADGE-P004", "4444")


@pytest.mark.parametrize("badge", [("BADGE-P004", "4444"), ("BADGE-P003", "3333"), ("BADGE-A001", "9090")])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_two_windows_tile_the_screen(qtbot, demo, size, badge) -> None:  # type: ignore[no-untyped-def]
    """Demo window left, bench right, both inside the screen at 1366x768 and 1920x1080, in English and Finnish (the
    longest words), for a trainee and for an admin (the trainer's tab)."""
    from PySide6.QtCore import QRect

    demo.main.flow.sign_out()
    demo.main.sign_in(*badge)
    start(qtbot, demo, "bad-day")
    click(qtbot, demo, "ticket:A")
    area = QRect(0, 0, *size)
    demo.tile(area)
    settle_all = [demo.grab(), demo.panel.grab()]  # lays both out as they will be painted
    assert settle_all
    left, right = demo.geometry(), demo.panel.geometry()
    assert area.contains(left) and area.contains(right), (left, right)
    assert left.right() < right.left()
    assert right.width() >= 400 and left.width() >= size[0] - 480
    demo.main.flow.sign_out()
    demo.main.sign_in("BADGE-P004", "4444")


def test_the_scenario_list_follows_the_trainees_language(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The list is built before anyone signs in; a Polish lead's sign-in turns its titles Polish (seen at 1366x768
    under Xvfb: "1 · First order" stayed English on a Polish screen)."""
    from packstation.gui.i18n import switch_language

    settings = Settings(
        db_url=f"sqlite:///{tmp_path / 'prod.db'}",
        demo_db_url=f"sqlite:///{tmp_path / 'demo.db'}",
        print_dir=tmp_path / "print",
        station="BENCH-01",
        demo=True,
        sounds=False,
    )
    store = open_demo_store(settings, orders=3)
    window = demo_window(store, settings, sounds=False)
    qtbot.addWidget(window)
    qtbot.addWidget(window.panel)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.panel.scenario.itemText(0) == "1 · First order"
        window.main.sign_in("BADGE-L001", "5050")  # Marta Kowalska reads Polish
        assert window.panel.scenario.itemText(0) == "1 · Pierwsze zamówienie"
    finally:
        switch_language("en")
        window.close()
        store.dispose()
