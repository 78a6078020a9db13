"""Ports: the devices and services the rules need from outside, as Protocols (fakes for tests live in devices/)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """Where 'now' comes from, so tests and training scenarios can fix it."""

    def now(self) -> dt.datetime:
        """The current time, timezone-aware UTC."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock that only moves when told to (tests, replay scripts)."""

    def __init__(self, at: dt.datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware time")
        self.at = at

    def now(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> dt.datetime:
        self.at = self.at + dt.timedelta(**delta)
        return self.at


@dataclass(frozen=True)
class WeightReading:
    """One reading of a scale: grams and whether the scale reports it as settled."""

    grams: int
    stable: bool = True
    source: str = "scale"  # scale | typed | simulated


@runtime_checkable
class Scale(Protocol):
    """A bench scale; `read()` returns None when no stable reading is available."""

    def read(self) -> WeightReading | None:
        ...
