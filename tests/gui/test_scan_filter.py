"""The scan filter tells a scanner burst from typing by key timestamps; a scan never lands in a text field."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget

from packstation.gui.scan_filter import ScanFilter
from tests.gui import keys


@pytest.fixture
def scan_filter(qapp):  # type: ignore[no-untyped-def]
    scan_filter = ScanFilter(max_gap_ms=30)
    qapp.installEventFilter(scan_filter)
    yield scan_filter
    qapp.removeEventFilter(scan_filter)


@pytest.fixture
def field(qtbot) -> QLineEdit:  # type: ignore[no-untyped-def]
    window = QWidget()
    edit = QLineEdit(window)
    QVBoxLayout(window).addWidget(edit)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    edit.setFocus()
    edit.window_ref = window  # keep the parent alive for the test
    return edit


def test_scan_is_emitted_and_not_typed_into_the_field(qtbot, scan_filter, field) -> None:  # type: ignore[no-untyped-def]
    got: list[str] = []
    scan_filter.scanned.connect(lambda text, _ts: got.append(text))
    keys.scan("0123456789012", field)
    assert got == ["0123456789012"]
    assert field.text() == ""


def test_typing_reaches_the_focused_field(qtbot, scan_filter, field) -> None:  # type: ignore[no-untyped-def]
    got: list[str] = []
    scan_filter.scanned.connect(lambda text, _ts: got.append(text))
    keys.type_text("1234", field)
    qtbot.waitUntil(lambda: field.text() == "1234")
    keys.key(keys.Qt.Key.Key_Return, field, "\r")
    assert got == []


def test_two_fast_scans_back_to_back_stay_two(qtbot, scan_filter, field) -> None:  # type: ignore[no-untyped-def]
    got: list[str] = []
    scan_filter.scanned.connect(lambda text, _ts: got.append(text))
    for code in ("SKU-A1", "SKU-B2"):
        for char in code:
            keys.press(field, keys._key_for(char), char, gap_ms=7)
        keys.press(field, int(keys.Qt.Key.Key_Tab), "\t", gap_ms=7)
    assert got == ["SKU-A1", "SKU-B2"]
    assert field.text() == ""


def test_scan_into_a_dialog_is_not_swallowed(qtbot, scan_filter) -> None:  # type: ignore[no-untyped-def]
    got: list[str] = []
    scan_filter.scanned.connect(lambda text, _ts: got.append(text))
    dialog = QDialog()
    edit = QLineEdit(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    edit.setFocus()
    keys.scan("BADGE-0007", edit)
    assert got == ["BADGE-0007"]
    assert edit.text() == ""
    assert dialog.isVisible()  # the Enter of the scan did not press the dialog's default button


def test_slow_keys_then_enter_is_typing_not_a_scan(qtbot, scan_filter, field) -> None:  # type: ignore[no-untyped-def]
    got: list[str] = []
    scan_filter.scanned.connect(lambda text, _ts: got.append(text))
    keys.type_text("abc", field, gap_ms=45)
    keys.press(field, int(keys.Qt.Key.Key_Return), "\r", gap_ms=8)
    qtbot.waitUntil(lambda: field.text() == "abc")
    assert got == []
    assert QApplication.focusWidget() is field


# -- scanners as they really type: Shift around capitals, Caps Lock, keypad, framing, terminators, lumps --------------


def _collect(scan_filter: ScanFilter) -> list[str]:
    got: list[str] = []
    scan_filter.scanned.connect(lambda text, _ts: got.append(text))
    return got


@pytest.mark.parametrize("code", ["BADGE-P004", "ORD-NL-100005", "CMD-ACK", "TOTE-A17", "Lot_7+X"])
def test_shift_around_capitals_belongs_to_the_scan(qtbot, scan_filter, field, code) -> None:  # type: ignore[no-untyped-def]
    got = _collect(scan_filter)
    keys.scan(code, field)  # Shift press, key (Shift), key release, Shift release: what Qt gives for a capital
    assert got == [code]
    assert field.text() == ""


def test_caps_lock_numlock_altgr_and_keypad_inside_a_scan(qtbot, scan_filter, field) -> None:  # type: ignore[no-untyped-def]
    got = _collect(scan_filter)
    keys.scan("BOX-M2", field, caps_lock=True)
    keys.scan("4006381333931", field, keypad=True)
    keys._tick(1000)
    keys.press(field, keys._key_for("A"), "A", gap_ms=0)
    keys.modifier(field, keys.Qt.Key.Key_NumLock, down=True)
    keys.modifier(field, keys.Qt.Key.Key_AltGr, down=True)
    keys.press(field, int(keys.Qt.Key.Key_Q), "@", gap_ms=4, modifiers=keys.Qt.KeyboardModifier.GroupSwitchModifier)
    keys.modifier(field, keys.Qt.Key.Key_AltGr, down=False)
    keys.modifier(field, keys.Qt.Key.Key_Control, down=True, modifiers=keys.Qt.KeyboardModifier.ControlModifier)
    keys.press(
        field, int(keys.Qt.Key.Key_BracketRight), "\x1d", gap_ms=4, modifiers=keys.Qt.KeyboardModifier.ControlModifier
    )
    keys.modifier(field, keys.Qt.Key.Key_Control, down=False)
    for char in "B1":
        keys.type_char(field, char, gap_ms=6)
    keys.press(field, int(keys.Qt.Key.Key_Return), "\r", gap_ms=6)
    assert got == ["BOX-M2", "4006381333931", "A@\x1dB1"]
    assert field.text() == ""


@pytest.mark.parametrize("terminator", ["enter", "tab", "ctrl+j", "etx"])
def test_every_terminator_ends_a_scan(qtbot, scan_filter, field, terminator) -> None:  # type: ignore[no-untyped-def]
    got = _collect(scan_filter)
    keys.scan("ORD-NL-100005", field, terminator=terminator)
    keys.scan("BADGE-P004", field, terminator=terminator)
    assert got == ["ORD-NL-100005", "BADGE-P004"]
    assert field.text() == ""


def test_stx_etx_and_a_configured_prefix_and_suffix_are_taken_off(qtbot, qapp, field) -> None:  # type: ignore[no-untyped-def]
    framed = ScanFilter(max_gap_ms=30, prefix="@@", suffix="#")
    qapp.installEventFilter(framed)
    try:
        got = _collect(framed)
        keys.scan("\x02BADGE-P004\x03", field, terminator="enter")  # STX ... ETX, then Enter: one scan
        keys.scan("@@ORD-NL-100005#", field)
        keys.scan("@@TOTE-A17#", field, terminator="tab")
    finally:
        qapp.removeEventFilter(framed)
    assert got == ["BADGE-P004", "ORD-NL-100005", "TOTE-A17"]
    assert field.text() == ""


def test_a_scan_delivered_in_lumps_by_a_busy_pc_is_never_split(qtbot, scan_filter, field) -> None:  # type: ignore[no-untyped-def]
    """Two label scans in ten were split on a loaded 2-core machine: the keys come in lumps, one gap is long."""
    import random

    rng = random.Random(15)
    got = _collect(scan_filter)
    codes = [f"LBL-NL-{100000 + i}-Z" for i in range(10)]
    for code in codes:
        gaps = [rng.choice([0, 0, 1, 8, 9]) for _ in range(len(code) + 1)]
        for _ in range(2):  # two stalls per scan, anywhere in it (the first key's gap is the pause before)
            gaps[rng.randrange(1, len(gaps))] = rng.choice([45, 80, 160, 400])
        keys.scan(code, field, gap_ms=gaps)
    assert got == codes
    assert field.text() == ""


def test_a_person_typing_capitals_sees_them_in_the_field(qtbot, scan_filter, field) -> None:  # type: ignore[no-untyped-def]
    got = _collect(scan_filter)
    keys.type_text("Ab-C1", field, gap_ms=120)
    qtbot.waitUntil(lambda: field.text() == "Ab-C1")
    keys.key(keys.Qt.Key.Key_Return, field, "\r")
    assert got == []


def test_a_fast_typist_with_enter_is_still_typing(qtbot, scan_filter, field) -> None:  # type: ignore[no-untyped-def]
    got = _collect(scan_filter)
    keys.type_text("P004", field, gap_ms=55)  # a quick person: every gap well above a scanner's
    keys.press(field, int(keys.Qt.Key.Key_Return), "\r", gap_ms=60)
    qtbot.waitUntil(lambda: field.text() == "P004")
    assert got == []


def test_a_scan_whose_first_key_was_given_to_the_field_is_taken_back_whole(qtbot, scan_filter, field) -> None:  # type: ignore[no-untyped-def]
    """A stalled PC: the first key sat alone long enough to be given to the field as typing; the rest came fast.
    The terminator shows the burst was a scan: the field is cleaned and the scan arrives whole."""
    got = _collect(scan_filter)
    keys._tick(1000)
    keys.type_char(field, "L", gap_ms=0)
    qtbot.waitUntil(lambda: field.text() == "L")  # the quiet timer gave it back as typing
    for i, char in enumerate("BL-NL-100003-ZQ"):
        keys.type_char(field, char, gap_ms=160 if i == 0 else 8)
    keys.press(field, int(keys.Qt.Key.Key_Return), "\r", gap_ms=8)
    assert got == ["LBL-NL-100003-ZQ"]
    assert field.text() == ""


def test_slow_then_fast_keys_of_one_scan_are_one_scan(qtbot, scan_filter, field) -> None:  # type: ignore[no-untyped-def]
    got = _collect(scan_filter)
    keys.scan("CMD-ACK", field, gap_ms=[0, 60, 70, 65, 8, 8, 8, 8])  # 3 slow gaps: given to the field, then fast
    assert got == ["CMD-ACK"]
    assert field.text() == ""


def test_a_key_typed_before_a_scan_stays_out_of_it(qtbot, scan_filter, field) -> None:  # type: ignore[no-untyped-def]
    """A packer answers a dialog with S (or types into a field), then scans a second later: two things."""
    got = _collect(scan_filter)
    keys.type_text("s", field)
    qtbot.waitUntil(lambda: field.text() == "s")
    keys.scan("SLYMR3PQNWYX", field)
    assert got == ["SLYMR3PQNWYX"]
    assert field.text() == "s"


def test_a_path_typed_fast_into_a_file_dialog_is_typing_not_a_scan(qtbot, scan_filter) -> None:  # type: ignore[no-untyped-def]
    """Saving a scorecard: a path typed at scanner speed and ended with Enter stays in the dialog's field."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "Scorecard PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    name = next(e for e in dialog.findChildren(QLineEdit) if e.isVisible())
    name.setFocus()
    name.clear()
    got: list[str] = []
    scan_filter.scanned.connect(lambda text, _ts: got.append(text))
    for char in "card7.pdf":
        keys.press(name, keys._key_for(char), char, gap_ms=7)
    assert got == [] and name.text() == "card7.pdf"
    dialog.reject()
