"""Demo mode end to end: scenarios packed by clicking the virtual scanner, scored, shown to the trainer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.config import Settings
from packstation.demo.floor import open_demo_store
from packstation.gui.demo.window import BANNER, build_demo_window

SHOTS = Path(__file__).parents[1] / "screenshots"


@pytest.fixture
def demo(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'prod.db'}", demo_db_url=f"sqlite:///{tmp_path / 'demo.db'}",
                        print_dir=tmp_path / "print", station="BENCH-01", demo=True, sounds=False)
    store = open_demo_store(settings, orders=3)
    window = build_demo_window(store, settings, sounds=False)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    window.main.sign_in("BADGE-P004", "4444")
    yield window
    window.close()
    store.dispose()


def click(qtbot, window, key: str) -> None:  # type: ignore[no-untyped-def]
    buttons = window.panel.buttons
    assert key in buttons, f"{key} not on the virtual scanner: {sorted(buttons)}"
    qtbot.mouseClick(buttons[key], Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def start(qtbot, window, scenario: str, hints: bool = True) -> None:  # type: ignore[no-untyped-def]
    panel = window.panel
    panel.scenario.setCurrentIndex(panel.scenario.findData(scenario))
    panel.hints_on.setChecked(hints)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert window.run is not None and window.run.scenario.id == scenario


def pack_current(qtbot, window, skip: tuple[str, ...] = ()) -> None:  # type: ignore[no-untyped-def]
    """Click every tote item (except kinds in `skip` and spares), the box, weigh, then slips and labels; close."""
    order = window.panel.current_order()
    for n, item in enumerate(order.items):
        if item.kind in skip or (item.kind == "spare" and not any(i.kind == "expired" for i in order.items)):
            continue  # a spare replaces a refused expired unit (a damaged one goes through the QC dialog)
        click(qtbot, window, f"item:{n}")
        if window.main.banner.awaiting_ack:
            window.main.registry.trigger("ack")
    session = window.main.session
    assert session.plan, (session.state, session.blockers, window.main.banner.headline)
    click(qtbot, window, f"box:{session.plan['boxes'][0]['box']}")
    for _ in range(3):  # the weight dialog opens once the box is confirmed
        if window.main.session.pending_qc:
            qtbot.waitUntil(lambda: getattr(window.main.flow, "dialog", None) is not None, timeout=3000)
            qtbot.mouseClick(window.panel.weigh_button, Qt.MouseButton.LeftButton)
            QApplication.processEvents()
            if window.main.banner.awaiting_ack:
                window.main.registry.trigger("ack")
            dialog = window.main.flow.dialog
            if dialog is not None and window.main.session.pending_qc:
                continue
    for key in list(window.panel.buttons):
        if key.startswith(("slip:", "label:")):
            click(qtbot, window, key)
    for key in list(window.panel.buttons):
        if key.startswith("label:"):
            click(qtbot, window, key)
    assert window.main.session.can_close, window.main.session.blockers
    window.main.registry.trigger("close")
    qtbot.waitUntil(lambda: window.main.session is None or window.main.session.state.value == "closed", timeout=3000)


def test_banner_hints_and_a_first_order(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    assert demo.banner.text() == BANNER and demo.banner.isVisible()
    start(qtbot, demo, "first-order")
    assert "pick ticket" in demo.panel.hint_label.text().lower()
    click(qtbot, demo, "ticket:A")
    assert demo.main.session.order_ref == demo.run.orders[0].ref
    assert "scan the items in the tote" in demo.panel.hint_label.text().lower()
    SHOTS.mkdir(exist_ok=True)
    demo.grab().save(str(SHOTS / "demo_practice_floor.png"))
    pack_current(qtbot, demo)
    demo.panel.finish()
    assert "accuracy 100%" in demo.panel.score_label.text()
    assert demo.panel.pdf_view.pixmap() is not None and not demo.panel.pdf_view.pixmap().isNull()


def test_wrong_item_caught_through_the_virtual_scanner(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, demo, "wrong-item", hints=False)
    assert not demo.panel.hint_label.isVisible()
    click(qtbot, demo, "ticket:A")
    pack_current(qtbot, demo)
    card = demo.finish()
    assert (card.errors_caught, card.errors_missed, card.accuracy) == (1, 0, 1.0)


def test_weight_mismatch_from_the_simulated_scale_and_the_trainer_view(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, demo, "weight-mismatch")
    click(qtbot, demo, "ticket:A")
    pack_current(qtbot, demo)
    assert len(demo.scale.readings) == 2 and demo.scale.readings[0] - demo.scale.readings[1] == 400
    card = demo.finish()
    assert (card.errors_caught, card.overrides_asked) == (1, 0)
    start(qtbot, demo, "expired-lot")
    click(qtbot, demo, "ticket:A")
    click(qtbot, demo, "tray:0")  # a deliberately wrong scan: the trainee's own error
    if demo.main.banner.awaiting_ack:
        demo.main.registry.trigger("ack")
    pack_current(qtbot, demo)
    card = demo.finish()
    assert card.errors_caught == 1 and card.own_errors == 1 and card.accuracy == 0.5
    demo.tabs.setCurrentIndex(1)
    trainer = demo.trainer
    assert trainer.trainees.item(0, 0).text() == "Sam Taylor" and trainer.trainees.item(0, 1).text() == "2"
    assert trainer.cards.item(0, 1).text() == "An expired lot" and trainer.cards.item(0, 7).text() == "50%"
    demo.grab().save(str(SHOTS / "demo_trainer_view.png"))
    trainer.cards.setCurrentCell(0, 0)
    pdf = trainer.print_selected(tmp_path / "card.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
