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
