"""Tell a barcode scanner from a person typing, application-wide, by the gaps between key events.

A keyboard-wedge scanner types a whole code in a burst (about 7-8 ms between keys) and ends it with Enter or Tab.
This filter sits on the QApplication and holds back printable key presses while they arrive faster than
`max_gap_ms` apart (measured with `QKeyEvent.timestamp()`, the time the key happened, so a busy GUI thread does not
blur the gaps). A burst that ends in a terminator becomes one `scanned(text, timestamp_ms)` signal and never reaches
the focused text field or dialog. Anything else (a slow key, a lone key, a short burst) is replayed unchanged to the
widget it was meant for: typing goes to the focused field.

The burst's characters, with their own timestamps, are fed to the pure `devices.scanner.ScanDecoder`, which gives
each scan its idempotent scan id and flags the same code repeated faster than a person handles two units.

Signals:
    scanned(str, int): the code without its terminator, and the timestamp of its first key.
    decoded(object): the same scan as a `DecodedScan` (text, scan_id, too_fast_repeat, timestamps).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from shiboken6 import isValid

from packstation.devices.scanner import ScanDecoder
from packstation.gui.slots import slot

TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
GS = "\x1d"  # FNC1 as most scanners send it (Ctrl+])


@dataclass
class _HeldKey:
    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    timestamp: int


def _is_scan_char(event: QKeyEvent) -> bool:
    text = event.text()
    if len(text) != 1 or event.isAutoRepeat():
        return False
    if text == GS:
        return True
    mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
    return text.isprintable() and mods == Qt.KeyboardModifier.NoModifier


class ScanFilter(QObject):
    """Application-wide key filter; install with `app.installEventFilter(filter)`."""

    scanned = Signal(str, int)
    decoded = Signal(object)

    def __init__(self, max_gap_ms: int = 30, min_length: int = 3, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decoder = ScanDecoder()
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self._held: list[_HeldKey] = []
        self._replaying = False
        self._in_timeout = False
        # Only a fallback for "no further key came": the decision itself is made on key timestamps.
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(max(3 * max_gap_ms, 60))
        self._flush_timer.timeout.connect(slot(self._on_timeout))

    # -- the filter ---------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        stamp = int(event.timestamp())
        if self._held and stamp - self._held[-1].timestamp > self.max_gap_ms:
            self._flush()  # the held keys were typing; this key starts afresh
        if event.key() in TERMINATORS and not event.isAutoRepeat():
            if len(self._held) >= self.min_length:
                text = "".join(key.text for key in self._held)
                first = self._held[0].timestamp
                decoded = []
                for key in self._held:
                    decoded += self.decoder.feed(key.text, key.timestamp)
                decoded += self.decoder.feed("\t" if event.key() == Qt.Key.Key_Tab else "\r", stamp)
                self._held.clear()
                self._flush_timer.stop()
                self.scanned.emit(text, first)
                for scan in decoded:
                    self.decoded.emit(scan)
                return True
            self._flush()
            return False
        if _is_scan_char(event):
            self._held.append(_HeldKey(watched, event.key(), event.modifiers(), event.text(), stamp))
            self._flush_timer.start()
            return True
        self._flush()
        return False

    # -- giving typing back -------------------------------------------------------------------------------------
    def _on_timeout(self) -> None:
        if self._in_timeout:
            return
        held = len(self._held)
        # Let key events already queued (a stalled GUI thread) reach the filter before deciding.
        self._in_timeout = True
        try:
            QCoreApplication.processEvents()
        finally:
            self._in_timeout = False
        if self._held and len(self._held) == held:
            self._flush()

    def _flush(self) -> None:
        """Replay held keys, unchanged, to the widgets they were meant for."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for key in held:
                if not isValid(key.receiver):
                    continue
                press = QKeyEvent(QEvent.Type.KeyPress, key.key, key.modifiers, key.text)
                press.setTimestamp(key.timestamp)
                QCoreApplication.sendEvent(key.receiver, press)
        finally:
            self._replaying = False

    def flush_pending(self) -> None:
        """Give held keys back now (tests; and before a modal dialog opens)."""
        self._flush()

    @property
    def holding(self) -> int:
        return len(self._held)
