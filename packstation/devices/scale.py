"""Scales: a simulated one for tests and demo mode, and a typed weight for benches without a connected scale.

Both implement `packstation.domain.ports.Scale` (`read() -> WeightReading | None`).
"""

from __future__ import annotations

import random
import re

from packstation.domain.errors import ValidationError
from packstation.domain.ports import WeightReading

_GRAMS_PER = {"g": 1.0, "kg": 1000.0, "lb": 453.59237, "lbs": 453.59237, "oz": 28.349523125}
_WEIGHT = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(g|kg|lb|lbs|oz)?\s*$", re.IGNORECASE)


def parse_weight(text: str, *, default_unit: str = "g") -> int:
    """'1.25 kg', '1250 g', '1250', '2,5 lb' -> grams (rounded); ValidationError naming the text otherwise."""
    match = _WEIGHT.match(text or "")
    if not match:
        raise ValidationError("bad_weight", f"{text!r} is not a weight (try 1250 g or 1.25 kg)", text=text)
    value = float(match.group(1).replace(",", "."))
    unit = (match.group(2) or default_unit).lower()
    grams = round(value * _GRAMS_PER[unit])
    if grams <= 0:
        raise ValidationError("bad_weight", f"{text!r} is not a positive weight", text=text)
    return grams


class SimulatedScale:
    """A scale that reads what it was told, optionally with noise and a drift (demo mode, tests)."""

    def __init__(self, grams: int | None = None, *, noise_g: int = 0, drift_g: int = 0, seed: int = 7) -> None:
        self.grams = grams
        self.noise_g = noise_g
        self.drift_g = drift_g
        self.stable = True
        self._random = random.Random(seed)

    def place(self, grams: int, *, stable: bool = True) -> None:
        """Put something weighing `grams` on the scale."""
        self.grams = grams
        self.stable = stable

    def clear(self) -> None:
        self.grams = None

    def read(self) -> WeightReading | None:
        if self.grams is None or not self.stable:
            return None
        noise = self._random.randint(-self.noise_g, self.noise_g) if self.noise_g else 0
        return WeightReading(max(1, self.grams + self.drift_g + noise), True, "simulated")


class TypedWeight:
    """The packer types the weight shown on a stand-alone scale; `read()` returns the last entry once."""

    def __init__(self, default_unit: str = "g") -> None:
        self.default_unit = default_unit
        self._grams: int | None = None

    def enter(self, text: str) -> int:
        self._grams = parse_weight(text, default_unit=self.default_unit)
        return self._grams

    def read(self) -> WeightReading | None:
        grams, self._grams = self._grams, None
        return WeightReading(grams, True, "typed") if grams is not None else None
