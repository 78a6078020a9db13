"""Type into the app as a keyboard-wedge scanner does: key events with explicit timestamps ~8 ms apart, then Enter.

`qtbot.keyClicks` sends keys with no controllable timestamps, so these helpers build each QKeyEvent and send it
through QApplication (the application-wide scan filter sees it exactly as a real key press).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

_now = [1_000_000]


def _tick(ms: int) -> int:
    _now[0] += ms
    return _now[0]


def _key_for(char: str) -> int:
    code = ord(char.upper())
    return code if code < 0x100 else int(Qt.Key.Key_unknown)


def _target(target: QObject | None) -> QObject:
    found = target or QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow()
    if found is None:  # offscreen: after a dialog closes nothing may be active; a scanner still types somewhere
        found = next((w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()), None)
    assert found is not None, "no widget to type into"
    return found


def press(target: QObject | None, key: int, text: str = "", *, gap_ms: int = 8,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press (and release) `gap_ms` after the previous key event."""
    receiver = _target(target)
    stamp = _tick(gap_ms)
    down = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
    down.setTimestamp(stamp)
    QApplication.sendEvent(receiver, down)
    up = QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text)
    up.setTimestamp(stamp + 1)
    QApplication.sendEvent(_target(target) if target is None else receiver, up)


def scan(text: str, target: QObject | None = None, *, gap_ms: int = 8, terminator: str = "enter") -> None:
    """A scanner burst: each character `gap_ms` apart, then Enter (or Tab), after a human-sized pause."""
    _tick(1000)
    for i, char in enumerate(text):
        press(target, _key_for(char), char, gap_ms=gap_ms if i else 0)
    if terminator == "tab":
        press(target, int(Qt.Key.Key_Tab), "\t", gap_ms=gap_ms)
    else:
        press(target, int(Qt.Key.Key_Return), "\r", gap_ms=gap_ms)


def type_text(text: str, target: QObject | None = None, *, gap_ms: int = 180) -> None:
    """A person typing: keys far apart (the filter must hand them to the focused field)."""
    for char in text:
        press(target, _key_for(char), char, gap_ms=gap_ms)


def key(qt_key: Qt.Key, target: QObject | None = None, text: str = "") -> None:
    """A deliberate single key (Enter, Esc, F-keys sent to a widget) long after anything else."""
    press(target, int(qt_key), text, gap_ms=1000)
