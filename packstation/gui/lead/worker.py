"""Run a service call off the GUI thread and hand its result back on the GUI thread (no SQL on the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the screen, which shows it
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Runner(QObject):
    """One background call at a time per screen; a call made while one runs is queued as the next (latest wins).

    Signals: `done(object)` with the result, `failed(object)` with the exception, both on the GUI thread.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._busy = False
        self._next: Callable[[], Any] | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def run(self, fn: Callable[[], Any]) -> None:
        if self._busy:
            self._next = fn
            return
        self._busy = True
        self._pool.start(_Job(fn, self._relay))

    def _finished(self, result: Any) -> None:
        self._advance()
        self.done.emit(result)

    def _failed(self, exc: Any) -> None:
        self._advance()
        self.failed.emit(exc)

    def _advance(self) -> None:
        self._busy = False
        if self._next is not None:
            fn, self._next = self._next, None
            self.run(fn)

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for the running call (closing the window, tests)."""
        return self._pool.waitForDone(msecs)
