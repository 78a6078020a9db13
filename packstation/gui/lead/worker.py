"""Run a service call off the GUI thread and hand its result back on the GUI thread (no SQL on the GUI thread).

A plain Python worker thread (concurrent.futures) does the call; a Qt signal carries the result back, queued to
the GUI thread, so no QRunnable lifetime is shared between Python and Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, Signal


class Runner(QObject):
    """One background call at a time per screen; a call made while one runs is queued as the next (latest wins).

    Signals: `done(object)` with the result, `failed(object)` with the exception, both on the GUI thread.
    """

    done = Signal(object)
    failed = Signal(object)
    # (result, exception) as one tuple, emitted from the worker thread.
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lead-dashboard")
        self._finished.connect(self._on_finished)
        self._busy = False
        self._next: Callable[[], Any] | None = None
        self._future: Future[None] | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def run(self, fn: Callable[[], Any]) -> None:
        if self._busy:
            self._next = fn
            return
        self._busy = True
        self._future = self._pool.submit(self._call, fn)

    def _call(self, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the screen, which shows it
            self._finished.emit((None, exc))
        else:
            self._finished.emit((result, None))

    def _on_finished(self, outcome: tuple[Any, Any]) -> None:
        result, exc = outcome
        self._busy = False
        if self._next is not None:
            fn, self._next = self._next, None
            self.run(fn)
        if exc is not None:
            self.failed.emit(exc)
        else:
            self.done.emit(result)

    def wait(self, timeout: float = 10.0) -> bool:
        """Wait for the running call (closing the window, tests)."""
        future = self._future
        if future is None:
            return True
        wait([future], timeout=timeout)
        return future.done()
