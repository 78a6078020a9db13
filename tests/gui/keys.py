"""Type into the app as a keyboard-wedge scanner does: key events with explicit timestamps ~8 ms apart, then Enter.

`qtbot.keyClicks` sends keys with no controllable timestamps and no separate Shift key events, so these helpers
build each QKeyEvent and send it through QApplication (the application-wide scan filter sees it exactly as a real
key press). Like a real keyboard on Qt's xcb platform, a capital (or a shifted symbol such as `_` or `+`) arrives as
Shift press (modifiers: Shift, no text), the key press and release with the Shift modifier, then Shift release —
`shift=False` sends the old single key event instead. `caps_lock=True` brackets the scan with Caps Lock presses, and
`keypad=True` sends digits as keypad keys (KeypadModifier), as some scanners do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

_now = [1_000_000]


def _tick(ms: int) -> int:
    _now[0] += ms
    return _now[0]


SHIFTED_SYMBOLS = set('~!@#$%^&*()_+{}|:"<>?')
_UNSHIFTED = dict(zip('~!@#$%^&*()_+{}|:"<>?', "`1234567890-=[]\\;',./", strict=True))


def _key_for(char: str) -> int:
    code = ord(char.upper())
    return code if code < 0x100 else int(Qt.Key.Key_unknown)


def needs_shift(char: str) -> bool:
    """Whether a US keyboard (and so a scanner) presses Shift for `char`."""
    return (char.isalpha() and char.isupper()) or char in SHIFTED_SYMBOLS


def _target(target: QObject | None) -> QObject:
    found = target or QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow()
    if found is None:  # offscreen: after a dialog closes nothing may be active; a scanner still types somewhere
        found = next((w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()), None)
    assert found is not None, "no widget to type into"
    return found


def press(
    target: QObject | None,
    key: int,
    text: str = "",
    *,
    gap_ms: int = 8,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """One key press (and release) `gap_ms` after the previous key event."""
    receiver = _target(target)
    stamp = _tick(gap_ms)
    down = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
    down.setTimestamp(stamp)
    QApplication.sendEvent(receiver, down)
    up = QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text)
    up.setTimestamp(stamp + 1)
    QApplication.sendEvent(_target(target) if target is None else receiver, up)


def modifier(
    target: QObject | None,
    key: Qt.Key,
    *,
    down: bool,
    gap_ms: int = 2,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A lone modifier press or release (Shift, Caps Lock, NumLock, AltGr, Ctrl): no text, as Qt delivers it."""
    receiver = _target(target)
    kind = QEvent.Type.KeyPress if down else QEvent.Type.KeyRelease
    event = QKeyEvent(kind, int(key), modifiers, "")
    event.setTimestamp(_tick(gap_ms))
    QApplication.sendEvent(receiver, event)


def type_char(target: QObject | None, char: str, *, gap_ms: int = 8, shift: bool = True, keypad: bool = False) -> None:
    """One character as a US keyboard types it; Shift pressed and released around it when it needs Shift."""
    shift_mod = Qt.KeyboardModifier.ShiftModifier
    if keypad and char.isdigit():
        press(target, int(Qt.Key.Key_0) + int(char), char, gap_ms=gap_ms, modifiers=Qt.KeyboardModifier.KeypadModifier)
    elif shift and needs_shift(char):
        half = max(gap_ms // 3, 1)
        modifier(target, Qt.Key.Key_Shift, down=True, gap_ms=max(gap_ms - half, 0), modifiers=shift_mod)
        press(
            target,
            _key_for(_UNSHIFTED.get(char, char)) if char in SHIFTED_SYMBOLS else _key_for(char),
            char,
            gap_ms=half,
            modifiers=shift_mod,
        )
        modifier(target, Qt.Key.Key_Shift, down=False, gap_ms=1)
    else:
        press(target, _key_for(char), char, gap_ms=gap_ms)


def scan(
    text: str,
    target: QObject | None = None,
    *,
    gap_ms: int = 8,
    terminator: str = "enter",
    shift: bool = True,
    caps_lock: bool = False,
    keypad: bool = False,
) -> None:
    """A scanner burst: each character `gap_ms` apart, then Enter (Tab, ctrl+j, or etx), after a human-sized pause.

    `gap_ms` may be a list (one gap per character and the terminator) to model keys delivered in lumps.
    """
    _tick(1000)
    gaps = list(gap_ms) if isinstance(gap_ms, list | tuple) else [gap_ms] * (len(text) + 1)
    if caps_lock:
        modifier(target, Qt.Key.Key_CapsLock, down=True, gap_ms=0)
        modifier(target, Qt.Key.Key_CapsLock, down=False, gap_ms=2)
    for i, char in enumerate(text):
        type_char(target, char, gap_ms=gaps[i] if i else 0, shift=shift, keypad=keypad)
    if caps_lock:
        modifier(target, Qt.Key.Key_CapsLock, down=True, gap_ms=2)
        modifier(target, Qt.Key.Key_CapsLock, down=False, gap_ms=2)
    end = gaps[len(text)] if len(gaps) > len(text) else gaps[-1]
    if terminator == "tab":
        press(target, int(Qt.Key.Key_Tab), "\t", gap_ms=end)
    elif terminator == "ctrl+j":
        press(target, int(Qt.Key.Key_J), "\n", gap_ms=end, modifiers=Qt.KeyboardModifier.ControlModifier)
    elif terminator == "etx":
        press(target, int(Qt.Key.Key_C), "\x03", gap_ms=end, modifiers=Qt.KeyboardModifier.ControlModifier)
    else:
        press(target, int(Qt.Key.Key_Return), "\r", gap_ms=end)


def type_text(text: str, target: QObject | None = None, *, gap_ms: int = 180, shift: bool = True) -> None:
    """A person typing: keys far apart (the filter must hand them to the focused field)."""
    for char in text:
        type_char(target, char, gap_ms=gap_ms, shift=shift)


def key(qt_key: Qt.Key, target: QObject | None = None, text: str = "") -> None:
    """A deliberate single key (Enter, Esc, F-keys sent to a widget) long after anything else."""
    press(target, int(qt_key), text, gap_ms=1000)
