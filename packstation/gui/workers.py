"""The one way the GUI runs something slow: off the GUI thread, the answer back on the GUI thread by signal.

Printing and the print queue, camera snapshots, scale reads, printer status and report queries all go through it;
only the scan path (fast enough, and measured) stays on the GUI thread. Modelled on Anki's
`CollectionOp(parent, op).success(on_done).failure(on_error).run_in_background()`:

    Op(lambda: station.print_queue()).success(panel.show_jobs).failure(show_error).run_in_background(lane="print")
    run_in_background(lambda: station.weigh(), on_done=..., on_error=..., lane="scale")

A QThreadPool thread runs the callable; a small relay QObject made on the GUI thread receives the outcome through
a queued signal, so the callbacks run on the GUI thread. Any exception (a `DomainError` with its code and params, or
anything unexpected) goes to the failure callback; without one it is logged, never lost.

A *lane* runs one call at a time: a call made while its lane is busy waits as the lane's next call, and a newer
call replaces a waiting one (the print queue is read once, with the latest state, not ten times behind a hanging
printer). Calls without a lane run side by side.

Signals: `Relay.finished(object)`: (result, exception) from the worker thread to the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

from packstation.services.packing import collector

log = logging.getLogger(__name__)

_POOL: QThreadPool | None = None
_LANES: dict[str, Op] = {}  # the call running in each lane
_NEXT: dict[str, Op] = {}  # the call waiting in each lane (latest wins)
_RUNNING: set[Op] = set()  # keeps every call alive until its answer is delivered


def pool() -> QThreadPool:
    """The GUI's own thread pool (not the global one: a hanging printer must not starve Qt's own users)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(6)
        _POOL.setExpiryTimeout(30_000)
    return _POOL


class _Relay(QObject):
    finished = Signal(object)


class Op:
    """One background call with its success and failure callbacks (run on the GUI thread)."""

    def __init__(self, fn: Callable[[], Any], owner: QObject | None = None) -> None:
        self.fn = fn
        self.owner = owner  # callbacks are dropped once this widget is gone (a window closed mid-call)
        self._on_done: Callable[[Any], Any] | None = None
        self._on_error: Callable[[BaseException], Any] | None = None
        self.lane: str | None = None
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._relay = _Relay()  # made here, on the GUI thread: its slot runs there
        self._relay.finished.connect(self._deliver)

    def success(self, on_done: Callable[[Any], Any]) -> Op:
        self._on_done = on_done
        return self

    def failure(self, on_error: Callable[[BaseException], Any]) -> Op:
        self._on_error = on_error
        return self

    def run_in_background(self, *, lane: str | None = None) -> Op:
        self.lane = lane
        if lane is not None and lane in _LANES:
            replaced = _NEXT.get(lane)
            _NEXT[lane] = self
            if replaced is not None:
                _RUNNING.discard(replaced)
            _RUNNING.add(self)
            return self
        if lane is not None:
            _LANES[lane] = self
        _RUNNING.add(self)
        pool().start(self._work)
        return self

    def _work(self) -> None:  # a pool thread
        try:
            with collector.no_collection_here():  # Qt objects are only ever deleted on the GUI thread
                outcome: tuple[Any, BaseException | None] = (self.fn(), None)
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the screen, which shows it in words
            outcome = (None, exc)
        with contextlib.suppress(RuntimeError):  # the application is gone (shutting down)
            self._relay.finished.emit(outcome)

    def _deliver(self, outcome: tuple[Any, BaseException | None]) -> None:  # the GUI thread
        self.result, self.error = outcome
        self.done = True
        _RUNNING.discard(self)
        if self.lane is not None and _LANES.get(self.lane) is self:
            del _LANES[self.lane]
            waiting = _NEXT.pop(self.lane, None)
            if waiting is not None:
                _RUNNING.discard(waiting)
                waiting.run_in_background(lane=self.lane)
        if self.owner is not None and not shiboken6.isValid(self.owner):
            return  # the widget that asked is gone
        if self.error is None:
            if self._on_done is not None:
                self._on_done(self.result)
        elif self._on_error is not None:
            self._on_error(self.error)
        else:
            log.warning("background call failed: %s", self.error, exc_info=self.error)


def run_in_background(
    fn: Callable[[], Any],
    *,
    on_done: Callable[[Any], Any] | None = None,
    on_error: Callable[[BaseException], Any] | None = None,
    lane: str | None = None,
    owner: QObject | None = None,
) -> Op:
    """`fn()` in a worker; `on_done(result)` or `on_error(exception)` later, on the GUI thread (unless `owner`, the
    widget that asked, is gone by then)."""
    op = Op(fn, owner)
    if on_done is not None:
        op.success(on_done)
    if on_error is not None:
        op.failure(on_error)
    return op.run_in_background(lane=lane)


def busy(lane: str | None = None) -> bool:
    """A call of this lane (or any call) is running or waiting."""
    if lane is None:
        return bool(_RUNNING)
    return lane in _LANES or lane in _NEXT


def wait_for_threads(timeout_ms: int = 10_000) -> bool:
    """Block until the worker threads finished (closing the window; answers still need the event loop)."""
    return pool().waitForDone(timeout_ms)
