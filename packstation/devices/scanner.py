"""Keyboard-wedge scanner decoding: characters in, whole scans out.

The GUI's key filter feeds `(text_or_char, timestamp_ms)`; the decoder splits on CR/LF/Tab terminators so fast scans
are never merged or lost (a CR+LF pair ends one scan, not two), gives each scan an idempotent scan id (the service
stores it, so a retried call never counts a unit twice), and flags the same code arriving again faster than a person
could put one unit down and pick up the next. Pure Python: no Qt, no clock of its own.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

TERMINATORS = frozenset("\r\n\t")
DEFAULT_REPEAT_WINDOW_MS = 400  # a person needs longer than this to handle two units


@dataclass(frozen=True)
class DecodedScan:
    """One complete scan as typed by the scanner."""

    text: str  # without the terminator (AIM prefix and GS characters kept for the parser)
    scan_id: str
    started_ms: int  # timestamp of the first character
    ended_ms: int  # timestamp of the terminator
    too_fast_repeat: bool = False  # same text as the previous scan, too soon after it
    terminator: str = "\r"


class ScanDecoder:
    """Splits a stream of typed characters into scans.

    `idle_flush_ms` (optional) ends a scan from a scanner set up without a terminator once no character has come for
    that long (call `poll(now_ms)` from a timer).
    """

    def __init__(self, *, repeat_window_ms: int = DEFAULT_REPEAT_WINDOW_MS, idle_flush_ms: int | None = None,
                 id_factory: Callable[[], str] | None = None) -> None:
        self.repeat_window_ms = repeat_window_ms
        self.idle_flush_ms = idle_flush_ms
        self._new_id = id_factory or (lambda: str(uuid.uuid4()))
        self._buffer: list[str] = []
        self._started_ms: int | None = None
        self._last_char_ms: int | None = None
        self._previous: DecodedScan | None = None

    @property
    def pending(self) -> str:
        """Characters received since the last complete scan."""
        return "".join(self._buffer)

    def feed(self, chunk: str, timestamp_ms: int) -> list[DecodedScan]:
        """Add typed text (one character or many, all at `timestamp_ms`); return the scans it completed."""
        done: list[DecodedScan] = []
        for ch in chunk:
            if ch in TERMINATORS:
                if not self._buffer:
                    continue  # the LF of a CR+LF pair, or a stray Enter: ends nothing
                done.append(self._emit(timestamp_ms, ch))
            else:
                if not self._buffer:
                    self._started_ms = timestamp_ms
                self._buffer.append(ch)
            self._last_char_ms = timestamp_ms
        return done

    def poll(self, now_ms: int) -> list[DecodedScan]:
        """End a terminator-less scan once the scanner has been quiet for `idle_flush_ms`."""
        if (self.idle_flush_ms is not None and self._buffer and self._last_char_ms is not None
                and now_ms - self._last_char_ms >= self.idle_flush_ms):
            return [self._emit(self._last_char_ms, "")]
        return []

    def flush(self, timestamp_ms: int) -> list[DecodedScan]:
        """End whatever is pending now (e.g. the window loses focus)."""
        return [self._emit(timestamp_ms, "")] if self._buffer else []

    def _emit(self, timestamp_ms: int, terminator: str) -> DecodedScan:
        text = "".join(self._buffer)
        started = self._started_ms if self._started_ms is not None else timestamp_ms
        previous = self._previous
        too_fast = (previous is not None and previous.text == text
                    and started - previous.ended_ms < self.repeat_window_ms)
        scan = DecodedScan(text=text, scan_id=self._new_id(), started_ms=started, ended_ms=timestamp_ms,
                           too_fast_repeat=too_fast, terminator=terminator)
        self._buffer.clear()
        self._started_ms = None
        self._previous = scan
        return scan
