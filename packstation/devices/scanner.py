"""Keyboard-wedge scanner decoding: characters in, whole scans out.

The GUI's key filter feeds `(text_or_char, timestamp_ms)`; the decoder splits on CR/LF/Tab terminators (and ETX) so
fast scans are never merged or lost (a CR+LF pair ends one scan, not two), gives each scan an idempotent scan id (the
service stores it, so a retried call never counts a unit twice), and flags the same code arriving again faster than a
person could put one unit down and pick up the next. Pure Python: no Qt, no clock of its own.

Framing some scanners add is taken off the code: STX (0x02) before and ETX (0x03) after it, and a configurable
`prefix`/`suffix` (e.g. a scanner set to send "@" before every code). GS (0x1d, FNC1) stays in for the GS1 parser.

`burst_is_scan` is the rule the GUI filter uses to tell a scanner from a person: the burst as a whole (its typical
gap between keys), never one gap, so a busy PC that delivers a scan's keys in lumps does not split it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

STX = "\x02"
ETX = "\x03"
GS = "\x1d"
TERMINATORS = frozenset("\r\n\t" + ETX)
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

    def __init__(
        self,
        *,
        repeat_window_ms: int = DEFAULT_REPEAT_WINDOW_MS,
        idle_flush_ms: int | None = None,
        id_factory: Callable[[], str] | None = None,
        prefix: str = "",
        suffix: str = "",
    ) -> None:
        self.repeat_window_ms = repeat_window_ms
        self.prefix = prefix
        self.suffix = suffix
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
        if (
            self.idle_flush_ms is not None
            and self._buffer
            and self._last_char_ms is not None
            and now_ms - self._last_char_ms >= self.idle_flush_ms
        ):
            return [self._emit(self._last_char_ms, "")]
        return []

    def flush(self, timestamp_ms: int) -> list[DecodedScan]:
        """End whatever is pending now (e.g. the window loses focus)."""
        return [self._emit(timestamp_ms, "")] if self._buffer else []

    def _emit(self, timestamp_ms: int, terminator: str) -> DecodedScan:
        text = strip_framing("".join(self._buffer), prefix=self.prefix, suffix=self.suffix)
        started = self._started_ms if self._started_ms is not None else timestamp_ms
        previous = self._previous
        too_fast = (
            previous is not None and previous.text == text and started - previous.ended_ms < self.repeat_window_ms
        )
        scan = DecodedScan(
            text=text,
            scan_id=self._new_id(),
            started_ms=started,
            ended_ms=timestamp_ms,
            too_fast_repeat=too_fast,
            terminator=terminator,
        )
        self._buffer.clear()
        self._started_ms = None
        self._previous = scan
        return scan


def strip_framing(text: str, *, prefix: str = "", suffix: str = "") -> str:
    """The code without STX/ETX and without the configured prefix and suffix (each taken off once, if present)."""
    if text.startswith(STX):
        text = text[1:]
    if text.endswith(ETX):
        text = text[:-1]
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    if suffix and text.endswith(suffix) and len(text) > len(suffix):
        text = text[: -len(suffix)]
    return text


def burst_is_scan(stamps: list[int], *, max_gap_ms: int, min_length: int = 3) -> bool:
    """Whether key presses at `stamps` (ms, the terminator's included) came from a scanner, not a person.

    A scanner types every key a few ms apart, but a loaded PC (or USB, or the X server) can deliver some of them in
    lumps: one or two long gaps inside an otherwise fast burst. A person, even a fast typist, leaves most gaps long.
    So the burst is a scan when it has at least `min_length` characters and its median gap is within `max_gap_ms`
    -- or, when a starved PC stretched many gaps, when at least two gaps and a quarter of them are still
    machine-fast (within a third of `max_gap_ms`, at least 10 ms): fingers do not press keys that close together,
    twice in one code (a chord happens once; auto-repeat is never part of a burst).
    """
    if len(stamps) < min_length + 1:  # the characters and the terminator
        return False
    gaps = sorted(max(0, b - a) for a, b in zip(stamps, stamps[1:], strict=False))
    if gaps[len(gaps) // 2] <= max_gap_ms:
        return True
    machine_fast = sum(1 for gap in gaps if gap <= max(max_gap_ms // 3, 10))
    return machine_fast >= 2 and machine_fast * 4 >= len(gaps)
