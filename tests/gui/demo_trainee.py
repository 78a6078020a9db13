"""A trainee at the demo window, for pytest-qt: clicks on the virtual scanner through the window system (so a modal
dialog blocks exactly what it would block for a person), keys for every dialog (QC Y/N, S on the scale, F7 with a
reason, F10, F11 with the lead's badge and PIN, F12)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from packstation.gui.screens.prompts import ReasonDialog
from packstation.gui.screens.qc import QcDialog, WeightDialog
from tests.gui import keys
from tests.gui.printing import settle_prints
from tests.gui.screenshots import shot_dir


def watch_scans(demo) -> None:  # type: ignore[no-untyped-def]
    """Count what the virtual scanner really scanned (a blocked click scans nothing)."""
    demo.scans = []
    demo.panel.scanned.connect(demo.scans.append)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def click_widget(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """A mouse click through the window system (honours modality, unlike a click sent to the widget)."""
    top = widget.window()
    qtbot.waitUntil(lambda: top.windowHandle() is not None and top.isVisible())
    pos = widget.mapTo(top, widget.rect().center())
    QTest.mouseClick(top.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    settle()


def click(qtbot, demo, key: str) -> None:  # type: ignore[no-untyped-def]
    """Click one thing on the virtual scanner; the click must really reach the scanner (never blocked)."""
    for _ in range(5):  # the bench redraws its buttons when the print queue reports: take the button drawn last
        buttons = demo.panel.buttons
        assert key in buttons, f"{key} not on the virtual scanner: {sorted(buttons)}"
        button = buttons[key]
        demo.panel.scroll.ensureWidgetVisible(button)
        settle()
        if shiboken6.isValid(button) and demo.panel.buttons.get(key) is button:
            break
    before = len(demo.scans)
    click_widget(qtbot, button)
    assert len(demo.scans) == before + 1, f"the click on {key} did not scan (blocked by a dialog?)"


def key(demo, qt_key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A key on whatever has it: the open dialog, else the packer's window (F-keys and Esc are shortcuts)."""
    target = QApplication.activeModalWidget() or demo.main
    QTest.keyClick(target, qt_key)
    settle()


def modal(qtbot):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    return QApplication.activeModalWidget()


def ack_if_stopped(demo) -> None:  # type: ignore[no-untyped-def]
    if demo.main.banner.awaiting_ack:
        key(demo, Qt.Key.Key_Escape)
        assert not demo.main.banner.awaiting_ack


def give_reason(qtbot, dialog: ReasonDialog, text: str | None = None, *, pick: int = 0) -> None:
    """Pick the n-th offered reason (Down arrow) or type one, then Enter."""
    field = dialog.reason.lineEdit()
    if text is None:
        for _ in range(pick):
            QTest.keyClick(dialog.reason, Qt.Key.Key_Down)
    else:
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type_text(text, field)
        qtbot.waitUntil(lambda: field.text() == text)
    keys.key(Qt.Key.Key_Return, field, "\r")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    settle()


def answer(qtbot, dialog, letter: str) -> None:  # type: ignore[no-untyped-def]
    keys.type_text(letter, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible() or getattr(dialog, "waiting_for_replacement", False), timeout=3000)
    settle()


def lead_override(qtbot, demo, badge: str = "BADGE-L001", pin: str = "5050") -> None:
    """F11: the lead scans their badge (on the virtual scanner's keyboard wedge: typed as a scan), PIN, Enter."""
    key(demo, Qt.Key.Key_F11)
    dialog = modal(qtbot)
    keys.scan(badge, dialog)
    qtbot.waitUntil(lambda: dialog.badge.text() == badge)
    keys.type_text(pin, dialog.pin)
    qtbot.waitUntil(lambda: dialog.pin.text() == pin)
    keys.key(Qt.Key.Key_Return, dialog.pin, "\r")
    keys.key(Qt.Key.Key_Return, dialog.reason.lineEdit(), "\r")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    settle()


