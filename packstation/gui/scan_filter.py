"""Tell a barcode scanner from a person typing, application-wide, by the burst of keys as a whole.

A keyboard-wedge scanner is a keyboard: it types a whole code in a burst (a few ms between keys), pressing and
releasing Shift around every capital as a person would (or toggling Caps Lock, or using AltGr, NumLock and keypad
digits, Ctrl+] for FNC1, Ctrl+B/Ctrl+C for STX/ETX), and ends it with Enter, Tab or Ctrl+J. This filter sits on the
QApplication and holds back the key presses of a burst:

- printable keys (any modifiers a layout uses for them: Shift, AltGr, keypad), GS, STX and RS are held;
- modifier presses (Shift, Ctrl, Alt, AltGr, Meta, Caps Lock, NumLock) inside a held burst are held with it and never
  end it; the scan's text is what the key events' text gives;
- a terminator (Enter/Return, Tab, Ctrl+J or Ctrl+M, ETX) ends the burst. The burst is a scan when it has at least
  `min_length` characters and its typical (median) gap between keys, measured with `QKeyEvent.timestamp()`, is
  within `max_gap_ms`. One long gap does not split it: a loaded 2-core PC (or the X server, or USB) often delivers a
  scan's keys in lumps. A scan becomes one `scanned(text, timestamp_ms)` signal and never reaches the focused widget.

Keys meant for a file dialog (a path typed fast and ended with Enter) or a widget marked `noScans` are always
typing. Anything else is typing, replayed unchanged (modifier presses included, in order) to the widget it was meant for:
a burst whose gaps are all slow is given back as soon as that is clear (three slow gaps), any other key (arrows,
F-keys, Backspace, Esc, shortcuts) gives the held keys back first, and a burst nobody finishes is given back after a
short quiet time (longer while it still looks like a scan in progress). Giving keys back does not close the burst:
when a stalled PC made part of a scan look like typing and the terminator then shows the whole burst was a scan,
the characters given to a text field are taken back out of it and the scan is emitted whole.

The burst's characters, with their own timestamps, are fed to the pure `devices.scanner.ScanDecoder`, which takes
off STX/ETX and the configured prefix/suffix, gives each scan its idempotent scan id and flags the same code
repeated faster than a person handles two units.

Signals:
    scanned(str, int): the code without its terminator and framing, and the timestamp of its first key.
    decoded(object): the same scan as a `DecodedScan` (text, scan_id, too_fast_repeat, timestamps).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget
from shiboken6 import isValid

from packstation.devices.scanner import ETX, GS, STX, ScanDecoder, burst_is_scan
from packstation.gui.slots import slot

log = logging.getLogger(__name__)  # DEBUG: every decision with its key times (tests/e2e/test_real_keys_xvfb.py)

Key = Qt.Key
TERMINATOR_KEYS = {Key.Key_Return, Key.Key_Enter, Key.Key_Tab}
TERMINATOR_TEXTS = {"\r", "\n", ETX}  # Ctrl+M, Ctrl+J, ETX (Ctrl+C) as some scanners end a code
MODIFIER_KEYS = {
    Key.Key_Shift,
    Key.Key_Control,
    Key.Key_Alt,
    Key.Key_AltGr,
    Key.Key_Meta,
    Key.Key_CapsLock,
    Key.Key_NumLock,
    Key.Key_Super_L,
    Key.Key_Super_R,
    Key.Key_Hyper_L,
    Key.Key_Hyper_R,
    Key.Key_Mode_switch,
    Key.Key_ScrollLock,
}
CONTROL_CHARS = {GS, STX, "\x1e", "\x04"}  # FNC1, start of text, RS and EOT (ISO 15434 envelopes)
_LAYOUT_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.GroupSwitchModifier
)
_ALTGR_AS_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier  # AltGr on Windows
SLOW_GAPS_MEAN_TYPING = 3  # this many gaps, all slow: a person is typing, give the keys back now
QUIET_MS = 150  # a burst that stops without a terminator is given back after this ...
QUIET_SCAN_MS = 1000  # ... or this, while it still looks like a scan in progress (a stalled PC)
MAX_LUMP_GAP_MS = 1500  # a gap longer than this always starts afresh
GIVEN_JOIN_MS = 500  # keys given back as typing join a later scan only if it follows them closer than this


@dataclass
class _HeldKey:
    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    timestamp: int
    native: tuple[int, int, int] = (0, 0, 0)  # scan code, virtual key, modifiers, for a faithful replay

    @property
    def is_char(self) -> bool:
        return bool(self.text)


@dataclass
class _Given:
    """A character given back to a widget as typing, and what it did to a text field (to take it back)."""

    key: _HeldKey
    edit: QLineEdit | None
    before: str
    after: str


def _key_text(event: QKeyEvent) -> str:
    """The character a key press types for the scan, or "" when it types none a scan could hold."""
    text = event.text()
    if len(text) != 1 or event.isAutoRepeat():
        return ""
    if text in CONTROL_CHARS:
        return text
    if not text.isprintable():
        return ""
    mods = event.modifiers() & ~_LAYOUT_MODIFIERS
    if mods in (Qt.KeyboardModifier.NoModifier, _ALTGR_AS_CTRL_ALT):
        return text
    return ""


def _gaps(stamps: list[int]) -> list[int]:
    return [b - a for a, b in zip(stamps, stamps[1:], strict=False)]


def _is_terminator(event: QKeyEvent) -> bool:
    if event.isAutoRepeat():
        return False
    return event.key() in TERMINATOR_KEYS or event.text() in TERMINATOR_TEXTS


def _typing_only(watched: QObject) -> bool:
    """Keys for a file dialog (a path typed fast and ended with Enter) or a widget marked `noScans` are typing,
    never a scan: they go straight to the field."""
    if not isinstance(watched, QWidget):
        return False
    top = watched.window()
    return isinstance(top, QFileDialog) or bool(top.property("noScans")) or bool(watched.property("noScans"))


class ScanFilter(QObject):
    """Application-wide key filter; install with `app.installEventFilter(filter)`.

    `max_gap_ms`: the typical gap between a scanner's keys (the burst's median must be within it); `prefix` and
    `suffix`: characters the scanner is set to add around every code (taken off; STX/ETX always are).
    """

    scanned = Signal(str, int)
    decoded = Signal(object)

    def __init__(
        self,
        max_gap_ms: int = 30,
        min_length: int = 3,
        parent: QObject | None = None,
        *,
        prefix: str = "",
        suffix: str = "",
    ) -> None:
        super().__init__(parent)
        self.decoder = ScanDecoder(prefix=prefix, suffix=suffix)
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self._held: list[_HeldKey] = []
        self._given: list[_Given] = []  # characters of the open burst already given back as typing
        self._replaying = False
        self._in_timeout = False
        # Only a fallback for "no further key came": the decision itself is made on key timestamps.
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(slot(self._on_timeout))

    # -- the burst ----------------------------------------------------------------------------------------------
    def _char_stamps(self) -> list[int]:
        return [key.timestamp for key in self._held if key.is_char]

    def _looks_like_scan_so_far(self) -> bool:
        stamps = self._char_stamps()
        gaps = [b - a for a, b in zip(stamps, stamps[1:], strict=False)]
        return bool(gaps) and sorted(gaps)[len(gaps) // 2] <= self.max_gap_ms

    def _clearly_typing(self) -> bool:
        stamps = self._char_stamps()
        gaps = [b - a for a, b in zip(stamps, stamps[1:], strict=False)]
        return len(gaps) >= SLOW_GAPS_MEAN_TYPING and all(gap > self.max_gap_ms for gap in gaps)

    def _burst_stamps(self) -> list[int]:
        """Key times of the burst so far: characters already given back as typing, then the held ones."""
        return [given.key.timestamp for given in self._given] + self._char_stamps()

    def _hold(self, watched: QObject, event: QKeyEvent, text: str, stamp: int) -> None:
        self._held.append(
            _HeldKey(
                watched,
                event.key(),
                event.modifiers(),
                text,
                stamp,
                (event.nativeScanCode(), event.nativeVirtualKey(), event.nativeModifiers()),
            )
        )
        quiet = QUIET_SCAN_MS if self._looks_like_scan_so_far() else max(QUIET_MS, 5 * self.max_gap_ms)
        self._flush_timer.start(quiet)

    # -- the filter ---------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if _typing_only(watched):
            return False
        assert isinstance(event, QKeyEvent)
        stamp = int(event.timestamp())
        if event.key() in MODIFIER_KEYS:
            if not self._held:
                return False  # a person's Shift or Ctrl (or one between lumps of a scan): nothing to hold it with
            self._hold(watched, event, "", stamp)  # Shift/Caps Lock/AltGr inside a scan belong to it
            return True
        if self._given and not self._held and stamp - self._given[-1].key.timestamp > GIVEN_JOIN_MS:
            self._given.clear()  # what was given back stays typing: a pause this long is a person's
        stamps = self._burst_stamps()
        if stamps and stamp - stamps[-1] > MAX_LUMP_GAP_MS:
            self._end_burst()  # the keys before were typing long ago; this key starts afresh
            stamps = []
        if _is_terminator(event):
            if stamps and burst_is_scan(stamps + [stamp], max_gap_ms=self.max_gap_ms, min_length=self.min_length):
                self._emit_scan(event, stamp)
                return True
            if stamps and log.isEnabledFor(logging.DEBUG):
                log.debug("typing, not a scan: %r gaps %s", self._burst_text(), _gaps(stamps + [stamp]))
            self._end_burst()
            return False
        text = _key_text(event)
        if text:
            self._hold(watched, event, text, stamp)
            if self._clearly_typing():
                self._flush()
            return True
        self._end_burst()
        return False

    def _emit_scan(self, event: QKeyEvent, stamp: int) -> None:
        """The burst was a scan after all: take back what was given to a text field as typing, emit it whole."""
        given = self._take_back()
        chars = given + [key for key in self._held if key.is_char]
        self._held.clear()
        self._flush_timer.stop()
        decoded = []
        for key in chars:
            decoded += self.decoder.feed(key.text, key.timestamp)
        terminator = "\t" if event.key() == Qt.Key.Key_Tab else ETX if event.text() == ETX else "\r"
        decoded += self.decoder.feed(terminator, stamp)
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "scan %r (%d taken back) gaps %s",
                "".join(key.text for key in chars),
                len(given),
                _gaps([key.timestamp for key in chars] + [stamp]),
            )
        for scan in decoded:
            self.scanned.emit(scan.text, scan.started_ms)
            self.decoded.emit(scan)

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
        """Replay held keys, unchanged and in order, to the widgets they were meant for.

        The burst stays open: if a terminator later shows it was a scan delivered in lumps, the characters given
        to a text field are taken back out of it (`_take_back`).
        """
        self._flush_timer.stop()
        held, self._held = self._held, []
        if log.isEnabledFor(logging.DEBUG) and any(key.is_char for key in held):
            log.debug("given back as typing: %r", "".join(key.text for key in held))
        # One lone character a window or dialog takes (S for "read the scale", Y/N in a check) acts as a command:
        # it cannot be taken back, so it starts no burst a later scan could be glued to.
        lone_command = sum(key.is_char for key in held) == 1 and not self._given
        self._replaying = True
        try:
            for key in held:
                if not isValid(key.receiver):
                    continue
                edit = key.receiver if isinstance(key.receiver, QLineEdit) else None
                before = edit.text() if edit is not None else ""
                press = QKeyEvent(QEvent.Type.KeyPress, key.key, key.modifiers, *key.native, key.text)
                press.setTimestamp(key.timestamp)
                QCoreApplication.sendEvent(key.receiver, press)
                if key.is_char and lone_command and edit is None:
                    continue
                if key.is_char:
                    after = edit.text() if edit is not None and isValid(edit) else ""
                    self._given.append(_Given(key, edit, before, after))
        finally:
            self._replaying = False

    def _end_burst(self) -> None:
        """Typing after all (or a new start): give held keys back and forget the burst."""
        self._flush()
        self._given.clear()

    def _burst_text(self) -> str:
        return "".join(item.key.text for item in self._given) + "".join(key.text for key in self._held)

    def _take_back(self) -> list[_HeldKey]:
        """Undo what the burst's given-back characters did to text fields (when nothing else changed them)."""
        given, self._given = self._given, []
        for item in reversed(given):
            if item.edit is not None and isValid(item.edit) and item.edit.text() == item.after:
                item.edit.setText(item.before)
        return [item.key for item in given]

    def flush_pending(self) -> None:
        """Give held keys back now (tests; and before a modal dialog opens)."""
        self._end_burst()
