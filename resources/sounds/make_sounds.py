"""Synthesise the three verdict sounds with the standard library only (run: python resources/sounds/make_sounds.py).

accepted.wav: one short high beep.  attention.wav: two middle beeps.  stop.wav: a long low falling buzz.
They differ in pitch, rhythm and length, so a packer tells them apart without looking and without perfect hearing.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050


def _tone(freq_start: float, freq_end: float, ms: int, *, square: float = 0.0, volume: float = 0.6) -> list[float]:
    count = int(RATE * ms / 1000)
    samples, phase = [], 0.0
    for i in range(count):
        freq = freq_start + (freq_end - freq_start) * i / max(count - 1, 1)
        phase += 2 * math.pi * freq / RATE
        sine = math.sin(phase)
        value = (1 - square) * sine + square * (1.0 if sine >= 0 else -1.0)
        # 5 ms fade in/out: no clicks.
        edge = min(1.0, i / (RATE * 0.005), (count - i) / (RATE * 0.005))
        samples.append(volume * value * edge)
    return samples


def _silence(ms: int) -> list[float]:
    return [0.0] * int(RATE * ms / 1000)


def _write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


def main() -> None:
    here = Path(__file__).resolve().parent
    _write(here / "accepted.wav", _tone(1320, 1320, 90))
    _write(here / "attention.wav", _tone(740, 740, 120) + _silence(70) + _tone(740, 740, 120))
    _write(here / "stop.wav", _tone(440, 196, 650, square=0.5, volume=0.7))


if __name__ == "__main__":
    main()