def answer_dialogs(qtbot, demo, state: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Every QC or weight dialog the station opens, answered by keys the way `state` says."""
    for _ in range(20):
        settle()
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if isinstance(dialog, WeightDialog):
            keys.type_text("s", dialog)  # S reads the (simulated) scale
            qtbot.waitUntil(lambda d=dialog: not isValid(d) or not d.isVisible(), timeout=3000)
            settle()
            if demo.main.banner.awaiting_ack:  # the scale disagrees: a red stop
                state["weight_refused"] = state.get("weight_refused", 0) + 1
                ack_if_stopped(demo)
                if state.get("careless"):  # Esc the weight dialog, ask the lead to wave it through
                    if QApplication.activeModalWidget() is not None:
                        key(demo, Qt.Key.Key_Escape)
                    lead_override(qtbot, demo)
                elif state.get("only_reweigh"):  # weigh again and again, never look in the box
                    if state["weight_refused"] >= 3:
                        if QApplication.activeModalWidget() is not None:
                            key(demo, Qt.Key.Key_Escape)
                        state["gave_up"] = True
                        return
                else:  # careful: look inside the box on the bench, take out what should not be there
                    click_widget(qtbot, demo.panel.box_button)
                    assert "taken out" in demo.panel.box_status.text(), demo.panel.box_status.text()
                # the dialog asks again, S reads again
            continue
        assert isinstance(dialog, QcDialog), type(dialog)
        check = dialog.request.check
        line = next(x for x in demo.main.session.lines if x.line_id == dialog.request.line_id)
        if check == "damage" and line.sku_code in state.get("damaged", ()) and not state.get("careless"):
            state["damaged"].remove(line.sku_code)
            if state.get("shot_qc"):
                demo.grab_floor().save(str(shot_dir() / "demo_qc_stop.png"))
            answer(qtbot, dialog, "n")
            assert dialog.waiting_for_replacement
            click(qtbot, demo, state["spares"][line.sku_code].pop(0))  # the trainee reaches for the shelf
            qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=3000)
        else:
            answer(qtbot, dialog, "y")
        ack_if_stopped(demo)
    raise AssertionError("QC dialogs never ended")


def pack(
    qtbot,
    demo,
    order_key: str,
    *,
    careless: bool = False,
    shots: bool = False,  # type: ignore[no-untyped-def]
    only_reweigh: bool = False,
) -> str:
    """One scenario order from pick ticket to close (or the exception shelf); returns how it ended."""
    if demo.main.session is None:
        click(qtbot, demo, f"ticket:{order_key}")
    order = demo.panel.current_order()
    assert order is not None and demo.main.session.order_ref == order.ref
    spares: dict[str, list[str]] = {}
    for n, item in enumerate(order.items):
        if item.kind == "spare":
            spares.setdefault(item.sku, []).append(f"item:{n}")
    state = {
        "careless": careless,
        "spares": spares,
        "shot_qc": shots,
        "only_reweigh": only_reweigh,
        "damaged": [i.sku for i in order.items if i.kind == "damaged"],
    }
    to_lead = ""
    for n, item in enumerate(order.items):
        if item.kind == "spare":
            continue
        click(qtbot, demo, f"item:{n}")
        stopped = demo.main.banner.awaiting_ack
        ack_if_stopped(demo)
        if item.kind == "expired":
            assert stopped, "an expired unit must stop the packer"
            click(qtbot, demo, spares[item.sku].pop(0))
        if item.kind == "no_serial":
            to_lead = "No serial sticker on the unit"
        answer_dialogs(qtbot, demo, state)
    session = demo.main.session
    if session is not None and session.state.value == "scanning" and session.units_scanned < session.units_ordered:
        to_lead = to_lead or "Item missing from the tote"
    if to_lead:
        key(demo, Qt.Key.Key_F10)
        give_reason(qtbot, modal(qtbot), to_lead)
        assert demo.main.session is None and "EXCEPTION" in demo.main.banner.headline
        return "exception"
    answer_dialogs(qtbot, demo, state)
    for box in demo.main.session.plan["boxes"]:
        click(qtbot, demo, f"box:{box['box']}")
        answer_dialogs(qtbot, demo, state)
        if state.get("gave_up"):  # the scale never agreed: the order goes to the lead
            key(demo, Qt.Key.Key_F10)
            give_reason(qtbot, modal(qtbot), "The scale is wrong")
            return "exception"
    for code in demo.main.session.slips_expected:
        click(qtbot, demo, f"slip:{code}")
    answer_dialogs(qtbot, demo, state)  # the gift check and the weight come once the slips are in the box
    if state.get("gave_up"):  # the scale never agreed: the order goes to the lead
        key(demo, Qt.Key.Key_F10)
        give_reason(qtbot, modal(qtbot), "The scale is wrong")
        return "exception"
    if demo.panel.jammed():
        printer_jam(qtbot, demo, shot=shots)
    for code in demo.main.session.labels_expected:
        click(qtbot, demo, f"label:{code}")
    assert demo.main.session.can_close, demo.main.session.blockers
    key(demo, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: demo.main.session is None, timeout=3000)
    return "closed"


def printer_jam(qtbot, demo, shot: bool = False) -> None:  # type: ignore[no-untyped-def]
    """The label did not print: the print panel shows the fault; clear the printer, F7, reason "Printer jam"."""
    fault = demo.main.order_screen.print_panel
    assert fault.has_fault and "jammed" in demo.main.printer_fault, demo.main.printer_fault
    assert "jammed" in demo.main.banner.detail  # the reason where the packer looks
    assert not any(k.startswith("label:") for k in demo.panel.buttons), "a jammed label is not in the hand"
    assert "jammed" in demo.panel.printer_status.text().lower()
    if shot:
        demo.grab_floor().save(str(shot_dir() / "demo_printer_jam.png"))
    click_widget(qtbot, demo.panel.clear_button)
    assert not demo.panel.jammed()
    key(demo, Qt.Key.Key_F7)
    give_reason(qtbot, modal(qtbot), pick=1)  # "Printer jam"
    settle_prints(qtbot, demo.main)
    assert not fault.has_fault, fault.fault.text()
    assert any(k.startswith("label:") for k in demo.panel.buttons)


def start(qtbot, demo, scenario: str, hints: bool = True) -> None:  # type: ignore[no-untyped-def]
    panel = demo.panel
    panel.scenario.setCurrentIndex(panel.scenario.findData(scenario))
    panel.hints_on.setChecked(hints)
    click_widget(qtbot, panel.start_button)
    assert demo.run is not None and demo.run.scenario.id == scenario


def finish(qtbot, demo):  # type: ignore[no-untyped-def]
    click_widget(qtbot, demo.panel.finish_button)
    return demo.training.scorecards()[0]


# -- the bench by keys only ----------------------------------------------------------------------------------------------
def bench_key(demo, qt_key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key on the training bench, to whatever has its focus (the bench is the active window)."""
    demo.panel.activateWindow()
    settle()
    QTest.keyClick(demo.panel.focusWidget() or demo.panel, qt_key, modifiers)
    settle()


def key_scan(demo, where: Qt.Key, steps: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Home/End to an item on the virtual scanner, Down `steps` times, Enter scans it; it must really scan."""
    before = len(demo.scans)
    bench_key(demo, where)
    for _ in range(steps):
        bench_key(demo, Qt.Key.Key_Down)
    bench_key(demo, Qt.Key.Key_Return)
    focus = demo.panel.focusWidget()
    assert len(demo.scans) == before + 1, (
        "Enter on the focused item did not scan",
        sorted(demo.panel.buttons),
        focus.text() if hasattr(focus, "text") else focus,
    )


def key_pack(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    """A whole scenario order by keys: ticket, every unit in the tote, box, slips, label, F12."""
    key_scan(demo, Qt.Key.Key_Home)  # the first pick ticket
    order = demo.panel.current_order()
    assert order is not None
    state: dict = {"spares": {}, "damaged": []}  # type: ignore[type-arg]
    for n, item in enumerate(order.items):
        if item.kind == "spare":
            continue
        key_scan(demo, Qt.Key.Key_Home, n)
        ack_if_stopped(demo)  # Esc: the station refused it, it goes aside
        answer_dialogs(qtbot, demo, state)
    answer_dialogs(qtbot, demo, state)
    for _ in demo.main.session.plan["boxes"]:
        key_scan(demo, Qt.Key.Key_End)  # the box just proposed is the newest thing on the bench
        answer_dialogs(qtbot, demo, state)
    for _ in list(demo.main.session.slips_expected):
        key_scan(demo, Qt.Key.Key_End)
    answer_dialogs(qtbot, demo, state)  # the weight comes once the slips are in the box
    for _ in list(demo.main.session.labels_expected):
        key_scan(demo, Qt.Key.Key_End)
    assert demo.main.session.can_close, demo.main.session.blockers
    key(demo, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: demo.main.session is None, timeout=3000)
