"""The lead dashboard's runner, a thin face on the one worker pattern (`packstation.gui.workers`): report queries
run in the GUI's thread pool and their answers come back on the GUI thread by signal.

One call at a time per runner; a call made while one runs waits as the next (latest wins): that is a worker lane.
Signals: `done(object)` with the result, `failed(object)` with the exception, both on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from packstation.gui import workers


class Runner(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lane = f"reports:{id(self)}"

    @property
    def busy(self) -> bool:
        return workers.busy(self.lane)

    def run(self, fn: Callable[[], Any]) -> None:
        workers.run_in_background(fn, on_done=self.done.emit, on_error=self.failed.emit, lane=self.lane, owner=self)

    def wait(self, timeout: float = 10.0) -> bool:
        """Wait for the worker threads (closing the window); answers not yet delivered are dropped with it."""
        return workers.wait_for_threads(int(timeout * 1000))
